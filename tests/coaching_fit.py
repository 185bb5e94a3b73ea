"""Run in a child process on a 1366×768 offscreen screen (at 100% or 150%): visit the
coaching pages and dialogs and print, as JSON, how each one sits on the screen.

``python tests/coaching_fit.py DB`` with ``QT_QPA_PLATFORM=offscreen:configfile=…`` and
``QT_SCALE_FACTOR``; the scale can only be set before the application exists, hence the
child process. Read by tests/test_gui_coaching_fit.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from stemlead.gui.app import build_window, create_application


def size(widget: QWidget) -> dict[str, int]:
    QTest.qWait(30)
    frame = widget.frameGeometry()
    hint = widget.minimumSizeHint()
    return {
        "width": frame.width(),
        "height": frame.height(),
        "right": frame.right(),
        "bottom": frame.bottom(),
        "min_width": max(hint.width(), widget.minimumWidth()),
        "min_height": max(hint.height(), widget.minimumHeight()),
    }


def lines(label: QLabel) -> float:
    """How many lines of text a label takes on screen."""
    return round(label.height() / label.fontMetrics().lineSpacing(), 1)


def main(db_path: Path) -> dict[str, Any]:
    app: Any = create_application()
    window: Any = build_window(db_path)
    window.show()
    room = app.primaryScreen().availableGeometry()
    out: dict[str, Any] = {"screen": [room.width(), room.height()], "steps": {}}
    steps = out["steps"]
    for key in ("today", "teachers", "cycles", "observations"):
        window.show_section(key)
        steps[key] = size(window)
    window.open_item("teacher", 1)
    steps["teacher page"] = size(window)
    steps["teacher page"]["heading_lines"] = lines(window.views["teachers"].page.form.heading)
    window.open_item("cycle", 1)
    page = window.views["cycles"].page
    steps["cycle page"] = size(window)
    steps["cycle page"]["heading_lines"] = lines(page.form.heading)
    window.open_item("observation", 1)
    capture = window.views["observations"].capture.form
    QTest.qWait(300)  # rows take their height once the columns have theirs
    steps["capture"] = size(window)
    steps["capture"]["heading_lines"] = lines(capture.heading)
    log = capture.log
    shown = [
        row
        for row in range(log.rowCount())
        if log.visualRect(log.model().index(row, 3)).bottom() <= log.viewport().height()
        and log.visualRect(log.model().index(row, 3)).top() >= 0
    ]
    steps["capture"]["evidence_rows"] = len(shown)
    side = capture.sidePane
    steps["capture"]["side_scrolls"] = side.widget().height() > side.viewport().height()
    window.current_view().back()
    steps["back to observations"] = size(window)

    from stemlead.gui.dialogs.quick_log import QuickLogDialog
    from stemlead.gui.views.observations import StartDialog

    for name, dialog in (
        ("quick log", QuickLogDialog(window.session, parent=window)),
        ("quick log edit", QuickLogDialog(window.session, entry_id=1, parent=window)),
        ("start observation", StartDialog(window.session, parent=window)),
    ):
        dialog.show()
        steps[name] = size(dialog)
        dialog.close()
    window.close()
    QApplication.processEvents()
    return out


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
