"""Newsletters: blocks proposed from the data, edited and reordered; the two-column PDF,
plain text and HTML never carry an unconsented photo (checked by its bytes), an
unconsented name, a private note or a small count; saving logs it once."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from stemlead.core import (
    coaching_log,
    communications,
    contacts,
    event_people,
    event_photos,
    events,
    newsletter_text,
    newsletters,
    partners,
    stakeholders,
    teachers,
)
from stemlead.core.small_counts import phrase, shown
from stemlead.pdf import handouts
from stemlead.pdf.handouts import Request
from stemlead.store import Database, open_database
from tests.conftest import run_stemlead

AGREED = "Nguyễn Thị Lan"
PRIVATE_TEACHER = "Olena Kovalenko"
PRIVATE_CONTACT = "Hidden Contact Person"
PRIVATE_NOTE = "PRIVATE-EVENT-x8q"
MARKUP = "Robots <script>alert(1)</script> & AT&T"


def jpeg(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), colour).save(out, "JPEG", quality=90)
    return out.getvalue()


SHARED, UNSHARED = jpeg((200, 30, 30)), jpeg((30, 30, 200))


@dataclass
class World:
    night: int
    upcoming: int
    shared: int
    unshared: int
    agreed: int
    private: int
    families: int


@pytest.fixture
def world(db: Database) -> World:
    agreed = teachers.add(db, name=AGREED, school="Riverside Elementary", may_be_named=True)
    private = teachers.add(db, name=PRIVATE_TEACHER, school="Riverside Elementary")
    museum = partners.add(db, name="Science Museum", kind="museum", status="active")
    hidden = contacts.add(db, name=PRIVATE_CONTACT, partner_id=museum)
    night = events.add(
        db,
        title="Fall STEM Night",
        status="held",
        starts_at="2026-11-12T17:30",
        description=f"Stations for every grade. {MARKUP}",
        students=120,
        families=3,
        private_notes=PRIVATE_NOTE,
        debrief="Start the welcome at the door.",
    )
    event_people.add_partner(db, night, museum, brings="A planetarium dome")
    event_people.add_volunteer(db, night, teacher_id=agreed, role="host")
    event_people.add_volunteer(db, night, teacher_id=private, role="station_lead")
    event_people.add_volunteer(db, night, contact_id=hidden, role="station_lead")
    shared = event_photos.add(db, night, "bridges.jpg", SHARED, caption="Bridges", consent=True)
    unshared = event_photos.add(db, night, "faces.jpg", UNSHARED, caption="Faces")
    upcoming = events.add(db, title="Robotics Challenge", starts_at="2026-12-12T09:00", place="Gym")
    for teacher in (agreed, private):
        coaching_log.log(
            db,
            teacher_ids=[teacher],
            kind="co_planning",
            minutes=60,
            occurred_at="2026-11-05T15:00",
        )
    families = stakeholders.add(db, name="Families of Riverside", estimated_size=420)
    return World(night, upcoming, shared, unshared, agreed, private, families)


def images(data: bytes) -> list[bytes]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [image.data for page in reader.pages for image in page.images]


def text_of(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def squash(text: str) -> str:
    return "".join(text.split())


def build(db: Database, newsletter: int) -> bytes:
    return handouts.build(db, Request("newsletter", newsletter))


# -- the small-count rule --------------------------------------------------------------------
def test_the_minimum_count_rule() -> None:
    assert [shown(n) for n in (0, 1, 4, 5, 1250)] == [
        "0",
        "fewer than 5",
        "fewer than 5",
        "5",
        "1,250",
    ]
    assert phrase(3, "family", "families") == "fewer than 5 families"
    assert phrase(12, "family", "families") == "12 families"


# -- proposals ----------------------------------------------------------------------------------
def test_the_builder_proposes_blocks_from_the_data(db: Database, world: World) -> None:
    newsletter = newsletters.create(
        db, starts_on="2026-11-01", ends_on="2026-11-30", stakeholder_id=world.families
    )
    blocks = newsletters.blocks(db, newsletter)
    assert [b.kind for b in blocks] == ["upcoming", "highlight", "program", "thanks", "spotlight"]
    upcoming, highlight, program, thanks, spotlight = blocks
    assert "Robotics Challenge — Saturday, December 12 at 9:00 am, Gym" in upcoming.body
    assert (highlight.event_id, highlight.photo_id) == (world.night, world.shared)
    assert "120 students and fewer than 5 families took part." in highlight.body
    assert "3 families" not in highlight.body
    assert "• fewer than 5 teachers supported" in program.body  # two teachers: too few to print
    assert "• 2 hours of coaching" in program.body
    assert thanks.body == "• Science Museum — A planetarium dome"
    assert (spotlight.teacher_id, spotlight.heading) == (
        world.agreed,
        f"Teacher spotlight: {AGREED}",
    )
    for block in blocks:
        assert PRIVATE_TEACHER not in block.body + block.heading
        assert PRIVATE_CONTACT not in block.body + block.heading
        assert PRIVATE_NOTE not in block.body


def test_no_spotlight_without_a_teacher_who_agreed(db: Database, world: World) -> None:
    teachers.update(db, world.agreed, may_be_named=False)
    newsletter = newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    assert "spotlight" not in [b.kind for b in newsletters.blocks(db, newsletter)]


# -- what prints ---------------------------------------------------------------------------------
def test_only_the_consented_photo_is_in_the_pdf_by_its_bytes(db: Database, world: World) -> None:
    newsletter = newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    assert images(build(db, newsletter)) == [SHARED]
    highlight = newsletters.blocks(db, newsletter)[1]
    newsletters.update_block(db, highlight.id, photo_id=world.unshared)  # the coach picks it
    issue = newsletters.issue(db, newsletter)
    assert issue.withheld == (
        "The photo in “Fall STEM Night” is left out: it has no consent to share.",
    )
    assert images(build(db, newsletter)) == []
    newsletters.update_block(db, highlight.id, photo_id=world.shared)
    event_photos.update(db, world.shared, consent=False)  # consent taken back
    assert images(build(db, newsletter)) == []
    event_photos.update(db, world.unshared, consent=True)
    newsletters.update_block(db, highlight.id, photo_id=world.unshared)
    assert images(build(db, newsletter)) == [UNSHARED]


def test_no_unconsented_name_or_private_note_is_printed(db: Database, world: World) -> None:
    newsletter = newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    text = squash(text_of(build(db, newsletter)))
    assert squash(AGREED) in text
    for secret in (PRIVATE_TEACHER, PRIVATE_CONTACT, PRIVATE_NOTE, "Start the welcome"):
        assert squash(secret) not in text
    spotlight = newsletters.blocks(db, newsletter)[-1]
    teachers.update(db, world.agreed, may_be_named=False)  # a change of mind
    issue = newsletters.issue(db, newsletter)
    assert "spotlight" not in [b.kind for b in issue.blocks]
    assert issue.withheld == (
        f"“Teacher spotlight: {AGREED}” is left out: its teacher has not agreed to be named.",
    )
    assert squash(AGREED) not in squash(text_of(build(db, newsletter)))
    newsletters.update_block(db, spotlight.id, teacher_id=world.private)
    assert squash(PRIVATE_TEACHER) not in squash(text_of(build(db, newsletter)))


def test_the_pdf_has_two_columns(db: Database, world: World) -> None:
    newsletter = newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    page = pypdf.PdfReader(io.BytesIO(build(db, newsletter))).pages[0]
    width = float(page.mediabox.width)
    starts: list[float] = []

    def visit(text: str, cm: object, tm: list[float], *_: object) -> None:
        if text.strip():
            starts.append(tm[4])

    page.extract_text(visitor_text=visit)
    left = [x for x in starts if x < width / 2]
    right = [x for x in starts if width / 2 <= x < width - 100]
    assert left and right, starts


def test_a_period_with_nothing_in_it_says_so_on_one_clean_page(db: Database) -> None:
    newsletter = newsletters.create(db, starts_on="2026-01-01", ends_on="2026-01-31")
    data = build(db, newsletter)
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) == 1
    assert "Nothing to report for these dates yet" in text_of(data)
    issue = newsletters.issue(db, newsletter)
    assert "Nothing to report" in newsletter_text.as_text(issue)
    assert "Nothing to report" in newsletter_text.as_html(issue, lambda _: b"")


def test_the_coach_edits_reorders_and_adds_blocks(db: Database, world: World) -> None:
    newsletter = newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    first = newsletters.blocks(db, newsletter)[0]
    own = newsletters.add_block(db, newsletter, "A note from your coach", "Thank you, families!")
    newsletters.move_block(db, own, -10)  # to the top
    newsletters.move_block(db, first.id, 2)
    newsletters.update_block(db, first.id, heading="Save the dates")
    kinds = [b.kind for b in newsletters.blocks(db, newsletter)]
    assert kinds == ["text", "highlight", "program", "upcoming", "thanks", "spotlight"]
    text = text_of(build(db, newsletter))
    assert text.index("A note from your coach") < text.index("Save the dates")
    entry = newsletters.delete_block(db, own)
    assert "A note from your coach" not in text_of(build(db, newsletter))
    from stemlead.core import trash

    trash.restore(db, entry)
    assert newsletters.blocks(db, newsletter)[0].heading == "A note from your coach"


def test_plain_text_and_html_escape_everything_and_load_nothing(db: Database, world: World) -> None:
    newsletter = newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    issue = newsletters.issue(db, newsletter)
    text = newsletter_text.as_text(issue, "Cedar Valley ISD")
    assert MARKUP in text and "[Photo: Bridges]" in text and PRIVATE_TEACHER not in text
    page = newsletter_text.as_html(issue, lambda p: event_photos.contents(db, p), "Cedar & Co")
    assert "<script>" not in page and "&lt;script&gt;" in page and "Cedar &amp; Co" in page
    for remote in ("http://", "https://", 'src="//', "<link", "<iframe", "@import", "url("):
        assert remote not in page, remote
    assert f"data:image/jpeg;base64,{base64.b64encode(SHARED).decode()}" in page
    assert base64.b64encode(UNSHARED).decode() not in page  # the whole photo, by its bytes
    assert PRIVATE_NOTE not in page and PRIVATE_CONTACT not in page


def test_saving_logs_the_newsletter_once(db: Database, world: World) -> None:
    newsletter = newsletters.create(
        db, starts_on="2026-11-01", ends_on="2026-11-30", stakeholder_id=world.families
    )
    first = newsletters.log_saved(db, newsletter)
    assert newsletters.log_saved(db, newsletter) == first
    [row] = communications.list_communications(db)
    assert (row.kind, row.title, row.audience_ids, row.newsletter_id) == (
        "newsletter",
        "STEM news — November 2026",
        [world.families],
        newsletter,
    )
    assert row.topics == "Fall STEM Night"
    assert communications.get(db, first).shares_program_counts
    assert newsletters.list_newsletters(db)[0].logged_on == row.sent_on
    assert stakeholders.list_stakeholders(db)[0].last_heard_on == row.sent_on


# -- the event handout -----------------------------------------------------------------------
def test_the_event_handout_names_only_who_agreed_and_shows_only_shared_photos(
    db: Database, world: World
) -> None:
    data = handouts.build(db, Request("event", world.night))
    text = squash(text_of(data))
    assert squash(f"Host: {AGREED} (Riverside Elementary)") in text
    assert squash("and fewer than 5 other volunteers") in text
    for secret in (PRIVATE_TEACHER, PRIVATE_CONTACT, PRIVATE_NOTE):
        assert squash(secret) not in text
    assert squash("fewer than 5") in text and squash("Start the welcome at the door.") in text
    assert images(data) == [SHARED]


# -- the command line ------------------------------------------------------------------------
def test_export_newsletter_and_event_from_the_command_line(
    db: Database, db_path: Path, world: World, tmp_path: Path
) -> None:
    newsletter = newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    db.close()  # the command takes the file's lock to log a saved newsletter
    base = ("--db", str(db_path))
    for suffix in (".pdf", ".txt", ".html"):
        out = tmp_path / f"period{suffix}"
        done = run_stemlead(
            "export",
            "newsletter",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "-o",
            str(out),
            *base,
        )
        assert (done.returncode, done.stderr) == (0, ""), done.stderr
        assert out.stat().st_size > 100
    assert b"%PDF" in (tmp_path / "period.pdf").read_bytes()[:8]
    with open_database(db_path) as db:
        assert communications.list_communications(db) == []  # a period's proposal logs nothing
    out = tmp_path / "saved.html"
    done = run_stemlead("export", "newsletter", str(newsletter), "-o", str(out), *base)
    assert done.returncode == 0, done.stderr
    with open_database(db_path) as db:
        assert [c.newsletter_id for c in communications.list_communications(db)] == [newsletter]
    done = run_stemlead("export", "event", str(world.night), "-o", str(tmp_path / "e.pdf"), *base)
    assert done.returncode == 0 and images((tmp_path / "e.pdf").read_bytes()) == [SHARED]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("newsletter", "-o", "{out}.pdf"), "needs its id, or the dates it covers"),
        (
            ("newsletter", "--from", "2026-11-30", "--to", "2026-11-01", "-o", "{out}.pdf"),
            "end date is before its start date",
        ),
        (
            ("newsletter", "--from", "2026-11-01", "--to", "2026-11-30", "-o", "{out}.docx"),
            "ends in .pdf, .txt or .html",
        ),
        (
            ("newsletter", "--from", "2026-11-01", "--to", "November", "-o", "{out}.pdf"),
            "To 'November' is not a date",
        ),
        (("newsletter", "99", "-o", "{out}.txt"), "There is no newsletter with id 99."),
        (("event", "99", "-o", "{out}.pdf"), "There is no event with id 99."),
    ],
)
def test_a_refused_export_is_one_sentence_and_leaves_no_file(
    db: Database, db_path: Path, world: World, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    db.close()
    out = tmp_path / "out"
    argv = [a.replace("{out}", str(out)) for a in args]
    done = run_stemlead("export", *argv, "--db", str(db_path))
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.glob("out*")) == []
