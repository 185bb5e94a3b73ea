"""Versions of a lesson plan: every revision kept, and two compared with the changes marked.

The app saves as the coach types, so a keystroke is not a revision. A *version* is what
the authors choose to keep ("Save as new version"): a numbered snapshot of the plan's text
(title, grade band, subjects, duration, summary, objectives, materials and the lesson),
with a line saying what changed. The plan's own row stays the working copy. A review round
reviews one version, and closing it keeps the revised working copy as the next version.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from stemlead.clock import now_iso
from stemlead.core import lesson_plans, records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Int, Moment, Notes, Ref, StringList, Text
from stemlead.core.lesson_plans import LessonPlan
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

SNAPSHOT = (
    "title",
    "grade_band",
    "subjects",
    "duration_minutes",
    "summary",
    "objectives",
    "materials",
    "body",
)
LABELS = {
    "title": "Title",
    "grade_band": "Grade band",
    "subjects": "Subjects",
    "duration_minutes": "Duration (minutes)",
    "summary": "Summary",
    "objectives": "Objectives",
    "materials": "Materials",
    "body": "The lesson",
}
GONE = "That version of the lesson plan no longer exists (it may have been deleted)."


@dataclass(slots=True)
class Version(Record):
    TABLE = "lesson_plan_versions"
    NOUN = "version"

    id: int
    plan_id: int = editable(Ref("Lesson plan", table="lesson_plans", required=True))
    number: int = editable(Int("Version number", minimum=1, maximum=100_000), 1)
    note: str = editable(Text("What changed", max_len=2000, multiline=True), "")
    title: str = editable(Text("Title", required=True, max_len=300), "")
    grade_band: str = editable(Text("Grade band", max_len=40), "")
    subjects: list[str] = editable(StringList("Subjects"), [])
    duration_minutes: int = editable(Int("Duration in minutes", minimum=0, maximum=3000), 45)
    summary: str = editable(Notes("Summary"), "")
    objectives: str = editable(Notes("Objectives"), "")
    materials: str = editable(Notes("Materials"), "")
    body: str = editable(Notes("The lesson"), "")
    saved_at: str = editable(Moment("Saved"), "")

    def describe(self) -> str:
        return f"version {self.number} of {self.title}"

    @property
    def label(self) -> str:
        return f"Version {self.number}"


def get(db: Database, version_id: int) -> Version:
    """A version, or NotFound in words a coach understands."""
    try:
        return records.get(db, Version, version_id)
    except NotFound:
        raise NotFound(GONE) from None


def versions(db: Database, plan_id: int) -> list[Version]:
    """A plan's versions, oldest first."""
    return records.select(db, Version, "t.plan_id = ?", [plan_id], order="t.number")


def latest(db: Database, plan_id: int) -> Version | None:
    found = records.select(db, Version, "t.plan_id = ?", [plan_id], order="t.number DESC", limit=1)
    return found[0] if found else None


def _text(record: LessonPlan | Version) -> tuple[Any, ...]:
    return tuple(getattr(record, name) for name in SNAPSHOT)


def draft_changed(db: Database, plan_id: int) -> bool:
    """Whether the working copy differs from the last version kept (True with none kept)."""
    last = latest(db, plan_id)
    return last is None or _text(last) != _text(lesson_plans.get(db, plan_id))


@changes(Kind.LESSON_PLAN)
def save_version(db: Database, plan_id: int, note: str = "") -> int:
    """Keep the working copy as the plan's next version; return the version's id."""
    with db.transaction():
        plan = lesson_plans.get(db, plan_id)
        last = latest(db, plan_id)
        if last is not None and _text(last) == _text(plan):
            raise InvalidInput(
                f"Nothing has changed since version {last.number}, so there is no new "
                "version to keep."
            )
        values = {name: getattr(plan, name) for name in SNAPSHOT}
        values.update(
            plan_id=plan_id,
            number=(last.number + 1) if last else 1,
            note=note,
            saved_at=now_iso(),
        )
        return records.insert(db, Version, values)


@changes(Kind.LESSON_PLAN)
def for_review(db: Database, plan_id: int) -> int:
    """The version a new review round looks at: the last one kept, or (when the working
    copy has changed since) a new one kept now."""
    with db.transaction():
        if draft_changed(db, plan_id):
            return save_version(db, plan_id, "Kept for a review round.")
        last = latest(db, plan_id)
        assert last is not None
        return last.id


# -- comparing ---------------------------------------------------------------------------------
Span = tuple[int, int]  # [start, end) in one side's text
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
_WORD_DIFF_LIMIT = 4000  # tokens in a changed block: beyond that, whole lines are marked


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of two versions side by side; ``removed`` marks the old text, ``added`` the
    new, so a front end can colour them."""

    field: str
    label: str
    old: str
    new: str
    removed: tuple[Span, ...]
    added: tuple[Span, ...]

    @property
    def changed(self) -> bool:
        return self.old != self.new


def compare(db: Database, old_id: int, new_id: int | None) -> list[FieldChange]:
    """Each field of version ``old_id`` beside version ``new_id`` (None: the working copy),
    with the changed words marked."""
    old = get(db, old_id)
    new: LessonPlan | Version = (
        get(db, new_id) if new_id is not None else lesson_plans.get(db, old.plan_id)
    )
    out = []
    for name in SNAPSHOT:
        before, after = _shown(name, getattr(old, name)), _shown(name, getattr(new, name))
        removed, added = marked_changes(before, after)
        out.append(FieldChange(name, LABELS[name], before, after, removed, added))
    return out


def _shown(name: str, value: Any) -> str:
    return ", ".join(value) if name == "subjects" else str(value)


def marked_changes(old: str, new: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Where ``old`` and ``new`` differ: lines first (fast on 100 KB), then the words inside
    each changed block of lines."""
    if old == new:
        return (), ()
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    old_at, new_at = _offsets(old_lines), _offsets(new_lines)
    removed: list[Span] = []
    added: list[Span] = []
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for op, i1, i2, j1, j2 in lines.get_opcodes():
        if op == "equal":
            continue
        a = (old_at[i1], old_at[i2])
        b = (new_at[j1], new_at[j2])
        if op == "replace":
            r, s = _words(old[a[0] : a[1]], new[b[0] : b[1]])
            removed += [(a[0] + x, a[0] + y) for x, y in r]
            added += [(b[0] + x, b[0] + y) for x, y in s]
        elif op == "delete":
            removed.append(a)
        else:
            added.append(b)
    return tuple(_merged(removed)), tuple(_merged(added))


def _offsets(lines: list[str]) -> list[int]:
    at = [0]
    for line in lines:
        at.append(at[-1] + len(line))
    return at


def _words(old: str, new: str) -> tuple[list[Span], list[Span]]:
    old_tokens, new_tokens = _TOKEN.findall(old), _TOKEN.findall(new)
    if len(old_tokens) + len(new_tokens) > _WORD_DIFF_LIMIT:
        return [(0, len(old))] if old else [], [(0, len(new))] if new else []
    old_at, new_at = _offsets(old_tokens), _offsets(new_tokens)
    removed, added = [], []
    words = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for op, i1, i2, j1, j2 in words.get_opcodes():
        if op in ("replace", "delete") and i2 > i1:
            removed.append((old_at[i1], old_at[i2]))
        if op in ("replace", "insert") and j2 > j1:
            added.append((new_at[j1], new_at[j2]))
    return removed, added


def _merged(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        elif end > start:
            out.append((start, end))
    return out
