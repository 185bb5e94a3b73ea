"""``stemlead list KIND``: what each kind lists, its filters, and its stable JSON fields.

The JSON objects are the documented contract (docs/cli.md): fields are only ever added,
never renamed or removed. Private notes are never listed; ``export json`` has everything.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from stemlead.cli.common import Subcommands, command, open_db, print_json
from stemlead.errors import InvalidInput

if TYPE_CHECKING:
    from stemlead.store import Database

Row = dict[str, Any]


@dataclass(frozen=True)
class Listing:
    filters: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]  # (field, heading) for the human table
    fetch: Callable[[Database, argparse.Namespace], list[Row]]


def add_command(sub: Subcommands) -> None:
    p = command(
        sub,
        "list",
        cmd_list,
        "list teachers, cycles, observations, groups, meetings, action items, partners, "
        "contacts, events, communications, stakeholders, newsletters, lesson plans, reviews, "
        "isolated teachers, mentorships, check-ins, offerings or learning plans",
    )
    p.add_argument(
        "kind", choices=sorted(LISTINGS), metavar="KIND", help="one of: " + ", ".join(LISTINGS)
    )
    p.add_argument("--json", action="store_true", help="print a JSON array of objects")
    add_filter_arguments(p)


def cmd_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        rows = run_listing(db, args.kind, args)
    if args.json:
        print_json(rows)
    elif rows:
        import shutil

        print(format_table(args.kind, rows, shutil.get_terminal_size((120, 24)).columns))
    else:
        print(f"No {args.kind.replace('-', ' ')} found.")
    return 0


def _teachers(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import teachers

    found = teachers.list_teachers(db, school=a.school, grade_band=a.grade_band, subject=a.subject)
    return [{k: v for k, v in asdict(t).items() if k != "private_notes"} for t in found]


def _cycles(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import cycles

    return [asdict(c) for c in cycles.list_cycles(db, stage=a.stage, teacher_id=a.teacher)]


def _observations(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import observations

    until = _day_after(a.to) if a.to else None
    return [
        asdict(o)
        for o in observations.list_observations(
            db, teacher_id=a.teacher, cycle_id=a.cycle, since=a.from_, until=until
        )
    ]


def _groups(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.clock import now_iso
    from stemlead.core import groups

    return [asdict(g) for g in groups.list_groups(db, now=now_iso())]


def _meetings(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.clock import today
    from stemlead.core import meetings

    since = a.from_ or (today().isoformat() if a.upcoming else None)
    return [
        asdict(m) for m in meetings.list_meetings(db, since=since, until=a.to, group_id=a.group)
    ]


def _action_items(db: Database, a: argparse.Namespace) -> list[Row]:
    from datetime import timedelta

    from stemlead.clock import today
    from stemlead.core import action_items

    due_by = (today() - timedelta(days=1)).isoformat() if a.overdue else None
    return [
        asdict(i)
        for i in action_items.list_action_items(
            db, status=a.status, open_only=a.open or a.overdue, due_by=due_by, group_id=a.group
        )
    ]


def _partners(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import partners

    return [asdict(p) for p in partners.list_partners(db, kind=a.type, status=a.status)]


def _contacts(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import contacts

    return [asdict(c) for c in contacts.list_contacts(db, partner_id=a.partner)]


def _events(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.clock import today
    from stemlead.core import events

    since = a.from_ or (today().isoformat() if a.upcoming else None)
    return [asdict(e) for e in events.list_events(db, since=since, until=a.to, status=a.status)]


def _communications(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import communications

    return [asdict(c) for c in communications.list_communications(db, since=a.from_, until=a.to)]


def _stakeholders(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.clock import today
    from stemlead.core import stakeholders

    day = today()
    found = stakeholders.not_heard_from(db, day) if a.quiet else stakeholders.list_stakeholders(db)
    return [{**asdict(s), "size": s.size, "days_since_heard": s.days_quiet(day)} for s in found]


def _newsletters(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import newsletters

    return [asdict(n) for n in newsletters.list_newsletters(db)]


def _lesson_plans(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import lesson_plans, tags

    tag: int | str | None = a.tag
    if a.tag:
        wanted = a.tag.strip().casefold()
        tag = next(
            (t.id for t in tags.list_tags(db) if wanted in (t.code.casefold(), t.label.casefold())),
            a.tag.strip(),
        )
    reviewed = {"yes": True, "no": False}.get(a.reviewed) if a.reviewed else None
    if a.reviewed and reviewed is None:
        raise InvalidInput("--reviewed is yes or no.")
    found = lesson_plans.library(
        db,
        grade_band=a.grade_band,
        subject=a.subject,
        tag=tag,
        author_id=a.teacher,
        reviewed=reviewed,
    )
    return [{**asdict(p), "reviewed": p.reviewed} for p in found]


def _reviews(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import review_protocols, review_rounds

    names = review_protocols.library(db.path)
    return [
        {**asdict(r), "protocol_name": names.name_of(r.protocol)}
        for r in review_rounds.list_rounds(db, plan_id=a.plan, open_only=a.open)
    ]


def _isolated(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import isolation

    return [
        {
            "id": t.id,
            "name": t.name,
            "school": t.school,
            "grade_band": t.grade_band,
            "subjects": list(t.subjects),
            "reasons": t.reasons,
            "why": "; ".join(t.reasons),
            "signs": [s.code for s in t.signs],
            "last_contact_on": t.last_contact_on,
        }
        for t in isolation.isolated(db)
    ]


def _mentorships(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import mentorships

    return [
        {**asdict(m), "focus_areas": list(m.focus_areas), "mentor": m.mentor_label}
        for m in mentorships.list_mentorships(db, status=a.status, teacher_id=a.teacher)
    ]


def _check_ins(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import check_ins

    return [
        asdict(c)
        for c in check_ins.list_check_ins(db, mentorship_id=a.mentorship, since=a.from_, until=a.to)
    ]


def _offerings(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import offerings, pd_coverage

    reach = {r.id: r.teachers for r in pd_coverage.coverage(db).offerings}
    return [
        {**asdict(o), "hours": round(o.minutes / 60, 2), "teachers_served": reach.get(o.id, 0)}
        for o in offerings.list_offerings(db, format=a.format)
    ]


def _learning_plans(db: Database, a: argparse.Namespace) -> list[Row]:
    from stemlead.core import learning_plans

    return [
        {**asdict(p), "areas": list(p.areas)}
        for p in learning_plans.list_plans(db, teacher_id=a.teacher)
    ]


def _day_after(day: str) -> str:
    from datetime import timedelta

    from stemlead.core.fields import parse_date

    return (parse_date(day, "--to") + timedelta(days=1)).isoformat()


LISTINGS: dict[str, Listing] = {
    "teachers": Listing(
        ("school", "grade_band", "subject"),
        (
            ("id", "ID"),
            ("name", "Name"),
            ("school", "School"),
            ("grade_band", "Grades"),
            ("subjects", "Subjects"),
        ),
        _teachers,
    ),
    "cycles": Listing(
        ("stage", "teacher"),
        (
            ("id", "ID"),
            ("title", "Cycle"),
            ("stage", "Stage"),
            ("teachers", "Teachers"),
            ("started_on", "Started"),
            ("minutes", "Minutes"),
        ),
        _cycles,
    ),
    "observations": Listing(
        ("teacher", "cycle", "from_", "to"),
        (
            ("id", "ID"),
            ("starts_at", "When"),
            ("teacher", "Teacher"),
            ("class_context", "Class"),
            ("lines", "Lines"),
        ),
        _observations,
    ),
    "groups": Listing(
        (),
        (
            ("id", "ID"),
            ("name", "Group"),
            ("kind", "Kind"),
            ("members", "Members"),
            ("next_meeting", "Next meeting"),
        ),
        _groups,
    ),
    "meetings": Listing(
        ("group", "from_", "to", "upcoming"),
        (
            ("id", "ID"),
            ("starts_at", "When"),
            ("title", "Meeting"),
            ("place", "Place"),
            ("status", "Status"),
            ("agenda_items", "Items"),
        ),
        _meetings,
    ),
    "action-items": Listing(
        ("status", "open", "overdue", "group"),
        (
            ("id", "ID"),
            ("title", "Action"),
            ("owner_name", "Owner"),
            ("due_on", "Due"),
            ("status", "Status"),
            ("source_label", "From"),
        ),
        _action_items,
    ),
    "partners": Listing(
        ("type", "status"),
        (
            ("id", "ID"),
            ("name", "Partner"),
            ("kind", "Type"),
            ("status", "Status"),
            ("contacts", "Contacts"),
            ("next_follow_up", "Follow-up"),
        ),
        _partners,
    ),
    "contacts": Listing(
        ("partner",),
        (
            ("id", "ID"),
            ("name", "Name"),
            ("role", "Role"),
            ("partner", "Partner"),
            ("emails", "Email"),
        ),
        _contacts,
    ),
    "events": Listing(
        ("from_", "to", "upcoming", "status"),
        (
            ("id", "ID"),
            ("starts_at", "When"),
            ("title", "Event"),
            ("kind", "Kind"),
            ("status", "Status"),
            ("place", "Place"),
            ("open_steps", "Steps to do"),
        ),
        _events,
    ),
    "communications": Listing(
        ("from_", "to"),
        (
            ("id", "ID"),
            ("sent_on", "Date"),
            ("kind", "Kind"),
            ("title", "Communication"),
            ("audiences", "To"),
        ),
        _communications,
    ),
    "stakeholders": Listing(
        ("quiet",),
        (
            ("id", "ID"),
            ("name", "Stakeholder group"),
            ("kind", "Kind"),
            ("size", "People"),
            ("last_heard_on", "Last heard"),
        ),
        _stakeholders,
    ),
    "newsletters": Listing(
        (),
        (
            ("id", "ID"),
            ("title", "Newsletter"),
            ("starts_on", "From"),
            ("ends_on", "To"),
            ("audience", "Audience"),
            ("logged_on", "Logged"),
        ),
        _newsletters,
    ),
    "lesson-plans": Listing(
        ("grade_band", "subject", "tag", "teacher", "reviewed"),
        (
            ("id", "ID"),
            ("title", "Lesson plan"),
            ("authors", "Authors"),
            ("grade_band", "Grades"),
            ("subjects", "Subjects"),
            ("latest_version", "Version"),
            ("rounds", "Reviews"),
        ),
        _lesson_plans,
    ),
    "reviews": Listing(
        ("plan", "open"),
        (
            ("id", "ID"),
            ("plan_title", "Lesson plan"),
            ("version", "Version"),
            ("protocol_name", "Protocol"),
            ("held_on", "Held"),
            ("reviewers", "Reviewers"),
            ("feedback", "Feedback"),
        ),
        _reviews,
    ),
    "isolated": Listing(
        (),
        (("id", "ID"), ("name", "Teacher"), ("school", "School"), ("why", "Why")),
        _isolated,
    ),
    "mentorships": Listing(
        ("status", "teacher"),
        (
            ("id", "ID"),
            ("mentee", "Mentee"),
            ("mentor", "Mentor"),
            ("status", "Status"),
            ("started_on", "Since"),
            ("check_ins", "Check-ins"),
            ("due_on", "Next due"),
        ),
        _mentorships,
    ),
    "check-ins": Listing(
        ("mentorship", "from_", "to"),
        (
            ("id", "ID"),
            ("occurred_on", "Date"),
            ("mentee", "Mentee"),
            ("mentor", "Mentor"),
            ("minutes", "Minutes"),
            ("kind", "Kind"),
            ("what_works", "What is working"),
        ),
        _check_ins,
    ),
    "offerings": Listing(
        ("format",),
        (
            ("id", "ID"),
            ("title", "Offering"),
            ("format", "Format"),
            ("starts_on", "Starts"),
            ("hours", "Hours"),
            ("areas", "Growth areas"),
            ("teachers_served", "Serves"),
        ),
        _offerings,
    ),
    "learning-plans": Listing(
        ("teacher",),
        (
            ("id", "ID"),
            ("teacher", "Teacher"),
            ("areas", "Growth areas"),
            ("items", "Entries"),
            ("attended", "Attended"),
            ("applied", "Applied"),
        ),
        _learning_plans,
    ),
}

FILTER_FLAGS = {
    "school": "--school",
    "grade_band": "--grade-band",
    "subject": "--subject",
    "stage": "--stage",
    "teacher": "--teacher",
    "cycle": "--cycle",
    "from_": "--from",
    "to": "--to",
    "upcoming": "--upcoming",
    "group": "--group",
    "status": "--status",
    "open": "--open",
    "overdue": "--overdue",
    "type": "--type",
    "partner": "--partner",
    "quiet": "--quiet",
    "tag": "--tag",
    "reviewed": "--reviewed",
    "plan": "--plan",
    "mentorship": "--mentorship",
    "format": "--format",
}


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--school", help="teachers at this school")
    parser.add_argument("--grade-band", help="teachers in this grade band, e.g. 3-5")
    parser.add_argument("--subject", help="teachers of this subject")
    parser.add_argument("--stage", help="cycles in this stage: identify, learn, improve, complete")
    parser.add_argument(
        "--teacher",
        type=int,
        metavar="ID",
        help="cycles, observations, mentorships, learning plans (0: your own) or lesson plans of a teacher",
    )
    parser.add_argument("--cycle", type=int, metavar="ID", help="observations within a cycle")
    parser.add_argument(
        "--group", type=int, metavar="ID", help="meetings or action items of a group"
    )
    parser.add_argument("--from", dest="from_", metavar="DATE", help="on or after YYYY-MM-DD")
    parser.add_argument("--to", metavar="DATE", help="on or before YYYY-MM-DD")
    parser.add_argument("--upcoming", action="store_true", help="meetings or events from today on")
    parser.add_argument(
        "--status", help="action items, partners, events or mentorships with this status"
    )
    parser.add_argument(
        "--open", action="store_true", help="action items not yet done, or review rounds not closed"
    )
    parser.add_argument("--overdue", action="store_true", help="open action items past due")
    parser.add_argument("--type", help="partners of this type, e.g. industry, museum")
    parser.add_argument("--partner", type=int, metavar="ID", help="contacts at a partner")
    parser.add_argument(
        "--quiet", action="store_true", help="stakeholder groups not heard from in 90 days"
    )
    parser.add_argument("--tag", help="lesson plans with this tag (a framework tag or a free one)")
    parser.add_argument("--reviewed", metavar="yes|no", help="lesson plans reviewed or not")
    parser.add_argument("--plan", type=int, metavar="ID", help="review rounds of a lesson plan")
    parser.add_argument("--mentorship", type=int, metavar="ID", help="check-ins of a pair")
    parser.add_argument("--format", help="offerings of this format, e.g. workshop, internship")


def run_listing(db: Database, kind: str, args: argparse.Namespace) -> list[Row]:
    listing = LISTINGS[kind]
    for name, flag in FILTER_FLAGS.items():
        if getattr(args, name) not in (None, False) and name not in listing.filters:
            raise InvalidInput(f"{flag} does not apply to 'list {kind}'.")
    for name in ("from_", "to"):
        value = getattr(args, name)
        if value:
            from stemlead.core.fields import parse_date

            parse_date(value, FILTER_FLAGS[name])
    return listing.fetch(db, args)


def format_table(kind: str, rows: list[Row], width: int = 100) -> str:
    """A plain aligned table; long cells are cut with an ellipsis to fit the terminal."""
    columns = LISTINGS[kind].columns
    cells = [[_cell(row.get(field)) for field, _ in columns] for row in rows]
    headings = [heading for _, heading in columns]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headings)]
    budget = max(width - 2 * (len(widths) - 1), 20)
    while sum(widths) > budget and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    lines = ["  ".join(h.ljust(w) for h, w in zip(headings, widths, strict=True)).rstrip()]
    for row in cells:
        lines.append(
            "  ".join(
                (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
                for c, w in zip(row, widths, strict=True)
            ).rstrip()
        )
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())
