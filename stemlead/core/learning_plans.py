"""Learning plans: for each growth area a teacher names, in their own words, the offerings
they chose (or the coach suggested), where each stands (planned, enrolled, attended,
applied in class), its hours, the teacher's reflection, and evidence: the observations
or coaching cycles where it showed in their classroom.

The teacher leader keeps a plan of their own (leading adults, facilitating PLCs,
coaching, using data for change, advocacy, other subjects' standards): its teacher is
:data:`ME` (stored as no teacher at all).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from stemlead.clock import today
from stemlead.core import growth_areas, offerings, records, settings
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, DateField, Hours, Int, Notes, Ref, Text
from stemlead.core.growth_areas import Reading
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

ME = 0  # the coach's own plan: what the command line and the GUI call it
STATUSES = ("planned", "enrolled", "attended", "applied")
STATUS_LABELS = {
    "planned": "Planned",
    "enrolled": "Enrolled",
    "attended": "Attended",
    "applied": "Applied in class",
}
DONE = ("attended", "applied")  # what counts as PD hours
CHOSEN_LABELS = {"teacher": "Chosen", "coach": "Suggested"}


@dataclass(slots=True)
class PlanArea(Record):
    TABLE = "plan_areas"
    NOUN = "growth area"

    id: int
    teacher_id: int | None = editable(Ref("Teacher", table="teachers"), None)
    area: str = editable(Text("Growth area", required=True, max_len=120), "")
    in_their_words: str = editable(Notes("In their words"), "")
    position: int = editable(Int("Position", minimum=0, maximum=10**6), 0)
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.area


@dataclass(slots=True)
class PlanItem(Record):
    TABLE = "plan_items"
    NOUN = "learning plan entry"

    id: int
    area_id: int = editable(Ref("Growth area", table="plan_areas", required=True))
    offering_id: int | None = editable(Ref("Offering", table="offerings"), None)
    title: str = editable(Text("Learning", required=True, max_len=300), "")
    chosen_by: str = editable(Choice("Chosen by", ("teacher", "coach")), "teacher")
    status: str = editable(Choice("Status", STATUSES), "planned")
    minutes: int = editable(Hours("Hours"), 0)
    attended_on: str | None = editable(DateField("Attended on"), None)
    reflection: str = editable(Notes("Their reflection"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title


@dataclass(slots=True)
class Evidence(Record):
    TABLE = "plan_evidence"
    NOUN = "evidence link"

    id: int
    item_id: int = editable(Ref("Learning plan entry", table="plan_items", required=True))
    observation_id: int | None = editable(Ref("Observation", table="observations"), None)
    cycle_id: int | None = editable(Ref("Coaching cycle", table="cycles"), None)


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    id: int
    kind: str  # "observation" or "cycle": what opening it shows
    target_id: int
    label: str
    day: str


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: int
    area_id: int
    offering_id: int | None
    title: str
    format: str  # the offering's, "" for learning of the teacher's own
    dates: tuple[str | None, str | None]
    chosen_by: str
    status: str
    minutes: int
    attended_on: str | None
    reflection: str


@dataclass
class AreaPlan:
    area: PlanArea
    items: list[ItemRow] = field(default_factory=list)


@dataclass
class Plan:
    teacher_id: int  # ME for the coach's own
    owner: str
    areas: list[AreaPlan] = field(default_factory=list)

    @property
    def done_minutes(self) -> int:
        return sum(i.minutes for a in self.areas for i in a.items if i.status in DONE)

    @property
    def planned_minutes(self) -> int:
        return sum(i.minutes for a in self.areas for i in a.items)


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One plan in a list (``stemlead list learning-plans``)."""

    id: int  # the teacher's id; ME for the coach's own plan
    teacher: str
    areas: tuple[str, ...]
    items: int
    planned: int
    enrolled: int
    attended: int
    applied: int
    minutes_done: int


def _owner_sql(teacher_id: int) -> tuple[str, list[Any]]:
    return ("t.teacher_id IS NULL", []) if teacher_id == ME else ("t.teacher_id = ?", [teacher_id])


def _stored_teacher(db: Database, teacher_id: int) -> int | None:
    if teacher_id == ME:
        return None
    records.require(db, "teachers", "teacher", [teacher_id])
    return teacher_id


# -- growth areas -----------------------------------------------------------------------------
@changes(Kind.LEARNING_PLAN)
def add_area(db: Database, teacher_id: int, area: str, *, in_their_words: str = "") -> int:
    """Name a growth area on a teacher's plan (:data:`ME`: the coach's own)."""
    stored = _stored_teacher(db, teacher_id)
    label = Text("Growth area", required=True, max_len=120).store(area)
    where, params = _owner_sql(teacher_id)
    for existing in records.select(db, PlanArea, where, params):
        if growth_areas.key(existing.area) == growth_areas.key(label):
            raise InvalidInput(f"This plan already has the growth area “{existing.area}”.")
    position = db.scalar(
        f"SELECT coalesce(max(position) + 1, 0) FROM plan_areas AS t WHERE {where}", params
    )
    return records.insert(
        db,
        PlanArea,
        {
            "teacher_id": stored,
            "area": label,
            "in_their_words": in_their_words,
            "position": position,
        },
    )


@changes(Kind.LEARNING_PLAN)
def update_area(db: Database, area_id: int, **changes: Any) -> None:
    records.update(db, PlanArea, area_id, changes)


@changes(Kind.LEARNING_PLAN)
def start_from_their_words(db: Database, teacher_id: int) -> list[int]:
    """Name the areas a teacher's own words point to (none already on the plan)."""
    from stemlead.core import teachers

    teacher = teachers.get(db, teacher_id)
    have = {growth_areas.key(a.area) for a in areas(db, teacher_id)}
    made = []
    with db.transaction():
        for reading in growth_areas.read(teacher.growth_areas):
            if growth_areas.key(reading.label) not in have:
                made.append(add_area(db, teacher_id, reading.label, in_their_words=reading.words))
    return made


def areas(db: Database, teacher_id: int) -> list[PlanArea]:
    where, params = _owner_sql(teacher_id)
    return records.select(db, PlanArea, where, params, order="t.position, t.id")


def get_area(db: Database, area_id: int) -> PlanArea:
    return records.get(db, PlanArea, area_id)


delete_area = records.Crud(PlanArea, Kind.LEARNING_PLAN).delete


def growth_of(db: Database, teacher_id: int) -> list[Reading]:
    """One teacher's growth areas: their plan's, else what their own words point to."""
    named = [Reading(a.area, a.in_their_words) for a in areas(db, teacher_id)]
    if named or teacher_id == ME:
        return named
    text = db.scalar("SELECT growth_areas FROM teachers WHERE id = ?", (teacher_id,))
    return growth_areas.read(text or "")


def teacher_growth(db: Database) -> dict[int, list[Reading]]:
    """Every current teacher's growth areas: their plan's when it names any, else the areas
    their own words point to. What pairing and PD coverage work from."""
    named: dict[int, list[Reading]] = {}
    for teacher_id, area, words in db.query(
        "SELECT teacher_id, area, in_their_words FROM plan_areas WHERE teacher_id IS NOT NULL"
        " ORDER BY teacher_id, position, id"
    ):
        named.setdefault(teacher_id, []).append(Reading(area, words))
    out: dict[int, list[Reading]] = {}
    for teacher_id, text in db.query(
        "SELECT id, growth_areas FROM teachers WHERE archived_at IS NULL"
    ):
        out[teacher_id] = named.get(teacher_id) or growth_areas.read(text)
    return out


# -- what the plan holds ----------------------------------------------------------------------
def _offering_minutes(db: Database, offering_id: int | None) -> tuple[int, int | None, str]:
    if offering_id is None:
        return 0, None, ""
    offering = offerings.get(db, offering_id)
    return offering.minutes, offering.days, offering.title


@changes(Kind.LEARNING_PLAN)
def add_item(
    db: Database,
    area_id: int,
    *,
    offering_id: int | None = None,
    title: str | None = None,
    **values: Any,
) -> int:
    """Add learning to a growth area: an offering from the catalogue (its title and hours
    are copied), or something of the teacher's own (a ``title``)."""
    get_area(db, area_id)
    minutes, days, offering_title = _offering_minutes(db, offering_id)
    values.setdefault("minutes", minutes)
    checked = records.validated(db, PlanItem, values)
    offerings.check_hours(checked["minutes"], days, "An entry")
    status = checked.get("status", "planned")
    if status in DONE and not checked.get("attended_on"):
        values["attended_on"] = _attended_day(db, offering_id)
    return records.insert(
        db,
        PlanItem,
        {
            "area_id": area_id,
            "offering_id": offering_id,
            "title": title or offering_title,
            **values,
        },
    )


def _attended_day(db: Database, offering_id: int | None) -> str:
    """The day learning counts from once attended: the offering's end (or start), never later
    than today; today for learning without dates."""
    if offering_id is not None:
        offering = offerings.get(db, offering_id)
        day = offering.ends_on or offering.starts_on
        if day and day <= today().isoformat():
            return day
    return today().isoformat()


@changes(Kind.LEARNING_PLAN)
def update_item(db: Database, item_id: int, **changes: Any) -> None:
    """Save changed fields; attending dates the entry, and hours must fit the offering's days."""
    current = get_item(db, item_id)
    checked = records.validated(db, PlanItem, changes)
    _, days, _ = _offering_minutes(db, checked.get("offering_id", current.offering_id))
    offerings.check_hours(checked.get("minutes", current.minutes), days, "An entry")
    status = checked.get("status", current.status)
    if status in DONE and not checked.get("attended_on", current.attended_on):
        changes = {**changes, "attended_on": _attended_day(db, current.offering_id)}
    records.update(db, PlanItem, item_id, changes)


def get_item(db: Database, item_id: int) -> PlanItem:
    return records.get(db, PlanItem, item_id)


delete_item = records.Crud(PlanItem, Kind.LEARNING_PLAN).delete


def items(db: Database, area_id: int) -> list[ItemRow]:
    return [
        ItemRow(r[0], r[1], r[2], r[3], r[4] or "", (r[5], r[6]), *r[7:])
        for r in db.query(
            """
        SELECT i.id, i.area_id, i.offering_id, i.title, o.format, o.starts_on, o.ends_on,
               i.chosen_by, i.status, i.minutes, i.attended_on, i.reflection
        FROM plan_items i LEFT JOIN offerings o ON o.id = i.offering_id
        WHERE i.area_id = ? ORDER BY coalesce(o.starts_on, i.attended_on) IS NULL,
                 coalesce(o.starts_on, i.attended_on), i.id
        """,
            (area_id,),
        )
    ]


def plan(db: Database, teacher_id: int) -> Plan:
    """A whole plan: each growth area with its learning (NotFound for an unknown teacher)."""
    if teacher_id == ME:
        owner = _coach(db)
    else:
        row = db.one("SELECT name FROM teachers WHERE id = ?", (teacher_id,))
        if row is None:
            raise NotFound(f"There is no teacher with id {teacher_id}.")
        owner = row["name"]
    return Plan(teacher_id, owner, [AreaPlan(a, items(db, a.id)) for a in areas(db, teacher_id)])


# -- evidence ----------------------------------------------------------------------------------
@changes(Kind.LEARNING_PLAN)
def add_evidence(
    db: Database, item_id: int, *, observation_id: int | None = None, cycle_id: int | None = None
) -> int:
    """Link an observation or a cycle of the plan's teacher where the learning showed."""
    if (observation_id is None) == (cycle_id is None):
        raise InvalidInput("Evidence is one observation or one coaching cycle.")
    item = get_item(db, item_id)
    teacher_id = get_area(db, item.area_id).teacher_id
    if teacher_id is None:
        raise InvalidInput("Your own plan has no classroom evidence to link.")
    if observation_id is not None:
        owner = db.scalar("SELECT teacher_id FROM observations WHERE id = ?", (observation_id,))
        if owner is None:
            raise NotFound(f"There is no observation with id {observation_id}.")
        mine = owner == teacher_id
    else:
        records.require(db, "cycles", "coaching cycle", [int(cycle_id or 0)])
        mine = bool(
            db.scalar(
                "SELECT 1 FROM cycle_teachers WHERE cycle_id = ? AND teacher_id = ?",
                (cycle_id, teacher_id),
            )
        )
    if not mine:
        raise InvalidInput(
            "That is another teacher's; link evidence from this teacher's classroom."
        )
    kind, target = ("observation_id", observation_id) if observation_id else ("cycle_id", cycle_id)
    existing = db.scalar(
        f"SELECT id FROM plan_evidence WHERE item_id = ? AND {kind} = ?", (item_id, target)
    )
    if existing:
        return int(existing)
    return records.insert(db, Evidence, {"item_id": item_id, kind: target})


delete_evidence = records.Crud(Evidence, Kind.LEARNING_PLAN).delete


def evidence(db: Database, item_id: int) -> list[EvidenceRow]:
    return [
        EvidenceRow(*r)
        for r in db.query(
            """
        SELECT e.id, 'observation', o.id,
               coalesce(nullif(o.class_context, ''), 'Classroom visit'), substr(o.starts_at, 1, 10)
        FROM plan_evidence e JOIN observations o ON o.id = e.observation_id WHERE e.item_id = ?
        UNION ALL
        SELECT e.id, 'cycle', c.id, coalesce(nullif(c.title, ''), 'Coaching cycle'), c.started_on
        FROM plan_evidence e JOIN cycles c ON c.id = e.cycle_id WHERE e.item_id = ?
        ORDER BY 5, 1
        """,
            (item_id, item_id),
        )
    ]


# -- lists -------------------------------------------------------------------------------------
def list_plans(db: Database, *, teacher_id: int | None = None) -> list[PlanRow]:
    """Every plan with a growth area (the coach's own first), or one teacher's."""
    where = ""
    params: list[Any] = []
    if teacher_id is not None:
        where = "WHERE a.teacher_id IS NULL" if teacher_id == ME else "WHERE a.teacher_id = ?"
        params = [] if teacher_id == ME else [teacher_id]
    rows = db.query(
        f"""
        SELECT coalesce(a.teacher_id, 0) AS owner, t.name, json_group_array(a.area) AS areas,
               (SELECT count(*) FROM plan_items i JOIN plan_areas x ON x.id = i.area_id
                 WHERE coalesce(x.teacher_id, 0) = coalesce(a.teacher_id, 0)) AS items
        FROM plan_areas a LEFT JOIN teachers t ON t.id = a.teacher_id {where}
        GROUP BY coalesce(a.teacher_id, 0)
        ORDER BY a.teacher_id IS NOT NULL, t.name COLLATE NOCASE
        """,
        params,
    )
    counts: dict[int, dict[str, int]] = {}
    for owner, status, n, minutes in db.query(
        """SELECT coalesce(x.teacher_id, 0), i.status, count(*), sum(i.minutes)
           FROM plan_items i JOIN plan_areas x ON x.id = i.area_id
           GROUP BY coalesce(x.teacher_id, 0), i.status"""
    ):
        tally = counts.setdefault(owner, {})
        tally[status] = n
        if status in DONE:
            tally["minutes"] = tally.get("minutes", 0) + minutes
    out = []
    for r in rows:
        tally = counts.get(r["owner"], {})
        out.append(
            PlanRow(
                r["owner"],
                r["name"] if r["owner"] != ME else f"{_coach(db)} (my own plan)",
                tuple(json.loads(r["areas"])),
                r["items"],
                planned=tally.get("planned", 0),
                enrolled=tally.get("enrolled", 0),
                attended=tally.get("attended", 0),
                applied=tally.get("applied", 0),
                minutes_done=tally.get("minutes", 0),
            )
        )
    return out


def _coach(db: Database) -> str:
    return str(settings.get(db, "coach_name") or "") or "Teacher leader"


def pd_minutes(db: Database, *, since: str, until: str) -> tuple[int, int, int]:
    """(teachers' minutes, teachers, the coach's own minutes) of professional learning
    attended or applied from ``since`` to ``until`` (dates, inclusive)."""
    row = db.one(
        """SELECT coalesce(sum(i.minutes) FILTER (WHERE x.teacher_id IS NOT NULL), 0),
                  count(DISTINCT x.teacher_id),
                  coalesce(sum(i.minutes) FILTER (WHERE x.teacher_id IS NULL), 0)
           FROM plan_items i JOIN plan_areas x ON x.id = i.area_id
           WHERE i.status IN ('attended', 'applied') AND i.attended_on BETWEEN ? AND ?""",
        (since, until),
    )
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])
