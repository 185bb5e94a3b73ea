"""Mentoring: the pairs (a list beside the selected pair's page) and who may be on an island
(``island``), in two tabs. Ctrl+N starts a pair; Delete (in the list) deletes one into the
trash; Ctrl+P previews the pair's agreement (or, once it has ended, its summary)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import check_ins, mentorships
from stemlead.core.changes import Kind
from stemlead.core.mentorships import ENDED, STATUS_LABELS
from stemlead.errors import NotFound
from stemlead.gui import fmt
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import ListAndPage, Navigate
from stemlead.gui.views.island import IslandTab
from stemlead.gui.views.mentorship_page import MentorshipPage
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.handout_button import show_handout
from stemlead.gui.widgets.tables import filter_box, record_table


class MentoringView(ListAndPage):
    title = "Mentoring"
    kinds = frozenset(
        {
            Kind.MENTORSHIP,
            Kind.CHECK_IN,
            Kind.ACTION_ITEM,
            Kind.TEACHER,
            Kind.CONTACT,
            Kind.GROUP,
            Kind.COACHING_LOG,
            Kind.CYCLE,
            Kind.OBSERVATION,
            Kind.LEARNING_PLAN,
        }
    )
    fetch = staticmethod(mentorships.get)

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.model = RowsModel(
            [
                Column("Mentee", lambda m: m.mentee),
                Column("Mentor", lambda m: m.mentor_label),
                Column("Status", lambda m: STATUS_LABELS[m.status]),
                Column(
                    "Next check-in",
                    lambda m: ("Overdue · " if m.overdue else "") + fmt.day(m.due_on),
                    lambda m: m.due_on or "9999",
                ),
            ],
            colour=lambda m: "error" if m.overdue else "",
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filter = filter_box(self.model, "pairs")
        left_layout.addWidget(self.filter)
        self.status = QComboBox()
        self.status.setAccessibleName("Filter by pair status")
        self.status.addItem("Any status", None)
        for status, label in STATUS_LABELS.items():
            self.status.addItem(label, status)
        self.status.currentIndexChanged.connect(lambda _: self.refresh(follow_filter=True))
        left_layout.addWidget(self.status)
        self.table = record_table(self.model, "Mentoring pairs")
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        left_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, slot in (("&New pair…", self.new_item), ("&Log check-in…", self.log_check_in)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.page = MentorshipPage(session)
        self.page.handout_requested.connect(self._show_handout)
        self.page.mentor_change_requested.connect(self.change_mentor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 720])
        self.island = IslandTab(session)
        self.island.pairing_requested.connect(self.new_pair_for)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Mentoring")
        self.tabs.addTab(splitter, "&Pairs")
        self.tabs.addTab(self.island, "On an &island")
        self.tabs.currentChanged.connect(lambda _: self._island_if_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._island_stale = True
        self._sized = False

    # -- the list -------------------------------------------------------------------------------
    def refresh(self, *, follow_filter: bool = False) -> None:
        current = self.page.pair_id
        self.model.set_rows(
            mentorships.list_mentorships(self.session.db, status=self.status.currentData())
        )
        if not self._sized:  # measured once: every cell again on each save costs the most
            self._sized = True
            self.table.resizeColumnsToContents()
        self._select(current, keep_page=not follow_filter)
        if self.page.pair_id is not None and self.page.pair_id == current:
            self.page.reload()
        self._island_stale = True
        self._island_if_shown()

    def _island_if_shown(self) -> None:
        """The island view is worked out when it is on screen (and again after a change)."""
        if self.tabs.currentWidget() is self.island and self._island_stale:
            self._island_stale = False
            self.island.refresh()

    def clear_page(self) -> None:
        self.page.show_pair(None)

    def _selected(self, index: Any, _previous: Any = None) -> None:
        if not index.isValid():
            return
        pair_id = self.model.row_at(index.row()).id
        if pair_id == self.page.pair_id:
            return
        try:
            self.page.show_pair(pair_id)
        except NotFound:  # deleted meanwhile
            self.page.show_pair(None)

    # -- View -------------------------------------------------------------------------------------
    def open_item(self, item_id: int, kind: str = "") -> None:
        """A pair, a check-in (its pair's log, that entry chosen) or a teacher on an island."""
        self.refresh_if_stale()
        if kind == "islander":
            self.tabs.setCurrentWidget(self.island)
            self._island_if_shown()
            self.island.select(item_id or None)
            self.island.table.setFocus()
            return
        self.tabs.setCurrentIndex(0)
        check_in = None
        if kind == "check_in":
            check_in = item_id
            item_id = check_ins.get(self.session.db, item_id).mentorship_id
        self.filter.clear()
        if self.model.row_of(lambda m: m.id == item_id) < 0:
            self.status.blockSignals(True)
            self.status.setCurrentIndex(0)
            self.status.blockSignals(False)
            self.refresh()
        self._select(item_id)
        if check_in is not None:
            self.page.select_check_in(check_in)
        else:
            self.page.form.tabs.setCurrentWidget(self.page.form.detailsTab)

    def new_item(self) -> None:
        self.new_pair_for(
            self.island.teacher_id if self.tabs.currentWidget() is self.island else None
        )

    def new_pair_for(self, mentee_id: int | None) -> None:
        from stemlead.gui.dialogs.new_mentorship import NewMentorshipDialog

        autosave.flush_all()
        dialog = NewMentorshipDialog(self.session, mentee_id, self)
        if dialog.exec() and dialog.created_id is not None:
            self.open_item(dialog.created_id, "mentorship")
            self.session.say("Pair created — log its first check-in when they meet")

    def log_check_in(self) -> None:
        if self.page.pair_id is not None:
            self.page.log_check_in()

    def change_mentor(self, pair_id: int) -> None:
        from PySide6.QtWidgets import QInputDialog

        from stemlead.core import mentor_suggestions

        pair = mentorships.get(self.session.db, pair_id)
        options = mentor_suggestions.suggest(self.session.db, pair.mentee_id, limit=30)
        if not options:
            self.session.say(
                "Nobody else can take another mentee; raise a capacity first.", error=True
            )
            return
        labels = [f"{s.name} · {s.score} points · {s.why}" for s in options]
        chosen, ok = QInputDialog.getItem(
            self, "Change mentor", "New mentor (best first)", labels, 0, False
        )
        if ok and chosen:
            pick = options[labels.index(chosen)]
            self.session.write(mentorships.set_mentor, pair_id, **{f"{pick.kind}_id": pick.id})

    def handout(self) -> Any:
        from stemlead.pdf.handouts import Request

        if self.page.pair_id is None:
            return None
        status = mentorships.get(self.session.db, self.page.pair_id).status
        return Request("mentoring-summary" if status in ENDED else "mentorship", self.page.pair_id)

    def _show_handout(self, kind: str) -> None:
        from stemlead.pdf.handouts import Request

        if self.page.pair_id is not None:
            show_handout(self.session, Request(kind, self.page.pair_id), self)

    def delete_selected(self) -> None:
        pair_id = self.page.pair_id
        if pair_id is not None:
            row = mentorships.row(self.session.db, pair_id)
            self.session.delete(mentorships.delete, pair_id, f"{row.mentee} with {row.mentor}")
