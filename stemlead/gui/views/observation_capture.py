"""Live observation capture: the evidence log, typed one line at a time.

Enter saves the line at once with its clock time; Ctrl+1..4 choose what the next line is
(evidence, a strength, student thinking, a wondering), or re-mark the selected line when
the log has focus. Whatever is in the input box is kept as a draft after a short pause,
so a crash or a closed lid loses nothing. Private notes sit in their own, visibly
different pane and never leave this screen.

The log takes the whole height beside a side pane (look-fors, the cycle, focus, next
steps, private notes) that scrolls, so a small screen at 150% still shows ten lines and
more; Ctrl+Shift+S and Ctrl+Shift+P jump to the next steps and the private notes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from stemlead.clock import now
from stemlead.core import action_items, cycles, drafts, observations, owners, teachers
from stemlead.core.fields import parse_moment
from stemlead.core.observations import LINE_KIND_LABELS, LINE_KINDS, Line, Observation
from stemlead.gui import fmt
from stemlead.gui.fmt import isolate
from stemlead.gui.forms.ui_observation_capture import Ui_ObservationCapture
from stemlead.gui.session import Session
from stemlead.gui.style import KIND_COLOURS, chip_style
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.handout_button import handout_button
from stemlead.gui.widgets.owner_combo import chosen_or_named, fill_everyone
from stemlead.gui.widgets.record_form import RecordForm

LINE_ROLE = Qt.ItemDataRole.UserRole
DRAFT_PAUSE_MS = 400
NEXT_STEPS_KEYS, PRIVATE_NOTES_KEYS = "Ctrl+Shift+S", "Ctrl+Shift+P"
_PLACEHOLDERS = {
    "evidence": "Type what you see or hear and press Enter",
    "strength": "A strength you noticed — what the teacher did and what it made possible",
    "student_thinking": "What students said, wrote or did that shows their thinking",
    "wondering": "I wonder… (a question for the debrief, not a verdict)",
}


class CapturePage(QWidget):
    back_requested = Signal()
    open_requested = Signal(str, int)  # another item to show: ("cycle", id)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.teacher_id: int | None = None
        self.starts_at = ""
        self.kind = "evidence"
        self.form = f = Ui_ObservationCapture()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        f.hint.setProperty("muted", True)
        f.splitter.setStretchFactor(0, 7)  # the log keeps most of any width, on any screen
        f.splitter.setStretchFactor(1, 3)
        f.splitter.setSizes([700, 300])
        header = f.log.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Rows are sized one at a time as lines arrive (sizing all of them on every Enter
        # cost milliseconds on a long visit) and all at once when the columns change width.
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(100)
        self._rewrap.timeout.connect(self._rewrap_rows)
        header.sectionResized.connect(lambda *_: self._rewrap.start())
        f.privateHint.setProperty("muted", True)
        f.input.returnPressed.connect(self.save_line)
        f.input.textEdited.connect(lambda _: self._draft_timer.start())
        f.nextStepInput.returnPressed.connect(self.add_next_step)
        f.nextSteps.itemActivated.connect(self._toggle_step)
        f.endVisit.clicked.connect(self.end_visit)
        f.back.clicked.connect(self.back_requested.emit)
        f.cycle.activated.connect(lambda _: self._set_cycle())
        f.openCycle.clicked.connect(self._open_cycle)
        self.pdf = handout_button("Teacher's note (&PDF)…", session, self, self.handout)
        self.pdf.setObjectName("handout")
        f.top.addWidget(self.pdf)
        QWidget.setTabOrder(f.endVisit, self.pdf)  # in the order of the screen, then the log
        QWidget.setTabOrder(self.pdf, f.log)
        f.log.itemChanged.connect(self._line_edited)
        self._draft_timer: QTimer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(15_000)
        self._clock_timer.timeout.connect(self._tick)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for number, kind in enumerate(LINE_KINDS, 1):
            shortcut = QShortcut(
                QKeySequence(f"Ctrl+{number}"), self, lambda kind=kind: self.mark(kind)
            )
            shortcut.setContext(context)
        for keys, slot in (
            ("Ctrl+Up", self.remark_last),
            ("Ctrl+Shift+Return", self.end_visit),
            ("Delete", self._delete_selected),
            (NEXT_STEPS_KEYS, lambda: self._jump(f.nextStepInput)),
            (PRIVATE_NOTES_KEYS, lambda: self._jump(f.privateNotes)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(context)
        self.fields = RecordForm.on(
            session, Observation, observations.update, f, ("focus", "private_notes")
        )
        self._set_kind("evidence")
        session.restored.connect(self._refill)

    @property
    def observation_id(self) -> int | None:
        return self.fields.item_id

    def _refill(self) -> None:
        """After an undo: show the evidence lines and next steps that came back."""
        if self.observation_id is None:
            return
        self._fill_log(observations.lines(self.session.db, self.observation_id))
        self._fill_next_steps()

    def handout(self) -> Any:
        from stemlead.pdf.handouts import Request

        return Request("observation", self.observation_id) if self.observation_id else None

    # -- loading ---------------------------------------------------------------------------
    def show_observation(self, observation_id: int) -> None:
        autosave.flush_all()
        self.save_draft()
        db = self.session.db
        obs = observations.get(db, observation_id)
        self.fields.show(obs)
        self.teacher_id = obs.teacher_id
        self.starts_at = obs.starts_at
        teacher = teachers.get(db, obs.teacher_id)
        where = f" · {isolate(obs.class_context)}" if obs.class_context else ""
        self.form.heading.setText(
            f"{isolate(teacher.name)}{where} · {fmt.day_and_clock(obs.starts_at)}"
        )
        looks = [isolate(lf.label) for lf in observations.look_fors(db, observation_id)]
        self.form.lookFors.setText(
            "Look-fors: " + " · ".join(looks) if looks else "No look-fors chosen."
        )
        self._fill_cycles(obs.cycle_id)
        fill_everyone(self.form.nextStepOwner, db, obs.teacher_id)
        self._fill_log(observations.lines(db, observation_id))
        self._fill_next_steps()
        self.form.input.setText(drafts.load(db, observations.line_draft_key(observation_id)))
        self._set_kind("evidence")
        self._ended_at = obs.ended_at
        self._tick()
        self._clock_timer.start()

    def _fill_log(self, lines: list[Line]) -> None:
        log = self.form.log
        log.blockSignals(True)
        log.setRowCount(0)
        for line in lines:
            self._append(line)
        log.blockSignals(False)
        log.resizeRowsToContents()
        log.scrollToBottom()

    def _append(self, line: Line) -> None:
        log = self.form.log
        row = log.rowCount()
        log.insertRow(row)
        cells = (
            fmt.clock(line.recorded_at),
            f"+{line.minutes_into(self.starts_at)}",
            LINE_KIND_LABELS[line.kind],
            line.text,
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column != 3:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            log.setItem(row, column, item)
        self._cell(row, 0).setData(LINE_ROLE, line.id)
        self._cell(row, 2).setForeground(_brush(line.kind))
        log.resizeRowToContents(row)

    def _rewrap_rows(self) -> None:
        """Rows take the height of their text at the new width; a log showing its latest
        line still shows it after (a row growing taller pushed it out of sight)."""
        log = self.form.log
        bar = log.verticalScrollBar()
        at_end = bar.value() >= bar.maximum()
        log.resizeRowsToContents()
        if at_end:
            log.scrollToBottom()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.form.log.item(row, column)
        assert item is not None  # every row gets all its cells when it is added
        return item

    def _line_id(self, row: int) -> int:
        return int(self._cell(row, 0).data(LINE_ROLE))

    def select_line(self, line_id: int) -> None:
        """Show one line of the log, selected (a search hit on its words)."""
        log = self.form.log
        for row in range(log.rowCount()):
            if self._line_id(row) == line_id:
                log.setCurrentCell(row, 3)
                log.scrollToItem(self._cell(row, 3))
                log.setFocus()
                return

    def _fill_cycles(self, current: int | None) -> None:
        """The teacher's cycles, so a visit can join one (or change) after it started."""
        combo = self.form.cycle
        combo.clear()
        combo.addItem("Not part of a cycle", None)
        for c in cycles.list_cycles(self.session.db, teacher_id=self.teacher_id):
            if c.stage != "complete" or c.id == current:
                combo.addItem(c.title or "Coaching cycle", c.id)
                combo.setItemData(combo.count() - 1, c.title, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self.form.openCycle.setEnabled(current is not None)

    def _set_cycle(self) -> None:
        if self.observation_id is None:
            return
        cycle_id = self.form.cycle.currentData()
        if self.session.write(observations.update, self.observation_id, cycle_id=cycle_id).ok:
            self.form.openCycle.setEnabled(cycle_id is not None)

    def _open_cycle(self) -> None:
        cycle_id = self.form.cycle.currentData()
        if cycle_id is not None:
            self.open_requested.emit("cycle", cycle_id)

    def _jump(self, widget: QWidget) -> None:
        """Ctrl+Shift+S / Ctrl+Shift+P: to the next steps or the private notes, in view."""
        self.form.sidePane.ensureWidgetVisible(widget)
        widget.setFocus()

    def _fill_next_steps(self) -> None:
        assert self.observation_id is not None
        widget = self.form.nextSteps
        widget.clear()
        for step in action_items.list_action_items(
            self.session.db, source="observation", source_id=self.observation_id
        ):
            due = f" · due {fmt.day(step.due_on)}" if step.due_on else ""
            mark = "○" if step.is_open else "✓"
            owner = isolate(owners.display(step.owner_kind, step.owner_name))
            item = QListWidgetItem(f"{mark} {isolate(step.title)} — {owner}{due}")
            item.setData(LINE_ROLE, step.id)
            widget.addItem(item)

    def _tick(self) -> None:
        if not self.starts_at:
            return
        if getattr(self, "_ended_at", None):
            self.form.clock.setText(f"Ended {fmt.clock(self._ended_at)}")
            self.form.endVisit.setEnabled(False)
            return
        self.form.endVisit.setEnabled(True)
        elapsed = int((now() - parse_moment(self.starts_at)).total_seconds() // 60)
        self.form.clock.setText(f"{max(0, elapsed)} min into the visit")

    # -- typing ----------------------------------------------------------------------------
    def _set_kind(self, kind: str) -> None:
        self.kind = kind
        chip = self.form.kindChip
        chip.setText(LINE_KIND_LABELS[kind])
        chip.setStyleSheet(chip_style(kind))
        self.form.input.setPlaceholderText(_PLACEHOLDERS[kind])

    def mark(self, kind: str) -> None:
        """Ctrl+1..4: the kind of the next line, or of the selected line in the log."""
        row = self.form.log.currentRow()
        if self.form.log.hasFocus() and row >= 0:
            self._remark(row, kind)
        else:
            self._set_kind(kind)
            self.form.input.setFocus()

    def remark_last(self) -> None:
        """Ctrl+Up: give the last saved line the kind currently chosen."""
        count = self.form.log.rowCount()
        if count:
            self._remark(count - 1, self.kind)
            self._set_kind("evidence")

    def _remark(self, row: int, kind: str) -> None:
        if self.session.write(observations.update_line, self._line_id(row), kind=kind).ok:
            self.form.log.blockSignals(True)
            cell = self._cell(row, 2)
            cell.setText(LINE_KIND_LABELS[kind])
            cell.setForeground(_brush(kind))
            self.form.log.blockSignals(False)

    def save_line(self) -> None:
        if self.observation_id is None:
            return
        text = self.form.input.text().strip()
        if not text:
            return
        self._draft_timer.stop()
        outcome = self.session.write(
            observations.add_line,
            self.observation_id,
            text,
            self.kind,
            draft_key=observations.line_draft_key(self.observation_id),
        )
        if outcome.ok and outcome.value is not None:
            line = observations.get_line(self.session.db, outcome.value)
            self.form.log.blockSignals(True)
            self._append(line)
            self.form.log.blockSignals(False)
            self.form.log.scrollToBottom()
            self.form.input.clear()
            self._set_kind("evidence")

    def save_draft(self) -> None:
        self._draft_timer.stop()
        if self.observation_id is not None:
            self.session.write(
                drafts.save,
                observations.line_draft_key(self.observation_id),
                self.form.input.text(),
            )

    def _line_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 3:
            return
        line_id = self._line_id(item.row())
        if not self.session.write(observations.update_line, line_id, text=item.text()).ok:
            self.form.log.blockSignals(True)
            item.setText(observations.get_line(self.session.db, line_id).text)
            self.form.log.blockSignals(False)

    def _delete_selected(self) -> None:
        row = self.form.log.currentRow()
        if row < 0 or not self.form.log.hasFocus():
            return
        line_id = self._line_id(row)
        label = observations.get_line(self.session.db, line_id).describe()
        if self.session.delete(observations.delete_line, line_id, label):
            self.form.log.removeRow(row)

    # -- after the visit -------------------------------------------------------------------
    def end_visit(self) -> None:
        if (
            self.observation_id is not None
            and self.session.write(observations.end, self.observation_id).ok
        ):
            self._ended_at = observations.get(self.session.db, self.observation_id).ended_at
            self._tick()

    def add_next_step(self) -> None:
        text = self.form.nextStepInput.text().strip()
        if not text or self.observation_id is None:
            return
        owner = chosen_or_named(self.form.nextStepOwner)
        if self.session.write(
            action_items.add,
            text,
            observation_id=self.observation_id,
            **{f"owner_{key}": value for key, value in owner.items()},
        ).ok:
            self.form.nextStepInput.clear()
            self.form.nextStepOwner.setCurrentIndex(0)  # the next one is the teacher's again
            self._fill_next_steps()

    def _toggle_step(self, item: QListWidgetItem) -> None:
        if self.session.write(action_items.toggle_done, item.data(LINE_ROLE)).ok:
            self._fill_next_steps()

    def leave(self) -> None:
        self.save_draft()
        self._clock_timer.stop()


def _brush(kind: str) -> Any:
    from PySide6.QtGui import QColor

    return QColor(KIND_COLOURS[kind])
