"""Event photos: pictures only, size-limited, in the database; consent to share on each;
the whole community section round-trips through the JSON export byte for byte."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from PIL import Image

from stemlead.core import (
    advisory_board,
    communications,
    demo,
    event_photos,
    events,
    exchange,
    groups,
    newsletters,
    stakeholders,
    trash,
)
from stemlead.core.demo.community import picture
from stemlead.errors import InvalidInput
from stemlead.store import Database, open_database, search_index
from tests.test_exchange import table_contents


def jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (320, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=90)
    return out.getvalue()


@pytest.fixture
def event(db: Database) -> int:
    return events.add(db, title="STEM Night", starts_at="2026-11-12T17:30", status="held")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "huge.jpg",
            b"\xff\xd8\xff" + b"x" * (5 * 1024 * 1024),
            "the limit for one photo is 5.0 MB",
        ),
        ("notes.txt", b"just some words", "notes.txt is not a picture"),
        ("renamed.png", b"%PDF-1.7 a document with a picture's name", "is not a picture"),
        ("empty.png", b"", "is empty"),
    ],
)
def test_a_photo_too_big_or_not_a_picture_is_refused_and_nothing_kept(
    db: Database, event: int, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        event_photos.add(db, event, name, data, caption="x", consent=True)
    assert event_photos.photos_of(db, event) == []


def test_a_missing_file_is_one_sentence(db: Database, event: int, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="There is no file at"):
        event_photos.add_file(db, event, tmp_path / "gone.jpg")


def test_photos_keep_their_bytes_caption_and_consent(
    db: Database, event: int, tmp_path: Path
) -> None:
    source = tmp_path / "bridge.jpg"
    source.write_bytes(jpeg((200, 40, 40)))
    shared = event_photos.add_file(db, event, source, caption="Testing bridges", consent="yes")
    private = event_photos.add(db, event, "kids.png", picture(random.Random(1)))
    assert [p.id for p in event_photos.shareable(db, event)] == [shared]
    assert event_photos.contents(db, shared) == source.read_bytes()
    event_photos.update(db, private, consent=True, caption="Marble runs")
    event_photos.update(db, shared, consent=False)
    assert [(p.id, p.caption) for p in event_photos.shareable(db, event)] == [
        (private, "Marble runs")
    ]


def test_deleting_an_event_and_undoing_it_brings_its_photos_back_byte_for_byte(
    db: Database, event: int
) -> None:
    data = jpeg((10, 120, 200))
    photo = event_photos.add(db, event, "a.jpg", data, consent=True)
    entry = events.delete(db, event)
    assert db.scalar("SELECT count(*) FROM event_photos") == 0
    trash.restore(db, entry)
    assert event_photos.contents(db, photo) == data
    assert event_photos.get(db, photo).consent_to_share


def test_the_demo_community_round_trips_through_json_with_photos_byte_exact(
    tmp_path: Path,
) -> None:
    from datetime import date

    with open_database(tmp_path / "a.db") as source:
        demo.generate(source, today=date(2026, 11, 23))
        photo = event_photos.add(source, 1, "extra.jpg", jpeg((1, 2, 3)), consent=True)
        exchange.export_json(source, tmp_path / "all.json")
        expected = table_contents(source)
        photo_bytes = event_photos.contents(source, photo)
        assert source.scalar("SELECT count(*) FROM event_photos") >= 3
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert set(data["tables"]["event_photos"][0]["data"]) == {"$base64"}
    for table in (
        "events",
        "stakeholder_groups",
        "communications",
        "newsletter_blocks",
        "board_terms",
        "board_work_items",
        "event_volunteers",
        "event_costs",
    ):
        assert data["tables"][table], table
    with open_database(tmp_path / "b.db") as target:
        exchange.import_json(target, tmp_path / "all.json")
        assert table_contents(target) == expected
        assert event_photos.contents(target, photo) == photo_bytes
        assert search_index.check(target) == []
        exchange.export_json(target, tmp_path / "again.json")
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again["tables"] == data["tables"]


def test_an_import_with_a_damaged_photo_or_bad_consent_changes_nothing(
    db: Database, event: int, tmp_path: Path
) -> None:
    from stemlead.errors import ImportFailed

    event_photos.add(db, event, "a.jpg", jpeg((5, 5, 5)), consent=True)
    exchange.export_json(db, tmp_path / "all.json")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    for change, message in (
        ({"data": {"$base64": "not base64!"}}, "is not a file's contents"),
        ({"consent_to_share": "perhaps"}, "Consent to share must be yes or no"),
    ):
        broken = json.loads(json.dumps(data))
        broken["tables"]["event_photos"][0].update(change)
        path = tmp_path / "broken.json"
        path.write_text(json.dumps(broken), encoding="utf-8")
        with open_database(tmp_path / f"new-{len(message)}.db") as target:
            with pytest.raises(ImportFailed, match=message):
                exchange.import_json(target, path)
            assert target.scalar("SELECT count(*) FROM events") == 0


def test_what_the_community_section_adds_survives_a_reopen(db_path: Path) -> None:
    with open_database(db_path) as db:
        board = groups.add(db, name="STEM Advisory Board", kind="advisory_board")
        advisory_board.add_work_item(db, board, "Map externships")
        families = stakeholders.add(db, name="Families of Riverside", estimated_size=420)
        communications.add(db, sent_on="2026-11-02", title="Flyer", audience_ids=[families])
        newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    with open_database(db_path) as db:
        assert [w.title for w in advisory_board.work_items(db, board)] == ["Map externships"]
        assert stakeholders.list_stakeholders(db)[0].last_heard_on == "2026-11-02"
        assert newsletters.list_newsletters(db)[0].title == "STEM news — November 2026"
