"""The minimum-count rule: a count of people too small to print is shown as a range.

"3 families came" on a newsletter, or "2 teachers at Riverside started a coaching cycle",
can point at the very people the count was meant to keep anonymous. Anything that goes
out to others prints a count of people only when it is at least :data:`MINIMUM`;
below that it reads "fewer than 5". Zero is not small, it is nothing: callers leave it
out. One rule, for every handout that prints counts of people.
"""

from __future__ import annotations

MINIMUM = 5


def is_small(count: int, minimum: int = MINIMUM) -> bool:
    """Whether ``count`` people is too few to print as a number (0 is not small)."""
    return 0 < count < minimum


def shown(count: int, minimum: int = MINIMUM) -> str:
    """The count as it may be printed: ``"12"``, ``"1,250"`` or ``"fewer than 5"``."""
    return f"fewer than {minimum}" if is_small(count, minimum) else f"{count:,}"


def phrase(count: int, noun: str, many: str | None = None, minimum: int = MINIMUM) -> str:
    """``"12 families"``; a small count reads ``"fewer than 5 families"``."""
    plural = many or noun + "s"
    if is_small(count, minimum):
        return f"fewer than {minimum} {plural}"
    return f"{count:,} {noun if count == 1 else plural}"
