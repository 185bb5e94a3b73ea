"""The newsletter as a printable two-column PDF.

A banner across the top of the first page (the title, the school or district, the period
and the audience), then each block in order down two columns: its heading, its photo (only
one with consent to share: :func:`stemlead.core.newsletters.issue` decides) with the
caption, and its text, lines starting "•" as bullets. A period with nothing in it still
makes a clean page that says so.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Image, KeepTogether

from stemlead.core import event_photos, newsletters
from stemlead.core.newsletters import Issue, PrintBlock
from stemlead.pdf import columns, fmt, layout
from stemlead.store import Database

PHOTO_HEIGHT = 2.4 * inch


def build_newsletter(
    db: Database,
    newsletter_id: int | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    made_on: date | None = None,
) -> bytes:
    """A saved newsletter (``newsletter_id``), or what the data proposes for a period."""
    if newsletter_id is not None:
        found = newsletters.issue(db, newsletter_id)
    else:
        found = newsletters.issue_for_period(db, since, until)
    return render(db, found, made_on=made_on)


def render(db: Database, issue: Issue, *, made_on: date | None = None) -> bytes:
    setup = layout.PageSetup.from_settings(db)
    width = (setup.frame_width - columns.COLUMN_GAP) / 2
    period = f"{fmt.day(issue.starts_on, weekday=False)} – {fmt.day(issue.ends_on, weekday=False)}"
    lines = [period]  # the school or district is in the page's header already
    if issue.audience:
        lines.append(f"For {issue.audience}")
    banner = layout.title_block(issue.title, *lines)
    story: list[Flowable] = []
    for block in issue.blocks:
        story += _block(db, block, width)
    if not story:
        story = [layout.callout([layout.body(issue.nothing_to_report)], width)]
    return layout.render(
        db,
        story,
        title=issue.title,
        subject=f"Newsletter, {period}",
        kind="Newsletter",
        made_on=made_on,
        setup=setup,
        columns=2,
        banner=banner,
    )


def _block(db: Database, block: PrintBlock, width: float) -> list[Flowable]:
    head: list[Flowable] = []
    if block.heading.strip():
        head.append(layout.h2(block.heading))
    if block.photo is not None:
        picture = _photo(db, block.photo.id, width)
        if picture is not None:
            head.append(picture)
            if block.photo.caption:
                head.append(layout.muted(block.photo.caption))
            head.append(layout.gap(4))
    rest = paragraphs(block.body)
    if rest:
        head.append(rest.pop(0))  # a heading never ends a column alone
    return [KeepTogether(head), *rest] if head else rest


def paragraphs(text: str) -> list[Flowable]:
    """Typed text as paragraphs, one per line; lines starting "• ", "* " or "- " as bullets."""
    out: list[Flowable] = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line[:1] in "•*-" and line[1:2] == " ":
            out += layout.bullets([line[2:].strip()])
        else:
            out.append(layout.body(line))
    return out


def _photo(db: Database, photo_id: int, width: float) -> Flowable | None:
    """The photo scaled to the column (a damaged picture is left out, never a failure)."""
    from reportlab.lib.utils import ImageReader

    try:
        data = event_photos.contents(db, photo_id)
        w, h = ImageReader(io.BytesIO(data)).getSize()
        scale = min(width / w, PHOTO_HEIGHT / h)
        return Image(io.BytesIO(data), width=w * scale, height=h * scale, hAlign="LEFT")
    except Exception:
        return None
