"""Every handout, parsed back: what a reader needs is there, private notes never are, and
hostile text (every script, markup characters, a 100 KB note, empty fields) prints."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdf
import pytest

from stemlead.core import (
    action_items,
    agenda,
    agreements,
    attendance,
    check_ins,
    coaching_log,
    contacts,
    cycles,
    decisions,
    event_budget,
    event_people,
    events,
    groups,
    isolation,
    learning_plans,
    lesson_plans,
    lesson_versions,
    meetings,
    mentorships,
    newsletters,
    observations,
    offerings,
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

# Text in every script a coach may type, kept short so no line break falls inside it.
VIETNAMESE = "Học sinh giải thích rõ ràng"
RUSSIAN = "Ученики объяснили рассуждения"
GREEK = "Οι μαθητές εξήγησαν"
SPANISH = "¿Por qué? Señora Muñoz"
CHINESE = "学生们清楚地解释了想法"
ARABIC = "شرح الطلاب تفكيرهم"
EMOJI = "🔬🚀"
MARKUP = "a<b & c > d, AT&T <b>not bold</b> &amp;"
SCRIPTS = (VIETNAMESE, RUSSIAN, GREEK, SPANISH, CHINESE, EMOJI, MARKUP)
LONG_END = "END-OF-THE-LONG-NOTE"
LONG_NOTE = ("Students compared their towers and explained the evidence. " * 1700)[
    :99_900
] + LONG_END
PRIVATE = {
    "teacher": "PRIVATE-TEACHER-q7x",
    "cycle": "PRIVATE-CYCLE-k2m",
    "observation": "PRIVATE-OBSERVATION-z9p",
    "meeting": "PRIVATE-MEETING-w4r",
    "event": "PRIVATE-EVENT-h5t",
    "lesson_plan": "PRIVATE-LESSON-PLAN-h3v",
    "review_round": "PRIVATE-REVIEW-ROUND-c6n",
    "mentorship": "PRIVATE-MENTORSHIP-j3v",
}
KINDS = handouts.KINDS  # every handout, old and new


@dataclass
class Ids:
    named: int
    unnamed: int
    meeting: int
    earlier_meeting: int
    empty_meeting: int
    cycle: int
    empty_cycle: int
    observation: int
    empty_observation: int
    plan: int
    review: int
    empty_review: int
    event: int = 0
    newsletter: int = 0
    mentorship: int = 0
    empty_mentorship: int = 0


def hostile(label: str) -> str:
    """One field's worth of hostile text: every script, markup, emoji."""
    return f"{label}: " + " · ".join(SCRIPTS) + f" {ARABIC}"


def fill(db: Database) -> Ids:
    settings.put(db, organization_name="Cedar Valley ISD — Ngô & <Partners>", coach_name="Maya")
    named = teachers.add(
        db,
        name="Nguyễn Thị Lan",
        school="Mae Jemison Elementary",
        grade_band="3-5",
        subjects=["Science"],
        may_be_named=True,
        private_notes=PRIVATE["teacher"],
    )
    unnamed = teachers.add(
        db,
        name="Олена Коваленко",
        school="Riverside " + " ".join(SCRIPTS) + " " + ARABIC,
        grade_band="PreK-2",
        subjects=["Math"],
        may_be_named=False,
        private_notes=PRIVATE["teacher"],
    )
    group = groups.add(
        db,
        name="Grade 5 Science PLC",
        goal=hostile("Goal"),
        norms="• Start and end on time\n• " + MARKUP + "\n• " + ARABIC,
    )
    groups.add_member(db, group, teacher_id=named, role="Facilitator")
    groups.add_member(db, group, teacher_id=unnamed)

    earlier = meetings.add(db, starts_at="2026-11-17T15:45", tzid=CHICAGO, group_id=group)
    action_items.add(
        db,
        "Bring CER samples " + CHINESE,
        owner_teacher_id=unnamed,
        meeting_id=earlier,
        due_on="2026-11-24",
    )
    meeting = meetings.add(
        db,
        starts_at="2026-11-24T15:45",
        tzid=CHICAGO,
        group_id=group,
        place="Library " + ARABIC,
        notes=LONG_NOTE,
        private_notes=PRIVATE["meeting"],
    )
    meetings.update(db, meeting, status="held")
    first = agenda.add(
        db,
        meeting,
        "Student work " + MARKUP,
        owner_teacher_id=named,
        minutes=20,
        description=hostile("Protocol"),
        purpose="discuss",
    )
    agenda.update(db, first, notes=hostile("Minutes"), outcome="Outcome " + VIETNAMESE)
    agenda.add(
        db,
        meeting,
        "Pacing " + RUSSIAN,
        owner_name=GREEK,
        minutes=10,
        purpose="decide",
        description=LONG_NOTE,
    )
    attendance.mark(db, meeting, "present", teacher_id=named)
    attendance.mark(db, meeting, "excused", teacher_id=unnamed)
    attendance.mark(db, meeting, "present", guest_name="Guest " + CHINESE)
    decisions.record(db, meeting, "Decided " + SPANISH + " " + MARKUP)
    action_items.add(
        db,
        "Draft statements " + GREEK,
        owner_teacher_id=named,
        meeting_id=meeting,
        due_on="2026-12-01",
    )
    empty_meeting = meetings.add(db, starts_at="2026-12-03T08:00", tzid=CHICAGO)

    cycle = cycles.add(
        db,
        teacher_ids=[named, unnamed],
        title="Talk in the lab " + EMOJI,
        goal=hostile("Goal"),
        success_criteria="Criteria " + MARKUP,
        strategy="Strategy " + RUSSIAN,
        reflections=LONG_NOTE,
        started_on="2026-09-10",
        private_notes=PRIVATE["cycle"],
    )
    cycles.move_stage(db, cycle, "learn", at="2026-09-20T10:00")
    cycles.log_time(db, cycle, 45, activity="co_planning", occurred_on="2026-09-21")
    action_items.add(db, "Try sentence frames " + SPANISH, owner_teacher_id=named, cycle_id=cycle)
    empty_cycle = cycles.add(db, teacher_ids=[unnamed], started_on="2026-11-01")

    visit = observations.start(
        db,
        named,
        starts_at="2026-10-14T09:00",
        cycle_id=cycle,
        class_context="Grade 5 " + GREEK,
        focus=hostile("Focus"),
        private_notes=PRIVATE["observation"],
    )
    observations.set_look_fors(db, visit, ["Students explain " + VIETNAMESE, MARKUP])
    observations.add_line(db, visit, "Strong routine " + CHINESE, "strength", at="2026-10-14T09:04")
    observations.add_line(db, visit, "S3: " + ARABIC, "student_thinking", at="2026-10-14T09:07")
    observations.add_line(db, visit, "How might " + MARKUP, "wondering", at="2026-10-14T09:09")
    observations.add_line(db, visit, LONG_NOTE, "evidence", at="2026-10-14T09:12")
    observations.end(db, visit, at="2026-10-14T09:50")
    action_items.add(
        db, "Invite a colleague " + EMOJI, owner_teacher_id=named, observation_id=visit
    )
    empty_visit = observations.start(db, unnamed, starts_at="2026-11-02T10:00")

    partner = partners.add(
        db,
        name="Museo de Ciencias " + SPANISH,
        kind="museum",
        status="active",
        address="1 Main St\n" + ARABIC + "\n" + " · ".join(SCRIPTS),
        website="https://example.org/?a=1&b=<2>",
    )
    contacts.add(
        db,
        partner_id=partner,
        name="陈敏",
        role="Educator " + MARKUP,
        emails=["chen@example.org"],
        phones=["+1 555 0100"],
    )
    agreements.add(
        db,
        partner,
        title="Field trips " + EMOJI,
        status="active",
        value_kind="funding",
        value_cents=350_000,
        starts_on="2026-09-01",
        ends_on="2027-06-30",
        partner_provides=LONG_NOTE,
        we_provide="Docents " + RUSSIAN,
    )
    partners.add(db, name="Empty partner", kind="industry", status="prospect")
    coaching_log.log(
        db,
        teacher_ids=[named, unnamed],
        kind="co_planning",
        minutes=30,
        occurred_at="2026-10-01T12:00",
    )
    plan = lesson_plans.add(
        db,
        author_ids=[named, unnamed],
        title="Bridges " + MARKUP,
        subjects=["Science", "Art"],
        summary=hostile("Summary"),
        objectives="- Explain loads " + VIETNAMESE + "\n- " + ARABIC,
        body="# Launch " + GREEK + "\n1. " + CHINESE + "\n2. " + EMOJI + "\n\n" + LONG_NOTE,
        private_notes=PRIVATE["lesson_plan"],
    )
    version = lesson_versions.save_version(db, plan, "First " + RUSSIAN)
    review = review_rounds.start(
        db,
        version,
        "tuning",
        focusing_question="Where will students argue? " + SPANISH,
        reviewer_teachers=[unnamed],
        held_on="2026-11-24",
    )
    [reviewer] = review_rounds.reviewers(db, review)
    review_feedback.add(db, review, "cool", "I wonder " + MARKUP + "?", reviewer_id=reviewer.id)
    review_feedback.add(db, review, "warm", "Launch hooks " + ARABIC, reviewer_id=reviewer.id)
    review_feedback.add(db, review, "warm", hostile("Warm"))
    review_rounds.update(
        db, review, presenter_reflection="I will " + CHINESE, private_notes=PRIVATE["review_round"]
    )
    empty_review = review_rounds.start(db, version, "warm-and-cool")
    ids = Ids(
        named,
        unnamed,
        meeting,
        earlier,
        empty_meeting,
        cycle,
        empty_cycle,
        visit,
        empty_visit,
        plan,
        review,
        empty_review,
    )
    ids.event = events.add(
        db,
        title="Family STEM Night " + EMOJI,
        status="held",
        starts_at="2026-11-12T17:30",
        place="Gym " + ARABIC,
        description=hostile("Stations"),
        debrief="Debrief " + MARKUP,
        students=120,
        families=3,
        private_notes=PRIVATE["event"],
    )
    event_people.add_partner(db, ids.event, partner, brings="Fossils " + CHINESE)
    event_people.add_volunteer(db, ids.event, teacher_id=named, role="host")
    event_people.add_volunteer(db, ids.event, teacher_id=unnamed, role="station_lead")
    event_budget.add(db, ids.event, "Pizza " + MARKUP, amount_cents="300", paid_by="PTA")
    ids.newsletter = newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
    ids.mentorship, ids.empty_mentorship = fill_growth(db, ids)
    return ids


def fill_growth(db: Database, ids: Ids) -> tuple[int, int]:
    """A mentoring pair with check-ins and next steps, and a learning plan, all hostile."""
    teachers.update(db, ids.named, strengths=hostile("Strengths"))
    pair = mentorships.add(
        db,
        ids.named,
        mentor_teacher_id=ids.unnamed,
        status="active",
        started_on="2026-09-01",
        focus_areas=["Student discourse " + VIETNAMESE, MARKUP],
        goals=[hostile("Goal")],
        private_notes=PRIVATE["mentorship"],
        closing_reflection=hostile("Reflection"),
    )
    goal = mentorships.goals(db, pair)[0]
    mentorships.update_goal(db, goal.id, start_rating=2, end_rating=4)
    check_ins.log(
        db,
        pair,
        minutes=45,
        occurred_on="2026-09-15",
        what_works=hostile("Works"),
        focus="Focus " + GREEK + " " + MARKUP,
        mentee_steps=["Try wait time " + CHINESE],
        mentor_steps=["Share stems " + ARABIC],
    )
    offering = offerings.add(
        db,
        title="Number talks " + MARKUP,
        format="summer_institute",
        provider="Université " + SPANISH,
        starts_on="2026-07-01",
        ends_on="2026-07-03",
        minutes="20",
        areas=["Student discourse"],
    )
    area = learning_plans.add_area(
        db, ids.named, "Student discourse", in_their_words=hostile("Words")
    )
    item = learning_plans.add_item(
        db, area, offering_id=offering, status="applied", reflection=hostile("In my words")
    )
    learning_plans.add_evidence(db, item, observation_id=ids.observation)
    learning_plans.add_area(db, learning_plans.ME, "Coaching " + EMOJI)
    empty = mentorships.add(db, ids.unnamed, mentor_teacher_id=ids.named, started_on="2026-11-01")
    return pair, empty


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Ids]]:
    path = tmp_path_factory.mktemp("pdf") / "hostile.db"
    db = open_database(path)
    ids = fill(db)
    yield db, ids
    db.close()


def requests(ids: Ids) -> dict[str, Request]:
    return {
        "agenda": Request("agenda", ids.meeting),
        "summary": Request("summary", ids.meeting),
        "cycle": Request("cycle", ids.cycle),
        "observation": Request("observation", ids.observation),
        "partners": Request("partners"),
        "impact": Request("impact", since="2026-08-01", until="2026-11-30"),
        "event": Request("event", ids.event),
        "newsletter": Request("newsletter", ids.newsletter),
        "lesson-plan": Request("lesson-plan", ids.plan),
        "review": Request("review", ids.review),
        "mentorship": Request("mentorship", ids.mentorship),
        "mentoring-summary": Request("mentoring-summary", ids.mentorship),
        "learning-plan": Request("learning-plan", ids.named),
    }


@pytest.fixture(scope="module")
def pdfs(hostile_db: tuple[Database, Ids]) -> dict[str, bytes]:
    db, ids = hostile_db
    return {kind: handouts.build(db, r, made_on=MADE) for kind, r in requests(ids).items()}


_TEXTS: dict[int, str] = {}


def text_of(data: bytes) -> str:
    """The PDF's extracted text (remembered: the long handouts take a moment to parse)."""
    key = hash(data)
    if key not in _TEXTS:
        reader = pypdf.PdfReader(io.BytesIO(data))
        _TEXTS[key] = "\n".join(page.extract_text() or "" for page in reader.pages)
    return _TEXTS[key]


def squash(text: str) -> str:
    """Text without any whitespace, so a line break or a font change cannot hide a match."""
    return "".join(text.split())


def contains(data: bytes, needle: str) -> bool:
    return squash(needle) in squash(text_of(data))


def arabic_words_present(data: bytes, phrase: str) -> bool:
    """Shaped Arabic extracts as presentation forms in visual order: undo both."""
    shown = unicodedata.normalize("NFKC", text_of(data))  # presentation forms → letters
    words = shown.split()
    flat = set(words) | {w[::-1] for w in words}
    return all(any(word in w for w in flat) for word in phrase.split())


# -- privacy ----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_private_notes_never_appear(pdfs: dict[str, bytes], kind: str) -> None:
    data = pdfs[kind]
    text = text_of(data)
    for marker in PRIVATE.values():
        assert marker not in text
        assert squash(marker) not in squash(text)
    meta = pypdf.PdfReader(io.BytesIO(data)).metadata or {}
    assert not any("PRIVATE" in str(v) for v in meta.values())


def test_private_notes_never_appear_in_the_empty_items(hostile_db: tuple[Database, Ids]) -> None:
    db, ids = hostile_db
    for request in (
        Request("agenda", ids.empty_meeting),
        Request("summary", ids.empty_meeting),
        Request("cycle", ids.empty_cycle),
        Request("observation", ids.empty_observation),
        Request("review", ids.empty_review),
        Request("mentorship", ids.empty_mentorship),
        Request("mentoring-summary", ids.empty_mentorship),
        Request("learning-plan", ids.unnamed),
        Request("learning-plan", learning_plans.ME),
    ):
        text = text_of(handouts.build(db, request, made_on=MADE))
        assert "PRIVATE" not in text


def test_nobody_is_labelled_on_a_handout_by_the_island_view(
    hostile_db: tuple[Database, Ids], pdfs: dict[str, bytes]
) -> None:
    db, _ = hostile_db
    reasons = {r for t in isolation.everyone(db) for r in t.reasons}
    assert reasons  # the hostile district has people with signs of being on their own
    for kind, data in pdfs.items():
        text = squash(text_of(data)).casefold()
        assert "island" not in text and "isolat" not in text, kind
        for reason in reasons:
            assert squash(reason).casefold() not in text, (kind, reason)


# -- what a reader needs ----------------------------------------------------------------------
def test_agenda_has_times_items_norms_and_the_carried_review_first(pdfs: dict[str, bytes]) -> None:
    text = text_of(pdfs["agenda"])
    for needle in (
        "Grade 5 Science PLC",
        "Tuesday, November 24, 2026",
        "3:45 pm",
        "Our norms",
        "Start and end on time",
        "Review open action items",
        "3:50 pm",  # the first item starts after the 5-minute review
        "4:10 pm",
        "Discuss",
        "Decide",
        "Nguyễn Thị Lan",
        "Attending:",
    ):
        assert squash(needle) in squash(text), needle
    assert squash("Bring CER samples " + CHINESE) in squash(text)
    assert text.index("Review open action items") < text.index("Student work")


def test_summary_has_attendance_minutes_decisions_and_actions(pdfs: dict[str, bytes]) -> None:
    text = text_of(pdfs["summary"])
    for needle in (
        "Present (2):",
        "Excused (1):",
        "Guest " + CHINESE,
        "Outcome:",
        "Outcome " + VIETNAMESE,
        "Decisions",
        "Decided " + SPANISH,
        "Draft statements " + GREEK,
        "Dec 1, 2026",
        "20 min",
        LONG_END,
    ):
        assert squash(needle) in squash(text), needle


def test_cycle_summary_leads_with_strengths(pdfs: dict[str, bytes]) -> None:
    text = text_of(pdfs["cycle"])
    for needle in (
        "Strengths observed",
        "Strong routine " + CHINESE,
        "Evidence of student learning",
        "Identify",
        "Learn",
        "Improve",
        "Complete",
        "Criteria " + MARKUP,
        "Strategy " + RUSSIAN,
        "Try sentence frames " + SPANISH,
        "Invite a colleague",
        LONG_END,
    ):
        assert squash(needle) in squash(text), needle
    assert text.index("Strengths observed") < text.index("Reflections")
    assert arabic_words_present(pdfs["cycle"], ARABIC)


def test_observation_note_has_look_fors_times_and_wonderings(pdfs: dict[str, bytes]) -> None:
    text = text_of(pdfs["observation"])
    for needle in (
        "Classroom visit with Nguyễn Thị Lan",
        "9:00 am – 9:50 am",
        "Students explain " + VIETNAMESE,
        "Strengths observed",
        "9:04 am",
        "Wonderings",
        "How might " + MARKUP,
        "Invite a colleague",
        "Evidence log",
        LONG_END,
    ):
        assert squash(needle) in squash(text), needle
    assert text.index("Strengths observed") < text.index("Evidence log")


def test_partner_directory_lists_contacts_and_active_agreements(pdfs: dict[str, bytes]) -> None:
    text = text_of(pdfs["partners"])
    for needle in (
        "Museum / informal",
        "Museo de Ciencias " + SPANISH,
        "陈敏",
        "chen@example.org",
        "Field trips",
        "$3,500 funding",
        "Docents " + RUSSIAN,
        "https://example.org/?a=1&b=<2>",
        "Empty partner",
        "No contacts recorded yet.",
    ):
        assert squash(needle) in squash(text), needle


def test_impact_report_names_only_teachers_who_agreed(pdfs: dict[str, bytes]) -> None:
    text = text_of(pdfs["impact"])
    assert "Nguyễn Thị Lan" in text
    assert "Олена Коваленко" not in text
    assert "Коваленко" not in text
    for needle in (
        "teachers coached",
        "Mae Jemison Elementary",
        "Riverside " + VIETNAMESE,
        "PreK-2",
        "Science",
        "1 other teacher is counted above but not named.",
        "$3,500",
    ):
        assert squash(needle) in squash(text), needle
    first_page = pypdf.PdfReader(io.BytesIO(pdfs["impact"])).pages[0].extract_text()
    assert "teachers coached" in first_page and "coaching cycles" in first_page


def test_mentoring_agreement_leads_with_strengths_and_has_ratings_and_signatures(
    pdfs: dict[str, bytes],
) -> None:
    text = text_of(pdfs["mentorship"])
    for needle in (
        "Our mentoring agreement",
        "Nguyễn Thị Lan with Олена Коваленко",
        "What each of us brings",
        "Strengths: " + VIETNAMESE,
        "What we will work on",
        "Student discourse " + VIETNAMESE,
        "Our goals",
        "1 [2] 3 4 5",  # the start rating, marked
        "1 2 3 [4] 5",  # re-rated at the end
        "We check in every two weeks.",
        "Agreed by",
        "Maya",  # the coach signs too
    ):
        assert squash(needle) in squash(text), needle
    assert text.index("What each of us brings") < text.index("Our goals")
    assert "Why we stopped" not in text


def test_mentoring_summary_has_what_works_first_steps_and_time(pdfs: dict[str, bytes]) -> None:
    text = text_of(pdfs["mentoring-summary"])
    for needle in (
        "Our mentoring summary",
        "What is working",
        "Works: " + VIETNAMESE,
        "Our goals, then and now",
        "1 2 3 [4] 5",
        "Focus " + GREEK,
        "Next steps we agreed on",
        "Try wait time " + CHINESE,
        "Nguyễn Thị Lan",
        "1 check-in, 45 min together",
        "Closing reflection",
    ):
        assert squash(needle) in squash(text), needle
    assert text.index("What is working") < text.index("Next steps we agreed on")


def test_learning_plan_has_their_words_learning_and_evidence(pdfs: dict[str, bytes]) -> None:
    text = text_of(pdfs["learning-plan"])
    for needle in (
        "My learning plan",
        "What I do well:",
        "Student discourse",
        "In my words:",
        "Words: " + VIETNAMESE,
        "Number talks " + MARKUP,
        "Applied in class",
        "20 h",
        "In my words: In my words: " + VIETNAMESE,
        "Where it showed:",
        "Grade 5 " + GREEK,
        "Hours attended or applied so far: 20 h",
    ):
        assert squash(needle) in squash(text), needle
    assert text.index("What I do well") < text.index("Student discourse")


def test_impact_report_counts_mentoring_and_pd_hours_without_names(pdfs: dict[str, bytes]) -> None:
    text = text_of(pdfs["impact"])
    for needle in (
        "Mentoring and professional learning",
        "Mentoring pairs meeting in this period",
        "Mentoring check-ins",
        "0.8 hours",  # 45 minutes of mentoring
    ):
        assert squash(needle) in squash(text), needle
    assert "Олена" not in text  # the mentor did not agree to be named


# -- hostile text -----------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_every_script_and_markup_prints_literally(pdfs: dict[str, bytes], kind: str) -> None:
    text = squash(text_of(pdfs[kind]))
    for sample in SCRIPTS:
        assert squash(sample) in text, (kind, sample)
    assert "AT&T;" not in text  # reportlab's entity trap
    assert arabic_words_present(pdfs[kind], ARABIC)
    assert any("\ufe70" <= c <= "\ufeff" for c in text)  # Arabic in joined forms


def test_a_100_kb_note_flows_over_pages(pdfs: dict[str, bytes]) -> None:
    # the impact report prints no free text (only names, schools and subjects)
    for kind in ("agenda", "summary", "cycle", "observation", "partners"):
        pages = len(pypdf.PdfReader(io.BytesIO(pdfs[kind])).pages)
        assert pages >= 10, (kind, pages)
        assert contains(pdfs[kind], LONG_END), kind


def test_empty_items_still_make_a_sensible_handout(hostile_db: tuple[Database, Ids]) -> None:
    db, ids = hostile_db
    agenda_text = text_of(handouts.build(db, Request("agenda", ids.empty_meeting), made_on=MADE))
    assert "The agenda is still being planned." in agenda_text
    summary = text_of(handouts.build(db, Request("summary", ids.empty_meeting), made_on=MADE))
    assert "Attendance was not taken." in summary
    cycle = text_of(handouts.build(db, Request("cycle", ids.empty_cycle), made_on=MADE))
    assert "Our coaching cycle" in cycle and "To be set together." in cycle
    note = text_of(handouts.build(db, Request("observation", ids.empty_observation), made_on=MADE))
    assert "No evidence was logged during this visit." in note


def test_an_empty_database_makes_every_handout_that_needs_no_id(db: Database) -> None:
    assert "No partners are recorded yet." in text_of(handouts.build(db, Request("partners")))
    impact = text_of(handouts.build(db, Request("impact", since="2026-08-01", until="2026-11-30")))
    assert "teachers coached" in impact


# -- the page ---------------------------------------------------------------------------------
def test_metadata_footer_and_page_numbers(pdfs: dict[str, bytes]) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdfs["agenda"]))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Grade 5 Science PLC — agenda, Nov 24, 2026"
    assert meta.author == "Maya"
    assert meta.subject == "Meeting agenda"
    assert meta.creator == "STEM Lead"
    total = len(reader.pages)
    last = reader.pages[-1].extract_text()
    assert f"Page {total} of {total}" in last
    assert "Made November 23, 2026 with STEM Lead by Maya" in last
    assert squash("Cedar Valley ISD — Ngô & <Partners>") in squash(last)


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_size_follows_the_setting(tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    with open_database(tmp_path / "p.db") as db:
        settings.put(db, paper_size=paper)
        data = handouts.build(db, Request("partners"))
    box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_a_logo_is_drawn_and_a_missing_one_is_ignored(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (31, 111, 139)).save(logo)
    with open_database(tmp_path / "l.db") as db:
        settings.put(db, logo_path=str(logo), organization_name="Cedar Valley")
        with_logo = handouts.build(db, Request("partners"))
        settings.put(db, logo_path=str(tmp_path / "gone.png"))
        without = handouts.build(db, Request("partners"))
    images = list(pypdf.PdfReader(io.BytesIO(with_logo)).pages[0].images)
    assert len(images) == 1
    assert list(pypdf.PdfReader(io.BytesIO(without)).pages[0].images) == []


def test_body_text_is_at_least_10_points(pdfs: dict[str, bytes]) -> None:
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * abs(tm[0]) if tm else size)

    pypdf.PdfReader(io.BytesIO(pdfs["agenda"])).pages[0].extract_text(visitor_text=visit)
    body = [s for s in sizes if s]
    assert body and min(body) >= 9  # only the footer is 9 pt
    assert sorted(body)[len(body) // 2] >= 10
