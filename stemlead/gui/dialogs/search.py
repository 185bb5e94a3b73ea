"""Ctrl+K: search everything as you type; Enter opens the highlighted result."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QWidget

from stemlead.core import search
from stemlead.gui.fmt import isolate
from stemlead.gui.forms.ui_search_dialog import Ui_SearchDialog
from stemlead.gui.session import Session
from stemlead.gui.style import tone

TARGET_ROLE = Qt.ItemDataRole.UserRole
KIND_NAMES = {
    "teacher": "Teacher",
    "coaching_log": "Coaching log",
    "cycle": "Cycle",
    "observation": "Observation",
    "observation_line": "Evidence",
    "group": "Group",
    "meeting": "Meeting",
    "agenda_item": "Agenda item",
    "decision": "Decision",
    "action_item": "Action item",
    "partner": "Partner",
    "contact": "Contact",
    "interaction": "Interaction",
    "agreement": "Agreement",
}


class SearchDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = f = Ui_SearchDialog()
        f.setupUi(self)
        f.status.setProperty("muted", True)
        self.target: tuple[str, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self.run)
        f.query.textChanged.connect(lambda _: self._timer.start())
        f.query.returnPressed.connect(self.open_current)
        f.query.installEventFilter(self)
        f.results.itemActivated.connect(lambda _: self.open_current())

    def run(self) -> None:
        f = self.form
        hits = search.search(self.session.db, f.query.text(), limit=40)
        f.results.clear()
        muted = tone("muted").name()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(TARGET_ROLE, (hit.target_kind, hit.target_id))
            context = f" · {isolate(_escape(hit.context))}" if hit.context else ""
            label = QLabel(
                f"<b>{isolate(_escape(hit.title))}</b> <span style='color:{muted}'>— "
                f"{KIND_NAMES.get(hit.kind, hit.kind)}{context}</span><br>"
                f"{hit.snippet_html()}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            width = f.results.viewport().width() - 4
            item.setSizeHint(QSize(width, label.heightForWidth(width)))
            item.setToolTip(hit.snippet)
            f.results.addItem(item)
            f.results.setItemWidget(item, label)
        if hits:
            f.results.setCurrentRow(0)
        typed = f.query.text().strip()
        f.status.setText(
            ""
            if not typed
            else f"{len(hits)} result{'s' if len(hits) != 1 else ''}"
            if hits
            else f"Nothing matches “{typed}”."
        )

    def open_current(self) -> None:
        self._timer.stop()
        if self.form.results.count() == 0:
            self.run()
        item = self.form.results.currentItem()
        if item is not None:
            self.target = item.data(TARGET_ROLE)
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step:
                results = self.form.results
                row = max(0, min(results.count() - 1, results.currentRow() + step))
                results.setCurrentRow(row)
                return True
        return False


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)
