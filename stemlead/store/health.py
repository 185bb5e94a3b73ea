"""``stemlead check``: is the file intact, consistent and searchable?"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from stemlead.store import search_index
from stemlead.store.backup import list_backups
from stemlead.store.database import Database


@dataclass
class HealthReport:
    path: str
    version: int
    records: int
    last_backup: str | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        backup = (
            f"last automatic backup {self.last_backup}"
            if self.last_backup
            else "no automatic backup yet"
        )
        if self.ok:
            return (
                f"{self.path} is healthy: data version {self.version}, "
                f"{self.records:,} records, {backup}."
            )
        lines = [f"{self.path} has {len(self.problems)} problem(s):"]
        lines += [f"  - {p}" for p in self.problems]
        lines.append("Restore a recent backup with 'stemlead restore FILE'.")
        return "\n".join(lines)


def damage(db: Database, *, thorough: bool = False) -> str | None:
    """What is wrong with the file's structure, in SQLite's words; None when it is sound.

    ``quick_check`` reads every page (about 45 ms for a 20 MB file, the demo at scale 10)
    but skips comparing indexes with their tables, which ``thorough`` adds.
    """
    pragma = "integrity_check(1)" if thorough else "quick_check(1)"
    try:
        result = str(db.scalar(f"PRAGMA {pragma}"))
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if result == "ok" else result


def check(db: Database) -> HealthReport:
    try:
        problems = [r[0] for r in db.query("PRAGMA integrity_check") if r[0] != "ok"]
    except sqlite3.DatabaseError as exc:  # too damaged to list what is wrong
        problems = [f"the file is damaged ({exc})"]
    if problems:
        return _report(db, problems, records=0)
    for row in db.query("PRAGMA foreign_key_check"):
        problems.append(
            f"row {row['rowid']} of {row['table']} points to a missing {row['parent']} row"
        )
    if not problems:
        problems += search_index.check(db)
    tables = [
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'search_index%'"
        )
    ]
    return _report(db, problems, sum(int(db.scalar(f"SELECT count(*) FROM {t}")) for t in tables))


def _report(db: Database, problems: list[str], records: int) -> HealthReport:
    backups = list_backups(db.path)
    last = backups[0].made_at.strftime("%Y-%m-%d %H:%M") if backups else None
    return HealthReport(str(db.path), db.version, records, last, problems)
