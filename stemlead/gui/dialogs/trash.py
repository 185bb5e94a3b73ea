"""Edit → Trash: everything deleted, newest first, ready to be put back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import trash
from stemlead.gui import fmt
from stemlead.gui.session import Session


class TrashDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Trash")
        self.setMinimumSize(520, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Deleted items stay here until you restore them."))
        self.entries = QListWidget()
        self.entries.setAccessibleName("Deleted items")
        self.entries.itemActivated.connect(lambda _: self.restore())
        layout.addWidget(self.entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        self.entries.clear()
        for entry in trash.entries(self.session.db):
            item = QListWidgetItem(
                f"{fmt.isolate(entry.label)} — {entry.kind}, "
                f"deleted {fmt.day_and_clock(entry.deleted_at)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.entries.addItem(item)
        self.restore_button.setEnabled(self.entries.count() > 0)
        if self.entries.count():
            self.entries.setCurrentRow(0)

    def restore(self) -> None:
        item = self.entries.currentItem()
        if item is not None and self.session.restore_from_trash(
            item.data(Qt.ItemDataRole.UserRole)
        ):
            self.fill()
