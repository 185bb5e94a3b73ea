"""Every text field of every handout, filled past a page in mixed scripts, prints whole.

Each field holds its own text (at its length limit, or many KB for notes) mixing Latin,
Arabic, CJK without spaces, emoji and markup characters, starting and ending with a marker
of its own; every handout is parsed back and must show the end marker of every field it
prints, and no private marker. A cycle whose reflections held 85 KB of such text used to end
`stemlead export cycle` with exit 70 (a paragraph drawn after reportlab dropped its lines).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import pypdf
import pytest

from stemlead.core import (
    action_items,
    agenda,
    agreements,
    attendance,
    contacts,
    cycles,
    decisions,
    event_budget,
    event_people,
    events,
    groups,
    lesson_plans,
    lesson_versions,
    meetings,
    newsletters,
    observations,
    partners,
    review_feedback,
    review_rounds,
    settings,
    teachers,
)
from stemlead.pdf import handouts
from stemlead.pdf.handouts import Request
from stemlead.store import Database, open_database

MADE = date(2026, 11, 23)
CHICAGO = "America/Chicago"
PRIVATE = "PRIVATEzq7x"

# Pieces of text a coach pastes: sentences in several scripts, a long run of CJK with no
# space to break at, emoji sequences, markup characters, blank lines.
_PIECES = (
    "Students compared their towers and explained the evidence. ",
    "شرح الطلاب تفكيرهم بوضوح أمام المجموعة. ",
    "学生们清楚地解释了想法并比较了证据" * 6 + "。",
    " 🔬🚀👩🏽‍🔬 ",
    "a<b & c > d, AT&T <b>not bold</b> &amp; ",
    "Ученики объяснили рассуждения. Οι μαθητές εξήγησαν. ",
    "\n",
    "Học sinh giải thích rõ ràng. ¿Por qué? ",
)


def filler(length: int, start: int = 0) -> str:
    """``length`` characters of mixed-script text (``start`` varies where each begins)."""
    out: list[str] = []
    size = 0
    index = start
    while size < length:
        piece = _PIECES[index % len(_PIECES)]
        out.append(piece)
        size += len(piece)
        index += 1
    return "".join(out)[:length]


@dataclass
class Texts:
    """The text given to each field, and which handouts must show it."""

    by_kind: dict[str, list[str]] = field(default_factory=dict)
    count: int = 0

    def make(self, length: int, *kinds: str, rtl_first: bool = False) -> str:
        """A field's text of ``length`` characters whose end marker ``kinds`` must show."""
        self.count += 1
        tag = f"F{self.count:02d}"
        head = "شرح " if rtl_first else ""
        end = f" {tag}END"
        body = filler(length - len(head) - len(tag) - len(end) - 1, start=self.count)
        text = f"{head}{tag} {body.strip()}"[: length - len(end)].rstrip() + end
        for kind in kinds:
            self.by_kind.setdefault(kind, []).append(f"{tag}END")
        return text


NOTE = 4_000  # characters: over a page in a full-width paragraph, several in a column
ALL_MEETING = ("agenda", "summary")


def fill(db: Database) -> tuple[dict[str, Request], Texts]:
    t = Texts()
    settings.put(
        db,
        organization_name=t.make(
            200, "agenda", "partners", "impact", "cycle", "event", "newsletter"
        ),
        coach_name=t.make(200),  # the footer's "by ..." line
    )
    named = teachers.add(
        db,
        name=t.make(200, "agenda", "cycle", "observation", "impact", rtl_first=True),
        school=t.make(200, "impact"),
        grade_band="3-5",
        subjects=[t.make(200, "impact")],
        may_be_named=True,
        growth_areas=t.make(NOTE),
        strengths=t.make(NOTE),
        private_notes=PRIVATE,
    )
    group = groups.add(
        db,
        name=t.make(200),  # the meeting has a title of its own
        goal=t.make(NOTE, "agenda"),
        norms=t.make(NOTE, "agenda"),
    )
    groups.add_member(db, group, teacher_id=named, role="Facilitator")
    earlier = meetings.add(db, starts_at="2026-11-17T15:45", tzid=CHICAGO, group_id=group)
    action_items.add(
        db,
        t.make(500, "agenda", "summary"),
        owner_name=t.make(200, "agenda", "summary"),
        meeting_id=earlier,
        due_on="2026-11-24",
    )
    meeting = meetings.add(
        db,
        starts_at="2026-11-24T15:45",
        tzid=CHICAGO,
        group_id=group,
        title=t.make(200, *ALL_MEETING),
        place=t.make(200, *ALL_MEETING),
        notes=t.make(NOTE, "summary"),
        private_notes=PRIVATE,
    )
    meetings.update(db, meeting, status="held")
    item = agenda.add(
        db,
        meeting,
        t.make(300, *ALL_MEETING),
        owner_name=t.make(200, *ALL_MEETING),
        minutes=20,
        description=t.make(NOTE, "agenda", rtl_first=True),
        purpose="discuss",
    )
    agenda.update(db, item, notes=t.make(NOTE, "summary"), outcome=t.make(NOTE, "summary"))
    attendance.mark(db, meeting, "present", teacher_id=named)
    attendance.mark(db, meeting, "present", guest_name=t.make(200, *ALL_MEETING))
    decisions.record(db, meeting, t.make(NOTE, "summary", rtl_first=True))
    action_items.add(
        db, t.make(500, "summary"), owner_teacher_id=named, meeting_id=meeting, due_on="2026-12-01"
    )

    cycle = cycles.add(
        db,
        teacher_ids=[named],
        title=t.make(200, "cycle"),
        goal=t.make(NOTE, "cycle"),
        success_criteria=t.make(NOTE, "cycle", rtl_first=True),
        strategy=t.make(NOTE, "cycle"),
        reflections=t.make(85_000, "cycle"),  # the size from the report
        started_on="2026-09-10",
        private_notes=PRIVATE,
    )
    action_items.add(db, t.make(500, "cycle"), owner_teacher_id=named, cycle_id=cycle)
    done = action_items.add(db, t.make(500, "cycle"), owner_teacher_id=named, cycle_id=cycle)
    action_items.set_status(db, done, "done")

    visit = observations.start(
        db,
        named,
        starts_at="2026-10-14T09:00",
        cycle_id=cycle,
        class_context=t.make(200, "observation"),
        focus=t.make(NOTE, "observation"),
        private_notes=PRIVATE,
    )
    observations.set_look_fors(db, visit, [t.make(300, "observation") for _ in range(2)])
    for minute, kind, shown in (
        (4, "strength", ("observation", "cycle")),
        (7, "student_thinking", ("observation", "cycle")),
        (9, "wondering", ("observation",)),
        (12, "evidence", ("observation",)),
    ):
        observations.add_line(
            db,
            visit,
            t.make(NOTE, *shown, rtl_first=minute == 7),
            kind,
            at=f"2026-10-14T09:{minute:02d}",
        )
    observations.end(db, visit, at="2026-10-14T09:50")
    action_items.add(db, t.make(500, "observation"), owner_teacher_id=named, observation_id=visit)

    partner = partners.add(
        db,
        name=t.make(200, "partners"),
        kind="museum",
        status="active",
        website=t.make(500, "partners"),
        address=t.make(500, "partners", rtl_first=True),
        tags=[t.make(200, "partners")],
        notes=t.make(NOTE),
    )
    contacts.add(
        db,
        partner_id=partner,
        name=t.make(200, "partners"),
        role=t.make(200, "partners"),
        emails=["chen@example.org"],
        phones=["+1 555 0100"],
        notes=t.make(NOTE),
    )
    agreements.add(
        db,
        partner,
        title=t.make(300, "partners"),
        status="active",
        value_kind="funding",
        value_cents=350_000,
        starts_on="2026-09-01",
        ends_on="2027-06-30",
        partner_provides=t.make(NOTE, "partners"),
        we_provide=t.make(NOTE, "partners", rtl_first=True),
        notes=t.make(NOTE),
    )
    event = events.add(
        db,
        title=t.make(200, "event", "newsletter"),
        status="held",
        starts_at="2026-11-12T17:30",
        place=t.make(300, "event"),
        schools=[t.make(200, "event")],
        audience=t.make(300, "event"),
        description=t.make(NOTE, "event", "newsletter", rtl_first=True),
        debrief=t.make(NOTE, "event"),
        students=40,
        private_notes=PRIVATE,
    )
    event_people.add_partner(db, event, partner, brings=t.make(500, "event", "newsletter"))
    event_people.add_volunteer(
        db, event, guest_name=t.make(200, "event"), role="speaker", may_be_named=True
    )
    event_budget.add(
        db, event, t.make(300, "event"), amount_cents=1000, paid_by=t.make(200, "event")
    )
    newsletter = newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    plan = lesson_plans.add(
        db,
        author_ids=[named],
        title=t.make(300, "lesson-plan", "review"),
        grade_band="3-5",
        subjects=[t.make(200, "lesson-plan")],
        summary=t.make(NOTE, "lesson-plan"),
        objectives=t.make(NOTE, "lesson-plan", rtl_first=True),
        materials=t.make(NOTE, "lesson-plan"),
        body="## "
        + t.make(200, "lesson-plan")
        + "\n- "
        + t.make(NOTE, "lesson-plan")
        + "\n\n"
        + t.make(85_000, "lesson-plan"),
        tags=[t.make(80, "lesson-plan")],
        origin_note=t.make(500, "lesson-plan"),
        private_notes=PRIVATE,
    )
    round_id = review_rounds.start(
        db,
        lesson_versions.save_version(db, plan, t.make(2000)),
        "rubric-review",
        focusing_question=t.make(2000, "review"),
        reviewer_teachers=[named],
    )
    [reviewer] = review_rounds.reviewers(db, round_id)
    for kind in ("warm", "cool", "clarifying"):
        review_feedback.add(db, round_id, kind, t.make(NOTE, "review"), reviewer_id=reviewer.id)
    review_feedback.rate(
        db,
        round_id,
        "I.A",
        2,
        evidence=t.make(NOTE, "review"),
        suggestion=t.make(NOTE, "review", rtl_first=True),
    )
    review_rounds.update(
        db, round_id, presenter_reflection=t.make(NOTE, "review"), private_notes=PRIVATE
    )
    pair = fill_growth(db, t, named, visit)
    return {
        "event": Request("event", event),
        "newsletter": Request("newsletter", newsletter),
        "lesson-plan": Request("lesson-plan", plan),
        "review": Request("review", round_id),
        "agenda": Request("agenda", meeting),
        "summary": Request("summary", meeting),
        "cycle": Request("cycle", cycle),
        "observation": Request("observation", visit),
        "partners": Request("partners"),
        "impact": Request("impact", since="2026-08-01", until="2026-11-30"),
        "mentorship": Request("mentorship", pair),
        "mentoring-summary": Request("mentoring-summary", pair),
        "learning-plan": Request("learning-plan", named),
    }, t


def fill_growth(db: Database, t: Texts, mentee: int, visit: int) -> int:
    """A pair that ended early, its goal, a check-in with steps, and a learning plan."""
    from stemlead.core import check_ins, learning_plans, mentorships

    both = ("mentorship", "mentoring-summary")
    mentor = teachers.add(db, name=t.make(200, *both), strengths=t.make(NOTE, "mentorship"))
    pair = mentorships.add(
        db,
        mentee,
        mentor_teacher_id=mentor,
        status="active",
        started_on="2026-09-01",
        focus_areas=[t.make(120, "mentorship")],
        closing_reflection=t.make(NOTE, "mentoring-summary"),
        private_notes=PRIVATE,
    )
    mentorships.add_goal(db, pair, t.make(1000, *both, rtl_first=True), start_rating=2)
    check_ins.log(
        db,
        pair,
        minutes=45,
        occurred_on="2026-09-15",
        what_works=t.make(NOTE, "mentoring-summary"),
        focus=t.make(NOTE, "mentoring-summary", rtl_first=True),
        mentee_steps=[t.make(500, "mentoring-summary")],
    )
    mentorships.set_status(
        db, pair, "ended_early", on="2026-10-01", reason=t.make(500, "mentoring-summary")
    )
    area = learning_plans.add_area(
        db, mentee, t.make(120, "learning-plan"), in_their_words=t.make(NOTE, "learning-plan")
    )
    item = learning_plans.add_item(
        db,
        area,
        title=t.make(300, "learning-plan"),
        status="applied",
        attended_on="2026-09-20",
        reflection=t.make(NOTE, "learning-plan", rtl_first=True),
    )
    learning_plans.add_evidence(db, item, observation_id=visit)
    return pair


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, dict[str, Request], Texts]]:
    with open_database(tmp_path_factory.mktemp("long") / "long.db") as db:
        yield db, *fill(db)


@pytest.mark.slow
@pytest.mark.parametrize("kind", handouts.KINDS)
def test_every_field_longer_than_a_page_prints_whole(
    filled: tuple[Database, dict[str, Request], Texts], kind: str
) -> None:
    db, wanted, texts = filled
    data = handouts.build(db, wanted[kind], made_on=MADE)
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    text = "".join("".join((page.extract_text() or "").split()) for page in pages)
    missing = [marker for marker in texts.by_kind[kind] if marker not in text]
    assert missing == [], missing
    assert PRIVATE not in text
    assert "AT&T;" not in text  # reportlab's entity trap
