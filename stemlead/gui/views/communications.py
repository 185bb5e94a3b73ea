"""Communications: the log of what was sent or presented to whom, the stakeholder groups,
who has not heard from the program in 90 days, and the newsletter builder — four tabs on
one form (``ui/communications.ui``), each tab its own module."""

from __future__ import annotations

from typing import Any

from stemlead.core.changes import Kind
from stemlead.gui.forms.ui_communications import Ui_Communications
from stemlead.gui.session import Session
from stemlead.gui.views.base import Navigate, View
from stemlead.gui.views.comm_log import LogTab
from stemlead.gui.views.comm_stakeholders import StakeholdersTab
from stemlead.gui.views.newsletter_builder import NewslettersTab
from stemlead.gui.widgets import autosave


class CommunicationsView(View):
    title = "Communications"
    kinds = frozenset(
        {
            Kind.COMMUNICATION,
            Kind.STAKEHOLDER,
            Kind.NEWSLETTER,
            Kind.EVENT,
            Kind.PARTNER,
            Kind.GROUP,
            Kind.TEACHER,
            Kind.CONTACT,
        }
    )

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.form = f = Ui_Communications()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        f.quietHint.setProperty("muted", True)
        self.log = LogTab(session, f)
        self.stakeholders = StakeholdersTab(session, f, self._open_stakeholder)
        self.newsletters = NewslettersTab(session, f, self)
        f.tabs.currentChanged.connect(lambda _: self.refresh())
        self._sized = False

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._sized and self.width() > 700:  # list and page side by side, once
            self._sized = True
            f = self.form
            for splitter in (f.logSplitter, f.stakeholderSplitter, f.newsletterSplitter):
                splitter.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])

    def refresh(self) -> None:
        f = self.form
        tab = f.tabs.currentWidget()
        if tab is f.logTab:
            self.log.refresh()
        elif tab is f.newslettersTab:
            self.newsletters.refresh()
        else:
            self.stakeholders.refresh()

    def _open_stakeholder(self, stakeholder_id: int) -> None:
        self.open_item(stakeholder_id, "stakeholder")

    def open_item(self, item_id: int, kind: str = "") -> None:
        f = self.form
        autosave.flush_all()
        if kind == "stakeholder":
            f.tabs.setCurrentWidget(f.stakeholdersTab)
            self.stakeholders.select(item_id)
        elif kind == "newsletter":
            f.tabs.setCurrentWidget(f.newslettersTab)
            self.newsletters.select(item_id)
        else:
            f.tabs.setCurrentWidget(f.logTab)
            self.log.select(item_id)

    def new_item(self) -> None:
        f = self.form
        tab = f.tabs.currentWidget()
        if tab is f.newslettersTab:
            self.newsletters.create()
        elif tab in (f.stakeholdersTab, f.quietTab):
            f.tabs.setCurrentWidget(f.stakeholdersTab)
            self.stakeholders.add()
        else:
            self.log.add()

    def handout(self) -> Any:
        if self.form.tabs.currentWidget() is self.form.newslettersTab:
            return self.newsletters.request()
        return None
