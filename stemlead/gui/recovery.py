"""When the file goes wrong: damaged when it opens, or swapped while it is open.

A damaged file gets one sentence and the newest verified backup on offer (restoring keeps
the damaged file aside as it is). A file another program deleted, replaced or overwrote
gets one sentence, once, and an offer to save what is still open or to open what is there
now; nothing more is written to it either way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from stemlead import APP_NAME
from stemlead.core import maintenance
from stemlead.core.maintenance import BackupFile
from stemlead.errors import DamagedDatabase, DatabaseProblem, DatabaseSwapped, StemLeadError
from stemlead.gui import tasks
from stemlead.store import Database, open_database

if TYPE_CHECKING:
    from stemlead.gui.main_window import MainWindow

RESTORE, READ_ONLY, GIVE_UP = "restore", "read-only", "give up"


class DamagedDialog(QMessageBox):
    """Says the file is damaged and offers the newest backup that passes a check."""

    def __init__(
        self,
        path: Path,
        detail: str,
        backup: BackupFile | None,
        *,
        openable: bool,
        give_up: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(APP_NAME)
        self.setText(f"{path.name} is damaged, so STEM Lead cannot trust what it reads from it.")
        when = backup.made_at.strftime("%d %B %Y, %H:%M") if backup else ""
        self.setInformativeText(
            f"The newest backup that checks out is from {when}; restoring it keeps the "
            "damaged file aside, as it is, in the backups folder."
            if backup
            else f"There is no backup of it that checks out in {maintenance.backups_folder(path)}."
        )
        self.setDetailedText(f"SQLite says: {detail}")
        role = QMessageBox.ButtonRole
        self.restore_button = (
            self.addButton(f"Restore the newest verified backup ({when})", role.AcceptRole)
            if backup
            else None
        )
        self.read_only_button = (
            self.addButton("Open anyway, read-only", role.ActionRole) if openable else None
        )
        self.give_up_button = self.addButton(give_up, role.RejectRole)
        self.setDefaultButton(self.restore_button or self.give_up_button)

    def ask(self) -> str:
        self.exec()
        clicked = self.clickedButton()
        if self.restore_button is not None and clicked is self.restore_button:
            return RESTORE
        if self.read_only_button is not None and clicked is self.read_only_button:
            return READ_ONLY
        return GIVE_UP


def open_checked(
    path: Path, parent: QWidget | None, *, give_up: str = "Quit"
) -> tuple[Database, str] | None:
    """Open ``path`` for the window, with a note for the status line; when it is too
    damaged to open, say so and offer the newest verified backup (None: not opened)."""
    try:
        return open_database(path), ""
    except DamagedDatabase as exc:
        backup = maintenance.newest_verified_backup(path)
        dialog = DamagedDialog(
            path, exc.detail, backup, openable=False, give_up=give_up, parent=parent
        )
        if dialog.ask() != RESTORE or backup is None:
            return None
        try:
            restored = maintenance.restore_over(path, backup.path)
            return open_database(path), restored.describe()
        except StemLeadError as problem:
            QMessageBox.critical(parent, APP_NAME, str(problem))
            return None


def check_for_damage(window: MainWindow) -> None:
    """Right after the window shows, off the main thread (``quick_check`` reads every page:
    about 45 ms at demo scale 10); the daily backup follows when the file is sound."""
    session = window.session
    assert session is not None
    try:
        reader = session.db.reader()
    except StemLeadError as exc:  # the file was swapped under us already
        session.failed.emit(str(exc))
        return

    def done(problem: str | None) -> None:
        reader.close()
        if window.session is not session:
            return  # another file was opened meanwhile; it is checked on its own
        if problem is None:
            QTimer.singleShot(3000, window.backup_if_due)
        else:
            offer_backup(window, problem)

    def failed(message: str) -> None:
        reader.close()
        session.failed.emit(message)

    tasks.run_in_background(lambda: maintenance.find_damage(reader), done, failed)


def offer_backup(window: MainWindow, detail: str) -> None:
    """The open file turned out damaged: restore the newest verified backup into it, keep
    it open read-only, or quit."""
    session = window.session
    assert session is not None
    db = session.db
    backup = maintenance.newest_verified_backup(db.path)
    choice = DamagedDialog(
        db.path, detail, backup, openable=True, give_up="Quit", parent=window
    ).ask()
    if choice == RESTORE and backup is not None:
        outcome = session.write(maintenance.restore, backup.path)
        if outcome.ok and outcome.value is not None:
            session.saved.emit(outcome.value.describe())
    elif choice == READ_ONLY:
        refusal = DatabaseProblem(
            f"{db.path.name} is damaged, so STEM Lead opened it read-only and saves nothing; "
            "restore a backup with File → Restore."
        )
        db.refuse_writes(refusal)
        session.failed.emit(str(refusal))
    else:
        window.close()


def file_lost(window: MainWindow, exc: DatabaseSwapped) -> None:
    """Say once what another program did to the file, and offer a way on."""
    path = window.db.path
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, str(exc), parent=window)
    role = QMessageBox.ButtonRole
    save = None
    if exc.intact:
        box.setInformativeText(
            "What STEM Lead still has open can be saved to a file of your choosing, and "
            "opened from there."
        )
        save = box.addButton("Save what is open…", role.AcceptRole)
    reopen = box.addButton("Open what is there now", role.ActionRole) if path.exists() else None
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if save is not None and box.clickedButton() is save:
        save_what_is_open(window)
    elif reopen is not None and box.clickedButton() is reopen:
        window.reopen(path)


def save_what_is_open(window: MainWindow) -> None:
    path = window.db.path
    suggested = path if not path.exists() else path.with_name(f"{path.stem}-recovered.db")
    name, _ = QFileDialog.getSaveFileName(
        window, "Save what is open", str(suggested), "STEM Lead databases (*.db)"
    )
    if not name:
        return
    try:
        saved = maintenance.save_what_is_open(window.db, Path(name))
    except StemLeadError as problem:
        QMessageBox.critical(window, APP_NAME, str(problem))
        return
    if window.reopen(saved):
        assert window.session is not None
        window.session.saved.emit(f"Saved what was open to {saved}, and opened it")
