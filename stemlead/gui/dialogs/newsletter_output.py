"""A newsletter on its way out: the PDF preview (see before you share) and the plain-text
or HTML version to copy into an email or save for the school's site. Either way, the first
time a newsletter is saved or copied it is logged in the communications log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import event_photos, newsletter_text, newsletters, settings
from stemlead.errors import StemLeadError
from stemlead.gui.dialogs.handout_preview import HandoutPreview
from stemlead.gui.session import Session
from stemlead.pdf import handouts, names


def log_saved(session: Session, newsletter_id: int) -> None:
    """Log the newsletter as sent (once); say so in the status line."""
    if session.write(newsletters.log_saved, newsletter_id).ok:
        session.say("Saved — and logged in the communications log")


class NewsletterPreview(HandoutPreview):
    """The handout preview, logging the newsletter when its PDF is saved."""

    def __init__(self, session: Session, newsletter_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session.db, handouts.Request("newsletter", newsletter_id), parent)
        self.session = session
        self.newsletter_id = newsletter_id

    def save(self) -> Path | None:
        path = super().save()
        if path is not None:
            log_saved(self.session, self.newsletter_id)
        return path


class NewsletterText(QDialog):
    """The newsletter as plain text or HTML: exactly what is copied or saved."""

    def __init__(
        self, session: Session, newsletter_id: int, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.newsletter_id = newsletter_id
        self.kind = kind  # "txt" or "html"
        db = session.db
        issue = newsletters.issue(db, newsletter_id)
        organization = str(settings.get(db, "organization_name") or "")
        if kind == "html":
            self.text = newsletter_text.as_html(
                issue, lambda photo: event_photos.contents(db, photo), organization
            )
        else:
            self.text = newsletter_text.as_text(issue, organization)
        self.suggested = names.newsletter(db, newsletter_id, None, None, f".{kind}")
        what = "HTML page" if kind == "html" else "plain text"
        self.setWindowTitle(f"Newsletter as {what}")
        layout = QVBoxLayout(self)
        note = (
            "One self-contained page: consented photos inside it, nothing loaded from "
            "anywhere, no links or tracking. Save it for the school's site."
            if kind == "html"
            else "Copy it into an email, or save it as a text file."
        )
        self.status = QLabel(note)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.view = QPlainTextEdit(self.text)
        self.view.setReadOnly(True)
        self.view.setAccessibleName(f"The newsletter as {what}")
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("&Copy", QDialogButtonBox.ButtonRole.ActionRole)
        save = buttons.addButton("&Save…", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        save.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 760, 640
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        log_saved(self.session, self.newsletter_id)
        self.status.setText("Copied: paste it into your email. It is logged as sent.")

    def save(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Save the newsletter", str(Path.home() / self.suggested), f"*.{self.kind}"
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != f".{self.kind}":
            path = path.with_name(f"{path.name}.{self.kind}")
        try:
            handouts.save(self.text.encode("utf-8"), path, database=self.session.db.path)
        except (OSError, StemLeadError) as exc:
            self.status.setText(f"Nothing was saved: {getattr(exc, 'strerror', None) or exc}")
            return None
        log_saved(self.session, self.newsletter_id)
        self.status.setText(f"Saved {path.name} in {path.parent}. It is logged as sent.")
        return path
