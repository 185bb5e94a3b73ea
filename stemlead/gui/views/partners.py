"""Partners: a list filterable by type, status and text beside the selected partner's page
(``partner_page``: details, contacts, an interactions timeline, agreements), with contact
import and export.

People who belong to no partner (imported without an organisation, or moved out of one)
appear as one extra row at the top of the list, so nobody is ever out of reach.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import contact_export, contacts, partners
from stemlead.core.changes import Kind
from stemlead.core.partners import KIND_LABELS, STATUS_LABELS
from stemlead.errors import NotFound
from stemlead.gui import fmt
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import ListAndPage, Navigate
from stemlead.gui.views.partner_page import NO_PARTNER, PartnerPage
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.handout_button import show_handout
from stemlead.gui.widgets.tables import filter_box, record_table

EXPORT_FILTERS = {
    "vCard for address books and phones (*.vcf)": ".vcf",
    "CSV for Excel and mail merges (*.csv)": ".csv",
}


@dataclass(frozen=True, slots=True)
class _Unattached:
    """The list row for people at no partner; it looks like a PartnerRow."""

    contacts: int
    id: int = NO_PARTNER
    name: str = "People with no partner"
    kind: str = ""
    status: str = ""
    last_interaction: str | None = None
    next_follow_up: str | None = None


class PartnersView(ListAndPage):
    title = "Partners"
    kinds = frozenset({Kind.PARTNER, Kind.CONTACT, Kind.INTERACTION, Kind.AGREEMENT})
    fetch = staticmethod(partners.get)

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.model = RowsModel(
            [
                Column("Partner", lambda p: p.name),
                Column("Type", lambda p: KIND_LABELS.get(p.kind, "")),
                Column("Status", lambda p: STATUS_LABELS.get(p.status, "")),
                Column(
                    "Contacted",
                    lambda p: fmt.day(p.last_interaction),
                    lambda p: p.last_interaction or "",
                ),
                Column(
                    "Follow up",
                    lambda p: fmt.day(p.next_follow_up),
                    lambda p: p.next_follow_up or "9999",
                ),
            ]
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filter = filter_box(self.model, "partners")
        left_layout.addWidget(self.filter)
        row = QHBoxLayout()
        self.kind = self._combo("Filter by partner type", "All types", KIND_LABELS)
        self.status = self._combo("Filter by partner status", "Any status", STATUS_LABELS)
        row.addWidget(self.kind)
        row.addWidget(self.status)
        row.addStretch(1)
        left_layout.addLayout(row)
        self.table = record_table(self.model, "Partners")
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        left_layout.addWidget(self.table)
        buttons = QGridLayout()  # two by two: the list stays narrow on a small screen
        for place, (text, slot) in enumerate(
            (
                ("&New partner", self.new_item),
                ("&Directory PDF…", lambda: show_handout(self.session, self.handout(), self)),
                ("I&mport contacts…", lambda: self.import_contacts(None)),
                ("E&xport contacts…", lambda: self.export_contacts(None)),
            )
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button, place // 2, place % 2)
        buttons.setColumnStretch(2, 1)
        left_layout.addLayout(buttons)
        self.page = PartnerPage(session)
        self.page.import_requested.connect(self.import_contacts)
        self.page.export_requested.connect(self.export_contacts)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False  # the coach has not dragged the splitter
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_sized", True))
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _combo(self, name: str, any_label: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(any_label, None)
        for value, label in labels.items():
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _: self.refresh(follow_filter=True))
        return combo

    # -- the list ---------------------------------------------------------------------------
    def refresh(self, *, follow_filter: bool = False) -> None:
        """Reload the list. After a save the page keeps its partner even when the edit took
        them out of the filtered list; only a change of filter moves the page."""
        db = self.session.db
        kind, status = self.kind.currentData(), self.status.currentData()
        rows: list[Any] = list(partners.list_partners(db, kind=kind, status=status))
        if kind is None and status is None:
            loose = len(contacts.without_partner(db))
            if loose:
                rows.insert(0, _Unattached(loose))
        current = self.page.partner_id
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 210))
        self._select(current, keep_page=not follow_filter)
        if self.page.partner_id is not None and self.page.partner_id == current:
            self.page.reload()

    def clear_page(self) -> None:
        self.page.show_partner(None)

    def _selected(self, index: Any, _previous: Any = None) -> None:
        if not index.isValid():
            return
        partner_id = self.model.row_at(index.row()).id
        if partner_id == self.page.partner_id:
            return
        if partner_id == NO_PARTNER:
            self.page.show_partner(None, unattached=True)
            return
        try:
            self.page.show_partner(partners.get(self.session.db, partner_id))
        except NotFound:  # deleted meanwhile
            self.page.show_partner(None)

    def resizeEvent(self, event: Any) -> None:
        """About half and half until the coach drags the splitter; on a narrow screen the
        page gets the larger part (its forms need it more than the list)."""
        super().resizeEvent(event)
        if not self._sized:
            share = 52 if self.width() >= 1000 else 42
            self.splitter.setSizes(
                [self.width() * share // 100, self.width() * (100 - share) // 100]
            )

    # -- View --------------------------------------------------------------------------------
    def open_item(self, item_id: int, kind: str = "") -> None:
        """Open a partner's page; for a contact, their partner's page with them selected."""
        self.refresh_if_stale()
        contact_id = None
        if kind == "contact":
            contact_id = item_id
            item_id = contacts.get(self.session.db, item_id).partner_id or NO_PARTNER
        self.filter.clear()
        if self.model.row_of(lambda p: p.id == item_id) < 0:
            for combo in (self.kind, self.status):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.refresh()
        self._select(item_id)
        if contact_id is not None:
            self.page.contacts.select(contact_id)

    def handout(self) -> Any:
        from stemlead.pdf.handouts import Request

        return Request("partners")

    def new_item(self) -> None:
        autosave.flush_all()
        outcome = self.session.write(partners.add, name="New partner")
        if outcome.ok and outcome.value is not None:
            self.open_item(outcome.value)
            f = self.page.form
            f.tabs.setCurrentWidget(f.detailsTab)
            f.name.setFocus()
            f.name.selectAll()

    def delete_selected(self) -> None:
        partner_id = self.page.partner_id
        if partner_id:
            name = partners.get(self.session.db, partner_id).name
            self.session.delete(partners.delete, partner_id, name)

    # -- import and export -------------------------------------------------------------------
    def import_contacts(self, partner_id: int | None) -> None:
        from stemlead.gui.dialogs.contact_import import ContactImportDialog

        dialog = ContactImportDialog(self.session, partner_id or None, self)
        if dialog.exec():
            self.session.say(f"Imported {len(dialog.imported)} contact(s)")

    def export_contacts(self, partner_id: int | None) -> None:
        """Save all contacts (or one partner's) as vCard or CSV, as the coach chooses."""
        db = self.session.db
        stem = partners.get(db, partner_id).name if partner_id else "contacts"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in stem).strip() or "contacts"
        name, chosen = QFileDialog.getSaveFileName(
            self,
            "Export contacts",
            str(Path.home() / f"{safe}.vcf"),
            ";;".join(EXPORT_FILTERS),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".vcf", ".vcard", ".csv"):
            path = path.with_name(path.name + EXPORT_FILTERS.get(chosen, ".vcf"))
        self.session.read_in_background(
            lambda reader: contact_export.export(reader, path, partner_id=partner_id or None),
            lambda count: self.session.say(f"Exported {count} contact(s) to {path}"),
        )
