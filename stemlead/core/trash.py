"""The trash, as the GUI sees it: what was deleted, and putting it back."""

from stemlead.core.changes import Kind, changes
from stemlead.store import Database
from stemlead.store import trash as trash_store
from stemlead.store.trash import TrashEntry, entries, purge

__all__ = ["TrashEntry", "entries", "purge", "restore"]


@changes(*Kind)
def restore(db: Database, entry_id: int) -> tuple[str, int]:
    """Put a deleted item, and everything deleted with it, back; return its (table, id)."""
    return trash_store.restore(db, entry_id)
