"""About: the version, the database in use, and the licences of what ships with the app."""

from __future__ import annotations

import sys
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QWidget

from stemlead import APP_NAME, __version__
from stemlead.gui.forms.ui_about import Ui_About
from stemlead.resources import resource_path
from stemlead.store import Database

LIBRARIES = (
    "PySide6-Essentials",
    "shiboken6",
    "reportlab",
    "sqlite-utils",
    "python-dateutil",
    "platformdirs",
    "tzlocal",
    "icalendar",
    "vobject",
    "pypdfium2",
)


def licence_of(distribution: str) -> str:
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return ""
    # the object is an email Message, with get(); the 3.11 PackageMetadata type lists less
    expression = meta.get("License-Expression") or ""  # type: ignore[attr-defined]
    if expression:
        return expression
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    text = (meta.get("License") or "").strip().splitlines()  # type: ignore[attr-defined]
    return ", ".join(classifiers) or (text[0] if text else "see its project page")


def licences_text() -> str:
    lines = ["Libraries"]
    for name in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        lines.append(f"  {name} {version} — {licence_of(name)}")
    fonts = resource_path("fonts")
    notices = (
        sorted(
            p
            for p in fonts.rglob("*")
            if p.is_file() and any(word in p.name.lower() for word in ("licen", "copying", "ofl"))
        )
        if fonts.is_dir()
        else []
    )
    if notices:
        lines += ["", "Fonts (each licence is in resources/fonts)"]
        for notice in notices:
            text = notice.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            lines.append(f"  {notice.relative_to(fonts)} — {text[0] if text else ''}")
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = f = Ui_About()
        f.setupUi(self)
        f.icon.setPixmap(QPixmap(str(resource_path("icons", "stemlead-64.png"))))
        python = ".".join(str(p) for p in sys.version_info[:3])
        f.summary.setText(
            f"<b>{APP_NAME} {__version__}</b><br>The teacher leader's desk: coaching cycles, "
            "observations, PLC meetings, partners and handouts, offline.<br><br>"
            f"Database in use: {db.path}<br>Python {python} · Qt for Python {pyside_version}"
        )
        f.licences.setPlainText(licences_text())
        f.buttons.rejected.connect(self.reject)
