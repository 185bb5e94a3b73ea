"""Today: what a coach needs at 7:45 am, on one page.

Today's meetings and observations (a visit that has ended says so and moves after the
ones still to come), action items due or overdue, partner follow-ups and agreement
renewals due, coaching cycles that are waiting on the coach (an open next step of theirs,
or no activity for two weeks), this week's coaching log, where a mistyped entry shows,
community events this week, mentoring check-ins due by their pair's cadence, and the
teachers who may be on an island.

A row's title is a phrase with ``{}`` where each of its ``names`` goes (people, partners,
titles the coach typed), so a screen can set each name apart from the words around it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from stemlead.core import agreements, interactions
from stemlead.core.action_items import IS_OPEN_SQL
from stemlead.core.coaching_log import KIND_LABELS
from stemlead.store import Database

QUIET_DAYS = 14


@dataclass(frozen=True, slots=True)
class TodayItem:
    kind: str  # what opening it shows: meeting, observation, action_item, partner, cycle,
    # coaching_log
    id: int
    phrase: str  # the title, with "{}" for each of ``names``
    names: tuple[str, ...]
    detail: str
    when: str | None = None
    overdue: bool = False
    ends: str | None = None  # when a visit ended, or an agreement ends
    minutes: int | None = None  # a coaching-log entry's

    @property
    def title(self) -> str:
        return self.title_with(str)

    def title_with(self, show: Callable[[str], str]) -> str:
        """The title with each name as ``show`` gives it (e.g. isolated for bidi text)."""
        return self.phrase.format(*(show(name) for name in self.names))


def _named(text: str) -> tuple[str, tuple[str, ...]]:
    """A title that is all user text."""
    return "{}", (text,)


@dataclass
class TodayPage:
    day: date
    meetings: list[TodayItem] = field(default_factory=list)
    observations: list[TodayItem] = field(default_factory=list)
    action_items: list[TodayItem] = field(default_factory=list)
    follow_ups: list[TodayItem] = field(default_factory=list)
    renewals: list[TodayItem] = field(default_factory=list)
    cycles: list[TodayItem] = field(default_factory=list)
    coaching_log: list[TodayItem] = field(default_factory=list)
    events: list[TodayItem] = field(default_factory=list)  # community events this week
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
        page.meetings.append(TodayItem("meeting", r[0], *_named(r[1]), r[2] or "", r[3]))
    for r in db.query(
        """SELECT o.id, t.name, o.class_context, o.starts_at, o.ended_at FROM observations o
           JOIN teachers t ON t.id = o.teacher_id
           WHERE substr(o.starts_at, 1, 10) = ?
           ORDER BY o.ended_at IS NOT NULL, datetime(o.starts_at)""",
        (iso,),
    ):
        page.observations.append(
            TodayItem("observation", r[0], "Observe {}", (r[1],), r[2], r[3], ends=r[4])
        )
    for r in db.query(
        f"""SELECT a.id, a.title, a.owner_kind, a.owner_name, a.due_on FROM action_items a
           WHERE {IS_OPEN_SQL} AND a.due_on IS NOT NULL AND a.due_on <= ?
           ORDER BY a.owner_kind <> 'me', a.due_on, a.id""",
        (iso,),
    ):
        owner = "You" if r[2] == "me" else r[3]
        page.action_items.append(
            TodayItem("action_item", r[0], *_named(r[1]), owner, r[4], overdue=r[4] < iso)
        )
    for f in interactions.follow_ups_due(db, by=iso):
        page.follow_ups.append(
            TodayItem(
                "partner",
                f.partner_id,
                "Follow up with {}",
                (f.partner,),
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
                "Renew “{}” with {}",
                (renewal.title, renewal.partner),
                "",
                renewal.renew_by,
                overdue=renewal.renew_by < iso,
                ends=renewal.ends_on,
            )
        )
    page.cycles = cycles_waiting(db, day)
    page.coaching_log = coaching_this_week(db, day)
    page.events = events_this_week(db, day)
    page.check_ins = check_ins_due(db, day)
    page.islanders = on_an_island(db, day)
    return page


def coaching_this_week(db: Database, day: date) -> list[TodayItem]:
    """The coaching log from Monday of ``day``'s week through ``day``, newest first."""
    monday = day - timedelta(days=day.weekday())
    entries = []
    for entry_id, when, kind, minutes, note, names in db.query(
        """SELECT l.id, l.occurred_at, l.kind, l.minutes, l.note,
                  (SELECT json_group_array(t.name) FROM coaching_log_teachers lt
                     JOIN teachers t ON t.id = lt.teacher_id WHERE lt.log_id = l.id)
           FROM coaching_logs l
           WHERE substr(l.occurred_at, 1, 10) BETWEEN ? AND ?
           ORDER BY datetime(l.occurred_at) DESC, l.id DESC""",
        (monday.isoformat(), day.isoformat()),
    ):
        teachers = tuple(json.loads(names))
        phrase = f"{KIND_LABELS[kind]} with " + ", ".join("{}" for _ in teachers)
        entries.append(
            TodayItem("coaching_log", entry_id, phrase, teachers, note, when, minutes=minutes)
        )
    return entries


def events_this_week(db: Database, day: date) -> list[TodayItem]:
    """Community events today and in the next seven days, with the steps still to do."""
    from stemlead.core import events

    found = []
    for event, open_steps in events.coming_up(db, day):
        detail = event.place
        if open_steps:
            steps = f"{open_steps} checklist step{'s' if open_steps != 1 else ''} to do"
            detail = f"{detail} · {steps}" if detail else steps
        found.append(TodayItem("event", event.id, *_named(event.title), detail, event.starts_at))
    return found


def cycles_waiting(db: Database, day: date) -> list[TodayItem]:
    """Open cycles where the next move is the coach's."""
    quiet_since = (day - timedelta(days=QUIET_DAYS)).isoformat()
    waiting = []
    for r in db.query(
        f"""
        SELECT c.id, coalesce(nullif(c.title, ''), 'Coaching cycle'), c.stage,
               (SELECT json_group_array(t.name) FROM cycle_teachers ct
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
        names = (title, *json.loads(teachers))
        phrase = "{} — " + ", ".join("{}" for _ in names[1:]) if names[1:] else "{}"
        if next_step:
            step, due = json.loads(next_step)
            overdue = bool(due) and due < day.isoformat()
            detail = f"{stage.title()} · Your next step: {step}"
            waiting.append(
                TodayItem("cycle", cycle_id, phrase, names, detail, due, overdue=overdue)
            )
        elif last_activity < quiet_since:
            quiet = (day - date.fromisoformat(last_activity)).days
            detail = f"{stage.title()} · No activity for {quiet} days"
            waiting.append(TodayItem("cycle", cycle_id, phrase, names, detail))
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
                "Check in: {} and {}",
                (pair.mentee, pair.mentor_label),
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
        TodayItem("islander", t.id, *_named(t.name), "; ".join(t.reasons))
        for t in found[:ISLANDERS_SHOWN]
    ]
    if len(found) > ISLANDERS_SHOWN:
        more = len(found) - ISLANDERS_SHOWN
        items.append(
            TodayItem(
                "islander", 0, f"{more} more teacher{'s' if more != 1 else ''}", (), "in Mentoring"
            )
        )
    return items
