"""Ctrl+L from anywhere: log informal coaching (teacher, kind, minutes, a line) in seconds.

The same dialog corrects an entry afterwards (from the teacher's page): its kind, minutes,
day and note; the teachers it involved stay as they were.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from stemlead.clock import today
from stemlead.core import coaching_log, teachers
from stemlead.core.coaching_log import KIND_LABELS
from stemlead.gui.forms.ui_quick_log import Ui_QuickLog
from stemlead.gui.session import Outcome, Session
from stemlead.gui.views.observations import chosen_teacher, fill_teacher_combo


class QuickLogDialog(QDialog):
    def __init__(
        self,
        session: Session,
        teacher_id: int | None = None,
        parent: QWidget | None = None,
        *,
        entry_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.entry_id = entry_id
        self.form = f = Ui_QuickLog()
        f.setupUi(self)
        for kind, label in KIND_LABELS.items():
            f.kind.addItem(label, kind)
        f.note.returnPressed.connect(self._log)
        f.buttons.accepted.connect(self._log)
        f.buttons.rejected.connect(self.reject)
        self.logged_id: int | None = None
        if entry_id is None:
            fill_teacher_combo(f.teacher, session, teacher_id)
            f.day.set_iso(today().isoformat())
            f.teacher.setFocus()
        else:
            self._show_entry(entry_id)

    def _show_entry(self, entry_id: int) -> None:
        db = self.session.db
        f = self.form
        entry = coaching_log.get(db, entry_id)
        self.setWindowTitle("Correct a coaching log entry")
        names = ", ".join(teachers.get(db, t).name for t in coaching_log.teacher_ids(db, entry_id))
        f.teacher.addItem(names)
        f.teacher.setEnabled(False)  # who it was with stays; the rest can be corrected
        f.kind.setCurrentIndex(f.kind.findData(entry.kind))
        f.minutes.setValue(entry.minutes)
        f.day.set_iso(entry.occurred_at)
        f.note.setText(entry.note)
        f.minutes.setFocus()
        f.minutes.selectAll()

    def _log(self) -> None:
        f = self.form
        values = {
            "kind": f.kind.currentData(),
            "minutes": f.minutes.value(),
            "note": f.note.text(),
            "day": f.day.iso(),
        }
        outcome: Outcome[Any]
        if self.entry_id is not None:
            outcome = self.session.write(coaching_log.edit, self.entry_id, **values)
        else:
            teacher_id = chosen_teacher(f.teacher)
            if teacher_id is None:
                f.message.setText("Choose a teacher from the list (type part of the name).")
                f.teacher.setFocus()
                return
            outcome = self.session.write(coaching_log.log, teacher_ids=[teacher_id], **values)
        if outcome.ok:
            self.logged_id = outcome.value if self.entry_id is None else self.entry_id
            self.accept()
        else:
            f.message.setText(outcome.error)
