"""An event's photos: pictures only, size-limited, kept in the database, each with a
caption and a "consent to share" flag.

A photo without consent stays in the coach's own record of the event and never reaches
a handout, a newsletter or an HTML file: everything that goes out asks
:func:`shareable` (or checks ``consent_to_share``) at the moment it is made, so taking
consent back takes the photo off the next copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stemlead.core.attachments import MB, Shelf
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Flag, Text
from stemlead.errors import NotFound
from stemlead.store import Database

LIMIT = 5 * MB  # a phone photo is 2–4 MB; a newsletter needs far less
shelf = Shelf("event_photos", "event_id", Kind.EVENT, limit=LIMIT, images_only=True, noun="photo")
contents = shelf.contents
save_copy = shelf.save_copy
delete = shelf.delete
_CAPTION = Text("Caption", max_len=500)
_CONSENT = Flag("Consent to share")


@dataclass(frozen=True, slots=True)
class Photo:
    id: int
    event_id: int
    name: str
    media_type: str
    size: int
    caption: str
    consent_to_share: bool


@changes(Kind.EVENT)
def add(
    db: Database, event_id: int, name: str, data: bytes, *, caption: str = "", consent: Any = False
) -> int:
    """Keep a photo of the event (one sentence, and nothing kept, for a file that is too
    big or not a picture)."""
    _exists(db, event_id)
    return shelf.add(
        db,
        event_id,
        name,
        data,
        caption=_CAPTION.store(caption),
        consent_to_share=_CONSENT.store(consent),
    )


@changes(Kind.EVENT)
def add_file(
    db: Database, event_id: int, path: Path, *, caption: str = "", consent: Any = False
) -> int:
    _exists(db, event_id)
    return shelf.add_file(
        db,
        event_id,
        path,
        caption=_CAPTION.store(caption),
        consent_to_share=_CONSENT.store(consent),
    )


@changes(Kind.EVENT, Kind.NEWSLETTER)
def update(db: Database, photo_id: int, *, caption: str | None = None, consent: Any = None) -> None:
    """Change a photo's caption or its consent to share."""
    values: dict[str, Any] = {}
    if caption is not None:
        values["caption"] = _CAPTION.store(caption)
    if consent is not None:
        values["consent_to_share"] = _CONSENT.store(consent)
    if values:
        shelf.update(db, photo_id, **values)


def _exists(db: Database, event_id: int) -> None:
    if db.scalar("SELECT 1 FROM events WHERE id = ?", (event_id,)) is None:
        raise NotFound(f"There is no event with id {event_id}.")


_COLUMNS = "id, event_id, name, media_type, size, caption, consent_to_share"


def _photo(r: Any) -> Photo:
    return Photo(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]))


def photos_of(db: Database, event_id: int) -> list[Photo]:
    """The event's photos, oldest first, without their bytes."""
    return [
        _photo(r)
        for r in db.query(
            f"SELECT {_COLUMNS} FROM event_photos WHERE event_id = ? ORDER BY id", (event_id,)
        )
    ]


def get(db: Database, photo_id: int) -> Photo:
    row = db.one(f"SELECT {_COLUMNS} FROM event_photos WHERE id = ?", (photo_id,))
    if row is None:
        raise NotFound(f"There is no photo with id {photo_id}.")
    return _photo(row)


def shareable(db: Database, event_id: int) -> list[Photo]:
    """The photos that may go out: those with consent to share."""
    return [p for p in photos_of(db, event_id) if p.consent_to_share]
