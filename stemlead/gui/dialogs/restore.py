"""Restore: the automatic backups with their dates, or any backup file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from stemlead.core import maintenance
from stemlead.gui import fmt
from stemlead.gui.forms.ui_restore import Ui_Restore
from stemlead.store import Database

REASONS = {"daily": "daily", "manual": "made by you", "before-restore": "before a restore"}


class RestoreDialog(QDialog):
    """Chooses a backup; the caller restores it (``chosen``)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = f = Ui_Restore()
        f.setupUi(self)
        self.chosen: Path | None = None
        for backup in maintenance.backups(db):
            reason = REASONS.get(backup.reason, backup.reason.replace("-", " "))
            when = fmt.day_and_clock(backup.made_at.isoformat(timespec="minutes"))
            item = QListWidgetItem(f"{when} — {reason} · {backup.size / 1_000_000:.1f} MB")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            f.backups.addItem(item)
        f.folder.setText(f"Backups are kept in {maintenance.backups_folder(db.path)}")
        f.folder.setProperty("muted", True)
        f.restore.setEnabled(f.backups.count() > 0)
        if f.backups.count():
            f.backups.setCurrentRow(0)
        f.backups.itemActivated.connect(lambda _: self._choose_selected())
        f.restore.clicked.connect(self._choose_selected)
        f.cancel.clicked.connect(self.reject)
        f.other.clicked.connect(self._choose_file)
        self.start_folder = str(maintenance.backups_folder(db.path))

    def _choose_selected(self) -> None:
        item = self.form.backups.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Restore from a backup",
            self.start_folder,
            "STEM Lead databases (*.db);;All files (*)",
        )
        if name:
            self.chosen = Path(name)
            self.accept()
