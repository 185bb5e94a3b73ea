"""The page every handout is printed on, and the styles and blocks they are built from.

Letter or A4 (the ``paper_size`` setting); a header with the school or district name and
its logo when one is set; a footer with the date the handout was made and "Page x of y";
the PDF's title, author and subject filled in so a file reads well in a viewer's list. Body
text is 10.5 pt and nothing a reader needs is under 10 pt, so a handout reads well printed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from stemlead import APP_NAME
from stemlead.clock import today
from stemlead.core import settings
from stemlead.pdf import fonts
from stemlead.pdf.columns import columns_frames, plain_frame
from stemlead.pdf.text import Stack, markup, para
from stemlead.store import Database

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#56616f")
ACCENT = colors.HexColor("#1f6f8b")
STRENGTH = colors.HexColor("#2e7d4f")
RULE = colors.HexColor("#c9d3dc")
TINT = colors.HexColor("#eef4f7")
STRENGTH_TINT = colors.HexColor("#edf6ef")

MARGIN = 0.75 * inch
HEADER_SPACE = 0.3 * inch
LOGO_HEIGHT = 0.42 * inch  # the header grows by the difference when there is a logo
FOOTER_SPACE = 0.45 * inch


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    bold: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    big_number: ParagraphStyle
    header: ParagraphStyle


@cache
def styles() -> Styles:
    """The handouts' paragraph styles (fonts are registered on first use)."""
    fonts.register_family()
    body = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10.5, leading=14.5, textColor=INK, spaceAfter=4
    )
    bold = ParagraphStyle("bold", parent=body, fontName=fonts.SANS_BOLD)
    cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=13, spaceAfter=0)
    return Styles(
        title=ParagraphStyle(
            "title", parent=bold, fontSize=20, leading=25, spaceAfter=2, textColor=INK
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=11.5, leading=16, textColor=MUTED
        ),
        h2=ParagraphStyle(
            "h2",
            parent=bold,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        ),
        h3=ParagraphStyle("h3", parent=bold, fontSize=11, leading=15, spaceBefore=6, spaceAfter=2),
        body=body,
        bold=bold,
        muted=ParagraphStyle("muted", parent=body, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.SANS_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_right_bold=ParagraphStyle(
            "cell_right_bold", parent=cell, alignment=TA_RIGHT, fontName=fonts.SANS_BOLD
        ),
        big_number=ParagraphStyle(
            "big_number", parent=bold, fontSize=22, leading=26, textColor=ACCENT, spaceAfter=0
        ),
        header=ParagraphStyle("header", parent=body, fontSize=10, leading=12, textColor=MUTED),
    )


# -- blocks the handouts are built from -------------------------------------------------------
def h2(text: str) -> Flowable:
    """A section heading (use :func:`section`, which keeps it off the foot of a page)."""
    return para(text, styles().h2)


def section(title: str, *flowables: Flowable) -> list[Flowable]:
    """A heading kept with the start of what follows it."""
    items = [f for f in flowables if f is not None]
    if not items:
        return []
    first = items[0]
    if isinstance(first, KeepTogether):
        # keep the heading with a block that must stay whole (not nested: a KeepTogether
        # inside a KeepTogether always starts a new page)
        return [KeepTogether([h2(title), *first._content]), *items[1:]]  # type: ignore[attr-defined]
    # otherwise start a new page when less than 1.3 inch is left (a KeepTogether would push
    # a long table whole onto the next page)
    return [CondPageBreak(1.3 * inch), h2(title), *items]


def title_block(title: str, *subtitles: str) -> list[Flowable]:
    """The handout's big title and the lines under it (empty lines are left out)."""
    st = styles()
    out = [para(title, st.title)]
    out += [para(line, st.subtitle) for line in subtitles if line]
    out.append(gap(8))
    return out


def para_heading(title: str, detail: str = "") -> list[Flowable]:
    """A small bold heading for one item, with a muted line of detail under it."""
    st = styles()
    out = [para(title, st.h3)]
    if detail:
        out.append(para(detail, st.muted))
    return out


def body(text: str) -> Flowable:
    return para(text, styles().body)


def para_style(text: str, style: ParagraphStyle) -> Flowable:
    return para(text, style)


def para_bold(text: str) -> Flowable:
    return para(text, styles().bold)


def muted(text: str) -> Flowable:
    return para(text, styles().muted)


def labelled(label: str, text: str, style: ParagraphStyle | None = None) -> Flowable:
    """``Label: user text`` on one paragraph, the label in bold."""
    prefix = f'<font name="{fonts.SANS_BOLD}">{markup(label)}</font> '
    return para(text, style or styles().body, prefix=prefix)


def bullets(
    items: Sequence[str], style: ParagraphStyle | None = None, *, marker: str = "•"
) -> list[Flowable]:
    """One paragraph per item with a bullet (or ``marker``: "3."); user text stays user text."""
    base = style or styles().body
    bullet_style = ParagraphStyle(
        f"{base.name}-bullet-{len(marker)}",
        parent=base,
        leftIndent=14 + 6 * max(0, len(marker) - 2),  # room for "10."
        bulletIndent=3,
        spaceAfter=3,
        bulletFontName=fonts.SANS,
    )
    return [para(item, bullet_style, bullet=marker) for item in items]


def cell(text: str, style: ParagraphStyle | None = None) -> Flowable:
    return para(text, style or styles().cell)


def _pieces(value: Any) -> list[Any]:
    """What one cell becomes when its row is cut into sub-rows: a Stack (long text) gives
    one piece per part, a list keeps its short items together."""
    if type(value) is Stack:  # not a BidiParagraph: its parts exist only once it is wrapped
        return list(value.parts)
    if isinstance(value, list):
        out: list[Any] = []
        short: list[Any] = []
        for item in value:
            if type(item) is Stack:
                if short:
                    out.append(short)
                    short = []
                out += item.parts
            else:
                short.append(item)
        if short:
            out.append(short)
        return out or [""]
    return [value]


def _expand(rows: list[list[Any]]) -> tuple[list[list[Any]], list[tuple[int, int]]]:
    """Rows with long text cut into sub-rows (so no row is taller than a page, and a table
    splits between rows cheaply); returns the rows and each logical row's first and last."""
    out: list[list[Any]] = []
    spans = []
    for row in rows:
        cells = [_pieces(v) for v in row]
        depth = max(len(c) for c in cells)
        first = len(out)
        for i in range(depth):
            out.append([c[i] if i < len(c) else "" for c in cells])
        spans.append((first, len(out) - 1))
    return out, spans


def label(text: str) -> str:
    """A table cell of the handout's own short ASCII words or numbers (a time, "12",
    "Strength"): drawn directly, far cheaper than a Paragraph. Never for user text."""
    assert text.isascii() and "\n" not in text, text
    return text


def table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    zebra: bool = True,
    right: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A quiet table: a tinted header row, hairlines, and rows that split across pages
    (``right``: columns whose :func:`label` cells are right-aligned)."""
    cells, spans = _expand(rows)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.SANS, 10, 13),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        *(("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    for first, last in spans:
        commands += [
            ("TOPPADDING", (0, first), (-1, first), 4),
            ("BOTTOMPADDING", (0, last), (-1, last), 4),
            ("LINEBELOW", (0, last), (-1, last), 0.4, RULE),
        ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if zebra:
        start = 1 if header else 0
        for first, last in spans[start + 1 :: 2]:
            commands.append(("BACKGROUND", (0, first), (-1, last), colors.HexColor("#f8fafb")))
    commands.extend(extra)
    result = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result


def callout(
    flowables: list[Flowable], width: float, *, tint: Any = TINT, edge: Any = ACCENT
) -> Table:
    """A tinted box with a coloured edge, for what the reader should see first (long text
    inside it is cut into rows, so the box can run over pages)."""
    rows: list[list[Any]] = []
    for item in flowables:
        rows += [[piece] for piece in _pieces(item)]
    box = Table(rows or [[""]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint),
                ("LINEBEFORE", (0, 0), (0, -1), 3, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return box


def gap(points: float = 6) -> Spacer:
    return Spacer(1, points)


# -- the page ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PageSetup:
    """What the settings say about every handout's page."""

    organization: str
    coach: str
    paper: str  # "letter" or "a4"
    logo: Path | None

    @property
    def pagesize(self) -> tuple[float, float]:
        return A4 if self.paper == "a4" else LETTER

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN

    @classmethod
    def from_settings(cls, db: Database) -> PageSetup:
        values = settings.get_all(db)
        logo = Path(values["logo_path"]).expanduser() if values["logo_path"] else None
        return cls(
            organization=values["organization_name"],
            coach=values["coach_name"],
            paper=values["paper_size"],
            logo=logo if logo is not None and logo.is_file() else None,
        )


def frame_width(db: Database) -> float:
    return PageSetup.from_settings(db).frame_width


class _NumberedCanvas(Canvas):
    """Holds every page until the end so the footer can say "Page x of y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            width = self._pagesize[0]  # type: ignore[attr-defined]
            self.setFont(fonts.SANS, 9)
            self.setFillColor(MUTED)
            self.drawRightString(width - MARGIN, MARGIN - 0.3 * inch, f"Page {number} of {total}")
            super().showPage()
        super().save()


def _logo(canvas: Canvas, setup: PageSetup, top: float) -> float:
    """Draw the logo at the top left; return how much room it took (0 if none or unreadable)."""
    if setup.logo is None:
        return 0.0
    try:
        from reportlab.lib.utils import ImageReader

        image = ImageReader(str(setup.logo))
        width, height = image.getSize()
        box_h = LOGO_HEIGHT
        box_w = min(1.6 * inch, box_h * width / max(height, 1))
        canvas.drawImage(
            image,
            MARGIN,
            top - box_h,
            width=box_w,
            height=box_h,
            preserveAspectRatio=True,
            mask="auto",
            anchor="sw",
        )
        return box_w + 8
    except Exception:  # a moved or damaged logo must not stop a handout
        return 0.0


def _page_decor(setup: PageSetup, kind: str, made_on: date) -> Any:
    st = styles()

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = setup.pagesize
        top = height - MARGIN + 0.3 * inch
        offset = _logo(canvas, setup, top)
        left = para(setup.organization, st.header)
        right = para(kind, ParagraphStyle("header-right", parent=st.header, alignment=TA_RIGHT))
        usable = width - 2 * MARGIN - offset
        _, lh = left.wrap(usable * 0.7, 40)
        _, rh = right.wrap(usable * 0.3, 40)
        row = max(lh, rh, LOGO_HEIGHT if offset else 0)  # names centred beside the logo
        left.drawOn(canvas, MARGIN + offset, top - (row + lh) / 2)
        right.drawOn(canvas, width - MARGIN - usable * 0.3, top - (row + rh) / 2)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule_y = top - row - 4
        canvas.line(MARGIN, rule_y, width - MARGIN, rule_y)
        made = f"Made {made_on:%B} {made_on.day}, {made_on.year} with {APP_NAME}"
        if setup.coach:
            made += f" by {setup.coach}"
        footer = para(made, ParagraphStyle("footer", parent=st.header, fontSize=9, leading=11))
        footer.wrap(width - 2 * MARGIN - 1.2 * inch, 30)
        footer.drawOn(canvas, MARGIN, MARGIN - 0.3 * inch - 2.5)  # baseline of the page number
        canvas.restoreState()

    return draw


def render(
    db: Database,
    story: list[Flowable],
    *,
    title: str,
    subject: str,
    kind: str,
    made_on: date | None = None,
    setup: PageSetup | None = None,
    columns: int = 1,
    banner: list[Flowable] | None = None,
) -> bytes:
    """Lay ``story`` out on the handout page and return the PDF's bytes.

    With ``columns=2`` (a newsletter) the story runs in two columns, under ``banner``
    across the top of the first page."""
    setup = setup or PageSetup.from_settings(db)
    made_on = made_on or today()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=setup.pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE + (LOGO_HEIGHT - 12 if setup.logo else 0),
        bottomMargin=MARGIN + FOOTER_SPACE - 0.3 * inch,
        title=title,
        author=setup.coach or setup.organization or APP_NAME,
        subject=subject,
        creator=APP_NAME,
        keywords=[kind, setup.organization] if setup.organization else [kind],
    )
    decor = _page_decor(setup, kind, made_on)
    if columns == 2:
        first, later, story = columns_frames(doc, banner or [], story)
        doc.addPageTemplates(
            [
                PageTemplate(id="first", frames=first, onPage=decor, autoNextPageTemplate="later"),
                PageTemplate(id="later", frames=later, onPage=decor),
            ]
        )
    else:
        frame = plain_frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, "body")
        doc.addPageTemplates([PageTemplate(id="handout", frames=[frame], onPage=decor)])
    doc.build(story or [Spacer(1, 1)], canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
