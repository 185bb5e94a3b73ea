"""Import planning figures (issue 12): a phone's vCard with one huge photo, a 4 MB vCard,
and a million-row teacher roster. Planning reads and decides every row; nothing is written.

Run: ./dev bench  (or .venv/bin/python bench/bench_imports.py)
"""

from __future__ import annotations

import base64
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import OUT, row

from stemlead.core import contact_import, teacher_import
from stemlead.store import open_database


def _card(n: int, photo: bytes = b"") -> bytes:
    lines = [
        b"BEGIN:VCARD",
        b"VERSION:3.0",
        f"FN:Person {n}".encode(),
        f"N:{n};Person;;;".encode(),
        f"EMAIL;TYPE=INTERNET:person{n}@example.org".encode(),
        b"TEL;TYPE=CELL:+1 555 0100",
        b"ORG:Science Centre",
        b"NOTE:Met at the spring fair\\, asked about kits.",
    ]
    if photo:
        encoded = base64.b64encode(photo)
        folded = b"\r\n ".join(encoded[i : i + 74] for i in range(0, len(encoded), 74))
        lines.append(b"PHOTO;ENCODING=b;TYPE=JPEG:" + folded)
    lines.append(b"END:VCARD")
    return b"\r\n".join(lines) + b"\r\n"


def vcard_file(name: str, photo_bytes: int, cards: int) -> Path:
    """``cards`` ordinary cards, the first with a photo whose base64 is ``photo_bytes`` long."""
    OUT.mkdir(exist_ok=True)
    path = OUT / name
    if not path.exists():
        photo = os.urandom(photo_bytes * 3 // 4)
        with path.open("wb") as out:
            out.write(_card(0, photo))
            for n in range(1, cards):
                out.write(_card(n))
    return path


def roster_file(rows: int) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"roster-{rows}.csv"
    if not path.exists():
        with path.open("w", encoding="utf-8", newline="") as out:
            out.write("First Name,Last Name,Email,School,Grade,Subjects\r\n")
            for n in range(rows):
                out.write(f"Ana,Lopez {n},a{n}@d.org,Lincoln MS,{n % 13},Math\r\n")
    return path


def timed(label: str, work: object, target: str) -> None:
    updates = 0

    def progress(done: int, total: int) -> None:
        nonlocal updates
        updates += 1

    start = time.perf_counter()
    result = work(progress)  # type: ignore[operator]
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    row(label, took, target=target)
    print(f"    {result}; {updates} progress reports; peak memory so far {peak:.0f} MB")


def main() -> None:
    print("\n== Import planning (one run each, file already on disk) ==")
    big = vcard_file("photo-49mb.vcf", 49_000_000, 2_000)
    small = vcard_file("photo-4mb.vcf", 4_000_000, 200)
    many = vcard_file("cards-4mb.vcf", 0, 16_000)
    roster = roster_file(1_000_000)
    with tempfile.TemporaryDirectory() as tmp, open_database(Path(tmp) / "b.db") as db:
        for path, target in ((big, "< 5 s"), (small, "< 1 s"), (many, "< 5 s")):
            size = path.stat().st_size / 1e6
            timed(
                f"plan contacts: {path.name} ({size:.0f} MB)",
                lambda progress, path=path: (
                    f"{len(contact_import.plan(db, path, progress=progress).rows)} contacts"
                ),
                target,
            )
        size = roster.stat().st_size / 1e6
        timed(
            f"plan teachers: {roster.name} ({size:.0f} MB)",
            lambda progress: f"{len(teacher_import.plan(db, roster, progress=progress).rows)} rows",
            "< 20 s",
        )


if __name__ == "__main__":
    main()
