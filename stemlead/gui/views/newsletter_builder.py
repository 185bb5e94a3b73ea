"""The newsletter builder tab: pick a period and an audience, let STEM Lead propose blocks
from the data, then edit, reorder and add to them; see the PDF, the plain text or the HTML
before anything is shared (each logged in the communications log when saved)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from stemlead.clock import today
from stemlead.core import event_photos, events, newsletters, stakeholders
from stemlead.core.newsletters import BLOCK_LABELS, Block, Newsletter
from stemlead.errors import NotFound
from stemlead.gui import fmt, style
from stemlead.gui.forms.ui_communications import Ui_Communications
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.comm_log import list_table
from stemlead.gui.views.partner_tab import current_id, fill_list
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.record_form import RecordForm

ID = Qt.ItemDataRole.UserRole


class NewslettersTab:
    def __init__(self, session: Session, form: Ui_Communications, view: QWidget) -> None:
        self.session = session
        self.form = f = form
        self.view = view
        self._rows: list[newsletters.NewsletterRow] = []
        self.model = RowsModel(
            [
                Column("Newsletter", lambda n: n.title),
                Column(
                    "Period",
                    lambda n: f"{fmt.day(n.starts_on)} – {fmt.day(n.ends_on)}",
                    lambda n: n.starts_on,
                ),
                Column("For", lambda n: n.audience),
                Column(
                    "Sent", lambda n: fmt.day(n.logged_on) or "draft", lambda n: n.logged_on or ""
                ),
            ]
        )
        list_table(f.newsletterTable, self.model)
        f.newsletterTable.selectionModel().currentRowChanged.connect(self._selected)
        start = QDate.currentDate()
        f.newsletterFrom.setDate(QDate(start.year(), start.month(), 1))
        f.newsletterTo.setDate(start)
        self.fields = RecordForm.on(
            session,
            Newsletter,
            newsletters.update,
            f,
            ("title", "stakeholder_id"),
            title=f.newsletterTitle,
            stakeholder_id=f.newsletterFor,
        )
        self.fields.after_save = lambda _: self.refresh()
        self.block_fields = RecordForm.on(
            session,
            Block,
            newsletters.update_block,
            f,
            ("heading", "body", "photo_id"),
            heading=f.blockHeading,
            body=f.blockBody,
            photo_id=f.blockPhoto,
        )
        self.block_fields.after_save = lambda _: self._fill_blocks()
        f.blockList.currentItemChanged.connect(lambda *_: self._show_block())
        f.createNewsletter.clicked.connect(self.create)
        f.deleteNewsletter.clicked.connect(self.delete)
        f.blockUp.clicked.connect(lambda: self.move(-1))
        f.blockDown.clicked.connect(lambda: self.move(1))
        f.addTextBlock.clicked.connect(self.add_text)
        f.deleteBlock.clicked.connect(self.delete_block)
        f.previewPdf.clicked.connect(self.preview_pdf)
        f.saveText.clicked.connect(lambda: self.show_text("txt"))
        f.saveHtml.clicked.connect(lambda: self.show_text("html"))
        for keys, slot in (
            (QKeySequence("Alt+Up"), lambda: self.move(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move(1)),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_block),
        ):
            QShortcut(keys, f.blockList, slot, context=Qt.ShortcutContext.WidgetShortcut)
        f.newsletterSplitter.setStretchFactor(1, 1)
        style.mark(f.withheld, "warning")
        f.loggedLabel.setProperty("muted", True)
        f.newsletterInfo.setProperty("muted", True)

    @property
    def newsletter_id(self) -> int | None:
        return self.fields.item_id

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.session.db
        current = self.newsletter_id
        self._rows = newsletters.list_newsletters(db)
        self.model.set_rows(self._rows)
        self.form.newsletterTable.resizeColumnsToContents()
        self.form.newsletterTable.setColumnWidth(
            0, min(self.form.newsletterTable.columnWidth(0), 240)
        )
        groups = stakeholders.list_stakeholders(db)
        for combo in (self.form.newsletterAudience, self.form.newsletterFor):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("Anyone (no audience chosen)", None)
            for group in groups:
                combo.addItem(group.name, group.id)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        self.select(current, quiet=True)

    def select(self, newsletter_id: int | None, *, quiet: bool = False) -> None:
        if not quiet and self.model.total == 0:
            self.refresh()
            return self.select(newsletter_id, quiet=True)
        row = self.model.row_of(lambda n: n.id == newsletter_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.form.newsletterTable.selectRow(row)
            self._selected(self.model.index(row, 0))
        else:
            self.show(None)
        return None

    def _selected(self, index: Any, _previous: Any = None) -> None:
        if index.isValid():
            chosen = self.model.row_at(index.row()).id
            if chosen != self.newsletter_id:
                self.show(chosen)
            else:
                self._fill_blocks()

    def show(self, newsletter_id: int | None) -> None:
        try:
            found = newsletters.get(self.session.db, newsletter_id) if newsletter_id else None
        except NotFound:
            found = None
        self.fields.show(found)
        self.block_fields.item_id = -1
        self.form.newsletterBody.setEnabled(found is not None)
        self.form.deleteNewsletter.setEnabled(found is not None)
        self._fill_blocks()

    # -- the blocks -------------------------------------------------------------------------
    def _fill_blocks(self, select: int | None = None) -> None:
        f = self.form
        if not self.newsletter_id:
            f.blockList.clear()
            f.newsletterInfo.setText("Build a newsletter from the data, or choose one.")
            f.withheld.setText("")
            f.loggedLabel.setText("")
            self._show_block()
            return
        db = self.session.db
        found = newsletters.blocks(db, self.newsletter_id)
        entries = []
        for block in found:
            label = BLOCK_LABELS.get(block.kind, block.kind)
            heading = block.heading or "(no heading)"
            kind = "" if heading == label else f" · {label.lower()}"
            photo = " · with photo" if block.photo_id else ""
            entries.append((f"{heading}{kind}{photo}", block.id))
        fill_list(f.blockList, entries, select or self.block_fields.item_id)
        if f.blockList.currentRow() < 0 and found:
            f.blockList.setCurrentRow(0)
        self._show_block()
        newsletter = newsletters.get(db, self.newsletter_id)
        issue = newsletters.issue(db, self.newsletter_id)
        f.newsletterInfo.setText(
            f"{fmt.day(newsletter.starts_on)} – {fmt.day(newsletter.ends_on)} · "
            f"{len(issue.blocks)} of {len(found)} blocks print"
            + ("" if found else " · nothing to report yet: the page says so")
        )
        f.withheld.setText("\n".join(issue.withheld))
        f.withheld.setVisible(bool(issue.withheld))
        row = next((r for r in self._rows if r.id == self.newsletter_id), None)
        logged = row.logged_on if row is not None else None
        f.loggedLabel.setText(
            f"Logged in the communications log on {fmt.day(logged)}."
            if logged
            else "Saving or copying it logs it in the communications log."
        )

    def _show_block(self) -> None:
        f = self.form
        chosen = current_id(f.blockList)
        for widget in (f.blockBox, f.blockUp, f.blockDown, f.deleteBlock):
            widget.setEnabled(chosen is not None)
        if chosen == self.block_fields.item_id:
            return
        block = newsletters.get_block(self.session.db, chosen) if chosen else None
        self._fill_photos(block)
        self.block_fields.show(block)

    def _fill_photos(self, block: Block | None) -> None:
        """The photos a block may show: those with consent to share, of its event (or of
        the events held in the newsletter's period)."""
        combo = self.form.blockPhoto
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("No photo", None)
        if block is not None and self.newsletter_id:
            db = self.session.db
            newsletter = newsletters.get(db, self.newsletter_id)
            owners = (
                [block.event_id]
                if block.event_id
                else [
                    e.id for e in events.held_between(db, newsletter.starts_on, newsletter.ends_on)
                ]
            )
            for event_id in owners:
                for photo in event_photos.shareable(db, event_id):
                    combo.addItem(photo.caption or photo.name, photo.id)
            if block.photo_id and combo.findData(block.photo_id) < 0:
                combo.addItem("A photo without consent (not printed)", block.photo_id)
        combo.blockSignals(False)

    def move(self, offset: int) -> None:
        chosen = current_id(self.form.blockList)
        if chosen is not None and self.session.write(newsletters.move_block, chosen, offset).ok:
            self._fill_blocks(select=chosen)
            self.form.blockList.setFocus()

    def add_text(self) -> None:
        if not self.newsletter_id:
            return
        autosave.flush_all()
        outcome = self.session.write(newsletters.add_block, self.newsletter_id)
        if outcome.ok:
            self._fill_blocks(select=outcome.value)
            self.form.blockHeading.setFocus()
            self.form.blockHeading.selectAll()

    def delete_block(self) -> None:
        chosen = current_id(self.form.blockList)
        if chosen is not None:
            label = newsletters.get_block(self.session.db, chosen).describe()
            if self.session.delete(newsletters.delete_block, chosen, label):
                self.block_fields.item_id = -1
                self._fill_blocks()

    # -- making and deleting -----------------------------------------------------------------
    def create(self) -> None:
        autosave.flush_all()
        f = self.form
        outcome = self.session.write(
            newsletters.create,
            starts_on=f.newsletterFrom.iso() or today().isoformat(),
            ends_on=f.newsletterTo.iso() or today().isoformat(),
            stakeholder_id=f.newsletterAudience.currentData(),
        )
        if outcome.ok:
            self.refresh()
            self.select(outcome.value)
            count = len(newsletters.blocks(self.session.db, outcome.value or 0))
            self.session.say(
                f"Proposed {count} block{'s' if count != 1 else ''} from the data: edit, reorder"
                " and add your own"
                if count
                else "Nothing to report for these dates yet: add your own text, or choose others"
            )
            f.blockList.setFocus()

    def delete(self) -> None:
        if self.newsletter_id:
            title = newsletters.get(self.session.db, self.newsletter_id).title
            if self.session.delete(newsletters.delete, self.newsletter_id, title):
                self.fields.item_id = None
                self.refresh()

    # -- going out ---------------------------------------------------------------------------
    def request(self) -> Any:
        from stemlead.pdf.handouts import Request

        return Request("newsletter", self.newsletter_id) if self.newsletter_id else None

    def preview_pdf(self) -> None:
        from stemlead.gui.widgets.handout_button import show_handout

        if self.newsletter_id:
            show_handout(self.session, self.request(), self.view)

    def show_text(self, kind: str) -> Any:
        from stemlead.gui.dialogs.newsletter_output import NewsletterText

        if not self.newsletter_id:
            return None
        autosave.flush_all()
        dialog = NewsletterText(self.session, self.newsletter_id, kind, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
