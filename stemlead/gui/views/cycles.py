"""Coaching cycles: a board by stage (Identify → Learn → Improve → Complete) and a page
per cycle with its goal, criteria, strategy, its classroom visits and action items (each
opens its own page), time log, timeline and reflections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDropEvent, QKeySequence, QResizeEvent, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import cycles, observations, owners, teachers
from stemlead.core.changes import Kind
from stemlead.core.cycles import ACTIVITIES, STAGE_LABELS, STAGES, Cycle
from stemlead.gui import fmt
from stemlead.gui.fmt import isolate
from stemlead.gui.forms.ui_cycle_detail import Ui_CycleDetail
from stemlead.gui.session import Session
from stemlead.gui.views.base import Navigate, View, title_bar
from stemlead.gui.widgets import short_list
from stemlead.gui.widgets.handout_button import handout_button
from stemlead.gui.widgets.record_form import RecordForm

ID_ROLE = Qt.ItemDataRole.UserRole
CARD_PADDING, CARD_MARGIN = 6, 3  # as StageColumn::item in resources/stylesheets/stemlead.qss
CARD_BORDER, TEXT_MARGIN = 2, 4  # a selected card's border; the style's margin inside an item


class StageColumn(QListWidget):
    """One stage of the board; dropping a card here moves the cycle to this stage."""

    def __init__(self, stage: str, board: CyclesView) -> None:
        super().__init__()
        self.stage = stage
        self.board = board
        self.setAccessibleName(f"{STAGE_LABELS[stage]} stage")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)

    def fit_cards(self) -> None:
        """Give each card the height its wrapped text needs at the column's width (the
        style sheet's padding is not in Qt's own estimate, which cut the last line off).
        The width leaves room for a scroll bar, which may come once the cards are taller,
        and the text is laid out as drawn, names in other scripts in their own fonts."""
        room = self.contentsRect().width() - self.verticalScrollBar().sizeHint().width()
        width = max(60, room - 2 * (CARD_PADDING + CARD_MARGIN + CARD_BORDER + TEXT_MARGIN))
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setTextWidth(width)
        for row in range(self.count()):
            item = self.item(row)
            document.setPlainText(item.text())
            text_height = int(document.size().height()) + 1
            item.setSizeHint(QSize(width, text_height + 2 * (CARD_PADDING + CARD_MARGIN) + 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_cards()

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if isinstance(source, StageColumn) and source is not self:
            item = source.currentItem()
            if item is not None:
                self.board.move_stage(item.data(ID_ROLE), self.stage)
        event.ignore()


class NewCycleDialog(QDialog):
    """Pick the teacher (or small team) and a title; everything else is on the cycle page."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New coaching cycle")
        self.setMinimumSize(460, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Teacher or small team (tick one or more):"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter teachers")
        self.filter.setAccessibleName("Filter teachers")
        layout.addWidget(self.filter)
        self.teachers = QListWidget()
        self.teachers.setAccessibleName("Teachers in the cycle")
        for teacher in teachers.list_teachers(session.db):
            item = QListWidgetItem(f"{teacher.name} · {teacher.school}".strip(" ·"))
            item.setData(ID_ROLE, teacher.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.teachers.addItem(item)
        self.teachers.itemActivated.connect(self._toggle)
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.teachers)
        layout.addWidget(QLabel("Title:"))
        self.title = QLineEdit()
        self.title.setAccessibleName("Cycle title")
        self.title.setPlaceholderText("e.g. Claims, evidence and reasoning in lab reports")
        layout.addWidget(self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = text.lower()
        for row in range(self.teachers.count()):
            item = self.teachers.item(row)
            item.setHidden(needle not in item.text().lower())

    @staticmethod
    def _toggle(item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def chosen(self) -> list[int]:
        return [
            self.teachers.item(r).data(ID_ROLE)
            for r in range(self.teachers.count())
            if self.teachers.item(r).checkState() == Qt.CheckState.Checked
        ]


class CyclePage(QWidget):
    def __init__(self, session: Session, view: CyclesView) -> None:
        super().__init__()
        self.session = session
        self.view = view
        self.form = f = Ui_CycleDetail()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        for stage in STAGES:
            f.stage.addItem(STAGE_LABELS[stage], stage)
        for activity in ACTIVITIES:
            f.activity.addItem(activity.replace("_", "-").capitalize(), activity)
        f.stage.activated.connect(lambda _: self._move(f.stage.currentData()))
        f.nextStage.clicked.connect(self.next_stage)
        f.addTime.clicked.connect(self.add_time)
        f.timeNote.returnPressed.connect(self.add_time)
        f.back.clicked.connect(view.back)
        self.pdf = handout_button("Teacher's summary (&PDF)…", session, self, view.handout)
        self.pdf.setObjectName("handout")
        f.top.addWidget(self.pdf)
        QWidget.setTabOrder(f.back, self.pdf)  # the top row, then the page below it
        QWidget.setTabOrder(self.pdf, f.title)
        QShortcut(QKeySequence("Ctrl+T"), self, self.add_time)
        QShortcut(QKeySequence("Alt+Shift+Right"), self, self.next_stage)
        for widget in (f.observations, f.actionItems, f.timeLog, f.timeline):
            short_list.shorten(widget)
        for widget in (f.observations, f.actionItems):
            widget.itemActivated.connect(self._open)
        self.fields = RecordForm.on(
            session,
            Cycle,
            cycles.update,
            f,
            (
                "title",
                "goal",
                "success_criteria",
                "strategy",
                "reflections",
                "private_notes",
                "started_on",
                "target_end_on",
            ),
        )
        self.fields.after_save = self._saved

    @property
    def cycle_id(self) -> int | None:
        return self.fields.item_id

    def show_cycle(self, cycle_id: int) -> None:
        db = self.session.db
        cycle = cycles.get(db, cycle_id)
        self.fields.show(cycle)
        names = [teachers.get(db, t).name for t in cycles.teacher_ids(db, cycle_id)]
        self.form.heading.setText(cycle.describe())
        self.form.teachers.setText(", ".join(isolate(name) for name in names))
        self._show_stage(cycle.stage)
        self._fill_logs()
        self._fill_links()

    def _open(self, item: QListWidgetItem) -> None:
        """A visit or an action item of the cycle, on its own page."""
        target = item.data(ID_ROLE)
        if target:
            self.view.navigate(*target)

    def _saved(self, field: str) -> None:
        """A new title shows in the heading at once."""
        if field == "title" and self.cycle_id is not None:
            self.form.heading.setText(cycles.get(self.session.db, self.cycle_id).describe())

    def _fill_links(self) -> None:
        """The visits in this cycle and its action items (with its visits' next steps),
        open ones first; a visit joins or leaves the cycle on its own page."""
        assert self.cycle_id is not None
        db = self.session.db
        f = self.form
        visits = [
            (
                f"{fmt.day_and_clock(o.starts_at)}"
                + (f" · {isolate(o.class_context)}" if o.class_context else "")
                + f" · {o.lines} lines",
                ("observation", o.id),
            )
            for o in observations.list_observations(db, cycle_id=self.cycle_id)
        ]
        short_list.fill(f.observations, "No visits yet: a visit joins from its page.", visits)
        steps = [
            (
                f"{'○' if a.is_open else '✓'} {isolate(a.title)} — "
                f"{isolate(owners.display(a.owner_kind, a.owner_name))}"
                + (f" · due {fmt.day(a.due_on)}" if a.due_on else ""),
                ("action_item", a.id),
            )
            for a in cycles.action_items_for(db, self.cycle_id)
        ]
        short_list.fill(f.actionItems, "No action items yet.", steps)

    def _show_stage(self, stage: str) -> None:
        self.form.stage.setCurrentIndex(STAGES.index(stage))
        self.form.nextStage.setEnabled(stage != "complete")

    def _fill_logs(self) -> None:
        assert self.cycle_id is not None
        db = self.session.db
        f = self.form
        entries = cycles.time_entries(db, self.cycle_id)
        f.timeLog.clear()
        for e in reversed(entries):
            short_list.add_row(
                f.timeLog,
                f"{fmt.day(e.occurred_on)} · {fmt.minutes(e.minutes)} · "
                f"{e.activity.replace('_', '-')}" + (f" · {isolate(e.note)}" if e.note else ""),
            )
        short_list.fit_rows(f.timeLog)
        f.timeTotal.setText(f"Total: {fmt.minutes(sum(e.minutes for e in entries))}")
        f.timeline.clear()
        for change in cycles.stage_history(db, self.cycle_id):
            what = (
                f"Started in {STAGE_LABELS[change.to_stage]}"
                if change.from_stage is None
                else f"{STAGE_LABELS[change.from_stage]} → {STAGE_LABELS[change.to_stage]}"
            )
            short_list.add_row(f.timeline, f"{fmt.day_and_clock(change.changed_at)} · {what}")
        short_list.fit_rows(f.timeline)

    def _move(self, stage: str) -> None:
        if self.cycle_id is not None:
            self.view.move_stage(self.cycle_id, stage)
            self._show_stage(cycles.get(self.session.db, self.cycle_id).stage)
            self._fill_logs()

    def next_stage(self) -> None:
        if self.cycle_id is None:
            return
        stage = cycles.get(self.session.db, self.cycle_id).stage
        if stage != "complete":
            self._move(STAGES[STAGES.index(stage) + 1])

    def add_time(self) -> None:
        if self.cycle_id is None:
            return
        f = self.form
        outcome = self.session.write(
            cycles.log_time,
            self.cycle_id,
            f.minutes.value(),
            activity=f.activity.currentData(),
            note=f.timeNote.text(),
        )
        if outcome.ok:
            f.timeNote.clear()
            self._fill_logs()


class CyclesView(View):
    title = "Coaching cycles"
    kinds = frozenset({Kind.CYCLE, Kind.TEACHER})

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.stack = QStackedWidget()
        board = QWidget()
        board_layout = QVBoxLayout(board)
        board_layout.addLayout(title_bar("Coaching cycles", ("&New cycle", self.new_item)))
        hint = QLabel(
            "Drag a card to another stage, or select it and press Alt+Shift+→. Enter opens it."
        )
        hint.setProperty("muted", True)
        board_layout.addWidget(hint)
        columns = QHBoxLayout()
        self.columns: dict[str, StageColumn] = {}
        for stage in STAGES:
            box = QVBoxLayout()
            label = QLabel(STAGE_LABELS[stage])
            label.setProperty("section", True)
            box.addWidget(label)
            column = StageColumn(stage, self)
            column.itemActivated.connect(lambda item: self.open_item(item.data(ID_ROLE)))
            box.addWidget(column)
            columns.addLayout(box)
            self.columns[stage] = column
        board_layout.addLayout(columns)
        QShortcut(QKeySequence("Alt+Shift+Right"), board, lambda: self._shift(+1))
        QShortcut(QKeySequence("Alt+Shift+Left"), board, lambda: self._shift(-1))
        self.page = CyclePage(session, self)
        self.stack.addWidget(board)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def showing_list(self) -> bool:
        return self.stack.currentWidget() is not self.page

    def refresh(self) -> None:
        rows = cycles.list_cycles(self.session.db)
        for stage, column in self.columns.items():
            column.clear()
            for row in (r for r in rows if r.stage == stage):
                text = (
                    f"{row.title or 'Coaching cycle'}\n{row.teachers}\n"
                    f"since {fmt.day(row.started_on)} · {fmt.minutes(row.minutes)}"
                )
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                item.setToolTip(text)
                column.addItem(item)
            column.fit_cards()
        if self.stack.currentWidget() is self.page and self.page.cycle_id is not None:
            try:
                self.page.show_cycle(self.page.cycle_id)
            except Exception:  # deleted meanwhile
                self.back()

    def move_stage(self, cycle_id: int, stage: str) -> None:  # not move(): QWidget's own
        self.session.write(cycles.move_stage, cycle_id, stage)

    def _shift(self, step: int) -> None:
        for stage, column in self.columns.items():
            item = column.currentItem()
            if column.hasFocus() and item is not None:
                target = STAGES.index(stage) + step
                if 0 <= target < len(STAGES):
                    cycle_id = item.data(ID_ROLE)
                    self.move_stage(cycle_id, STAGES[target])
                    self._focus_card(cycle_id)
                return

    def _focus_card(self, cycle_id: int) -> None:
        for column in self.columns.values():
            for row in range(column.count()):
                if column.item(row).data(ID_ROLE) == cycle_id:
                    column.setFocus()
                    column.setCurrentRow(row)

    def open_item(self, item_id: int, kind: str = "") -> None:
        self.refresh_if_stale()
        self.page.show_cycle(item_id)
        self.stack.setCurrentWidget(self.page)
        self.page.form.title.setFocus()

    def handout(self) -> Any:
        from stemlead.pdf.handouts import Request

        if self.stack.currentWidget() is self.page and self.page.cycle_id is not None:
            return Request("cycle", self.page.cycle_id)
        return None

    def back(self) -> bool:
        if self.stack.currentWidget() is self.page:
            cycle_id = self.page.cycle_id
            self.stack.setCurrentIndex(0)
            self.refresh_if_stale()
            if cycle_id is not None:
                self._focus_card(cycle_id)
            return True
        return False

    def new_item(self, teacher_ids: list[int] | None = None) -> None:
        if teacher_ids is None:
            dialog = NewCycleDialog(self.session, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            teacher_ids, title = dialog.chosen(), dialog.title.text()
        else:
            title = ""
        outcome = self.session.write(cycles.add, teacher_ids=teacher_ids, title=title)
        if outcome.ok and outcome.value is not None:
            self.open_item(outcome.value)
