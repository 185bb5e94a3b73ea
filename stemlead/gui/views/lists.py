"""Sections that are one filterable table: action items (and the partner follow-ups, which
are listed among them and completed from here)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stemlead.clock import today
from stemlead.core import action_items, interactions, teachers
from stemlead.core.action_items import STATUS_LABELS, ActionItem
from stemlead.core.changes import Kind
from stemlead.gui import fmt
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import Navigate, View, heading
from stemlead.gui.widgets.dates import DateBox
from stemlead.gui.widgets.record_form import RecordForm
from stemlead.gui.widgets.tables import filter_box, record_table


class TableView(View):
    """A heading, filter controls, and a table whose rows open with Enter."""

    def __init__(self, session: Session, navigate: Navigate, columns: Sequence[Column]) -> None:
        super().__init__(session, navigate)
        self.model = RowsModel(columns)
        layout = QVBoxLayout(self)
        self.top = QHBoxLayout()
        self.top.addWidget(heading(self.title))
        self.top.addStretch(1)
        layout.addLayout(self.top)
        self.controls = QHBoxLayout()
        self.filter = filter_box(self.model, self.title.lower())
        self.controls.addWidget(self.filter, 1)
        layout.addLayout(self.controls)
        self.table = record_table(self.model, self.title)
        self.table.activated.connect(lambda index: self.activated(self.model.row_at(index.row())))
        layout.addWidget(self.table)
        self._buttons: list[QWidget] = []
        self._choices: list[QWidget] = []

    def combo(self, name: str, choices: Sequence[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for label, value in choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.controls.addWidget(combo)
        self._choices.append(combo)
        return combo

    def button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.top.addWidget(button)
        self._buttons.append(button)
        return button

    def order_tabs(self, *after: QWidget) -> None:
        """Tab as the screen reads: the buttons, the filter and its choices, the table, then
        ``after`` (call once the page is built; Qt otherwise follows creation order)."""
        chain = [self, *self._buttons, self.filter, *self._choices, self.table, *after]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def select(self, predicate: Callable[[Any], bool]) -> None:
        self.refresh_if_stale()
        self.filter.clear()
        row = self.model.row_of(predicate)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self.table.setFocus()

    def activated(self, row: Any) -> None:
        """Enter or double-click on a row."""


class ActionItemEditor(QGroupBox):
    """The selected action item, editable in place (saved as typed)."""

    def __init__(self, session: Session) -> None:
        super().__init__("Selected action item")
        self.session = session
        form = QFormLayout(self)
        self.title_edit = QLineEdit()  # not "title": QGroupBox.title() is the box's own
        self.title_edit.setAccessibleName("Action")
        self.owner = QComboBox()
        self.owner.setAccessibleName("Owner")
        self.owner.setSizeAdjustPolicy(  # a long name must not widen the page
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner.setMinimumContentsLength(18)
        self.due = DateBox()
        self.due.setAccessibleName("Due date")
        self.status = QComboBox()
        self.status.setAccessibleName("Status")
        for value, label in STATUS_LABELS.items():
            self.status.addItem(label, value)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        when = QHBoxLayout()  # due date and status share a row: more of the list shows
        when.addWidget(self.due, 1)
        status_label = QLabel("Stat&us")
        status_label.setBuddy(self.status)
        when.addWidget(status_label)
        when.addWidget(self.status, 1)
        form.addRow("&Action", self.title_edit)
        form.addRow("&Owner", self.owner)
        form.addRow("D&ue", when)
        form.labelForField(when).setBuddy(self.due)  # type: ignore[attr-defined]
        form.addRow("&Notes", self.notes)
        self.fields = RecordForm(
            session,
            ActionItem,
            action_items.update,
            {"title": self.title_edit, "due_on": self.due, "notes": self.notes},
        )
        self.due.set_optional(True, "No due date")
        self.status.activated.connect(
            lambda _: self._write(action_items.set_status, self.status.currentData())
        )
        self.owner.activated.connect(lambda _: self._set_owner())
        self.setEnabled(False)

    @property
    def item_id(self) -> int | None:
        return self.fields.item_id

    def _write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        if self.item_id is None:
            return True
        return self.session.write(fn, self.item_id, *args, **kwargs).ok

    def _set_owner(self) -> None:
        teacher_id = self.owner.currentData()
        if teacher_id != "keep":  # a contact or a named owner stays as it is
            self._write(action_items.set_owner, teacher_id=teacher_id)

    def show_item(self, item_id: int | None) -> None:
        item = action_items.get(self.session.db, item_id) if item_id is not None else None
        self.fields.show(item)
        self.setEnabled(item is not None)
        if item is None:
            return
        self.status.setCurrentIndex(self.status.findData(item.status))
        self.owner.clear()
        self.owner.addItem("You", None)
        for teacher in teachers.list_teachers(self.session.db):
            self.owner.addItem(teacher.name, teacher.id)
        if item.owner_kind == "teacher":
            self.owner.setCurrentIndex(max(0, self.owner.findData(item.owner_teacher_id)))
        elif item.owner_kind != "me":
            self.owner.insertItem(1, item.owner_name, "keep")
            self.owner.setCurrentIndex(1)


class ActionItemsView(TableView):
    title = "Action items"
    kinds = frozenset(
        {
            Kind.ACTION_ITEM,
            Kind.MEETING,
            Kind.CYCLE,
            Kind.OBSERVATION,
            Kind.PARTNER,
            Kind.INTERACTION,  # partner follow-ups are listed too
            Kind.CHECK_IN,
        }
    )

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(
            session,
            navigate,
            [
                Column("Action", lambda a: a.title),
                Column("Owner", lambda a: "You" if a.owner_kind == "me" else a.owner_name),
                Column("Due", lambda a: fmt.day(a.due_on), lambda a: a.due_on or "9999"),
                Column("Status", lambda a: STATUS_LABELS[a.status]),
                Column(
                    "From",
                    lambda a: " · ".join(x for x in (a.source_label, fmt.day(a.source_date)) if x),
                ),
            ],
        )
        self.status = self.combo("Status", [("Open", "open_only"), ("Done", "done"), ("All", None)])
        self.owner = self.combo(
            "Owner",
            [("Anyone", None), ("Mine", "me"), ("Teachers'", "teacher"), ("Partners'", "contact")],
        )
        self.due = self.combo(
            "Due", [("Any due date", None), ("Overdue", "overdue"), ("Due this week", "week")]
        )
        self.button("&New action item", self.new_item)
        self.button("Mark &done", self.toggle_done)
        self.editor = ActionItemEditor(session)
        self.editor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # the list above the editor, the line between them draggable (a small screen)
        below = QSplitter(Qt.Orientation.Vertical)
        below.setChildrenCollapsible(False)
        layout = self.layout()
        assert layout is not None  # TableView's own
        layout.replaceWidget(self.table, below)
        below.addWidget(self.table)
        below.addWidget(self.editor)
        below.setStretchFactor(0, 1)
        self.order_tabs(self.editor.title_edit)
        self._restoring = False
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, index: Any, _previous: Any = None) -> None:
        """Show the item chosen; a partner follow-up (id 0) is edited on its partner's page."""
        if not self._restoring:
            item_id = self.model.row_at(index.row()).id if index.isValid() else None
            self.editor.show_item(item_id or None)
            self.editor.setTitle(
                "A partner follow-up: Enter opens the partner, where it is edited"
                if item_id == 0
                else "Selected action item"
            )

    def refresh(self) -> None:
        day = today()
        due = self.due.currentData()
        due_by = {
            "overdue": (day - timedelta(days=1)).isoformat(),
            "week": (day + timedelta(days=7)).isoformat(),
        }.get(due)
        status = self.status.currentData()
        self.show_rows(
            action_items.list_action_items(
                self.session.db,
                status="done" if status == "done" else None,
                open_only=status == "open_only",
                due_by=due_by,
                owner_kind=self.owner.currentData(),
                follow_ups=True,
            )
        )
        # the reload cleared the table's current row: put it back on the item in the editor
        # (without reloading the editor), so "Mark done" acts on what the coach sees
        row = self.model.row_of(lambda a: a.id == self.editor.item_id)
        if self.editor.item_id is not None and row >= 0:
            self._restoring = True
            try:
                self.table.setCurrentIndex(self.model.index(row, 0))
            finally:
                self._restoring = False
            status = self.editor.status
            status.setCurrentIndex(status.findData(self.model.row_at(row).status))

    def activated(self, row: Any) -> None:
        if row.source and row.source_id:
            self.navigate(row.source, row.source_id)

    def toggle_done(self) -> None:
        """Done (or open again); a partner follow-up is completed on its interaction."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.id:
            self.session.write(action_items.toggle_done, row.id)
        else:
            self.session.write(
                interactions.complete_follow_up, row.interaction_id, done=row.is_open
            )

    def new_item(self) -> None:
        outcome = self.session.write(
            action_items.add,
            "New action item",
            due_on=(today() + timedelta(days=7)).isoformat(),
        )
        if outcome.ok and outcome.value is not None:
            for combo in (self.status, self.owner, self.due):
                combo.setCurrentIndex(0)
            self.open_item(outcome.value)

    def open_item(self, item_id: int, kind: str = "") -> None:
        self.status.setCurrentIndex(self.status.findData(None))
        self.select(lambda a: a.id == item_id)
        row = self.model.row_of(lambda a: a.id == item_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.editor.show_item(item_id)
            self.editor.title_edit.setFocus()
            self.editor.title_edit.selectAll()
