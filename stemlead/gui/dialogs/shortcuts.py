"""Help → Keyboard shortcuts: every action's keys, read from the actions themselves."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from stemlead.gui.forms.ui_shortcuts import Ui_ShortcutsDialog

# Shortcuts that belong to one screen rather than to a menu action.
SCREEN_SHORTCUTS = (
    ("Observation", "Enter", "Save the evidence line with its time"),
    (
        "Observation",
        "Ctrl+1 / 2 / 3 / 4",
        "Next line is evidence / a strength / student "
        "thinking / a wondering (or re-mark the selected line)",
    ),
    ("Observation", "Ctrl+Up", "Give the last line the chosen kind"),
    ("Observation", "Ctrl+Shift+Enter", "End the visit"),
    ("Observation", "Delete", "Delete the selected line (undo with Ctrl+Shift+Z)"),
    ("Observation", "Ctrl+Shift+S", "Go to the next steps (type one, Enter adds it)"),
    ("Observation", "Ctrl+Shift+P", "Go to the private notes"),
    ("Teacher", "Enter / Delete", "Correct / delete the selected coaching log entry"),
    ("Coaching cycle", "Ctrl+T", "Add the minutes to the time log"),
    ("Coaching cycle", "Alt+Shift+→ / ←", "Move to the next / previous stage"),
    ("Lists", "Ctrl+F", "Filter the list"),
    ("Lists", "Ctrl+N", "New item in this section"),
    ("Lists", "Delete", "Delete the selected teacher (undo with Ctrl+Shift+Z)"),
    ("Anywhere", "Esc", "Back from a page to its list"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ShortcutsDialog()
        f.setupUi(self)
        f.buttons.rejected.connect(self.reject)
        rows = [
            (
                "Menu",
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                a.text().replace("&", "").rstrip("…"),
            )
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        rows += SCREEN_SHORTCUTS
        f.table.setColumnCount(3)
        f.table.setHorizontalHeaderLabels(("Where", "Keys", "Does"))
        f.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                f.table.setItem(r, c, QTableWidgetItem(text))
        f.table.resizeColumnsToContents()
