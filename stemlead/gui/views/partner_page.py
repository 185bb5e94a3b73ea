"""One partner's page: its details above tabs for its contacts, its interactions and its
agreements (each tab its own module), or the people who belong to no partner.

The page asks for what it cannot do itself (importing and exporting contacts needs file
dialogs and the section's list) through its signals, so it and its tabs work without
knowing which view holds them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from stemlead.core import partners
from stemlead.core.partners import KIND_LABELS, STATUS_LABELS, STATUSES, Partner
from stemlead.gui import fmt
from stemlead.gui.forms.ui_partner_detail import Ui_PartnerDetail
from stemlead.gui.session import Session
from stemlead.gui.views.partner_agreements import AgreementsTab
from stemlead.gui.views.partner_contacts import ContactsTab
from stemlead.gui.views.partner_interactions import InteractionsTab
from stemlead.gui.widgets.record_form import RecordForm

NO_PARTNER = 0  # the id of the "people with no partner" row


class PartnerPage(QWidget):
    """One partner. Every field saves as it is typed; the tabs hold its people, its
    interactions and its agreements."""

    import_requested = Signal(object)  # the partner id shown (NO_PARTNER: nobody's people)
    export_requested = Signal(object)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.partner_id: int | None = None
        self.form = f = Ui_PartnerDetail()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        f.summary.setProperty("muted", True)
        for kind, label in KIND_LABELS.items():
            f.kind.addItem(label, kind)
        for status in STATUSES:
            f.status.addItem(STATUS_LABELS[status], status)
        self.fields = RecordForm.on(
            session,
            Partner,
            partners.update,
            f,
            ("name", "kind", "status", "website", "address", "tags", "notes"),
        )
        self.fields.after_save = self._saved
        self.contacts = ContactsTab(self)
        self.interactions = InteractionsTab(self)
        self.agreements = AgreementsTab(self)
        self._titles = [f.tabs.tabText(i) for i in range(f.tabs.count())]

    def _saved(self, field: str) -> None:
        if field == "name" and self.partner_id:
            self.form.heading.setText(partners.get(self.session.db, self.partner_id).name)

    def show_partner(self, partner: Partner | None, *, unattached: bool = False) -> None:
        """Show a partner (or, with ``unattached``, the people at no partner)."""
        self.fields.show(partner)
        f = self.form
        self.partner_id = partner.id if partner else (NO_PARTNER if unattached else None)
        self.setEnabled(partner is not None or unattached)
        for tab in (f.detailsTab, f.interactionsTab, f.agreementsTab):
            f.tabs.setTabEnabled(f.tabs.indexOf(tab), partner is not None)
        f.exportContacts.setEnabled(partner is not None)
        if partner is None:
            f.heading.setText("People with no partner" if unattached else "No partner selected")
            f.summary.setText("Move them to a partner with “Move to…”" if unattached else "")
            if unattached:
                f.tabs.setCurrentWidget(f.contactsTab)
        else:
            f.heading.setText(partner.name)
        for part in (self.contacts, self.interactions, self.agreements):
            part.forget()
        self.reload()

    def reload(self) -> None:
        """Refill the lists (after any change) without touching what is being typed."""
        if self.partner_id is None:
            return
        counts = (self.contacts.fill(), self.interactions.fill(), self.agreements.fill())
        f = self.form
        for tab, count, title in zip(
            (f.contactsTab, f.interactionsTab, f.agreementsTab),
            counts,
            self._titles[1:],
            strict=True,
        ):
            f.tabs.setTabText(f.tabs.indexOf(tab), f"{title} ({count})" if count else title)
        if self.partner_id:
            partner = partners.get(self.session.db, self.partner_id)
            bits = [KIND_LABELS[partner.kind], STATUS_LABELS[partner.status]]
            due = self.interactions.next_follow_up()
            if due:
                bits.append(f"follow-up due {fmt.day(due)}")
            f.summary.setText(" · ".join(bits))
