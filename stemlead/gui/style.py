"""Looks that follow the system palette (light or dark) and stay readable when scaled.

Colours come from palette roles wherever possible (the style sheet is in
resources/stylesheets); the few fixed colours (the kind chips of evidence lines) are
mid-tones with white text that read on light and dark backgrounds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

KIND_COLOURS = {
    "evidence": "#5b6b7f",
    "strength": "#2e7d4f",
    "student_thinking": "#1f6fb2",
    "wondering": "#7b4bb3",
}


def stylesheet() -> str:
    """The app's style sheet, shipped as data in resources/stylesheets."""
    from stemlead.resources import resource_path

    return resource_path("stylesheets", "stemlead.qss").read_text(encoding="utf-8")


def chip_style(kind: str) -> str:
    return f"background: {KIND_COLOURS[kind]};"


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Set a property the style sheet selects on (``QLabel[over="true"]``) and restyle:
    Qt applies a dynamic property's rules only when the widget is polished again."""
    if widget.property(name) != on:
        widget.setProperty(name, on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
