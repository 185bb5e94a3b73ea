"""One lesson plan's page: its fields (saved as typed), authors of any subjects, the
frameworks it connects to, where it came from, and tabs for its files (``lesson_plan_files``),
its versions (``lesson_plan_versions``) and its review rounds.

The page asks the section for what needs the section (opening a round, sharing the plan as
a file) through its signals.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from stemlead.clock import today
from stemlead.core import (
    cycles,
    lesson_plans,
    lesson_versions,
    meetings,
    partners,
    review_protocols,
    review_rounds,
    tags,
    teachers,
)
from stemlead.core.lesson_plans import LessonPlan
from stemlead.core.teachers import GRADE_BANDS
from stemlead.gui import fmt
from stemlead.gui.forms.ui_lesson_plan_page import Ui_LessonPlanPage
from stemlead.gui.session import Session
from stemlead.gui.views.lesson_plan_files import PlanFiles
from stemlead.gui.views.lesson_plan_versions import PlanVersions
from stemlead.gui.views.partner_tab import current_id, fill_list
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.combos import chosen_data, line_of
from stemlead.gui.widgets.handout_button import show_handout
from stemlead.gui.widgets.record_form import RecordForm

ID = Qt.ItemDataRole.UserRole
ORIGIN_KINDS = (
    ("Nowhere in particular", None),
    ("A meeting (a PLC…)", "meeting"),
    ("A coaching cycle", "cycle"),
    ("A partner (an internship…)", "partner"),
)
FIELDS = (
    "title",
    "grade_band",
    "subjects",
    "duration_minutes",
    "tags",
    "origin_note",
    "summary",
    "objectives",
    "materials",
    "body",
    "private_notes",
)


class LessonPlanPage(QWidget):
    round_requested = Signal(int)  # a review round to open
    share_requested = Signal(int)  # a plan to save as a file for another STEM Lead

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.form = f = Ui_LessonPlanPage()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        f.status.setProperty("muted", True)
        f.gradeBand.addItems(GRADE_BANDS)
        self.fields = RecordForm.on(session, LessonPlan, lesson_plans.update, f, FIELDS)
        self.fields.after_save = self._saved
        self.files = PlanFiles(self)
        self.versions = PlanVersions(self)
        for label, value in ORIGIN_KINDS:
            f.originKind.addItem(label, value)
        f.originKind.activated.connect(lambda _: self._origin_kind_chosen())
        f.originItem.activated.connect(lambda _: self._save_origin())
        f.addAuthor.clicked.connect(self.add_author)
        line_of(f.newAuthor).returnPressed.connect(self.add_author)
        f.removeAuthor.clicked.connect(self.remove_author)
        f.connections.itemChanged.connect(self._connection_toggled)
        f.startRound.clicked.connect(self.start_round)
        f.question.returnPressed.connect(self.start_round)
        f.protocol.currentIndexChanged.connect(lambda _: self._describe_protocol())
        f.rounds.itemActivated.connect(lambda item: self.round_requested.emit(item.data(ID)))
        delete = QShortcut(QKeySequence.StandardKey.Delete, f.rounds, self.delete_round)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        f.newVersion.clicked.connect(self.versions.begin)
        f.newRound.clicked.connect(self._begin_round)
        f.share.clicked.connect(self._share)
        f.pdf.clicked.connect(self._pdf)
        self._filling = False
        self.show_plan(None)

    @property
    def plan_id(self) -> int | None:
        return self.fields.item_id

    def _saved(self, field: str) -> None:
        if field == "title" and self.plan_id:
            self.form.heading.setText(lesson_plans.get(self.session.db, self.plan_id).title)
        if field in lesson_versions.SNAPSHOT:
            self._status()

    # -- showing -----------------------------------------------------------------------------
    def show_plan(self, plan: LessonPlan | None) -> None:
        self.fields.show(plan)
        self.setEnabled(plan is not None)
        f = self.form
        f.heading.setText(plan.title if plan else "No lesson plan selected")
        self._fill_choices()
        self.files.forget()
        self.reload()
        kind = next(
            (k for k, col in lesson_plans.ORIGINS.items() if plan and getattr(plan, col)), None
        )
        f.originKind.setCurrentIndex(max(0, f.originKind.findData(kind)))
        self._fill_origin_items(plan)

    def _fill_choices(self) -> None:
        """The teachers to add as authors and the protocols to start a round with."""
        db = self.session.db
        f = self.form
        f.newAuthor.blockSignals(True)
        f.newAuthor.clear()
        for teacher in teachers.list_teachers(db):
            subjects = ", ".join(teacher.subjects)
            f.newAuthor.addItem(
                f"{teacher.name} ({subjects})" if subjects else teacher.name, teacher.id
            )
        f.newAuthor.setCurrentIndex(-1)
        f.newAuthor.blockSignals(False)
        current = f.protocol.currentData()
        f.protocol.blockSignals(True)
        f.protocol.clear()
        for protocol in review_protocols.library(db.path).protocols.values():
            f.protocol.addItem(f"{protocol.name} ({fmt.minutes(protocol.minutes)})", protocol.slug)
        f.protocol.setCurrentIndex(max(0, f.protocol.findData(current or "tuning")))
        f.protocol.blockSignals(False)
        self._describe_protocol()

    def reload(self) -> None:
        """Refill the lists (after any change) without touching what is being typed."""
        plan_id = self.plan_id
        if plan_id is None:
            for widget in (self.form.authors, self.form.connections, self.form.rounds):
                widget.clear()
            self.form.status.setText("")
            return
        db = self.session.db
        fill_list(
            self.form.authors,
            [(_teacher_text(t), t.id) for t in lesson_plans.authors(db, plan_id)],
            current_id(self.form.authors),
        )
        self._fill_connections(plan_id)
        rounds = review_rounds.list_rounds(db, plan_id=plan_id)
        names = review_protocols.library(db.path)
        fill_list(
            self.form.rounds,
            [(_round_text(r, names.name_of(r.protocol)), r.id) for r in rounds],
            current_id(self.form.rounds),
        )
        counts = (
            self.files.fill(),
            self.versions.fill(),
            len(rounds),
        )
        f = self.form
        for tab, count, title in zip(
            (f.filesTab, f.versionsTab, f.reviewsTab),
            counts,
            ("Files", "Versions", "Reviews"),
            strict=True,
        ):
            f.tabs.setTabText(f.tabs.indexOf(tab), f"{title} ({count})" if count else title)
        self._status()

    def _status(self) -> None:
        plan_id = self.plan_id
        if plan_id is None:
            return
        db = self.session.db
        last = lesson_versions.latest(db, plan_id)
        if last is None:
            text = "A working draft: no version kept yet."
        elif lesson_versions.draft_changed(db, plan_id):
            text = f"The working copy has changed since version {last.number}."
        else:
            text = f"Version {last.number}, kept {fmt.day(last.saved_at)}."
        self.form.status.setText(text + " Every change is saved as you type.")

    def _fill_connections(self, plan_id: int) -> None:
        db = self.session.db
        chosen = set(lesson_plans.tag_ids(db, plan_id))
        widget = self.form.connections
        self._filling = True
        widget.blockSignals(True)
        keep = widget.verticalScrollBar().value()
        widget.clear()
        framework = None
        for tag in tags.list_tags(db):
            if tag.framework != framework:
                framework = tag.framework
                title = QListWidgetItem(framework)
                title.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(title.font())
                font.setBold(True)
                title.setFont(font)
                widget.addItem(title)
            item = QListWidgetItem(f"{tag.code}  {tag.label}" if tag.code else tag.label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if tag.id in chosen else Qt.CheckState.Unchecked
            )
            item.setData(ID, tag.id)
            item.setToolTip(tag.description or tag.label)
            widget.addItem(item)
        widget.verticalScrollBar().setValue(keep)
        widget.blockSignals(False)
        self._filling = False

    # -- authors, connections, origin --------------------------------------------------------
    def add_author(self) -> None:
        teacher_id = chosen_data(self.form.newAuthor)
        if self.plan_id is None:
            return
        if teacher_id is None:
            self.session.say("Choose a teacher from the list to add as an author.", error=True)
            return
        ids = lesson_plans.author_ids(self.session.db, self.plan_id)
        if teacher_id not in ids:
            self.session.write(lesson_plans.set_authors, self.plan_id, [*ids, teacher_id])
        self.form.newAuthor.setCurrentIndex(-1)
        self.form.newAuthor.clearEditText()

    def remove_author(self) -> None:
        teacher_id = current_id(self.form.authors)
        if self.plan_id is None or teacher_id is None:
            return
        ids = lesson_plans.author_ids(self.session.db, self.plan_id)
        self.session.write(
            lesson_plans.set_authors, self.plan_id, [i for i in ids if i != teacher_id]
        )

    def _connection_toggled(self, _item: QListWidgetItem) -> None:
        if self._filling or self.plan_id is None:
            return
        widget = self.form.connections
        checked = [
            widget.item(row).data(ID)
            for row in range(widget.count())
            if widget.item(row).data(ID) is not None
            and widget.item(row).checkState() == Qt.CheckState.Checked
        ]
        self.session.write(lesson_plans.set_tags, self.plan_id, checked)

    def _origin_kind_chosen(self) -> None:
        self._fill_origin_items(None)
        if self.form.originKind.currentData() is None:
            self._save_origin()

    def _fill_origin_items(self, plan: LessonPlan | None) -> None:
        db = self.session.db
        f = self.form
        kind = f.originKind.currentData()
        f.originItem.clear()
        f.originItem.setEnabled(kind is not None)
        choices: list[tuple[str, int]] = []
        if kind == "meeting":
            since = (today() - timedelta(days=180)).isoformat()
            rows = meetings.list_meetings(db, since=since, until=today().isoformat())
            choices = [
                (f"{fmt.day(m.starts_at)} · {m.title or 'Meeting'}", m.id)
                for m in reversed(rows)
                if m.status != "cancelled"
            ]
        elif kind == "cycle":
            choices = [
                (c.title or c.teachers or "Coaching cycle", c.id) for c in cycles.list_cycles(db)
            ]
        elif kind == "partner":
            choices = [(p.name, p.id) for p in partners.list_partners(db)]
        for text, item_id in choices:
            f.originItem.addItem(text, item_id)
        if plan is not None and kind is not None:
            current = getattr(plan, lesson_plans.ORIGINS[kind])
            if current is not None and f.originItem.findData(current) < 0:
                f.originItem.insertItem(0, "(the one chosen before)", current)
            f.originItem.setCurrentIndex(max(0, f.originItem.findData(current)))
        else:
            f.originItem.setCurrentIndex(-1)

    def _save_origin(self) -> None:
        if self.plan_id is None:
            return
        kind = self.form.originKind.currentData()
        item = self.form.originItem.currentData() if kind is not None else None
        if kind is not None and item is None:
            return
        self.session.write(lesson_plans.set_origin, self.plan_id, kind, item)

    # -- review rounds -----------------------------------------------------------------------
    def _begin_round(self) -> None:
        f = self.form
        f.tabs.setCurrentWidget(f.reviewsTab)
        f.question.setFocus()

    def _describe_protocol(self) -> None:
        slug = self.form.protocol.currentData()
        library = review_protocols.library(self.session.db.path)
        protocol = library.protocols.get(slug) if slug else None
        text = ""
        if protocol is not None:
            steps = " → ".join(s.title for s in protocol.steps)
            text = f"{protocol.description}\nSteps: {steps}."
        self.form.protocolAbout.setText(text)

    def start_round(self) -> None:
        """A round on the latest version (the working copy is kept as one first if it has
        changed since), then its page."""
        autosave.flush_all()
        if self.plan_id is None:
            return
        slug = self.form.protocol.currentData()
        if slug is None:
            self.session.say("There is no review protocol to start a round with.", error=True)
            return
        version = self.session.write(lesson_versions.for_review, self.plan_id)
        if not version.ok:
            return
        outcome = self.session.write(
            review_rounds.start,
            version.value,
            slug,
            focusing_question=self.form.question.text(),
            held_on=today().isoformat(),
        )
        if outcome.ok:
            self.form.question.clear()
            self.reload()
            self.round_requested.emit(outcome.value)

    def delete_round(self) -> None:
        """The selected round, with its feedback and ratings, into the trash (undoable)."""
        round_id = current_id(self.form.rounds)
        if round_id is not None:
            label = f"review round {self.form.rounds.currentItem().text().split(' · ')[0]}"
            self.session.delete(review_rounds.delete, round_id, label)

    def _share(self) -> None:
        if self.plan_id:
            self.share_requested.emit(self.plan_id)

    def _pdf(self) -> None:
        from stemlead.pdf.handouts import Request

        if self.plan_id:
            show_handout(self.session, Request("lesson-plan", self.plan_id), self)


def _teacher_text(teacher: teachers.Teacher) -> str:
    subjects = ", ".join(teacher.subjects)
    return f"{teacher.name} · {subjects}" if subjects else teacher.name


def _round_text(row: review_rounds.RoundRow, protocol: str) -> str:
    parts = [protocol, f"version {row.version}", fmt.day(row.held_on)]
    parts.append(f"{row.reviewers} reviewer(s), {row.feedback} piece(s) of feedback")
    if row.closed_at:
        parts.append(f"closed; version {row.next_version} kept" if row.next_version else "closed")
    return " · ".join(p for p in parts if p)
