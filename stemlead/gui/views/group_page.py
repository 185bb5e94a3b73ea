"""One group: its purpose, norms, usual length and place, members, and meetings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QListWidgetItem, QWidget

from stemlead.core import groups, meetings
from stemlead.core.groups import KIND_LABELS, Group
from stemlead.gui import fmt
from stemlead.gui.forms.ui_group_page import Ui_GroupPage
from stemlead.gui.session import Session
from stemlead.gui.views.advisory_board import AdvisoryBoardPanel
from stemlead.gui.widgets.combos import chosen_data
from stemlead.gui.widgets.record_form import RecordForm

ROLE = Qt.ItemDataRole.UserRole


class GroupPage(QWidget):
    back_requested = Signal()
    open_meeting = Signal(int)
    new_meeting = Signal(int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.form = f = Ui_GroupPage()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        f.membersHint.setProperty("muted", True)
        for value, label in KIND_LABELS.items():
            f.kind.addItem(label, value)
        f.back.clicked.connect(self.back_requested.emit)
        f.newMeeting.clicked.connect(self._new_meeting)
        line = f.addMember.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText("A teacher's or contact's name — Enter adds them")
        line.returnPressed.connect(self.add_member)
        f.addMember.activated.connect(lambda _: self.add_member())
        f.meetings.itemActivated.connect(lambda item: self.open_meeting.emit(item.data(ROLE)))
        QShortcut(
            QKeySequence.StandardKey.Delete,
            f.members,
            self.remove_member,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.fields = RecordForm.on(
            session,
            Group,
            groups.update,
            f,
            ("name", "kind", "goal", "norms", "default_minutes", "default_place"),
        )
        self.fields.after_save = self._saved
        self.board = AdvisoryBoardPanel(session)  # terms, sectors, program of work (issue 20)
        f.outer.addWidget(self.board)

    @property
    def group_id(self) -> int | None:
        return self.fields.item_id

    def _saved(self, field: str) -> None:
        if field == "name" and self.group_id is not None:
            self.form.heading.setText(groups.get(self.session.db, self.group_id).name)
        if field == "kind" and self.group_id is not None:
            self.board.show_group(groups.get(self.session.db, self.group_id))

    def show_group(self, group_id: int) -> None:
        db = self.session.db
        group = groups.get(db, group_id)
        self.fields.show(group)
        f = self.form
        f.heading.setText(group.name)
        self._fill_members()
        self._fill_candidates()
        self.board.show_group(group)
        f.meetings.clear()
        for m in meetings.list_meetings(db, group_id=group_id):
            status = "" if m.status == "scheduled" else f" · {m.status}"
            item = QListWidgetItem(f"{fmt.day_and_clock(m.starts_at)} · {m.title}{status}")
            item.setData(ROLE, m.id)
            f.meetings.addItem(item)

    def _fill_members(self) -> None:
        assert self.group_id is not None
        f = self.form
        f.members.clear()
        for member in groups.members(self.session.db, self.group_id):
            role = f" · {member.role}" if member.role else ""
            detail = f" ({member.detail})" if member.detail else ""
            item = QListWidgetItem(f"{member.name}{detail}{role}")
            item.setData(ROLE, member.id)
            f.members.addItem(item)
        self.board.refresh()

    def _fill_candidates(self) -> None:
        combo = self.form.addMember
        combo.clear()
        for person in groups.candidates(self.session.db):
            combo.addItem(person.label, (person.kind, person.id))
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.setEditText("")

    def _new_meeting(self) -> None:
        if self.group_id:
            self.new_meeting.emit(self.group_id)

    def add_member(self) -> None:
        """The entry chosen from the list, or the one person the typed name names (else
        the status line says why no one was added)."""
        combo = self.form.addMember
        typed = combo.currentText().strip()
        if not typed or self.group_id is None:
            return
        chosen = chosen_data(combo)
        if chosen is not None:
            kind, item_id = chosen
            who = {"teacher_id": item_id} if kind == "teacher" else {"contact_id": item_id}
            outcome = self.session.write(groups.add_member, self.group_id, **who)
        else:
            outcome = self.session.write(groups.add_member_named, self.group_id, typed)
        if outcome.ok:
            combo.setEditText("")
            self._fill_members()

    def remove_member(self) -> None:
        item = self.form.members.currentItem()
        if item is not None and self.session.write(groups.remove_member, item.data(ROLE)).ok:
            self._fill_members()
