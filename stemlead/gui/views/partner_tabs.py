"""The partner page's contacts, interactions and agreements tabs.

Each tab is a list above an editor for the selected entry; every field saves as it is
typed (``widgets/autosave``). Lists are refilled when anything changes, keeping the
selection, and an editor reloads only when a different entry is chosen, so a save never
disturbs the field being typed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QListWidget, QListWidgetItem

from stemlead.clock import today
from stemlead.core import agreements, contacts, interactions, partners
from stemlead.core.agreements import CURRENCIES, VALUE_LABELS
from stemlead.core.agreements import STATUSES as AGREEMENT_STATUSES
from stemlead.core.fields import amount_text
from stemlead.core.interactions import KIND_LABELS as INTERACTION_LABELS
from stemlead.gui import fmt
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.record_form import RecordForm

if TYPE_CHECKING:
    from stemlead.gui.views.partners import PartnerPage

ID = Qt.ItemDataRole.UserRole
OVERDUE = "#c0392b"


def fill_list(widget: QListWidget, entries: list[tuple[str, int]], keep: int | None) -> None:
    """Refill a list of (text, id), keeping ``keep`` selected without signalling a change
    of selection when it is still there."""
    widget.blockSignals(True)
    widget.clear()
    row = -1
    for position, (text, item_id) in enumerate(entries):
        item = QListWidgetItem(text)
        item.setData(ID, item_id)
        item.setToolTip(text)
        widget.addItem(item)
        if item_id == keep:
            row = position
    widget.setCurrentRow(row)
    widget.blockSignals(False)


def current_id(widget: QListWidget) -> int | None:
    item = widget.currentItem()
    return item.data(ID) if item is not None else None


class Tab:
    """Shared plumbing: a list of entries above the selected entry's fields."""

    fields: RecordForm

    def __init__(self, page: PartnerPage) -> None:
        self.page = page
        self.session = page.session
        self.form = page.form

    @property
    def item_id(self) -> int | None:
        return self.fields.item_id

    def forget(self) -> None:
        """The next ``show`` reloads the entry even when it is the same one (a new partner)."""
        self.fields.item_id = -1


class ContactsTab(Tab):
    def __init__(self, page: PartnerPage) -> None:
        super().__init__(page)
        f = self.form
        self.fields = RecordForm.on(
            self.session,
            contacts.Contact,
            contacts.update,
            f,
            ("name", "role", "emails", "phones", "notes"),
            name=f.contactName,
            role=f.contactRole,
            emails=f.contactEmails,
            phones=f.contactPhones,
            notes=f.contactNotes,
        )
        f.contactList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.agreementList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        f.contactList.currentItemChanged.connect(lambda *_: self.show(current_id(f.contactList)))
        f.addContact.clicked.connect(self.add)
        f.moveContact.clicked.connect(self.move)
        f.deleteContact.clicked.connect(self.delete)
        delete = QShortcut(QKeySequence.StandardKey.Delete, f.contactList, self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        f.importContacts.clicked.connect(lambda: page.view.import_contacts(page.partner_id))
        f.exportContacts.clicked.connect(lambda: page.view.export_contacts(page.partner_id))

    def people(self) -> list[contacts.Contact]:
        db = self.session.db
        if self.page.partner_id:
            return contacts.at_partner(db, self.page.partner_id)
        return contacts.without_partner(db)

    def fill(self, select: int | None = None) -> int:
        people = self.people()
        keep = select if select is not None else self.item_id
        entries = [(_contact_line(c), c.id) for c in people]
        fill_list(self.form.contactList, entries, keep)
        if self.form.contactList.currentRow() < 0 and people:
            self.form.contactList.setCurrentRow(0)
        self.show(current_id(self.form.contactList))
        return len(people)

    def show(self, contact_id: int | None, *, force: bool = False) -> None:
        f = self.form
        for widget in (f.contactBox, f.moveContact, f.deleteContact):
            widget.setEnabled(contact_id is not None)
        if contact_id == self.item_id and not force:
            return
        contact = contacts.get(self.session.db, contact_id) if contact_id is not None else None
        self.fields.show(contact)
        f.contactBox.setTitle(contact.name if contact is not None else "Contact")

    def select(self, contact_id: int) -> None:
        self.fill(select=contact_id)
        self.form.tabs.setCurrentWidget(self.form.contactsTab)
        self.form.contactList.setFocus()

    def add(self) -> None:
        autosave.flush_all()
        outcome = self.session.write(
            contacts.add, name="New contact", partner_id=self.page.partner_id or None
        )
        if outcome.ok:
            self.fill(select=outcome.value)
            self.form.tabs.setCurrentWidget(self.form.contactsTab)
            self.form.contactName.setFocus()
            self.form.contactName.selectAll()

    def move(self) -> None:
        contact_id = self.item_id
        if contact_id is None:
            return
        choices = [(p.name, p.id) for p in partners.list_partners(self.session.db)]
        choices = [c for c in choices if c[1] != self.page.partner_id]
        labels = ["(No partner)", *[name for name, _ in choices]]
        name = contacts.get(self.session.db, contact_id).name
        label, ok = QInputDialog.getItem(
            self.page, "Move a contact", f"Move {name} to:", labels, 1 if choices else 0, False
        )
        if not ok:
            return
        target = None if label == labels[0] else choices[labels.index(label) - 1][1]
        if self.session.write(contacts.move, contact_id, target).ok:
            self.session.say(f"Moved {name} to {label}")
            self.forget()
            self.fill()

    def delete(self) -> None:
        contact_id = self.item_id
        if contact_id is not None:
            name = contacts.get(self.session.db, contact_id).name
            if self.session.delete(contacts.delete, contact_id, name):
                self.forget()
                self.fill()


def _contact_line(contact: contacts.Contact) -> str:
    details = [contact.role, *(contact.emails[:1] or contact.phones[:1])]
    return " · ".join([contact.name, *(d for d in details if d)])


class InteractionsTab(Tab):
    def __init__(self, page: PartnerPage) -> None:
        super().__init__(page)
        f = self.form
        for kind, label in INTERACTION_LABELS.items():
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
        self.rows: dict[int, interactions.InteractionRow] = {}

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
                item.setForeground(QBrush(QColor(OVERDUE)))
        if self.form.timeline.currentRow() < 0 and rows:
            self.form.timeline.setCurrentRow(0)
        self.show(current_id(self.form.timeline), force=self.item_id not in self.rows)
        return len(rows)

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

    def _fill_who(self, entry: interactions.InteractionRow | None) -> None:
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
            label = f"{INTERACTION_LABELS[entry.kind]} on {fmt.day(entry.occurred_on)}"
            if self.session.delete(interactions.delete, entry.id, label):
                self.forget()
                self.fill()


def _interaction_text(row: interactions.InteractionRow) -> str:
    head = f"{fmt.day(row.occurred_on)} · {INTERACTION_LABELS[row.kind]}"
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


class AgreementsTab(Tab):
    def __init__(self, page: PartnerPage) -> None:
        super().__init__(page)
        f = self.form
        for status in AGREEMENT_STATUSES:
            f.agreementStatus.addItem(status.title(), status)
        for kind, label in VALUE_LABELS.items():
            f.valueKind.addItem(label, kind)
        f.currency.addItems(CURRENCIES)
        f.currency.setInsertPolicy(f.currency.InsertPolicy.NoInsert)
        f.currency.setMaximumWidth(90)
        self.fields = RecordForm.on(
            self.session,
            agreements.Agreement,
            agreements.update,
            f,
            (
                "title",
                "status",
                "starts_on",
                "ends_on",
                "renew_by",
                "value_kind",
                "value_cents",
                "currency",
                "partner_provides",
                "we_provide",
                "notes",
            ),
            title=f.agreementTitle,
            status=f.agreementStatus,
            value_cents=f.amount,
            notes=f.agreementNotes,
        )
        self.fields.after_save = self._saved
        for edit, text in ((f.endsOn, "open-ended"), (f.renewBy, "No reminder")):
            edit.set_optional(True, text)
        f.agreementList.currentItemChanged.connect(
            lambda *_: self.show(current_id(f.agreementList))
        )
        f.addAgreement.clicked.connect(self.add)
        f.deleteAgreement.clicked.connect(self.delete)
        delete = QShortcut(QKeySequence.StandardKey.Delete, f.agreementList, self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def fill(self, select: int | None = None) -> int:
        partner_id = self.page.partner_id
        found = agreements.for_partner(self.session.db, partner_id) if partner_id else []
        keep = select if select is not None else self.item_id
        fill_list(self.form.agreementList, [(_agreement_text(a), a.id) for a in found], keep)
        if self.form.agreementList.currentRow() < 0 and found:
            self.form.agreementList.setCurrentRow(0)
        ids = {a.id for a in found}
        self.show(current_id(self.form.agreementList), force=self.item_id not in ids)
        return len(found)

    def show(self, agreement_id: int | None, *, force: bool = False) -> None:
        f = self.form
        f.agreementBox.setEnabled(agreement_id is not None)
        f.deleteAgreement.setEnabled(agreement_id is not None)
        if agreement_id == self.item_id and not force:
            return
        found = agreements.get(self.session.db, agreement_id) if agreement_id else None
        self.fields.show(found)
        self._enable_amount()

    def _enable_amount(self) -> None:
        has_value = self.form.valueKind.currentData() != "none"
        self.form.amount.setEnabled(has_value)
        self.form.currency.setEnabled(has_value)

    def _saved(self, field: str) -> None:
        """Choosing "no value" clears the amount (core does the same to the record)."""
        if field == "value_kind":
            if self.form.valueKind.currentData() == "none":
                self.fields.binding("value_cents").load(self.form.amount.clear)
            self._enable_amount()

    def add(self) -> None:
        autosave.flush_all()
        if not self.page.partner_id:
            return
        outcome = self.session.write(
            agreements.add,
            self.page.partner_id,
            title="New agreement",
            starts_on=today().isoformat(),
        )
        if outcome.ok:
            self.fill(select=outcome.value)
            self.form.tabs.setCurrentWidget(self.form.agreementsTab)
            self.form.agreementTitle.setFocus()
            self.form.agreementTitle.selectAll()

    def delete(self) -> None:
        agreement_id = self.item_id
        if agreement_id is not None:
            title = agreements.get(self.session.db, agreement_id).title
            if self.session.delete(agreements.delete, agreement_id, title):
                self.forget()
                self.fill()


def _agreement_text(a: agreements.Agreement) -> str:
    parts = [a.title, a.status.title()]
    if a.starts_on or a.ends_on:
        parts.append(f"{fmt.day(a.starts_on) or '…'} – {fmt.day(a.ends_on) or 'open-ended'}")
    if a.value_kind != "none":
        parts.append(f"{VALUE_LABELS[a.value_kind]} {amount_text(a.value_cents)} {a.currency}")
    if a.renew_by and a.status == "active":
        parts.append(f"renew by {fmt.day(a.renew_by)}")
    return " · ".join(parts)
