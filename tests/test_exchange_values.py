"""A JSON import checks every value as the app checks what the coach types, all or nothing.

An export may have been edited by hand or written by another program: a meeting whose start
is "next Tuesday after lunch" used to be imported, and `export calendar` then stopped with
exit 70; a file nested 100,000 deep stopped the import itself with a RecursionError.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from stemlead.cli import main
from stemlead.core import (
    action_items,
    agenda_templates,
    contacts,
    cycles,
    exchange,
    meetings,
    observations,
    partners,
    settings,
    teachers,
)
from stemlead.errors import ImportFailed, StemLeadError
from stemlead.store import Database, open_database

Rows = dict[str, list[dict[str, Any]]]
DEEP = 100_000


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A small but complete export, made by the app itself."""
    folder = tmp_path_factory.mktemp("export")
    with open_database(folder / "source.db") as db:
        settings.put(db, organization_name="Cedar Valley", paper_size="a4")
        ana = teachers.add(db, name="Ana Okafor", subjects=["Science"])
        cycle = cycles.add(db, teacher_ids=[ana], title="Claims", started_on="2026-09-01")
        visit = observations.start(db, ana, cycle_id=cycle, starts_at="2026-10-14T09:00")
        observations.add_line(db, visit, "Students argued", "strength", at="2026-10-14T09:04")
        meetings.add(db, starts_at="2026-11-24T15:45", tzid="America/Chicago", title="PLC")
        meetings.add_series(
            db,
            first_start="2026-09-01T15:30",
            rrule="FREQ=WEEKLY;COUNT=3",
            tzid="America/Chicago",
        )
        partner = partners.add(db, name="City Museum", kind="museum")
        contacts.add(db, name="Rosa Díaz", partner_id=partner, emails=["rosa@museum.org"])
        action_items.add(db, "Share the rubric", cycle_id=cycle, due_on="2026-11-01")
        teachers.delete(db, teachers.add(db, name="Ben Ito"))  # a trash entry
        exchange.export_json(db, folder / "all.json")
    data: dict[str, Any] = json.loads((folder / "all.json").read_text(encoding="utf-8"))
    return data


def edited(export: dict[str, Any], change: Callable[[Rows], None], path: Path) -> Path:
    data = json.loads(json.dumps(export))
    change(data["tables"])
    path.write_text(json.dumps(data), encoding="utf-8")  # escapes keep a lone surrogate
    return path


def set_value(table: str, column: str, value: Any) -> Callable[[Rows], None]:
    def change(tables: Rows) -> None:
        tables[table][0][column] = value

    return change


def set_setting(key: str, value: str) -> Callable[[Rows], None]:
    def change(tables: Rows) -> None:
        tables["settings"].append({"key": key, "value": value})

    return change


def set_payload(payload: Callable[[dict[str, Any]], Any]) -> Callable[[Rows], None]:
    def change(tables: Rows) -> None:
        entry = tables["trash"][0]
        entry["payload"] = json.dumps(payload(json.loads(entry["payload"])))

    return change


def test_the_unedited_export_imports(export: dict[str, Any], db: Database, tmp_path: Path) -> None:
    assert exchange.import_json(db, edited(export, lambda t: None, tmp_path / "same.json")) > 0
    assert teachers.list_teachers(db)[0].subjects == ["Science"]


BAD_VALUES = [
    ("meetings", "starts_at", "next Tuesday after lunch", "is not a date and time"),
    ("meetings", "tzid", "Mars/Olympus Mons", "not a time zone"),
    ("meetings", "duration_minutes", "an hour", "whole number"),
    ("meeting_series", "rrule", "FREQ=SOMETIMES", "not a repeat rule"),
    ("meeting_series", "dtstart", "first Tuesday", "is not a date and time"),
    ("observations", "starts_at", "during third period", "is not a date and time"),
    ("observation_lines", "recorded_at", "9ish", "is not a date and time"),
    ("observation_lines", "kind", "verdict", "must be one of"),
    ("cycles", "started_on", "2026-02-30", "not a real date"),
    ("cycles", "created_at", "yesterday", "is not a date and time"),
    ("cycle_stage_changes", "changed_at", "later", "is not a date and time"),
    ("action_items", "due_on", "soon", "not a date"),
    ("teachers", "subjects", "Science, Math", "cannot be read"),
    ("teachers", "subjects", "[" * DEEP + "]" * DEEP, "cannot be read"),
    ("teachers", "subjects", '[["Science"]]', "must be text"),
    ("teachers", "name", "x" * 5000, "the limit is 200"),
    ("teachers", "name", "Ana \ud800", "not valid text"),
    ("teachers", "may_be_named", "perhaps", "yes or no"),
    ("teachers", "id", 10**30, "between"),
    ("contacts", "emails", "[1, 2]", "must be text"),
    ("partners", "kind", "wizardry", "must be one of"),
    ("frameworks", "position", "first", "whole number"),
    ("trash", "deleted_at", "a while ago", "is not a date and time"),
]


@pytest.mark.parametrize(("table", "column", "value", "message"), BAD_VALUES)
def test_a_bad_value_in_any_table_is_refused_in_one_sentence(
    export: dict[str, Any],
    db: Database,
    tmp_path: Path,
    table: str,
    column: str,
    value: Any,
    message: str,
) -> None:
    bad = edited(export, set_value(table, column, value), tmp_path / "bad.json")
    tags_before = db.scalar("SELECT count(*) FROM tags")
    with pytest.raises(ImportFailed, match=message) as caught:
        exchange.import_json(db, bad)
    text = str(caught.value)
    assert f"'{table}'" in text and text.endswith("nothing was imported.")
    assert "\n" not in text
    assert exchange.is_empty(db)
    assert db.scalar("SELECT count(*) FROM tags") == tags_before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (set_setting("paper_size", '"huge"'), "must be one of"),
        (set_setting("backups_kept", '"many"'), "whole number"),
        (set_setting("welcome_done", "[" * DEEP + "]" * DEEP), "cannot be read"),
        (set_setting("welcome_done", "[1]"), "yes or no"),
        (set_payload(lambda p: "not a snapshot"), "trash"),
        (set_payload(lambda p: {**p, "rows": {"spells": []}}), "trash"),
        (set_payload(lambda p: {**p, "rows": {"teachers": [{"id": 9, "wand": 1}]}}), "trash"),
        (
            set_payload(
                lambda p: {
                    **p,
                    "rows": {"teachers": [{**p["rows"]["teachers"][0], "created_at": "soon"}]},
                }
            ),
            "is not a date and time",
        ),
        (set_payload(lambda p: {**p, "unlinked": [["teachers; DROP", "x", 1, 2]]}), "trash"),
    ],
)
def test_settings_and_the_trash_are_checked_too(
    export: dict[str, Any],
    db: Database,
    tmp_path: Path,
    change: Callable[[Rows], None],
    message: str,
) -> None:
    bad = edited(export, change, tmp_path / "bad.json")
    with pytest.raises(ImportFailed, match=message):
        exchange.import_json(db, bad)
    assert exchange.is_empty(db)


def test_a_file_nested_100000_deep_is_refused(db: Database, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")
    with pytest.raises(ImportFailed, match="nested too deeply"):
        exchange.import_json(db, deep)
    inside = tmp_path / "inside.json"
    tables = '{"t": ' * DEEP + "1" + "}" * DEEP
    inside.write_text(f'{{"format": "stemlead-export", "tables": {tables}}}', encoding="utf-8")
    with pytest.raises(ImportFailed, match="nested too deeply"):
        exchange.import_json(db, inside)


def test_the_command_refuses_a_meeting_that_is_not_a_time_and_leaves_no_file(
    export: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = edited(
        export,
        set_value("meetings", "starts_at", "next Tuesday after lunch"),
        tmp_path / "bad.json",
    )
    target = tmp_path / "new.db"
    assert main(["import", "json", str(bad), "--db", str(target)]) == 1
    err = capsys.readouterr().err
    assert "next Tuesday after lunch" in err and err.count("\n") == 1
    assert not target.exists()
    deep = tmp_path / "deep.json"
    deep.write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")
    assert main(["import", "json", str(deep), "--db", str(target)]) == 1
    assert "nested too deeply" in capsys.readouterr().err


def test_a_calendar_export_follows_an_import(
    export: dict[str, Any], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What an import lets in, the commands that trust it can use."""
    source = edited(export, lambda t: None, tmp_path / "all.json")
    assert main(["import", "json", str(source), "--db", str(db_path)]) == 0
    out = tmp_path / "meetings.ics"
    assert main(["export", "calendar", "-o", str(out), "--db", str(db_path)]) == 0
    assert "BEGIN:VEVENT" in out.read_text(encoding="utf-8")
    capsys.readouterr()


def test_a_template_nested_too_deeply_is_named(db: Database) -> None:
    folder = agenda_templates.user_folder(db)
    folder.mkdir()
    (folder / "deep.json").write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")
    with pytest.raises(StemLeadError, match=r"deep\.json .*nested too deeply"):
        agenda_templates.templates(db)


def test_a_lone_carriage_return_comes_in_as_a_line_break(
    export: dict[str, Any], db: Database, tmp_path: Path
) -> None:
    """A CR alone (a file edited on an old Mac) reached vCard lines and broke them."""
    path = edited(export, set_value("contacts", "name", "Rosa\rDíaz"), tmp_path / "cr.json")
    exchange.import_json(db, path)
    [rosa] = contacts.list_contacts(db)
    assert rosa.name == "Rosa Díaz"  # a one-line field: the break becomes a space
