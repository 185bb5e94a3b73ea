"""The communications log tab: what was sent or presented (newsletter issue, email,
flyer, board presentation, social post, press), when, to which stakeholder groups, and
about which events and partners."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QTableView

from stemlead.clock import today
from stemlead.core import communications, events, partners, stakeholders
from stemlead.core.communications import KIND_LABELS, Communication
from stemlead.errors import NotFound
from stemlead.gui import fmt
from stemlead.gui.forms.ui_communications import Ui_Communications
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.record_form import RecordForm

ID = Qt.ItemDataRole.UserRole


def list_table(table: QTableView, model: RowsModel) -> None:
    """A Designer table set up as every list in the app is (rows chosen whole, sortable)."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)


def fill_checks(widget: QListWidget, entries: Iterable[tuple[str, Any]], ticked: set[Any]) -> None:
    """A list of (text, data) with a box to tick on each, without signalling changes."""
    widget.blockSignals(True)
    widget.clear()
    for text, data in entries:
        item = QListWidgetItem(text)
        item.setData(ID, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in ticked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def ticked(widget: QListWidget) -> list[Any]:
    return [
        widget.item(i).data(ID)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class LogTab:
    def __init__(self, session: Session, form: Ui_Communications) -> None:
        self.session = session
        self.form = f = form
        self.model = RowsModel(
            [
                Column("Date", lambda c: fmt.day(c.sent_on), lambda c: c.sent_on),
                Column("Kind", lambda c: KIND_LABELS.get(c.kind, c.kind)),
                Column("Communication", lambda c: c.title),
                Column("To", lambda c: c.audiences),
            ]
        )
        list_table(f.logTable, self.model)
        f.logFilter.textChanged.connect(self.model.set_filter)
        f.logTable.selectionModel().currentRowChanged.connect(self._selected)
        for kind, label in KIND_LABELS.items():
            f.communicationKind.addItem(label, kind)
        self.fields = RecordForm.on(
            session,
            Communication,
            communications.update,
            f,
            ("sent_on", "kind", "title", "about", "shares_program_counts", "notes"),
            kind=f.communicationKind,
            title=f.communicationTitle,
            notes=f.communicationNotes,
        )
        self.fields.after_save = lambda _: self.refresh()
        f.audiences.itemChanged.connect(lambda _: self._save_audiences())
        f.topics.itemChanged.connect(lambda _: self._save_topics())
        f.newCommunication.clicked.connect(self.add)
        f.deleteCommunication.clicked.connect(self.delete)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            f.logTable,
            self.delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        f.logSplitter.setStretchFactor(1, 1)

    @property
    def item_id(self) -> int | None:
        return self.fields.item_id

    def refresh(self) -> None:
        current = self.item_id
        self.model.set_rows(communications.list_communications(self.session.db))
        self.form.logTable.resizeColumnsToContents()
        self.form.logTable.setColumnWidth(2, min(self.form.logTable.columnWidth(2), 260))
        self.select(current, quiet=True)

    def select(self, communication_id: int | None, *, quiet: bool = False) -> None:
        if not quiet and self.model.total == 0:
            self.model.set_rows(communications.list_communications(self.session.db))
        row = self.model.row_of(lambda c: c.id == communication_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.form.logTable.selectRow(row)
            self._selected(self.model.index(row, 0))
        else:
            self.show(None)

    def _selected(self, index: Any, _previous: Any = None) -> None:
        if index.isValid():
            chosen = self.model.row_at(index.row()).id
            if chosen != self.item_id:
                self.show(chosen)

    def show(self, communication_id: int | None) -> None:
        f = self.form
        db = self.session.db
        try:
            found = communications.get(db, communication_id) if communication_id else None
        except NotFound:
            found = None
        self.fields.show(found)
        f.logBody.setEnabled(found is not None)
        f.deleteCommunication.setEnabled(found is not None)
        audience = set(communications.audience_ids(db, found.id)) if found else set()
        groups = stakeholders.list_stakeholders(db)
        fill_checks(f.audiences, [(g.name, g.id) for g in groups], audience)
        about = {(t.kind, t.id) for t in communications.topics(db, found.id)} if found else set()
        entries: list[tuple[str, Any]] = [
            (f"Event · {e.title} · {fmt.day(e.starts_at)}", ("event", e.id))
            for e in reversed(events.list_events(db))
        ]
        entries += [(f"Partner · {p.name}", ("partner", p.id)) for p in partners.list_partners(db)]
        fill_checks(f.topics, entries, about)

    def _save_audiences(self) -> None:
        if self.item_id:
            self.session.write(
                communications.set_audiences, self.item_id, ticked(self.form.audiences)
            )
            self.refresh()

    def _save_topics(self) -> None:
        if self.item_id:
            chosen = ticked(self.form.topics)
            self.session.write(
                communications.set_topics,
                self.item_id,
                event_ids=[i for kind, i in chosen if kind == "event"],
                partner_ids=[i for kind, i in chosen if kind == "partner"],
            )

    def add(self) -> None:
        autosave.flush_all()
        outcome = self.session.write(
            communications.add, sent_on=today().isoformat(), title="New communication"
        )
        if outcome.ok:
            self.form.logFilter.clear()
            self.refresh()
            self.select(outcome.value)
            self.form.communicationTitle.setFocus()
            self.form.communicationTitle.selectAll()

    def delete(self) -> None:
        if self.item_id:
            title = communications.get(self.session.db, self.item_id).title
            if self.session.delete(communications.delete, self.item_id, title):
                self.fields.item_id = None
                self.refresh()
