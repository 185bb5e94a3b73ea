"""Newsletters: a stakeholder update for a period and an audience, built from blocks.

Making one fills it with the blocks the data proposes (:mod:`.newsletter_proposals`); the
coach then edits each block, reorders them, adds their own text and drops what does not
fit. What prints is decided when it is printed (:func:`issue`): a spotlight only while its
teacher still agrees to be named, a photo only while it still has consent to share, so a
change of mind takes effect on the next copy. Saving a newsletter to a file logs it, once,
in the communications log (:func:`log_saved`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from stemlead.clock import now_iso, today
from stemlead.core import communications, event_photos, records, settings
from stemlead.core.changes import Kind, changes
from stemlead.core.event_photos import Photo
from stemlead.core.fields import Choice, DateField, Notes, Ref, Text, parse_date
from stemlead.core.newsletter_proposals import Proposal, period_title, propose
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

BLOCK_KINDS = ("upcoming", "highlight", "program", "thanks", "spotlight", "text")
BLOCK_LABELS = {
    "upcoming": "Coming up",
    "highlight": "Event highlight",
    "program": "Program counts",
    "thanks": "Partner thank-yous",
    "spotlight": "Teacher spotlight",
    "text": "Your own text",
}
NOTHING = (
    "Nothing to report for these dates yet: STEM Lead holds no events, program activity "
    "or partner news between {since} and {until}."
)


@dataclass(slots=True)
class Newsletter(Record):
    TABLE = "newsletters"
    NOUN = "newsletter"

    id: int
    title: str = editable(Text("Title", required=True, max_len=200), "")
    starts_on: str = editable(DateField("From", required=True), "")
    ends_on: str = editable(DateField("To", required=True), "")
    stakeholder_id: int | None = editable(Ref("Audience", table="stakeholder_groups"), None)
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title


@dataclass(slots=True)
class Block(Record):
    TABLE = "newsletter_blocks"
    NOUN = "newsletter block"

    id: int
    newsletter_id: int = 0
    position: int = 0
    kind: str = editable(Choice("Kind of block", BLOCK_KINDS), "text")
    heading: str = editable(Text("Heading", max_len=300), "")
    body: str = editable(Notes("Text"), "")
    event_id: int | None = editable(Ref("Event", table="events"), None)
    teacher_id: int | None = editable(Ref("Teacher", table="teachers"), None)
    photo_id: int | None = editable(Ref("Photo", table="event_photos"), None)
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.heading or BLOCK_LABELS.get(self.kind, "block")


@dataclass(frozen=True, slots=True)
class PrintBlock:
    kind: str
    heading: str
    body: str
    photo: Photo | None


@dataclass(frozen=True, slots=True)
class Issue:
    """What one newsletter prints, after every consent is checked."""

    title: str
    starts_on: str
    ends_on: str
    audience: str
    blocks: tuple[PrintBlock, ...]
    withheld: tuple[str, ...]  # why a block or a photo is left out, for the preview

    @property
    def nothing_to_report(self) -> str:
        """The sentence an empty newsletter prints ("" when it has blocks)."""
        if self.blocks:
            return ""
        return NOTHING.format(since=_long(self.starts_on), until=_long(self.ends_on))


def _long(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d:%B} {d.day}, {d.year}"


@dataclass(frozen=True, slots=True)
class NewsletterRow:
    id: int
    title: str
    starts_on: str
    ends_on: str
    audience: str
    blocks: int
    logged_on: str | None  # when it went into the communications log


_crud = records.Crud(Newsletter, Kind.NEWSLETTER)
get, update, delete = _crud.get, _crud.update, _crud.delete
_blocks = records.Crud(Block, Kind.NEWSLETTER)
get_block, update_block, delete_block = _blocks.get, _blocks.update, _blocks.delete


def period(since: Any, until: Any) -> tuple[str, str]:
    start = parse_date(since, "From").isoformat()
    end = parse_date(until, "To").isoformat()
    if end < start:
        raise InvalidInput("The newsletter's end date is before its start date.")
    return start, end


@changes(Kind.NEWSLETTER)
def create(
    db: Database,
    *,
    starts_on: Any,
    ends_on: Any,
    stakeholder_id: int | None = None,
    title: str | None = None,
) -> int:
    """A new newsletter for a period, filled with the blocks the data proposes."""
    since, until = period(starts_on, ends_on)
    proposals = propose(db, since, until)
    with db.transaction():
        newsletter_id = records.insert(
            db,
            Newsletter,
            {
                "title": title or period_title(since, until),
                "starts_on": since,
                "ends_on": until,
                "stakeholder_id": stakeholder_id,
            },
        )
        for position, proposal in enumerate(proposals):
            _insert_block(db, newsletter_id, position, proposal)
    return newsletter_id


def _insert_block(db: Database, newsletter_id: int, position: int, p: Proposal) -> int:
    stamp = now_iso()
    cursor = db.execute(
        """INSERT INTO newsletter_blocks (newsletter_id, position, kind, heading, body, event_id,
               teacher_id, photo_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            newsletter_id,
            position,
            p.kind,
            Text("Heading", max_len=300).store(p.heading),
            Notes("Text").store(p.body),
            p.event_id,
            p.teacher_id,
            p.photo_id,
            stamp,
            stamp,
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def blocks(db: Database, newsletter_id: int) -> list[Block]:
    return records.select(
        db, Block, "t.newsletter_id = ?", [newsletter_id], order="t.position, t.id"
    )


@changes(Kind.NEWSLETTER)
def add_block(db: Database, newsletter_id: int, heading: str = "", body: str = "") -> int:
    """A block of the coach's own text, at the end."""
    get(db, newsletter_id)
    position = db.scalar(
        "SELECT coalesce(max(position), -1) + 1 FROM newsletter_blocks WHERE newsletter_id = ?",
        (newsletter_id,),
    )
    with db.transaction():
        return _insert_block(
            db, newsletter_id, int(position), Proposal("text", heading or "A note", body)
        )


@changes(Kind.NEWSLETTER)
def move_block(db: Database, block_id: int, offset: int) -> None:
    """Move a block up (negative) or down (positive)."""
    block = get_block(db, block_id)
    ordered = [b.id for b in blocks(db, block.newsletter_id)]
    at = ordered.index(block_id)
    ordered.insert(max(0, min(len(ordered) - 1, at + offset)), ordered.pop(at))
    with db.transaction():
        for position, other in enumerate(ordered):
            db.execute("UPDATE newsletter_blocks SET position = ? WHERE id = ?", (position, other))


def list_newsletters(db: Database) -> list[NewsletterRow]:
    return [
        NewsletterRow(*r)
        for r in db.query(
            """SELECT n.id, n.title, n.starts_on, n.ends_on, coalesce(s.name, ''),
                      (SELECT count(*) FROM newsletter_blocks b WHERE b.newsletter_id = n.id),
                      (SELECT min(c.sent_on) FROM communications c WHERE c.newsletter_id = n.id)
               FROM newsletters n LEFT JOIN stakeholder_groups s ON s.id = n.stakeholder_id
               ORDER BY n.starts_on DESC, n.id DESC"""
        )
    ]


# -- what prints ----------------------------------------------------------------------------
def issue(db: Database, newsletter_id: int) -> Issue:
    """The saved newsletter as it prints today (every consent checked now)."""
    newsletter = get(db, newsletter_id)
    audience = ""
    if newsletter.stakeholder_id is not None:
        audience = str(
            db.scalar(
                "SELECT name FROM stakeholder_groups WHERE id = ?", (newsletter.stakeholder_id,)
            )
            or ""
        )
    return _issue(
        db,
        newsletter.title,
        newsletter.starts_on,
        newsletter.ends_on,
        audience,
        blocks(db, newsletter_id),
    )


def issue_for_period(db: Database, since: Any, until: Any) -> Issue:
    """What the data proposes for a period, as it would print (nothing is saved)."""
    start, end = period(since, until)
    proposed = [
        Block(0, 0, n, p.kind, p.heading, p.body, p.event_id, p.teacher_id, p.photo_id)
        for n, p in enumerate(propose(db, start, end))
    ]
    return _issue(db, period_title(start, end), start, end, "", proposed)


def _issue(
    db: Database, title: str, since: str, until: str, audience: str, found: list[Block]
) -> Issue:
    printed: list[PrintBlock] = []
    withheld: list[str] = []
    for block in found:
        if block.kind == "spotlight":
            named = db.one(
                "SELECT name, may_be_named FROM teachers WHERE id = ?", (block.teacher_id,)
            )
            if named is None or not named["may_be_named"]:
                withheld.append(
                    f"“{block.heading}” is left out: its teacher has not agreed to be named."
                )
                continue
        photo = None
        if block.photo_id is not None:
            try:
                photo = event_photos.get(db, block.photo_id)
            except NotFound:
                photo = None
            if photo is not None and not photo.consent_to_share:
                withheld.append(
                    f"The photo in “{block.heading}” is left out: it has no consent to share."
                )
                photo = None
        if block.heading.strip() or block.body.strip() or photo is not None:
            printed.append(PrintBlock(block.kind, block.heading, block.body, photo))
    return Issue(title, since, until, audience, tuple(printed), tuple(withheld))


@changes(Kind.NEWSLETTER, Kind.COMMUNICATION, Kind.STAKEHOLDER)
def log_saved(db: Database, newsletter_id: int, *, on: date | None = None) -> int:
    """Log the newsletter in the communications log the first time it is saved to a file
    (again: the same entry); return the communication's id."""
    newsletter = get(db, newsletter_id)
    found = db.scalar(
        "SELECT min(id) FROM communications WHERE newsletter_id = ?", (newsletter_id,)
    )
    if found is not None:
        return int(found)
    counts = any(b.kind == "program" for b in blocks(db, newsletter_id))
    with db.transaction():
        communication_id = communications.add(
            db,
            sent_on=(on or today()).isoformat(),
            kind="newsletter",
            title=newsletter.title,
            about=f"{settings.get(db, 'organization_name') or 'STEM'} newsletter for "
            f"{newsletter.starts_on} to {newsletter.ends_on}",
            shares_program_counts=counts,
            audience_ids=[newsletter.stakeholder_id] if newsletter.stakeholder_id else [],
            event_ids=sorted({b.event_id for b in blocks(db, newsletter_id) if b.event_id}),
        )
        db.execute(
            "UPDATE communications SET newsletter_id = ? WHERE id = ?",
            (newsletter_id, communication_id),
        )
    return int(communication_id)
