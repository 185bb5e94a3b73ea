"""A lesson plan as one file another STEM Lead imports: the offline way to share lessons.

The file (JSON, ``"format": "stemlead-lesson-plan"``) holds the plan's working copy, every
version, its framework tags (by framework and label, since tag ids differ between files)
and its attachments as base64. It never holds review rounds, feedback or private notes, and
it names an author only when that teacher agrees to be named. Importing checks every value
as the app checks what is typed, and writes the plan whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from stemlead import __version__
from stemlead.clock import now_iso
from stemlead.core import import_check, lesson_plans, lesson_versions, records, tags
from stemlead.core.changes import Kind, changes
from stemlead.core.lesson_plans import ATTACHMENTS
from stemlead.core.lesson_versions import SNAPSHOT, Version
from stemlead.errors import ImportFailed, InvalidInput, StemLeadError
from stemlead.store import Database, blobs, output_file

FORMAT = "stemlead-lesson-plan"
FORMAT_VERSION = 1
SHARED_FIELDS = (*SNAPSHOT, "tags", "origin_note")  # never private_notes, never links


def shared(db: Database, plan_id: int) -> dict[str, Any]:
    """What the share file holds for one plan, as plain JSON-ready data."""
    plan = lesson_plans.get(db, plan_id)
    authors = lesson_plans.authors(db, plan_id)
    named = [a for a in authors if a.may_be_named]
    tag_rows = {t.id: t for t in tags.list_tags(db)}
    slugs = {f.id: f.slug for f in tags.frameworks(db)}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": now_iso(),
        "plan": {name: getattr(plan, name) for name in SHARED_FIELDS},
        "authors": [{"name": a.name, "subjects": a.subjects} for a in named],
        "other_authors": len(authors) - len(named),
        "framework_tags": [
            {
                "framework": slugs[tag_rows[t].framework_id],
                "code": tag_rows[t].code,
                "label": tag_rows[t].label,
            }
            for t in lesson_plans.tag_ids(db, plan_id)
        ],
        "versions": [
            {name: getattr(v, name) for name in ("number", "note", *SNAPSHOT, "saved_at")}
            for v in lesson_versions.versions(db, plan_id)
        ],
        "attachments": [
            {
                "name": a.name,
                "media_type": a.media_type,
                "sha256": a.sha256,
                "data": blobs.to_json(ATTACHMENTS.contents(db, a.id)),
            }
            for a in ATTACHMENTS.listing(db, plan_id)
        ],
    }


def export_plan(db: Database, plan_id: int, path: Path) -> dict[str, Any]:
    """Write the plan's share file (whole or not at all; readable as a handout is); return
    what it holds."""
    data = shared(db, plan_id)
    text = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    output_file.write(path, text + b"\n", database=db.path, mode=output_file.shared_mode())
    return data


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


@changes(Kind.LESSON_PLAN)
def import_plan(db: Database, path: Path, *, author_ids: Sequence[int] = ()) -> int:
    """Add the plan in ``path`` to this library; return its id.

    Its named authors who are teachers here (same name) become its authors, with
    ``author_ids`` added; the others are credited in "where it came from". A plan needs an
    author here, so a file whose authors are all unknown needs ``author_ids``.
    """
    data = _read(path)
    name = path.name
    try:
        plan_values = _checked(data, "plan", dict)
        values = {k: plan_values[k] for k in SHARED_FIELDS if k in plan_values}
        unknown = set(plan_values) - set(SHARED_FIELDS)
        if unknown:
            raise InvalidInput(
                f"the plan has a field '{sorted(unknown)[0]}' STEM Lead does not know"
            )
        credited, matched = _authors(db, _checked(data, "authors", list))
        matched += [int(a) for a in author_ids if int(a) not in matched]
        if not matched:
            raise ImportFailed(
                f"None of the authors in {name} is a teacher in this database, and a lesson plan "
                "needs an author here; name one (in the app, or with --author TEACHER_ID); "
                "nothing was imported."
            )
        if credited:
            note = f"Shared by {', '.join(credited)}"
            values["origin_note"] = "; ".join(x for x in (values.get("origin_note"), note) if x)[
                :500
            ]
        with db.transaction():
            plan_id = lesson_plans.add(db, author_ids=matched, **values)
            tag_ids, extra = _tags(db, _checked(data, "framework_tags", list))
            lesson_plans.set_tags(db, plan_id, tag_ids)
            if extra:
                free = lesson_plans.get(db, plan_id).tags
                lesson_plans.update(db, plan_id, tags=[*free, *extra])
            for version in _checked(data, "versions", list):
                _add_version(db, plan_id, version)
            for attachment in _checked(data, "attachments", list):
                _add_attachment(db, plan_id, attachment)
    except ImportFailed:
        raise
    except sqlite3.IntegrityError as exc:
        raise ImportFailed(
            f"{name} holds data that breaks the database's rules ({exc}); nothing was imported."
        ) from None
    except StemLeadError as exc:
        reason = " ".join(str(exc).split()).rstrip(".")
        raise ImportFailed(
            f"{name} cannot be imported: {reason[:300]}; nothing was imported."
        ) from None
    return plan_id


def needs_author(db: Database, path: Path) -> bool:
    """Whether none of the file's named authors is a teacher here (so importing it needs
    one named); ImportFailed for a file that is not a shared plan."""
    data = _read(path)
    try:
        return not _authors(db, _checked(data, "authors", list))[1]
    except InvalidInput as exc:
        raise ImportFailed(
            f"{path.name} cannot be imported: {exc}; nothing was imported."
        ) from None


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImportFailed(f"There is no file at {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFailed(f"{path.name} could not be read as text ({exc}).") from None
    try:
        data = import_check.read_json(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            f"{path.name} is not a complete JSON file (problem at line {exc.lineno}); "
            "nothing was imported."
        ) from None
    except InvalidInput:
        raise ImportFailed(f"{path.name} is nested too deeply; nothing was imported.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFailed(
            f"{path.name} is not a shared STEM Lead lesson plan; nothing was imported."
        )
    if not isinstance(data.get("format_version"), int) or data["format_version"] > FORMAT_VERSION:
        raise ImportFailed(
            f"{path.name} comes from a newer STEM Lead; update STEM Lead to import it."
        )
    return data


def _checked(data: dict[str, Any], key: str, kind: type) -> Any:
    value = data.get(key, kind())
    if not isinstance(value, kind):
        raise InvalidInput(f"'{key}' is not a {'list' if kind is list else 'set of fields'}")
    return value


def _authors(db: Database, listed: list[Any]) -> tuple[list[str], list[int]]:
    """(names credited in words, ids of the teachers here with those names)."""
    here: dict[str, int] = {}
    for teacher_id, teacher_name in db.query("SELECT id, name FROM teachers ORDER BY id"):
        here.setdefault(_name_key(teacher_name), teacher_id)
    credited, matched = [], []
    for author in listed:
        if not isinstance(author, dict) or not isinstance(author.get("name"), str):
            raise InvalidInput("an author has no name")
        found = here.get(_name_key(author["name"]))
        if found is not None:
            matched.append(found)
        elif author["name"].strip():
            credited.append(" ".join(author["name"].split())[:100])
    return credited, list(dict.fromkeys(matched))


def _tags(db: Database, listed: list[Any]) -> tuple[list[int], list[str]]:
    """Framework tags found here by framework and label; the rest become free tags."""
    slugs = {f.id: f.slug for f in tags.frameworks(db)}
    here = {(slugs[t.framework_id], t.label.casefold()): t.id for t in tags.list_tags(db)}
    ids, extra = [], []
    for tag in listed:
        if not isinstance(tag, dict) or not isinstance(tag.get("label"), str):
            raise InvalidInput("a framework tag has no label")
        found = here.get((str(tag.get("framework")), tag["label"].casefold()))
        if found is not None:
            ids.append(found)
        else:
            extra.append(tag["label"][:80])
    return ids, extra


def _add_version(db: Database, plan_id: int, raw: Any) -> None:
    allowed = {"number", "note", *SNAPSHOT, "saved_at"}
    if not isinstance(raw, dict) or not set(raw) <= allowed:
        raise InvalidInput("a version has fields STEM Lead does not know")
    records.insert(db, Version, {**raw, "plan_id": plan_id})


def _add_attachment(db: Database, plan_id: int, raw: Any) -> None:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise InvalidInput("an attachment has no name")
    try:
        data = blobs.from_json(raw.get("data"))
    except ValueError:
        data = None
    if not isinstance(data, bytes):
        raise InvalidInput(f"the attachment {raw['name']} is not a file's contents (base64)")
    if raw.get("sha256") not in (None, hashlib.sha256(data).hexdigest()):
        raise InvalidInput(f"the attachment {raw['name']} is damaged (its checksum differs)")
    ATTACHMENTS.add(db, plan_id, raw["name"], data)
