"""Protocols and rubrics are data: the shipped ones load, a coach's own join them, and a
file with a mistake is left out with one sentence that names the file and the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stemlead.core import review_protocols
from stemlead.core.review_protocols import _Reader
from stemlead.errors import RulesFileProblem
from stemlead.resources import resource_path

RUBRIC = resource_path("rubrics", "lesson-design.json")


def test_the_shipped_protocols_and_rubric_load_without_problems() -> None:
    shipped = review_protocols.library(None)
    assert shipped.problems == ()
    assert sorted(shipped.protocols) == ["lesson-study", "rubric-review", "tuning", "warm-and-cool"]
    assert shipped.protocol("rubric-review").rubric == "lesson-design"
    rubric = shipped.rubrics["lesson-design"]
    assert [c.name for c in rubric.categories] == [
        "Three-dimensional design",
        "Supports for every student",
        "Seeing student progress",
    ]
    assert rubric.scale_label(0) == "Not yet evident"
    assert shipped.protocol("tuning").feedback == ("clarifying", "probing", "warm", "cool")


def _broken_rubric(text: str) -> str:
    """The shipped rubric with one value changed, as a coach might mistype it."""
    return RUBRIC.read_text(encoding="utf-8").replace('{"value": 2, "label": "Evident"}', text, 1)


@pytest.mark.parametrize(
    ("replacement", "line", "problem"),
    [
        ('{"value": 2, "label": "Evident"', 8, "it is not valid JSON"),
        ('{"value": "two", "label": "Evident"}', 7, '"value" must be a whole number from 0 to 10'),
        ('{"value": 1, "label": "Evident"}', 7, "the value 1 is on the scale twice"),
        ('{"value": 2, "lable": "Evident"}', 7, '"lable" is not a known setting'),
    ],
)
def test_a_malformed_rubric_names_the_file_the_line_and_the_problem(
    tmp_path: Path, replacement: str, line: int, problem: str
) -> None:
    folder = tmp_path / "rubrics"
    folder.mkdir()
    (folder / "lesson-design.json").write_text(_broken_rubric(replacement), encoding="utf-8")
    found = review_protocols.library(tmp_path / "stemlead.db")
    path = folder / "lesson-design.json"
    assert found.problems[0].startswith(
        f"The rubric {path} has a mistake at line {line}: {problem}"
    ), found.problems
    assert found.problems[0].endswith("so it is not used.")
    # the rubric review needs that rubric, so it is left out too, and says why
    assert "rubric-review" not in found.protocols
    assert "uses the rubric 'lesson-design'" in found.problems[1]
    assert "tuning" in found.protocols  # the rest go on


def test_a_shipped_file_with_a_mistake_is_named_by_its_place_in_resources(tmp_path: Path) -> None:
    """The same check reads ``resources/``: a district's edit there is named in its words."""
    broken = tmp_path / "lesson-design.json"
    broken.write_text(json.dumps({"name": "Lesson design", "scale": [], "categories": []}))
    with pytest.raises(RulesFileProblem, match='line 1: "scale" must be a list'):
        _Reader(broken, "rubric").rubric()
    assert review_protocols._name(RUBRIC) == "resources/rubrics/lesson-design.json"


def test_a_step_without_minutes_is_found_by_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "review protocols"
    folder.mkdir()
    (folder / "fishbowl.json").write_text(
        '{\n  "name": "Fishbowl",\n  "steps": [\n    {"title": "Inner circle talks",'
        ' "minutes": 10},\n    {"title": "Outer circle notes"}\n  ]\n}\n',
        encoding="utf-8",
    )
    found = review_protocols.library(tmp_path / "stemlead.db")
    assert found.problems == (
        f'The review protocol {folder / "fishbowl.json"} has a mistake at line 5: "minutes" '
        "must be a whole number from 1 to 240, so it is not used.",
    )


def test_a_coach_adds_a_protocol_and_replaces_a_shipped_one_by_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "review protocols"
    folder.mkdir()
    mine = {"name": "Our quick tuning", "steps": [{"title": "Warm", "minutes": 4}]}
    (folder / "tuning.json").write_text(json.dumps(mine), encoding="utf-8")
    (folder / "gallery-walk.json").write_text(
        json.dumps({"name": "Gallery walk", "steps": [{"title": "Walk", "minutes": 15}]}),
        encoding="utf-8",
    )
    found = review_protocols.library(tmp_path / "stemlead.db")
    assert found.problems == ()
    assert found.protocol("tuning").name == "Our quick tuning"
    assert found.protocol("tuning").minutes == 4
    assert found.protocol("gallery-walk").feedback == review_protocols.FEEDBACK_KINDS
    assert found.name_of("retired-protocol") == "Retired protocol"
