"""Wording check figures (issue 15): precision and recall on a corpus of coaching sentences,
and time per sentence (target < 1 ms, so the check can run on every pause in typing).

The corpus (bench/wording_corpus.json) is labelled by whether a coach would want each
sentence pointed out; its sets say which sentences the rules were tuned on.
Run: .venv/bin/python bench/bench_wording.py [--misses]
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import median, p, row, time_calls

from stemlead.core import wording

CORPUS = Path(__file__).parent / "wording_corpus.json"
WORDS = re.compile(r"\w+")


def score(sentences: list[dict[str, object]], show_misses: bool) -> tuple[float, float, int]:
    tp = fp = fn = 0
    for s in sentences:
        found = wording.check(str(s["text"]), kind=s.get("kind"))  # type: ignore[arg-type]
        if found and s["flag"]:
            tp += 1
        elif found:
            fp += 1
            if show_misses:
                print(f"    flagged, should not be: {s['text']}  ({found[0].rule})")
        elif s["flag"]:
            fn += 1
            if show_misses:
                print(f"    missed: {s['text']}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, len(sentences)


def main() -> None:
    show_misses = "--misses" in sys.argv
    start = time.perf_counter()
    wording.shipped()
    first_load = time.perf_counter() - start
    sentences = json.loads(CORPUS.read_text(encoding="utf-8"))["sentences"]
    flagged = sum(bool(s["flag"]) for s in sentences)
    print(
        f"Wording check on {len(sentences)} sentences ({flagged} to flag, "
        f"{len(sentences) - flagged} to leave alone)"
    )
    for name in ("dev", "holdout-1", "holdout-2", None):
        subset = [s for s in sentences if name is None or s["set"] == name]
        precision, recall, n = score(subset, show_misses and name is None)
        print(f"  {name or 'all':<12} n={n:<4} precision {precision:.3f}   recall {recall:.3f}")

    per_sentence: list[float] = []
    word_scan: list[float] = []  # the reference: one regex pass over the sentence's words
    for s in sentences:
        text, kind = str(s["text"]), s.get("kind")
        per_sentence.append(median(time_calls(lambda t=text, k=kind: wording.check(t, kind=k), 50)))
        word_scan.append(median(time_calls(lambda t=text: WORDS.findall(t), 50)))
    long_note = " ".join(str(s["text"]) for s in sentences[:40])  # ~40 sentences in one note
    note = median(time_calls(lambda: wording.check(long_note), 50))
    row("first use: read and compile the shipped rules", first_load, target="once per run")
    row("one sentence, median", median(per_sentence), median(word_scan), "word scan", "< 1 ms")
    row("one sentence, p95", p(per_sentence, 0.95), target="< 1 ms")
    row("one sentence, slowest", max(per_sentence))
    row(f"a {len(long_note):,}-character note", note)


if __name__ == "__main__":
    main()
