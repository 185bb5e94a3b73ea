"""The bundled fonts, and which one prints each character.

Built-in PDF fonts print boxes for anything outside Western Latin, so every handout is set
in fonts shipped in ``resources/fonts/`` (licences beside them). No single small font covers
what a coach may type, so each character goes to the first font of a chain that has it:
Noto Sans (Latin incl. Vietnamese, Greek, Cyrillic), Noto Sans Arabic, Noto Emoji
(monochrome outlines), DejaVu Sans (symbols, Hebrew, Armenian, Georgian, box drawing...)
and Droid Sans Fallback (Chinese, Japanese kana, Korean). Fonts are registered with
reportlab only when a character first needs them, so a plain English agenda never parses
the 3 MB CJK file. A character no bundled font has prints as U+FFFD (a visible "?" sign),
never as an empty box.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from stemlead.resources import resource_path

SANS = "StemSans"
SANS_BOLD = "StemSans-Bold"
ARABIC = "StemArabic"
ARABIC_BOLD = "StemArabic-Bold"
EMOJI = "StemEmoji"
SYMBOLS = "StemSymbols"
CJK = "StemCJK"

FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    EMOJI: "NotoEmoji-VF.ttf",
    SYMBOLS: "DejaVuSans.ttf",
    CJK: "DroidSansFallback.ttf",
}
REGULAR_CHAIN = (SANS, ARABIC, EMOJI, SYMBOLS, CJK)
BOLD_CHAIN = (SANS_BOLD, ARABIC_BOLD, EMOJI, SYMBOLS, CJK)
MISSING = "\ufffd"  # printed (from DejaVu Sans) for a character no bundled font has

# Characters that attach to the one before them (joiners, variation selectors, emoji skin
# tones, tag characters): they stay in the previous character's run so shaping can join them.
_ATTACHING = frozenset([0x200C, 0x200D, 0x20E3, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400)])


def _attaches(code: int) -> bool:
    return (
        code in _ATTACHING
        or 0xE0020 <= code <= 0xE007F
        or unicodedata.category(chr(code)) in ("Mn", "Me")
    )


COVERAGE_FILE = "coverage.json"  # which characters each font has, so that choosing a font
# for a character does not mean parsing the font (3 MB for CJK): made by write_coverage()


@cache
def register(name: str) -> frozenset[int]:
    """Register one bundled font with reportlab (once) and return the characters it has."""
    font = TTFont(name, str(resource_path("fonts", FILES[name])))
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def _ranges(codes: frozenset[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for code in sorted(codes):
        if out and code == out[-1][1] + 1:
            out[-1][1] = code
        else:
            out.append([code, code])
    return out


def coverage_from_fonts() -> dict[str, list[list[int]]]:
    """Each bundled font file's characters as [first, last] ranges (parses every font)."""
    return {FILES[name]: _ranges(register(name)) for name in FILES}


def write_coverage() -> Path:
    """Rewrite ``resources/fonts/coverage.json`` after a font is added or updated."""
    path = resource_path("fonts", COVERAGE_FILE)
    path.write_text(
        json.dumps(coverage_from_fonts(), separators=(",", ":")) + "\n", encoding="utf-8"
    )
    return path


@cache
def _coverage() -> dict[str, tuple[list[int], list[int]]]:
    try:
        data = json.loads(resource_path("fonts", COVERAGE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {file: ([r[0] for r in ranges], [r[1] for r in ranges]) for file, ranges in data.items()}


def has(name: str, code: int) -> bool:
    """Whether font ``name`` has character ``code``, without loading it when possible."""
    known = _coverage().get(FILES[name])
    if known is None:
        return code in register(name)
    starts, ends = known
    index = bisect_right(starts, code) - 1
    return index >= 0 and code <= ends[index]


def register_family() -> None:
    """The body fonts, so ``<b>`` in a paragraph switches Noto Sans to its bold."""
    from reportlab.lib.fonts import addMapping

    install_reportlab_fixes()
    register(SANS)
    register(SANS_BOLD)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)


@cache
def _font_for(code: int, bold: bool) -> str | None:
    for name in BOLD_CHAIN if bold else REGULAR_CHAIN:
        if has(name, code):
            return name
    return None


def _neutral(char: str) -> bool:
    """Punctuation, spaces and digits: they take the font of the letters around them."""
    return unicodedata.category(char)[0] in "PZN"


def runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs, each run printable in its font.

    Punctuation and digits inside a word take the font of the word's letters when that font
    has them (so ``(في)`` or ``العربية:`` is one run that shapes and mirrors as a whole);
    marks and joiners stay with the character before them; characters no font has become
    U+FFFD; invisible joiners no font needs are dropped rather than printed as boxes.
    """
    primary = SANS_BOLD if bold else SANS
    if text.isascii():
        return [(primary, text)] if text else []
    out: list[tuple[str, list[str]]] = []

    def add(font: str, char: str) -> None:
        if out and out[-1][0] == font:
            out[-1][1].append(char)
        else:
            out.append((font, [char]))

    for word in _WORDS.findall(text):
        home = next((f for c in word if not _neutral(c) and (f := _font_for(ord(c), bold))), None)
        for char in word:
            placed = _place(char, home, out[-1][0] if out else None, bold=bold)
            if placed is not None:
                add(*placed)
    for font in {font for font, _ in out}:
        register(font)
    return [(font, "".join(chars)) for font, chars in out]


def _place(
    char: str, home: str | None, previous: str | None, *, bold: bool
) -> tuple[str, str] | None:
    """The font one character of a word is printed in (``home``: its letters' font;
    ``previous``: the last character's), and the character; None: it is left out."""
    code = ord(char)
    if 0x1F3FB <= code <= 0x1F3FF:
        return None  # a skin tone: outlines have no colour, and a swatch would look odd
    if _attaches(code):
        if previous is not None and has(previous, code):
            return previous, char
        if unicodedata.category(char) in ("Mn", "Me") and (f := _font_for(code, bold)):
            return f, char
        return None  # an invisible joiner no font here can use
    if _neutral(char):
        for candidate in (home if not char.isspace() else None, previous):
            if candidate is not None and has(candidate, code):
                return candidate, char
        return _font_for(code, bold) or (SANS_BOLD if bold else SANS), char
    font_name = _font_for(code, bold)
    if font_name is None:
        return None if unicodedata.category(char) == "Cf" else (SYMBOLS, MISSING)
    return font_name, char


_WORDS = re.compile(r"\s+|\S+")


MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")  # brackets seen right to left


def first_strong_is_rtl(text: str) -> bool:
    """Whether the first letter with a direction reads right to left (UAX #9, P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def _shape_by_font(original: Callable[..., Any]) -> Callable[..., Any]:
    """reportlab shapes a word with the font of its first part, so a word set in two fonts
    (an emoji then a comma, Arabic then a bracket) gets wrong glyphs. Shape each font's
    part on its own and put the word back together; in a right-to-left word the parts go
    right to left, and brackets outside the Arabic letters are mirrored."""
    from itertools import groupby

    from reportlab.pdfbase.ttfonts import makeShapedFragWord

    def shape(word: Any, *args: Any, **kwargs: Any) -> Any:
        parts = word[1:]
        if len({getattr(f, "fontName", None) for f, _ in parts}) <= 1:
            return original(word, *args, **kwargs)
        groups = [
            list(group)
            for _, group in groupby(parts, key=lambda part: getattr(part[0], "fontName", None))
        ]
        if first_strong_is_rtl("".join(s for f, s in parts if not hasattr(f, "cbDefn"))):
            groups = [
                [
                    (
                        f,
                        s
                        if any(unicodedata.bidirectional(c) in ("R", "AL") for c in s)
                        else s.translate(MIRROR),
                    )
                    for f, s in group
                ]
                for group in reversed(groups)
            ]
        total = 0.0
        pieces: list[Any] = []
        for group in groups:
            width = sum(
                pdfmetrics.stringWidth(s, f.fontName, f.fontSize)
                for f, s in group
                if not hasattr(f, "cbDefn")
            )
            shaped = original(word.__class__([width, *group]), *args, **kwargs)
            total += shaped[0]
            pieces.extend(shaped[1:])
        return makeShapedFragWord(word)([total, *pieces])

    shape.__wrapped__ = original  # type: ignore[attr-defined]
    return shape


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters past U+FFFF (emoji) written as UTF-16
    surrogate pairs as the PDF specification asks, so they copy and search correctly."""

    def utf16(code: int) -> str:
        if code > 0xFFFF:
            code -= 0x10000
            return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"
        return f"{code:04X}"

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


@cache
def install_reportlab_fixes() -> None:
    """Two small fixes to reportlab, applied once and only if its internals are as expected:
    words set in two fonts are shaped per font (:func:`_shape_by_font`), and emoji get a
    correct ToUnicode entry (:func:`_to_unicode_cmap`)."""
    from reportlab.pdfbase import ttfonts
    from reportlab.platypus import paragraph

    original = getattr(paragraph, "shapeFragWord", None)
    if original is not None and not hasattr(original, "__wrapped__"):
        paragraph.shapeFragWord = _shape_by_font(original)  # type: ignore[attr-defined]
    if hasattr(ttfonts, "makeToUnicodeCMap"):
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


if __name__ == "__main__":
    print(f"Wrote {write_coverage()}")
