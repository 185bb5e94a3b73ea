"""Looks that follow the system palette (light or dark) and stay readable when scaled.

Colours come from palette roles wherever possible; the few fixed colours (the kind chips
of evidence lines) are mid-tones with white text that read on light and dark backgrounds.
"""

from __future__ import annotations

KIND_COLOURS = {
    "evidence": "#5b6b7f",
    "strength": "#2e7d4f",
    "student_thinking": "#1f6fb2",
    "wondering": "#7b4bb3",
}

STYLESHEET = """
QListWidget#sidebar { font-size: 11pt; padding-top: 8px; background: palette(alternate-base); }
QListWidget#sidebar::item { padding: 7px 14px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
                                     color: palette(highlighted-text); }
QLabel[heading="true"] { font-size: 15pt; font-weight: 600; }
QLabel[section="true"] { font-size: 11pt; font-weight: 600; padding-top: 10px; }
QLabel[muted="true"] { color: palette(placeholder-text); }
QGroupBox#privateBox { border: 2px dashed palette(mid); border-radius: 6px; margin-top: 14px;
                       padding-top: 8px; font-weight: 600; }
QGroupBox#privateBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
*[invalid="true"] { border: 2px solid #c0392b; }
QLineEdit#input { font-size: 12pt; padding: 6px; }
QLabel#kindChip { color: white; border-radius: 4px; padding: 4px 8px; font-weight: 600; }
QLabel#clock { font-size: 12pt; font-weight: 600; }
StageColumn { background: palette(alternate-base); border: none; }
StageColumn::item { background: palette(base); border: 1px solid palette(mid); border-radius: 6px;
                    padding: 6px; margin: 3px; }
StageColumn::item:selected { border: 2px solid palette(highlight); color: palette(text); }
QTableView { gridline-color: palette(midlight); }
"""


def chip_style(kind: str) -> str:
    return f"background: {KIND_COLOURS[kind]};"
