"""Looks that follow the system palette (light or dark) and stay readable when scaled.

This is the one module where colours are typed. Widgets take them from palette roles
wherever possible; the style sheet (resources/stylesheets/stemlead.qss) says which widgets
get a tone through dynamic properties (``QLabel[error="true"]``, set with :func:`mark`) and
names the tone as ``@error``, which :func:`stylesheet` fills in. List and table rows, which
a style sheet cannot colour one by one, take :func:`brush`. Each tone is a pair, the first
for light palettes and the second for dark ones, both readable (4.5:1 or more) on their
background; so are the kinds of evidence line (``KIND_TONES``: a log row's text, and its
chip with whichever of white or dark text reads on it). When the system's colour scheme
is dark and Qt's style kept a light palette, the app takes :func:`dark_palette`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# The kinds of evidence line, each a pair like TONES: a log row's text on the list, and
# the chip behind the kind's name (with dark or white text, whichever reads).
KIND_TONES = {
    "evidence": ("#5b6b7f", "#a9b7c9"),
    "strength": ("#2e7d4f", "#6fcf97"),
    "student_thinking": ("#1f6fb2", "#7db8f0"),
    "wondering": ("#7b4bb3", "#c4a3f0"),
}

TONES = {
    "error": ("#c0392b", "#ff7b72"),  # refused input, failed writes, overdue, skipped rows
    "warning": ("#8a5c00", "#d29922"),  # worth a look, not wrong: duplicate rows
    "muted": ("#5f6368", "#a0a0a8"),  # secondary words inside rich text
    "desk": ("#8a9099", "#8a9099"),  # behind the pages of a handout preview
    "page_edge": ("#5d646e", "#5d646e"),  # the edge of a white page on the desk
}

# The palette the app takes when the system's colour scheme is dark and Qt's style kept a
# light one (and for the screenshots: the offscreen platform has no system theme).
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


class _KindColours(Mapping[str, str]):
    """Each line kind's colour for the palette in use (light or dark of its pair)."""

    def __getitem__(self, kind: str) -> str:
        return KIND_TONES[kind][is_dark()]

    def __iter__(self) -> Iterator[str]:
        return iter(KIND_TONES)

    def __len__(self) -> int:
        return len(KIND_TONES)


KIND_COLOURS: Mapping[str, str] = _KindColours()


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; text wants 4.5 or more)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


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
    """Apply the style sheet now and again whenever the palette changes, and take the dark
    palette when the system's colour scheme is dark (now, or when it switches), so the app
    and its tones always suit the desktop."""
    _apply_stylesheet(app)
    if not app.property("followsPalette"):  # once, however often the app is set up
        app.setProperty("followsPalette", True)
        app.paletteChanged.connect(lambda _palette: _apply_stylesheet(app))
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(lambda scheme: follow_scheme(app, scheme))
        follow_scheme(app, hints.colorScheme())


def palette_for(scheme: Qt.ColorScheme, current: QPalette) -> QPalette | None:
    """The palette for a system in ``scheme`` when the app has ``current``: the dark one
    when the system is dark but the palette is light (Qt's own styles on Linux keep a light
    palette whatever the desktop says); None to keep ``current``."""
    if scheme == Qt.ColorScheme.Dark and not is_dark(current):
        return dark_palette()
    return None


_replaced: list[QPalette] = []  # the palette the dark one replaced, to go back to


def follow_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Dark when the system turns dark (if its palette did not), back when it turns light."""
    chosen = palette_for(scheme, app.palette())
    if chosen is not None:
        _replaced[:] = [app.palette()]
        app.setPalette(chosen)
    elif scheme != Qt.ColorScheme.Dark and _replaced:
        app.setPalette(_replaced.pop())


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
    """A kind chip: the kind's colour, with white or dark text, whichever reads on it."""
    background = QColor(KIND_COLOURS[kind])
    text = "#ffffff" if contrast(background, QColor("#ffffff")) >= 4.5 else "#1e1e20"
    return f"background: {background.name()}; color: {text};"
