"""Who may be on an island: the coach's own view of the teachers with no mentor who are on
their own (alone in their subject, or in no team), every reason in plain words, and one
click to start a pairing, invite them to a group or log contact. Nothing here is printed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stemlead.clock import now_iso
from stemlead.core import groups, isolation, settings
from stemlead.core.groups import KIND_LABELS
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.widgets.tables import filter_box, record_table


class IslandTab(QWidget):
    pairing_requested = Signal(int)  # the teacher to find a mentor for

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.model = RowsModel(
            [
                Column("Teacher", lambda t: t.name),
                Column("School", lambda t: t.school),
                Column("Signs", lambda t: str(len(t.signs)), lambda t: -len(t.signs)),
                Column("Why", lambda t: "; ".join(t.reasons)),
            ]
        )
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("muted", True)
        layout.addWidget(self.intro)
        self.filter = filter_box(self.model, "teachers on their own")
        layout.addWidget(self.filter)
        self.table = record_table(self.model, "Teachers who may be on an island")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.table.activated.connect(lambda _: self.pair())
        layout.addWidget(self.table, 1)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName("Why this teacher may be on their own")
        layout.addWidget(self.reasons)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, slot, tip in (
            (
                "&Start a pairing…",
                self.pair,
                "Find a mentor: suggestions are shown, nothing is saved until you create the pair",
            ),
            ("Invite to a &group…", self.invite, "Add them to a PLC or team"),
            (
                "Log &contact…",
                self.log_contact,
                "Log a conversation, an email or co-planning with them",
            ),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._sized = False

    def refresh(self) -> None:
        current = self.teacher_id
        found = isolation.isolated(self.session.db)
        self.model.set_rows(found)
        if not self._sized:  # measuring every cell again on each refresh costs more than the rest
            self._sized = True
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(self.table.columnWidth(0), 200))
            self.table.setColumnWidth(1, min(self.table.columnWidth(1), 240))
        weeks = settings.get(self.session.db, "isolation_weeks")
        self.intro.setText(
            f"{len(found)} teacher{'s' if len(found) != 1 else ''} with no mentor who "
            "are on their own: nobody else at their school teaches their subject, or they are "
            f"in no PLC or team (and no coaching contact for {weeks} weeks adds to it). Only "
            "you see this; it is never on a handout or in a report."
        )
        self.select(current)

    @property
    def teacher_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def select(self, teacher_id: int | None) -> None:
        row = self.model.row_of(lambda t: t.id == teacher_id) if teacher_id else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._chosen()

    def _chosen(self) -> None:
        index = self.table.currentIndex()
        found: Any = self.model.row_at(index.row()) if index.isValid() else None
        for button in self.buttons:
            button.setEnabled(found is not None)
        if found is None:
            self.reasons.setText(
                "Nobody is on their own just now." if not self.model.rowCount() else ""
            )
            return
        self.reasons.setText(f"{found.name}: " + "; ".join(found.reasons) + ".")

    # -- one click each --------------------------------------------------------------------------
    def pair(self) -> None:
        if self.teacher_id is not None:
            self.pairing_requested.emit(self.teacher_id)

    def invite(self) -> None:
        teacher_id = self.teacher_id
        if teacher_id is None:
            return
        options = groups.list_groups(self.session.db, now=now_iso())
        if not options:
            self.session.say("There are no groups yet; add a PLC in Meetings first.", error=True)
            return
        labels = [
            f"{g.name} ({KIND_LABELS.get(g.kind, 'Group')}, {g.members} members)" for g in options
        ]
        chosen, ok = QInputDialog.getItem(self, "Invite to a group", "Group", labels, 0, False)
        if ok and chosen:
            group = options[labels.index(chosen)]
            if self.session.write(groups.add_member, group.id, teacher_id=teacher_id).ok:
                self.session.say(f"Added to {group.name}")

    def log_contact(self) -> None:
        from stemlead.gui.dialogs.quick_log import QuickLogDialog

        teacher_id = self.teacher_id
        if teacher_id is not None and QuickLogDialog(self.session, teacher_id, parent=self).exec():
            self.session.say("Logged — it counts toward coaching time")
