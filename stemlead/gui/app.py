"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path


def run(db_path: Path) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from stemlead.errors import StemLeadError
    from stemlead.store import open_database

    app = QApplication.instance() or QApplication(sys.argv)
    try:
        db = open_database(db_path)
    except StemLeadError as exc:
        QMessageBox.critical(None, "STEM Lead", str(exc))
        return 1
    label = QLabel(f"STEM Lead — {db.path}")
    label.resize(800, 500)
    label.show()
    code = app.exec()
    db.close()
    return code
