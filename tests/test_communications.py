"""Stakeholder groups, the communications log and who has not heard from the program in
90 days; an advisory board's terms, sectors, representation and program of work."""

from __future__ import annotations

from datetime import date

import pytest

from stemlead.core import (
    advisory_board,
    communications,
    contacts,
    events,
    groups,
    partners,
    search,
    stakeholders,
    teachers,
)
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

TODAY = date(2026, 11, 23)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    museum = partners.add(db, name="Science Museum", kind="museum", status="active")
    works = partners.add(db, name="Gulf Coast Energy", kind="industry", status="active")
    return {
        "ana": teachers.add(db, name="Ana Lima", school="Riverside"),
        "bo": teachers.add(db, name="Bo Chen", school="Riverside"),
        "rosa": contacts.add(db, name="Rosa Díaz", partner_id=museum),
        "li": contacts.add(db, name="Li Wei", partner_id=works),
        "museum": museum,
    }


def test_a_group_is_built_from_people_a_group_or_a_typed_size(
    db: Database, people: dict[str, int]
) -> None:
    board = groups.add(db, name="Advisory Board", kind="advisory_board")
    groups.add_member(db, board, contact_id=people["rosa"])
    groups.add_member(db, board, teacher_id=people["ana"])
    staff = stakeholders.add(db, name="STEM staff", kind="staff", group_id=board)
    stakeholders.add_member(db, staff, teacher_id=people["ana"])  # also in the group: once
    stakeholders.add_member(db, staff, teacher_id=people["bo"])
    assert stakeholders.add_member(db, staff, teacher_id=people["bo"]) == stakeholders.add_member(
        db, staff, teacher_id=people["bo"]
    )
    families = stakeholders.add(db, name="Families of Riverside", estimated_size=420)
    rows = {r.name: r for r in stakeholders.list_stakeholders(db)}
    assert (rows["STEM staff"].people, rows["STEM staff"].size_text()) == (3, "3")
    assert (rows["Families of Riverside"].size, rows["Families of Riverside"].size_text()) == (
        420,
        "~420",
    )
    names = [p.name for p in stakeholders.members(db, staff)]
    assert names == ["Ana Lima", "Bo Chen", "Rosa Díaz"]
    assert families
    with pytest.raises(InvalidInput, match="About how many people must be between 0 and"):
        stakeholders.update(db, families, estimated_size=-5)
    with pytest.raises(InvalidInput, match="either a teacher or a partner contact"):
        stakeholders.add_member(db, staff)


def test_the_log_says_what_went_to_whom_about_what(db: Database, people: dict[str, int]) -> None:
    families = stakeholders.add(db, name="Families of Riverside", estimated_size=420)
    board = stakeholders.add(db, name="School board", kind="board", estimated_size=7)
    night = events.add(db, title="STEM Night", starts_at="2026-12-04T17:30")
    sent = communications.add(
        db,
        sent_on="2026-11-02",
        kind="flyer",
        title="You're invited <STEM Night> & dinner",
        audience_ids=[families, board],
        event_ids=[night],
        partner_ids=[people["museum"]],
    )
    communications.add(
        db,
        sent_on="2026-10-01",
        kind="board_presentation",
        title="Q1 update",
        audience_ids=[board],
        shares_program_counts=True,
    )
    [row, older] = communications.list_communications(db)
    assert (row.id, row.audiences, row.topics) == (
        sent,
        "Families of Riverside, School board",
        "STEM Night, Science Museum",
    )
    assert sorted(row.audience_ids) == sorted([families, board])
    assert older.title == "Q1 update"
    assert [c.id for c in communications.list_communications(db, since="2026-10-15")] == [sent]
    assert [c.title for c in communications.list_communications(db, stakeholder_id=families)] == [
        "You're invited <STEM Night> & dinner"
    ]
    assert [(t.kind, t.label) for t in communications.topics(db, sent)] == [
        ("event", "STEM Night"),
        ("partner", "Science Museum"),
    ]
    hit = search.search(db, "invited dinner")[0]
    assert (hit.target_kind, hit.target_id) == ("communication", sent)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"sent_on": "", "title": "x"}, "Date cannot be empty."),
        ({"sent_on": "2026-02-30", "title": "x"}, "is not a real date"),
        ({"sent_on": "2026-11-02", "title": "  "}, "Title cannot be empty."),
        ({"sent_on": "2026-11-02", "title": "x", "kind": "carrier pigeon"}, "Kind must be one of"),
    ],
)
def test_a_bad_entry_is_one_sentence_and_nothing_is_logged(
    db: Database, values: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        communications.add(db, **values)
    with pytest.raises(NotFound, match="no stakeholder group with id 99"):
        communications.add(db, sent_on="2026-11-02", title="To nobody", audience_ids=[99])
    assert communications.list_communications(db) == []


def test_who_has_not_heard_from_the_program_in_90_days(db: Database) -> None:
    never = stakeholders.add(db, name="Elected officials", kind="elected_officials")
    quiet = stakeholders.add(db, name="Business leaders", kind="business")
    edge = stakeholders.add(db, name="Families", estimated_size=300)
    recent = stakeholders.add(db, name="School board", kind="board")
    communications.add(db, sent_on="2026-08-01", title="Thanks", audience_ids=[quiet])
    communications.add(db, sent_on="2026-08-25", title="Flyer", audience_ids=[edge])  # 90 days
    communications.add(db, sent_on="2026-11-20", title="Update", audience_ids=[recent, quiet])
    communications.add(db, sent_on="2026-05-01", title="Old", audience_ids=[edge])
    found = stakeholders.not_heard_from(db, TODAY)
    assert [r.id for r in found] == [never]  # the 90th day still counts as heard
    communications.delete(db, 3)  # the only recent word to the board and business goes
    found = stakeholders.not_heard_from(db, TODAY)
    assert [(r.id, r.days_quiet(TODAY)) for r in found] == [
        (never, None),
        (recent, None),
        (quiet, 114),
    ]


# -- the advisory board ------------------------------------------------------------------------
@pytest.fixture
def board(db: Database, people: dict[str, int]) -> int:
    board = groups.add(db, name="STEM Advisory Board", kind="advisory_board")
    groups.add_member(db, board, contact_id=people["rosa"], role="Informal education")
    groups.add_member(db, board, contact_id=people["li"], role="Industry")
    groups.add_member(db, board, teacher_id=people["ana"], role="Teacher representative")
    return board


def test_members_have_sectors_and_terms_and_a_representation_table(
    db: Database, board: int
) -> None:
    members = {m.name: m for m in advisory_board.members(db, board)}
    assert {n: m.sector for n, m in members.items()} == {  # suggested from who they are
        "Rosa Díaz": "community",
        "Li Wei": "business",
        "Ana Lima": "district",
    }
    advisory_board.set_term(
        db, members["Li Wei"].member_id, starts_on="2025-09-01", ends_on="2026-12-31"
    )
    advisory_board.set_term(
        db,
        members["Rosa Díaz"].member_id,
        sector="parents",
        starts_on="2024-01-01",
        ends_on="2025-12-31",
    )  # served, ended
    advisory_board.set_term(db, members["Ana Lima"].member_id, starts_on="2026-09-01")
    members = {m.name: m for m in advisory_board.members(db, board)}
    assert members["Li Wei"].ends_soon(TODAY) and members["Li Wei"].serving(TODAY)
    assert not members["Rosa Díaz"].serving(TODAY)
    table = {
        r.sector: (r.members, r.names) for r in advisory_board.representation(db, board, TODAY)
    }
    assert table == {
        "business": (1, ("Li Wei",)),
        "higher_ed": (0, ()),
        "parents": (0, ()),  # a gap: the parent representative's term has ended
        "community": (0, ()),
        "district": (1, ("Ana Lima",)),
    }


def test_a_term_that_ends_before_it_starts_or_a_group_that_is_no_board_is_refused(
    db: Database, board: int, people: dict[str, int]
) -> None:
    member = advisory_board.members(db, board)[0].member_id
    advisory_board.set_term(db, member, starts_on="2026-01-01")
    with pytest.raises(InvalidInput, match=r"The term ends \(2025-06-30\) before it starts"):
        advisory_board.set_term(db, member, ends_on="2025-06-30")
    assert advisory_board.members(db, board)[0].ends_on is None
    plc = groups.add(db, name="Grade 5 PLC")
    plc_member = groups.add_member(db, plc, teacher_id=people["bo"])
    with pytest.raises(InvalidInput, match="Grade 5 PLC is not an advisory board"):
        advisory_board.set_term(db, plc_member, sector="business")
    with pytest.raises(InvalidInput, match="not an advisory board"):
        advisory_board.add_work_item(db, plc, "Anything")
    with pytest.raises(InvalidInput, match="Sector must be one of"):
        advisory_board.set_term(db, member, sector="aliens")


def test_the_program_of_work_keeps_its_order(db: Database, board: int) -> None:
    first = advisory_board.add_work_item(db, board, "Review the STEM action plan", status="done")
    second = advisory_board.add_work_item(db, board, "Map externships", target_on="2027-01-31")
    third = advisory_board.add_work_item(db, board, "Recruit a parent representative")
    advisory_board.move_work_item(db, third, -2)
    advisory_board.move_work_item(db, first, 1)
    assert [w.id for w in advisory_board.work_items(db, board)] == [third, second, first]
    advisory_board.update_work_item(db, second, status="in_progress")
    assert advisory_board.get_work_item(db, second).status == "in_progress"
    hit = search.search(db, "externships")[0]
    assert (hit.target_kind, hit.target_id) == ("group", board)
    with pytest.raises(InvalidInput, match="Title cannot be empty"):
        advisory_board.add_work_item(db, board, "")
