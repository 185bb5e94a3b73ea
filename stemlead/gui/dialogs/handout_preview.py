"""See before you share: a handout's pages, exactly as they will print, before the file exists.

The dialog builds the handout's PDF bytes and renders each page with pdfium (the
``pypdfium2`` package: a small PDF renderer, no Pillow and no QtPdf needed), both off the
main thread on a read-only connection. Save… writes those same bytes, so what the coach
checked is what the teacher gets; afterwards the dialog offers to open the file or the
folder it is in.
"""

from __future__ import annotations

import atexit
import functools
import threading
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from stemlead.errors import StemLeadError
from stemlead.gui.tasks import finish_background_work, run_in_background
from stemlead.pdf import handouts
from stemlead.store import Database

PREVIEW_SCALE = 1.25  # 90 dpi: a Letter page is 765 px wide, readable without zooming
_pdfium_lock = threading.Lock()  # pdfium may be used by one thread at a time
_last_folder: Path | None = None  # where the coach saved last, for the next Save…


EAGER_PAGES = 3  # rendered with the handout; the rest as they scroll into view


@dataclass(frozen=True)
class Preview:
    """A built handout: the bytes that will be written, its first pages as pictures and
    the size of every page (the rest are drawn when the coach scrolls to them)."""

    data: bytes
    pages: list[QImage]
    sizes: list[tuple[int, int]]
    file_name: str


@functools.cache
def _pdfium() -> Any:
    """pypdfium2, imported on first use. Its exit handler destroys pdfium, and a preview
    still being drawn then crashed the process; so the wait for background work is
    registered after that handler, which makes it run first."""
    import pypdfium2

    atexit.register(finish_background_work)
    return pypdfium2


def _render(document: Any, index: int, scale: float) -> QImage:
    page = document[index]
    bitmap = page.render(scale=scale, rev_byteorder=True)
    fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
    pixels = bytes(bitmap.buffer)  # held until copied: the QImage only borrows it
    image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    bitmap.close()  # the copy owns its pixels now
    page.close()
    return image


def render_pages(
    data: bytes, scale: float = PREVIEW_SCALE, limit: int | None = None
) -> list[QImage]:
    """The first ``limit`` pages (all by default) of a PDF as QImages; safe off the main
    thread (no widgets involved)."""
    pdfium = _pdfium()

    with _pdfium_lock:
        document = pdfium.PdfDocument(data)
        try:
            count = len(document) if limit is None else min(limit, len(document))
            return [_render(document, index, scale) for index in range(count)]
        finally:
            document.close()


def page_sizes(data: bytes, scale: float = PREVIEW_SCALE) -> list[tuple[int, int]]:
    """Every page's size in pixels at ``scale``, without drawing any."""
    pdfium = _pdfium()

    with _pdfium_lock:
        document = pdfium.PdfDocument(data)
        try:
            sizes = [document.get_page_size(i) for i in range(len(document))]
        finally:
            document.close()
    return [(round(w * scale), round(h * scale)) for w, h in sizes]


def _close_documents(documents: list[Any]) -> None:
    with _pdfium_lock:
        while documents:
            documents.pop().close()


def make_preview(db: Database, request: handouts.Request) -> Preview:
    """Build and render one handout on a read-only connection of its own."""
    try:
        reader = db.reader()
        try:
            data = handouts.build(reader, request)
            name = handouts.file_name(reader, request)
        finally:
            reader.close()
        return Preview(data, render_pages(data, limit=EAGER_PAGES), page_sizes(data), name)
    except (StemLeadError, OSError):
        raise
    except Exception as exc:  # a bug must still reach the dialog as a sentence
        raise StemLeadError(
            f"STEM Lead could not lay out this handout ({type(exc).__name__}: {exc})."
        ) from exc


class HandoutPreview(QDialog):
    """The pages of one handout with Save…, then Open file / Open folder."""

    def __init__(
        self, db: Database, request: handouts.Request, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.request = request
        self.preview: Preview | None = None
        self.saved_path: Path | None = None
        self.setWindowTitle(f"{request.label} — preview")
        self.resize(860, 900)

        layout = QVBoxLayout(self)
        self.status = QLabel(f"Making the {request.label.lower()}…")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.desk = QScrollArea()  # not "scroll": QWidget.scroll() is a method
        self.desk.setWidgetResizable(True)
        self.desk.setAccessibleName("Pages of the handout")
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.desk.setWidget(self.pages_box)
        self.desk.setObjectName("handoutDesk")  # the style sheet gives both their colour
        self.pages_box.setObjectName("handoutPages")
        layout.addWidget(self.desk, 1)

        after = QHBoxLayout()
        self.saved_label = QLabel()
        self.open_file_button = QPushButton("Open &file")
        self.open_folder_button = QPushButton("Open f&older")
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        after.addWidget(self.saved_label, 1)
        after.addWidget(self.open_file_button)
        after.addWidget(self.open_folder_button)
        self.after_save = QWidget()
        self.after_save.setLayout(after)
        self.after_save.setVisible(False)
        layout.addWidget(self.after_save)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton("&Save…", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._open = True
        # pdfium's copy of the bytes, opened to draw more pages; closed with the dialog
        self._documents: list[Any] = []
        self.destroyed.connect(partial(_close_documents, self._documents))
        self._drawn: set[int] = set()
        self.page_labels: list[QLabel] = []
        run_in_background(lambda: make_preview(db, request), self._show, self._failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._draw_visible)

    def done(self, result: int) -> None:
        self._open = False  # a preview that finishes after the dialog closed is dropped
        _close_documents(self._documents)
        super().done(result)

    # -- building ---------------------------------------------------------------------------
    def _show(self, preview: Preview) -> None:
        if not self._open or not isValid(self):
            return
        self.preview = preview
        count = len(preview.sizes)
        self.page_labels = []
        for number, (width, height) in enumerate(preview.sizes, start=1):
            page = QLabel()
            page.setFixedSize(width, height)  # a page is never squeezed or cropped
            page.setAccessibleName(f"Page {number} of {count}")
            page.setProperty("handoutPage", True)
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(page)
        for index, image in enumerate(preview.pages):
            self._set_page(index, image)
        bar = self.desk.verticalScrollBar()
        bar.valueChanged.connect(self._draw_visible)
        bar.rangeChanged.connect(lambda *_: self._draw_visible())
        QTimer.singleShot(0, self, self._draw_visible)
        pages = "1 page" if count == 1 else f"{count} pages"
        self.status.setText(
            f"This is exactly what will be saved: {pages}. Check it, then choose Save…"
        )
        self.save_button.setEnabled(True)
        self.save_button.setDefault(True)
        self.save_button.setFocus()

    def _set_page(self, index: int, image: QImage) -> None:
        self.page_labels[index].setPixmap(QPixmap.fromImage(image))
        self._drawn.add(index)

    def _draw_visible(self) -> None:
        """Draw the pages in (or next to) the visible part of the scroll area."""
        if self.preview is None or len(self._drawn) == len(self.page_labels):
            return
        if not self.desk.isVisible():
            return  # no geometry yet: drawn when shown
        self.pages_layout.activate()
        top = self.desk.verticalScrollBar().value()
        bottom = top + self.desk.viewport().height()
        wanted = [
            i
            for i, label in enumerate(self.page_labels)
            if i not in self._drawn
            and label.y() < bottom + label.height()
            and label.y() + 2 * label.height() > top
        ]
        if not wanted:
            return
        pdfium = _pdfium()

        with _pdfium_lock:
            if not self._documents:
                self._documents.append(pdfium.PdfDocument(self.preview.data))
            images = [(i, _render(self._documents[0], i, PREVIEW_SCALE)) for i in wanted]
        for index, image in images:
            self._set_page(index, image)
        if len(self._drawn) == len(self.page_labels):
            _close_documents(self._documents)  # every page drawn: pdfium's copy is not needed

    def draw_all_pages(self) -> None:
        """Draw every page now (for a test, or before printing a picture of the dialog)."""
        if self.preview is None:
            return
        pdfium = _pdfium()

        with _pdfium_lock:
            if not self._documents:
                self._documents.append(pdfium.PdfDocument(self.preview.data))
            for index in range(len(self.page_labels)):
                if index not in self._drawn:
                    self._set_page(index, _render(self._documents[0], index, PREVIEW_SCALE))
        _close_documents(self._documents)

    def _failed(self, message: str) -> None:
        if not self._open or not isValid(self):
            return
        self.status.setText(f"The {self.request.label.lower()} could not be made: {message}")

    @property
    def is_ready(self) -> bool:
        return self.preview is not None

    # -- saving -----------------------------------------------------------------------------
    def suggested_path(self) -> Path:
        assert self.preview is not None
        folder = _last_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        return folder / self.preview.file_name

    def save(self) -> Path | None:
        """Ask where, then write the previewed bytes there (whole or not at all)."""
        global _last_folder
        if self.preview is None:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            f"Save the {self.request.label.lower()}",
            str(self.suggested_path()),
            "PDF (*.pdf)",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            handouts.save(self.preview.data, path, database=self.db.path)
        except (OSError, StemLeadError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.status.setText(f"Nothing was saved: {reason}")
            return None
        _last_folder = path.parent
        self.saved_path = path
        self.saved_label.setText(f"Saved {path.name} in {path.parent}.")
        self.after_save.setVisible(True)
        self.open_file_button.setDefault(True)
        self.open_file_button.setFocus()
        return path

    def open_file(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def open_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))


def preview_handout(
    db: Database, request: handouts.Request, parent: QWidget | None = None
) -> HandoutPreview:
    """Open the preview of one handout (non-modal) and return the dialog."""
    dialog = HandoutPreview(db, request, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
