"""Two versions of a lesson plan side by side, with what changed marked: removed words
struck through on the left, added words underlined in bold on the right (marks that read
without colour, in light and dark palettes alike)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import lesson_versions
from stemlead.core.lesson_versions import FieldChange, Span
from stemlead.gui import style
from stemlead.store import Database


def marked_html(text: str, spans: tuple[Span, ...], tag: str) -> str:
    """``text`` as HTML with each span inside ``tag`` (``s`` or ``ins``); lines kept."""
    out, at = [], 0
    for start, end in spans:
        out.append(html.escape(text[at:start]))
        out.append(f"<{tag}>{html.escape(text[start:end])}</{tag}>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


class VersionCompareDialog(QDialog):
    def __init__(self, db: Database, old_id: int, new_id: int | None, parent: QWidget) -> None:
        super().__init__(parent)
        old = lesson_versions.get(db, old_id)
        newer = (
            f"Version {lesson_versions.get(db, new_id).number}" if new_id else "The working copy"
        )
        self.setWindowTitle(f"Version {old.number} and {newer.lower()} — {old.title}")
        self.changes = lesson_versions.compare(db, old_id, new_id)
        layout = QVBoxLayout(self)
        changed = [c.label for c in self.changes if c.changed]
        summary = QLabel(
            f"Changed: {', '.join(changed)}." if changed else "Nothing has changed between them."
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.everything = QCheckBox("Show the fields that did not change too")
        self.everything.toggled.connect(self._show)
        layout.addWidget(self.everything)
        grid = QGridLayout()
        grid.addWidget(QLabel(f"<b>Version {old.number}</b> (removed words struck through)"), 0, 0)
        grid.addWidget(QLabel(f"<b>{newer}</b> (added words underlined)"), 0, 1)
        self.old = QTextBrowser()
        self.old.setAccessibleName(f"Version {old.number}, removed words struck through")
        self.new = QTextBrowser()
        self.new.setAccessibleName(f"{newer}, added words underlined")
        grid.addWidget(self.old, 1, 0)
        grid.addWidget(self.new, 1, 1)
        layout.addLayout(grid, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show()
        room = self.screen().availableGeometry() if self.screen() else None
        width, height = 1100, 700
        if room is not None:
            width, height = (
                min(width, int(room.width() * 0.95)),
                min(height, int(room.height() * 0.9)),
            )
        self.resize(width, height)

    def _show(self) -> None:
        shown = [c for c in self.changes if c.changed or self.everything.isChecked()]
        struck = f'<s style="color: {style.tone("error").name()}">'
        self.old.setHtml(self._side(shown, old=True).replace("<s>", struck))
        self.new.setHtml(
            self._side(shown, old=False).replace("<ins>", "<u><b>").replace("</ins>", "</b></u>")
        )

    @staticmethod
    def _side(changes: list[FieldChange], *, old: bool) -> str:
        parts = []
        for change in changes:
            text = change.old if old else change.new
            spans = change.removed if old else change.added
            body = marked_html(text, spans, "s" if old else "ins") or "<i>(empty)</i>"
            parts.append(f"<h4>{html.escape(change.label)}</h4><p>{body}</p>")
        return "".join(parts) or "<p><i>Nothing changed.</i></p>"
