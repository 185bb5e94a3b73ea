"""Import contacts from a vCard or CSV file: see every person first — new, duplicate or
skipped, and why — and nothing is written until Import is pressed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from stemlead.core import contact_import
from stemlead.core.contact_import import DUPLICATE, NEW, SKIPPED, ContactImportPlan, PlannedContact
from stemlead.gui.dialogs.import_planning import Planner, PlanningDialog
from stemlead.gui.forms.ui_contact_import import Ui_ContactImport
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.style import mark

COLOURS = {DUPLICATE: "warning", SKIPPED: "error"}  # tones of gui/style.py
FILES = "Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;All files (*)"


def result_text(row: PlannedContact) -> str:
    if row.status == NEW:
        return f"New · adds partner “{row.partner}”" if row.new_partner else "New"
    label = "Duplicate" if row.status == DUPLICATE else "Skipped"
    return f"{label}: {row.reason}"


COLUMNS = (
    Column("Line", lambda row: str(row.line), lambda row: row.line),
    Column("Result", result_text),
    Column("Name", lambda row: row.name or "(no name)"),
    Column("Partner", lambda row: row.partner),
    Column("Role", lambda row: str(row.values.get("role", ""))),
    Column("Emails", lambda row: ", ".join(row.emails)),
    Column("Phones", lambda row: ", ".join(row.phones)),
)


class ContactImportDialog(PlanningDialog):
    """``partner_id``: the partner whose page it was opened from; people in the file with
    no organisation join it."""

    def __init__(
        self, session: Session, partner_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.partner_id = partner_id
        self.form = f = Ui_ContactImport()
        f.setupUi(self)
        self.plan: ContactImportPlan | None = None
        self.imported: list[int] = []
        self.model = RowsModel(COLUMNS, self, colour=lambda row: COLOURS.get(row.status, ""))
        f.preview.setModel(self.model)
        f.preview.verticalHeader().hide()
        f.preview.horizontalHeader().setStretchLastSection(True)
        f.choose.clicked.connect(self.choose)
        for box in (f.showNew, f.showDuplicates, f.showSkipped):
            box.toggled.connect(lambda _: self._filter())
        self.setup_planning()

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Choose a contacts file", str(Path.home()), FILES
        )
        if name:
            self.load(Path(name))

    def planner(self) -> Planner:
        partner_id = self.partner_id
        return lambda db, path, progress: contact_import.plan(
            db, path, partner_id=partner_id, progress=progress
        )

    def show_error(self, message: str) -> None:
        f = self.form
        f.summary.setText(message)
        mark(f.summary, "error", bool(message))
        self.model.set_rows([])
        f.notImported.clear()
        f.showNew.setText("&New")
        f.showDuplicates.setText("&Duplicates")
        f.showSkipped.setText("&Skipped")
        self.ok_button.setText("Import")

    def show_plan(self, plan: ContactImportPlan) -> None:
        f = self.form
        mark(f.summary, "error", False)
        new, duplicates, skipped = len(plan.new), len(plan.duplicates), len(plan.skipped)
        text = (
            f"{plan.source} ({plan.shape}, {plan.encoding}): "
            f"{new} new, {duplicates} duplicate(s), {skipped} skipped."
        )
        if plan.new_partners:
            text += f" New partners: {', '.join(plan.new_partners)}."
        f.summary.setText(text)
        f.notImported.setText(
            "Not imported from the file: " + ", ".join(plan.not_imported) + "."
            if plan.not_imported
            else ""
        )
        f.showNew.setText(f"&New ({new})")
        f.showDuplicates.setText(f"&Duplicates ({duplicates})")
        f.showSkipped.setText(f"&Skipped ({skipped})")
        self._filter()
        f.preview.resizeColumnsToContents()
        for column in range(len(COLUMNS) - 1):
            widest = 400 if COLUMNS[column].heading == "Result" else 220
            f.preview.setColumnWidth(column, min(f.preview.columnWidth(column), widest))
        self.ok_button.setEnabled(bool(new))
        self.ok_button.setText(f"Import {new}" if new else "Import")

    def _filter(self) -> None:
        """Show the people whose result is ticked."""
        if self.plan is None:
            return
        f = self.form
        shown = {NEW: f.showNew, DUPLICATE: f.showDuplicates, SKIPPED: f.showSkipped}
        ticked = {status for status, box in shown.items() if box.isChecked()}
        self.model.set_rows([row for row in self.plan.rows if row.status in ticked])

    def apply(self) -> None:
        if self.plan is None or not self.plan.new:
            return
        outcome = self.session.write(contact_import.apply, self.plan)
        if outcome.ok:
            self.imported = list(outcome.value or [])
            self.accept()
