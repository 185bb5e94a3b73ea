"""A series' repeat rule said in words, as the details tab shows it (never raw RRULE text)."""

from __future__ import annotations

from datetime import datetime

import pytest

from stemlead.core.recurrence import describe, simple_rule

TUESDAY = datetime(2026, 11, 3, 15, 30)  # the first Tuesday of November


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", "Every week on Tuesday"),
        ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270612T235959", "Every week on Tuesday until June 12, 2027"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "Every 2 weeks on Tuesday"),
        ("FREQ=WEEKLY;BYDAY=MO,WE,FR", "Every week on Monday, Wednesday and Friday"),
        ("FREQ=WEEKLY;COUNT=3", "Every week on Tuesday, 3 times"),  # the day comes from the start
        ("FREQ=MONTHLY;BYDAY=1TU", "Monthly on the first Tuesday"),
        ("FREQ=MONTHLY;BYDAY=-1TH", "Monthly on the last Thursday"),
        ("FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE", "Every 3 months on the second Wednesday"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "Monthly on the 15th"),
        ("FREQ=MONTHLY", "Monthly on the 3rd"),
        ("FREQ=DAILY;COUNT=1", "Every day, once"),
        ("FREQ=DAILY;INTERVAL=2;UNTIL=20261130T000000Z", "Every 2 days until November 30, 2026"),
        ("FREQ=YEARLY", "Every year on November 3"),
    ],
)
def test_rules_in_words(rule: str, words: str) -> None:
    assert describe(rule, TUESDAY) == words


def test_the_rules_the_new_meeting_dialog_makes_read_back_as_offered() -> None:
    until = datetime(2027, 6, 30).date()
    assert describe(simple_rule("weekly", TUESDAY, until), TUESDAY) == (
        "Every week on Tuesday until June 30, 2027"
    )
    assert describe(simple_rule("biweekly", TUESDAY), TUESDAY) == "Every 2 weeks on Tuesday"
    assert describe(simple_rule("monthly", TUESDAY), TUESDAY) == "Monthly on the first Tuesday"
    last = datetime(2026, 12, 29, 15, 30)  # the fifth Tuesday is the month's last
    assert describe(simple_rule("monthly", last), last) == "Monthly on the last Tuesday"


def test_a_rule_beyond_words_says_so_plainly() -> None:
    words = describe("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", TUESDAY)
    assert words == "Repeats on a custom rule (FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2)"
