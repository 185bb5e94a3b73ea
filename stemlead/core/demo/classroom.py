"""Classroom visits: walkthroughs and cycle observations with live-captured logs.

Each visit takes a free class period, chooses look-fors (framework tags and the coach's
own), and fills a timestamped log that follows the lesson (launch, work time, close) with
evidence, strengths, student thinking and wonderings, then co-created next steps.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from stemlead.core import action_items, observations, tags
from stemlead.core.demo import content
from stemlead.core.demo.district import District, Fill, Teacher, day_off


def look_for_tags(d: District) -> None:
    """Framework tags for each kind of class, and how each reads inside a sentence."""
    slug_of = {f.id: f.slug for f in tags.frameworks(d.db)}
    by_slug: dict[str, list[int]] = {}
    for tag in tags.list_tags(d.db):
        slug = slug_of[tag.framework_id]
        by_slug.setdefault(slug, []).append(tag.id)
        if slug == "five_e":
            phrase = f"the {tag.label} phase"
        elif ": " in tag.label:
            phrase = tag.label.split(": ", 1)[1]
        else:
            phrase = tag.label[0].lower() + tag.label[1:]
        d.tag_focus[tag.id] = phrase

    def ids(*wanted: str) -> list[int]:
        return [t for slug in wanted for t in by_slug.get(slug, [])]

    d.tags = {
        "science": ids("ngss_practices", "five_e"),
        "math": ids("ngss_practices"),
        "engineering": ids("engineering_design", "ngss_practices"),
        "early": ids("five_e", "ngss_practices"),
    }


def add_walkthroughs(d: District, cluster: int) -> None:
    """A dozen short visits outside any cycle, and this morning's visit."""
    pool = d.cluster_teachers(cluster)
    visits = [(d.pick(pool), d.school_day(d.rng.randint(1, 120))) for _ in range(12)]
    if cluster == 0 and not day_off(d.today):
        visits.append((pool[0], d.today))  # this morning's visit
    for teacher, day in sorted(visits, key=lambda v: v[1]):
        add_observation(d, teacher, day)


def add_observation(
    d: District,
    teacher: Teacher,
    day: date,
    *,
    cycle_id: int | None = None,
    cycle_look_for: str = "",
) -> None:
    rng, db = d.rng, d.db
    words = content.load("observations")
    day, period = _free_period(d, day)
    start = d.at(day, *content.bell_schedule()[period - 1])
    minutes = rng.randint(35, 58)
    secondary = teacher.band in ("6-8", "9-12")
    subject = d.pick(teacher.subjects)
    context = f"Period {period} · {subject}" if secondary else f"{teacher.grade} · {subject}"
    look: list[str | int] = []
    if cycle_look_for:
        look.append(cycle_look_for)
    framework = d.tags[teacher.domain]
    look += rng.sample(framework, min(len(framework), rng.randint(0 if look else 1, 2)))
    if not look or rng.random() < 0.3:
        look.append(d.pick(words["own_look_fors"]))
    first = look[0]
    if isinstance(first, int):
        first_label = d.tag_focus[first]
    else:
        first_label = first.rstrip("?")
        if first_label[1:2].islower():
            first_label = first_label[0].lower() + first_label[1:]
    observation_id = observations.start(
        db,
        teacher.id,
        starts_at=start,
        ended_at=start + timedelta(minutes=minutes),
        cycle_id=cycle_id,
        class_context=context,
        focus=d.pick(words["focus"]).format(look=first_label),
        private_notes=d.pick(words["private_notes"]) if rng.random() < 0.35 else "",
    )
    observations.set_look_fors(db, observation_id, look)
    _add_lines(d, observation_id, teacher.domain, start, minutes)
    for _ in range(rng.randint(1, 2)):
        _next_step(d, observation_id, teacher, day)


def _free_period(d: District, day: date) -> tuple[date, int]:
    """A class period on or before ``day`` when the coach is not already visiting."""
    while True:
        periods = [1] if day == d.today else list(range(1, len(content.bell_schedule()) + 1))
        free = [p for p in periods if (day, p) not in d.busy]
        if free:
            period: int = d.pick(free)
            d.busy.add((day, period))
            return day, period
        day = d.school_day((d.today - day).days + 1)  # try the school day before


def _add_lines(
    d: District, observation_id: int, domain: str, start: datetime, minutes: int
) -> None:
    """The live log: 20 to 60 timestamped lines, at least one of each kind."""
    rng = d.rng
    words = content.load("observations")
    count = rng.randint(20, 60)
    offsets = sorted(rng.sample(range(20, minutes * 60 - 20), count))
    kinds = [
        "strength",
        "student_thinking",
        "wondering",
        *rng.choices(observations.LINE_KINDS, weights=(55, 18, 18, 9), k=count - 3),
    ]
    rng.shuffle(kinds)
    decks: dict[str, list[str]] = {}

    def draw(key: str, pool: list[str]) -> str:
        """The next line from a shuffled deck, so a visit does not repeat itself."""
        deck = decks.get(key)
        if not deck:
            deck = decks[key] = rng.sample(pool, len(pool))
        return deck.pop()

    evidence = words["evidence"][domain]
    for offset, kind in zip(offsets, kinds, strict=True):
        fraction = offset / (minutes * 60)
        if kind == "evidence":
            phase = "launch" if fraction < 0.2 else "close" if fraction > 0.82 else "work"
            template = draw(phase, evidence[phase])
        elif kind == "strength":
            template = draw(kind, words["strengths"]["any"] + words["strengths"][domain])
        elif kind == "student_thinking":
            template = draw(kind, words["student_thinking"][domain])
        else:
            template = draw(kind, words["wonderings"]["any"] + words["wonderings"][domain])
        text = template.format_map(Fill(rng))
        text = text[0].upper() + text[1:]
        observations.add_line(
            d.db,
            observation_id,
            text,
            kind,
            at=(start + timedelta(seconds=offset)).isoformat(),
        )


def _next_step(d: District, observation_id: int, teacher: Teacher, day: date) -> None:
    """A next step chosen in the debrief; mostly the teacher's own."""
    rng, db = d.rng, d.db
    words = content.load("observations")
    by_teacher = rng.random() < 0.75
    title = d.pick(words["next_steps"]["teacher" if by_teacher else "coach"])
    due = day + timedelta(days=rng.randint(2, 16))
    item_id = action_items.add(
        db,
        title,
        owner_teacher_id=teacher.id if by_teacher else None,
        observation_id=observation_id,
        due_on=due,
        notes=words["next_step_note"],
    )
    if due < d.today - timedelta(days=3) and rng.random() < 0.7:
        action_items.set_status(db, item_id, "done", at=d.at(due, 15, 30).isoformat())
