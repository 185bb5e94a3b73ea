"""One offering of the professional-learning catalogue: every field saves as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from stemlead.core import growth_areas, offerings, partners
from stemlead.core.agreements import CURRENCIES
from stemlead.core.offerings import FORMAT_LABELS, Offering
from stemlead.gui.forms.ui_offering_page import Ui_OfferingPage
from stemlead.gui.session import Session
from stemlead.gui.widgets.record_form import RecordForm


class OfferingPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.form = f = Ui_OfferingPage()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        for widget in (f.summary, f.areasHint):
            widget.setProperty("muted", True)
        for value, label in FORMAT_LABELS.items():
            f.format.addItem(label, value)
        f.currency.addItems(CURRENCIES)
        self._fill_partners()
        self.fields = RecordForm.on(
            session,
            Offering,
            offerings.update,
            f,
            (
                "title",
                "format",
                "provider_partner_id",
                "provider",
                "starts_on",
                "ends_on",
                "minutes",
                "cost_cents",
                "currency",
                "areas",
                "subjects",
                "link",
                "description",
            ),
        )
        self.fields.after_save = self._saved
        f.areasHint.setText("For example: " + ", ".join(growth_areas.labels()[:10]) + "…")
        self.offering: Offering | None = None
        self.setEnabled(False)

    def _fill_partners(self) -> None:
        combo = self.form.providerPartnerId
        combo.clear()
        combo.addItem("Not a partner", None)
        for partner in partners.list_partners(self.session.db):
            combo.addItem(partner.name, partner.id)

    @property
    def offering_id(self) -> int | None:
        return self.fields.item_id

    def show_offering(self, offering: Offering | None) -> None:
        if offering is not None and self.form.providerPartnerId.count() != 1 + len(
            partners.list_partners(self.session.db)
        ):
            self.fields.binding("provider_partner_id").load(self._fill_partners)
        self.fields.show(offering)
        self.offering = offering
        self.setEnabled(offering is not None)
        self.form.heading.setText(offering.title if offering else "No offering selected")

    def show_reach(self, reach: dict[int, int]) -> None:
        """How many teachers it would serve (``reach``: from the coverage view)."""
        offering = self.offering
        serves = reach.get(offering.id, 0) if offering is not None else 0
        if offering is None:
            self.form.summary.setText("")
            return
        who = "1 teacher" if serves == 1 else f"{serves} teachers"
        self.form.summary.setText(
            f"{FORMAT_LABELS[offering.format]} · would serve {who} who named one of its growth areas"
        )

    def _saved(self, field: str) -> None:
        if field in ("title", "format") and self.offering_id:
            offering = offerings.get(self.session.db, self.offering_id)
            self.form.heading.setText(offering.title)
