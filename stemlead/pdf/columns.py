"""Frames for a page in two columns (a newsletter): a banner across the top of the first
page, then the story down the left column and on into the right, page after page."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, FrameBreak

COLUMN_GAP = 0.3 * inch


def plain_frame(x: float, y: float, width: float, height: float, name: str) -> Frame:
    """A frame with no padding: the page's margins are the only white space."""
    return Frame(
        x, y, width, height, id=name, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )


def columns_frames(
    doc: BaseDocTemplate, banner: list[Flowable], story: list[Flowable]
) -> tuple[list[Frame], list[Frame], list[Flowable]]:
    """Frames for a banner over two columns on the first page, two columns after it, and
    the story that fills them (the banner, then a break to the first column)."""
    width = (doc.width - COLUMN_GAP) / 2
    right = doc.leftMargin + width + COLUMN_GAP
    tall = sum(f.wrap(doc.width, doc.height)[1] + f.getSpaceAfter() for f in banner)
    tall = min(tall + 6, doc.height / 2) if banner else 0
    below = doc.height - tall
    first = [
        plain_frame(doc.leftMargin, doc.bottomMargin, width, below, "left"),
        plain_frame(right, doc.bottomMargin, width, below, "right"),
    ]
    if banner:
        top = plain_frame(doc.leftMargin, doc.bottomMargin + below, doc.width, tall, "banner")
        first.insert(0, top)
        story = [*banner, FrameBreak(), *story]
    later = [
        plain_frame(doc.leftMargin, doc.bottomMargin, width, doc.height, "left-later"),
        plain_frame(right, doc.bottomMargin, width, doc.height, "right-later"),
    ]
    return first, later, story
