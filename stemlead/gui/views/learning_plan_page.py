"""One learning plan (a teacher's, or the coach's own): its growth areas in the teacher's
words, the learning chosen for each (from the catalogue or their own), where it stands, its
hours, their reflection and the observations or cycles where it showed. Every field saves
as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from stemlead.core import cycles, growth_areas, learning_plans, observations, offerings
from stemlead.core.learning_plans import CHOSEN_LABELS, ME, STATUS_LABELS, PlanArea, PlanItem
from stemlead.core.offerings import FORMAT_LABELS
from stemlead.gui import fmt
from stemlead.gui.forms.ui_learning_plan_page import Ui_LearningPlanPage
from stemlead.gui.session import Session
from stemlead.gui.views.mentorship_page import select
from stemlead.gui.views.partner_tab import ID, current_id, fill_list
from stemlead.gui.widgets.combos import line_of
from stemlead.gui.widgets.record_form import RecordForm
from stemlead.pdf.fmt import duration


class LearningPlanPage(QWidget):
    handout_requested = Signal()
    open_requested = Signal(str, int)  # an observation or cycle, from the evidence list

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.teacher_id: int | None = None
        self.form = f = Ui_LearningPlanPage()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        f.summary.setProperty("muted", True)
        for status, label in STATUS_LABELS.items():
            f.status.addItem(label, status)
        for value, label in CHOSEN_LABELS.items():
            f.chosenBy.addItem(label, value)
        self.area = RecordForm.on(
            session, PlanArea, learning_plans.update_area, f, ("area", "in_their_words")
        )
        self.area.after_save = lambda _: self._fill_areas()
        self.item = RecordForm.on(
            session,
            PlanItem,
            learning_plans.update_item,
            f,
            ("title", "status", "chosen_by", "minutes", "attended_on", "reflection"),
        )
        self.item.after_save = self._item_saved
        f.planPdf.clicked.connect(self.handout_requested.emit)
        f.addArea.clicked.connect(self.add_area)
        line_of(f.areaChoice).returnPressed.connect(self.add_area)
        f.fromWords.clicked.connect(self.from_words)
        f.deleteArea.clicked.connect(self.delete_area)
        f.areaList.currentItemChanged.connect(lambda *_: self._show_area(current_id(f.areaList)))
        f.itemList.currentItemChanged.connect(lambda *_: self._show_item(current_id(f.itemList)))
        f.addOffering.clicked.connect(self.add_offering)
        f.addOwn.clicked.connect(self.add_own)
        f.deleteItem.clicked.connect(self.delete_item)
        f.addEvidence.clicked.connect(self.add_evidence)
        f.removeEvidence.clicked.connect(self.remove_evidence)
        f.evidenceList.itemActivated.connect(
            lambda item: self.open_requested.emit(*item.data(Qt.ItemDataRole.UserRole + 1))
        )
        self.setEnabled(False)

    # -- showing ------------------------------------------------------------------------------
    def show_plan(self, teacher_id: int | None) -> None:
        self.area.show(None)
        self.item.show(None)
        self.area.item_id = self.item.item_id = -1
        self.teacher_id = teacher_id
        self.setEnabled(teacher_id is not None)
        f = self.form
        f.areaChoice.clear()
        leading = teacher_id == ME
        f.areaChoice.addItems(growth_areas.labels("leadership" if leading else "teaching"))
        f.areaChoice.setEditText("")
        f.fromWords.setVisible(not leading)
        f.evidenceList.parentWidget()
        for widget in (f.evidenceLabel, f.evidenceList, f.addEvidence, f.removeEvidence):
            widget.setVisible(not leading)
        if teacher_id is None:
            f.heading.setText("No plan selected")
            f.summary.setText("")
            f.areaList.clear()
            f.itemList.clear()
            return
        self.reload()

    def reload(self) -> None:
        if self.teacher_id is None:
            return
        plan = learning_plans.plan(self.session.db, self.teacher_id)
        title = "My own learning plan" if self.teacher_id == ME else f"{plan.owner}'s learning plan"
        self.form.heading.setText(title)
        self.form.summary.setText(
            f"{len(plan.areas)} growth area{'s' if len(plan.areas) != 1 else ''} · "
            f"{duration(plan.done_minutes)} attended or applied of {duration(plan.planned_minutes)}"
        )
        self._fill_areas()

    def _fill_areas(self) -> None:
        rows = (
            learning_plans.areas(self.session.db, self.teacher_id or 0)
            if self.teacher_id is not None
            else []
        )
        keep = self.area.item_id if self.area.item_id != -1 else None
        fill_list(self.form.areaList, [(a.area, a.id) for a in rows], keep)
        if self.form.areaList.currentRow() < 0 and rows:
            self.form.areaList.setCurrentRow(0)
        self._show_area(current_id(self.form.areaList), force=True)

    def _show_area(self, area_id: int | None, *, force: bool = False) -> None:
        f = self.form
        for widget in (f.area, f.inTheirWords, f.deleteArea, f.addOffering, f.addOwn, f.itemList):
            widget.setEnabled(area_id is not None)
        if area_id != self.area.item_id:
            self.area.show(learning_plans.get_area(self.session.db, area_id) if area_id else None)
            self.item.item_id = -1
        elif not force:
            return
        self._fill_items()

    def _fill_items(self) -> None:
        area_id = current_id(self.form.areaList)
        rows = learning_plans.items(self.session.db, area_id) if area_id else []
        entries = []
        for row in rows:
            kind = FORMAT_LABELS.get(row.format, "Their own")
            when = fmt.day(row.dates[0] or row.attended_on)
            bits = [row.title, kind, STATUS_LABELS[row.status], duration(row.minutes), when]
            entries.append((" · ".join(b for b in bits if b), row.id))
        keep = self.item.item_id if self.item.item_id != -1 else None
        fill_list(self.form.itemList, entries, keep)
        if self.form.itemList.currentRow() < 0 and rows:
            self.form.itemList.setCurrentRow(0)
        self._show_item(current_id(self.form.itemList), force=True)

    def _show_item(self, item_id: int | None, *, force: bool = False) -> None:
        f = self.form
        f.itemBox.setEnabled(item_id is not None)
        f.deleteItem.setEnabled(item_id is not None)
        if item_id != self.item.item_id:
            self.item.show(learning_plans.get_item(self.session.db, item_id) if item_id else None)
        elif not force:
            return
        self._fill_evidence(item_id)

    def _fill_evidence(self, item_id: int | None) -> None:
        widget = self.form.evidenceList
        widget.clear()
        for entry in learning_plans.evidence(self.session.db, item_id) if item_id else []:
            kind = "Classroom visit" if entry.kind == "observation" else "Coaching cycle"
            widget.addItem(f"{kind}: {entry.label} · {fmt.day(entry.day)}")
            item = widget.item(widget.count() - 1)
            item.setData(ID, entry.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, (entry.kind, entry.target_id))

    def _item_saved(self, field: str) -> None:
        if field in ("title", "status", "minutes", "attended_on"):
            self.reload()

    # -- actions -------------------------------------------------------------------------------
    def add_area(self) -> None:
        label = self.form.areaChoice.currentText().strip()
        if self.teacher_id is None or not label:
            return
        outcome = self.session.write(learning_plans.add_area, self.teacher_id, label)
        if outcome.ok and outcome.value is not None:
            self.form.areaChoice.setEditText("")
            self.reload()
            select(self.form.areaList, outcome.value)
            self.form.inTheirWords.setFocus()

    def from_words(self) -> None:
        if self.teacher_id in (None, ME):
            return
        outcome = self.session.write(learning_plans.start_from_their_words, self.teacher_id)
        if outcome.ok:
            found = len(outcome.value or [])
            self.session.say(
                f"Named {found} growth area{'s' if found != 1 else ''} from their own words"
                if found
                else "Their own words name no growth area that is not on the plan already"
            )
            self.reload()

    def delete_area(self) -> None:
        area_id = current_id(self.form.areaList)
        if area_id is not None:
            label = learning_plans.get_area(self.session.db, area_id).area
            if self.session.delete(learning_plans.delete_area, area_id, label):
                self.area.item_id = -1
                self.reload()

    def add_offering(self) -> None:
        area_id = current_id(self.form.areaList)
        if area_id is None:
            return
        area = learning_plans.get_area(self.session.db, area_id)
        catalogue = offerings.list_offerings(self.session.db)
        key = growth_areas.key(area.area)
        fits = [o for o in catalogue if key in {growth_areas.key(a) for a in o.areas}]
        options = fits + [o for o in catalogue if o not in fits]
        if not options:
            self.session.say("The catalogue is empty; add offerings in its tab first.", error=True)
            return
        labels = [
            f"{o.title} · {FORMAT_LABELS[o.format]}" + ("" if o in fits else " (another area)")
            for o in options
        ]
        chosen, ok = QInputDialog.getItem(
            self, "Add from the catalogue", f"Learning for “{area.area}”", labels, 0, False
        )
        if ok and chosen:
            offering = options[labels.index(chosen)]
            outcome = self.session.write(learning_plans.add_item, area_id, offering_id=offering.id)
            self._added(outcome.value if outcome.ok else None)

    def add_own(self) -> None:
        area_id = current_id(self.form.areaList)
        if area_id is not None:
            outcome = self.session.write(learning_plans.add_item, area_id, title="New learning")
            self._added(outcome.value if outcome.ok else None)
            if outcome.ok:
                self.form.title.setFocus()
                self.form.title.selectAll()

    def _added(self, item_id: int | None) -> None:
        if item_id is None:
            return
        self.item.item_id = -1
        self.reload()
        select(self.form.itemList, item_id)

    def delete_item(self) -> None:
        item_id = current_id(self.form.itemList)
        if item_id is not None:
            title = learning_plans.get_item(self.session.db, item_id).title
            if self.session.delete(learning_plans.delete_item, item_id, title):
                self.item.item_id = -1
                self.reload()

    def add_evidence(self) -> None:
        item_id = current_id(self.form.itemList)
        if item_id is None or self.teacher_id in (None, ME):
            return
        db = self.session.db
        found: list[tuple[str, dict[str, int]]] = [
            (
                f"Classroom visit · {fmt.day(o.starts_at)} · {o.class_context or 'Observation'}",
                {"observation_id": o.id},
            )
            for o in observations.list_observations(db, teacher_id=self.teacher_id)
        ]
        found += [
            (f"Coaching cycle · {c.title or 'Coaching cycle'}", {"cycle_id": c.id})
            for c in cycles.list_cycles(db, teacher_id=self.teacher_id)
        ]
        if not found:
            self.session.say(
                "There are no observations or cycles of this teacher to link.", error=True
            )
            return
        labels = [label for label, _ in found]
        chosen, ok = QInputDialog.getItem(self, "Where it showed", "Evidence", labels, 0, False)
        if ok and chosen:
            link = found[labels.index(chosen)][1]
            if self.session.write(learning_plans.add_evidence, item_id, **link).ok:
                self._fill_evidence(item_id)

    def remove_evidence(self) -> None:
        item = self.form.evidenceList.currentItem()
        if item is not None and self.session.delete(
            learning_plans.delete_evidence, item.data(ID), item.text()
        ):
            self._fill_evidence(current_id(self.form.itemList))
