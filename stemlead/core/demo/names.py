"""Unique person names from many cultures and scripts, each with an ASCII email name.

"Zoë Martínez" becomes ``zoe.martinez``; names in scripts that do not fold to ASCII
(Cyrillic, Chinese, Japanese, Arabic, Greek) carry their romanization in the data.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata

from stemlead.core.demo import content

# Letters that NFKD does not take apart into an ASCII letter and a combining mark.
_FOLD = str.maketrans(
    {
        "Đ": "D",
        "đ": "d",
        "Ł": "L",
        "ł": "l",
        "ı": "i",
        "ß": "ss",
        "Ø": "O",
        "ø": "o",
        "Æ": "AE",
        "æ": "ae",
    }
)
_INITIALS = "ABCDEFGHJKLMNPRSTVW"


def ascii_words(text: str) -> str:
    """``text`` in lower-case ASCII letters, diacritics dropped, spaces kept."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def ascii_name(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_words(text))


class Names:
    """Hands out names never used before in this district, with their email names."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.featured = list(content.featured())
        self.cultures = content.cultures()
        self.weights = [c.weight for c in self.cultures]

    def next(self, *, featured: bool = False) -> tuple[str, str]:
        """(name, email name); ``featured`` takes the fixed first names while they last."""
        if featured and self.featured:
            name, local = self.featured.pop(0)
            self.used.add(name)
            return name, local
        for attempt in itertools.count():
            culture = self.rng.choices(self.cultures, self.weights)[0]
            given, given_ascii = self.rng.choice(culture.given)
            family, family_ascii = self.rng.choice(culture.family)
            first = given_ascii or ascii_name(given.split()[-1])
            last = family_ascii or ascii_name(family)
            spaced = culture.order == "given family"
            if attempt >= 30 and spaced:
                # About 900 plain names exist; large scales add a middle initial.
                initial = self.rng.choice(_INITIALS)
                given, first = f"{given} {initial}.", f"{first}.{initial.lower()}"
            if spaced:
                name = f"{given} {family}"
            elif culture.order == "family given":
                name = f"{family} {given}"
            else:
                name = f"{family}{given}"
            if name not in self.used:
                self.used.add(name)
                return name, f"{first}.{last}"
        raise AssertionError("unreachable")
