"""The groups a STEM coach runs or sits in, and when they meet.

Per cluster: six PLCs (weekly, one of them today) and a feeder leadership team (monthly,
with a principal as guest). District-wide: a role-alike group of teacher leaders (every
other week), a partner advisory board (quarterly breakfasts) and a Family STEM Night
committee (stand-alone meetings, one of them today).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from stemlead.core import groups, meetings, partners
from stemlead.core.demo import content
from stemlead.core.demo.district import TZID, District, Group, School, Teacher, day_off

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _room(d: District, school: School) -> str:
    number = d.rng.randint(101, 240)  # drawn whether or not the room is numbered
    room: str = d.pick(content.load("schools")["rooms"])
    return f"{school.name}, {room.format(number=number)}"


def _add_members(d: District, group_id: int, members: list[Teacher], roles: Sequence[str]) -> None:
    for i, teacher in enumerate(members):
        groups.add_member(
            d.db, group_id, teacher_id=teacher.id, role=roles[i] if i < len(roles) else ""
        )


def _add_series(d: District, group: Group, first_start: str, rrule: str) -> None:
    """Meetings that repeat, up to a year past the demo's today (not the real clock's)."""
    meetings.add_series(
        d.db,
        group_id=group.id,
        tzid=TZID,
        first_start=first_start,
        rrule=rrule,
        until=d.at(d.today, 23, 59) + meetings.HORIZON,
    )
    d.groups.append(group)


def add_plcs(d: District, cluster: int) -> None:
    rng = d.rng
    words = content.load("meetings")
    pool = d.cluster_teachers(cluster)
    prefix = "" if cluster == 0 else f"{d.schools[4 * cluster + 3].short} "
    for index, profile in enumerate(content.plc_profiles()):
        members = [t for t in pool if profile.includes(t)]
        if len(members) < 3:
            level = [t for t in pool if t.school.level == profile.level and t not in members]
            members += rng.sample(level, min(len(level), 3 - len(members)))
        home = members[0].school
        group_id = groups.add(
            d.db,
            name=prefix + profile.name,
            kind="plc",
            goal=profile.goal,
            norms=content.norms(words["plc_norms"]),
            default_minutes=d.pick((45, 50, 60)),
            default_place=_room(d, home),
        )
        _add_members(d, group_id, members, words["plc_roles"])
        if cluster == 0 and index == 1 and not day_off(d.today):
            weekday = d.today.weekday()  # this PLC meets today
        else:
            weekday = (index + cluster) % 4  # spread over Monday to Thursday
        first = d.today - timedelta(days=70)
        first += timedelta(days=(weekday - first.weekday()) % 7)
        when = d.pick(("15:30", "15:45", "15:40")) if index < 4 else "07:30"
        group = Group(
            group_id, "plc", members, items=content.agenda("plc"), context=profile.context
        )
        _add_series(
            d, group, f"{first.isoformat()}T{when}", f"FREQ=WEEKLY;BYDAY={_WEEKDAYS[weekday]}"
        )


def add_leadership_team(d: District, cluster: int) -> None:
    words = content.load("meetings")["leadership_team"]
    schools = d.schools[4 * cluster : 4 * cluster + 4]
    pool = d.cluster_teachers(cluster)
    members = [d.pick([t for t in pool if t.school is s]) for s in schools]
    group_id = groups.add(
        d.db,
        name=words["name"].format(short=schools[3].short),
        kind="leadership_team",
        goal=words["goal"],
        norms=content.norms(words["norms"]),
        default_minutes=60,
        default_place=words["place"].format(school=schools[3].name),
    )
    _add_members(d, group_id, members, [words["role"]] * len(members))
    first = (d.today - timedelta(days=120)).replace(day=1)
    first += timedelta(days=(3 - first.weekday()) % 7)  # the first Thursday
    group = Group(
        group_id,
        "leadership_team",
        members,
        items=content.agenda("leadership_team"),
        interval=28,
        guest=words["guest"].format(name=d.names.next()[0]),
    )
    _add_series(d, group, f"{first.isoformat()}T16:00", "FREQ=MONTHLY;BYDAY=1TH")


def add_role_alike_group(d: District) -> None:
    """STEM teacher leaders from every school (two each, at most 14), every other week."""
    words = content.load("meetings")["role_alike"]
    leaders = [
        t
        for school in d.schools
        for t in d.rng.sample([t for t in d.teachers if t.school is school], 2)
    ][:14]
    group_id = groups.add(
        d.db,
        name=words["name"],
        kind="role_alike",
        goal=words["goal"],
        norms=content.norms(words["norms"]),
        default_minutes=60,
        default_place=words["place"],
    )
    _add_members(d, group_id, leaders, [words["role"]] * len(leaders))
    first = d.today - timedelta(days=84)
    first += timedelta(days=(2 - first.weekday()) % 7)
    group = Group(
        group_id,
        "role_alike",
        leaders,
        items=content.agenda("role_alike"),
        interval=14,
        context={"celebration": words["celebration"]},
    )
    _add_series(d, group, f"{first.isoformat()}T16:15", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE")


def add_advisory_board(d: District) -> None:
    """Partner contacts plus two teachers, meeting quarterly over breakfast."""
    db = d.db
    words = content.load("meetings")["advisory_board"]
    board_contacts = [
        next(c for c in d.contacts if c.partner_kind == kind) for kind in partners.KINDS
    ]
    board_contacts += [c for c in d.contacts if c not in board_contacts][:2]
    group_id = groups.add(
        db,
        name=words["name"],
        kind="advisory_board",
        goal=words["goal"],
        norms=content.norms(words["norms"]),
        default_minutes=90,
        default_place=words["place"],
    )
    for contact in board_contacts:
        groups.add_member(
            db, group_id, contact_id=contact.id, role=words["roles"][contact.partner_kind]
        )
    reps = d.rng.sample(d.teachers, 2)
    _add_members(d, group_id, reps, [words["teacher_role"]] * 2)
    group = Group(
        group_id,
        "advisory_board",
        reps,
        contacts=board_contacts,
        items=content.agenda("advisory_board"),
        interval=90,
    )
    for days, hour in ((-84, 7), (-7 * 3, 7), (35, 7)):
        meetings.add(
            db,
            group_id=group_id,
            tzid=TZID,
            starts_at=d.at(d.near_school_day(days), hour, 30),
            title=words["meeting_title"],
        )
    d.groups.append(group)


def add_stem_night_committee(d: District) -> None:
    """Stand-alone planning meetings, one of them today, and the night itself."""
    db = d.db
    words = content.load("meetings")["stem_night_committee"]
    school_today = not day_off(d.today)
    elementary = [t for t in d.teachers if t.cluster == 0 and t.band in ("PreK-2", "3-5")]
    members = d.rng.sample(elementary, 4)
    host = d.schools[0].name
    group_id = groups.add(
        db,
        name=words["name"],
        kind="other",
        goal=words["goal"],
        norms=content.norms(words["norms"]),
        default_minutes=30,
        default_place=words["place"].format(school=host),
    )
    _add_members(d, group_id, members, [words["role"]])
    helpers = [c for c in d.contacts if c.partner_kind in ("out_of_school", "museum")][:1]
    for contact in helpers:
        groups.add_member(db, group_id, contact_id=contact.id, role=words["partner_role"])
    group = Group(
        group_id, "other", members, contacts=helpers, items=content.agenda("other"), interval=14
    )
    meetings.add(
        db,
        group_id=group_id,
        tzid=TZID,
        starts_at=d.at(d.near_school_day(-21), 15, 45),
        title=words["planning_title"],
    )
    meetings.add(
        db,
        group_id=group_id,
        tzid=TZID,
        # Today, whatever day it is: at lunch on a school day, else a work session.
        starts_at=d.at(d.today, 12, 5) if school_today else d.at(d.today, 10),
        title=words["huddle_title"] if school_today else words["work_session_title"],
        duration_minutes=25 if school_today else 90,
    )
    meetings.add(
        db,
        group_id=group_id,
        tzid=TZID,
        starts_at=d.at(d.near_school_day(17), 17, 30),
        title=words["night_title"],
        duration_minutes=120,
        place=words["night_place"].format(school=host),
    )
    d.groups.append(group)
