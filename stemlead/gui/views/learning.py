"""Professional learning, in three tabs: learning plans (every teacher's, and the coach's
own first), the catalogue of offerings, and coverage (the growth areas no offering serves,
and how far each offering reaches). Ctrl+N adds an offering in the catalogue, or learning
of the teacher's own on a plan; Ctrl+P previews the learning plan handout."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import learning_plans, offerings, pd_coverage, teachers
from stemlead.core.changes import Kind
from stemlead.core.learning_plans import ME
from stemlead.core.offerings import FORMAT_LABELS
from stemlead.errors import NotFound
from stemlead.gui import fmt
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import Navigate, View
from stemlead.gui.views.learning_plan_page import LearningPlanPage
from stemlead.gui.views.offering_page import OfferingPage
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.handout_button import show_handout
from stemlead.gui.widgets.tables import filter_box, record_table
from stemlead.pdf.fmt import duration


@dataclass(frozen=True, slots=True)
class _PlanRow:
    id: int
    name: str
    areas: str
    entries: int
    minutes_done: int


def _splitter(left: QWidget, right: QWidget) -> QSplitter:
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([440, 700])
    return splitter


def _column(*widgets: Any) -> QWidget:
    """Widgets (and rows of buttons) one above the other; tables and splitters take the room."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        if isinstance(widget, QHBoxLayout):
            layout.addLayout(widget)
        else:
            layout.addWidget(widget, 1 if isinstance(widget, QTableView | QSplitter) else 0)
    return box


class LearningView(View):
    title = "Professional learning"
    kinds = frozenset(
        {
            Kind.LEARNING_PLAN,
            Kind.OFFERING,
            Kind.TEACHER,
            Kind.PARTNER,
            Kind.OBSERVATION,
            Kind.CYCLE,
        }
    )

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Professional learning")
        self.tabs.addTab(self._plans_tab(), "Learning &plans")
        self.tabs.addTab(self._offerings_tab(), "&Catalogue")
        self.tabs.addTab(self._coverage_tab(), "Co&verage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._sized = False
        self._coverage_stale = True
        self.reach: dict[int, int] = {}
        self.tabs.currentChanged.connect(lambda _: self._coverage_if_shown())
        QShortcut(QKeySequence.StandardKey.Find, self, self._find)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.offering_table, self.delete_offering
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- building ---------------------------------------------------------------------------------
    def _plans_tab(self) -> QWidget:
        self.plan_model = RowsModel(
            [
                Column("Teacher", lambda p: p.name),
                Column("Growth areas", lambda p: p.areas),
                Column("Entries", lambda p: str(p.entries), lambda p: p.entries),
                Column(
                    "Done",
                    lambda p: duration(p.minutes_done) if p.minutes_done else "",
                    lambda p: p.minutes_done,
                ),
            ]
        )
        self.plan_filter = filter_box(self.plan_model, "plans")
        self.plan_table = record_table(self.plan_model, "Learning plans")
        self.plan_table.selectionModel().currentRowChanged.connect(self._plan_chosen)
        self.plan_page = LearningPlanPage(self.session)
        self.plan_page.handout_requested.connect(
            lambda: show_handout(self.session, self.handout(), self)
        )
        self.plan_page.open_requested.connect(self.navigate)
        return _splitter(_column(self.plan_filter, self.plan_table), self.plan_page)

    def _offerings_tab(self) -> QWidget:
        self.offering_model = RowsModel(
            [
                Column("Offering", lambda o: o.title),
                Column("Format", lambda o: FORMAT_LABELS[o.format]),
                Column("Starts", lambda o: fmt.day(o.starts_on), lambda o: o.starts_on or "9999"),
                Column(
                    "Hours", lambda o: duration(o.minutes) if o.minutes else "", lambda o: o.minutes
                ),
            ]
        )
        self.offering_filter = filter_box(self.offering_model, "the catalogue")
        self.format = QComboBox()
        self.format.setAccessibleName("Filter by format")
        self.format.addItem("Any format", None)
        for value, label in FORMAT_LABELS.items():
            self.format.addItem(label, value)
        self.format.currentIndexChanged.connect(lambda _: self.refresh())
        self.offering_table = record_table(self.offering_model, "Offerings")
        self.offering_table.selectionModel().currentRowChanged.connect(self._offering_chosen)
        buttons = QHBoxLayout()
        for text, slot in (("&New offering…", self.new_offering), ("Delete", self.delete_offering)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.offering_page = OfferingPage(self.session)
        left = _column(self.offering_filter, self.format, self.offering_table, buttons)
        return _splitter(left, self.offering_page)

    def _coverage_tab(self) -> QWidget:
        self.area_model = RowsModel(
            [
                Column("Growth area", lambda a: a.label),
                Column("Teachers who named it", lambda a: str(a.teachers), lambda a: a.teachers),
                Column(
                    "Offerings",
                    lambda a: str(a.offerings) if a.offerings else "None yet",
                    lambda a: a.offerings,
                ),
            ],
            colour=lambda a: "" if a.offerings else "error",
        )
        self.reach_model = RowsModel(
            [
                Column("Offering", lambda r: r.title),
                Column("Format", lambda r: FORMAT_LABELS[r.format]),
                Column("Would serve", lambda r: str(r.teachers), lambda r: r.teachers),
                Column("On plans", lambda r: str(r.in_plans), lambda r: r.in_plans),
            ]
        )
        self.coverage_note = QLabel()
        self.coverage_note.setWordWrap(True)
        self.coverage_note.setProperty("muted", True)
        self.area_table = record_table(
            self.area_model, "Growth areas and the offerings that serve them"
        )
        self.reach_table: QTableView = record_table(
            self.reach_model, "How many teachers each offering would serve"
        )
        self.reach_table.activated.connect(
            lambda index: self.open_item(self.reach_model.row_at(index.row()).id, "offering")
        )
        areas = QLabel("Growth areas across all teachers (those no offering serves first)")
        areas.setProperty("section", True)
        areas.setWordWrap(True)
        reach = QLabel("How many teachers each offering would serve (Enter opens it)")
        reach.setProperty("section", True)
        reach.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(_column(areas, self.area_table))
        splitter.addWidget(_column(reach, self.reach_table))
        return _column(self.coverage_note, splitter)

    # -- filling ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.session.db
        plans = {p.id: p for p in learning_plans.list_plans(db)}
        own = plans.get(ME)
        rows = [
            _PlanRow(
                ME,
                "My own plan",
                ", ".join(own.areas) if own else "",
                own.items if own else 0,
                own.minutes_done if own else 0,
            )
        ]
        for teacher in teachers.list_teachers(db):
            plan = plans.get(teacher.id)
            rows.append(
                _PlanRow(
                    teacher.id,
                    teacher.name,
                    ", ".join(plan.areas) if plan else "",
                    plan.items if plan else 0,
                    plan.minutes_done if plan else 0,
                )
            )
        keep_plan = self.plan_page.teacher_id
        self.plan_model.set_rows(rows)
        if not self._sized:  # measured once: every cell of 400 rows costs more than the rest
            self._sized = True
            self.plan_table.resizeColumnsToContents()
            self.plan_table.setColumnWidth(0, min(self.plan_table.columnWidth(0), 180))
            self.plan_table.setColumnWidth(1, min(self.plan_table.columnWidth(1), 160))
        self._select(self.plan_table, self.plan_model, keep_plan)
        if self.plan_page.teacher_id is not None and self.plan_page.teacher_id == keep_plan:
            self.plan_page.reload()
        keep_offering = self.offering_page.offering_id
        self.offering_model.set_rows(offerings.list_offerings(db, format=self.format.currentData()))
        self.offering_table.resizeColumnsToContents()
        self.offering_table.setColumnWidth(0, min(self.offering_table.columnWidth(0), 260))
        self._select(self.offering_table, self.offering_model, keep_offering)
        self._coverage_stale = True
        self._coverage_if_shown()

    def _coverage_if_shown(self) -> None:
        """Coverage (and each offering's reach) is worked out when it is looked at."""
        if self.tabs.currentIndex() == 0 or not self._coverage_stale:
            return
        self._coverage_stale = False
        report = pd_coverage.coverage(self.session.db)
        self.reach = {r.id: r.teachers for r in report.offerings}
        self.area_model.set_rows(report.areas)
        self.reach_model.set_rows(report.offerings)
        for table in (self.area_table, self.reach_table):
            table.resizeColumnsToContents()
            table.setColumnWidth(0, min(table.columnWidth(0), 240))
        uncovered = len(report.uncovered)
        self.coverage_note.setText(
            f"{uncovered} growth area{'s' if uncovered != 1 else ''} that teachers named "
            f"(on their plans, or in their own words) {'has' if uncovered == 1 else 'have'} "
            "no offering in the catalogue yet."
            if uncovered
            else "Every growth area teachers named has at least one offering."
        )
        self.offering_page.show_reach(self.reach)

    @staticmethod
    def _select(table: QTableView, model: RowsModel, item_id: int | None) -> None:
        row = model.row_of(lambda r: r.id == item_id) if item_id is not None else -1
        if row < 0 and model.rowCount():
            row = 0
        if row >= 0:
            table.selectRow(row)

    def _plan_chosen(self, index: Any, _previous: Any = None) -> None:
        if index.isValid():
            teacher_id = self.plan_model.row_at(index.row()).id
            if teacher_id != self.plan_page.teacher_id:
                self.plan_page.show_plan(teacher_id)

    def _offering_chosen(self, index: Any, _previous: Any = None) -> None:
        if not index.isValid():
            return
        offering_id = self.offering_model.row_at(index.row()).id
        if offering_id == self.offering_page.offering_id:
            return
        try:
            offering = offerings.get(self.session.db, offering_id)
        except NotFound:
            offering = None
        self.offering_page.show_offering(offering)
        self.offering_page.show_reach(self.reach)

    # -- View -------------------------------------------------------------------------------------
    def open_item(self, item_id: int, kind: str = "") -> None:
        """An offering in the catalogue, or a teacher's learning plan (0: the coach's own)."""
        self.refresh_if_stale()
        if kind == "offering":
            self.tabs.setCurrentIndex(1)
            self.offering_filter.clear()
            if self.offering_model.row_of(lambda o: o.id == item_id) < 0:
                self.format.setCurrentIndex(0)
            self._select(self.offering_table, self.offering_model, item_id)
            self.offering_table.setFocus()
            return
        self.tabs.setCurrentIndex(0)
        self.plan_filter.clear()
        self._select(self.plan_table, self.plan_model, item_id)
        self.plan_table.setFocus()

    def new_item(self) -> None:
        if self.tabs.currentIndex() == 0 and self.plan_page.teacher_id is not None:
            self.plan_page.add_own()
        else:
            self.new_offering()

    def new_offering(self) -> None:
        from stemlead.gui.dialogs.new_offering import NewOfferingDialog

        autosave.flush_all()
        dialog = NewOfferingDialog(self.session, self)
        if dialog.exec() and dialog.created_id is not None:
            self.open_item(dialog.created_id, "offering")
            self.offering_page.form.provider.setFocus()

    def delete_offering(self) -> None:
        offering_id = self.offering_page.offering_id
        if offering_id is not None:
            title = offerings.get(self.session.db, offering_id).title
            self.session.delete(offerings.delete, offering_id, title)

    def handout(self) -> Any:
        from stemlead.pdf.handouts import Request

        if self.tabs.currentIndex() == 0 and self.plan_page.teacher_id is not None:
            return Request("learning-plan", self.plan_page.teacher_id)
        return None

    def _find(self) -> None:
        box = (self.plan_filter, self.offering_filter, self.plan_filter)[self.tabs.currentIndex()]
        box.setFocus()
