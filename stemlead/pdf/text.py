"""User text on a handout: escaped, set in fonts that have every character, in reading order.

reportlab Paragraphs parse markup (``a<b & c`` raises, ``AT&T`` prints "AT&T;"), so every
piece of text a person typed reaches a Paragraph through :func:`markup` (which escapes
with :func:`escape`) or :func:`para` (which calls :func:`markup`). Nothing else builds
Paragraph text from user data.

Right-to-left text (Arabic, Hebrew) needs two things reportlab does not do on its own
without the ``rlbidi`` package (not on PyPI): its words must be put in visual order, and
the lines must be broken before that reordering. :class:`BidiParagraph` breaks the lines
itself, orders the words of each line by a word-level version of the Unicode bidi
algorithm, and lets harfbuzz (``reportlab[shaping]``) join and order the letters inside
each word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from stemlead.pdf import fonts

_SPACES = re.compile(r"[ \t\u00a0]+")


def escape(text: str) -> str:
    """THE escaping of user text for a Paragraph: ``& < >`` print literally, newlines stay."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\t", " ").replace("\r\n", "\n").replace("\n", "<br/>")


def markup(text: str, *, bold: bool = False) -> str:
    """Escaped Paragraph text whose every character is set in a font that has it."""
    primary = fonts.SANS_BOLD if bold else fonts.SANS
    parts = []
    for font, run in fonts.runs(text, bold=bold):
        if font == primary:
            parts.append(escape(run))
        else:
            parts.append(f'<font name="{font}">{escape(run)}</font>')
    return "".join(parts)


@cache
def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return not text.isascii() and any(_is_rtl(c) for c in text)


def needs_shaping(text: str) -> bool:
    """Arabic letters join, emoji sequences ligate, marks stack: harfbuzz is needed then."""
    if text.isascii():
        return False
    return any(
        "\u0600" <= c <= "\u08ff"
        or "\ufb50" <= c <= "\ufeff"
        or c == "\u200d"
        or unicodedata.category(c) == "Mn"
        for c in text
    )


def _bold(style: ParagraphStyle) -> bool:
    return style.fontName == fonts.SANS_BOLD


def _shaped(style: ParagraphStyle, text: str) -> ParagraphStyle:
    if needs_shaping(text) and not style.shaping:
        return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return style


LONG_TEXT = 1500  # characters: longer text is set as a Stack of pieces (see chunks())
CHUNK = 320  # characters per piece: a table row of one piece is a few lines high, so a
# page ends at most a few lines short even in a narrow column
_LINES_PER_CHUNK = 8


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Long text cut into pieces of at most ``size`` characters and a few lines each, at
    line ends, sentence ends or spaces: a 100 KB note then splits across pages (and across
    table rows) in linear time instead of re-wrapping the whole note for every page."""
    pieces: list[str] = []
    current: list[str] = []
    length = 0
    for line in text.split("\n"):
        while len(line) > size:
            cut = line.rfind(". ", 0, size)  # a sentence end, else a space, else anywhere
            if cut < size // 2:
                cut = line.rfind(" ", 0, size)
            cut = cut + 1 if cut > size // 2 else size
            if current:
                pieces.append("\n".join(current))
                current, length = [], 0
            pieces.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        if current and (length + len(line) > size or len(current) >= _LINES_PER_CHUNK):
            pieces.append("\n".join(current))
            current, length = [], 0
        current.append(line)
        length += len(line) + 1
    if current:
        pieces.append("\n".join(current))
    return pieces


def para(
    text: str, style: ParagraphStyle, *, prefix: str = "", bullet: str | None = None
) -> Flowable:
    """A paragraph of user text (``prefix`` is the handout's own markup, e.g. a bold label)."""
    text = text or ""
    if len(text) > LONG_TEXT or text.count("\n") >= 3 * _LINES_PER_CHUNK:
        inner = ParagraphStyle(f"{style.name}-piece", parent=style, spaceBefore=0, spaceAfter=0)
        parts = [
            _one(piece, inner, prefix if i == 0 else "", bullet if i == 0 else None)
            for i, piece in enumerate(chunks(text))
        ]
        return Stack(parts, style)
    return _one(text, style, prefix, bullet)


def _one(text: str, style: ParagraphStyle, prefix: str, bullet: str | None) -> Flowable:
    if has_rtl(text):
        return BidiParagraph(text, style, prefix=prefix + (f"{bullet} " if bullet else ""))
    return Paragraph(
        prefix + markup(text, bold=_bold(style)), _shaped(style, text), bulletText=bullet
    )


# -- right-to-left ----------------------------------------------------------------------------
def _word_type(word: str) -> str:
    """'L', 'R', 'EN' (a number) or 'N' (neutral): the word's first strong direction."""
    has_digit = False
    for char in word:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
        if kind in ("EN", "AN"):
            has_digit = True
    return "EN" if has_digit else "N"


def visual_order(words: list[str], rtl: bool) -> list[tuple[str, int]]:
    """Words of one line in display order, with their bidi level (odd = right to left).

    The Unicode bidi algorithm (UAX #9) applied to whole words: numbers after a left-to-right
    word become left-to-right (W7), neutrals between words of one direction take it (N1),
    else the paragraph's (N2); then runs are reversed from the highest level down (L2).
    """
    types = _resolved_types([_word_type(w) for w in words], rtl)
    to_level = {"L": 2, "R": 1, "EN": 2} if rtl else {"L": 0, "R": 1, "EN": 2}
    levels = [to_level[kind] for kind in types]
    return [(words[i], levels[i]) for i in _reordered(levels)]


def _resolved_types(types: list[str], rtl: bool) -> list[str]:
    """Each word's type after W7 (numbers follow a left-to-right word) and N1/N2
    (neutrals take the direction around them, else the paragraph's)."""
    strong = "R" if rtl else "L"
    for i, kind in enumerate(types):
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"
    i = 0
    while i < len(types):
        if types[i] != "N":
            i += 1
            continue
        j = i
        while j < len(types) and types[j] == "N":
            j += 1
        before = ("R" if rtl else "L") if i == 0 else types[i - 1]
        after = ("R" if rtl else "L") if j == len(types) else types[j]
        before, after = ("R" if t == "EN" else t for t in (before, after))
        resolved = before if before == after else ("R" if rtl else "L")
        types[i:j] = [resolved] * (j - i)
        i = j
    return types


def _reordered(levels: list[int]) -> list[int]:
    """L2: from the highest level down to the lowest odd one, reverse every run of words
    at that level or higher; the word indexes in display order."""
    order = list(range(len(levels)))
    top = max(levels, default=0)
    lowest_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        k = 0
        while k < len(order):
            if levels[order[k]] >= level:
                m = k
                while m < len(order) and levels[order[m]] >= level:
                    m += 1
                order[k:m] = reversed(order[k:m])
                k = m
            else:
                k += 1
    return order


def _width(word: str, style: ParagraphStyle, bold: bool) -> float:
    return sum(stringWidth(run, font, style.fontSize) for font, run in fonts.runs(word, bold=bold))


def _break_lines(
    words: list[str], width: float, style: ParagraphStyle, bold: bool
) -> list[list[str]]:
    """Greedy line breaking in logical order (before any reordering), a little narrow so
    that reportlab, measuring the shaped words, never has to break a line again."""
    space = stringWidth(" ", fonts.SANS, style.fontSize)
    lines: list[list[str]] = [[]]
    used = 0.0
    for word in words:
        w = _width(word, style, bold)
        if lines[-1] and used + space + w > width * 0.97:
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0) + w
        lines[-1].append(word)
    return lines


def _height(part: Flowable, width: float, avail: float) -> float:
    """A part's height at ``width``, its lines broken once per width.

    A paragraph is not wrapped again while it still holds the lines this function got for
    it; reportlab drops them when a split finds no room, and the halves of a split come
    with lines that are only ready once wrapped, so those are wrapped (again) first. A
    Stack remembers its own heights."""
    if not isinstance(part, Paragraph):
        return float(part.wrap(width, avail)[1])
    known = getattr(part, "_stack_lines", None)  # (width, lines, height) of our last wrap
    lines = getattr(part, "blPara", None)
    if known is not None and lines is not None and known[0] == width and known[1] is lines:
        return float(known[2])
    height = float(part.wrap(width, avail)[1])
    part._stack_lines = (width, getattr(part, "blPara", None), height)  # type: ignore[attr-defined]
    return height


class Stack(Flowable):
    """Paragraphs drawn one under another as one flowable that splits between or inside
    them; each part is measured once per width, so splitting a long note is cheap."""

    def __init__(self, parts: list[Flowable], style: ParagraphStyle) -> None:
        super().__init__()
        self.parts = parts
        self.style = style
        self._heights: list[float] = []
        self._measured_at: float | None = None  # the width _heights are for

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._measured_at != availWidth:
            self._heights = [_height(p, availWidth, availHeight) for p in self.parts]
            self._measured_at = availWidth
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        used = 0.0
        for index, (part, height) in enumerate(zip(self.parts, self._heights, strict=True)):
            if used + height > availHeight:
                pieces = part.split(availWidth, availHeight - used)
                self._measured_at = None  # a part that found no room has dropped its lines
                head = self.parts[:index] + pieces[:1] if pieces else self.parts[:index]
                if not head:
                    return []
                tail = (pieces[1:] if pieces else [part]) + self.parts[index + 1 :]
                return [Stack(head, self.style), Stack(tail, self.style)]
            used += height
        return [self]

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)


class BidiParagraph(Stack):
    """User text with right-to-left words: lines broken here, words put in display order."""

    def __init__(self, text: str, style: ParagraphStyle, *, prefix: str = "") -> None:
        super().__init__([], style)
        self.text = text
        self.prefix = prefix
        self._built_for: float | None = None

    def _build(self, width: float) -> None:
        if self._built_for == width:
            return
        bold = _bold(self.style)
        inner = ParagraphStyle(
            f"{self.style.name}-bidi",
            parent=self.style,
            spaceBefore=0,
            spaceAfter=0,
            shaping=1,
            firstLineIndent=0,
        )
        prefix_width = (
            stringWidth(re.sub(r"<[^>]+>", "", self.prefix), fonts.SANS_BOLD, self.style.fontSize)
            if self.prefix
            else 0.0
        )
        parts: list[Flowable] = []
        usable = width - self.style.leftIndent - self.style.rightIndent
        plain_prefix = re.sub(r"<[^>]+>", "", self.prefix)
        for number, hard_line in enumerate(self.text.split("\n")):
            # a label before the text counts for the direction; a bullet does not
            rtl = fonts.first_strong_is_rtl((plain_prefix if number == 0 else "") + hard_line)
            words = [w for w in _SPACES.split(hard_line.strip()) if w]
            lines = _break_lines(
                words, usable - (prefix_width if number == 0 else 0), self.style, bold
            )
            shown_lines = [_line_markup(line, rtl, bold) for line in lines]
            if number == 0 and self.prefix:  # the prefix starts the line: on the right if RTL
                first = shown_lines[0]
                shown_lines[0] = f"{first} {self.prefix}" if rtl else self.prefix + first
            shown = "<br/>".join(shown_lines)
            line_style = ParagraphStyle(
                f"{inner.name}-{'r' if rtl else 'l'}",
                parent=inner,
                alignment=TA_RIGHT
                if rtl
                else (inner.alignment if inner.alignment != TA_RIGHT else TA_LEFT),
            )
            parts.append(Paragraph(shown or "&nbsp;", line_style))
        self.parts = parts
        self._built_for = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._build(availWidth)
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._build(availWidth)
        return super().split(availWidth, availHeight)


def _line_markup(words: Iterable[str], rtl: bool, bold: bool) -> str:
    shown = []
    for word, level in visual_order(list(words), rtl):
        if level % 2 and _word_type(word) == "N":
            word = word.translate(fonts.MIRROR)
        shown.append(markup(word, bold=bold))
    return " ".join(shown)
