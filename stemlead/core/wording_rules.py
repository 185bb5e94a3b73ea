"""Wording lists: the rules of the wording check, read from JSON files and compiled once.

A list is a JSON file (``resources/wording/en.json`` ships; a coach adds ``*.json`` files
to a ``wording`` folder beside the database). Rules are phrase lists, not regular
expressions: ``*`` stands for any letters at the start or end of a word, ``#`` for a
number, ``@name`` for a word list from the file's ``words``. Each rule says which subject
it is about (so "the pendulum failed to swing" is not a verdict on a person), what to skip
and why, and carries its own examples and counter-examples. Any mistake is reported as one
sentence naming the file and the line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stemlead.errors import RulesFileProblem

SUBJECTS = frozenset({"teacher", "students", "none", "other"})
TYPES = ("phrase", "wondering")
# Word lists the check itself reads to find who a phrase is about and where sentences end.
GRAMMAR_WORDS = ("teacher", "students", "titles", "skip", "determiners", "conjunctions")
_RULE_KEYS = {
    "id": str,
    "type": str,
    "phrases": list,
    "then": list,
    "subject": list,
    "unless_followed_by": list,
    "unless_preceded_by": list,
    "unless_sentence_has": list,
    "unless_about": list,
    "skip_questions": bool,
    "kinds": list,
    "labels": list,
    "question_starts": list,
    "why": str,
    "reframes": list,
    "examples": list,
    "counter_examples": list,
}
_FILE_KEYS = {"language", "name", "description", "words", "never_check_kinds"}
_FILE_KEYS |= {"must_not_flag", "rules"}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The grammar words of one language, as lower-case sets (apostrophes straightened)."""

    teacher: frozenset[str]
    students: frozenset[str]
    titles: frozenset[str]
    skip: frozenset[str]
    determiners: frozenset[str]
    conjunctions: frozenset[str]
    not_an_end: re.Pattern[str]  # text ending in an abbreviation: its full stop ends nothing
    clause_break: re.Pattern[str]  # punctuation or a conjunction between two clauses


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    kind: str | None
    span: tuple[int, int] | None  # where the finding must be, from [brackets] in the file
    source: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    type: str
    why: str
    reframes: tuple[str, ...]
    words: Vocabulary
    pattern: re.Pattern[str] | None = None
    subject: frozenset[str] | None = None
    followed_by: re.Pattern[str] | None = None  # anchored where the phrase ends
    preceded_by: re.Pattern[str] | None = None  # anchored where the phrase starts
    sentence_has: re.Pattern[str] | None = None
    about: re.Pattern[str] | None = None  # things the clause's subject may be
    skip_questions: bool = False
    kinds: frozenset[str] = frozenset()
    labels: re.Pattern[str] | None = None
    question_starts: re.Pattern[str] | None = None
    examples: tuple[Example, ...] = ()
    counter_examples: tuple[Example, ...] = ()
    source: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class RuleFile:
    rules: tuple[Rule, ...]
    never_check_kinds: frozenset[str]
    must_not_flag: tuple[Example, ...]
    words: Mapping[str, tuple[str, ...]]


def load_file(
    path: Path, base_words: Mapping[str, tuple[str, ...]] | None = None, *, name: str = ""
) -> RuleFile:
    """Read, check and compile one wording list; ``base_words`` fill in lists it leaves out.

    ``name`` is how messages call the file (default: ``resources/wording/en.json`` style).
    """
    name = name or f"resources/{path.parent.name}/{path.name}"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesFileProblem(f"The wording list {name} cannot be read ({exc}).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulesFileProblem(
            f"The wording list {name} has a mistake at line {exc.lineno}: "
            f"it is not valid JSON ({exc.msg})."
        ) from None
    return _Compiler(name, text, base_words or {}).file(data)


class _Compiler:
    """Turns one parsed file into compiled rules, naming the line of the first mistake."""

    def __init__(self, name: str, text: str, base_words: Mapping[str, tuple[str, ...]]):
        self.name, self.text, self.base_words = name, text, base_words
        self.words: dict[str, tuple[str, ...]] = dict(base_words)

    def fail(self, line: int, what: str) -> RulesFileProblem:
        return RulesFileProblem(
            f"The wording list {self.name} has a mistake at line {line}: {what}."
        )

    def line_of(self, key: str) -> int:
        found = re.search(rf'"{re.escape(key)}"\s*:', self.text)
        return self.text.count("\n", 0, found.start()) + 1 if found else 1

    def file(self, data: Any) -> RuleFile:
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            raise self.fail(1, 'it needs an object with a "rules" list')
        unknown = sorted(set(data) - _FILE_KEYS)
        if unknown:
            raise self.fail(self.line_of(unknown[0]), f'"{unknown[0]}" is not a known setting')
        words = data.get("words", {})
        if not isinstance(words, dict) or not all(
            isinstance(v, list) and all(isinstance(w, str) for w in v) for v in words.values()
        ):
            raise self.fail(self.line_of("words"), '"words" must map names to lists of words')
        self.words.update({k: tuple(v) for k, v in words.items()})
        missing = [w for w in GRAMMAR_WORDS if w not in self.words]
        if missing:
            raise self.fail(self.line_of("words"), f'"words" needs a "{missing[0]}" list')
        vocab = self._vocabulary()
        rules, seen = [], set()
        for line, raw in zip(self._rule_lines(), data["rules"], strict=True):
            rule = self._rule(raw, line, vocab)
            if rule.id in seen:
                raise self.fail(line, f"the rule id '{rule.id}' is used twice")
            seen.add(rule.id)
            rules.append(rule)
        return RuleFile(
            rules=tuple(rules),
            never_check_kinds=frozenset(self._strings(data, "never_check_kinds", 1)),
            must_not_flag=tuple(
                self._example(e, self.line_of("must_not_flag"))
                for e in self._list(data, "must_not_flag", self.line_of("must_not_flag"))
            ),
            words=self.words,
        )

    def _rule_lines(self) -> Iterator[int]:
        """The line each rule object starts on (the file is valid JSON by now)."""
        decoder = json.JSONDecoder()
        found = re.search(r'"rules"\s*:\s*\[', self.text)
        at = found.end() if found else len(self.text)
        while True:
            while at < len(self.text) and self.text[at] in " \t\r\n,":
                at += 1
            if at >= len(self.text) or self.text[at] == "]":
                return
            yield self.text.count("\n", 0, at) + 1
            at = decoder.raw_decode(self.text, at)[1]

    def _vocabulary(self) -> Vocabulary:
        def lower(key: str) -> frozenset[str]:
            return frozenset(w.lower().replace("’", "'") for w in self.words[key])

        abbreviations = self.words.get("abbreviations", ())
        ending = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
        return Vocabulary(
            teacher=lower("teacher"),
            students=lower("students"),
            titles=lower("titles"),
            skip=lower("skip"),
            determiners=lower("determiners"),
            conjunctions=lower("conjunctions"),
            not_an_end=re.compile(rf"(?<![\w.])(?:{ending or '(?!)'})\Z", re.IGNORECASE),
            clause_break=re.compile(
                rf"[,;:()\[\]—–]|\s-\s|{_alternatives(self.words['conjunctions'])}", re.IGNORECASE
            ),
        )

    def _settings(self, raw: Any, line: int) -> dict[str, Any]:
        """A rule's settings, each one known and of its type."""
        if not isinstance(raw, dict):
            raise self.fail(line, "each rule must be an object")
        for key, value in raw.items():
            if key not in _RULE_KEYS:
                raise self.fail(line, f'"{key}" is not a known rule setting')
            if not isinstance(value, _RULE_KEYS[key]):
                kind = {str: "text", list: "a list", bool: "true or false"}[_RULE_KEYS[key]]
                raise self.fail(line, f'"{key}" must be {kind}')
        return raw

    def _rule(self, given: Any, line: int, vocab: Vocabulary) -> Rule:
        raw = self._settings(given, line)
        rule_id = raw.get("id", "")
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", rule_id):
            raise self.fail(line, "each rule needs an id of lower-case letters, digits and -")
        kind = raw.get("type", "phrase")
        if kind not in TYPES:
            raise self.fail(line, f"rule '{rule_id}' has an unknown type '{kind}'")
        if not raw.get("why", "").strip():
            raise self.fail(line, f"rule '{rule_id}' needs a why")
        reframes = self._strings(raw, "reframes", line)
        if not 1 <= len(reframes) <= 2:
            raise self.fail(line, f"rule '{rule_id}' needs one or two reframes")
        subject = self._strings(raw, "subject", line)
        if set(subject) - SUBJECTS:
            raise self.fail(line, f"rule '{rule_id}' has a subject outside {sorted(SUBJECTS)}")
        if kind == "phrase" and not raw.get("phrases"):
            raise self.fail(line, f"rule '{rule_id}' needs a list of phrases")
        if kind == "wondering" and not raw.get("kinds"):
            raise self.fail(line, f"rule '{rule_id}' needs the kinds of line it checks")

        def pattern(key: str, before: str = "", after: str = "") -> re.Pattern[str] | None:
            phrases = self._phrases(raw, key, line, rule_id)
            if not phrases:
                return None
            return re.compile(before + _alternatives(phrases) + after, re.IGNORECASE)

        then = self._phrases(raw, "then", line, rule_id)
        between = rf"(?:\s+{_alternatives(self.words['skip'])})?\s+"
        return Rule(
            id=rule_id,
            type=kind,
            why=raw["why"].strip(),
            reframes=tuple(reframes),
            words=vocab,
            pattern=pattern("phrases", after=between + _alternatives(then) if then else ""),
            subject=frozenset(subject) if subject else None,
            followed_by=pattern("unless_followed_by", before=r"\s*"),
            preceded_by=pattern("unless_preceded_by", after=r"\s*\Z"),
            sentence_has=pattern("unless_sentence_has"),
            about=pattern("unless_about"),
            skip_questions=raw.get("skip_questions", False),
            kinds=frozenset(self._strings(raw, "kinds", line)),
            labels=pattern("labels", r"\s*", r"\s*[:–—-]\s*"),
            question_starts=pattern("question_starts", before=r"\s*"),
            examples=tuple(self._example(e, line) for e in raw.get("examples", [])),
            counter_examples=tuple(self._example(e, line) for e in raw.get("counter_examples", [])),
            source=self.name,
            line=line,
        )

    def _list(self, raw: dict[str, Any], key: str, line: int) -> list[Any]:
        value = raw.get(key, [])
        if not isinstance(value, list):
            raise self.fail(line, f'"{key}" must be a list')
        return value

    def _strings(self, raw: dict[str, Any], key: str, line: int) -> list[str]:
        value = self._list(raw, key, line)
        if not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(line, f'"{key}" must be a list of words or sentences')
        return [v.strip() for v in value]

    def _phrases(self, raw: dict[str, Any], key: str, line: int, rule_id: str) -> list[str]:
        phrases: list[str] = []
        for entry in self._strings(raw, key, line):
            if entry.startswith("@"):
                if entry[1:] not in self.words:
                    raise self.fail(line, f"rule '{rule_id}' uses {entry}, which \"words\" lacks")
                phrases += self.words[entry[1:]]
            else:
                phrases.append(entry)
        return phrases

    def _example(self, raw: Any, line: int) -> Example:
        text, kind = (raw, None) if isinstance(raw, str) else (None, None)
        if isinstance(raw, dict) and set(raw) <= {"text", "kind"}:
            text, kind = raw.get("text"), raw.get("kind")
        if not isinstance(text, str) or not (kind is None or isinstance(kind, str)):
            raise self.fail(line, 'an example must be a sentence or {"text": …, "kind": …}')
        marked = re.fullmatch(r"(.*?)\[(.+?)\](.*)", text, re.DOTALL)
        if marked is None:
            return Example(text, kind, None, self.name)
        before, phrase, after = marked.groups()
        span = (len(before), len(before) + len(phrase))
        return Example(before + phrase + after, kind, span, self.name)


def _alternatives(phrases: list[str] | tuple[str, ...]) -> str:
    """One regular expression for a phrase list, longest first so the longest wins."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(_phrase_pattern(p) for p in unique) + ")"


def _phrase_pattern(phrase: str) -> str:
    parts = []
    for token in phrase.replace("’", "'").split():
        if token == "#":
            parts.append(r"\d+(?:[.,]\d+)?")
            continue
        body = re.escape(token.strip("*")).replace("'", "['’]")
        parts.append(
            (r"\w*" if token.startswith("*") else "")
            + body
            + (r"\w*" if token.endswith("*") else "")
        )
    pattern = r"\s+".join(parts)
    if re.match(r"[\w*#]", phrase):
        pattern = r"(?<!\w)" + pattern
    if re.search(r"[\w*#]\Z", phrase):
        pattern += r"(?!\w)"
    return pattern
