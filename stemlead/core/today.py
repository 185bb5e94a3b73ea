"""Today: what a coach needs at 7:45 am, on one page.

Today's meetings and observations, action items due or overdue, partner follow-ups and
agreement renewals due, and coaching cycles that are waiting on the coach (an open next step of theirs, or no
activity for two weeks); mentoring check-ins due by their pair's cadence, and the teachers
who may be on an island.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from stemlead.core import agreements, interactions
from stemlead.core.action_items import IS_OPEN_SQL
from stemlead.store import Database

QUIET_DAYS = 14


@dataclass(frozen=True, slots=True)
class TodayItem:
    kind: str  # what opening it shows: meeting, observation, action_item, partner, cycle
    id: int
    title: str
    detail: str
    when: str | None = None
    overdue: bool = False


@dataclass
class TodayPage:
    day: date
    meetings: list[TodayItem] = field(default_factory=list)
    observations: list[TodayItem] = field(default_factory=list)
    action_items: list[TodayItem] = field(default_factory=list)
    follow_ups: list[TodayItem] = field(default_factory=list)
    renewals: list[TodayItem] = field(default_factory=list)
    cycles: list[TodayItem] = field(default_factory=list)
    check_ins: list[TodayItem] = field(default_factory=list)
    islanders: list[TodayItem] = field(default_factory=list)


def today_page(db: Database, day: date) -> TodayPage:
    iso = day.isoformat()
    page = TodayPage(day)
    for r in db.query(
        """SELECT m.id, coalesce(nullif(m.title, ''), g.name, 'Meeting'), m.place, m.starts_at,
                  m.duration_minutes
           FROM meetings m LEFT JOIN groups g ON g.id = m.group_id
           WHERE substr(m.starts_at, 1, 10) = ? AND m.status <> 'cancelled'
           ORDER BY datetime(m.starts_at)""",
        (iso,),
    ):
        page.meetings.append(TodayItem("meeting", r[0], r[1], r[2] or "", r[3]))
    for r in db.query(
        """SELECT o.id, t.name, o.class_context, o.starts_at FROM observations o
           JOIN teachers t ON t.id = o.teacher_id
           WHERE substr(o.starts_at, 1, 10) = ? ORDER BY datetime(o.starts_at)""",
        (iso,),
    ):
        page.observations.append(TodayItem("observation", r[0], f"Observe {r[1]}", r[2], r[3]))
    for r in db.query(
        f"""SELECT a.id, a.title, a.owner_kind, a.owner_name, a.due_on FROM action_items a
           WHERE {IS_OPEN_SQL} AND a.due_on IS NOT NULL AND a.due_on <= ?
           ORDER BY a.owner_kind <> 'me', a.due_on, a.id""",
        (iso,),
    ):
        owner = "You" if r[2] == "me" else r[3]
        page.action_items.append(
            TodayItem("action_item", r[0], r[1], owner, r[4], overdue=r[4] < iso)
        )
    for f in interactions.follow_ups_due(db, by=iso):
        page.follow_ups.append(
            TodayItem(
                "partner",
                f.partner_id,
                f"Follow up with {f.partner}",
                f.notes,
                f.follow_up_on,
                overdue=f.follow_up_on < iso,
            )
        )
    for renewal in agreements.renewals_due(db, by=iso):
        page.renewals.append(
            TodayItem(
                "partner",
                renewal.partner_id,
                f"Renew “{renewal.title}” with {renewal.partner}",
                f"ends {renewal.ends_on}" if renewal.ends_on else "",
                renewal.renew_by,
                overdue=renewal.renew_by < iso,
            )
        )
    page.cycles = cycles_waiting(db, day)
    page.check_ins = check_ins_due(db, day)
    page.islanders = on_an_island(db, day)
    return page


def cycles_waiting(db: Database, day: date) -> list[TodayItem]:
    """Open cycles where the next move is the coach's."""
    quiet_since = (day - timedelta(days=QUIET_DAYS)).isoformat()
    waiting = []
    for r in db.query(
        f"""
        SELECT c.id, coalesce(nullif(c.title, ''), 'Coaching cycle'), c.stage,
               (SELECT group_concat(t.name, ', ') FROM cycle_teachers ct
                  JOIN teachers t ON t.id = ct.teacher_id WHERE ct.cycle_id = c.id),
               (SELECT json_array(a.title, a.due_on)
                  FROM action_items a WHERE a.cycle_id = c.id AND a.owner_kind = 'me'
                  AND {IS_OPEN_SQL}
                  ORDER BY a.due_on IS NULL, a.due_on LIMIT 1),
               max(c.started_on,
                   coalesce((SELECT max(substr(changed_at, 1, 10)) FROM cycle_stage_changes s
                             WHERE s.cycle_id = c.id), ''),
                   coalesce((SELECT max(occurred_on) FROM cycle_time_entries e
                             WHERE e.cycle_id = c.id), ''),
                   coalesce((SELECT max(substr(starts_at, 1, 10)) FROM observations o
                             WHERE o.cycle_id = c.id), ''))
        FROM cycles c WHERE c.stage <> 'complete'
        ORDER BY c.started_on
        """
    ):
        cycle_id, title, stage, teachers, next_step, last_activity = r
        label = f"{title} — {teachers or ''}".strip(" —")
        if next_step:
            step, due = json.loads(next_step)
            overdue = bool(due) and due < day.isoformat()
            detail = f"{stage.title()} · Your next step: {step}"
            waiting.append(TodayItem("cycle", cycle_id, label, detail, due, overdue=overdue))
        elif last_activity < quiet_since:
            quiet = (day - date.fromisoformat(last_activity)).days
            detail = f"{stage.title()} · No activity for {quiet} days"
            waiting.append(TodayItem("cycle", cycle_id, label, detail))
    return waiting


# -- teacher growth: mentoring check-ins and who may be on an island -------------------------
ISLANDERS_SHOWN = 5


def check_ins_due(db: Database, day: date) -> list[TodayItem]:
    """Active pairs whose next check-in, by their cadence or as planned, is today or past."""
    if db.scalar("SELECT 1 FROM mentorships WHERE status = 'active' LIMIT 1") is None:
        return []  # no pairs yet: nothing to import or work out
    from stemlead.core import mentorships
    from stemlead.core.fields import day_text

    due = []
    for pair in mentorships.list_mentorships(db, status="active", on=day):
        if pair.due_on is None or pair.due_on > day.isoformat():
            continue
        last = (
            f"last check-in {day_text(pair.last_check_in_on)}"
            if pair.last_check_in_on
            else "no check-in yet"
        )
        rhythm = f"every {pair.cadence_days} days" if pair.cadence_days else "monthly"
        due.append(
            TodayItem(
                "mentorship",
                pair.id,
                f"Check in: {pair.mentee} and {pair.mentor_label}",
                f"{rhythm} · {last}",
                pair.due_on,
                overdue=pair.overdue,
            )
        )
    return sorted(due, key=lambda i: (i.when or "", i.title))


def on_an_island(db: Database, day: date) -> list[TodayItem]:
    """The teachers with the most signs of being on an island, and how many more there are."""
    from stemlead.core import isolation

    found = isolation.isolated(db, day=day)
    items = [
        TodayItem("islander", t.id, t.name, "; ".join(t.reasons)) for t in found[:ISLANDERS_SHOWN]
    ]
    if len(found) > ISLANDERS_SHOWN:
        more = len(found) - ISLANDERS_SHOWN
        items.append(
            TodayItem(
                "islander", 0, f"{more} more teacher{'s' if more != 1 else ''}", "in Mentoring"
            )
        )
    return items
