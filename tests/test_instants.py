"""Moments written with different offsets are ordered by the instant they name.

A coach who types evidence in Tokyo (+09:00) and then, the same visit, in Chicago (-06:00)
used to see the lines in reverse order, and the newest-first observation list put an
older Tokyo visit above a newer Chicago one: moments were compared as text.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from stemlead.cli import main
from stemlead.core import coaching_log, cycles, observations, teachers, trash
from stemlead.pdf import handouts
from stemlead.store import Database, open_database
from tests.gui_helpers import open_window

# The same visit, one line in Tokyo then one in Chicago 10 minutes later: as text the
# Chicago line ("2026-11-23T18:20") sorts before the Tokyo one ("2026-11-24T09:10").
TOKYO_START = "2026-11-24T09:00:00+09:00"
TOKYO_LINE = "2026-11-24T09:10:00+09:00"  # 00:10 UTC
CHICAGO_LINE = "2026-11-23T18:20:00-06:00"  # 00:20 UTC: later
# Two visits: the Tokyo one is earlier (23:00 UTC) though its text is greater.
EARLIER_TOKYO = "2026-11-24T08:00:00+09:00"
LATER_CHICAGO = "2026-11-23T18:00:00-06:00"  # Nov 24, 00:00 UTC


def travel(db: Database) -> dict[str, int]:
    lan = teachers.add(db, name="Lan")
    cycle = cycles.add(db, teacher_ids=[lan], title="Claims", started_on="2026-09-01")
    visit = observations.start(db, lan, starts_at=TOKYO_START, cycle_id=cycle)
    observations.add_line(db, visit, "FIRST-in-Tokyo", "strength", at=TOKYO_LINE)
    observations.add_line(db, visit, "SECOND-in-Chicago", "strength", at=CHICAGO_LINE)
    earlier = observations.start(db, lan, starts_at=EARLIER_TOKYO, cycle_id=cycle)
    observations.add_line(db, earlier, "EARLIER-visit", "strength", at=EARLIER_TOKYO)
    later = observations.start(db, lan, starts_at=LATER_CHICAGO, cycle_id=cycle)
    observations.add_line(db, later, "LATER-visit", "strength", at=LATER_CHICAGO)
    return {"teacher": lan, "cycle": cycle, "visit": visit, "earlier": earlier, "later": later}


@pytest.fixture
def travelled(db: Database) -> dict[str, int]:
    return travel(db)


def test_evidence_lines_keep_the_order_they_were_typed(
    db: Database, travelled: dict[str, int]
) -> None:
    lines = observations.lines(db, travelled["visit"])
    assert [line.text for line in lines] == ["FIRST-in-Tokyo", "SECOND-in-Chicago"]
    assert lines[1].minutes_into(TOKYO_START) == 20


def test_the_newest_visit_comes_first(db: Database, travelled: dict[str, int]) -> None:
    ids = [o.id for o in observations.list_observations(db, teacher_id=travelled["teacher"])]
    assert ids.index(travelled["later"]) < ids.index(travelled["earlier"])


def test_the_command_lists_the_newest_visit_first(
    db_path: Path, travelled: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "observations", "--json", "--db", str(db_path)]) == 0
    ids = [o["id"] for o in json.loads(capsys.readouterr().out)]
    assert ids.index(travelled["later"]) < ids.index(travelled["earlier"])


def test_handouts_print_lines_and_visits_in_time_order(
    db: Database, travelled: dict[str, int]
) -> None:
    def text(request: handouts.Request) -> str:
        data = handouts.build(db, request)
        return "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)

    note = text(handouts.Request("observation", travelled["visit"]))
    assert note.index("FIRST-in-Tokyo") < note.index("SECOND-in-Chicago")
    summary = text(handouts.Request("cycle", travelled["cycle"]))
    assert summary.index("EARLIER-visit") < summary.index("LATER-visit")


def test_the_coaching_log_is_newest_first(db: Database) -> None:
    lan = teachers.add(db, name="Lan")
    earlier = coaching_log.log(
        db, teacher_ids=[lan], kind="email", minutes=5, occurred_at=EARLIER_TOKYO
    )
    later = coaching_log.log(
        db, teacher_ids=[lan], kind="email", minutes=5, occurred_at=LATER_CHICAGO
    )
    assert [e.id for e in coaching_log.list_entries(db)] == [later, earlier]


def test_emptying_the_trash_of_old_entries_compares_instants(db: Database) -> None:
    lan = teachers.add(db, name="Lan")
    teachers.delete(db, lan)
    db.execute("UPDATE trash SET deleted_at = ?", (LATER_CHICAGO,))
    assert trash.purge(db, older_than=EARLIER_TOKYO) == 0  # deleted after that instant
    assert trash.purge(db, older_than="2026-11-24T10:00:00+09:00") == 1  # 01:00 UTC


def test_the_observations_list_sorts_by_when(qtbot: QtBot, db_path: Path) -> None:
    from PySide6.QtCore import Qt

    with open_database(db_path) as db:
        travelled = travel(db)
    window = open_window(qtbot, db_path)
    view = window.show_section("observations")
    view.model.sort(0, Qt.SortOrder.DescendingOrder)
    ids = [view.model.row_at(i).id for i in range(view.model.rowCount())]
    assert ids.index(travelled["later"]) < ids.index(travelled["earlier"])
    window.close()


def test_an_imported_database_keeps_the_order(
    db: Database, travelled: dict[str, int], tmp_path: Path
) -> None:
    from stemlead.core import exchange

    exchange.export_json(db, tmp_path / "all.json")
    with open_database(tmp_path / "again.db") as again:
        exchange.import_json(again, tmp_path / "all.json")
        lines = observations.lines(again, travelled["visit"])
        assert [line.text for line in lines] == ["FIRST-in-Tokyo", "SECOND-in-Chicago"]


def test_a_visit_can_end_after_the_clocks_go_back(db: Database) -> None:
    lan = teachers.add(db, name="Lan")
    visit = observations.start(db, lan, starts_at="2026-11-01T01:30:00-05:00")
    observations.end(db, visit, at="2026-11-01T01:10:00-06:00")  # 40 minutes later
    ended = observations.get(db, visit).ended_at
    assert ended is not None
    assert ended == "2026-11-01T02:10:00-05:00"  # written in the visit's own offset
