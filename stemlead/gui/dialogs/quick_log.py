"""Ctrl+L from anywhere: log informal coaching (teacher, kind, minutes, a line) in seconds."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from stemlead.core import coaching_log
from stemlead.core.coaching_log import KIND_LABELS
from stemlead.gui.forms.ui_quick_log import Ui_QuickLog
from stemlead.gui.session import Session
from stemlead.gui.views.observations import chosen_teacher, fill_teacher_combo


class QuickLogDialog(QDialog):
    def __init__(
        self, session: Session, teacher_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.form = f = Ui_QuickLog()
        f.setupUi(self)
        fill_teacher_combo(f.teacher, session, teacher_id)
        for kind, label in KIND_LABELS.items():
            f.kind.addItem(label, kind)
        f.note.returnPressed.connect(self._log)
        f.buttons.accepted.connect(self._log)
        f.buttons.rejected.connect(self.reject)
        self.logged_id: int | None = None
        f.teacher.setFocus()

    def _log(self) -> None:
        f = self.form
        teacher_id = chosen_teacher(f.teacher)
        if teacher_id is None:
            f.message.setText("Choose a teacher from the list (type part of the name).")
            f.teacher.setFocus()
            return
        outcome = self.session.write(
            coaching_log.log,
            teacher_ids=[teacher_id],
            kind=f.kind.currentData(),
            minutes=f.minutes.value(),
            note=f.note.text(),
        )
        if outcome.ok:
            self.logged_id = outcome.value
            self.accept()
        else:
            f.message.setText(outcome.error)
