"""Coaching cycles in every stage, the coaching log, and the coach's own to-do list.

A cycle starts at a point in the past chosen by its stage, moves through Identify, Learn
and Improve at a realistic pace (never past today), and leaves behind what real ones do:
logged time, informal support, action items, observations while improving, reflections.
"""

from __future__ import annotations

from datetime import date, timedelta

from stemlead.core import action_items, coaching_log, cycles
from stemlead.core.demo import content
from stemlead.core.demo.classroom import add_observation
from stemlead.core.demo.district import District, Teacher

# What the coach does with the teacher in each stage (a cycle logs the first few).
_ACTIVITIES = {
    "identify": ("planning", "data_review"),
    "learn": ("co_planning", "modelling", "co_planning"),
    "improve": ("observation", "debrief", "co_teaching", "observation"),
    "complete": ("debrief",),
}


def add_cycles(d: District, cluster: int) -> None:
    """Fourteen cycles in a cluster, in every stage; about a third are small teams."""
    rng = d.rng
    pool = d.cluster_teachers(cluster)
    stages = ["complete"] * 5 + ["improve"] * 3 + ["learn"] * 3 + ["identify"] * 3
    rng.shuffle(stages)
    free = list(pool)
    rng.shuffle(free)
    for stage in stages:
        anchor = free.pop()
        team = [anchor]
        if rng.random() < 0.3 and len(free) > 10:
            mates = [t for t in free if t.school is anchor.school and t.band == anchor.band]
            for mate in mates[: rng.randint(1, 2)]:
                team.append(mate)
                free.remove(mate)
        add_cycle(d, team, stage)


# how many school days ago a cycle now in each stage began
_DAYS_AGO_STARTED = {
    "identify": (1, 12),
    "learn": (21, 40),
    "improve": (45, 75),
    "complete": (95, 200),
}


def add_cycle(d: District, team: list[Teacher], stage: str) -> None:
    rng, db = d.rng, d.db
    anchor = team[0]
    idea: content.Goal = d.pick(content.goals()[anchor.domain])
    started = d.school_day(rng.randint(*_DAYS_AGO_STARTED[stage]))
    # When each stage began: identify, learn, improve, complete (as far as it got).
    moves = [started]
    for gap in ((7, 14), (10, 21), (28, 45))[: cycles.STAGES.index(stage)]:
        moves.append(d.later_school_day(moves[-1], rng.randint(*gap)))
    who = anchor.grade if anchor.band in ("PreK-2", "3-5") else anchor.subjects[0]
    title = f"{idea.title} ({who} team)" if len(team) > 1 else f"{idea.title} ({who})"
    cycle_id = cycles.add(
        db,
        teacher_ids=[t.id for t in team],
        title=title,
        goal=idea.goal,
        success_criteria=idea.criteria if stage != "identify" or rng.random() < 0.5 else "",
        strategy=idea.strategy if stage != "identify" else "",
        started_on=started,
        target_end_on=started + timedelta(weeks=rng.randint(9, 12)),
        private_notes=d.pick(content.load("cycles")["private_notes"])
        if rng.random() < 0.35
        else "",
    )
    _date_opening(d, cycle_id, started)
    for to_stage, day in zip(cycles.STAGES[1:], moves[1:], strict=False):
        cycles.move_stage(db, cycle_id, to_stage, at=d.at(day, 16, 10).isoformat())
    if stage == "improve":
        cycles.update(db, cycle_id, reflections=idea.midway)
    elif stage == "complete":
        cycles.update(db, cycle_id, reflections=f"{idea.midway}\n\n{idea.reflection}")
    ends = [*moves[1:], d.today]
    if stage == "complete":
        ends[-1] = d.later_school_day(moves[-1], rng.randint(0, 5))
    phases = list(zip(cycles.STAGES, moves, ends, strict=False))
    _log_cycle_time(d, cycle_id, phases)
    _log_cycle_support(d, cycle_id, team, moves[0], ends[len(moves) - 1])
    _add_cycle_actions(d, cycle_id, team, stage, moves)
    _add_cycle_visits(d, cycle_id, team, stage, moves, ends, idea.look_for)


def _add_cycle_visits(
    d: District,
    cycle_id: int,
    team: list[Teacher],
    stage: str,
    moves: list[date],
    ends: list[date],
    look_for: str,
) -> None:
    """Observations: a baseline in identify/learn, then visits while improving."""
    rng = d.rng
    obs_days: list[date] = []
    if stage != "identify" and rng.random() < 0.5:
        obs_days.append(d.later_school_day(moves[0], rng.randint(2, 6)))
    if stage in ("improve", "complete"):
        improve_start, improve_end = moves[2], ends[2]
        span = max((improve_end - improve_start).days, 1)
        for _ in range(rng.randint(1, 2)):
            obs_days.append(d.later_school_day(improve_start, rng.randint(1, span)))
    for day in sorted(obs_days):
        add_observation(d, d.pick(team), day, cycle_id=cycle_id, cycle_look_for=look_for)


def _date_opening(d: District, cycle_id: int, started: date) -> None:
    """Date the cycle's opening (its Identify entry) in the district's own time zone.

    ``cycles.add`` dates it 08:00 on ``started_on`` in the *computer's* time zone, or with
    the real clock when ``started_on`` is the real today, which a ``--today`` in the future
    can hit. Either would make the same demo differ between laptops or between runs, so
    the demo sets the moment itself; there is no core function for it.
    """
    d.db.execute(
        "UPDATE cycle_stage_changes SET changed_at = ? WHERE cycle_id = ? AND from_stage IS NULL",
        (d.at(started, 15, 40).isoformat(), cycle_id),
    )


def _log_cycle_time(d: District, cycle_id: int, phases: list[tuple[str, date, date]]) -> None:
    notes = content.load("cycles")["time_notes"]
    for stage, begin, end in phases:
        span = max((end - begin).days, 0)
        for activity in _ACTIVITIES[stage][: d.rng.randint(1, len(_ACTIVITIES[stage]))]:
            day = d.later_school_day(begin, d.rng.randint(0, span))
            cycles.log_time(
                d.db,
                cycle_id,
                d.rng.choice((20, 30, 40, 45, 50, 60)),
                activity=activity,
                occurred_on=day,
                note=notes[activity],
            )


def _log_cycle_support(
    d: District, cycle_id: int, team: list[Teacher], begin: date, end: date
) -> None:
    """Informal support between the cycle's meetings, counted in the coaching log."""
    span = max((end - begin).days, 0)
    for _ in range(d.rng.randint(1, 3)):
        kind = d.pick(("conversation", "email", "co_planning", "resource_shared"))
        day = d.later_school_day(begin, d.rng.randint(0, span))
        log(d, kind, team, day, cycle_id=cycle_id)


def _add_cycle_actions(
    d: District, cycle_id: int, team: list[Teacher], stage: str, moves: list[date]
) -> None:
    rng = d.rng
    ideas = [(a["title"], a["owner"]) for a in content.load("cycles")["action_items"]]
    for title, who in rng.sample(ideas, rng.randint(1, 3)):
        made = d.later_school_day(moves[-1], rng.randint(0, 6))
        due = made + timedelta(days=rng.randint(3, 14))
        owner = {"owner_teacher_id": d.pick(team).id} if who == "teacher" else {}
        item_id = action_items.add(d.db, title, cycle_id=cycle_id, due_on=due, **owner)
        if stage == "complete" or (due < d.today and rng.random() < 0.5):
            closed = min(due, d.today)
            action_items.set_status(d.db, item_id, "done", at=d.at(closed, 15, 50).isoformat())
        elif rng.random() < 0.25:
            action_items.set_status(d.db, item_id, "in_progress")


def log(
    d: District, kind: str, team: list[Teacher], day: date, *, cycle_id: int | None = None
) -> None:
    """One coaching-log entry: a conversation, an email, co-planning, a resource..."""
    words = content.load("coaching_log")
    note = d.pick(words["notes"][kind]).format(
        topic=d.pick(words["topics"][team[0].domain]), resource=d.pick(words["resources"])
    )
    coaching_log.log(
        d.db,
        teacher_ids=[t.id for t in team],
        kind=kind,
        minutes=d.rng.randint(*words["minutes"][kind]),
        note=note,
        occurred_at=d.at_school(day),
        cycle_id=cycle_id,
    )


def add_coaching_logs(d: District, cluster: int) -> None:
    """Seven entries of every kind over the last four months, outside any cycle."""
    rng = d.rng
    pool = d.cluster_teachers(cluster)
    kinds = list(coaching_log.KINDS) * 7
    rng.shuffle(kinds)
    for kind in kinds:
        anchor = d.pick(pool)
        team = [anchor]
        if kind in ("co_planning", "resource_shared") and rng.random() < 0.4:
            mates = [t for t in pool if t.school is anchor.school and t is not anchor]
            team += rng.sample(mates, min(len(mates), rng.randint(1, 2)))
        log(d, kind, team, d.school_day(rng.randint(0, 120)))


def add_own_action_items(d: District) -> None:
    """The coach's own to-dos, tied to nothing: some due soon, one overdue, one done."""
    for _ in range(d.scale):
        for item in content.load("district")["own_action_items"]:
            due = d.today + timedelta(days=item["due_in_days"])
            item_id = action_items.add(d.db, item["title"], due_on=due)
            if item["status"] == "done":
                action_items.set_status(d.db, item_id, "done", at=d.at(due, 14, 0).isoformat())
            elif item["status"] == "in_progress":
                action_items.set_status(d.db, item_id, "in_progress")
