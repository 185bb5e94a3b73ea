"""Community engagement: events, stakeholders, a year of communications, newsletters and
the advisory board's terms and program of work.

Per cluster: a Fall Family STEM Night held six weeks ago (volunteers, partners, a budget,
headcounts, photos — one without consent — and a debrief), a small family workshop (its
count of families is small enough to be suppressed), and an engineering showcase being
planned. District-wide: the committee's winter STEM Night and the Robotics Challenge
being planned from their templates (past steps done, one overdue), and a legislator's
classroom visit this week. Stakeholder groups from families (typed sizes), partners'
contacts, teachers and the advisory board; a year of communications that leaves a group or
two unheard from for more than 90 days; two newsletters, one logged as sent.
"""

from __future__ import annotations

import struct
import zlib
from datetime import date, timedelta
from typing import Any

from stemlead.core import (
    action_items,
    advisory_board,
    communications,
    event_budget,
    event_checklist,
    event_people,
    event_photos,
    events,
    groups,
    newsletters,
    stakeholders,
)
from stemlead.core.demo import content
from stemlead.core.demo.district import District, School, Teacher


def add_community(d: District) -> None:
    made: dict[str, int] = {}
    for cluster in range(d.scale):
        schools = d.schools[4 * cluster : 4 * cluster + 4]
        night = _stem_night(d, cluster, schools[0])
        _workshop(d, cluster, schools[1])
        _showcase(d, cluster, schools[2])
        made.setdefault("stem_night", night)
    made["winter"] = _winter_night(d)
    made["competition"] = _competition(d)
    made["visit"] = _visit(d)
    audiences = _stakeholders(d)
    _communications(d, audiences, made)
    _newsletters(d, audiences)
    _advisory_board(d)


# -- events -----------------------------------------------------------------------------------
def _teachers_at(d: District, school: School) -> list[Teacher]:
    return [t for t in d.teachers if t.school is school]


def _contacts_of(d: District, kinds: tuple[str, ...]) -> list[Any]:
    return [c for c in d.contacts if c.partner_kind in kinds]


def _partner_of(d: District, contact_id: int) -> int:
    return int(d.db.scalar("SELECT partner_id FROM contacts WHERE id = ?", (contact_id,)))


def _plan(d: District, event_id: int, slug: str, *, all_done: bool = False) -> None:
    """The template's checklist; steps already due are done (all of them for a held event),
    except the latest past one of a planned event, left overdue."""
    ids = event_checklist.plan(d.db, event_id, slug)
    rows = {r.id: r for r in event_checklist.steps(d.db, event_id)}
    past = [i for i in ids if (rows[i].due_on or "") < d.today.isoformat()]
    for item_id in past if all_done else past[:-1]:
        due = date.fromisoformat(rows[item_id].due_on or d.today.isoformat())
        action_items.set_status(d.db, item_id, "done", at=d.at(due, 16, 30).isoformat())


def _volunteers(d: District, event_id: int, teachers: list[Teacher], contacts: list[Any]) -> None:
    roles = ["host", *["station_lead"] * 4, "volunteer", "volunteer"]
    for teacher, role in zip(teachers, roles, strict=False):
        event_people.add_volunteer(d.db, event_id, teacher_id=teacher.id, role=role)
    for contact in contacts:
        event_people.add_volunteer(
            d.db,
            event_id,
            contact_id=contact.id,
            role="station_lead",
            may_be_named=d.rng.random() < 0.6,
        )


def _partners(d: District, event_id: int, contacts: list[Any]) -> None:
    words = content.load("community")["brings"]
    for contact in contacts:
        partner_id = _partner_of(d, contact.id)
        event_people.add_partner(
            d.db, event_id, partner_id, brings=d.pick(words[contact.partner_kind])
        )


def _stem_night(d: District, cluster: int, school: School) -> int:
    rng, db = d.rng, d.db
    words = content.load("community")["stem_night"]
    day = d.school_day(42 + cluster % 3)
    event_id = events.add(
        db,
        title=words["title"],
        kind="stem_night",
        starts_at=d.at(day, 17, 30),
        ends_at=d.at(day, 19, 30),
        place=words["place"].format(school=school.name),
        schools=[school.name],
        audience=words["audience"],
        description=words["description"],
    )
    staff = rng.sample(_teachers_at(d, school), 6)
    helpers = rng.sample(_contacts_of(d, ("museum", "industry", "nonprofit", "out_of_school")), 3)
    _volunteers(d, event_id, staff, helpers)
    guest = d.names.next()[0]
    event_people.add_volunteer(db, event_id, guest_name=guest, role="volunteer", may_be_named=True)
    _partners(d, event_id, helpers)
    for cost in content.load("community")["costs"]:
        event_budget.add(
            db, event_id, cost["item"], amount_cents=d.pick(cost["cents"]), paid_by=cost["paid_by"]
        )
    gifts = db.query(
        "SELECT id FROM agreements WHERE status = 'active' AND value_kind = 'in_kind' ORDER BY id"
    )
    if gifts:  # a partner's in-kind gift, from its agreement
        event_budget.add_in_kind(db, event_id, int(gifts[cluster % len(gifts)][0]))
    _plan(d, event_id, "01-stem-night", all_done=True)
    events.update(
        db,
        event_id,
        status="held",
        students=rng.randint(70, 160),
        families=rng.randint(45, 110),
        visitors=rng.randint(6, 24),
        debrief=words["debrief"],
        private_notes="Ask the custodian team about the gym schedule earlier next time.",
    )
    for n, caption in enumerate(words["captions"][:2]):
        event_photos.add(
            db,
            event_id,
            f"stem-night-{cluster + 1}-{n + 1}.png",
            picture(rng),
            caption=caption,
            consent=n == 0,  # the second has no consent to share: it never goes out
        )
    return event_id


def _workshop(d: District, cluster: int, school: School) -> None:
    words = content.load("community")["workshop"]
    day = d.school_day(18 + cluster % 4)
    event_id = events.add(
        d.db,
        title=words["title"],
        kind="family_workshop",
        status="held",
        starts_at=d.at(day, 18, 0),
        ends_at=d.at(day, 19, 0),
        place=words["place"].format(school=school.name),
        schools=[school.name],
        audience=words["audience"],
        description=words["description"],
        students=d.rng.randint(6, 9),
        families=d.rng.randint(3, 4),  # small: a newsletter says "fewer than 5"
        debrief=words["debrief"],
    )
    _volunteers(d, event_id, d.rng.sample(_teachers_at(d, school), 2), [])


def _showcase(d: District, cluster: int, school: School) -> None:
    words = content.load("community")["showcase"]
    day = d.near_school_day(30 + cluster % 5)
    event_id = events.add(
        d.db,
        title=words["title"],
        kind="showcase",
        starts_at=d.at(day, 17, 0),
        ends_at=d.at(day, 18, 30),
        place=words["place"].format(school=school.name),
        schools=[school.name],
        audience=words["audience"],
        description=words["description"],
    )
    _volunteers(d, event_id, d.rng.sample(_teachers_at(d, school), 3), [])
    _plan(d, event_id, "02-competition")


def _winter_night(d: District) -> int:
    """The STEM Night committee's winter night (the committee's "night" meeting)."""
    db = d.db
    committee = content.load("meetings")["stem_night_committee"]
    words = content.load("community")["winter_night"]
    school = d.schools[0]
    day = d.near_school_day(17)
    event_id = events.add(
        db,
        title=committee["night_title"],
        kind="stem_night",
        starts_at=d.at(day, 17, 30),
        ends_at=d.at(day, 19, 30),
        place=committee["night_place"].format(school=school.name),
        schools=[s.name for s in d.schools[:2]],
        audience=content.load("community")["stem_night"]["audience"],
        description=words["description"],
    )
    helpers = _contacts_of(d, ("museum", "out_of_school"))[:2]
    _volunteers(d, event_id, d.rng.sample(_teachers_at(d, school), 5), helpers)
    _partners(d, event_id, helpers)
    _plan(d, event_id, "01-stem-night")
    return event_id


def _competition(d: District) -> int:
    db = d.db
    words = content.load("community")["competition"]
    day = d.near_school_day(40)
    while day.weekday() != 5:  # a Saturday
        day += timedelta(days=1)
    event_id = events.add(
        db,
        title=words["title"],
        kind="competition",
        starts_at=d.at(day, 9, 0),
        ends_at=d.at(day, 15, 0),
        place=words["place"],
        schools=[s.name for s in d.schools[:8]],
        audience=words["audience"],
        description=words["description"],
    )
    judges = _contacts_of(d, ("industry", "higher_ed"))[:4]
    for contact in judges:
        event_people.add_volunteer(
            db, event_id, contact_id=contact.id, role="judge", may_be_named=True
        )
    coaches = [t for t in d.teachers if "Engineering" in " ".join(t.subjects)][:3] or d.teachers[:3]
    for teacher in coaches:
        event_people.add_volunteer(db, event_id, teacher_id=teacher.id, role="volunteer")
    _partners(d, event_id, judges[:2])
    event_budget.add(
        db, event_id, "Trophies and medals", amount_cents=38000, paid_by="Booster club"
    )
    _plan(d, event_id, "02-competition")
    return event_id


def _visit(d: District) -> int:
    words = content.load("community")["visit"]
    day = d.near_school_day(3)
    school = d.schools[1]
    event_id = events.add(
        d.db,
        title=words["title"],
        kind="classroom_visit",
        starts_at=d.at(day, 10, 15),
        ends_at=d.at(day, 11, 0),
        place=f"{school.name}, grade 5 science",
        schools=[school.name],
        audience=words["audience"],
        description=words["description"],
    )
    host = [t for t in _teachers_at(d, school) if t.band == "3-5"][:1]
    _volunteers(d, event_id, host, [])
    _plan(d, event_id, "04-classroom-visit")
    return event_id


# -- stakeholders and communications ---------------------------------------------------------
def _stakeholders(d: District) -> dict[str, list[int]]:
    """Stakeholder groups, by kind (families: one per school)."""
    db = d.db
    words = content.load("community")["stakeholders"]
    by_kind: dict[str, list[int]] = {}

    def add(kind: str, **values: Any) -> int:
        found = stakeholders.add(db, kind=kind, **values)
        by_kind.setdefault(kind, []).append(found)
        return found

    for school in d.schools:
        size = d.rng.randint(260, 540) if school.level == "elementary" else d.rng.randint(600, 1400)
        add(
            "families",
            name=words["families"].format(school=school.name),
            school=school.name,
            estimated_size=size,
        )
    business = add("business", name=words["business"])
    for contact in _contacts_of(d, ("industry",)):
        stakeholders.add_member(db, business, contact_id=contact.id)
    add("district_leaders", name=words["district_leaders"], estimated_size=words["district_size"])
    add("board", name=words["board"], estimated_size=words["board_size"])
    add(
        "elected_officials",
        name=words["elected_officials"],
        estimated_size=words["officials_size"],
        notes=words["officials_notes"],
    )
    board = db.scalar("SELECT min(id) FROM groups WHERE kind = 'advisory_board'")
    add("advisory_board", name=words["advisory_board"], group_id=board)
    partners_group = add("partners", name=words["partners"])
    for contact in d.contacts[:40]:
        stakeholders.add_member(db, partners_group, contact_id=contact.id)
    staff = add("staff", name=words["staff"])
    for teacher in d.teachers[:60]:
        stakeholders.add_member(db, staff, teacher_id=teacher.id)
    return by_kind


def _communications(d: District, audiences: dict[str, list[int]], made: dict[str, int]) -> None:
    for item in content.load("community")["communications"]:
        ids = [i for kind in item["to"] for i in audiences.get(kind, [])]
        if "families" in item["to"]:  # the families of the first cluster's schools
            ids = [i for i in ids if i not in audiences["families"][4:]]
        event = made.get(item.get("event", ""))
        communications.add(
            d.db,
            sent_on=d.today - timedelta(days=item["days_ago"]),
            kind=item["kind"],
            title=item["title"],
            about=item["about"],
            shares_program_counts=item["counts"],
            audience_ids=ids,
            event_ids=[event] if event else [],
        )


def _newsletters(d: District, audiences: dict[str, list[int]]) -> None:
    """The fall newsletter (sent to the first school's families, logged) and this month's,
    still a draft with a note of the coach's own."""
    db = d.db
    words = content.load("community")["newsletter_note"]
    this_month = d.today.replace(day=1)
    fall_end = this_month - timedelta(days=1)
    fall_start = (fall_end.replace(day=1) - timedelta(days=1)).replace(day=1)
    families = audiences["families"][0]
    fall = newsletters.create(db, starts_on=fall_start, ends_on=fall_end, stakeholder_id=families)
    newsletters.add_block(db, fall, words["heading"], words["body"])
    newsletters.log_saved(db, fall, on=this_month + timedelta(days=2))
    newsletters.create(db, starts_on=this_month, ends_on=d.today, stakeholder_id=families)


# -- the advisory board -------------------------------------------------------------------
def _advisory_board(d: District) -> None:
    db = d.db
    board = db.scalar("SELECT min(id) FROM groups WHERE kind = 'advisory_board'")
    if board is None:
        return
    members = groups.members(db, int(board))
    for n, member in enumerate(members):
        start = d.today - timedelta(days=d.rng.randint(90, 900))
        end = start + timedelta(days=730)
        if n == 0:  # one term ends soon: time to renew or recruit
            end = d.today + timedelta(days=45)
        advisory_board.set_term(db, member.id, starts_on=start, ends_on=max(end, start))
    for item in content.load("community")["work_items"]:
        advisory_board.add_work_item(
            db,
            int(board),
            item["title"],
            status=item["status"],
            target_on=d.today + timedelta(days=item["target_in_days"]),
            notes=item["notes"],
        )


# -- photos ---------------------------------------------------------------------------------
_PALETTE = ((238, 200, 120), (90, 160, 210), (220, 90, 80), (120, 190, 120), (250, 240, 225))


def picture(rng: Any, width: int = 240, height: int = 160) -> bytes:
    """A small PNG that reads as a photo of people at tables: a wall, a floor, and round
    and square shapes in many colours (no image library needed)."""
    wall, floor = rng.choice(_PALETTE), rng.choice(_PALETTE)
    shapes = []
    for _ in range(rng.randint(5, 9)):
        x, y = rng.randint(0, width), rng.randint(height // 3, height)
        shapes.append((x, y, rng.randint(10, 30), rng.choice(_PALETTE), rng.random() < 0.5))
    horizon = height * 2 // 3
    rows = []
    for y in range(height):
        base = wall if y < horizon else floor
        shade = 1 - 0.25 * y / height
        row = bytearray(bytes(int(c * shade) for c in base) * width)
        for cx, cy, r, colour, round_ in shapes:
            dy = y - cy
            if abs(dy) > r:
                continue
            half = int((r * r - dy * dy) ** 0.5) if round_ else r
            left, right = max(0, cx - half), min(width, cx + half)
            if right > left:
                row[3 * left : 3 * right] = bytes(colour) * (right - left)
        rows.append(b"\x00" + bytes(row))
    return _png(width, height, b"".join(rows))


def _png(width: int, height: int, raw: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
