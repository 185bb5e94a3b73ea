"""A partner's people (or the people at no partner): add, edit, move to another partner,
delete with undo, and import or export them as vCard or CSV."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog

from stemlead.core import contacts, partners
from stemlead.gui.views.partner_tab import PartnerTab, current_id, fill_list
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.record_form import RecordForm

if TYPE_CHECKING:
    from stemlead.gui.views.partner_page import PartnerPage


class ContactsTab(PartnerTab):
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
        f.contactList.currentItemChanged.connect(lambda *_: self.show(current_id(f.contactList)))
        f.addContact.clicked.connect(self.add)
        f.moveContact.clicked.connect(self.move)
        f.deleteContact.clicked.connect(self.delete)
        delete = QShortcut(QKeySequence.StandardKey.Delete, f.contactList, self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        f.importContacts.clicked.connect(lambda: page.import_requested.emit(page.partner_id))
        f.exportContacts.clicked.connect(lambda: page.export_requested.emit(page.partner_id))

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
