"""An event's photos: added from files into the database (pictures only, up to the size
limit), each with a caption and the consent-to-share box that decides whether it may
appear on a handout or a newsletter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFileDialog, QListView, QListWidgetItem

from stemlead.core import event_photos
from stemlead.core.fields import Flag, Text
from stemlead.gui.views.event_tab import EventTab
from stemlead.gui.views.partner_tab import current_id
from stemlead.gui.widgets import autosave

if TYPE_CHECKING:
    from stemlead.gui.views.event_page import EventPage

ID = Qt.ItemDataRole.UserRole
THUMB = QSize(120, 90)


class PhotosTab(EventTab):
    def __init__(self, page: EventPage) -> None:
        super().__init__(page)
        f = self.form
        self.photo_id: int | None = None
        f.photoList.setViewMode(QListView.ViewMode.IconMode)
        f.photoList.setIconSize(THUMB)
        f.photoList.setResizeMode(QListView.ResizeMode.Adjust)
        f.photoList.setWordWrap(True)
        f.photoList.setSpacing(6)
        f.photoList.currentItemChanged.connect(lambda *_: self.show(current_id(f.photoList)))
        f.addPhoto.clicked.connect(self.add)
        f.deletePhoto.clicked.connect(self.delete)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            f.photoList,
            self.delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self._caption, self._show_caption = autosave.bind(
            f.caption, Text("Caption", max_len=500), self._save("caption")
        )
        self._consent, self._show_consent = autosave.bind(
            f.consent, Flag("Consent to share"), self._save("consent")
        )
        self._icons: dict[int, QIcon] = {}

    def _save(self, name: str) -> autosave.Saver:
        def save(value: object) -> bool:
            if self.photo_id is None:
                return True
            ok = self.session.write(event_photos.update, self.photo_id, **{name: value}).ok
            if ok:
                self.fill()
            return ok

        return save

    def forget(self) -> None:
        self.photo_id = -1

    def _icon(self, photo: event_photos.Photo) -> QIcon:
        if photo.id not in self._icons:
            pixmap = QPixmap()
            pixmap.loadFromData(event_photos.contents(self.session.db, photo.id))
            self._icons[photo.id] = QIcon(
                pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio)
                if not pixmap.isNull()
                else pixmap
            )
        return self._icons[photo.id]

    def fill(self, select: int | None = None) -> int:
        f = self.form
        photos = event_photos.photos_of(self.session.db, self.event_id) if self.event_id else []
        keep = select or self.photo_id
        f.photoList.blockSignals(True)
        f.photoList.clear()
        for photo in photos:
            shared = "may be shared" if photo.consent_to_share else "not shared: no consent"
            item = QListWidgetItem(self._icon(photo), f"{photo.caption or photo.name}\n({shared})")
            item.setData(ID, photo.id)
            item.setToolTip(f"{photo.name} · {shared}")
            f.photoList.addItem(item)
            if photo.id == keep:
                f.photoList.setCurrentItem(item)
        if f.photoList.currentRow() < 0 and photos:
            f.photoList.setCurrentRow(0)
        f.photoList.blockSignals(False)
        self.show(current_id(f.photoList))
        return len(photos)

    def show(self, photo_id: int | None) -> None:
        f = self.form
        for widget in (f.caption, f.consent, f.deletePhoto):
            widget.setEnabled(photo_id is not None)
        if photo_id == self.photo_id:
            return
        autosave.flush_all()
        self.photo_id = photo_id
        photo = event_photos.get(self.session.db, photo_id) if photo_id else None
        self._caption.load(lambda: self._show_caption(photo.caption if photo else ""))
        self._consent.load(lambda: self._show_consent(photo.consent_to_share if photo else False))

    def add(self) -> None:
        if self.event_id is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self.page,
            "Add photos of the event",
            str(Path.home()),
            "Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)",
        )
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> int:
        """Copy pictures in (a file that is too big or not a picture is refused with one
        sentence, and the others still come in); return how many were added."""
        added, last = 0, None
        for path in paths:
            outcome = self.session.write(event_photos.add_file, self.event_id, path)
            if outcome.ok:
                added, last = added + 1, outcome.value
        if added:
            self.fill(select=last)
            self.page.reload()
        return added

    def delete(self) -> None:
        photo_id = current_id(self.form.photoList)
        if photo_id is not None:
            name = event_photos.get(self.session.db, photo_id).name
            if self.session.delete(event_photos.delete, photo_id, name):
                self.photo_id = -1
                self.page.reload()
