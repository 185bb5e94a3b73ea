"""A partner's agreements: title, status, dates, renewal reminder, what each side provides
and the value, typed as people write amounts (in-kind or funding, in a currency)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from stemlead.clock import today
from stemlead.core import agreements
from stemlead.core.agreements import CURRENCIES, STATUSES, VALUE_LABELS, Agreement
from stemlead.core.fields import amount_text
from stemlead.gui import fmt
from stemlead.gui.views.partner_tab import PartnerTab, current_id, fill_list
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.record_form import RecordForm

if TYPE_CHECKING:
    from stemlead.gui.views.partner_page import PartnerPage


class AgreementsTab(PartnerTab):
    def __init__(self, page: PartnerPage) -> None:
        super().__init__(page)
        f = self.form
        for status in STATUSES:
            f.agreementStatus.addItem(status.title(), status)
        for kind, label in VALUE_LABELS.items():
            f.valueKind.addItem(label, kind)
        f.currency.addItems(CURRENCIES)
        f.currency.setInsertPolicy(f.currency.InsertPolicy.NoInsert)
        f.currency.setMaximumWidth(90)
        self.fields = RecordForm.on(
            self.session,
            Agreement,
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
        f.agreementList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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


def _agreement_text(a: Agreement) -> str:
    parts = [a.title, a.status.title()]
    if a.starts_on or a.ends_on:
        parts.append(f"{fmt.day(a.starts_on) or '…'} – {fmt.day(a.ends_on) or 'open-ended'}")
    if a.value_kind != "none":
        parts.append(f"{VALUE_LABELS[a.value_kind]} {amount_text(a.value_cents)} {a.currency}")
    if a.renew_by and a.status == "active":
        parts.append(f"renew by {fmt.day(a.renew_by)}")
    return " · ".join(parts)
