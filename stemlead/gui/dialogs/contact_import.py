"""Import contacts from a vCard or CSV file: see every person first — new, duplicate or
skipped, and why — and nothing is written until Import is pressed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTableWidgetItem, QWidget

from stemlead.core import contact_import
from stemlead.core.contact_import import DUPLICATE, NEW, SKIPPED, PlannedContact
from stemlead.errors import StemLeadError
from stemlead.gui.forms.ui_contact_import import Ui_ContactImport
from stemlead.gui.session import Session
from stemlead.gui.style import brush, mark

COLUMNS = ("Line", "Result", "Name", "Partner", "Role", "Emails", "Phones")
COLOURS = {DUPLICATE: "warning", SKIPPED: "error"}  # tones of gui/style.py
FILES = "Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;All files (*)"


class ContactImportDialog(QDialog):
    """``partner_id``: the partner whose page it was opened from; people in the file with
    no organisation join it."""

    def __init__(
        self, session: Session, partner_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.partner_id = partner_id
        self.form = f = Ui_ContactImport()
        f.setupUi(self)
        self.plan: contact_import.ContactImportPlan | None = None
        self.imported: list[int] = []
        f.choose.clicked.connect(self.choose)
        f.buttons.accepted.connect(self.apply)
        f.buttons.rejected.connect(self.reject)
        for box in (f.showNew, f.showDuplicates, f.showSkipped):
            box.toggled.connect(lambda _: self._filter())
        self.ok_button = f.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Import")
        self.ok_button.setEnabled(False)
        f.preview.setColumnCount(len(COLUMNS))
        f.preview.setHorizontalHeaderLabels(COLUMNS)
        f.preview.verticalHeader().hide()
        f.preview.horizontalHeader().setStretchLastSection(True)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Choose a contacts file", str(Path.home()), FILES
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        f = self.form
        f.file.setText(str(path))
        try:
            self.plan = contact_import.plan(self.session.db, path, partner_id=self.partner_id)
        except StemLeadError as exc:
            self.plan = None
            f.summary.setText(str(exc))
            mark(f.summary, "error")
            f.preview.setRowCount(0)
            f.notImported.clear()
            f.showNew.setText("&New")
            f.showDuplicates.setText("&Duplicates")
            f.showSkipped.setText("&Skipped")
            self.ok_button.setEnabled(False)
            self.ok_button.setText("Import")
            return
        mark(f.summary, "error", False)
        plan = self.plan
        counts = (
            f"{len(plan.new)} new, {len(plan.duplicates)} duplicate(s), {len(plan.skipped)} skipped"
        )
        text = f"{plan.source} ({plan.shape}, {plan.encoding}): {counts}."
        if plan.new_partners:
            text += f" New partners: {', '.join(plan.new_partners)}."
        f.summary.setText(text)
        f.notImported.setText(
            "Not imported from the file: " + ", ".join(plan.not_imported) + "."
            if plan.not_imported
            else ""
        )
        f.showNew.setText(f"&New ({len(plan.new)})")
        f.showDuplicates.setText(f"&Duplicates ({len(plan.duplicates)})")
        f.showSkipped.setText(f"&Skipped ({len(plan.skipped)})")
        f.preview.setRowCount(len(plan.rows))
        for r, row in enumerate(plan.rows):
            cells = (
                str(row.line),
                result_text(row),
                row.name or "(no name)",
                row.partner,
                str(row.values.get("role", "")),
                ", ".join(row.emails),
                ", ".join(row.phones),
            )
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                if row.status in COLOURS:
                    item.setForeground(brush(COLOURS[row.status]))
                f.preview.setItem(r, c, item)
        f.preview.resizeColumnsToContents()
        for column in range(len(COLUMNS) - 1):
            widest = 400 if COLUMNS[column] == "Result" else 220
            f.preview.setColumnWidth(column, min(f.preview.columnWidth(column), widest))
        self._filter()
        self.ok_button.setEnabled(bool(plan.new))
        self.ok_button.setText(f"Import {len(plan.new)}" if plan.new else "Import")

    def _filter(self) -> None:
        if self.plan is None:
            return
        f = self.form
        shown = {NEW: f.showNew, DUPLICATE: f.showDuplicates, SKIPPED: f.showSkipped}
        for r, row in enumerate(self.plan.rows):
            f.preview.setRowHidden(r, not shown[row.status].isChecked())

    def apply(self) -> None:
        if self.plan is None or not self.plan.new:
            return
        outcome = self.session.write(contact_import.apply, self.plan)
        if outcome.ok:
            self.imported = list(outcome.value or [])
            self.accept()


def result_text(row: PlannedContact) -> str:
    if row.status == NEW:
        return f"New · adds partner “{row.partner}”" if row.new_partner else "New"
    label = "Duplicate" if row.status == DUPLICATE else "Skipped"
    return f"{label}: {row.reason}"
