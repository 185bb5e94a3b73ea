"""Reading a vCard file as its content lines, in one linear pass that skips photos.

A phone's or iCloud's export can be hundreds of megabytes, nearly all of it base64
photos folded into 75-octet lines. vobject's own line reader copies the growing line on
every fold (a 49 MB photo never finishes), so lines are unfolded here instead, from the
bytes, a piece at a time: a binary property (PHOTO, LOGO, SOUND, KEY, or any value in
base64) is recognised from its first bytes and the rest of it is read past, never held.
Only the text that is kept is limited in size, and only it goes on to vobject.

Unfolding bytes rather than text also mends a line folded inside a multi-byte letter.
Quoted-printable soft line breaks (vCard 2.1) join lines as vobject joins them.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Iterable, Iterator, Set
from functools import partial
from typing import BinaryIO

from stemlead.core.table_files import MAX_BYTES
from stemlead.errors import ImportFailed

VCARD_MAX_BYTES = 500 * 1024 * 1024  # the file; photos are read past, not kept
KEPT_MAX_BYTES = MAX_BYTES  # the text that is kept
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_PIECE = 64 * 1024
_ENCODED = re.compile(
    rb"(?i);\s*(?:encoding\s*=\s*\"?(?:b|base64)\b|value\s*=\s*\"?binary\b|base64\b)"
)
_BASE64_DATA = re.compile(rb"[A-Za-z0-9+/=]+[ \t]*\r?\n?")  # 2.1 data lines, not indented
_BOM = codecs.BOM_UTF8


def pieces(handle: BinaryIO, name: str, report: Callable[[int], None]) -> Iterator[bytes]:
    """The file's bytes as lines of at most 64 KB (a longer line comes in several pieces),
    as UTF-8 even when the file is UTF-16; ``report`` is told how far the reading is."""
    handle.seek(0)
    if handle.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        handle.seek(0)
        text = io.TextIOWrapper(handle, encoding="utf-16")
        try:
            for line in iter(partial(text.readline, _PIECE), ""):
                report(handle.tell())
                yield line.encode("utf-8")
        except UnicodeError:
            raise ImportFailed(f"{name} is damaged UTF-16 text; nothing was imported.") from None
        finally:
            text.detach()
        return
    handle.seek(0)
    first = True
    for piece in iter(partial(handle.readline, _PIECE), b""):
        report(handle.tell())
        if first and piece.startswith(_BOM):
            piece = piece[len(_BOM) :]
        first = False
        if b"\x00" in piece:
            raise ImportFailed(f"{name} is not a text file, so it cannot be a vCard.")
        yield piece


def content_lines(
    source: Iterable[bytes], name: str, *, text: Set[str], dropped: set[str]
) -> Iterator[tuple[int, bytes]]:
    """Each content line, unfolded, with the number of the line it begins on. ``text``:
    the properties read as text, never skipped whatever their parameters say; the names
    of the binary properties skipped are added to ``dropped``."""
    unfolder = _Unfolder(name, text, dropped)
    keep, at_start = True, True
    for piece in source:
        if at_start:
            keep = unfolder.begin(piece)
        elif keep:
            unfolder.more(piece)
        at_start = piece.endswith(b"\n")
        if at_start:
            unfolder.end()
            yield from unfolder.take()
    unfolder.end()
    unfolder.finish()
    yield from unfolder.take()


def _property_name(line: bytes) -> str:
    """``item1.EMAIL;TYPE=work:...`` -> ``EMAIL`` (before any parsing of the line)."""
    head = line.split(b":", 1)[0].split(b";", 1)[0]
    return head.rsplit(b".", 1)[-1].strip().upper().decode("ascii", errors="replace")


def _is_binary(line: bytes, keep: Set[str] = frozenset()) -> bool:
    """A photo, logo, sound or key, or a value in base64 of a property not in ``keep``,
    judged from the first bytes of its line."""
    prop = _property_name(line)
    if prop in _BINARY:
        return True
    if prop in keep:
        return False
    head, _, value = line.partition(b":")
    return bool(_ENCODED.search(head)) or value[:5].lower() == b"data:"


class _Unfolder:
    """The state of the pass: the content line being kept, and whether a skipped one is
    still going on (folded lines, or vCard 2.1 base64 lines up to a blank line)."""

    def __init__(self, name: str, text: Set[str], dropped: set[str]) -> None:
        self.name = name
        self.text = text
        self.dropped = dropped
        self.number = 0  # the physical line being read
        self.begun = 0  # where the kept content line begins
        self.parts: list[bytes] = []  # its physical lines so far, line ends taken off
        self.line: list[bytes] = []  # pieces of the physical line being read, when kept
        self.skipping = False
        self.quoted_printable = False
        self.soft_break = False  # the last kept line ended with "=": QP goes on
        self.kept = 0
        self.ready: list[tuple[int, bytes]] = []

    def begin(self, piece: bytes) -> bool:
        """A physical line starts; whether the rest of it is wanted."""
        self.number += 1
        if not piece.strip():  # a blank line ends any line, as in vobject
            self.finish()
            self.skipping = False
            return False
        if self.soft_break:
            self.parts.append(b"\n")
            self.more(piece)
            return True
        if piece[:1] in (b" ", b"\t"):
            if self.skipping:
                return False
            if not self.parts:
                self.begun = self.number
            self.more(piece[1:])
            return True
        if self.skipping and b":" not in piece and _BASE64_DATA.fullmatch(piece):
            return False
        self.finish()
        if _is_binary(piece, self.text):
            self.skipping = True
            self.dropped.add(_property_name(piece))
            return False
        self.skipping = False
        self.begun = self.number
        self.quoted_printable = b"QUOTED-PRINTABLE" in piece.split(b":", 1)[0].upper()
        self.more(piece)
        return True

    def more(self, piece: bytes) -> None:
        """Keep a piece of the line, within the limit on kept text."""
        self.line.append(piece)
        self.kept += len(piece)
        if self.kept > KEPT_MAX_BYTES:
            raise ImportFailed(
                f"{self.name} holds more than {KEPT_MAX_BYTES // 2**20} MB of contact text "
                "(photos aside); split it and import the parts."
            )

    def end(self) -> None:
        """The physical line is complete."""
        self.soft_break = False
        if not self.line:
            return
        text = b"".join(self.line).rstrip(b"\r\n")
        self.line = []
        self.parts.append(text)
        self.soft_break = self.quoted_printable and text.endswith(b"=")

    def finish(self) -> None:
        """The content line being kept is complete."""
        if self.parts:
            self.ready.append((self.begun, b"".join(self.parts)))
            self.parts = []
        self.quoted_printable = False

    def take(self) -> list[tuple[int, bytes]]:
        ready, self.ready = self.ready, []
        return ready
