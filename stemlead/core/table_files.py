"""Reading the spreadsheet files people really have.

Excel saves CSV with a byte-order mark, or in the Windows code page, or as UTF-16 "Unicode
text" with tabs; European Excel uses semicolons; Google Sheets writes plain UTF-8 commas.
This module turns any of those into a header and rows of text, or one clear error.

Rows are read as the import planner asks for them, so a million-row file is never held
twice, and the planner's progress is how far into the file the reading has got.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from stemlead.core.progress import Progress, reporter
from stemlead.errors import ImportFailed

MAX_BYTES = 50 * 1024 * 1024
_GUARDED = re.compile(r"'+[=+\-@\t\r]")


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (line number in the file, cells), read lazily
    encoding: str
    delimiter: str


def header_key(text: str) -> str:
    """A loose form of a column heading: 'E-mail Address ' -> 'emailaddress'."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def looks_guarded(cell: str) -> bool:
    """Whether a cell starts the way an export's formula guard does: apostrophes, then a
    character Excel would start a formula with (``'=SUM(A1)``, ``''=1+1``)."""
    return _GUARDED.match(cell) is not None


def unguard(cell: str) -> str:
    """Take off the one apostrophe an export puts before such a cell; the export adds one
    to every cell that starts this way, so a value typed as ``'=1+1`` comes back whole."""
    return cell[1:] if looks_guarded(cell) else cell


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a file and the encoding it was read with."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "UTF-16"
    if b"\x00" in data[:4096]:
        raise ImportFailed(
            f"{name} is not a text file (it looks like a spreadsheet or "
            "binary file); save it as CSV and try again."
        )
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


@contextlib.contextmanager
def opened(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[BinaryIO]:
    """An import file open for reading, or one sentence saying why it cannot be read."""
    name = path.name
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise ImportFailed(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise ImportFailed(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise ImportFailed(f"{name} could not be read ({exc.strerror}).") from None
    with handle:
        if os.fstat(handle.fileno()).st_size > max_bytes:
            raise ImportFailed(
                f"{name} is larger than {max_bytes // 2**20} MB; split it and import the parts."
            )
        try:
            yield handle
        except OSError as exc:  # a read that failed part-way (a removed drive)
            raise ImportFailed(f"{name} could not be read ({exc.strerror}).") from None


def read_bytes(path: Path) -> bytes:
    """The bytes of an import file, or one sentence saying why they cannot be read."""
    with opened(path) as handle:
        return handle.read()


def read_table(path: Path, progress: Progress | None = None) -> Table:
    """Read a CSV/TSV file's header; its rows come as they are asked for, blank rows
    dropped. A malformed row raises :class:`ImportFailed` when it is reached."""
    name = path.name
    text, encoding = decode(read_bytes(path), name)
    if not text.strip():
        raise ImportFailed(f"{name} is empty; nothing was imported.")
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    rows = _rows(name, text, delimiter, reporter(progress, len(text)))
    first = next(rows, None)
    if first is None:
        raise ImportFailed(f"{name} is empty; nothing was imported.")
    header = first[1]
    return Table(header, rows, encoding, "tab" if delimiter == "\t" else delimiter)


def _rows(
    name: str, text: str, delimiter: str, report: Callable[[int], None]
) -> Iterator[tuple[int, list[str]]]:
    source = io.StringIO(text, newline="")
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    try:
        for cells in reader:
            report(source.tell())
            if any(c.strip() for c in cells):
                yield reader.line_num, [c.strip() for c in cells]
    except csv.Error as exc:
        raise ImportFailed(
            f"{name} is cut off or not a well-formed CSV file (line {reader.line_num}: {exc}); "
            "nothing was imported."
        ) from None
    report(len(text))
