"""Importing contacts from the address books people really have: vCard files exported by
Google, Apple and Outlook (versions 2.1, 3.0 and 4.0), and Google or Outlook CSV exports.

As with teachers, reading and writing are separate steps: :func:`plan` reads the file and
decides, row by row, whether the person is new, a duplicate (an email already in STEM Lead
or earlier in the same file) or skipped, and why; nothing is written. :func:`apply` then
writes the plan in one transaction, creating a partner for each organisation not yet known.

vCard files are unfolded by :mod:`vcard_lines` as they stream past (photos and other
binary values are read past, never kept), each card is planned as soon as it ends, and
each content line is tokenised by ``vobject`` (parameters, Apple's ``item1.`` groups,
vCard 2.1 quoted-printable), but values are decoded here: vobject 0.9 cuts a NOTE
or TITLE at its first unescaped comma (py-vobject/vobject#55), which Outlook and old phones
write, and it has no vCard 4.0 rules. A 4.0 content line has the 3.0 grammar (RFC 6350
§3.3), so 4.0 needs only a few things handled here: ``tel:``/``mailto:`` URIs, ``PREF=1``
to ``100``, ``KIND:org``/``group`` cards, and quoted comma-separated ``TYPE`` lists.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from stemlead.core import contacts, partners, records
from stemlead.core.changes import Kind, changes
from stemlead.core.contacts import Contact
from stemlead.core.progress import Progress, reporter
from stemlead.core.table_files import header_key, opened, read_table, unguard
from stemlead.core.vcard_lines import VCARD_MAX_BYTES, content_lines, pieces
from stemlead.errors import ImportFailed, InvalidInput
from stemlead.store import Database

NEW, DUPLICATE, SKIPPED = "new", "duplicate", "skipped"
VCARD_SUFFIXES = (".vcf", ".vcard")

# vCard properties read into a contact; the rest are listed in the report as not kept.
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


@dataclass
class PlannedContact:
    line: int  # where the card or row starts in the file
    values: dict[str, Any]  # name, role, emails, phones, notes: what would be stored
    partner: str = ""  # the organisation it goes to, by name ("" for none)
    partner_id: int | None = None  # an existing partner, or None
    new_partner: bool = False  # the organisation will be added as a partner
    status: str = NEW
    reason: str = ""

    @property
    def name(self) -> str:
        return str(self.values.get("name", ""))

    @property
    def emails(self) -> list[str]:
        return list(self.values.get("emails", []))

    @property
    def phones(self) -> list[str]:
        return list(self.values.get("phones", []))


@dataclass
class ContactImportPlan:
    source: str
    shape: str  # "vCard 3.0", "Google Contacts CSV", ...
    encoding: str
    rows: list[PlannedContact] = field(default_factory=list)
    new_partners: list[str] = field(default_factory=list)
    not_imported: list[str] = field(default_factory=list)  # columns or vCard properties

    @property
    def new(self) -> list[PlannedContact]:
        return [r for r in self.rows if r.status == NEW]

    @property
    def duplicates(self) -> list[PlannedContact]:
        return [r for r in self.rows if r.status == DUPLICATE]

    @property
    def skipped(self) -> list[PlannedContact]:
        return [r for r in self.rows if r.status == SKIPPED]


# -- the two steps ---------------------------------------------------------------------------


def plan(
    db: Database,
    path: Path,
    *,
    partner_id: int | None = None,
    progress: Progress | None = None,
) -> ContactImportPlan:
    """Read ``path`` (a vCard or CSV file) and decide each person; nothing is written.

    ``partner_id``: where people with no organisation go (the partner page's import).
    ``progress`` is told how far into the file the planning has got, and may raise to stop.
    """
    path = Path(path)
    result = ContactImportPlan(path.name, "", "")
    with opened(path, VCARD_MAX_BYTES) as handle:
        head = handle.read(4096)
        if len(head) < 4096 and not head.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
            raise ImportFailed(f"{path.name} is empty; nothing was imported.")
        vcard = is_vcard(path, head)
        if vcard:
            report = reporter(progress, os.fstat(handle.fileno()).st_size)
            _decide(db, result, _read_vcards(handle, head, path.name, result, report), partner_id)
    if not vcard:
        _decide(db, result, _read_csv(path, result, progress), partner_id)
    if not result.rows:
        raise ImportFailed(f"{path.name} holds no contacts; nothing was imported.")
    return result


@changes(Kind.CONTACT, Kind.PARTNER)
def apply(db: Database, import_plan: ContactImportPlan) -> list[int]:
    """Add every new person in the plan, and the partners they need, in one transaction;
    return the new contacts' ids. Someone added meanwhile with the same email is left out."""
    created: list[int] = []
    with db.transaction():
        by_name = partners.ids_by_name(db)
        known = contacts.email_index(db)
        for row in import_plan.new:
            clash = next((e for e in row.emails if e.lower() in known), None)
            if clash is not None:
                row.status, row.reason = DUPLICATE, _known_reason(known[clash.lower()][1])
                continue
            partner_id = row.partner_id
            if row.new_partner:
                key = partners.name_key(row.partner)
                partner_id = by_name.get(key)
                if partner_id is None:
                    partner_id = partners.add(
                        db, name=row.partner, kind=guess_kind(row.partner, row.emails)
                    )
                    by_name[key] = partner_id
            contact_id = records.insert(db, Contact, {**row.values, "partner_id": partner_id})
            for email in row.emails:
                known[email.lower()] = (contact_id, row.name)
            created.append(contact_id)
    return created


def report(import_plan: ContactImportPlan, *, applied: bool = False) -> str:
    """A short plain-text account of an import, for the command line."""
    p = import_plan
    verb = "Imported" if applied else "Would import"
    lines = [f"{verb} {len(p.new)} contact(s) from {p.source} ({p.shape}, {p.encoding})."]
    if p.new_partners:
        added = "Added" if applied else "Would add"
        lines.append(
            f"{added} {len(p.new_partners)} partner(s): " + ", ".join(p.new_partners) + "."
        )
    for title, rows in (
        ("Duplicates, not imported", p.duplicates),
        ("Skipped", p.skipped),
    ):
        if rows:
            lines.append(f"{title}: {len(rows)}")
            lines += [f"  line {r.line}: {r.name or '(no name)'} — {r.reason}" for r in rows]
    if p.not_imported:
        lines.append("Not imported from the file: " + ", ".join(p.not_imported) + ".")
    return "\n".join(lines)


def guess_kind(organisation: str, emails: list[str]) -> str:
    """A first guess at a new partner's type from its name and email domains (the coach
    can change it); ``other`` when nothing is telling."""
    name = organisation.casefold()
    domains = [e.rsplit("@", 1)[-1].casefold() for e in emails if "@" in e]
    if any(d.endswith(".edu") for d in domains) or re.search(
        r"\b(university|college|universidad|université|institute of technology)\b", name
    ):
        return "higher_ed"
    if re.search(r"\b(museum|science cent(er|re)|zoo|aquarium|planetarium|nature cent)", name):
        return "museum"
    if any(d.endswith(".gov") for d in domains) or re.search(
        r"\b(city of|county|department of)\b", name
    ):
        return "government"
    return "other"


# -- deciding each row -----------------------------------------------------------------------


@dataclass
class _Person:
    line: int
    name: str = ""
    role: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    notes: str = ""
    organisation: str = ""
    not_a_person: str = ""  # why the card is not a person (an organisation's own card)


def _decide(
    db: Database, result: ContactImportPlan, people: Iterable[_Person], default_partner: int | None
) -> None:
    known = contacts.email_index(db)
    by_name = partners.ids_by_name(db)
    default_name = partners.get(db, default_partner).name if default_partner else ""
    seen: dict[str, int] = {}  # email -> line in this file
    adding: set[str] = set()  # name keys of the organisations that will become partners
    for person in people:
        emails = list(dict.fromkeys(_clean_email(e) for e in person.emails if _clean_email(e)))
        emails = [e for i, e in enumerate(emails) if e.lower() not in map(str.lower, emails[:i])]
        values: dict[str, Any] = {
            "name": person.name,
            "role": person.role,
            "emails": emails,
            "phones": list(dict.fromkeys(p for p in (_clean_phone(p) for p in person.phones) if p)),
            "notes": person.notes,
        }
        row = PlannedContact(person.line, values)
        result.rows.append(row)
        organisation = " ".join(person.organisation.split())
        if organisation:
            row.partner = organisation
            row.partner_id = by_name.get(partners.name_key(organisation))
            row.new_partner = row.partner_id is None
        elif default_partner:
            row.partner, row.partner_id = default_name, default_partner
        clash = next((e for e in emails if e.lower() in known), None)
        earlier = next((e for e in emails if e.lower() in seen), None)
        if person.not_a_person:
            row.status, row.reason = SKIPPED, person.not_a_person
        elif not " ".join(person.name.split()):
            row.status, row.reason = SKIPPED, "no name"
        elif clash is not None:
            row.status, row.reason = DUPLICATE, _known_reason(known[clash.lower()][1])
        elif earlier is not None:
            row.status = DUPLICATE
            row.reason = f"same email as line {seen[earlier.lower()]} of this file"
        else:
            row.reason = _invalid(db, values, organisation if row.new_partner else "")
            row.status = SKIPPED if row.reason else NEW
        if row.status == NEW:
            for email in emails:
                seen.setdefault(email.lower(), row.line)
            if row.new_partner and partners.name_key(row.partner) not in adding:
                adding.add(partners.name_key(row.partner))
                result.new_partners.append(row.partner)


def _invalid(db: Database, values: dict[str, Any], new_organisation: str) -> str:
    """Why a person (or the partner their organisation would become) cannot be stored."""
    try:
        records.validated(db, Contact, values)
    except InvalidInput as exc:
        return str(exc).rstrip(".")
    if new_organisation:
        try:
            records.validated(db, partners.Partner, {"name": new_organisation})
        except InvalidInput as exc:
            return "organisation: " + str(exc).rstrip(".").replace("Name ", "its name ", 1)
    return ""


def _known_reason(name: str) -> str:
    return f"same email as “{name}”, already in STEM Lead"


def _clean_email(text: str) -> str:
    text = text.strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip()


def _clean_phone(text: str) -> str:
    text = " ".join(text.split())
    if text.lower().startswith("tel:"):
        text = text[4:]
        number, _, params = text.partition(";")
        ext = re.search(r"(?i)\bext=([^;]+)", params)
        text = number + (f" ext. {ext.group(1)}" if ext else "")
    return text.strip()


# -- reading the file ------------------------------------------------------------------------


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
    if path.suffix.lower() in VCARD_SUFFIXES:
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


def _read_vcards(
    handle: BinaryIO,
    head: bytes,
    name: str,
    result: ContactImportPlan,
    report: Callable[[int], None],
) -> Iterator[_Person]:
    """Each card as a person, read as the file streams past (photos skipped unread)."""
    from vobject.base import VObjectError, textLineToContentLine  # type: ignore[import-untyped]

    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    result.encoding = "UTF-16" if utf16 else "UTF-8"
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
                result.encoding = "Windows-1252"
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
                    yield _person_from_card(card, begun, version)
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
    result.shape = "vCard " + ", ".join(sorted(versions))
    unused.update(p for p in dropped if p not in _USED and not p.startswith("X-"))
    result.not_imported = sorted(_PROPERTY_WORDS.get(p, p) for p in unused)


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


def _person_from_card(lines: list[Any], line_number: int, version: str) -> _Person:
    person = _Person(line_number)
    by_name: dict[str, list[Any]] = {}
    for ln in lines:
        by_name.setdefault(ln.name.upper(), []).append(ln)

    def texts(prop: str) -> list[str]:
        found = sorted(by_name.get(prop, []), key=_rank)
        return [t for t in (_text(ln.value, version).strip() for ln in found) if t]

    names = texts("FN")
    person.name = " ".join(names[0].split()) if names else ""
    if not person.name and by_name.get("N"):
        person.name = _name_from_n(by_name["N"][0].value, version)
    person.emails = texts("EMAIL")
    person.phones = texts("TEL")
    person.notes = "\n\n".join(texts("NOTE"))
    department: list[str] = []
    if by_name.get("ORG"):
        parts = [_text(p, version).strip() for p in _split(str(by_name["ORG"][0].value), ";")]
        person.organisation = parts[0] if parts else ""
        department = [p for p in parts[1:] if p]
    role_parts: list[str] = []
    for part in [*texts("TITLE"), *texts("ROLE"), *department]:
        if part.casefold() not in (r.casefold() for r in role_parts):
            role_parts.append(part)
    person.role = ", ".join(role_parts)
    kind = (_first_text(lines, "KIND") or "individual").strip().lower()
    show_as = _first_text(lines, "X-ABSHOWAS").strip().upper()
    if kind in ("org", "organization") or show_as == "COMPANY":
        person.not_a_person = "a card for an organisation, not a person"
        if not person.organisation:
            person.organisation = person.name
    elif kind == "group":
        person.not_a_person = "a contact group, not a person"
    elif kind == "location":
        person.not_a_person = "a card for a place, not a person"
    return person


def _name_from_n(value: Any, version: str) -> str:
    """FN's stand-in: family;given;additional;prefix;suffix -> "prefix given additional
    family suffix", or family then given with no space for names in CJK scripts."""
    parts = [" ".join(_text(v, version).replace(",", " ").split()) for v in _split(str(value), ";")]
    parts += [""] * (5 - len(parts))
    family, given, additional, prefix, suffix = parts[:5]
    if family and given and _is_cjk(family + given):
        return family + given
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


def _is_cjk(text: str) -> bool:
    return all(
        unicodedata.name(c, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))
        for c in text
        if not c.isspace()
    )


# -- CSV exports -----------------------------------------------------------------------------

_NAME = {"name", "fullname", "displayname", "contactname", "contact", "person"}
_FIRST = {"firstname", "givenname", "first", "forename"}
_MIDDLE = {"middlename", "additionalname"}
_LAST = {"lastname", "familyname", "surname", "last"}
_ORG = {
    "company",
    "companyname",
    "organization",
    "organisation",
    "organizationname",
    "organisationname",
    "organization1name",
    "org",
    "employer",
    "partner",
}
_DEPARTMENT = {"department", "organizationdepartment", "organization1department"}
_JOB = {"jobtitle", "organizationtitle", "organization1title", "role", "position"}
_NOTES = {"notes", "note", "comments"}
_EMAIL = re.compile(r"(?:work|home|other|business|personal|primary)?e?mail\d*(?:address|value)?\d*")
_PHONE = re.compile(
    r"(?:(?:business|home|mobile|cell|work|other|primary|car|companymain|main|radio|callback)?"
    r"(?:phone|telephone|tel)\d*(?:value)?\d*|mobile|cell)"
)


def _csv_target(key: str, has_job_title: bool) -> str | None:
    for target, keys in (
        ("name", _NAME),
        ("first", _FIRST),
        ("middle", _MIDDLE),
        ("last", _LAST),
        ("organisation", _ORG),
        ("department", _DEPARTMENT),
        ("role", _JOB),
        ("notes", _NOTES),
    ):
        if key in keys:
            return target
    if key == "title" and not has_job_title:  # Outlook's "Title" is Mr./Dr.
        return "role"
    if _EMAIL.fullmatch(key):
        return "emails"
    if _PHONE.fullmatch(key):
        return "phones"
    return None


def _read_csv(
    path: Path, result: ContactImportPlan, progress: Progress | None
) -> Iterator[_Person]:
    table = read_table(path, progress)
    keys = [header_key(h) for h in table.header]
    has_job_title = any(k in _JOB for k in keys)
    columns: dict[str, list[int]] = {}
    ignored = []
    for position, (heading, key) in enumerate(zip(table.header, keys, strict=True)):
        target = _csv_target(key, has_job_title)
        if target is None:
            if heading:
                ignored.append(heading)
        elif target in ("emails", "phones") or target not in columns:
            columns.setdefault(target, []).append(position)
        else:
            ignored.append(heading)
    if "name" not in columns and "first" not in columns and "last" not in columns:
        found = ", ".join(h for h in table.header if h) or "no headings"
        raise ImportFailed(
            f"{path.name} has no Name column (or First Name and Last Name), so it is not a "
            f"contacts export; its headings are: {found}."
        )
    separated = {",": "comma", ";": "semicolon"}.get(table.delimiter, table.delimiter)
    result.encoding = f"{table.encoding}, {separated}-separated"
    result.shape = _csv_shape(keys)
    result.not_imported = ignored
    for line, cells in table.rows:

        def cell(target: str, cells: list[str] = cells) -> list[str]:
            return [
                unguard(cells[i]) for i in columns.get(target, []) if i < len(cells) and cells[i]
            ]

        def first(target: str) -> str:
            found = cell(target)
            return found[0] if found else ""

        name = first("name") or _join_name(first("first"), first("middle"), first("last"))
        role = ", ".join(p for p in (first("role"), first("department")) if p)
        yield _Person(
            line,
            name=" ".join(name.split()),
            role=role,
            emails=[e for c in cell("emails") for e in re.split(r"\s*(?::::|;|,)\s*", c)],
            phones=[p for c in cell("phones") for p in re.split(r"\s*(?::::|;)\s*", c)],
            notes=first("notes"),
            organisation=first("organisation"),
        )


def _join_name(given: str, middle: str, family: str) -> str:
    if given and family and not middle and _is_cjk(family + given):
        return family + given  # 王 + 小明 -> 王小明
    return " ".join(p for p in (given, middle, family) if p)


def _csv_shape(keys: list[str]) -> str:
    if "email1value" in keys or "organization1name" in keys or "organizationname" in keys:
        return "Google Contacts CSV"
    if "emailaddress" in keys and ("businessphone" in keys or "email2address" in keys):
        return "Outlook CSV"
    return "CSV"
