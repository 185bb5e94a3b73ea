"""Who came to a meeting: teachers, partner contacts, or guests by name."""

from __future__ import annotations

from dataclasses import dataclass

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Text
from stemlead.errors import InvalidInput
from stemlead.store import Database

STATUSES = ("present", "late", "absent", "excused")


@dataclass(frozen=True, slots=True)
class Attendee:
    id: int
    name: str
    teacher_id: int | None
    contact_id: int | None
    status: str


@changes(Kind.MEETING)
def mark(
    db: Database,
    meeting_id: int,
    status: str = "present",
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
    guest_name: str | None = None,
) -> int:
    """Record (or change) one person's attendance at a meeting."""
    if sum(x is not None for x in (teacher_id, contact_id, guest_name)) != 1:
        raise InvalidInput("Attendance is for one teacher, one contact or one guest.")
    status = Choice("Attendance", STATUSES).store(status)
    records.require(db, "meetings", "meeting", [meeting_id])
    if teacher_id is not None:
        records.require(db, "teachers", "teacher", [teacher_id])
    if contact_id is not None:
        records.require(db, "contacts", "contact", [contact_id])
    guest = (
        Text("Guest", required=True, max_len=200).store(guest_name)
        if guest_name is not None
        else ""
    )
    with db.transaction():
        existing = db.one(
            "SELECT id FROM attendance WHERE meeting_id = ? AND (teacher_id = ? OR contact_id = ?"
            " OR (guest_name <> '' AND guest_name = ?))",
            (meeting_id, teacher_id, contact_id, guest),
        )
        if existing:
            db.execute("UPDATE attendance SET status = ? WHERE id = ?", (status, existing["id"]))
            return int(existing["id"])
        cursor = db.execute(
            "INSERT INTO attendance (meeting_id, teacher_id, contact_id, guest_name, status)"
            " VALUES (?, ?, ?, ?, ?)",
            (meeting_id, teacher_id, contact_id, guest, status),
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


@changes(Kind.MEETING)
def remove(db: Database, attendance_id: int) -> None:
    with db.transaction():
        db.execute("DELETE FROM attendance WHERE id = ?", (attendance_id,))


def attendees(db: Database, meeting_id: int) -> list[Attendee]:
    return [
        Attendee(*r)
        for r in db.query(
            """
        SELECT a.id, coalesce(t.name, c.name, a.guest_name), a.teacher_id, a.contact_id, a.status
        FROM attendance a
        LEFT JOIN teachers t ON t.id = a.teacher_id
        LEFT JOIN contacts c ON c.id = a.contact_id
        WHERE a.meeting_id = ?
        ORDER BY coalesce(t.name, c.name, a.guest_name) COLLATE NOCASE
        """,
            (meeting_id,),
        )
    ]


@dataclass(frozen=True, slots=True)
class RollEntry:
    name: str
    teacher_id: int | None
    contact_id: int | None
    guest_name: str
    status: str | None  # None: not marked yet


def roll(db: Database, meeting_id: int) -> list[RollEntry]:
    """Who is expected (the group's members) and who came (including guests), in one list."""
    return [
        RollEntry(*r)
        for r in db.query(
            """
        SELECT * FROM (
        SELECT coalesce(t.name, c.name) AS name, m.teacher_id, m.contact_id, '' AS guest,
               a.status
        FROM meetings mt JOIN group_members m ON m.group_id = mt.group_id
        LEFT JOIN teachers t ON t.id = m.teacher_id
        LEFT JOIN contacts c ON c.id = m.contact_id
        LEFT JOIN attendance a ON a.meeting_id = mt.id
             AND (a.teacher_id = m.teacher_id OR a.contact_id = m.contact_id)
        WHERE mt.id = :meeting
        UNION ALL
        SELECT coalesce(t.name, c.name, a.guest_name), a.teacher_id, a.contact_id, a.guest_name,
               a.status
        FROM attendance a
        LEFT JOIN teachers t ON t.id = a.teacher_id
        LEFT JOIN contacts c ON c.id = a.contact_id
        WHERE a.meeting_id = :meeting AND NOT EXISTS (
            SELECT 1 FROM meetings mt JOIN group_members m ON m.group_id = mt.group_id
            WHERE mt.id = a.meeting_id
              AND (m.teacher_id = a.teacher_id OR m.contact_id = a.contact_id)))
        ORDER BY guest <> '', name COLLATE NOCASE
        """,
            {"meeting": meeting_id},
        )
    ]
