"""The growth tables in the JSON round trip, the search index and the command line."""

from __future__ import annotations

import json
from pathlib import Path

from stemlead.core import (
    check_ins,
    contacts,
    exchange,
    learning_plans,
    mentorships,
    observations,
    offerings,
    partners,
    search,
    teachers,
)
from stemlead.store import Database, open_database, search_index
from tests.conftest import run_stemlead
from tests.test_exchange import table_contents

GROWTH_TABLES = (
    "mentor_profiles",
    "mentorships",
    "mentorship_goals",
    "check_ins",
    "offerings",
    "plan_areas",
    "plan_items",
    "plan_evidence",
)


def fill(db: Database) -> dict[str, int]:
    ana = teachers.add(
        db, name="Zoë Martínez", subjects=["Chemistry"], growth_areas="More discussion."
    )
    ben = teachers.add(db, name="Ben <&> Okafor", strengths="Discussion every day.")
    museum = partners.add(db, name="Museo", kind="museum")
    walt = contacts.add(db, partner_id=museum, name="Walt Kim", role="Retired engineer")
    mentorships.set_strengths(db, ["Engineering design"], contact_id=walt)
    mentorships.set_capacity(db, 3, teacher_id=ben)
    pair = mentorships.add(
        db,
        ana,
        mentor_teacher_id=ben,
        status="active",
        started_on="2026-09-01",
        monthly_minutes="1.5",
        focus_areas=["Student discourse", "Questioning 🔬"],
        goals=["Ask questions students can test"],
        private_notes="Only for the coach: wary of being observed",
    )
    mentorships.update_goal(db, mentorships.goals(db, pair)[0].id, start_rating=2, end_rating=4)
    visit = check_ins.log(
        db,
        pair,
        minutes=45,
        occurred_on="2026-09-15",
        what_works="Wait time — 学生们",
        focus="Follow-up questions",
        next_check_in_on="2026-09-29",
        mentee_steps=["Try think-pair-share"],
        mentor_steps=["Share stems"],
    )
    second = mentorships.add(db, ben, mentor_contact_id=walt, started_on="2026-10-01")
    mentorships.set_status(db, second, "ended_early", on="2026-10-20", reason="Walt moved away.")
    offering = offerings.add(
        db,
        title="Number talks institute",
        format="summer_institute",
        provider_partner_id=museum,
        starts_on="2026-07-01",
        ends_on="2026-07-03",
        minutes="12.5",
        cost_cents="650.00",
        areas=["Student discourse"],
        subjects=["Math"],
    )
    area = learning_plans.add_area(db, ana, "Student discourse", in_their_words="More explaining")
    item = learning_plans.add_item(
        db, area, offering_id=offering, status="applied", reflection="I wait now"
    )
    observation = observations.start(db, ana, starts_at="2026-09-20T09:00")
    learning_plans.add_evidence(db, item, observation_id=observation)
    mine = learning_plans.add_area(db, learning_plans.ME, "Coaching")
    learning_plans.add_item(db, mine, title="Coaching course", minutes="20", status="enrolled")
    return {"pair": pair, "check_in": visit, "offering": offering, "ana": ana}


def test_round_trip_with_every_growth_table(db: Database, tmp_path: Path) -> None:
    fill(db)
    exchange.export_json(db, tmp_path / "all.json")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert all(data["tables"][t] for t in GROWTH_TABLES)
    assert data["tables"]["mentorships"][0]["private_notes"].startswith("Only for the coach")
    with open_database(tmp_path / "b.db") as target:
        exchange.import_json(target, tmp_path / "all.json")
        assert table_contents(target) == table_contents(db)
        assert search_index.check(target) == []
        exchange.export_json(target, tmp_path / "again.json")
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert {t: again["tables"][t] for t in GROWTH_TABLES} == {
        t: data["tables"][t] for t in GROWTH_TABLES
    }


def test_an_imported_growth_value_is_checked_as_typed_ones_are(
    db: Database, tmp_path: Path
) -> None:
    from stemlead.errors import ImportFailed

    fill(db)
    exchange.export_json(db, tmp_path / "all.json")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    data["tables"]["check_ins"][0]["minutes"] = 5000
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with open_database(tmp_path / "c.db") as target:
        try:
            exchange.import_json(target, tmp_path / "bad.json")
        except ImportFailed as exc:
            assert "more than the 24 hours a day has" in str(exc)
        else:
            raise AssertionError("a 5,000-minute check-in was imported")
        assert exchange.is_empty(target)


def test_every_new_text_is_searchable_and_opens_its_item(db: Database) -> None:
    ids = fill(db)
    found = {h.kind: (h.target_kind, h.target_id) for h in search.search(db, "wary")}
    assert found == {"mentorship": ("mentorship", ids["pair"])}  # private notes: in the app
    assert ("check_in", ids["check_in"]) in {
        (h.target_kind, h.target_id) for h in search.search(db, "wait time")
    }
    assert {(h.kind, h.target_kind, h.target_id) for h in search.search(db, "institute")} == {
        ("offering", "offering", ids["offering"]),
        ("plan_item", "learning_plan", ids["ana"]),  # the title copied onto Zoë's plan
    }
    assert {h.kind for h in search.search(db, "explaining")} == {"plan_area"}
    assert {(h.kind, h.target_kind, h.target_id) for h in search.search(db, "coaching course")} == {
        ("plan_item", "learning_plan", learning_plans.ME)
    }
    assert {h.kind for h in search.search(db, "students can test")} == {"mentorship_goal"}
    assert {h.kind for h in search.search(db, "moved away")} == {"mentorship"}
    assert {h.target_kind for h in search.search(db, "engineering design")} == {"contact"}


def test_list_kinds_and_handouts_from_the_command_line(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path) as db:
        ids = fill(db)
    for kind in ("isolated", "mentorships", "check-ins", "offerings", "learning-plans"):
        result = run_stemlead("list", kind, "--json", "--db", str(db_path))
        assert result.returncode == 0, result.stderr
        rows = json.loads(result.stdout)
        assert rows and all(isinstance(r["id"], int) for r in rows), kind
        assert "private_notes" not in result.stdout and "wary" not in result.stdout
    pairs = json.loads(
        run_stemlead(
            "list", "mentorships", "--json", "--status", "active", "--db", str(db_path)
        ).stdout
    )
    assert [(p["mentee"], p["mentor"], p["focus_areas"]) for p in pairs] == [
        ("Zoë Martínez", "Ben <&> Okafor", ["Student discourse", "Questioning 🔬"])
    ]
    isolated = json.loads(run_stemlead("list", "isolated", "--json", "--db", str(db_path)).stdout)
    assert [(r["name"], r["signs"]) for r in isolated] == [
        ("Ben <&> Okafor", ["no_group", "no_mentor", "no_contact"])  # Zoë has a mentor now
    ]
    plans = json.loads(
        run_stemlead(
            "list", "learning-plans", "--json", "--teacher", "0", "--db", str(db_path)
        ).stdout
    )
    assert [p["id"] for p in plans] == [0]
    table = run_stemlead(
        "list", "check-ins", "--mentorship", str(ids["pair"]), "--db", str(db_path)
    )
    assert "Wait time" in table.stdout
    for args, name in (
        (("mentorship", str(ids["pair"])), "agreement.pdf"),
        (("mentorship", str(ids["pair"]), "--summary"), "summary.pdf"),
        (("learning-plan", str(ids["ana"])), "plan.pdf"),
        (("learning-plan", "me"), "mine.pdf"),
    ):
        out = tmp_path / name
        result = run_stemlead("export", *args, "-o", str(out), "--db", str(db_path))
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"%PDF")
    for args, message in (
        (("mentorship", "99"), "There is no mentoring pair with id 99."),
        (("learning-plan", "99"), "There is no teacher with id 99."),
    ):
        out = tmp_path / "refused.pdf"
        result = run_stemlead("export", *args, "-o", str(out), "--db", str(db_path))
        assert (
            result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr
        )
        assert not out.exists()
    wrong = run_stemlead("list", "offerings", "--mentorship", "1", "--db", str(db_path))
    assert (
        wrong.returncode == 1 and "--mentorship does not apply to 'list offerings'" in wrong.stderr
    )
