"""The stakeholder groups tab (who the program talks to: people held, a group, or a typed
size) and the "not heard from in 90 days" tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem

from stemlead.clock import now_iso, today
from stemlead.core import communications, contacts, groups, stakeholders, teachers
from stemlead.core.communications import KIND_LABELS as SENT_LABELS
from stemlead.core.stakeholders import KIND_LABELS, QUIET_DAYS, StakeholderGroup
from stemlead.errors import NotFound
from stemlead.gui import fmt
from stemlead.gui.forms.ui_communications import Ui_Communications
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.comm_log import list_table
from stemlead.gui.views.event_people_tab import searchable
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.combos import chosen_data, line_of
from stemlead.gui.widgets.record_form import RecordForm

ID = Qt.ItemDataRole.UserRole


class StakeholdersTab:
    def __init__(
        self, session: Session, form: Ui_Communications, opened: Callable[[int], None]
    ) -> None:
        self.session = session
        self.form = f = form
        self.model = RowsModel(
            [
                Column("Stakeholder group", lambda s: s.name),
                Column("Kind", lambda s: KIND_LABELS.get(s.kind, s.kind)),
                Column("People", lambda s: s.size_text() if s.size else "", lambda s: s.size),
                Column(
                    "Last heard",
                    lambda s: fmt.day(s.last_heard_on) or "never",
                    lambda s: s.last_heard_on or "",
                ),
            ]
        )
        list_table(f.stakeholderTable, self.model)
        f.stakeholderTable.selectionModel().currentRowChanged.connect(self._selected)
        for kind, label in KIND_LABELS.items():
            f.stakeholderKind.addItem(label, kind)
        self.fields = RecordForm.on(
            session,
            StakeholderGroup,
            stakeholders.update,
            f,
            ("name", "kind", "school", "estimated_size", "group_id", "notes"),
            name=f.stakeholderName,
            kind=f.stakeholderKind,
            notes=f.stakeholderNotes,
        )
        self.fields.after_save = lambda _: self.refresh()
        line_of(f.addMember).returnPressed.connect(self.add_member)
        f.addMember.activated.connect(lambda _: self.add_member())
        QShortcut(
            QKeySequence.StandardKey.Delete,
            f.members,
            self.remove_member,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence.StandardKey.Delete,
            f.stakeholderTable,
            self.delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        f.newStakeholder.clicked.connect(self.add)
        f.deleteStakeholder.clicked.connect(self.delete)
        f.quietList.itemActivated.connect(lambda item: self._open_quiet(item, opened))
        f.stakeholderSplitter.setStretchFactor(1, 1)
        self._candidates = False

    @property
    def item_id(self) -> int | None:
        return self.fields.item_id

    def refresh(self) -> None:
        db = self.session.db
        rows = stakeholders.list_stakeholders(db)
        current = self.item_id
        self.model.set_rows(rows)
        self.form.stakeholderTable.resizeColumnsToContents()
        self.form.stakeholderTable.setColumnWidth(
            0, min(self.form.stakeholderTable.columnWidth(0), 240)
        )
        self._fill_quiet()
        self._fill_groups()
        if not self._candidates:
            self._fill_candidates()
        self.select(current, quiet=True)

    def _fill_quiet(self) -> None:
        day = today()
        quiet = self.form.quietList
        quiet.clear()
        for row in stakeholders.not_heard_from(self.session.db, day, QUIET_DAYS):
            days = row.days_quiet(day)
            when = (
                "never heard from the program"
                if days is None
                else (f"last heard {fmt.day(row.last_heard_on)} ({days} days ago)")
            )
            size = f" · {row.size_text()} people" if row.size else ""
            item = QListWidgetItem(f"{row.name}{size} — {when}")
            item.setData(ID, row.id)
            quiet.addItem(item)
        if not quiet.count():
            item = QListWidgetItem("Everyone has heard from the program in the last 90 days.")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            quiet.addItem(item)
        tabs = self.form.tabs
        count = sum(1 for i in range(quiet.count()) if quiet.item(i).data(ID))
        title = "Not &heard from" + (f" ({count})" if count else "")
        tabs.setTabText(tabs.indexOf(self.form.quietTab), title)

    def _fill_groups(self) -> None:
        combo = self.form.groupId
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("No group", None)
        for group in groups.list_groups(self.session.db, now=now_iso()):
            combo.addItem(group.name, group.id)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def _fill_candidates(self) -> None:
        combo = self.form.addMember
        combo.clear()
        for t in teachers.list_teachers(self.session.db):
            combo.addItem(f"{t.name} — teacher, {t.school}".rstrip(", "), ("teacher", t.id))
        for c in contacts.list_contacts(self.session.db):
            combo.addItem(f"{c.name} — {c.partner or 'contact'}", ("contact", c.id))
        searchable(combo)
        self._candidates = True

    def select(self, stakeholder_id: int | None, *, quiet: bool = False) -> None:
        if not quiet and self.model.total == 0:
            self.refresh()
        row = self.model.row_of(lambda s: s.id == stakeholder_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.form.stakeholderTable.selectRow(row)
            self._selected(self.model.index(row, 0))
        else:
            self.show(None)

    def _selected(self, index: Any, _previous: Any = None) -> None:
        if index.isValid():
            chosen = self.model.row_at(index.row()).id
            if chosen != self.item_id:
                self.show(chosen)
            else:
                self._fill_people()

    def show(self, stakeholder_id: int | None) -> None:
        try:
            found = stakeholders.get(self.session.db, stakeholder_id) if stakeholder_id else None
        except NotFound:
            found = None
        self.fields.show(found)
        self.form.stakeholderBody.setEnabled(found is not None)
        self.form.deleteStakeholder.setEnabled(found is not None)
        self._fill_people()

    def _fill_people(self) -> None:
        f = self.form
        f.members.clear()
        f.heard.clear()
        if not self.item_id:
            return
        db = self.session.db
        for person in stakeholders.members(db, self.item_id):
            through = "" if person.id else " (through the group)"
            detail = f" ({person.detail})" if person.detail else ""
            item = QListWidgetItem(f"{person.name}{detail}{through}")
            item.setData(ID, person.id)
            f.members.addItem(item)
        for sent in communications.list_communications(db, stakeholder_id=self.item_id):
            kind = SENT_LABELS.get(sent.kind, sent.kind)
            f.heard.addItem(f"{fmt.day(sent.sent_on)} · {kind} · {sent.title}")

    @staticmethod
    def _open_quiet(item: QListWidgetItem, opened: Callable[[int], None]) -> None:
        if item.data(ID):
            opened(item.data(ID))

    def add_member(self) -> None:
        chosen = chosen_data(self.form.addMember)
        if chosen is None or not self.item_id:
            return
        kind, item_id = chosen
        who = {"teacher_id": item_id} if kind == "teacher" else {"contact_id": item_id}
        if self.session.write(stakeholders.add_member, self.item_id, **who).ok:
            self.form.addMember.setEditText("")
            self.refresh()

    def remove_member(self) -> None:
        item = self.form.members.currentItem()
        member = item.data(ID) if item is not None else None  # 0: belongs through the group
        if member and self.session.write(stakeholders.remove_member, member).ok:
            self.refresh()

    def add(self) -> None:
        autosave.flush_all()
        outcome = self.session.write(stakeholders.add, name="New stakeholder group")
        if outcome.ok:
            self.refresh()
            self.select(outcome.value)
            self.form.stakeholderName.setFocus()
            self.form.stakeholderName.selectAll()

    def delete(self) -> None:
        if self.item_id:
            name = stakeholders.get(self.session.db, self.item_id).name
            if self.session.delete(stakeholders.delete, self.item_id, name):
                self.fields.item_id = None
                self.refresh()
