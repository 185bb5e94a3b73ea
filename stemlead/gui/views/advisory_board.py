"""What a group page shows for an advisory board (and hides for every other group): each
member's sector and term, the representation table (which sectors have a voice today and
which none), and the board's program of work. Its members and meetings stay the group
page's own."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stemlead.clock import today
from stemlead.core import advisory_board
from stemlead.core.advisory_board import SECTOR_LABELS, WORK_LABELS, Term, WorkItem
from stemlead.core.groups import Group
from stemlead.gui import fmt, style
from stemlead.gui.forms.ui_advisory_board import Ui_AdvisoryBoard
from stemlead.gui.session import Session
from stemlead.gui.views.partner_tab import current_id, fill_list
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.record_form import RecordForm

ID = Qt.ItemDataRole.UserRole


def _table(table: QTableWidget, headings: list[str]) -> None:
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)


class AdvisoryBoardPanel(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.group_id: int | None = None
        self.form = f = Ui_AdvisoryBoard()
        body = QWidget()
        f.setupUi(body)
        scroll = QScrollArea()  # on a short screen the board's part scrolls, the page fits
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        scroll.setMinimumHeight(36)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._body = body
        f.boardLabel.setProperty("section", True)
        _table(f.terms, ["Member", "Sector", "Term", "Role"])
        _table(f.representation, ["Sector", "Serving", "Who"])
        for sector, label in SECTOR_LABELS.items():
            f.sector.addItem(label, sector)
        for status, label in WORK_LABELS.items():
            f.status.addItem(label, status)
        self.term_fields = RecordForm.on(
            session, Term, advisory_board.set_term, f, ("sector", "starts_on", "ends_on")
        )
        self.term_fields.after_save = lambda _: self._fill()
        self.work_fields = RecordForm.on(
            session,
            WorkItem,
            advisory_board.update_work_item,
            f,
            ("title", "status", "target_on", "notes"),
        )
        self.work_fields.after_save = lambda _: self._fill_work()
        f.terms.currentCellChanged.connect(lambda *_: self._show_term())
        f.workList.currentItemChanged.connect(lambda *_: self._show_work())
        f.addWork.clicked.connect(self.add_work)
        f.deleteWork.clicked.connect(self.delete_work)
        f.workUp.clicked.connect(lambda: self.move_work(-1))
        f.workDown.clicked.connect(lambda: self.move_work(1))
        for keys, slot in (
            (QKeySequence("Alt+Up"), lambda: self.move_work(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_work(1)),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_work),
        ):
            QShortcut(keys, f.workList, slot, context=Qt.ShortcutContext.WidgetShortcut)
        f.gaps.setProperty("muted", True)
        self.hide()

    def show_group(self, group: Group | None) -> None:
        """Show the board's parts for an advisory board; hide for any other group."""
        board = group is not None and group.kind == "advisory_board"
        self.setVisible(board)
        self.group_id = group.id if board and group is not None else None
        self.term_fields.item_id = -1
        self.work_fields.item_id = -1
        if board:
            self._fill()

    def sizeHint(self) -> QSize:
        return self._body.sizeHint()

    def refresh(self) -> None:
        """Show the members again (one was added or removed on the group page)."""
        if self.isVisible():
            self._fill()

    # -- terms and representation -----------------------------------------------------------
    def _fill(self) -> None:
        if self.group_id is None:
            return
        f, day = self.form, today()
        members = advisory_board.members(self.session.db, self.group_id)
        keep = self.term_fields.item_id
        f.terms.blockSignals(True)
        f.terms.setRowCount(len(members))
        selected = 0
        for row, m in enumerate(members):
            term = f"{fmt.day(m.starts_on) or '…'} – {fmt.day(m.ends_on) or 'open'}"
            if not m.serving(day):
                term += " (not serving)"
            elif m.ends_soon(day):
                term += " (ends soon)"
            cells = [m.name, SECTOR_LABELS[m.sector], term, m.role]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID, m.member_id)
                item.setToolTip(text)
                if column == 2 and (m.ends_soon(day) or not m.serving(day)):
                    item.setForeground(style.brush("warning"))
                f.terms.setItem(row, column, item)
            if m.member_id == keep:
                selected = row
        f.terms.blockSignals(False)
        if members:
            f.terms.setCurrentCell(selected, 0)
        self._show_term(force=True)
        rows = advisory_board.representation(self.session.db, self.group_id, day)
        f.representation.setRowCount(len(rows))
        for row, r in enumerate(rows):
            for column, text in enumerate((r.label, str(r.members), ", ".join(r.names))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not r.members:
                    item.setForeground(style.brush("warning"))
                f.representation.setItem(row, column, item)
        missing = [r.label.lower() for r in rows if not r.members]
        f.gaps.setText(
            "No member serving today represents: " + ", ".join(missing) + "."
            if missing
            else "Every sector has a voice on the board today."
        )
        self._fill_work()

    def _show_term(self, *, force: bool = False) -> None:
        f = self.form
        item = f.terms.item(f.terms.currentRow(), 0) if f.terms.currentRow() >= 0 else None
        member_id = item.data(ID) if item is not None else None
        for widget in (f.sector, f.startsOn, f.endsOn):
            widget.setEnabled(member_id is not None)
        if member_id == self.term_fields.item_id and not force:
            return
        if member_id is None or self.group_id is None:
            self.term_fields.show(None)
            return
        m = next(
            x
            for x in advisory_board.members(self.session.db, self.group_id)
            if x.member_id == member_id
        )
        self.term_fields.show(
            SimpleNamespace(id=member_id, sector=m.sector, starts_on=m.starts_on, ends_on=m.ends_on)  # type: ignore[arg-type]
        )

    # -- the program of work ----------------------------------------------------------------
    def _fill_work(self, select: int | None = None) -> None:
        if self.group_id is None:
            return
        f = self.form
        found = advisory_board.work_items(self.session.db, self.group_id)
        entries = []
        for w in found:
            by = f" · by {fmt.day(w.target_on)}" if w.target_on else ""
            entries.append((f"{w.title} · {WORK_LABELS[w.status]}{by}", w.id))
        fill_list(f.workList, entries, select or self.work_fields.item_id)
        if f.workList.currentRow() < 0 and found:
            f.workList.setCurrentRow(0)
        self._show_work()
        title = "Program of &work" + (f" ({len(found)})" if found else "")
        f.boardTabs.setTabText(f.boardTabs.indexOf(f.workTab), title)

    def _show_work(self) -> None:
        f = self.form
        chosen = current_id(f.workList)
        for widget in (f.title, f.status, f.targetOn, f.notes, f.deleteWork, f.workUp, f.workDown):
            widget.setEnabled(chosen is not None)
        if chosen != self.work_fields.item_id:
            found = advisory_board.get_work_item(self.session.db, chosen) if chosen else None
            self.work_fields.show(found)

    def add_work(self) -> None:
        if self.group_id is None:
            return
        autosave.flush_all()
        outcome = self.session.write(advisory_board.add_work_item, self.group_id, "New item")
        if outcome.ok:
            self._fill_work(select=outcome.value)
            self.form.title.setFocus()
            self.form.title.selectAll()

    def move_work(self, offset: int) -> None:
        chosen = current_id(self.form.workList)
        if (
            chosen is not None
            and self.session.write(advisory_board.move_work_item, chosen, offset).ok
        ):
            self._fill_work(select=chosen)

    def delete_work(self) -> None:
        chosen = current_id(self.form.workList)
        if chosen is not None:
            title = advisory_board.get_work_item(self.session.db, chosen).title
            if self.session.delete(advisory_board.delete_work_item, chosen, title):
                self.work_fields.item_id = -1
                self._fill_work()
