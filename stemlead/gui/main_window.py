"""The main window: a sidebar of sections, one view per section, menus and a status line.

It only hosts and routes: each section is its own class in ``views/``, created the first
time it is shown so start-up loads only what the first screen needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
)

from stemlead import APP_NAME
from stemlead.core.changes import Changes, Kind
from stemlead.errors import StemLeadError
from stemlead.gui import preferences, recovery
from stemlead.gui.fmt import isolate
from stemlead.gui.forms.ui_main_window import Ui_MainWindow
from stemlead.gui.session import Session
from stemlead.gui.style import mark
from stemlead.gui.views.base import View
from stemlead.gui.widgets import autosave, confirm, keys
from stemlead.gui.widgets.fit import available, scrolling
from stemlead.store import Database


@dataclass(frozen=True)
class Section:
    """One entry of the sidebar: adding a section to the app is adding one of these."""

    key: str
    title: str
    heading: str  # the sidebar group it sits under ("" for the top, above every heading)
    view: str  # "module.Class" in stemlead.gui.views, imported the first time it is shown
    opens: tuple[str, ...] = ()  # the kinds of item that open here (search, Today, links)


SECTIONS: tuple[Section, ...] = (
    Section("today", "Today", "", "today.TodayView"),
    Section("action_items", "Action items", "", "lists.ActionItemsView", ("action_item",)),
    Section(
        "teachers", "Teachers", "Coaching", "teachers.TeachersView", ("teacher", "coaching_log")
    ),
    Section("cycles", "Coaching cycles", "Coaching", "cycles.CyclesView", ("cycle",)),
    Section(
        "observations",
        "Observations",
        "Coaching",
        "observations.ObservationsView",
        ("observation", "observation_line"),
    ),
    # teacher growth: pairs and who may be on an island; plans, the catalogue and coverage
    Section(
        "mentoring",
        "Mentoring",
        "Coaching",
        "mentoring.MentoringView",
        ("mentorship", "check_in", "islander"),
    ),
    Section(
        "learning",
        "Professional learning",
        "Coaching",
        "learning.LearningView",
        ("offering", "learning_plan"),
    ),
    Section("meetings", "Meetings", "Collaboration", "meetings.MeetingsView", ("meeting", "group")),
    Section(
        "lesson_plans",
        "Lesson plans",
        "Collaboration",
        "lesson_plans.LessonPlansView",
        ("lesson_plan", "review"),
    ),
    Section("partners", "Partners", "Community", "partners.PartnersView", ("partner", "contact")),
    Section("events", "Events", "Community", "events.EventsView", ("event",)),
    Section(
        "communications",
        "Communications",
        "Community",
        "communications.CommunicationsView",
        ("stakeholder", "communication", "newsletter"),
    ),
)
_BY_KEY = {section.key: section for section in SECTIONS}
_ROUTES = {kind: section.key for section in SECTIONS for kind in section.opens}


def _view_class(key: str) -> type[View]:
    """Import one section's module when it is first shown: start-up loads only Today."""
    import importlib

    module, name = _BY_KEY[key].view.split(".")
    view_class: type[View] = getattr(importlib.import_module(f"stemlead.gui.views.{module}"), name)
    return view_class


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.form = f = Ui_MainWindow()
        f.setupUi(self)
        self.views: dict[str, View] = {}
        self._areas: dict[str, QScrollArea] = {}  # each view in its scroll area
        self.message = QLabel()
        self.message.setAccessibleName("Status")
        self.db_label = QLabel()
        self.db_label.setProperty("muted", True)
        f.statusbar.addWidget(self.message, 1)
        f.statusbar.addPermanentWidget(self.db_label)
        self._fill_sidebar()
        self._connect_actions()
        # Ctrl+Shift+Z undoes a delete from anywhere, a text field included (which would
        # take it as redo typing) while there is a delete to undo
        keys.through_text_fields(
            f.actionUndoDelete, self, lambda: self.session is not None and self.session.can_undo()
        )
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._back)
        QShortcut(QKeySequence.StandardKey.New, self, self._new_here)
        self.session: Session | None = None
        self.set_database(db)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.applicationStateChanged.connect(self._app_state_changed)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):  # fitted to this screen when shown (widgets.fit)
            self.restoreGeometry(geometry)
        elif not available(self).contains(self.geometry()):  # first run on a laptop
            self.resize(available(self).size())  # the whole screen (less its frame, when shown)
        last = str(settings.value("window/section", "today"))
        self.show_section(last if last in _BY_KEY else "today")

    def _fill_sidebar(self) -> None:
        """Sections under their headings (a heading is a row that cannot be chosen), and
        Alt+1… in the same order in the Go menu."""
        f = self.form
        heading = ""
        for number, section in enumerate(SECTIONS, 1):
            if section.heading != heading:
                heading = section.heading
                title = QListWidgetItem(heading.upper())
                title.setFlags(Qt.ItemFlag.NoItemFlags)
                title.setData(Qt.ItemDataRole.AccessibleTextRole, f"{heading} sections")
                f.sidebar.addItem(title)
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            f.sidebar.addItem(item)
            action = QAction(section.title, self)
            if number <= 10:  # Alt+1 … Alt+9, then Alt+0; the rest by the sidebar or Go menu
                action.setShortcut(QKeySequence(f"Alt+{number % 10}"))
            action.triggered.connect(lambda _=False, key=section.key: self.show_section(key))
            f.menuGo.addAction(action)
        f.sidebar.currentItemChanged.connect(self._sidebar_chosen)
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """Every section in view on a short screen (150% on a laptop): rows close up when
        they would not all fit; the sidebar is as wide as its longest entry, so the page
        beside it keeps the room a laptop has."""
        sidebar = self.form.sidebar
        for compact in (False, True):
            mark(sidebar, "compact", compact)
            sidebar.ensurePolished()
            font = sidebar.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            for row in range(sidebar.count()):
                item = sidebar.item(row)
                if not item.flags():  # a heading
                    item.setFont(font)
            rows = sum(sidebar.sizeHintForRow(r) for r in range(sidebar.count()))
            if rows + 2 * sidebar.frameWidth() + 12 <= sidebar.height() or not sidebar.height():
                break
        sidebar.setFixedWidth(sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_sidebar()

    def _sidebar_chosen(self, item: QListWidgetItem | None) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key:
            self.show_section(key)

    def _sidebar_row(self, key: str) -> int:
        sidebar = self.form.sidebar
        return next(
            row
            for row in range(sidebar.count())
            if sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key
        )

    # -- database ------------------------------------------------------------------------------
    @staticmethod
    def _finish_typing() -> None:
        """Take the focus off the field being edited (an editable combo box reports its text
        as chosen when it loses focus) and save it, while the database is still open."""
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        autosave.flush_all()

    def set_database(self, db: Database) -> None:
        self._finish_typing()
        for view in self.views.values():
            view.leave()
        for area in self._areas.values():
            self.form.pages.removeWidget(area)
            area.deleteLater()
        self.views.clear()
        self._areas.clear()
        if self.session is not None:
            self.session.db.close()
        self.session = Session(db)
        preferences.apply(db)
        # connected before any view exists, so new settings apply before views refresh
        self.session.changed.connect(self._settings_changed)
        self.session.saved.connect(self._status)
        self.session.failed.connect(lambda text: self._status(text, error=True))
        self.session.lost.connect(lambda exc: recovery.file_lost(self, exc))
        self.setWindowTitle(f"{isolate(db.path.name)} — {APP_NAME}")
        self.db_label.setText(str(db.path))
        self.db_label.setToolTip(f"The database in use: {db.path}")
        current = self.form.sidebar.currentItem()
        if current is not None:
            self.show_section(current.data(Qt.ItemDataRole.UserRole))

    def _settings_changed(self, kinds: Changes) -> None:
        if Kind.SETTINGS in kinds:
            preferences.apply(self.db)

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        """Back from another program (which may have moved or copied over the file)."""
        if state == Qt.ApplicationState.ApplicationActive and self.session is not None:
            self.session.check_file()

    def _status(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        mark(self.message, "error", error)

    # -- sections ------------------------------------------------------------------------------
    def view(self, key: str) -> View:
        if key not in self.views:
            assert self.session is not None
            view = _view_class(key)(self.session, self.open_item)
            view.opens = _BY_KEY[key].opens
            self.views[key] = view
            # a page that cannot shrink to the window scrolls, rather than growing the
            # window past the screen (the stack's minimum is the largest of its pages)
            self._areas[key] = scrolling(view)
            self.form.pages.addWidget(self._areas[key])
        return self.views[key]

    def show_section(self, key: str) -> View:
        autosave.flush_all()
        leaving = self._shown()
        view = self.view(key)
        if leaving is not None and leaving is not view:
            leaving.leave()
        self.form.pages.setCurrentWidget(self._areas[key])
        row = self._sidebar_row(key)
        if self.form.sidebar.currentRow() != row:
            self.form.sidebar.blockSignals(True)
            self.form.sidebar.setCurrentRow(row)
            self.form.sidebar.blockSignals(False)
        self.settings.setValue("window/section", key)
        return view

    def _shown(self) -> View | None:
        area = self.form.pages.currentWidget()
        view = area.widget() if isinstance(area, QScrollArea) else None
        return view if isinstance(view, View) else None

    def current_view(self) -> View:
        view = self._shown()
        assert view is not None
        return view

    def open_item(self, kind: str, item_id: int) -> None:
        """Show any item, wherever it lives (from search, Today, or a related list)."""
        key = _ROUTES.get(kind)
        if key is None:
            return
        view = self.show_section(key)
        view.refresh_if_stale()
        view.open_item(item_id, kind)

    def _back(self) -> None:
        self.current_view().back()

    def _new_here(self) -> None:
        self.current_view().new_item()

    # -- actions -------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        f = self.form
        f.actionQuit.triggered.connect(self.close)
        f.actionSearch.triggered.connect(self.search)
        f.actionQuickLog.triggered.connect(self.quick_log)
        f.actionLogInteraction.triggered.connect(self.log_interaction)
        f.actionNewObservation.triggered.connect(
            lambda: self.show_section("observations").new_item()
        )
        f.actionNewCycle.triggered.connect(lambda: self.show_section("cycles").new_item())
        f.actionNewTeacher.triggered.connect(lambda: self.show_section("teachers").new_item())
        f.actionNewActionItem.triggered.connect(
            lambda: self.show_section("action_items").new_item()
        )
        f.actionUndoDelete.triggered.connect(self.undo_delete)
        f.actionTrash.triggered.connect(self.trash)
        f.actionShortcuts.triggered.connect(self.shortcuts)
        f.actionImportTeachers.triggered.connect(self.import_teachers)
        f.actionExportJson.triggered.connect(self.export_json)
        f.actionExportCalendar.triggered.connect(self.export_calendar)
        f.actionSettings.triggered.connect(self.edit_settings)
        f.actionHandout.triggered.connect(self.handout)
        f.actionImpact.triggered.connect(self.impact_report)
        f.actionAbout.triggered.connect(self.about)
        f.actionBackupNow.triggered.connect(self.backup_now)
        f.actionRestore.triggered.connect(self.restore)
        f.actionOpenDatabase.triggered.connect(lambda: self.choose_database(new=False))
        f.actionNewDatabase.triggered.connect(lambda: self.choose_database(new=True))

    @property
    def db(self) -> Database:
        assert self.session is not None
        return self.session.db

    def search(self) -> None:
        from stemlead.gui.dialogs.search import SearchDialog

        autosave.flush_all()
        assert self.session is not None
        dialog = SearchDialog(self.session, self)
        if dialog.exec() and dialog.target:
            self.open_item(*dialog.target)

    def quick_log(self) -> None:
        from stemlead.gui.dialogs.quick_log import QuickLogDialog

        assert self.session is not None
        if QuickLogDialog(self.session, parent=self).exec():
            self._status("Logged — it counts toward coaching time")

    def log_interaction(self) -> None:
        from stemlead.gui.dialogs.log_interaction import LogInteractionDialog
        from stemlead.gui.views.partners import PartnersView

        assert self.session is not None
        view = self.current_view()
        partner_id = view.page.partner_id if isinstance(view, PartnersView) else None
        if LogInteractionDialog(self.session, partner_id or None, parent=self).exec():
            self._status("Interaction logged — a follow-up shows on Today until done")

    def undo_delete(self) -> None:
        assert self.session is not None
        autosave.flush_all()
        self.session.undo_delete()

    def trash(self) -> None:
        from stemlead.gui.dialogs.trash import TrashDialog

        assert self.session is not None
        TrashDialog(self.session, self).exec()

    def menu_actions(self) -> list[QAction]:
        """Every menu command, in menu order (for the shortcuts window)."""
        f = self.form
        menus = (f.menuFile, f.menuEdit, f.menuCoaching, f.menuGo, f.menuHelp)
        return [action for menu in menus for action in menu.actions()]

    def shortcuts(self) -> None:
        from stemlead.gui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.menu_actions(), self).exec()

    def import_teachers(self) -> None:
        from stemlead.gui.views.teachers import TeachersView

        view = self.show_section("teachers")
        assert isinstance(view, TeachersView)
        view.import_csv()

    def backup_now(self) -> None:
        from stemlead.core import maintenance

        autosave.flush_all()
        assert self.session is not None
        self.session.read_in_background(
            maintenance.backup_now,
            lambda path: self._status(f"Backed up and verified: {isolate(str(path))}"),
        )

    def _export(
        self, title: str, suggested: str, kinds: str, work: Any, done: Callable[[Any, str], str]
    ) -> None:
        """Ask where, then write the file off the main thread from a read-only connection;
        ``done(result, name)`` says what was written."""
        autosave.flush_all()
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), kinds)
        if name:
            assert self.session is not None
            self.session.read_in_background(
                lambda reader: work(reader, Path(name)),
                lambda result: self._status(done(result, name)),
            )

    def export_json(self) -> None:
        from stemlead.core import exchange

        self._export(
            "Export everything",
            f"{self.db.path.stem}-export.json",
            "JSON (*.json)",
            exchange.export_json,
            lambda count, name: f"Exported {count:,} records to {isolate(name)}",
        )

    def export_calendar(self) -> None:
        from stemlead.core import calendar_export
        from stemlead.pdf.fmt import plural

        self._export(
            "Export meetings to a calendar",
            f"{self.db.path.stem} meetings.ics",
            "iCalendar (*.ics)",
            calendar_export.export_calendar,
            lambda count, name: (
                f"Wrote {plural(count, 'calendar event')} to {isolate(name)}; open it "
                "in Outlook, Google or Apple Calendar"
            ),
        )

    def restore(self) -> None:
        from stemlead.core import maintenance
        from stemlead.gui.dialogs.restore import RestoreDialog

        autosave.flush_all()
        dialog = RestoreDialog(self.db, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        if not confirm.ask(
            f"Replace everything in {isolate(self.db.path.name)} with "
            f"{isolate(dialog.chosen.name)}?\n\n"
            "What is there now is backed up first (or, if it is damaged, kept aside as it "
            "is), so you can go back.",
            "Restore",
            self,
        ):
            return
        assert self.session is not None
        outcome = self.session.write(maintenance.restore, dialog.chosen)
        if outcome.ok and outcome.value is not None:
            self._status(outcome.value.describe())

    def handout(self) -> None:
        from stemlead.gui.widgets.handout_button import show_handout

        assert self.session is not None
        request = self.current_view().handout()
        if request is None:
            self._status(
                "Open a meeting, cycle, observation or lesson plan (or Partners) to make its handout"
            )
            return
        show_handout(self.session, request, self)

    def impact_report(self) -> None:
        from stemlead.gui.dialogs.impact_dialog import ImpactDialog

        autosave.flush_all()
        ImpactDialog(self.db, self).exec()

    def edit_settings(self) -> None:
        from stemlead.gui.dialogs.settings_dialog import SettingsDialog

        assert self.session is not None
        SettingsDialog(self.session, self).exec()

    def about(self) -> None:
        from stemlead.gui.dialogs.about import AboutDialog

        AboutDialog(self.db, self).exec()

    def welcome_if_new(self) -> None:
        """The first time a new, empty file opens: start empty or with a demo district."""
        from stemlead.gui.dialogs.welcome import WelcomeDialog, should_welcome

        assert self.session is not None
        if should_welcome(self.db):
            WelcomeDialog(self.session, self).exec()

    def backup_if_due(self) -> None:
        """A verified backup once a day when the app opens, off the main thread."""
        from stemlead.clock import now
        from stemlead.core import maintenance

        if maintenance.daily_backup_due(self.db, now=now()):
            assert self.session is not None
            self.session.read_in_background(
                maintenance.daily_backup, lambda _: self._status("Daily backup made and verified")
            )

    def choose_database(self, *, new: bool) -> None:
        autosave.flush_all()
        folder = str(self.db.path.parent)
        if new:
            name, _ = QFileDialog.getSaveFileName(
                self, "New database", folder, "STEM Lead databases (*.db)"
            )
        else:
            name, _ = QFileDialog.getOpenFileName(
                self, "Open database", folder, "STEM Lead databases (*.db);;All files (*)"
            )
        if name:
            self.switch_to(Path(name))

    def switch_to(self, path: Path) -> bool:
        if path.resolve() == self.db.path.resolve():
            return self.reopen(path) if self.db.swapped else True
        try:
            opened = recovery.open_checked(path, self, give_up="Cancel")
        except StemLeadError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return False
        if opened is None:
            return False
        self._use(path, *opened)
        return True

    def reopen(self, path: Path) -> bool:
        """Open ``path`` in place of a file another program swapped under us: its lock
        (and our stale journal beside it) are let go first, so the window closes if the
        new one cannot be opened."""
        self._finish_typing()
        self.db.close()
        try:
            opened = recovery.open_checked(path, self, give_up="Close STEM Lead")
        except StemLeadError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            opened = None
        if opened is None:
            self.close()
            return False
        self._use(path, *opened)
        return True

    def _use(self, path: Path, db: Database, note: str) -> None:
        self.set_database(db)
        self.welcome_if_new()
        self.settings.setValue("database/last", str(path))
        self._status(note or f"Opened {isolate(str(path))}")
        QTimer.singleShot(0, lambda: recovery.check_for_damage(self))

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish_typing()
        for view in self.views.values():
            view.leave()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        if self.session is not None:
            self.session.db.close()
        super().closeEvent(event)
