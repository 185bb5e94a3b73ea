"""The wording check: phrases in teacher-facing text that may read as judgement or deficit.

Coaching fails when teachers feel evaluated, so before a note goes to a teacher the coach
can see which phrases may land as a verdict ("failed to", "should have", "poor"), a
wondering that is not a question, or praise with no evidence, each with why and one or two
strengths-based reframes. The rules are data (``core/wording_rules.py``); this module only
applies them. Quoted talk and lines of student thinking are never checked. It runs on every
pause in typing, so all patterns are compiled once and a check is a few regex scans.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from stemlead.core.wording_rules import Example, Rule, RuleFile, Vocabulary, load_file
from stemlead.errors import RulesFileProblem
from stemlead.resources import beside_database, data_files, resource_path

FOLDER = "wording"  # beside the database: the coach's own lists
BASE_LIST = "en.json"  # the shipped list whose words other lists fall back on

# Quotations in any common style; a straight or curly single quote only when it opens
# after a space and closes before one (so "don't" and "students'" are not quotes).
_QUOTES = re.compile(
    r'"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|'
    r"(?<!\w)'(?:[^'\n]|'(?=\w))*'(?!\w)|(?<!\w)‘(?:[^’\n]|’(?=\w))*’(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"'”’)\]]|\Z)|\n")
_CLAUSE_MARK = re.compile(r"[,;:()\[\]—–]|\s-\s")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True, slots=True)
class Finding:
    """One phrase to reconsider; ``start``/``end`` index the original text (code points)."""

    start: int
    end: int
    phrase: str
    rule: str
    why: str
    reframes: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "why": self.why,
            "reframes": list(self.reframes),
        }


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The rules in force, and one sentence per coach's list that could not be used."""

    rules: tuple[Rule, ...]
    never_check_kinds: frozenset[str]
    must_not_flag: tuple[Example, ...]
    problems: tuple[str, ...] = ()


def check(text: str, *, kind: str | None = None, rules: RuleSet | None = None) -> list[Finding]:
    """The phrases in ``text`` that may read as judgement, in text order.

    ``kind`` says what the text is (an evidence line kind such as ``"wondering"`` or
    ``"student_thinking"``, or None for free text); ``rules`` defaults to the shipped list.
    """
    rule_set = rules if rules is not None else shipped()
    if kind in rule_set.never_check_kinds or not text.strip():
        return []
    doc = _Text(text)
    found: list[tuple[int, int, int, Rule]] = []
    for order, rule in enumerate(rule_set.rules):
        spans = _wondering(rule, doc, kind) if rule.type == "wondering" else _phrases(rule, doc)
        found += [(start, end, order, rule) for start, end in spans]
    found.sort(key=lambda f: (f[0], f[0] - f[1], f[2]))  # earliest, then longest, then first rule
    findings: list[Finding] = []
    phrases_end = 0  # phrases do not overlap; a whole-line finding (a wondering) overlaps them
    for start, end, _, rule in found:
        if rule.type == "phrase":
            if start < phrases_end:
                continue
            phrases_end = end
        findings.append(Finding(start, end, text[start:end], rule.id, rule.why, rule.reframes))
    return findings


class _Text:
    """The text with quotations blanked out (same length, so offsets still hold), and its
    sentences, worked out only when a rule needs them."""

    def __init__(self, text: str):
        self.masked = _QUOTES.sub(lambda m: " " * len(m.group()), text)
        self._sentences: dict[int, tuple[list[int], list[int], list[bool]]] = {}

    def sentence(self, at: int, words: Vocabulary) -> tuple[int, int, bool]:
        """Start, end and whether it asks a question, of the sentence holding ``at``."""
        key = id(words)
        if key not in self._sentences:
            starts, ends, questions = [0], [], []
            for m in _SENTENCE_END.finditer(self.masked):
                if m.group() == "." and words.not_an_end.search(
                    self.masked, max(0, m.start() - 8), m.start()
                ):
                    continue
                ends.append(m.end())
                questions.append("?" in m.group())
                starts.append(m.end())
            ends.append(len(self.masked))
            questions.append(False)
            self._sentences[key] = (starts, ends, questions)
        starts, ends, questions = self._sentences[key]
        i = bisect.bisect_right(starts, at) - 1
        return starts[i], ends[i], questions[i]


def _phrases(rule: Rule, doc: _Text) -> list[tuple[int, int]]:
    assert rule.pattern is not None
    spans = []
    masked = doc.masked
    for m in rule.pattern.finditer(masked):
        start, end = m.span()
        if rule.followed_by and rule.followed_by.match(masked, end):
            continue
        if rule.preceded_by and rule.preceded_by.search(masked, max(0, start - 40), start):
            continue
        s_start, s_end, question = doc.sentence(start, rule.words)
        if rule.skip_questions and question:
            continue
        if rule.sentence_has and (
            rule.sentence_has.search(masked, s_start, start)
            or rule.sentence_has.search(masked, end, s_end)
        ):
            continue
        if rule.about and _clause_is_about(rule.about, rule.words, masked, s_start, start):
            continue
        if rule.subject is not None:
            clause = max(
                (c.end() for c in _CLAUSE_MARK.finditer(masked, s_start, start)), default=s_start
            )
            words = _WORD.findall(masked, clause, start)
            if _subject(words, rule.words, clause == s_start) not in rule.subject:
                continue
        spans.append((start, end))
    return spans


def _clause_is_about(
    things: re.Pattern[str], vocab: Vocabulary, masked: str, s_start: int, start: int
) -> bool:
    """Whether the first words of the clause (its subject: "the spring scale is weak")
    name one of ``things``."""
    breaks = vocab.clause_break
    c_start = max((c.end() for c in breaks.finditer(masked, s_start, start)), default=s_start)
    lead = [
        w
        for w in _WORD.finditer(masked, c_start, start)
        if _norm(w.group()) not in vocab.determiners and _norm(w.group()) not in vocab.skip
    ][:2]
    return bool(lead) and things.search(masked, lead[0].start(), lead[-1].end()) is not None


def _subject(words: list[str], vocab: Vocabulary, sentence_start: bool) -> str:
    """Who the words just before a phrase make it about: teacher, students, none, other.

    The nearest word that is not an auxiliary or adverb decides; after "and"/"but" the
    subject is the one the clause started with ("Explained the task and didn't check").
    """
    i = len(words) - 1
    while i >= 0 and (_norm(words[i]) in vocab.skip or words[i].isdigit()):
        i -= 1
    if i < 0:
        return "none"
    word = _norm(words[i])
    if word in vocab.teacher:
        return "teacher"
    if word in vocab.students:
        return "students"
    if word in vocab.conjunctions:
        return _clause_subject(words[:i], vocab)
    if _is_name(words, i, vocab, sentence_start):
        return "teacher"
    return "other"


def _clause_subject(words: list[str], vocab: Vocabulary) -> str:
    lowered = [_norm(w) for w in words if _norm(w) not in vocab.skip]
    if not lowered:
        return "none"
    head = lowered[1:3] if lowered[0] in vocab.determiners else lowered[:1]
    for word in head:
        if word in vocab.teacher:
            return "teacher"
        if word in vocab.students:
            return "students"
    return "other" if lowered[0] in vocab.determiners else "none"


def _is_name(words: list[str], i: int, vocab: Vocabulary, sentence_start: bool) -> bool:
    """A capitalised word after a title ("Ms. Lee") or not opening the sentence ("then
    Ana"); a sentence's first word is capitalised anyway ("Pendulum failed…")."""
    after_title = i > 0 and _norm(words[i - 1]) in vocab.titles
    word = words[i]
    capitalised = word[:1].isupper() and word[1:] != word[1:].upper()  # not an acronym
    if after_title or not capitalised or (i == 0 and sentence_start):
        return after_title
    return i == 0 or _norm(words[i - 1]) not in vocab.determiners


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _wondering(rule: Rule, doc: _Text, kind: str | None) -> list[tuple[int, int]]:
    """A wondering should be a question; a statement reads as a verdict."""
    masked = doc.masked
    label = rule.labels.match(masked) if rule.labels else None
    if kind not in rule.kinds and label is None:
        return []
    start = label.end() if label else len(masked) - len(masked.lstrip())
    body = masked[start:].rstrip()
    if not body.strip() or "?" in body:
        return []
    if rule.question_starts and rule.question_starts.match(masked, start):
        return []
    return [(start, start + len(body))]


# -- which rules ------------------------------------------------------------------------------
@cache
def shipped() -> RuleSet:
    """The lists that ship in ``resources/wording`` (a mistake there is a bug: it raises)."""
    return _rule_set(tuple(_stamp(p) for p in data_files((FOLDER,), None)), frozenset())


def rules(db_path: Path | None = None) -> RuleSet:
    """The shipped lists plus the coach's own ``wording/*.json`` beside the database.

    A coach's rule with a shipped rule's id replaces it. A coach's file with a mistake is
    left out and named in ``problems`` (so are examples of theirs the check disagrees
    with); a file edited since the last call is read again.
    """
    folder = beside_database(db_path, FOLDER) if db_path is not None else None
    paths = data_files((FOLDER,), folder)
    coach = frozenset(p for p in paths if folder is not None and p.parent == folder)
    return _rule_set(tuple(_stamp(p) for p in paths), coach)


def _stamp(path: Path) -> tuple[Path, int, int]:
    try:
        stat = path.stat()
    except OSError:
        return path, 0, 0
    return path, stat.st_mtime_ns, stat.st_size


@cache
def _shipped_file(path: Path) -> RuleFile:
    return load_file(path, None if path.name == BASE_LIST else _base_words())


def _base_words() -> Mapping[str, tuple[str, ...]]:
    """The English grammar words, which any other list falls back on."""
    return _shipped_file(resource_path(FOLDER, BASE_LIST)).words


@lru_cache(maxsize=8)
def _rule_set(stamps: tuple[tuple[Path, int, int], ...], coach: frozenset[Path]) -> RuleSet:
    by_id: dict[str, Rule] = {}
    never: set[str] = set()
    must_not: list[Example] = []
    problems: list[str] = []
    for path, _, _ in stamps:
        if path not in coach:
            loaded = _shipped_file(path)
        else:
            try:
                loaded = load_file(path, _base_words(), name=str(path))
            except RulesFileProblem as exc:
                problems.append(f"{str(exc).rstrip('.')}, so its rules are not used.")
                continue
        by_id.update((rule.id, rule) for rule in loaded.rules)
        never |= loaded.never_check_kinds
        must_not += loaded.must_not_flag
    rule_set = RuleSet(tuple(by_id.values()), frozenset(never), tuple(must_not))
    if not coach:
        return rule_set
    coach_names = {str(p) for p in coach}  # the shipped examples are the tests' business
    problems += [text for source, text in misfires(rule_set) if source in coach_names]
    return replace(rule_set, problems=tuple(problems))


def misfires(rule_set: RuleSet) -> list[tuple[str, str]]:
    """Where the lists' own examples disagree with the check: (file, one sentence) pairs."""
    out = []
    for rule in rule_set.rules:
        where = f"In {rule.source} (line {rule.line}) the rule '{rule.id}'"
        for example in rule.examples:
            found = check(example.text, kind=example.kind, rules=rule_set)
            hits = [f for f in found if f.rule == rule.id]
            if not hits:
                out.append((rule.source, f"{where} does not flag its example “{example.text}”."))
            elif example.span and (hits[0].start, hits[0].end) != example.span:
                expected = example.text[example.span[0] : example.span[1]]
                out.append(
                    (rule.source, f"{where} flags “{hits[0].phrase}” instead of “{expected}”.")
                )
        for example in rule.counter_examples:
            found = check(example.text, kind=example.kind, rules=rule_set)
            if any(f.rule == rule.id for f in found):
                out.append((rule.source, f"{where} flags its counter-example “{example.text}”."))
    for example in rule_set.must_not_flag:
        found = check(example.text, kind=example.kind, rules=rule_set)
        if found:
            out.append(
                (
                    example.source,
                    f"In {example.source} “{example.text}” must not be flagged, "
                    f"but the rule '{found[0].rule}' flags “{found[0].phrase}”.",
                )
            )
    return out
