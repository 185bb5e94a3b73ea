"""Drafts: what the coach is in the middle of typing, kept safe before it is finished.

The GUI saves a draft after a short pause in typing, and clears it in the same transaction
that stores the finished text, so after a crash the half-typed line is waiting in its box.
"""

from __future__ import annotations

from stemlead.clock import now_iso
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import NOTE_LIMIT, clean_text
from stemlead.store import Database


@changes(Kind.DRAFT)
def save(db: Database, key: str, text: str) -> None:
    """Keep ``text`` under ``key`` (an empty text removes the draft)."""
    if not text.strip():
        clear(db, key)
        return
    value = clean_text(text, "Draft", multiline=True, max_len=NOTE_LIMIT)
    with db.transaction():
        db.execute(
            "INSERT INTO drafts (key, text, saved_at) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at",
            (key, value, now_iso()),
        )


def load(db: Database, key: str) -> str:
    return str(db.scalar("SELECT text FROM drafts WHERE key = ?", (key,)) or "")


@changes(Kind.DRAFT)
def clear(db: Database, key: str) -> None:
    with db.transaction():
        db.execute("DELETE FROM drafts WHERE key = ?", (key,))
