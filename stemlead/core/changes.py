"""What a write changes, declared by the core function that makes it.

Open screens refresh when something they show has changed. Rather than each caller naming
what changed (and getting it wrong when a function touches more than it seems), every core
function that writes carries its own declaration: ``@changes(Kind.CYCLE)``. The GUI's
session reads it after the write and tells the views; a write that declares nothing is
refused, so a new function cannot be called without saying what it touches.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])


class Kind(StrEnum):
    """The kinds of thing a screen can show, one per domain word."""

    TEACHER = "teacher"
    COACHING_LOG = "coaching_log"
    CYCLE = "cycle"
    OBSERVATION = "observation"
    GROUP = "group"
    MEETING = "meeting"
    ACTION_ITEM = "action_item"
    PARTNER = "partner"
    CONTACT = "contact"
    INTERACTION = "interaction"
    AGREEMENT = "agreement"
    EVENT = "event"
    STAKEHOLDER = "stakeholder"
    COMMUNICATION = "communication"
    NEWSLETTER = "newsletter"
    LESSON_PLAN = "lesson_plan"  # a plan, its authors, tags, attachments and versions
    REVIEW = "review"  # a review round, its reviewers, feedback and ratings
    SETTINGS = "settings"
    MENTORSHIP = "mentorship"  # pairs, their goals, mentor profiles
    CHECK_IN = "check_in"
    OFFERING = "offering"
    LEARNING_PLAN = "learning_plan"  # growth areas, chosen offerings, evidence
    DRAFT = "draft"  # text typed but not yet entered: shown only where it is typed


Changes = frozenset[Kind]
EVERYTHING: Changes = frozenset(Kind)
_ATTRIBUTE = "__stemlead_changes__"


def changes(*kinds: Kind) -> Callable[[F], F]:
    """Declare what the decorated core function changes when it succeeds
    (``@changes(*Kind)`` for a write that can touch anything: an import, a restore)."""
    if not kinds:
        raise TypeError("changes() needs at least one Kind")
    declared = frozenset(kinds)

    def mark(fn: F) -> F:
        setattr(fn, _ATTRIBUTE, declared)
        return fn

    return mark


def declare(fn: F, kinds: Changes) -> F:
    """The same declaration for a function made at run time (the record helpers); a bound
    method is wrapped, since it cannot carry an attribute of its own."""
    if inspect.ismethod(fn):
        method = fn

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> Any:
            return method(*args, **kwargs)

        fn = cast(F, call)
    setattr(fn, _ATTRIBUTE, kinds)
    return fn


def changes_of(fn: Callable[..., Any]) -> Changes:
    """What ``fn`` declared; TypeError for a function that writes without saying what."""
    declared: Changes | None = getattr(fn, _ATTRIBUTE, None)
    if declared is None:
        name = getattr(fn, "__qualname__", repr(fn))
        raise TypeError(f"{name} does not declare what it changes (@changes(...))")
    return declared
