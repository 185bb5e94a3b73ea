"""Log a call, email, visit, event or meeting with a partner from anywhere, in seconds:
partner (type part of the name), kind, date, who took part, notes, and a follow-up date
that shows on Today and among the action items until it is marked done."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from stemlead.clock import today
from stemlead.core import contacts, interactions, partners
from stemlead.core.interactions import KIND_LABELS as INTERACTION_LABELS
from stemlead.gui import fmt
from stemlead.gui.forms.ui_log_interaction import Ui_LogInteraction
from stemlead.gui.session import Session
from stemlead.gui.widgets.combos import chosen_data

FOLLOW_UP_DAYS = 7
ID = Qt.ItemDataRole.UserRole


class LogInteractionDialog(QDialog):
    """``exec()`` it; ``logged_id`` is the new interaction's id when one was logged."""

    def __init__(
        self, session: Session, partner_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.logged_id: int | None = None
        self.form = f = Ui_LogInteraction()
        f.setupUi(self)
        for partner in partners.list_partners(session.db):
            f.partner.addItem(partner.name, partner.id)
        completer = QCompleter(f.partner.model(), f.partner)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        f.partner.setCompleter(completer)
        f.partner.setInsertPolicy(f.partner.InsertPolicy.NoInsert)
        index = f.partner.findData(partner_id) if partner_id else -1
        f.partner.setCurrentIndex(index)
        if index < 0:
            f.partner.setEditText("")
        for kind, label in INTERACTION_LABELS.items():
            f.kind.addItem(label, kind)
        day = today()
        f.date.setDate(fmt.qdate(day.isoformat()))
        f.followUpOn.setDate(fmt.qdate((day + timedelta(days=FOLLOW_UP_DAYS)).isoformat()))
        f.followUp.toggled.connect(f.followUpOn.setEnabled)
        f.partner.currentIndexChanged.connect(lambda _: self._fill_who())
        f.partner.editTextChanged.connect(lambda _: self._fill_who())
        f.who.itemActivated.connect(self._toggle)
        f.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Log")
        f.buttons.accepted.connect(self.log)
        f.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.log)
        self._who_for: int | None = None
        self._fill_who()
        (f.kind if index >= 0 else f.partner).setFocus()

    def chosen_partner(self) -> int | None:
        chosen: int | None = chosen_data(self.form.partner)
        return chosen

    def _fill_who(self) -> None:
        partner_id = self.chosen_partner()
        if partner_id == self._who_for:
            return
        self._who_for = partner_id
        who = self.form.who
        who.clear()
        for contact in contacts.at_partner(self.session.db, partner_id) if partner_id else []:
            item = QListWidgetItem(
                " · ".join(fmt.isolate(p) for p in (contact.name, contact.role) if p)
            )
            item.setData(ID, contact.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            who.addItem(item)
        self.form.whoLabel.setEnabled(who.count() > 0)
        who.setEnabled(who.count() > 0)

    @staticmethod
    def _toggle(item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def who(self) -> list[int]:
        who = self.form.who
        return [
            who.item(r).data(ID)
            for r in range(who.count())
            if who.item(r).checkState() == Qt.CheckState.Checked
        ]

    def log(self) -> None:
        f = self.form
        partner_id = self.chosen_partner()
        if partner_id is None:
            f.message.setText("Choose a partner from the list (type part of its name).")
            f.partner.setFocus()
            return
        self._fill_who()
        date: QDate = f.date.date()
        follow_up: QDate = f.followUpOn.date()
        outcome = self.session.write(
            interactions.log,
            partner_id,
            kind=f.kind.currentData(),
            notes=f.notes.toPlainText(),
            occurred_on=date.toString("yyyy-MM-dd"),
            follow_up_on=follow_up.toString("yyyy-MM-dd") if f.followUp.isChecked() else None,
            contact_ids=self.who(),
        )
        if outcome.ok:
            self.logged_id = outcome.value
            self.accept()
        else:
            f.message.setText(outcome.error)
