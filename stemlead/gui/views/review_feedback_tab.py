"""A round's feedback: typed warm, cool or as a question, from a reviewer or the group.

While cool feedback is typed, the one wording check (``review_feedback.reframe_prompt``,
checked after a pause, never on the keystroke) offers a gentle prompt when it reads as a
verdict, with a question to try instead. It never blocks adding the feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut

from stemlead.core import review_feedback, review_rounds, wording
from stemlead.core.review_protocols import FEEDBACK_KINDS, FEEDBACK_LABELS
from stemlead.gui.views.partner_tab import current_id, fill_list

if TYPE_CHECKING:
    from stemlead.gui.views.review_round_page import ReviewRoundPage

PROMPT_PAUSE_MS = 300
SHORT = {"warm": "Warm", "cool": "Cool", "clarifying": "Clarifying", "probing": "Probing"}


def prompt_text(findings: list[wording.Finding]) -> str:
    """One gentle sentence or two: what may read as a verdict, and a question to try."""
    if not findings:
        return ""
    first = findings[0]
    phrase = " ".join(first.phrase.split())
    if len(phrase) > 60:
        phrase = phrase[:59] + "…"
    return (
        f"“{phrase}” may read as a verdict: {first.why} Try it as a question, for example "
        f"“{first.reframes[0]}” — or keep it as it is."
    )


class FeedbackTab:
    def __init__(self, page: ReviewRoundPage) -> None:
        self.page = page
        self.session = page.session
        f = self.form = page.form
        f.prompt.hide()
        self._timer = QTimer(f.feedbackText)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROMPT_PAUSE_MS)
        self._timer.timeout.connect(self.check_wording)
        f.feedbackText.textEdited.connect(lambda _: self._timer.start())
        f.feedbackKind.currentIndexChanged.connect(lambda _: self.check_wording())
        f.feedbackText.returnPressed.connect(self.add)
        f.addFeedback.clicked.connect(self.add)
        f.deleteFeedback.clicked.connect(self.delete)
        delete = QShortcut(QKeySequence.StandardKey.Delete, f.feedback, self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def fill(self) -> None:
        page, f = self.page, self.form
        round_ = page.round
        if round_ is None:
            return
        db = self.session.db
        protocol = review_rounds.protocol_of(db, round_)
        kinds = protocol.feedback if protocol is not None else FEEDBACK_KINDS
        chosen = f.feedbackKind.currentData()
        f.feedbackKind.blockSignals(True)
        f.feedbackKind.clear()
        for kind in kinds:
            f.feedbackKind.addItem(FEEDBACK_LABELS[kind], kind)
        f.feedbackKind.setCurrentIndex(max(0, f.feedbackKind.findData(chosen or "warm")))
        f.feedbackKind.blockSignals(False)
        reviewers = review_rounds.reviewers(db, round_.id)
        who = f.feedbackFrom.currentData()
        f.feedbackFrom.clear()
        f.feedbackFrom.addItem("The group", None)
        for reviewer in reviewers:
            f.feedbackFrom.addItem(reviewer.name, reviewer.id)
        f.feedbackFrom.setCurrentIndex(max(0, f.feedbackFrom.findData(who)))
        names = {r.id: r.name for r in reviewers}
        rules = wording.rules(db.path)
        entries = review_feedback.in_handout_order(review_feedback.feedback(db, round_.id))
        fill_list(
            f.feedback,
            [
                (
                    f"{SHORT[e.kind]} · {e.text}"
                    + (f" — {names[e.reviewer_id]}" if e.reviewer_id in names else ""),
                    e.id,
                )
                for e in entries
            ],
            current_id(f.feedback),
        )
        for row, entry in enumerate(entries):
            hint = prompt_text(review_feedback.reframe_prompt(entry.text, entry.kind, rules))
            f.feedback.item(row).setToolTip(hint or entry.text)
        f.tabs.setTabText(
            f.tabs.indexOf(f.feedbackTab), f"Feedback ({len(entries)})" if entries else "Feedback"
        )
        closed = round_.is_closed
        for widget in (f.feedbackText, f.addFeedback, f.feedbackKind, f.feedbackFrom):
            widget.setEnabled(not closed)
        f.feedbackText.setPlaceholderText(
            "This round is closed; open it again (Reflection) to add feedback"
            if closed
            else "Type the feedback; Enter adds it"
        )

    def check_wording(self) -> None:
        """The gentle prompt for what is typed now (shown under the box, never a pop-up)."""
        f = self.form
        findings = review_feedback.reframe_prompt(
            f.feedbackText.text(),
            f.feedbackKind.currentData() or "",
            wording.rules(self.session.db.path),
        )
        text = prompt_text(findings)
        f.prompt.setText(text)
        f.prompt.setVisible(bool(text))

    def add(self) -> None:
        round_id = self.page.round_id
        f = self.form
        if round_id is None or not f.feedbackText.text().strip():
            return
        outcome = self.session.write(
            review_feedback.add,
            round_id,
            f.feedbackKind.currentData(),
            f.feedbackText.text(),
            reviewer_id=f.feedbackFrom.currentData(),
        )
        if outcome.ok:
            f.feedbackText.clear()
            self._timer.stop()
            f.prompt.hide()
            self.fill()
            f.feedbackText.setFocus()

    def delete(self) -> None:
        feedback_id = current_id(self.form.feedback)
        if feedback_id is not None:
            label = review_feedback.get(self.session.db, feedback_id).describe()
            if self.session.delete(review_feedback.delete, feedback_id, label):
                self.fill()
