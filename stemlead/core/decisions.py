"""Decisions a meeting reached, optionally tied to the agenda item that led to them."""

from __future__ import annotations

from dataclasses import dataclass

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import NOTE_LIMIT, Ref, Text
from stemlead.core.records import Record, editable
from stemlead.store import Database


@dataclass(slots=True)
class Decision(Record):
    TABLE = "decisions"
    NOUN = "decision"

    id: int
    meeting_id: int = editable(Ref("Meeting", table="meetings", required=True))
    agenda_item_id: int | None = editable(Ref("Agenda item", table="agenda_items"), None)
    text: str = editable(Text("Decision", required=True, max_len=NOTE_LIMIT, multiline=True), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.text if len(self.text) <= 60 else self.text[:59] + "…"


_crud = records.Crud(Decision, Kind.MEETING)
get, update, delete = _crud.get, _crud.update, _crud.delete


@changes(Kind.MEETING)
def record(db: Database, meeting_id: int, text: str, *, agenda_item_id: int | None = None) -> int:
    return records.insert(
        db, Decision, {"meeting_id": meeting_id, "text": text, "agenda_item_id": agenda_item_id}
    )


def for_meeting(db: Database, meeting_id: int) -> list[Decision]:
    return records.select(db, Decision, "t.meeting_id = ?", [meeting_id], order="t.id")
