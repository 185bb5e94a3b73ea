"""A rubric round's ratings: each reviewer rates every criterion alone, with evidence and a
suggestion; below, every reviewer's rating side by side with the spread, before the team
agrees its own rating per criterion (where the spread is widest, they talk first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidgetItem

from stemlead.core import review_feedback, review_protocols, review_rounds
from stemlead.core.review_protocols import Rubric
from stemlead.gui import style

if TYPE_CHECKING:
    from stemlead.gui.views.review_round_page import ReviewRoundPage

AGREED = "agreed"  # the rateAs entry for the team's own rating
EVIDENCE, SUGGESTION = 2, 3
WIDE_SPREAD = 2  # reviewers this far apart have something to talk about


class RubricTab:
    def __init__(self, page: ReviewRoundPage) -> None:
        self.page = page
        self.session = page.session
        f = self.form = page.form
        self.rubric: Rubric | None = None
        self._filling = False
        f.ratings.setColumnCount(4)
        f.ratings.setHorizontalHeaderLabels(["Criterion", "Rating", "Evidence", "Suggestion"])
        f.ratings.verticalHeader().hide()
        f.ratings.setWordWrap(True)
        f.ratings.setTabKeyNavigation(False)
        header = f.ratings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EVIDENCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SUGGESTION, QHeaderView.ResizeMode.Stretch)
        f.calibration.verticalHeader().hide()
        f.calibration.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        f.calibration.setTabKeyNavigation(False)
        f.ratings.itemChanged.connect(self._text_changed)
        f.rateAs.currentIndexChanged.connect(lambda _: self._fill_ratings())
        f.agreeMatching.clicked.connect(self.agree_matching)

    @property
    def reviewer_id(self) -> int | None:
        """Whose ratings the table shows: a reviewer's id, or None for the team's."""
        data = self.form.rateAs.currentData()
        return None if data in (AGREED, None) else int(data)

    def fill(self) -> None:
        round_ = self.page.round
        f = self.form
        if round_ is None:
            return
        self.rubric = review_protocols.library(self.session.db.path).rubrics.get(round_.rubric)
        usable = self.rubric is not None
        f.tabs.setTabEnabled(f.tabs.indexOf(f.rubricTab), usable)
        f.tabs.setTabToolTip(
            f.tabs.indexOf(f.rubricTab),
            "" if usable else "Only a rubric review has ratings (its rubric file must be readable)",
        )
        if not usable:
            return
        chosen = f.rateAs.currentData()
        f.rateAs.blockSignals(True)
        f.rateAs.clear()
        for reviewer in review_rounds.reviewers(self.session.db, round_.id):
            f.rateAs.addItem(reviewer.name, reviewer.id)
        f.rateAs.addItem("The team's agreed rating", AGREED)
        f.rateAs.setCurrentIndex(max(0, f.rateAs.findData(chosen)))
        f.rateAs.blockSignals(False)
        self._fill_ratings()
        self._fill_calibration()

    def _fill_ratings(self) -> None:
        rubric, round_ = self.rubric, self.page.round
        if rubric is None or round_ is None:
            return
        f = self.form
        mine = {
            r.criterion: r
            for r in review_feedback.ratings(self.session.db, round_.id)
            if r.reviewer_id == self.reviewer_id
        }
        self._filling = True
        f.ratings.setRowCount(len(rubric.criteria))
        for row, criterion in enumerate(rubric.criteria):
            name = QTableWidgetItem(f"{criterion.code} {criterion.label}")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setToolTip(f"{criterion.category}: {criterion.look_for}")
            f.ratings.setItem(row, 0, name)
            combo = QComboBox()
            combo.setAccessibleName(f"Rating of {criterion.code} {criterion.label}")
            combo.addItem("—", None)
            for value, label in rubric.scale:
                combo.addItem(label, value)
            found = mine.get(criterion.code)
            combo.setCurrentIndex(max(0, combo.findData(found.rating)) if found else 0)
            combo.setEnabled(not round_.is_closed)
            combo.activated.connect(lambda _, c=criterion.code, box=combo: self._rate(c, box))
            f.ratings.setCellWidget(row, 1, combo)
            for column, text in (
                (EVIDENCE, found.evidence if found else ""),
                (SUGGESTION, found.suggestion if found else ""),
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, criterion.code)
                item.setToolTip("Double-click to write; saved when you press Enter")
                f.ratings.setItem(row, column, item)
        f.ratings.resizeColumnToContents(0)
        f.ratings.setColumnWidth(0, min(f.ratings.columnWidth(0), 150))
        f.ratings.setColumnWidth(1, 125)
        f.ratings.resizeRowsToContents()
        self._filling = False

    def _fill_calibration(self) -> None:
        rubric, round_ = self.rubric, self.page.round
        if rubric is None or round_ is None:
            return
        f = self.form
        reviewers = review_rounds.reviewers(self.session.db, round_.id)
        rows = review_feedback.calibration(self.session.db, round_.id, rubric)
        f.calibration.clear()
        f.calibration.setColumnCount(len(reviewers) + 3)
        f.calibration.setHorizontalHeaderLabels(
            ["Criterion", *(r.name for r in reviewers), "Spread", "Agreed"]
        )
        f.calibration.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            cells = [entry.criterion]
            cells += [
                rubric.scale_label(entry.by_reviewer[r.id]) if r.id in entry.by_reviewer else "—"
                for r in reviewers
            ]
            cells.append("" if entry.spread is None else str(entry.spread))
            cells.append(
                rubric.scale_label(entry.agreed) if entry.agreed is not None else "not yet"
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(entry.label)
                if (
                    entry.spread is not None
                    and entry.spread >= WIDE_SPREAD
                    and entry.agreed is None
                ):
                    item.setForeground(style.brush("warning"))
                f.calibration.setItem(row, column, item)
        f.calibration.resizeColumnsToContents()
        wide = sum(
            1 for r in rows if r.spread is not None and r.spread >= WIDE_SPREAD and r.agreed is None
        )
        f.agreeMatching.setEnabled(not round_.is_closed)
        f.agreeMatching.setToolTip(
            f"{wide} criteria are {WIDE_SPREAD} or more points apart: talk about those first"
            if wide
            else "Take the rating wherever every reviewer gave the same one"
        )

    # -- writes ------------------------------------------------------------------------------
    def _rate(self, criterion: str, combo: QComboBox) -> None:
        round_id = self.page.round_id
        value = combo.currentData()
        if round_id is None or value is None:
            return
        self.session.write(
            review_feedback.rate, round_id, criterion, value, reviewer_id=self.reviewer_id
        )
        self._fill_calibration()

    def _text_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.page.round_id is None:
            return
        criterion = item.data(Qt.ItemDataRole.UserRole)
        mine = [
            r
            for r in review_feedback.ratings(self.session.db, self.page.round_id)
            if r.reviewer_id == self.reviewer_id and r.criterion == criterion
        ]
        column = "evidence" if item.column() == EVIDENCE else "suggestion"
        if not mine:
            self.session.say(
                "Choose a rating first; its evidence and suggestion go with it.", error=True
            )
            self._fill_ratings()
            return
        self.session.write(review_feedback.update_rating, mine[0].id, **{column: item.text()})

    def agree_matching(self) -> None:
        round_id = self.page.round_id
        if round_id is None or self.rubric is None:
            return
        outcome = self.session.write(review_feedback.agree_from_reviewers, round_id, self.rubric)
        if outcome.ok:
            self.session.say(f"Agreed {outcome.value} rating(s) where every reviewer matched")
            self._fill_ratings()
            self._fill_calibration()
