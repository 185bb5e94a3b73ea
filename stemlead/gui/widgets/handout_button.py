"""A "PDF…" button that opens the preview of a handout, so the coach sees before sharing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from stemlead.gui.session import Session


def show_handout(session: Session, request: Any, parent: QWidget) -> None:
    """Preview exactly what will print; the preview saves it."""
    from stemlead.gui.dialogs.handout_preview import preview_handout
    from stemlead.gui.widgets import autosave

    autosave.flush_all()  # the handout shows what was typed a moment ago
    if request.kind == "newsletter" and request.item_id:  # saving it logs it as sent
        from PySide6.QtCore import Qt

        from stemlead.gui.dialogs.newsletter_output import NewsletterPreview

        dialog = NewsletterPreview(session, request.item_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return
    preview_handout(session.db, request, parent)


def handout_button(
    text: str, session: Session, parent: QWidget, request: Callable[[], Any]
) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip("Preview the handout, then save it as a PDF (Ctrl+P)")
    button.clicked.connect(lambda: show_handout(session, request(), parent))
    return button
