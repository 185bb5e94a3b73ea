"""The wording check: each rule, the sentences it must leave alone, and the coach's lists."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stemlead.core import wording
from stemlead.core.wording_rules import Example, load_file
from stemlead.errors import RulesFileProblem
from stemlead.resources import resource_path
from stemlead.store import Database
from tests.conftest import run_stemlead

SHIPPED = wording.shipped()
SHIPPED_WORDS = load_file(resource_path("wording", "en.json")).words


def run_with_stdin(text: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command reading ``text`` from a pipe."""
    return subprocess.run(
        [sys.executable, "-m", "stemlead", *args],
        input=text,
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def _cases(attr: str) -> list[pytest.param]:
    return [
        pytest.param(rule.id, example, id=f"{rule.id}: {example.text[:40]}")
        for rule in SHIPPED.rules
        for example in getattr(rule, attr)
    ]


@pytest.mark.parametrize(("rule_id", "example"), _cases("examples"))
def test_each_rule_flags_its_examples(rule_id: str, example: Example) -> None:
    hits = [f for f in wording.check(example.text, kind=example.kind) if f.rule == rule_id]
    assert hits, f"{rule_id} is quiet on {example.text!r}"
    if example.span:
        assert (hits[0].start, hits[0].end) == example.span, hits[0].phrase


@pytest.mark.parametrize(("rule_id", "example"), _cases("counter_examples"))
def test_each_rule_stays_quiet_on_its_counter_examples(rule_id: str, example: Example) -> None:
    assert [
        f.phrase for f in wording.check(example.text, kind=example.kind) if f.rule == rule_id
    ] == []


@pytest.mark.parametrize("example", SHIPPED.must_not_flag, ids=lambda e: e.text[:40])
def test_sentences_that_must_not_be_flagged(example: Example) -> None:
    assert wording.check(example.text, kind=example.kind) == []


def test_every_shipped_rule_carries_examples_and_counter_examples() -> None:
    assert len(SHIPPED.rules) >= 12
    for rule in SHIPPED.rules:
        assert rule.examples and rule.counter_examples, rule.id
        assert 1 <= len(rule.reframes) <= 2 and rule.why.endswith("."), rule.id
    assert wording.misfires(SHIPPED) == []


def test_the_issue_examples_get_their_reframes() -> None:
    [found] = wording.check("The teacher didn't check for understanding before the lab.")
    assert found.phrase == "didn't check for understanding"
    assert "What might show you what each student understood?" in found.reframes
    [found] = wording.check("You should have asked the groups to predict first.")
    assert found.rule == "should-have" and found.reframes[0].startswith("Next time we could try")
    for text, rule in [
        ("Her questioning was poor.", "deficit-word"),
        ("A weak launch.", "deficit-word"),
        ("A lack of structure in the lab.", "deficit-word"),
        ("He failed to post the objective.", "failed-to"),
        ("Students were unable to start.", "unable"),
        ("That is the wrong way to teach it.", "wrong"),
        ("Careless planning.", "deficit-word"),
        ("You must circulate more.", "must"),
        ("You never ask the quiet students.", "never-about-a-person"),
        ("She always gives the answer away.", "always-about-a-person"),
        ("Great job!", "vague-praise"),
    ]:
        assert [f.rule for f in wording.check(text)] == [rule], text


def test_who_a_phrase_is_about_decides_whether_it_is_a_verdict() -> None:
    about_a_person = [
        "On Tuesday, Ana forgot to post the target.",  # a name inside the sentence
        "Ms. Lee failed to post the target.",
        "Forgot to post the target.",  # a terse note: the subject is left out
        "Explained the task and then failed to check in.",  # the clause's subject carries on
        "The students explained their claims but failed to cite data.",
    ]
    about_a_thing = [
        "The pendulum failed to swing past the line.",
        "The CBL failed to read the probe.",  # an acronym is not a name
        "The bulb lit but then failed to stay on.",
        "Students noticed that the cart failed to reach the end.",
    ]
    assert [bool(wording.check(t)) for t in about_a_person] == [True] * len(about_a_person)
    assert [wording.check(t) for t in about_a_thing] == [[]] * len(about_a_thing)


def test_spans_index_the_original_text_whatever_comes_before() -> None:
    for before in ("🙂🧪 ", "学生们在讨论。", "الطلاب ", "İİİ ", "e\u0301te\u0301 — "):
        text = before + "Then you didn’t ask a follow-up question."
        [found] = wording.check(text)
        assert text[found.start : found.end] == found.phrase == "didn’t ask"
        assert found.start == len(before) + len("Then you ")


def test_quoted_talk_and_student_thinking_are_never_checked() -> None:
    talk = "Maya said “you never let us try it first” and the group laughed."
    assert wording.check(talk) == []
    assert wording.check("You never let us try it first.", kind="student_thinking") == []
    assert wording.check("Ari: 'that's wrong, it should float' — then he tested it.") == []
    assert wording.check('"It failed to work," said Leo.') == []
    # an apostrophe is not a quotation mark: the judgement outside is still seen
    [found] = wording.check("The students' answers didn't matter; you didn't ask for them.")
    assert found.phrase == "didn't ask"


def test_questions_are_not_told_off_for_should_or_must() -> None:
    assert wording.check("Should we have started with the demo?") == []
    assert wording.check("Must we finish the unit by Friday?") == []
    [found] = wording.check("Should we try it? You should have asked first.")
    assert found.phrase == "should have"


def test_a_wondering_should_be_a_question() -> None:
    [found] = wording.check("  The pacing felt rushed.  ", kind="wondering")
    assert found.rule == "wondering-not-a-question" and found.phrase == "The pacing felt rushed."
    assert wording.check("What might happen with a timer?", kind="wondering") == []
    assert wording.check("I wonder if a timer would help.", kind="wondering") == []
    assert wording.check("The pacing felt rushed.", kind="strength") == []
    whole, phrase = wording.check("You failed to check the groups.", kind="wondering")
    assert (whole.start, phrase.phrase) == (0, "failed to")  # the line, and the phrase in it
    [found] = wording.check("Wondering: groups needed roles.")
    assert found.phrase == "groups needed roles."
    assert wording.check("", kind="wondering") == []


def _write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, indent=2), "utf-8")
    return path


def coach_list() -> dict[str, list[dict[str, object]]]:
    """A coach's own list: one new rule, and one that replaces a shipped rule."""
    return {
        "rules": [
            {
                "id": "behind",
                "phrases": ["behind schedule", "falling behind"],
                "why": "Behind whom? Name where the class is instead.",
                "reframes": ["Where are students in the unit, and what comes next?"],
                "examples": ["The class is [falling behind]."],
                "counter_examples": ["The cart rolled behind the door."],
            },
            {
                "id": "vague-praise",
                "phrases": ["super"],
                "why": "Say what was super.",
                "reframes": ["What exactly worked?"],
            },
        ]
    }


def test_a_coachs_own_list_beside_the_database_is_read(db: Database) -> None:
    folder = db.path.parent / "wording"
    _write(folder, "mine.json", coach_list())
    rule_set = wording.rules(db.path)
    assert rule_set.problems == ()
    [found] = wording.check("Grade 6 is falling behind.", rules=rule_set)
    assert (found.rule, found.reframes) == (
        "behind",
        ("Where are students in the unit, and what comes next?",),
    )
    # a coach's rule with a shipped id replaces it; the other shipped rules still apply
    assert [f.rule for f in wording.check("Super! You failed to post it.", rules=rule_set)] == [
        "vague-praise",
        "failed-to",
    ]
    assert wording.check("Great job!", rules=rule_set) == []
    # an edit is picked up the next time
    edited = coach_list()
    edited["rules"][0]["phrases"] = ["off pace"]
    _write(folder, "mine.json", edited)
    assert [f.rule for f in wording.check("Off pace again.", rules=wording.rules(db.path))] == [
        "behind"
    ]


def test_another_language_list_uses_its_own_words(tmp_path: Path) -> None:
    _write(
        tmp_path / "wording",
        "es.json",
        {
            "language": "es",
            "words": {"teacher": ["usted", "tú", "ella", "él"], "students": ["estudiantes"]},
            "rules": [
                {
                    "id": "es-debio",
                    "phrases": ["debió", "debería haber"],
                    "subject": ["teacher", "none"],
                    "why": "Mira hacia atrás como un juicio.",
                    "reframes": ["La próxima vez podríamos probar…"],
                    "examples": ["Usted [debió] modelar el primer paso."],
                    "counter_examples": ["El péndulo debió oscilar más."],
                }
            ],
        },
    )
    rule_set = wording.rules(tmp_path / "stemlead.db")  # no database file needed
    assert rule_set.problems == ()
    assert [f.rule for f in wording.check("Ella debería haber esperado.", rules=rule_set)] == [
        "es-debio"
    ]


def test_a_broken_coach_list_is_named_in_one_sentence_and_the_rest_still_works(
    db: Database,
) -> None:
    folder = db.path.parent / "wording"
    _write(folder, "broken.json", '{\n  "rules": [\n    {"id": "x",,}\n  ]\n}\n')
    rule_set = wording.rules(db.path)
    [problem] = rule_set.problems
    assert str(folder / "broken.json") in problem and "line 3" in problem
    assert problem.endswith(", so its rules are not used.") and "\n" not in problem
    assert [f.rule for f in wording.check("You failed to post it.", rules=rule_set)] == [
        "failed-to"
    ]


def test_a_coach_rule_that_misses_its_own_example_is_reported(tmp_path: Path) -> None:
    rule = {**coach_list()["rules"][0], "examples": ["We are [on track]."]}
    _write(tmp_path / "wording", "mine.json", {"rules": [rule]})
    [problem] = wording.rules(tmp_path / "x.db").problems
    assert "line 3" in problem and "does not flag its example “We are on track.”" in problem


@pytest.mark.parametrize(
    ("rule", "line", "message"),
    [
        ({"id": "x", "phrases": ["p"], "reframes": ["r"]}, 4, "rule 'x' needs a why"),
        ({"id": "x", "phrases": [], "why": "w", "reframes": ["r"]}, 4, "needs a list of phrases"),
        ({"id": "x", "phrases": ["p"], "why": "w", "reframes": []}, 4, "one or two reframes"),
        ({"id": "x", "phrase": ["p"]}, 4, '"phrase" is not a known rule setting'),
        ({"id": "x", "phrases": "p", "why": "w"}, 4, '"phrases" must be a list'),
        ({"id": "X y", "phrases": ["p"], "why": "w", "reframes": ["r"]}, 4, "needs an id"),
        ({"id": "x", "phrases": ["@nope"], "why": "w", "reframes": ["r"]}, 4, "uses @nope"),
        (
            {"id": "x", "phrases": ["p"], "why": "w", "reframes": ["r"], "subject": ["cat"]},
            4,
            "subject",
        ),
        ({"id": "x", "type": "regex", "phrases": ["p"], "why": "w", "reframes": ["r"]}, 4, "type"),
    ],
)
def test_the_loader_names_the_line_of_a_mistake(
    tmp_path: Path, rule: dict[str, object], line: int, message: str
) -> None:
    ok = {"id": "ok", "phrases": ["p"], "why": "w", "reframes": ["r"]}
    text = '{\n  "rules": [\n    ' + json.dumps(ok) + ",\n    " + json.dumps(rule) + "\n  ]\n}\n"
    path = _write(tmp_path, "bad.json", text)
    with pytest.raises(RulesFileProblem) as caught:
        load_file(path, SHIPPED_WORDS, name="bad.json")
    assert f"bad.json has a mistake at line {line}: " in str(caught.value)
    assert message in str(caught.value)


def test_the_loader_checks_the_file_as_a_whole(tmp_path: Path) -> None:
    for text, line, message in [
        ("[]", 1, 'needs an object with a "rules" list'),
        ('{\n  "rules": [],\n  "colour": 1\n}', 3, '"colour" is not a known setting'),
        (
            '{"rules": [\n{"id": "a", "phrases": ["p"], "why": "w", "reframes": ["r"]},\n'
            '{"id": "a", "phrases": ["q"], "why": "w", "reframes": ["r"]}]}',
            3,
            "used twice",
        ),
    ]:
        path = _write(tmp_path, "bad.json", text)
        with pytest.raises(RulesFileProblem, match=rf"line {line}: .*{message}"):
            load_file(path, SHIPPED_WORDS)
    path = _write(tmp_path, "nowords.json", '{"rules": []}')
    with pytest.raises(RulesFileProblem, match='needs a "teacher" list'):
        load_file(path)


def test_the_command_checks_text_or_stdin(tmp_path: Path) -> None:
    result = run_stemlead("wording", "You failed to post the target. Great job!")
    assert result.returncode == 0 and result.stderr == ""
    assert "“failed to”" in result.stdout and "try: Not yet" in result.stdout
    result = run_stemlead("wording", "--json", "Students did not give up.")
    assert (result.returncode, json.loads(result.stdout)) == (0, [])
    result = run_stemlead("wording", "Students did not give up.")
    assert result.stdout == "No phrases that may read as judgement.\n"
    text = "🧪 Ms. Okafor didn't give wait time."
    stdin = run_with_stdin(text, "wording", "-", "--json")
    [found] = json.loads(stdin.stdout)
    assert (
        found
        == {
            "id": 1,
            "phrase": "didn't give",
            "start": 13,
            "end": 24,
            "rule": "did-not",
            "why": found["why"],
            "reframes": found["reframes"],
        }
        and text[13:24] == "didn't give"
    )
    result = run_stemlead("wording", "--kind", "wondering", "--json", "Groups needed roles.")
    assert [f["rule"] for f in json.loads(result.stdout)] == ["wondering-not-a-question"]


def test_the_command_reads_the_coachs_lists_beside_the_database(tmp_path: Path) -> None:
    _write(tmp_path / "wording", "mine.json", coach_list())
    _write(tmp_path / "wording", "zz-broken.json", "{")
    db = str(tmp_path / "stemlead.db")
    result = run_stemlead("wording", "--db", db, "--json", "Falling behind.")
    assert result.returncode == 0
    assert [f["rule"] for f in json.loads(result.stdout)] == ["behind"]
    assert (
        result.stderr.count("\n") == 1 and "zz-broken.json has a mistake at line 1" in result.stderr
    )
    assert not Path(db).exists()  # checking wording never creates a database
