"""Mentoring in the demo: per cluster, teachers who were most on their own paired with a
colleague strong where they want to grow (often from another subject), some pairs running
(one overdue for a check-in), some completed with their goals re-rated, one ended early,
one proposed; a retired engineer among the partner contacts mentors too.

Check-ins follow each pair's cadence from its start, with what is working, the focus,
and next steps for each side (the older ones done). Some teachers stay unpaired and on
their own, so the "on an island" view has people in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from stemlead.core import action_items, check_ins, growth_areas, isolation, mentorships
from stemlead.core.demo import content
from stemlead.core.demo.district import District, Teacher
from stemlead.core.growth_areas import key

# (status, days since the start, days before today it ended): the pairs of a cluster
_PAIRS = (
    ("active", 95, None),
    ("active", 70, None),
    ("overdue", 60, None),
    ("completed", 210, 30),
    ("completed", 180, 12),
    ("ended_early", 150, 55),
    ("proposed", -7, None),
)


def add_contact_mentor(d: District) -> int | None:
    """A partner contact at an industry partner becomes a mentor with a profile."""
    words = content.load("growth")["contact_mentor"]
    industry = [c for c in d.contacts if c.partner_kind == "industry"]
    if not industry:
        return None
    mentor = industry[0]
    mentorships.set_strengths(d.db, words["areas"], contact_id=mentor.id)
    mentorships.set_capacity(d.db, 2, contact_id=mentor.id)
    d.db.execute(
        "UPDATE mentor_profiles SET notes = ? WHERE contact_id = ?", (words["notes"], mentor.id)
    )
    return mentor.id


def add_pairs(d: District) -> None:
    """Every cluster's pairs, the mentees chosen from who was most on their own before."""
    contact_mentor = add_contact_mentor(d)
    ranked = isolation.isolated(d.db, day=d.today)
    others = [t for t in isolation.everyone(d.db, day=d.today) if len(t.signs) >= 2]
    lonely = list(dict.fromkeys(t.id for t in [*ranked, *others]))
    for cluster in range(d.scale):
        _add_cluster_pairs(d, cluster, lonely, contact_mentor if cluster == 0 else None)


def _add_cluster_pairs(
    d: District, cluster: int, lonely: list[int], contact_mentor: int | None
) -> None:
    pool = d.cluster_teachers(cluster)
    by_id = {t.id: t for t in pool}
    mentees = [by_id[i] for i in lonely if i in by_id][: len(_PAIRS)]
    strong = {t.id: {key(r.label) for r in growth_areas.read(_strengths(d, t))} for t in pool}
    busy: dict[int, int] = {}
    for number, ((status, since, ended), mentee) in enumerate(zip(_PAIRS, mentees, strict=False)):
        wanted = {key(r.label): r.label for r in growth_areas.read(_growth(d, mentee))}
        if number == 1 and contact_mentor is not None:
            mentor: dict[str, int] = {"mentor_contact_id": contact_mentor}
            focus = list(wanted.values())[:2]
        else:
            candidates = [
                t
                for t in pool
                if t.id != mentee.id and t.id not in lonely and busy.get(t.id, 0) < 2
            ]
            candidates.sort(key=lambda t: (-len(strong[t.id] & wanted.keys()), t.id))
            chosen = d.pick(candidates[:3])
            busy[chosen.id] = busy.get(chosen.id, 0) + 1
            mentor = {"mentor_teacher_id": chosen.id}
            focus = [wanted[k] for k in strong[chosen.id] & wanted.keys()] or list(wanted.values())[
                :1
            ]
        _add_pair(d, mentee, mentor, focus, status, since, ended)


def _strengths(d: District, teacher: Teacher) -> str:
    return str(d.db.scalar("SELECT strengths FROM teachers WHERE id = ?", (teacher.id,)) or "")


def _growth(d: District, teacher: Teacher) -> str:
    return str(d.db.scalar("SELECT growth_areas FROM teachers WHERE id = ?", (teacher.id,)) or "")


def _add_pair(
    d: District,
    mentee: Teacher,
    mentor: dict[str, int],
    focus: list[str],
    status: str,
    since: int,
    ended: int | None,
) -> None:
    rng, db = d.rng, d.db
    words = content.load("growth")
    started = d.school_day(since) if since > 0 else d.near_school_day(-since)
    cadence = rng.choice((14, 14, 7, 21))
    goal_pool = [g for area in focus for g in words["goals"].get(area, [])] or words["goals"]["any"]
    goals = rng.sample(goal_pool, min(len(goal_pool), rng.randint(1, 2)))
    pair_id = mentorships.add(
        db,
        mentee.id,
        **mentor,
        status="proposed" if status == "proposed" else "active",
        started_on=started,
        planned_end_on=started + timedelta(weeks=rng.choice((16, 20, 24))),
        cadence_days=cadence,
        monthly_minutes=rng.choice((0, 120, 180)),
        focus_areas=focus,
        goals=goals,
        private_notes=d.pick(words["private_notes"]) if rng.random() < 0.3 else "",
    )
    for goal in mentorships.goals(db, pair_id):
        if status != "proposed":
            mentorships.update_goal(db, goal.id, start_rating=rng.randint(1, 3))
    if status == "proposed":
        return
    last = d.today - timedelta(days=ended) if ended else d.today
    if status == "overdue":
        last = d.today - timedelta(days=cadence + rng.randint(5, 12))
    _log_check_ins(d, pair_id, mentee, started, last, cadence)
    if status in ("completed", "ended_early"):
        for goal in mentorships.goals(db, pair_id):
            rise = rng.randint(1, 2) if status == "completed" else rng.randint(0, 1)
            mentorships.update_goal(db, goal.id, end_rating=min(5, (goal.start_rating or 2) + rise))
        name = mentorships.get(db, pair_id).mentor_name
        reason = d.pick(words["end_reasons"]).format(mentor=name, mentee=mentee.name)
        mentorships.set_status(
            db,
            pair_id,
            status,
            on=last,
            reason=reason if status == "ended_early" else "",
            reflection=d.pick(words["closing_reflections"]),
        )


def _log_check_ins(
    d: District, pair_id: int, mentee: Teacher, start: date, last: date, cadence: int
) -> None:
    rng = d.rng
    words = content.load("growth")["check_ins"]
    works, focus, mine, theirs = (
        _deck(d, words[k]) for k in ("what_works", "focus", "mentee_steps", "mentor_steps")
    )
    day = start + timedelta(days=rng.randint(0, 3))
    while day <= last:
        following = day + timedelta(days=cadence + rng.randint(-2, 2))
        steps = rng.random() < 0.6
        check_in_id = check_ins.log(
            d.db,
            pair_id,
            occurred_on=day,
            minutes=d.pick(words["minutes"]),
            kind=d.pick(("meeting", "meeting", "observation", "co_planning", "message")),
            what_works=next(works).format(mentee=mentee.name),
            focus=next(focus) if rng.random() < 0.8 else "",
            next_check_in_on=following if following > d.today else None,
            mentee_steps=[next(mine)] if steps else [],
            mentor_steps=[next(theirs).format(mentee=mentee.name)]
            if steps and rng.random() < 0.6
            else [],
        )
        if following <= d.today:  # an older step: done by the next check-in, mostly
            for step in check_ins.steps(d.db, check_in_id):
                if rng.random() < 0.8:
                    closed = d.at(min(following, d.today), 16, 0).isoformat()
                    action_items.set_status(d.db, step.id, "done", at=closed)
        day = following


def _deck(d: District, items: list[str]) -> Iterator[str]:
    """The items in a shuffled order, again and again: a pair rarely repeats itself."""
    while True:
        yield from d.rng.sample(items, len(items))
