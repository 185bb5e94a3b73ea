"""The teacher-growth figures of the impact report: mentoring pairs, their check-ins and
hours, and professional-learning hours, for a date range. Counts only: no names, no words
from a check-in or a reflection, and nothing about who may be on an island."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stemlead.core import learning_plans
from stemlead.core.fields import parse_date
from stemlead.store import Database


@dataclass(frozen=True, slots=True)
class GrowthFigures:
    since: str
    until: str
    pairs_running: int  # pairs that were active at some time in the period
    pairs_started: int
    pairs_completed: int
    pairs_ended_early: int
    check_ins: int
    check_in_minutes: int
    pd_minutes: int  # teachers' professional learning attended or applied in the period
    pd_teachers: int  # teachers with such learning
    leader_pd_minutes: int  # the teacher leader's own (their learning plan)

    @property
    def anything(self) -> bool:
        return bool(
            self.pairs_running or self.check_ins or self.pd_minutes or self.leader_pd_minutes
        )


def measure(db: Database, since: str | date, until: str | date) -> GrowthFigures:
    start = parse_date(since, "From").isoformat()
    end = parse_date(until, "To").isoformat()
    span = {"since": start, "until": end}
    pairs = db.one(
        """
        SELECT count(*),
               coalesce(sum(started_on BETWEEN :since AND :until), 0),
               coalesce(sum(status = 'completed' AND ended_on BETWEEN :since AND :until), 0),
               coalesce(sum(status = 'ended_early' AND ended_on BETWEEN :since AND :until), 0)
        FROM mentorships
        WHERE status <> 'proposed' AND started_on <= :until
          AND (ended_on IS NULL OR ended_on >= :since)
        """,
        span,
    )
    visits = db.one(
        "SELECT count(*), coalesce(sum(minutes), 0) FROM check_ins"
        " WHERE occurred_on BETWEEN :since AND :until",
        span,
    )
    assert pairs is not None and visits is not None
    pd_minutes, pd_teachers, leader = learning_plans.pd_minutes(db, since=start, until=end)
    return GrowthFigures(
        start,
        end,
        pairs_running=int(pairs[0]),
        pairs_started=int(pairs[1]),
        pairs_completed=int(pairs[2]),
        pairs_ended_early=int(pairs[3]),
        check_ins=int(visits[0]),
        check_in_minutes=int(visits[1]),
        pd_minutes=pd_minutes,
        pd_teachers=pd_teachers,
        leader_pd_minutes=leader,
    )
