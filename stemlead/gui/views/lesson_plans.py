"""Lesson plans: the shared library, filterable by grade band, subject, tag, author and
whether a plan has been reviewed, beside the selected plan's page (``lesson_plan_page``)
or one of its review rounds (``review_round_page``).

A protocol or rubric file with a mistake is named in one line above the list: the section
still opens, and the other protocols work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import (
    lesson_plans,
    lesson_share,
    review_protocols,
    review_rounds,
    tags,
    teachers,
)
from stemlead.core.changes import Kind
from stemlead.errors import NotFound, StemLeadError
from stemlead.gui import style
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import ListAndPage, Navigate
from stemlead.gui.views.lesson_plan_page import LessonPlanPage
from stemlead.gui.views.review_round_page import ReviewRoundPage
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.tables import filter_box, record_table

REVIEWED = (("Reviewed or not", None), ("Reviewed", True), ("Not yet reviewed", False))


class LessonPlansView(ListAndPage):
    title = "Lesson plans"
    kinds = frozenset({Kind.LESSON_PLAN, Kind.REVIEW, Kind.TEACHER})
    fetch = staticmethod(lesson_plans.get)

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.model = RowsModel(
            [
                Column("Lesson plan", lambda p: p.title),
                Column("Authors", lambda p: p.authors),
                Column("Grades", lambda p: p.grade_band),
                Column("Subjects", lambda p: ", ".join(p.subjects)),
                Column(
                    "Version",
                    lambda p: f"v{p.latest_version}" if p.latest_version else "draft",
                    lambda p: p.latest_version or 0,
                ),
                Column("Reviews", lambda p: str(p.rounds) if p.rounds else "", lambda p: p.rounds),
                Column("Tags", lambda p: ", ".join(p.tags)),
            ]
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName("Protocol and rubric files that could not be used")
        style.mark(self.problems, "error")
        self.problems.hide()
        left_layout.addWidget(self.problems)
        self.filter = filter_box(self.model, "lesson plans")
        left_layout.addWidget(self.filter)
        first, second = QHBoxLayout(), QHBoxLayout()
        self.grade = self._combo("Filter by grade band", first)
        self.subject = self._combo("Filter by subject", first)
        self.reviewed = self._combo("Filter by reviewed or not", first)
        self.reviewed.blockSignals(True)
        for label, value in REVIEWED:
            self.reviewed.addItem(label, value)
        self.reviewed.blockSignals(False)
        self.tag = self._combo("Filter by tag", second)
        self.author = self._combo("Filter by author", second)
        left_layout.addLayout(first)
        left_layout.addLayout(second)
        self.table = record_table(self.model, "Lesson plans")
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        left_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, slot in (
            ("&New lesson plan", self.new_item),
            ("&Import a plan…", self.import_plan),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        self.page = LessonPlanPage(session)
        self.page.round_requested.connect(self.open_round)
        self.page.share_requested.connect(self.share_plan)
        self.round_page = ReviewRoundPage(session)
        self.round_page.back_requested.connect(self.back)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.page)
        self.pages.addWidget(self.round_page)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _combo(self, name: str, row: QHBoxLayout) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.currentIndexChanged.connect(lambda _: self.refresh(follow_filter=True))
        row.addWidget(combo, 1)
        return combo

    @staticmethod
    def _fill(combo: QComboBox, any_label: str, choices: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_label, None)
        for label, value in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # -- the list ---------------------------------------------------------------------------
    def refresh(self, *, follow_filter: bool = False) -> None:
        """Reload the filters' choices and the list; after a save the page keeps its plan
        even when the edit took it out of the filtered list."""
        db = self.session.db
        problems = review_protocols.library(db.path).problems
        self.problems.setText(" ".join(problems))
        self.problems.setVisible(bool(problems))
        everything = lesson_plans.library(db)
        used = {t for row in everything for t in row.tags}
        authors = {a for row in everything for a in row.author_ids}
        self._fill(self.grade, "Any grades", [(g, g) for g in lesson_plans.grade_bands(db)])
        self._fill(self.subject, "Any subject", [(s, s) for s in lesson_plans.subjects(db)])
        framework = [(t.label, t.id) for t in tags.list_tags(db) if t.label in used]
        free = [(f"#{t}", t) for t in lesson_plans.free_tags(db)]
        self._fill(self.tag, "Any tag", framework + free)
        self._fill(
            self.author,
            "Any author",
            [(t.name, t.id) for t in teachers.list_teachers(db) if t.id in authors],
        )
        filters = {
            "grade_band": self.grade.currentData(),
            "subject": self.subject.currentData(),
            "tag": self.tag.currentData(),
            "author_id": self.author.currentData(),
            "reviewed": self.reviewed.currentData(),
        }
        chosen = {k: v for k, v in filters.items() if v is not None}
        current = self.page.plan_id
        self.model.set_rows(lesson_plans.library(db, **chosen) if chosen else everything)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 200))
        self._select(current, keep_page=not follow_filter)
        if self.page.plan_id is not None and self.page.plan_id == current:
            self.page.reload()
        if self.pages.currentWidget() is self.round_page:
            self.round_page.reload()

    def showing_list(self) -> bool:
        return True  # the page keeps its typing: reload() never touches a field being edited

    def clear_page(self) -> None:
        self.page.show_plan(None)

    def _selected(self, index: Any, _previous: Any = None) -> None:
        if not index.isValid():
            return
        plan_id = self.model.row_at(index.row()).id
        if plan_id == self.page.plan_id:  # a refresh re-selecting it: stay on its round too
            return
        try:
            self.page.show_plan(lesson_plans.get(self.session.db, plan_id))
        except NotFound:
            self.page.show_plan(None)
        self.pages.setCurrentWidget(self.page)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._sized and self.width() > 800:
            self._sized = True
            self.splitter.setSizes([self.width() * 40 // 100, self.width() * 60 // 100])

    # -- View --------------------------------------------------------------------------------
    def open_item(self, item_id: int, kind: str = "") -> None:
        """A plan's page, or (``kind == "review"``) one review round's page."""
        self.refresh_if_stale()
        round_id = None
        if kind == "review":
            round_id = item_id
            item_id = review_rounds.plan_of(self.session.db, round_id)
        self.filter.clear()
        if self.model.row_of(lambda p: p.id == item_id) < 0:
            for combo in (self.grade, self.subject, self.reviewed, self.tag, self.author):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.refresh()
        self._select(item_id)
        if round_id is not None:
            self.open_round(round_id)

    def open_round(self, round_id: int) -> None:
        autosave.flush_all()
        self.round_page.show_round(round_id)
        self.pages.setCurrentWidget(self.round_page)

    def back(self) -> bool:
        if self.pages.currentWidget() is self.round_page:
            autosave.flush_all()
            self.pages.setCurrentWidget(self.page)
            self.page.reload()
            self.page.form.tabs.setCurrentWidget(self.page.form.reviewsTab)
            return True
        return False

    def handout(self) -> Any:
        from stemlead.pdf.handouts import Request

        if self.pages.currentWidget() is self.round_page and self.round_page.round_id:
            return Request("review", self.round_page.round_id)
        if self.page.plan_id:
            return Request("lesson-plan", self.page.plan_id)
        return None

    def new_item(self) -> None:
        """A new plan with its first author (more are added on its page)."""
        autosave.flush_all()
        everyone = teachers.list_teachers(self.session.db)
        if not everyone:
            self.session.say(
                "Add a teacher first: a lesson plan needs at least one author.", error=True
            )
            return
        names = [t.name for t in everyone]
        preferred = self.author.currentData()
        start = next((i for i, t in enumerate(everyone) if t.id == preferred), 0)
        name, ok = QInputDialog.getItem(
            self, "New lesson plan", "Its first author (add more on its page):", names, start, True
        )
        chosen = next((t for t in everyone if t.name == name), None) if ok else None
        if chosen is None:
            if ok:
                self.session.say(f"There is no teacher called “{name}”.", error=True)
            return
        outcome = self.session.write(
            lesson_plans.add,
            author_ids=[chosen.id],
            title="New lesson plan",
            subjects=chosen.subjects,
            grade_band=chosen.grade_band,
        )
        if outcome.ok and outcome.value is not None:
            self.open_item(outcome.value)
            f = self.page.form
            f.tabs.setCurrentWidget(f.planTab)
            f.title.setFocus()
            f.title.selectAll()

    def delete_selected(self) -> None:
        plan_id = self.page.plan_id
        if plan_id:
            title = lesson_plans.get(self.session.db, plan_id).title
            self.session.delete(lesson_plans.delete, plan_id, title)

    # -- sharing -----------------------------------------------------------------------------
    def share_plan(self, plan_id: int) -> None:
        from stemlead.pdf.names import safe_file_name

        title = lesson_plans.get(self.session.db, plan_id).title
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Share the lesson plan as a file",
            str(Path.home() / safe_file_name(title, ".json")),
            "Shared lesson plans (*.json)",
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".json") else Path(name + ".json")
        self.session.read_in_background(
            lambda reader: lesson_share.export_plan(reader, plan_id, path),
            lambda data: self.session.say(
                f"Saved “{title}” with {len(data['versions'])} version(s) and "
                f"{len(data['attachments'])} file(s) to {path}: no reviews, no private notes"
            ),
        )

    def import_plan(self) -> None:
        """A plan shared from another STEM Lead; when none of its authors is a teacher here,
        the coach names one."""
        name, _ = QFileDialog.getOpenFileName(
            self, "Import a shared lesson plan", str(Path.home()), "Shared lesson plans (*.json)"
        )
        if not name:
            return
        path = Path(name)
        try:
            needs_author = lesson_share.needs_author(self.session.db, path)
        except StemLeadError as exc:
            self.session.say(str(exc), error=True)
            return
        author_ids: list[int] = []
        if needs_author:
            everyone = teachers.list_teachers(self.session.db)
            picked, ok = QInputDialog.getItem(
                self,
                "Import a shared lesson plan",
                "None of its authors is a teacher here. Who is its author here?",
                [t.name for t in everyone],
                0,
                False,
            )
            author = next((t.id for t in everyone if t.name == picked), None)
            if not ok or author is None:
                return
            author_ids.append(author)
        outcome = self.session.write(lesson_share.import_plan, path, author_ids=author_ids)
        if outcome.ok and outcome.value is not None:
            self.open_item(outcome.value)
            self.session.say(f"Imported “{lesson_plans.get(self.session.db, outcome.value).title}”")
