"""An event's budget: costs and who pays, a partner's in-kind gift from its agreement, and
the totals (money and in kind, per currency)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from stemlead.core import event_budget
from stemlead.core.agreements import CURRENCIES
from stemlead.core.event_budget import Cost
from stemlead.core.fields import amount_text
from stemlead.gui.views.event_tab import EventTab
from stemlead.gui.views.partner_tab import current_id, fill_list
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.record_form import RecordForm

if TYPE_CHECKING:
    from stemlead.gui.views.event_page import EventPage

_CHOOSE = "Add an in-kind gift from an agreement…"


class BudgetTab(EventTab):
    def __init__(self, page: EventPage) -> None:
        super().__init__(page)
        f = self.form
        f.currency.addItems(CURRENCIES)
        f.currency.setInsertPolicy(f.currency.InsertPolicy.NoInsert)
        f.currency.setMaximumWidth(90)
        self.fields = RecordForm.on(
            self.session,
            Cost,
            event_budget.update,
            f,
            ("item", "amount_cents", "currency", "paid_by", "in_kind"),
            item=f.costItem,
            amount_cents=f.amount,
        )
        self.fields.after_save = lambda _: self.fill()
        f.costList.currentItemChanged.connect(lambda *_: self.show(current_id(f.costList)))
        f.addCost.clicked.connect(self.add)
        f.deleteCost.clicked.connect(self.delete)
        f.addInKind.activated.connect(self._add_in_kind)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            f.costList,
            self.delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def fill(self, select: int | None = None) -> int:
        db, f = self.session.db, self.form
        costs = event_budget.costs_of(db, self.event_id) if self.event_id else []
        fill_list(f.costList, [(_line(c), c.id) for c in costs], select or self.item_id)
        if f.costList.currentRow() < 0 and costs:
            f.costList.setCurrentRow(0)
        self.show(current_id(f.costList))
        totals = []
        for total in event_budget.totals(db, self.event_id) if self.event_id else []:
            totals.append(
                f"Costs {amount_text(total.cash_cents)} {total.currency} · given in kind "
                f"{amount_text(total.in_kind_cents)} {total.currency}"
            )
        f.totals.setText(" · ".join(totals) or "No costs yet.")
        f.addInKind.clear()
        f.addInKind.addItem(_CHOOSE, None)
        for agreement in (
            event_budget.in_kind_agreements(db, self.event_id) if self.event_id else []
        ):
            f.addInKind.addItem(agreement.title, agreement.id)
        f.addInKind.setEnabled(f.addInKind.count() > 1)
        f.addInKind.setToolTip(
            "What a partner of this event gives under one of its agreements"
            if f.addInKind.count() > 1
            else "Add the partner to the event (People) to use what its agreements give"
        )
        return len(costs)

    def show(self, cost_id: int | None) -> None:
        self.form.costBox.setEnabled(cost_id is not None)
        self.form.deleteCost.setEnabled(cost_id is not None)
        if cost_id != self.item_id:
            self.fields.show(event_budget.get(self.session.db, cost_id) if cost_id else None)  # type: ignore[union-attr]

    def add(self) -> None:
        autosave.flush_all()
        if self.event_id is None:
            return
        outcome = self.session.write(event_budget.add, self.event_id, "New cost")
        if outcome.ok:
            self.fill(select=outcome.value)
            self.form.costItem.setFocus()
            self.form.costItem.selectAll()

    def _add_in_kind(self, index: int) -> None:
        agreement_id = self.form.addInKind.itemData(index)
        if agreement_id is None or self.event_id is None:
            return
        outcome = self.session.write(event_budget.add_in_kind, self.event_id, agreement_id)
        if outcome.ok:
            self.fill(select=outcome.value)

    def delete(self) -> None:
        cost_id = current_id(self.form.costList)
        if cost_id is not None:
            item = event_budget.get(self.session.db, cost_id).item
            if self.session.delete(event_budget.delete, cost_id, item):
                self.page.reload()


def _line(cost: Cost) -> str:
    amount = f"{amount_text(cost.amount_cents)} {cost.currency}" if cost.amount_cents else "—"
    who = f" · {cost.paid_by}" if cost.paid_by else ""
    kind = " · in kind" if cost.in_kind else ""
    return f"{cost.item} · {amount}{who}{kind}"
