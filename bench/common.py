"""Helpers shared by the benchmark scripts: timing, medians, demo files, printing.

Benchmarks are run by hand (``./dev bench``), never as timed assertions in tests. Every
figure is printed beside a reference measured in the same run on the same machine.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

OUT = Path(__file__).parent / "out"


def demo_command(scale: int, path: Path) -> list[str]:
    """The ``stemlead demo`` command every benchmark builds its data with (a fixed day)."""
    return [
        sys.executable,
        "-m",
        "stemlead",
        "demo",
        "--scale",
        str(scale),
        "--today",
        "2026-11-23",
        "--db",
        str(path),
    ]


def demo_file(scale: int) -> Path:
    """A demo database at ``scale``, made once and reused (delete bench/out to remake)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"scale-{scale}.db"
    if not path.exists():
        subprocess.run(demo_command(scale, path), check=True, capture_output=True)
    return path


def time_command(argv: Sequence[str], runs: int = 20) -> list[float]:
    """Wall-clock seconds of a whole process, after one warm-up run."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run(argv, capture_output=True, env=env, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, env=env, check=True)
        times.append(time.perf_counter() - start)
    return times


def time_calls(fn: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def p(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def row(
    label: str, value: float, reference: float | None = None, ref_label: str = "", target: str = ""
) -> None:
    line = f"{label:<52}{ms(value)}"
    if reference is not None:
        line += f"   vs {ref_label} {ms(reference).strip()} ({value / reference:4.1f}x)"
    if target:
        line += f"   target {target}"
    print(line)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
