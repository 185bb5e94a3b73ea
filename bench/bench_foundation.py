"""Foundation figures (issue 3): CLI start-up, demo build, search latency, durable inserts.

Run: ./dev bench   (or .venv/bin/python bench/bench_foundation.py)
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import demo_command, demo_file, median, p, row, time_calls, time_command

from stemlead.core import observations, search, teachers
from stemlead.store import open_database


def cli_startup() -> None:
    print("\n== Command-line start-up (whole process, median of 20, warm) ==")
    scale1 = demo_file(1)
    bare = median(time_command([sys.executable, "-c", "pass"]))
    sqlite_utils = median(time_command([sys.executable, "-c", "import sqlite_utils"]))
    listing = median(
        time_command([sys.executable, "-m", "stemlead", "list", "teachers", "--db", str(scale1)])
    )
    row("stemlead list teachers (scale 1)", listing, bare, "python -c pass", "< 150 ms")
    row("python -c 'import sqlite_utils'", sqlite_utils, bare, "python -c pass")


def demo_build() -> None:
    print("\n== demo --scale 10 (whole process) ==")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run(demo_command(10, Path(tmp) / "d.db"), check=True, capture_output=True)
        row("stemlead demo --scale 10", time.perf_counter() - start, target="< 15 s")


def typed_prefixes(path: Path, count: int = 200) -> list[str]:
    """What a coach types: growing prefixes of words that occur in their notes and names."""
    conn = sqlite3.connect(path)
    words = [
        w
        for (text,) in conn.execute(
            "SELECT text FROM observation_lines ORDER BY random() LIMIT 400"
        )
        for w in text.split()
        if len(w) > 4 and w.isalpha()
    ]
    names = [n.split()[0] for (n,) in conn.execute("SELECT name FROM teachers")]
    conn.close()
    rng = random.Random(7)
    queries: list[str] = []
    while len(queries) < count:
        word = rng.choice(words + names)
        for cut in range(2, min(len(word), 7) + 1):
            queries.append(word[:cut])
    return queries[:count]


def search_latency() -> None:
    print("\n== Search as you type (scale 10, 200 prefix queries) ==")
    path = demo_file(10)
    queries = typed_prefixes(path)
    db = open_database(path, mode="read")
    ours = [time_calls(lambda q=q: search.search(db, q, limit=30), 1)[0] for q in queries]
    raw = sqlite3.connect(path)
    raw_sql = (
        "SELECT kind, item_id, snippet(search_index, -1, '[', ']', '…', 12), "
        "bm25(search_index, 0, 0, 8.0, 1.0) AS s FROM search_index "
        "WHERE search_index MATCH ? ORDER BY s LIMIT 30"
    )
    bare = [
        time_calls(lambda q=q: raw.execute(raw_sql, (f'"{q}"*',)).fetchall(), 1)[0] for q in queries
    ]
    db.close()
    raw.close()
    row("search p50", p(ours, 0.5), p(bare, 0.5), "raw FTS5 p50")
    row("search p95", p(ours, 0.95), p(bare, 0.95), "raw FTS5 p95", "< 15 ms, < 2x raw")


def durable_insert() -> None:
    print("\n== One evidence line, committed durably (WAL, synchronous=FULL) ==")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "x.db")
        obs = observations.start(db, teachers.add(db, name="Ana"))
        ours = time_calls(lambda: observations.add_line(db, obs, "Students compared models"), 500)
        bare_conn = sqlite3.connect(Path(tmp) / "bare.db", isolation_level=None)
        bare_conn.execute("PRAGMA journal_mode = WAL")
        bare_conn.execute("PRAGMA synchronous = FULL")
        bare_conn.execute("CREATE TABLE t (x TEXT)")

        def bare() -> None:
            bare_conn.execute("BEGIN")
            bare_conn.execute("INSERT INTO t VALUES ('Students compared models')")
            bare_conn.execute("COMMIT")

        reference = time_calls(bare, 500)
        row(
            "observations.add_line median",
            median(ours),
            median(reference),
            "bare one-row commit",
            "< 1 ms",
        )
        db.close()


if __name__ == "__main__":
    cli_startup()
    demo_build()
    search_latency()
    durable_insert()
