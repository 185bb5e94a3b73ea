"""Render resources/icons/stemlead.svg to the PNG and ICO files the bundle and the Linux
desktop entry use. Run after editing the SVG: .venv/bin/python packaging/make_icons.py"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"

app = QGuiApplication(sys.argv)
icon = QIcon(str(ICONS / "stemlead.svg"))
for size in (16, 32, 48, 64, 128, 256):
    icon.pixmap(QSize(size, size)).save(str(ICONS / f"stemlead-{size}.png"))
icon.pixmap(QSize(256, 256)).save(str(ICONS / "stemlead.ico"))
print("wrote", sorted(p.name for p in ICONS.iterdir()))
