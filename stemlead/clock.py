"""The one place that asks the system for the time.

Moments are stored as ISO 8601 text with the local offset (``2026-11-23T08:05:12-05:00``)
so a file read on another laptop, or after a daylight-saving change, still means the same
instant. Seconds are enough for a coach's notes and keep the text short.
"""

from __future__ import annotations

from datetime import date, datetime


def now() -> datetime:
    """The current local time, aware of its offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def now_iso() -> str:
    return now().isoformat()


def today() -> date:
    return now().date()
