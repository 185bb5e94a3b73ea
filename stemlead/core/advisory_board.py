"""An advisory board: the existing group kind, with what a board needs on top.

Each member's term (start, end) and the sector they represent (business, higher
education, parents, community, district), the representation table that shows which
sectors have a voice now and which none, and the board's program of work. Its members
and meetings are the group's own (:mod:`.groups`, :mod:`.meetings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from stemlead.clock import now_iso
from stemlead.core import groups, records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, DateField, Notes, Text
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

SECTORS = ("business", "higher_ed", "parents", "community", "district", "other")
SECTOR_LABELS = {
    "business": "Business",
    "higher_ed": "Higher education",
    "parents": "Parents",
    "community": "Community",
    "district": "District",
    "other": "Other",
}
WORK_STATUSES = ("planned", "in_progress", "done")
WORK_LABELS = {"planned": "Planned", "in_progress": "In progress", "done": "Done"}
ENDING_SOON = timedelta(days=60)
_PARTNER_SECTOR = {"industry": "business", "higher_ed": "higher_ed", "government": "district"}


@dataclass(slots=True)
class Term(Record):
    TABLE = "board_terms"
    NOUN = "board term"

    id: int
    member_id: int = 0
    sector: str = editable(Choice("Sector", SECTORS), "community")
    starts_on: str | None = editable(DateField("Term starts"), None)
    ends_on: str | None = editable(DateField("Term ends"), None)


@dataclass(slots=True)
class WorkItem(Record):
    TABLE = "board_work_items"
    NOUN = "program of work item"

    id: int
    group_id: int = 0
    position: int = 0
    title: str = editable(Text("Title", required=True, max_len=300), "")
    status: str = editable(Choice("Status", WORK_STATUSES), "planned")
    target_on: str | None = editable(DateField("Target date"), None)
    notes: str = editable(Notes("Notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title


@dataclass(frozen=True, slots=True)
class BoardMember:
    member_id: int
    name: str
    detail: str  # school or organisation
    role: str
    sector: str
    starts_on: str | None
    ends_on: str | None

    def serving(self, on: date) -> bool:
        """Whether the term covers ``on`` (an open end serves on)."""
        day = on.isoformat()
        return (self.starts_on or "") <= day and (self.ends_on is None or self.ends_on >= day)

    def ends_soon(self, on: date) -> bool:
        return (
            self.ends_on is not None
            and self.serving(on)
            and self.ends_on <= (on + ENDING_SOON).isoformat()
        )


@dataclass(frozen=True, slots=True)
class Representation:
    sector: str
    label: str
    members: int  # serving on the day asked
    names: tuple[str, ...]


def _board(db: Database, group_id: int) -> groups.Group:
    group = groups.get(db, group_id)
    if group.kind != "advisory_board":
        raise InvalidInput(
            f"{group.name} is not an advisory board; terms, sectors and a program of work "
            "are kept for advisory boards."
        )
    return group


def _member_group(db: Database, member_id: int) -> int:
    group_id = db.scalar("SELECT group_id FROM group_members WHERE id = ?", (member_id,))
    if group_id is None:
        raise NotFound(f"There is no group member with id {member_id}.")
    return int(group_id)


@changes(Kind.GROUP)
def set_term(db: Database, member_id: int, **values: Any) -> None:
    """A member's sector and term (start, end); a member with no term row gets one."""
    _board(db, _member_group(db, member_id))
    row = records.validated(db, Term, values)
    existing = db.one(
        "SELECT starts_on, ends_on FROM board_terms WHERE member_id = ?", (member_id,)
    )
    starts = row.get("starts_on", existing["starts_on"] if existing else None)
    ends = row.get("ends_on", existing["ends_on"] if existing else None)
    if starts and ends and ends < starts:
        raise InvalidInput(f"The term ends ({ends}) before it starts ({starts}).")
    with db.transaction():
        if existing is None:
            db.execute(
                "INSERT INTO board_terms (member_id, sector) VALUES (?, ?)",
                (member_id, _default_sector(db, member_id)),
            )
        if row:
            assignments = ", ".join(f"{name} = ?" for name in row)
            db.execute(
                f"UPDATE board_terms SET {assignments} WHERE member_id = ?",
                [*row.values(), member_id],
            )


def _default_sector(db: Database, member_id: int) -> str:
    """A partner contact's sector from their partner's kind; a teacher's is the district."""
    kind = db.scalar(
        """SELECT CASE WHEN m.teacher_id IS NOT NULL THEN 'teacher' ELSE p.kind END
           FROM group_members m LEFT JOIN contacts c ON c.id = m.contact_id
           LEFT JOIN partners p ON p.id = c.partner_id WHERE m.id = ?""",
        (member_id,),
    )
    if kind == "teacher":
        return "district"
    return _PARTNER_SECTOR.get(str(kind), "community")


def members(db: Database, group_id: int) -> list[BoardMember]:
    """Every member with their sector and term (a member with no term yet shows the sector
    their partner suggests, and no dates)."""
    _board(db, group_id)
    out = []
    for m in groups.members(db, group_id):
        term = db.one(
            "SELECT sector, starts_on, ends_on FROM board_terms WHERE member_id = ?", (m.id,)
        )
        if term is None:
            sector, starts, ends = _default_sector(db, m.id), None, None
        else:
            sector, starts, ends = term
        out.append(BoardMember(m.id, m.name, m.detail, m.role, sector, starts, ends))
    return out


def representation(db: Database, group_id: int, on: date) -> list[Representation]:
    """Each sector with the members serving on ``on`` (sectors with none included: gaps)."""
    serving = [m for m in members(db, group_id) if m.serving(on)]
    return [
        Representation(
            sector,
            SECTOR_LABELS[sector],
            sum(m.sector == sector for m in serving),
            tuple(m.name for m in serving if m.sector == sector),
        )
        for sector in SECTORS
        if sector != "other" or any(m.sector == "other" for m in serving)
    ]


_work = records.Crud(WorkItem, Kind.GROUP)
get_work_item, update_work_item, delete_work_item = _work.get, _work.update, _work.delete


@changes(Kind.GROUP)
def add_work_item(db: Database, group_id: int, title: str, **values: Any) -> int:
    """Add to the board's program of work, at the end."""
    _board(db, group_id)
    row = records.validated(db, WorkItem, {"title": title, **values})
    row["group_id"] = group_id
    row["position"] = db.scalar(
        "SELECT coalesce(max(position), -1) + 1 FROM board_work_items WHERE group_id = ?",
        (group_id,),
    )
    row["created_at"] = row["updated_at"] = now_iso()
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    with db.transaction():
        cursor = db.execute(
            f"INSERT INTO board_work_items ({names}) VALUES ({marks})", list(row.values())
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def work_items(db: Database, group_id: int) -> list[WorkItem]:
    return records.select(db, WorkItem, "t.group_id = ?", [group_id], order="t.position, t.id")


@changes(Kind.GROUP)
def move_work_item(db: Database, item_id: int, offset: int) -> None:
    """Move one item up (-1) or down (+1) in the program of work."""
    item = get_work_item(db, item_id)
    ordered = [w.id for w in work_items(db, item.group_id)]
    at = ordered.index(item_id)
    to = max(0, min(len(ordered) - 1, at + offset))
    ordered.insert(to, ordered.pop(at))
    with db.transaction():
        for position, work_id in enumerate(ordered):
            db.execute("UPDATE board_work_items SET position = ? WHERE id = ?", (position, work_id))
