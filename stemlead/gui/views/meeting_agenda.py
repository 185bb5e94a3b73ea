"""A meeting's agenda tab: the items in order on the meeting's clock, and the running total.

The automatic "Review open action items" part shows first whenever items carry forward
from earlier meetings of the group; its minutes count in the total against the meeting's
length (the rule is ``core/agenda_timeline.py``). Items come from a template, from the
last meeting's agenda or one at a time; Alt+Up/Down or a drag reorders them, Delete sends
one to the trash. Everything saves as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMenu

from stemlead.core import agenda, agenda_templates, agenda_timeline
from stemlead.core.agenda import PURPOSE_LABELS, AgendaItem
from stemlead.core.meetings import Meeting
from stemlead.gui import fmt
from stemlead.gui.forms.ui_meeting_page import Ui_MeetingPage
from stemlead.gui.session import Session
from stemlead.gui.style import mark
from stemlead.gui.widgets.owner_combo import chosen_owner, fill_owners, show_owner
from stemlead.gui.widgets.record_form import RecordForm

ROLE = Qt.ItemDataRole.UserRole


class AgendaTab(QObject):
    """Builds the agenda on the meeting page's form (its Agenda tab)."""

    changed = Signal()  # items added, removed, retitled or re-timed: the run tab lists them

    def __init__(self, session: Session, form: Ui_MeetingPage) -> None:
        super().__init__(form.agendaTab)
        self.session = session
        self.form = f = form
        self.meeting_id: int | None = None
        self._loading = False
        f.agendaHint.setProperty("muted", True)
        for value, label in PURPOSE_LABELS.items():
            f.purpose.addItem(label, value)
        f.newItem.returnPressed.connect(self.add_item)
        f.items.currentItemChanged.connect(lambda current, _: self._select_item(current))
        f.items.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._save_order))
        f.fromTemplate.clicked.connect(self._template_menu)
        f.copyLast.clicked.connect(self.copy_last)
        f.owner.activated.connect(lambda _: self._set_owner())
        self.fields = RecordForm.on(
            session,
            AgendaItem,
            agenda.update,
            f,
            ("title", "purpose", "description", "minutes"),
            title=f.itemTitle,
        )
        self.fields.after_save = self._item_saved
        context = Qt.ShortcutContext.WidgetShortcut
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            QShortcut(
                QKeySequence(keys), f.items, lambda step=step: self.move_item(step), context=context
            )
        QShortcut(QKeySequence.StandardKey.Delete, f.items, self.delete_item, context=context)

    @property
    def item_id(self) -> int | None:
        """The agenda item selected."""
        return self.fields.item_id

    def show(self, meeting: Meeting) -> None:
        self.meeting_id = meeting.id
        fill_owners(self.form.owner, self.session.db, meeting.group_id)
        self.fill()

    def fill(self, select: int | None = None) -> None:
        """Show the agenda again, keeping (or moving to ``select``) the selected item."""
        assert self.meeting_id is not None
        f = self.form
        plan = agenda_timeline.timeline(self.session.db, self.meeting_id)
        f.carriedBox.setVisible(bool(plan.carried))
        f.carriedBox.setTitle(f"{agenda_timeline.REVIEW_TITLE} · {plan.review_minutes} min")
        f.carried.clear()
        for a in plan.carried:
            done = "" if a.is_open else "✓ "
            due = f" · due {fmt.day(a.due_on)}" if a.due_on else ""
            owner = "You" if a.owner_kind == "me" else a.owner_name
            f.carried.addItem(f"{done}{a.title} — {owner}{due}")
        current = select if select is not None else self.item_id
        self._loading = True
        f.items.clear()
        for slot in plan.slots:
            item = slot.item
            owner = "Me" if item.owner_kind == "me" else item.owner_name
            text = (
                f"{fmt.clock(slot.starts_at.isoformat())}  {item.title}  ·  "
                f"{PURPOSE_LABELS[item.purpose]} · {owner} · {item.minutes} min"
            )
            row = QListWidgetItem(text)
            row.setData(ROLE, item.id)
            f.items.addItem(row)
            if item.id == current:
                f.items.setCurrentItem(row)
        self._loading = False
        length, over = plan.meeting.duration_minutes, plan.over_by
        f.total.setText(
            f"Planned {plan.planned_minutes} of {length} minutes"
            + (
                f" — over by {over} minutes: trim an item or lengthen the meeting."
                if over > 0
                else f" — {-over} minutes to spare."
                if over < 0
                else " — right on time."
            )
        )
        mark(f.total, "over", over > 0)
        if f.items.currentItem() is None and f.items.count():
            f.items.setCurrentRow(0)
        self._select_item(f.items.currentItem())

    def _select_item(self, row: QListWidgetItem | None) -> None:
        if self._loading:
            return
        f = self.form
        item = agenda.get(self.session.db, row.data(ROLE)) if row is not None else None
        self.fields.show(item)
        f.itemBox.setEnabled(item is not None)
        if item is not None:
            show_owner(
                f.owner,
                item.owner_kind,
                item.owner_teacher_id,
                item.owner_contact_id,
                item.owner_name,
            )

    def _item_saved(self, field: str) -> None:
        if field in ("minutes", "title", "purpose"):  # the timeline and total change
            self._changed()

    def _changed(self, select: int | None = None) -> None:
        self.fill(select)
        self.changed.emit()

    def _set_owner(self) -> None:
        if self.item_id is None:
            return
        owner = chosen_owner(self.form.owner)
        if self.session.write(agenda.set_owner, self.item_id, **owner).ok:
            self.fill()

    def add_item(self) -> None:
        title = self.form.newItem.text().strip()
        if not title or self.meeting_id is None:
            return
        outcome = self.session.write(agenda.add, self.meeting_id, title)
        if outcome.ok:
            self.form.newItem.clear()
            self._changed(select=outcome.value)

    def move_item(self, step: int) -> None:
        row = self.form.items.currentRow()
        if self.item_id is None or not 0 <= row + step < self.form.items.count():
            return
        if self.session.write(agenda.move, self.item_id, row + step).ok:
            self._changed(select=self.item_id)
            self.form.items.setFocus()

    def _save_order(self) -> None:
        if self.meeting_id is None or self._loading:
            return
        ids = [self.form.items.item(r).data(ROLE) for r in range(self.form.items.count())]
        if self.session.write(agenda.reorder, self.meeting_id, ids).ok:
            self._changed()

    def delete_item(self) -> None:
        if self.item_id is None:
            return
        title = agenda.get(self.session.db, self.item_id).title
        if self.session.delete(agenda.delete, self.item_id, title):
            self.fields.show(None)
            self._changed()

    def _template_menu(self) -> None:
        button = self.form.fromTemplate
        menu = QMenu(button)
        for template in agenda_templates.templates(self.session.db):
            action = menu.addAction(f"{template.name} ({template.minutes} min)")
            action.triggered.connect(lambda _=False, slug=template.slug: self.apply_template(slug))
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

    def apply_template(self, slug: str) -> None:
        if (
            self.meeting_id is not None
            and self.session.write(agenda_templates.apply, self.meeting_id, slug).ok
        ):
            self._changed()

    def copy_last(self) -> None:
        if (
            self.meeting_id is not None
            and self.session.write(agenda.copy_previous, self.meeting_id).ok
        ):
            self._changed()
