"""A lesson plan's files: kept inside the database, listed without their bytes, opened
with the system's viewer from a private copy, saved elsewhere, removed with undo."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog

from stemlead.core.attachments import size_text
from stemlead.core.lesson_plans import ATTACHMENT_LIMIT, ATTACHMENTS
from stemlead.gui.views.partner_tab import current_id, fill_list

if TYPE_CHECKING:
    from stemlead.gui.views.lesson_plan_page import LessonPlanPage

_COPIES: list[Path] = []  # private folders of the copies opened this session


@atexit.register
def _remove_copies() -> None:
    for folder in _COPIES:
        shutil.rmtree(folder, ignore_errors=True)


class PlanFiles:
    def __init__(self, page: LessonPlanPage) -> None:
        self.page = page
        self.session = page.session
        f = self.form = page.form
        f.filesHint.setText(f"{f.filesHint.text()} Up to {size_text(ATTACHMENT_LIMIT)} each.")
        f.addFile.clicked.connect(self.choose)
        f.openFile.clicked.connect(self.open_selected)
        f.saveFile.clicked.connect(self.save_selected)
        f.removeFile.clicked.connect(self.remove_selected)
        f.files.itemActivated.connect(lambda _: self.open_selected())
        delete = QShortcut(QKeySequence.StandardKey.Delete, f.files, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def forget(self) -> None:
        self.form.files.clear()

    def fill(self) -> int:
        plan_id = self.page.plan_id
        found = ATTACHMENTS.listing(self.session.db, plan_id) if plan_id else []
        fill_list(
            self.form.files,
            [(f"{a.name} · {size_text(a.size)} · {_kind(a.media_type)}", a.id) for a in found],
            current_id(self.form.files),
        )
        if found and current_id(self.form.files) is None:
            self.form.files.setCurrentRow(0)
        for button in (self.form.openFile, self.form.saveFile, self.form.removeFile):
            button.setEnabled(bool(found))
        return len(found)

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.page, "Add files to the lesson plan", str(Path.home()), "All files (*)"
        )
        self.add_paths(Path(n) for n in names)

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Copy each file into the database (one sentence in the status line for each that
        cannot be kept: empty, too big, unreadable)."""
        plan_id = self.page.plan_id
        if plan_id is None:
            return
        added = None
        for path in paths:
            outcome = self.session.write(ATTACHMENTS.add_file, plan_id, path)
            added = outcome.value if outcome.ok else added
        if added is not None:
            self.page.reload()
            for row in range(self.form.files.count()):
                if self.form.files.item(row).data(Qt.ItemDataRole.UserRole) == added:
                    self.form.files.setCurrentRow(row)

    def open_selected(self) -> None:
        """Open a private copy with the system's viewer (the copy is removed on quitting)."""
        attachment_id = current_id(self.form.files)
        if attachment_id is None:
            return
        db = self.session.db
        attachment = ATTACHMENTS.get(db, attachment_id)
        folder = Path(tempfile.mkdtemp(prefix="stemlead-file-"))
        _COPIES.append(folder)
        copy = ATTACHMENTS.save_copy(db, attachment_id, folder / _safe(attachment.name))
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            self.session.say(
                f"No program on this computer opens {attachment.name}; use “Save a copy…”.",
                error=True,
            )

    def save_selected(self) -> None:
        attachment_id = current_id(self.form.files)
        if attachment_id is None:
            return
        name = ATTACHMENTS.get(self.session.db, attachment_id).name
        target, _ = QFileDialog.getSaveFileName(
            self.page, "Save a copy", str(Path.home() / _safe(name)), "All files (*)"
        )
        if target:
            self.session.read_in_background(
                lambda reader: ATTACHMENTS.save_copy(reader, attachment_id, Path(target)),
                lambda path: self.session.say(f"Saved a copy of {name} to {path}"),
            )

    def remove_selected(self) -> None:
        attachment_id = current_id(self.form.files)
        if attachment_id is not None:
            name = ATTACHMENTS.get(self.session.db, attachment_id).name
            self.session.delete(ATTACHMENTS.delete, attachment_id, name)


def _kind(media_type: str) -> str:
    known = {
        "application/pdf": "PDF",
        "image/png": "picture",
        "image/jpeg": "picture",
        "image/gif": "picture",
        "image/webp": "picture",
    }
    if media_type in known:
        return known[media_type]
    if "presentation" in media_type:
        return "slides"
    if "word" in media_type or "document" in media_type:
        return "document"
    if "sheet" in media_type or "excel" in media_type:
        return "spreadsheet"
    return "file"


def _safe(name: str) -> str:
    from stemlead.pdf.names import safe_file_name

    stem, dot, extension = name.rpartition(".")
    return safe_file_name(stem, dot + extension) if dot and stem else safe_file_name(name, "")
