"""Import contacts from a vCard or CSV file: the import dialog with a person's columns and
the partner each one joins."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from stemlead.core import contact_import
from stemlead.core.contact_import import PlannedContact
from stemlead.core.progress import Progress
from stemlead.gui.dialogs.import_dialog import ImportDialog, ImportKind, result_column
from stemlead.gui.models import Column
from stemlead.gui.session import Session
from stemlead.store import Database


def _new_text(row: PlannedContact) -> str:
    return f"New · adds partner “{row.partner}”" if row.new_partner else "New"


COLUMNS = (
    Column("Line", lambda row: str(row.line), lambda row: row.line),
    result_column(_new_text),
    Column("Name", lambda row: row.name or "(no name)"),
    Column("Partner", lambda row: row.partner),
    Column("Role", lambda row: str(row.values.get("role", ""))),
    Column("Emails", lambda row: ", ".join(row.emails)),
    Column("Phones", lambda row: ", ".join(row.phones)),
)


def contacts(partner_id: int | None) -> ImportKind:
    """People in the file with no organisation join ``partner_id`` (None: no partner)."""

    def plan(db: Database, path: Path, progress: Progress) -> contact_import.ContactImportPlan:
        return contact_import.plan(db, path, partner_id=partner_id, progress=progress)

    return ImportKind(
        title="Import contacts",
        hint="Choose a vCard (.vcf) exported from Google Contacts, Apple Contacts or Outlook, or "
        "a Google or Outlook CSV export. Nothing is imported until you press Import.",
        choose_title="Choose a contacts file",
        file_types="Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;"
        "All files (*)",
        columns=COLUMNS,
        plan=plan,
        apply=contact_import.apply,
    )


class ContactImportDialog(ImportDialog):
    """``partner_id``: the partner whose page it was opened from; people in the file with
    no organisation join it."""

    def __init__(
        self, session: Session, partner_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, contacts(partner_id), parent)
        self.partner_id = partner_id
