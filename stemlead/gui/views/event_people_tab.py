"""An event's people: the partners involved and what each brings, and the volunteers
(teachers, partner contacts, named guests) with their roles and whether they may be named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QCompleter

from stemlead.core import contacts, event_people, partners, teachers
from stemlead.core.event_people import ROLE_LABELS, EventPartner, Volunteer
from stemlead.gui.views.event_tab import EventTab
from stemlead.gui.views.partner_tab import current_id, fill_list
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.combos import chosen_data, line_of
from stemlead.gui.widgets.record_form import RecordForm

if TYPE_CHECKING:
    from stemlead.gui.views.event_page import EventPage


def searchable(combo: QComboBox) -> None:
    """Typing part of a name offers every entry that contains it."""
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setEditText("")
    combo.setCurrentIndex(-1)


class PeopleTab(EventTab):
    def __init__(self, page: EventPage) -> None:
        super().__init__(page)
        f = self.form
        self._teachers_consent: bool | None = None  # the selected volunteer's, if a teacher
        for role, label in ROLE_LABELS.items():
            f.role.addItem(label, role)
        self.partner_fields = RecordForm.on(
            self.session, EventPartner, event_people.update_partner, f, ("brings",)
        )
        self.partner_fields.after_save = lambda _: self._fill_partners()
        self.volunteer_fields = RecordForm.on(
            self.session, Volunteer, event_people.update_volunteer, f, ("role", "may_be_named")
        )
        self.volunteer_fields.after_save = lambda _: self._fill_volunteers()
        f.partnerList.currentItemChanged.connect(lambda *_: self._show_partner())
        f.volunteerList.currentItemChanged.connect(lambda *_: self._show_volunteer())
        line_of(f.addPartner).returnPressed.connect(self.add_partner)
        f.addPartner.activated.connect(lambda _: self.add_partner())
        line_of(f.addVolunteer).returnPressed.connect(self.add_volunteer)
        f.addVolunteer.activated.connect(lambda _: self.add_volunteer())
        line_of(f.addPartner).setPlaceholderText("Add a partner: type its name, press Enter")
        line_of(f.addVolunteer).setPlaceholderText(
            "Add a volunteer: a teacher, a contact, or a guest's name"
        )
        f.removePartner.clicked.connect(self.remove_partner)
        f.removeVolunteer.clicked.connect(self.remove_volunteer)
        for widget, slot in (
            (f.partnerList, self.remove_partner),
            (f.volunteerList, self.remove_volunteer),
        ):
            QShortcut(
                QKeySequence.StandardKey.Delete,
                widget,
                slot,
                context=Qt.ShortcutContext.WidgetShortcut,
            )

    def forget(self) -> None:
        self.partner_fields.item_id = -1
        self.volunteer_fields.item_id = -1
        self._fill_candidates()

    def fill(self) -> int:
        return self._fill_partners() + self._fill_volunteers()

    # -- partners ---------------------------------------------------------------------------
    def _fill_partners(self, select: int | None = None) -> int:
        rows = event_people.partners_of(self.session.db, self.event_id) if self.event_id else []
        entries = [(f"{p.name} — {p.brings}" if p.brings else p.name, p.id) for p in rows]
        fill_list(self.form.partnerList, entries, select or self.partner_fields.item_id)
        if self.form.partnerList.currentRow() < 0 and rows:
            self.form.partnerList.setCurrentRow(0)
        self._show_partner()
        return len(rows)

    def _show_partner(self) -> None:
        chosen = current_id(self.form.partnerList)
        for widget in (self.form.brings, self.form.removePartner):
            widget.setEnabled(chosen is not None)
        if chosen != self.partner_fields.item_id:
            found = event_people.get_partner(self.session.db, chosen) if chosen else None
            self.partner_fields.show(found)

    def add_partner(self) -> None:
        chosen = chosen_data(self.form.addPartner)
        if chosen is None or self.event_id is None:
            return
        outcome = self.session.write(event_people.add_partner, self.event_id, chosen)
        if outcome.ok:
            self.form.addPartner.setEditText("")
            self._fill_partners(select=outcome.value)
            self.page.reload()
            self.form.brings.setFocus()

    def remove_partner(self) -> None:
        item = self.form.partnerList.currentItem()
        if item is not None and self.session.delete(
            event_people.delete_partner, current_id(self.form.partnerList) or 0, item.text()
        ):
            self.page.reload()

    # -- volunteers -------------------------------------------------------------------------
    def _fill_volunteers(self, select: int | None = None) -> int:
        rows = event_people.volunteers_of(self.session.db, self.event_id) if self.event_id else []
        entries = []
        for v in rows:
            detail = f" ({v.detail})" if v.detail else ""
            named = "" if v.may_be_named else " · counted, not named"
            entries.append((f"{v.role_label}: {v.name}{detail}{named}", v.id))
        fill_list(self.form.volunteerList, entries, select or self.volunteer_fields.item_id)
        if self.form.volunteerList.currentRow() < 0 and rows:
            self.form.volunteerList.setCurrentRow(0)
        self._show_volunteer()
        return len(rows)

    def _show_volunteer(self) -> None:
        f = self.form
        chosen = current_id(f.volunteerList)
        if chosen != self.volunteer_fields.item_id:
            found = event_people.get_volunteer(self.session.db, chosen) if chosen else None
            self.volunteer_fields.show(found)
            self._teachers_consent = None
            if found is not None and found.teacher_id is not None:
                # a teacher's consent is theirs, set on their page: shown here, not changed
                agreed = teachers.get(self.session.db, found.teacher_id).may_be_named
                self._teachers_consent = agreed
                self.volunteer_fields.binding("may_be_named").load(
                    lambda: f.mayBeNamed.setChecked(agreed)
                )
        for widget in (f.role, f.removeVolunteer):
            widget.setEnabled(chosen is not None)
        f.mayBeNamed.setEnabled(chosen is not None and self._teachers_consent is None)

    def _fill_candidates(self) -> None:
        db = self.session.db
        partner_combo, people = self.form.addPartner, self.form.addVolunteer
        partner_combo.clear()
        for p in partners.list_partners(db):
            partner_combo.addItem(p.name, p.id)
        searchable(partner_combo)
        people.clear()
        for t in teachers.list_teachers(db):
            people.addItem(f"{t.name} — teacher, {t.school}".rstrip(", "), ("teacher", t.id))
        for c in contacts.list_contacts(db):
            people.addItem(f"{c.name} — {c.partner or 'contact'}", ("contact", c.id))
        searchable(people)

    def add_volunteer(self) -> None:
        """A teacher or contact from the list, or anyone else by name as a guest."""
        combo = self.form.addVolunteer
        text = combo.currentText().strip()
        if not text or self.event_id is None:
            return
        chosen = chosen_data(combo)
        if chosen is None:
            who = {"guest_name": text}
        else:
            kind, item_id = chosen
            who = {"teacher_id": item_id} if kind == "teacher" else {"contact_id": item_id}
        autosave.flush_all()
        outcome = self.session.write(event_people.add_volunteer, self.event_id, **who)
        if outcome.ok:
            combo.setEditText("")
            self._fill_volunteers(select=outcome.value)
            self.page.reload()
            self.form.role.setFocus()

    def remove_volunteer(self) -> None:
        item = self.form.volunteerList.currentItem()
        if item is not None and self.session.delete(
            event_people.delete_volunteer, current_id(self.form.volunteerList) or 0, item.text()
        ):
            self.page.reload()
