"""Looks that follow the system palette (light or dark) and stay readable when scaled.

This is the one module where colours are typed. Widgets take them from palette roles
wherever possible; the style sheet (resources/stylesheets/stemlead.qss) says which widgets
get a tone through dynamic properties (``QLabel[error="true"]``, set with :func:`mark`) and
names the tone as ``@error``, which :func:`stylesheet` fills in. List and table rows, which
a style sheet cannot colour one by one, take :func:`brush`. Each tone is a pair, the first
for light palettes and the second for dark ones, both readable (4.5:1 or more) on their
background; the kind chips of evidence lines are mid-tones with white text on either.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

KIND_COLOURS = {
    "evidence": "#5b6b7f",
    "strength": "#2e7d4f",
    "student_thinking": "#1f6fb2",
    "wondering": "#7b4bb3",
}

TONES = {
    "error": ("#c0392b", "#ff7b72"),  # refused input, failed writes, overdue, skipped rows
    "warning": ("#8a5c00", "#d29922"),  # worth a look, not wrong: duplicate rows
    "muted": ("#5f6368", "#a0a0a8"),  # secondary words inside rich text
    "desk": ("#8a9099", "#8a9099"),  # behind the pages of a handout preview
    "page_edge": ("#5d646e", "#5d646e"),  # the edge of a white page on the desk
}

# The dark palette a laptop in dark mode gives the app, for the screenshots (the offscreen
# platform has no system theme).
DARK_PALETTE = {
    "Window": "#2b2b2e",
    "WindowText": "#e6e6e6",
    "Base": "#1e1e20",
    "AlternateBase": "#26262a",
    "Text": "#e6e6e6",
    "Button": "#35353a",
    "ButtonText": "#e6e6e6",
    "Highlight": "#3d7bd9",
    "HighlightedText": "#ffffff",
    "Mid": "#5a5a60",
    "Midlight": "#44444a",
    "PlaceholderText": "#9a9aa0",
    "ToolTipBase": "#35353a",
    "ToolTipText": "#e6e6e6",
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text sits on a dark background in ``palette`` (the app's by default)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tone(name: str, palette: QPalette | None = None) -> QColor:
    """The colour of a tone (see ``TONES``) that reads on the palette in use."""
    return QColor(TONES[name][is_dark(palette)])


def brush(name: str) -> QBrush:
    """A tone for an item's foreground (a list or table row)."""
    return QBrush(tone(name))


def mark(widget: QWidget, name: str, on: bool = True) -> None:
    """Set a dynamic property the style sheet styles (``error``, ``invalid``...) and have
    the widget's look follow at once."""
    if widget.property(name) != on:  # also when unset: then it reads back as a bool
        widget.setProperty(name, on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def stylesheet(palette: QPalette | None = None) -> str:
    """The app's style sheet, shipped as data in resources/stylesheets, with its tones
    chosen for ``palette`` (the app's by default)."""
    from stemlead.resources import resource_path

    text = resource_path("stylesheets", "stemlead.qss").read_text(encoding="utf-8")
    dark = is_dark(palette)
    return re.sub(r"@(\w+)", lambda m: TONES[m.group(1)][dark], text)


def follow_palette(app: QApplication) -> None:
    """Apply the style sheet now and again whenever the palette changes (the system
    switches to dark mode), so its tones always suit the background."""
    _apply_stylesheet(app)
    if not app.property("followsPalette"):  # once, however often the app is set up
        app.setProperty("followsPalette", True)
        app.paletteChanged.connect(lambda _palette: _apply_stylesheet(app))


def _apply_stylesheet(app: QApplication) -> None:
    text = stylesheet()
    if app.styleSheet() != text:  # setting it again would repolish every widget
        app.setStyleSheet(text)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK_PALETTE.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def chip_style(kind: str) -> str:
    return f"background: {KIND_COLOURS[kind]};"
