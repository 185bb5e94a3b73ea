"""A plan travels: in the whole-database JSON export (attachments byte for byte), and as one
shared file another STEM Lead imports (no reviews, no private notes, authors by consent)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from stemlead.core import (
    exchange,
    lesson_plans,
    lesson_share,
    lesson_versions,
    review_feedback,
    review_rounds,
    search,
    tags,
    teachers,
)
from stemlead.core.lesson_plans import ATTACHMENTS
from stemlead.errors import ImportFailed
from stemlead.store import Database, open_database
from tests.conftest import run_stemlead

PHOTO = b"\x89PNG\r\n\x1a\n" + os.urandom(4096)  # every byte value, not just text
SLIDES = b"PK\x03\x04" + bytes(range(256)) * 64
SECRET = "PRIVATE-PLAN-r8t"


def fill(db: Database) -> int:
    named = teachers.add(db, name="Amara Okafor", subjects=["Science"], may_be_named=True)
    unnamed = teachers.add(db, name="Diego Ramírez", subjects=["Art"], may_be_named=False)
    plan = lesson_plans.add(
        db,
        author_ids=[named, unnamed],
        title="Bridges that hold · 桥",
        subjects=["Science", "Art"],
        body="# Launch\n- a<b & c\n",
        tags=["structures"],
        private_notes=SECRET,
        origin_note="Summer internship at the county bridge office",
    )
    engage = next(t.id for t in tags.list_tags(db) if t.label == "Engage")
    lesson_plans.set_tags(db, plan, [engage])
    ATTACHMENTS.add(db, plan, "board photo.png", PHOTO)
    ATTACHMENTS.add(db, plan, "slides.pptx", SLIDES)
    first = lesson_versions.save_version(db, plan, "First draft")
    lesson_plans.update(db, plan, body="# Launch\n- a<b & c\n- test loads\n")
    lesson_versions.save_version(db, plan, "Load testing added")
    round_id = review_rounds.start(
        db, first, "tuning", reviewer_teachers=[unnamed], focusing_question="REVIEW-ONLY-q"
    )
    review_feedback.add(db, round_id, "warm", "FEEDBACK-ONLY-w")
    return plan


def test_attachments_round_trip_byte_exact_through_the_json_export(tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    with open_database(tmp_path / "a.db") as db:
        fill(db)
        exchange.export_json(db, first)
    raw = json.loads(first.read_text(encoding="utf-8"))
    [photo, _] = raw["tables"]["lesson_plan_attachments"]
    assert set(photo["data"]) == {"$base64"}  # base64 inside the JSON
    with open_database(tmp_path / "b.db") as other:
        exchange.import_json(other, first)
        [a, b] = ATTACHMENTS.listing(other, 1)
        assert ATTACHMENTS.contents(other, a.id) == PHOTO
        assert ATTACHMENTS.contents(other, b.id) == SLIDES
        assert [h.kind for h in search.search(other, "FEEDBACK-ONLY")] == ["review_feedback"]
        second = tmp_path / "second.json"
        exchange.export_json(other, second)
    again = json.loads(second.read_text(encoding="utf-8"))
    for data in (raw, again):
        data.pop("exported_at")
    assert again == raw


def test_a_shared_plan_holds_its_versions_and_files_but_no_reviews_or_private_notes(
    db: Database, tmp_path: Path
) -> None:
    plan = fill(db)
    out = tmp_path / "bridges.json"
    lesson_share.export_plan(db, plan, out)
    text = out.read_text(encoding="utf-8")
    for hidden in (SECRET, "REVIEW-ONLY", "FEEDBACK-ONLY", "Diego", "private_notes"):
        assert hidden not in text
    data = json.loads(text)
    assert data["authors"] == [{"name": "Amara Okafor", "subjects": ["Science"]}]
    assert data["other_authors"] == 1
    assert [v["note"] for v in data["versions"]] == ["First draft", "Load testing added"]
    assert data["framework_tags"] == [{"framework": "five_e", "code": "5E-1", "label": "Engage"}]


def test_another_stem_lead_imports_the_shared_plan_whole(db: Database, tmp_path: Path) -> None:
    plan = fill(db)
    shared = tmp_path / "bridges.json"
    lesson_share.export_plan(db, plan, shared)
    with open_database(tmp_path / "elsewhere.db") as other:
        host = teachers.add(other, name="Mei Chen", subjects=["Math"])
        with pytest.raises(
            ImportFailed, match=r"None of the authors in bridges\.json is a teacher"
        ):
            lesson_share.import_plan(other, shared)
        assert other.scalar("SELECT count(*) FROM lesson_plans") == 0
        teachers.add(other, name="amara  OKAFOR")  # the same colleague, typed another way
        new_id = lesson_share.import_plan(other, shared, author_ids=[host])
        copy = lesson_plans.get(other, new_id)
        assert copy.body == "# Launch\n- a<b & c\n- test loads\n"
        assert copy.private_notes == ""
        assert copy.tags == ["structures"]
        assert "Summer internship" in copy.origin_note
        assert [a.name for a in lesson_plans.authors(other, new_id)] == ["amara OKAFOR", "Mei Chen"]
        assert [v.number for v in lesson_versions.versions(other, new_id)] == [1, 2]
        files = ATTACHMENTS.listing(other, new_id)
        assert [ATTACHMENTS.contents(other, f.id) for f in files] == [PHOTO, SLIDES]
        assert lesson_plans.tag_ids(other, new_id)  # Engage, found by framework and label
        assert other.scalar("SELECT count(*) FROM review_rounds") == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something-else"), "is not a shared STEM Lead lesson plan"),
        (lambda d: d["plan"].update(title=""), "Title cannot be empty"),
        (lambda d: d["plan"].update(private_notes="x"), "field 'private_notes'"),
        (lambda d: d["attachments"][0].update(sha256="0" * 64), "is damaged"),
        (lambda d: d["attachments"][0].update(data={"$base64": "b"}), "not a file's contents"),
        (lambda d: d["versions"][1].update(number=1), "breaks|UNIQUE|cannot be imported"),
    ],
)
def test_a_broken_shared_file_is_refused_whole(
    db: Database, tmp_path: Path, change: object, message: str
) -> None:
    plan = fill(db)
    path = tmp_path / "bridges.json"
    lesson_share.export_plan(db, plan, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")
    before = db.scalar("SELECT count(*) FROM lesson_plans")
    with pytest.raises(ImportFailed, match=message):
        lesson_share.import_plan(db, path)
    assert db.scalar("SELECT count(*) FROM lesson_plans") == before
    assert db.scalar("SELECT count(*) FROM lesson_plan_attachments") == 2


def test_the_command_line_shares_and_imports_a_plan(tmp_path: Path) -> None:
    source, target = tmp_path / "a.db", tmp_path / "b.db"
    with open_database(source) as db:
        fill(db)
    shared = tmp_path / "plan.json"
    done = run_stemlead("export", "lesson-plan", "1", "-o", str(shared), "--db", str(source))
    assert done.returncode == 0, done.stderr
    assert "Wrote the lesson plan (2 versions, 2 attachments)" in done.stdout
    with open_database(target) as db:
        teachers.add(db, name="Mei Chen")
    refused = run_stemlead("import", "lesson-plan", str(shared), "--db", str(target))
    assert refused.returncode == 1 and "--author TEACHER_ID" in refused.stderr
    assert "Traceback" not in refused.stderr
    done = run_stemlead("import", "lesson-plan", str(shared), "--author", "1", "--db", str(target))
    assert done.returncode == 0, done.stderr
    assert "Imported “Bridges that hold · 桥” as lesson plan 1" in done.stdout
