"""A lesson plan's versions: keep the working copy as a new version (with a line saying
what changed), and compare two versions, or one with the working copy, side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from stemlead.core import lesson_versions
from stemlead.gui import fmt
from stemlead.gui.views.partner_tab import current_id, fill_list
from stemlead.gui.widgets import autosave

if TYPE_CHECKING:
    from stemlead.gui.views.lesson_plan_page import LessonPlanPage

ID = Qt.ItemDataRole.UserRole


class PlanVersions:
    def __init__(self, page: LessonPlanPage) -> None:
        self.page = page
        self.session = page.session
        f = self.form = page.form
        f.saveVersion.clicked.connect(self.save)
        f.versionNote.returnPressed.connect(self.save)
        f.compare.clicked.connect(self.compare_selected)
        f.versions.itemActivated.connect(lambda _: self.compare_selected())
        self.dialog: object | None = None  # the comparison on screen, kept alive while open

    def fill(self) -> int:
        plan_id = self.page.plan_id
        found = lesson_versions.versions(self.session.db, plan_id) if plan_id else []
        entries = []
        for version in reversed(found):
            text = f"Version {version.number} · {fmt.day(version.saved_at)}"
            if version.note:
                text += f" · {version.note}"
            entries.append((text, version.id))
        fill_list(self.form.versions, entries, current_id(self.form.versions))
        self.form.compare.setEnabled(bool(found))
        return len(found)

    def begin(self) -> None:
        """Go to the note of a new version (the button at the top of the page)."""
        f = self.form
        f.tabs.setCurrentWidget(f.versionsTab)
        f.versionNote.setFocus()

    def save(self) -> None:
        autosave.flush_all()
        plan_id = self.page.plan_id
        if plan_id is None:
            return
        outcome = self.session.write(
            lesson_versions.save_version, plan_id, self.form.versionNote.text()
        )
        if outcome.ok and outcome.value is not None:
            self.form.versionNote.clear()
            number = lesson_versions.get(self.session.db, outcome.value).number
            self.session.say(f"Kept as version {number}; the working copy goes on from here")
            self.page.reload()

    def selected(self) -> tuple[int | None, int | None]:
        """(older, newer) of the selection; newer None means the working copy."""
        widget = self.form.versions
        chosen = sorted(
            (widget.row(item), item.data(ID)) for item in widget.selectedItems()
        )  # newest first in the list: a higher row is older
        if len(chosen) >= 2:
            return chosen[-1][1], chosen[0][1]
        if len(chosen) == 1:
            return chosen[0][1], None
        latest = widget.item(0)
        return (latest.data(ID) if latest is not None else None), None

    def compare_selected(self) -> None:
        from stemlead.gui.dialogs.version_compare import VersionCompareDialog

        autosave.flush_all()
        old, new = self.selected()
        if old is None:
            self.session.say("Keep a version first; then it can be compared.", error=True)
            return
        dialog = VersionCompareDialog(self.session.db, old, new, self.page)
        dialog.show()
        self.dialog = dialog
