"""Import teachers from a CSV roster: the import dialog with a roster's columns."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from stemlead.core import teacher_import
from stemlead.gui.dialogs.import_dialog import ImportDialog, ImportKind, result_column
from stemlead.gui.models import Column
from stemlead.gui.session import Session


def _value(key: str, heading: str = "") -> Column:
    return Column(
        heading or key.replace("_", " ").title(), lambda row: str(row.values.get(key, ""))
    )


TEACHERS = ImportKind(
    title="Import teachers from a CSV file",
    hint="Choose a CSV exported from Excel or Google Sheets. Nothing is imported until you "
    "press Import.",
    choose_title="Choose a teacher roster",
    file_types="Spreadsheets (*.csv *.txt *.tsv);;All files (*)",
    columns=(
        Column("Line", lambda row: str(row.line), lambda row: row.line),
        Column("Name", lambda row: row.name),
        _value("email"),
        _value("school"),
        _value("grade_band", "Grades"),
        _value("subjects"),
        result_column(),
    ),
    plan=lambda db, path, progress: teacher_import.plan(db, path, progress=progress),
    apply=teacher_import.apply,
)


class TeacherImportDialog(ImportDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, TEACHERS, parent)
