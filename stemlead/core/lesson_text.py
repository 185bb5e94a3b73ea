"""The lesson itself, written as plain text or Markdown: its headings, lists and paragraphs.

Teachers write "## Explore" and "- Groups test three ramp heights" because that is how a
plan reads; a handout prints them as headings and lists. Only the block structure is read
(headings, bulleted and numbered items, paragraphs); emphasis markers are dropped and every
other character is kept as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+•]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "heading", "bullet", "number" or "paragraph"
    text: str
    level: int = 0  # a heading's level (1 for "#"); an item's number


def blocks(text: str) -> list[Block]:
    """The lesson's blocks in order; lines of one paragraph are joined by a newline."""
    out: list[Block] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            out.append(Block("paragraph", "\n".join(paragraph)))
            paragraph.clear()

    for line in text.splitlines():
        if not line.strip():
            end_paragraph()
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        number = _NUMBER.match(line)
        if heading:
            end_paragraph()
            out.append(Block("heading", plain(heading.group(2)), len(heading.group(1))))
        elif bullet:
            end_paragraph()
            out.append(Block("bullet", plain(bullet.group(1))))
        elif number:
            end_paragraph()
            out.append(Block("number", plain(number.group(2)), int(number.group(1))))
        else:
            paragraph.append(plain(line.strip()))
    end_paragraph()
    return out


def plain(text: str) -> str:
    """``**bold**``, ``__bold__`` and ``*italic*`` without their markers; everything else
    (``2 * 3 * 4``, ``snake_case``) as typed."""
    return _ITALIC.sub(r"\1", _EMPHASIS.sub(r"\2", text))
