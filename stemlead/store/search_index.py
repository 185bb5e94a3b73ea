"""The full-text index over everything the coach writes, kept in step by triggers.

One FTS5 table holds a row per searchable item. Its rowid packs the item's kind and id
(``id * 16 + code``), so the triggers update or delete one row by rowid instead of scanning.
The tokenizer folds diacritics ("Zoe" finds "Zoë") and prefix indexes keep as-you-type
queries fast. The index is derived data: it is rebuilt from the tables whenever the
definition below changes, and left out of JSON exports.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stemlead.store.database import Database

KIND_SLOTS = 64  # room for the kinds of every section, old and new
_JSON_LISTS = {"subjects", "tags", "emails", "phones", "schools"}
_JSON_LISTS = {"subjects", "tags", "emails", "phones", "areas", "focus_areas", "strength_areas"}


@dataclass(frozen=True)
class Source:
    kind: str
    code: int
    table: str
    title: str
    body: tuple[str, ...] = ()

    def title_sql(self, alias: str) -> str:
        return f"coalesce({alias}.{self.title}, '')"

    def body_sql(self, alias: str) -> str:
        """The body columns joined with " · ", skipping empty ones; JSON lists as plain text."""
        if not self.body:
            return "''"
        parts = []
        for col in self.body:
            value = (
                f"(SELECT group_concat(value, ', ') FROM json_each({alias}.{col}))"
                if col in _JSON_LISTS
                else f"{alias}.{col}"
            )
            parts.append(f"coalesce(' · ' || nullif({value}, ''), '')")
        return f"substr({' || '.join(parts)}, 4)"


SOURCES: tuple[Source, ...] = (
    Source(
        "teacher",
        1,
        "teachers",
        "name",
        ("school", "grade_band", "email", "subjects", "growth_areas", "strengths", "private_notes"),
    ),
    Source("coaching_log", 2, "coaching_logs", "note"),
    Source(
        "cycle",
        3,
        "cycles",
        "title",
        ("goal", "success_criteria", "strategy", "reflections", "private_notes"),
    ),
    Source("observation", 4, "observations", "class_context", ("focus", "private_notes")),
    Source("observation_line", 5, "observation_lines", "text"),
    Source("group", 6, "groups", "name", ("goal", "norms", "default_place")),
    Source("meeting", 7, "meetings", "title", ("place", "notes", "private_notes")),
    Source("agenda_item", 8, "agenda_items", "title", ("description", "notes", "outcome")),
    Source("decision", 9, "decisions", "text"),
    Source("action_item", 10, "action_items", "title", ("notes", "owner_name")),
    Source("partner", 11, "partners", "name", ("website", "address", "notes", "tags")),
    Source("contact", 12, "contacts", "name", ("role", "emails", "phones", "notes")),
    Source("interaction", 13, "interactions", "notes"),
    Source("agreement", 14, "agreements", "title", ("partner_provides", "we_provide", "notes")),
    # community engagement (issue 20): codes 31-38
    Source(
        "event",
        31,
        "events",
        "title",
        ("place", "schools", "audience", "description", "debrief", "private_notes"),
    ),
    Source("event_photo", 32, "event_photos", "caption", ("name",)),
    Source("event_cost", 33, "event_costs", "item", ("paid_by",)),
    Source("stakeholder", 34, "stakeholder_groups", "name", ("school", "notes")),
    Source("communication", 35, "communications", "title", ("about", "notes")),
    Source("newsletter", 36, "newsletters", "title"),
    Source("newsletter_block", 37, "newsletter_blocks", "heading", ("body",)),
    Source("board_work_item", 38, "board_work_items", "title", ("notes",)),
    Source(
        "lesson_plan",
        23,
        "lesson_plans",
        "title",
        (
            "summary",
            "objectives",
            "materials",
            "body",
            "subjects",
            "tags",
            "origin_note",
            "private_notes",
        ),
    ),
    Source("lesson_plan_attachment", 24, "lesson_plan_attachments", "name"),
    Source("lesson_plan_version", 25, "lesson_plan_versions", "note"),
    Source(
        "review_round",
        26,
        "review_rounds",
        "focusing_question",
        ("presenter_reflection", "private_notes"),
    ),
    Source("review_feedback", 27, "review_feedback", "text"),
    Source("review_rating", 28, "review_ratings", "evidence", ("suggestion",)),
    # teacher growth (codes 15-22)
    Source(
        "mentorship",
        15,
        "mentorships",
        "end_reason",
        ("mentor_name", "focus_areas", "closing_reflection", "private_notes"),
    ),
    Source("mentorship_goal", 16, "mentorship_goals", "text"),
    Source("check_in", 17, "check_ins", "what_works", ("focus",)),
    Source(
        "offering",
        18,
        "offerings",
        "title",
        ("provider", "areas", "subjects", "description", "link"),
    ),
    Source("plan_area", 19, "plan_areas", "area", ("in_their_words",)),
    Source("plan_item", 20, "plan_items", "title", ("reflection",)),
    Source("mentor_profile", 21, "mentor_profiles", "notes", ("strength_areas",)),
)

_TABLE_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, item_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)


def _trigger_sql(s: Source) -> list[str]:
    rowid_new = f"new.id * {KIND_SLOTS} + {s.code}"
    rowid_old = f"old.id * {KIND_SLOTS} + {s.code}"
    insert = (
        "INSERT INTO search_index (rowid, kind, item_id, title, body) VALUES "
        f"({rowid_new}, '{s.kind}', new.id, {s.title_sql('new')}, {s.body_sql('new')});"
    )
    delete = f"DELETE FROM search_index WHERE rowid = {rowid_old};"
    columns = ", ".join((s.title, *s.body))
    return [
        f"CREATE TRIGGER search_{s.table}_insert AFTER INSERT ON {s.table} BEGIN {insert} END",
        f"CREATE TRIGGER search_{s.table}_update AFTER UPDATE OF {columns} ON {s.table} "
        f"BEGIN {delete} {insert} END",
        f"CREATE TRIGGER search_{s.table}_delete AFTER DELETE ON {s.table} BEGIN {delete} END",
    ]


def _definition(sources: tuple[Source, ...] = SOURCES) -> list[str]:
    return [_TABLE_SQL, *(sql for s in sources for sql in _trigger_sql(s))]


def _present(db: Database) -> tuple[Source, ...]:
    """The sources whose tables this file has. A file opened with the migrations of an older
    version (importing an older export) lacks the tables of sections added since; its index
    is built again, whole, when it is brought up to date."""
    """The sources whose table this file has: all of them once it is up to date, fewer in
    the file of an older version an import builds before upgrading it."""
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return tuple(s for s in SOURCES if s.table in tables)


_SPEC_HASH = hashlib.sha256("\n".join(_definition()).encode()).hexdigest()[:16]


def is_stale(db: Database) -> bool:
    """True when the file's index was built from another definition (or not at all)."""
    try:
        stored = db.scalar("SELECT value FROM settings WHERE key = 'search_index_spec'")
    except sqlite3.OperationalError:
        return True
    return stored is None or json.loads(stored) != _SPEC_HASH


def _drop_triggers(db: Database) -> None:
    names = [
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'"
        )
    ]
    for name in names:
        db.execute(f"DROP TRIGGER {name}")


def rebuild(db: Database) -> None:
    """Fill the index from the tables (after a bulk load, or when the definition changed)."""
    with db.transaction():
        db.execute("DELETE FROM search_index")
        for s in _present(db):
            db.execute(
                "INSERT INTO search_index (rowid, kind, item_id, title, body) "
                f"SELECT t.id * {KIND_SLOTS} + {s.code}, '{s.kind}', t.id, "
                f"{s.title_sql('t')}, {s.body_sql('t')} FROM {s.table} AS t"
            )
        db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def install(db: Database) -> None:
    """(Re)create the index table and its triggers, then rebuild it."""
    with db.transaction():
        _drop_triggers(db)
        db.execute("DROP TABLE IF EXISTS search_index")
        for sql in _definition(_present(db)):
            db.execute(sql)
        rebuild(db)
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('search_index_spec', ?)",
            (json.dumps(_SPEC_HASH),),
        )


@contextmanager
def suspended(db: Database) -> Iterator[None]:
    """Bulk loads: drop the triggers, load, then rebuild once (four times faster).

    Must run inside the caller's transaction so the index is never seen out of step.
    """
    if not db.conn.in_transaction:
        raise RuntimeError("search_index.suspended() needs an open transaction")
    _drop_triggers(db)
    yield
    for s in _present(db):
        for sql in _trigger_sql(s):
            db.execute(sql)
    rebuild(db)


def check(db: Database) -> list[str]:
    """Problems with the index (empty when it matches the tables)."""
    problems = []
    try:
        db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
    except sqlite3.DatabaseError as exc:
        problems.append(f"the search index is damaged ({exc})")
    indexed = db.scalar("SELECT count(*) FROM search_index")
    expected = sum(db.scalar(f"SELECT count(*) FROM {s.table}") for s in _present(db))
    if indexed != expected:
        problems.append(f"the search index holds {indexed} items but the tables hold {expected}")
    return problems
