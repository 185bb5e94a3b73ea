"""The trash, as the GUI sees it: what was deleted, and putting it back."""

from stemlead.store.trash import TrashEntry, entries, purge, restore

__all__ = ["TrashEntry", "entries", "purge", "restore"]
