"""An event's planning checklist: plan it from a template (each step due counted back from
the event), tick steps off (Space or a click on the box), add steps of one's own; a step
opens in Action items on Enter or a double click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem

from stemlead import clock
from stemlead.core import action_items, event_checklist, event_templates, events
from stemlead.gui import fmt, style
from stemlead.gui.views.event_tab import EventTab

if TYPE_CHECKING:
    from stemlead.gui.views.event_page import EventPage

ID = Qt.ItemDataRole.UserRole


class ChecklistTab(EventTab):
    def __init__(self, page: EventPage) -> None:
        super().__init__(page)
        f = self.form
        self.open_steps = 0
        self._filling = False
        f.newStepDue.set_optional(True, "No due date")
        f.newStepDue.clear_date()
        f.planButton.clicked.connect(self.plan)
        f.addStep.clicked.connect(self.add_step)
        f.newStep.returnPressed.connect(self.add_step)
        f.steps.itemChanged.connect(self._ticked)
        f.steps.itemActivated.connect(self._open)

    def forget(self) -> None:
        templates, problems = event_templates.templates(self.session.db)
        combo = self.form.template
        combo.clear()
        for template in templates:
            steps = len(template.steps)
            combo.addItem(f"{template.name} ({steps} steps)", template.slug)
        for problem in problems:
            self.session.say(problem, error=True)
        if self.event_id is not None:
            kind = events.get(self.session.db, self.event_id).kind
            chosen = event_checklist.suggested(self.session.db, kind)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def fill(self) -> int:
        f = self.form
        rows = event_checklist.steps(self.session.db, self.event_id) if self.event_id else []
        today = clock.today().isoformat()
        keep = f.steps.currentItem().data(ID) if f.steps.currentItem() else None
        self._filling = True
        f.steps.clear()
        for row in rows:
            due = f" · due {fmt.day(row.due_on)}" if row.due_on else ""
            item = QListWidgetItem(f"{row.title}{due}")
            item.setData(ID, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if row.is_open else Qt.CheckState.Checked)
            item.setToolTip(f"{row.title}{due}")
            if row.is_open and row.due_on and row.due_on < today:
                item.setForeground(style.brush("error"))
                item.setToolTip(f"{row.title}{due} (overdue)")
            f.steps.addItem(item)
            if row.id == keep:
                f.steps.setCurrentItem(item)
        self._filling = False
        self.open_steps = sum(r.is_open for r in rows)
        f.planButton.setText(
            "&Plan with this template" if not rows else "&Add this template's steps"
        )
        return len(rows)

    def _ticked(self, item: QListWidgetItem) -> None:
        """Save the tick once the list is done signalling: saving refills the list, which
        must not delete the item Qt is still changing."""
        if self._filling:
            return
        status = "done" if item.checkState() == Qt.CheckState.Checked else "open"
        step = item.data(ID)
        QTimer.singleShot(0, self.form.steps, lambda: self._save_tick(step, status))

    def _save_tick(self, step: int, status: str) -> None:
        if self.session.write(action_items.set_status, step, status).ok:
            self.page.reload()

    def _open(self, item: QListWidgetItem) -> None:
        self.page.open_item.emit("action_item", item.data(ID))

    def plan(self) -> None:
        slug = self.form.template.currentData()
        if slug is None or self.event_id is None:
            return
        outcome = self.session.write(event_checklist.plan, self.event_id, slug)
        if outcome.ok:
            self.page.reload()
            self.session.say(
                f"Planned {len(outcome.value or [])} steps, each due counted back from the event"
            )

    def add_step(self) -> None:
        f = self.form
        title = f.newStep.text().strip()
        if not title or self.event_id is None:
            return
        outcome = self.session.write(
            event_checklist.add_step, self.event_id, title, due_on=f.newStepDue.iso()
        )
        if outcome.ok:
            f.newStep.clear()
            self.page.reload()
