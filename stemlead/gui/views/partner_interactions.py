"""A partner's interaction timeline: newest first, each with who took part and its
follow-up (an overdue one stands out); the selected one is edited below the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem

from stemlead.clock import today
from stemlead.core import contacts, interactions
from stemlead.core.interactions import KIND_LABELS, InteractionRow
from stemlead.gui import fmt
from stemlead.gui.style import brush
from stemlead.gui.views.partner_tab import ID, PartnerTab, current_id, fill_list
from stemlead.gui.widgets.record_form import RecordForm

if TYPE_CHECKING:
    from stemlead.gui.views.partner_page import PartnerPage


class InteractionsTab(PartnerTab):
    def __init__(self, page: PartnerPage) -> None:
        super().__init__(page)
        f = self.form
        for kind, label in KIND_LABELS.items():
            f.interactionKind.addItem(label, kind)
        self.fields = RecordForm.on(
            self.session,
            interactions.Interaction,
            interactions.update,
            f,
            ("occurred_on", "kind", "follow_up_on", "notes"),
            kind=f.interactionKind,
            notes=f.interactionNotes,
        )
        f.followUpOn.set_optional(True, "No follow-up")
        f.who.itemChanged.connect(lambda _: self._save_who())
        f.timeline.currentItemChanged.connect(lambda *_: self.show(current_id(f.timeline)))
        f.logInteraction.clicked.connect(self.log)
        f.followUpDone.clicked.connect(self.toggle_done)
        f.deleteInteraction.clicked.connect(self.delete)
        delete = QShortcut(QKeySequence.StandardKey.Delete, f.timeline, self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.rows: dict[int, InteractionRow] = {}

    def fill(self, select: int | None = None) -> int:
        partner_id = self.page.partner_id
        rows = interactions.timeline(self.session.db, partner_id) if partner_id else []
        self.rows = {r.id: r for r in rows}
        keep = select if select is not None else self.item_id
        fill_list(self.form.timeline, [(_interaction_text(r), r.id) for r in rows], keep)
        iso = today().isoformat()
        for row in range(self.form.timeline.count()):
            item = self.form.timeline.item(row)
            entry = self.rows[item.data(ID)]
            if entry.follow_up_open and entry.follow_up_on and entry.follow_up_on <= iso:
                item.setForeground(brush("error"))
        if self.form.timeline.currentRow() < 0 and rows:
            self.form.timeline.setCurrentRow(0)
        self.show(current_id(self.form.timeline), force=self.item_id not in self.rows)
        return len(rows)

    def next_follow_up(self) -> str | None:
        """The earliest open follow-up of the partner shown (after ``fill``)."""
        return min(
            (r.follow_up_on for r in self.rows.values() if r.follow_up_open and r.follow_up_on),
            default=None,
        )

    def show(self, interaction_id: int | None, *, force: bool = False) -> None:
        f = self.form
        for widget in (f.interactionBox, f.followUpDone, f.deleteInteraction):
            widget.setEnabled(interaction_id is not None)
        entry = self.rows.get(interaction_id) if interaction_id is not None else None
        f.followUpDone.setText(
            "Reopen f&ollow-up"
            if entry is not None and entry.follow_up_done_at
            else "Follow-up d&one"
        )
        f.followUpDone.setEnabled(entry is not None and entry.follow_up_on is not None)
        if interaction_id == self.item_id and not force:
            self._fill_who(entry)
            return
        if entry is None:
            self.fields.show(None)
            f.who.clear()
            return
        self.fields.show(interactions.get(self.session.db, entry.id))
        self._fill_who(entry)

    def _fill_who(self, entry: InteractionRow | None) -> None:
        f = self.form
        f.who.blockSignals(True)
        f.who.clear()
        if entry is not None:
            people = {c.id: c.name for c in contacts.at_partner(self.session.db, entry.partner_id)}
            names = dict(zip(entry.contact_ids, entry.who.split(", "), strict=False))
            for contact_id, name in {**people, **names}.items():
                item = QListWidgetItem(name)
                item.setData(ID, contact_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = contact_id in entry.contact_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                f.who.addItem(item)
        f.who.blockSignals(False)

    def _save_who(self) -> None:
        if self.item_id is None:
            return
        ticked = [
            self.form.who.item(r).data(ID)
            for r in range(self.form.who.count())
            if self.form.who.item(r).checkState() == Qt.CheckState.Checked
        ]
        self.session.write(interactions.set_participants, self.item_id, ticked)

    def log(self) -> None:
        from stemlead.gui.dialogs.log_interaction import LogInteractionDialog

        dialog = LogInteractionDialog(self.session, self.page.partner_id, parent=self.page)
        if dialog.exec() and dialog.logged_id is not None:
            self.fill(select=dialog.logged_id)
            self.form.tabs.setCurrentWidget(self.form.interactionsTab)
            self.form.timeline.setFocus()

    def toggle_done(self) -> None:
        entry = self.rows.get(self.item_id or 0)
        if entry is not None and entry.follow_up_on:
            done = entry.follow_up_done_at is None
            if self.session.write(interactions.complete_follow_up, entry.id, done=done).ok:
                self.fill()

    def delete(self) -> None:
        entry = self.rows.get(self.item_id or 0)
        if entry is not None:
            label = f"{KIND_LABELS[entry.kind]} on {fmt.day(entry.occurred_on)}"
            if self.session.delete(interactions.delete, entry.id, label):
                self.forget()
                self.fill()


def _interaction_text(row: InteractionRow) -> str:
    head = f"{fmt.day(row.occurred_on)} · {KIND_LABELS[row.kind]}"
    if row.who:
        head += f" with {row.who}"
    if row.follow_up_on and row.follow_up_done_at:
        head += f" · follow-up done {fmt.day(row.follow_up_done_at)}"
    elif row.follow_up_on:
        overdue = row.follow_up_on < today().isoformat()
        head += f" · follow up by {fmt.day(row.follow_up_on)}" + (" (overdue)" if overdue else "")
    notes = " ".join(row.notes.split())
    if len(notes) > 160:
        notes = notes[:159] + "…"
    return f"{head}\n{notes}" if notes else head
