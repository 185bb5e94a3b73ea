"""Charts for the impact report, drawn with reportlab.graphics so they print sharp.

Labels that a coach typed (school names, subjects) may be in any script, and chart
strings are set in one font, so those charts are tables: the label is a Paragraph (with
per-character font fallback) and only the bar is a drawing. The month chart, whose labels
are ours, is a real bar chart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from stemlead.core.impact import Tally
from stemlead.pdf import fonts, layout

BAR_HEIGHT = 10


def _bar(value: int, top: int, width: float, color: colors.Color) -> Drawing:
    drawing = Drawing(width, BAR_HEIGHT + 2)
    drawing.add(
        # types-reportlab types Rect's **kw as the TypedDict itself (not Unpack[...])
        Rect(0, 1, width, BAR_HEIGHT, fillColor=colors.HexColor("#f1f4f6"), strokeColor=None)  # type: ignore[arg-type]
    )
    if top > 0 and value > 0:
        drawing.add(
            Rect(0, 1, max(2.0, width * value / top), BAR_HEIGHT, fillColor=color, strokeColor=None)  # type: ignore[arg-type]
        )
    return drawing


def bar_rows(
    tallies: Sequence[Tally],
    width: float,
    *,
    color: colors.Color = layout.ACCENT,
    show: Callable[[int], str] = str,
    limit: int = 10,
    other: str = "Other",
) -> Flowable:
    """Horizontal bars, one row per tally (the longest ``limit``, the rest as ``other``)."""
    items = list(tallies)
    if len(items) > limit:
        rest = sum(t.count for t in items[limit - 1 :])
        items = [*items[: limit - 1], Tally(other, rest)]
    if not items:
        return layout.muted("Nothing to show for these dates.")
    st = layout.styles()
    top = max(t.count for t in items)
    label_w, value_w = width * 0.34, width * 0.16
    bar_w = width - label_w - value_w - 12
    rows = [
        [
            layout.cell(t.label),
            _bar(t.count, top, bar_w, color),
            layout.cell(show(t.count), st.cell_right),
        ]
        for t in items
    ]
    table = Table(rows, colWidths=[label_w, bar_w + 12, value_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` grid lines."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def column_chart(
    labels: Sequence[str],
    values: Sequence[float],
    width: float,
    *,
    height: float = 150,
    color: colors.Color = layout.ACCENT,
    unit: str = "",
) -> Drawing:
    """Vertical bars with our own short labels (months), values printed above each bar; a
    label may take a second line ("Nov\n(to 15th)")."""
    fonts.register_family()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    below = 22 + 11 * max((label.count("\n") for label in labels), default=0)
    chart.x, chart.y = 34, below
    chart.width, chart.height = width - 44, height - 18 - below  # type: ignore[assignment]
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.textAnchor = "middle"
    chart.categoryAxis.strokeColor = layout.RULE
    chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.strokeColor = layout.RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e6ebef")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
    top = max(values, default=0)
    step = nice_step(top)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (math.floor(top * 1.15 / step) + 1)
    chart.valueAxis.labelTextFormat = "%d" if step >= 1 else "%.1f"
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 8
    chart.barLabelFormat = "%.0f" if top >= 10 else "%.1f"
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 8.5
    chart.barLabels.nudge = 7
    drawing.add(chart)
    if unit:
        drawing.add(
            String(0, height - 10, unit, fontName=fonts.SANS, fontSize=8.5, fillColor=layout.MUTED)
        )
    return drawing
