"""vCard files: reading the ones Google, Apple and Outlook export (versions 2.1, 3.0 and
4.0) into plain :class:`~stemlead.core.contacts.Card` values, and writing vCard 3.0.

Reading: :mod:`vcard_lines` unfolds the file as it streams past (photos and other binary
values are read past, never kept), each card is handed on as soon as it ends, and each
content line is tokenised by ``vobject`` (parameters, Apple's ``item1.`` groups, vCard 2.1
quoted-printable), but values are decoded here: vobject 0.9 cuts a NOTE or TITLE at its
first unescaped comma (py-vobject/vobject#55), which Outlook and old phones write, and it
has no vCard 4.0 rules. A 4.0 content line has the 3.0 grammar (RFC 6350 §3.3), so 4.0
needs only a few things handled here: ``tel:``/``mailto:`` URIs (:mod:`contact_import`
takes those off), ``PREF=1`` to ``100``, ``KIND:org``/``group`` cards, and quoted
comma-separated ``TYPE`` lists.

Writing: vCard 3.0 rather than 4.0: Google Contacts, Apple Contacts, Outlook and phones all
import 3.0, while 4.0 is still read badly by some of them (Outlook for Windows and older
phones ignore or mangle it). 3.0 written as UTF-8 carries every script and emoji, which is
all 4.0 would add for the fields STEM Lead keeps. What is written reads back unchanged.
"""

from __future__ import annotations

import codecs
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from stemlead.core.contacts import Card, Contact, is_cjk, split_name
from stemlead.core.import_plan import Reading
from stemlead.core.vcard_lines import content_lines, pieces
from stemlead.errors import ImportFailed

SUFFIXES = (".vcf", ".vcard")
FOLD_OCTETS = 75
# vCard properties read into a card; the rest are listed in the report as not kept.
_USED = {"FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "ROLE", "NOTE", "KIND", "X-ABSHOWAS"}
_STRUCTURAL = {"VERSION", "PRODID", "UID", "REV", "X-ABLABEL", "CLIENTPIDMAP", "SOURCE"}
_PROPERTY_WORDS = {
    "ADR": "addresses",
    "ANNIVERSARY": "anniversaries",
    "BDAY": "birthdays",
    "CATEGORIES": "labels",
    "GENDER": "genders",
    "GEO": "map positions",
    "IMPP": "chat addresses",
    "KEY": "encryption keys",
    "LABEL": "address labels",
    "LANG": "languages",
    "LOGO": "logos",
    "NICKNAME": "nicknames",
    "PHOTO": "photos",
    "RELATED": "related people",
    "SOUND": "sounds",
    "TZ": "time zones",
    "URL": "web addresses",
}


# -- reading ---------------------------------------------------------------------------------


def is_vcard(path: Path, head: bytes) -> bool:
    """A vCard by its content (``BEGIN:VCARD``), whatever its name; a ``.vcf`` file that is
    not one is refused rather than read as a spreadsheet. ``head``: the file's first bytes."""
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    text = head.decode("utf-16", errors="ignore").encode("utf-8") if utf16 else head
    start = text.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start[:11].upper() == b"BEGIN:VCARD":
        if not utf16 and (b"\x00" in head or not _looks_like_text(head)):
            raise ImportFailed(f"{path.name} is not a text file, so it cannot be a vCard.")
        return True
    if path.suffix.lower() in SUFFIXES:
        if b"\x00" in text or not _looks_like_text(text):
            raise ImportFailed(
                f"{path.name} is not a text file, so it cannot be a vCard; export the contacts "
                "again as vCard (.vcf)."
            )
        raise ImportFailed(
            f"{path.name} is not a vCard file (it does not start with BEGIN:VCARD); "
            "nothing was imported."
        )
    return False


def _looks_like_text(head: bytes) -> bool:
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control <= len(head) // 100


def read(
    handle: BinaryIO, head: bytes, name: str, reading: Reading, report: Callable[[int], None]
) -> Iterator[Card]:
    """Each card of the vCard file open as ``handle`` (``head``: its first bytes, ``name``:
    its name in messages), read as the file streams past, photos skipped unread.
    ``reading`` is told the versions, the encoding and the properties not kept; ``report``
    how far into the file the reading is."""
    from vobject.base import VObjectError, textLineToContentLine  # type: ignore[import-untyped]

    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    reading.encoding = "UTF-16" if utf16 else "UTF-8"
    dropped: set[str] = set()
    lines = content_lines(pieces(handle, name, report), name, text=_USED, dropped=dropped)
    stack: list[tuple[str, int, list[Any]]] = []  # open BEGIN blocks: (name, line, lines)
    version = ""  # of the card being read
    versions: list[str] = []
    unused: set[str] = set()
    cards = 0
    n = 1
    try:
        for n, raw in lines:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                if version != "2.1":
                    raise ImportFailed(
                        f"{name} is not valid UTF-8 text (line {n} cannot be read); export the "
                        "contacts again as a vCard and try once more."
                    ) from None
                text = raw.decode("cp1252", errors="replace")  # old Outlook and phones
                reading.encoding = "Windows-1252"
            line = textLineToContentLine(text, n)
            value = str(line.value).strip().upper()
            if line.name == "BEGIN":
                if not stack:
                    version = ""
                stack.append((value, n, []))
            elif line.name == "END":
                if not stack or stack[-1][0] != value:
                    raise ImportFailed(
                        f"{name} is not a well-formed vCard file (line {n} ends a card that "
                        "was never begun); nothing was imported."
                    )
                block, begun, card = stack.pop()
                if block == "VCARD" and not stack:
                    cards += 1
                    version = _first_text(card, "VERSION", "3.0")
                    if version not in versions:
                        versions.append(version)
                    unused.update(
                        ln.name.upper()
                        for ln in card
                        if ln.name.upper() not in _USED | _STRUCTURAL
                        and not ln.name.upper().startswith("X-")
                    )
                    yield _card_from_lines(card, begun, version)
            elif stack:
                if line.name == "VERSION" and len(stack) == 1:
                    version = _text(line.value).strip()
                stack[-1][2].append(line)
    except VObjectError:
        raise ImportFailed(
            f"{name} is not a well-formed vCard file (line {n} is not a vCard line); "
            "nothing was imported."
        ) from None
    except (ValueError, LookupError, UnicodeError):
        raise ImportFailed(
            f"{name} has text in an encoding that cannot be read (line {n}); nothing was imported."
        ) from None
    if stack:
        raise ImportFailed(
            f"{name} is cut off: the card begun on line {stack[0][1]} never ends with "
            "END:VCARD; nothing was imported."
        )
    if not cards:
        raise ImportFailed(f"{name} holds no contact cards (BEGIN:VCARD); nothing was imported.")
    reading.shape = "vCard " + ", ".join(sorted(versions))
    unused.update(p for p in dropped if p not in _USED and not p.startswith("X-"))
    reading.not_imported = sorted(_PROPERTY_WORDS.get(p, p) for p in unused)


def _first_text(lines: list[Any], prop: str, default: str = "") -> str:
    for ln in lines:
        if ln.name.upper() == prop:
            return _text(ln.value)
    return default


def _text(value: Any, version: str = "3.0") -> str:
    """Undo vCard escaping of one text value: ``\\n`` is a new line, ``\\,`` a comma."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    value = str(value)
    if version == "2.1":  # 2.1 escapes only the separators
        return re.sub(r"\\([;,])", r"\1", value)
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str, separator: str) -> list[str]:
    """Split on ``separator`` where it is not escaped with a backslash."""
    parts, current, i = [], [], 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


def _types(line: Any) -> set[str]:
    found = {p.lower() for p in line.singletonparams}  # 2.1: TEL;CELL;PREF
    for value in line.params.get("TYPE", []):
        found.update(t.strip().lower() for t in str(value).split(","))
    return found


def _rank(line: Any) -> int:
    """Lower comes first: 4.0 ``PREF=1``, 3.0 ``TYPE=pref``, 2.1 ``PREF``."""
    pref = line.params.get("PREF")
    if pref:
        try:
            return int(pref[0])
        except ValueError:
            return 1
    return 1 if "pref" in _types(line) else 101


def _card_from_lines(lines: list[Any], line_number: int, version: str) -> Card:
    card = Card(line_number)
    by_name: dict[str, list[Any]] = {}
    for ln in lines:
        by_name.setdefault(ln.name.upper(), []).append(ln)

    def texts(prop: str) -> list[str]:
        found = sorted(by_name.get(prop, []), key=_rank)
        return [t for t in (_text(ln.value, version).strip() for ln in found) if t]

    names = texts("FN")
    card.name = " ".join(names[0].split()) if names else ""
    if not card.name and by_name.get("N"):
        card.name = _name_from_n(by_name["N"][0].value, version)
    card.emails = texts("EMAIL")
    card.phones = texts("TEL")
    card.notes = "\n\n".join(texts("NOTE"))
    department: list[str] = []
    if by_name.get("ORG"):
        parts = [_text(p, version).strip() for p in _split(str(by_name["ORG"][0].value), ";")]
        card.organisation = parts[0] if parts else ""
        department = [p for p in parts[1:] if p]
    role_parts: list[str] = []
    for part in [*texts("TITLE"), *texts("ROLE"), *department]:
        if part.casefold() not in (r.casefold() for r in role_parts):
            role_parts.append(part)
    card.role = ", ".join(role_parts)
    kind = (_first_text(lines, "KIND") or "individual").strip().lower()
    show_as = _first_text(lines, "X-ABSHOWAS").strip().upper()
    if kind in ("org", "organization") or show_as == "COMPANY":
        card.not_a_person = "a card for an organisation, not a person"
        if not card.organisation:
            card.organisation = card.name
    elif kind == "group":
        card.not_a_person = "a contact group, not a person"
    elif kind == "location":
        card.not_a_person = "a card for a place, not a person"
    return card


def _name_from_n(value: Any, version: str) -> str:
    """FN's stand-in: family;given;additional;prefix;suffix -> "prefix given additional
    family suffix", or family then given with no space for names in CJK scripts."""
    parts = [" ".join(_text(v, version).replace(",", " ").split()) for v in _split(str(value), ";")]
    parts += [""] * (5 - len(parts))
    family, given, additional, prefix, suffix = parts[:5]
    if family and given and is_cjk(family + given):
        return family + given
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


# -- writing ---------------------------------------------------------------------------------


def write(rows: Iterable[tuple[Contact, str]]) -> str:
    """Contacts, each with its partner's name, as one vCard 3.0 file's text (CRLF line
    ends, folded at 75 octets)."""
    return "".join(_card_text(contact, partner) for contact, partner in rows)


def _escape(text: str) -> str:
    """A vCard text value: every line break (CRLF, LF or a lone CR, which text loaded from
    a JSON file can hold) becomes ``\\n``, so a value never ends its content line early."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > FOLD_OCTETS:
            parts.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += octets
    parts.append("".join(current))
    return "\r\n".join(parts) + "\r\n"


def _card_text(contact: Contact, partner: str) -> str:
    given, family = split_name(contact.name)
    stamp = uuid.uuid5(uuid.NAMESPACE_URL, f"stemlead:contact:{contact.id}:{contact.created_at}")
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//STEM Lead//Contacts//EN",
        f"UID:urn:uuid:{stamp}",
        f"FN:{_escape(contact.name)}",
        f"N:{_escape(family)};{_escape(given)};;;",
    ]
    if partner:
        lines.append(f"ORG:{_escape(partner)}")
    if contact.role:
        lines.append(f"TITLE:{_escape(contact.role)}")
    for n, email in enumerate(contact.emails):
        lines.append(f"EMAIL;TYPE=INTERNET{',PREF' if n == 0 else ''}:{_escape(email)}")
    for n, phone in enumerate(contact.phones):
        lines.append(f"TEL;TYPE=VOICE{',PREF' if n == 0 else ''}:{_escape(phone)}")
    if contact.notes:
        lines.append(f"NOTE:{_escape(contact.notes)}")
    if contact.updated_at:
        moment = datetime.fromisoformat(contact.updated_at).astimezone(UTC)
        lines.append(f"REV:{moment.strftime('%Y%m%dT%H%M%SZ')}")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)
