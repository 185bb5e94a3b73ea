"""Growth areas: the short labels a teacher's growth (and a mentor's strengths) are named by.

A teacher writes their growth areas and strengths in their own words on their page. To pair
mentors, plan professional learning and see which areas no offering serves, those words
are read for the areas they point to (``resources/growth/areas.json``: each area with the
words that signal it), unless the teacher's learning plan already names their areas, which
then win. Every reading says which words it came from, so a coach can see why.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from stemlead.resources import resource_path

TEACHING, LEADERSHIP = "teaching", "leadership"


@dataclass(frozen=True, slots=True)
class Area:
    label: str
    kind: str  # teaching or leadership
    pattern: re.Pattern[str]  # the signal words, at the start of a word, on folded text


@dataclass(frozen=True, slots=True)
class Reading:
    """One area found in a piece of text, and the words that showed it."""

    label: str
    words: str


def fold(text: str) -> str:
    """Lower case without accents: how labels and signal words are compared."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=8192)  # subjects and labels repeat across every teacher
def key(label: str) -> str:
    """Two labels are one area when their keys match ("student  Discourse" = "Student discourse")."""
    return " ".join(fold(label).split())


@cache
def _data() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(
        resource_path("growth", "areas.json").read_text(encoding="utf-8")
    )
    return loaded


def _pattern(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(fold(w)) for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")


@cache
def vocabulary() -> tuple[Area, ...]:
    """The shipped areas, teaching ones first, in the file's order."""
    areas = _data()["areas"]
    assert isinstance(areas, list)
    return tuple(Area(a["label"], a.get("kind", TEACHING), _pattern(a["words"])) for a in areas)


def labels(kind: str | None = None) -> list[str]:
    """The labels offered when a coach names an area (``kind``: teaching or leadership)."""
    return [a.label for a in vocabulary() if kind is None or a.kind == kind]


def read(text: str) -> list[Reading]:
    """The areas ``text`` points to, in vocabulary order, each with the words that showed it."""
    return list(_read(text))


@lru_cache(maxsize=8192)  # the same teachers' words are read for every suggestion list
def _read(text: str) -> tuple[Reading, ...]:
    folded = fold(text)
    if not folded.strip():
        return ()
    found = []
    for area in vocabulary():
        match = area.pattern.search(folded)
        if match:
            found.append(Reading(area.label, _words_around(text, folded, match.start())))
    return tuple(found)


def _words_around(text: str, folded: str, at: int) -> str:
    """The phrase of ``text`` around a match (folding keeps most positions; clamp if not)."""
    if len(folded) != len(text):
        return " ".join(text.split())[:80]
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(c, at) for c in ".;\n") if i >= 0]
    end = min(ends) if ends else len(text)
    phrase = " ".join(text[start:end].split())
    return phrase if len(phrase) <= 90 else phrase[:89] + "…"


@cache
def _stem_pattern() -> re.Pattern[str]:
    words = _data()["stem_subjects"]
    assert isinstance(words, list)
    return _pattern(words)


@lru_cache(maxsize=4096)
def is_stem(subject: str) -> bool:
    """Whether a subject is a STEM subject ("AP Chemistry" is; "Art" is not)."""
    return _stem_pattern().search(fold(subject)) is not None


def unique(items: Sequence[str]) -> list[str]:
    """Labels without repeats (compared by :func:`key`), first spelling kept."""
    seen: set[str] = set()
    out = []
    for item in items:
        k = key(item)
        if k and k not in seen:
            seen.add(k)
            out.append(item)
    return out
