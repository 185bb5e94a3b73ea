"""Storage: the SQLite file, its schema and migrations, backups and the search index.

No Qt and no domain rules here; :mod:`stemlead.core` decides what to write.
"""

from stemlead.store.database import Database, open_database

__all__ = ["Database", "open_database"]
