"""Dialogs: search, quick log, imports, keyboard shortcuts, trash."""
