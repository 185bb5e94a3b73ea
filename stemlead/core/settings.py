"""The coach's preferences, stored in the database so they travel with it.

Each setting is declared here with its default; what the file holds is merged over the
defaults when read, so a new setting never needs a migration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Field, Flag, Int, Text
from stemlead.errors import InvalidInput
from stemlead.store import Database, output_file


@dataclass(frozen=True)
class Setting:
    key: str
    field: Field
    default: Any


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("coach_name", Text("Your name", max_len=200), ""),
        Setting("organization_name", Text("School or district", max_len=200), ""),
        Setting("paper_size", Choice("Paper size", ("letter", "a4")), "letter"),
        Setting("logo_path", Text("Logo", max_len=1000), ""),
        Setting("week_start", Choice("Week starts on", ("monday", "sunday")), "monday"),
        Setting("time_format", Choice("Time format", ("12h", "24h")), "12h"),
        Setting(
            "default_meeting_minutes", Int("Default meeting length", minimum=5, maximum=600), 45
        ),
        Setting("backups_kept", Int("Backups kept", minimum=1, maximum=365), 10),
        Setting("welcome_done", Flag("Welcome finished"), False),
        # teacher growth: who is "on an island", and how many mentees a mentor usually takes
        Setting("isolation_weeks", Int("Weeks without coaching contact", minimum=1, maximum=52), 6),
        Setting("mentor_capacity", Int("Mentees per mentor", minimum=1, maximum=20), 2),
    )
}


def get(db: Database, key: str) -> Any:
    setting = SETTINGS[key]
    raw = db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    if raw is None:
        return setting.default
    return setting.field.load(json.loads(raw))


def get_all(db: Database) -> dict[str, Any]:
    stored = {r["key"]: r["value"] for r in db.query("SELECT key, value FROM settings")}
    return {
        key: s.field.load(json.loads(stored[key])) if key in stored else s.default
        for key, s in SETTINGS.items()
    }


@changes(Kind.SETTINGS)
def put(db: Database, **values: Any) -> None:
    """Validate and save settings, all or none."""
    rows = []
    for key, value in values.items():
        if key not in SETTINGS:
            raise KeyError(key)
        rows.append((key, json.dumps(SETTINGS[key].field.store(value), ensure_ascii=False)))
    with db.transaction():
        db.conn.executemany("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", rows)


LOGO_TYPES = (".png", ".jpg", ".jpeg", ".gif")


@changes(Kind.SETTINGS)
def adopt_logo(db: Database, source: Path) -> Path:
    """Copy a logo next to the database (so it travels with it) and remember it."""
    if source.suffix.lower() not in LOGO_TYPES:
        raise InvalidInput("A logo must be a PNG, JPEG or GIF picture.")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"The logo {source.name} could not be read ({exc.strerror}).") from None
    if len(data) > 5_000_000:
        raise InvalidInput("That logo is larger than 5 MB; choose a smaller picture.")
    target = db.path.parent / f"{db.path.stem}-logo{source.suffix.lower()}"
    if source.resolve() != target.resolve():
        output_file.write(target, data, database=db.path, mode=output_file.shared_mode())
    put(db, logo_path=str(target))
    return target
