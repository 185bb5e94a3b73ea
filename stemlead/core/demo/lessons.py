"""The shared lesson-plan library: plans by colleagues of different subjects, their kept
versions and files, and review rounds of every protocol (one run inside a PLC meeting).

Per cluster, each plan in ``resources/demo/lessons.json`` is written by a teacher of its
grade band with a colleague of another subject; its revisions become versions; most plans
were reviewed once, the protocols taking turns, with warm feedback first, questions and
wonderings, rubric ratings that mostly agree, and the author's reflection closing the round.
"""

from __future__ import annotations

import struct
import zlib
from datetime import date
from typing import Any

from stemlead.core import (
    agenda_timeline,
    lesson_plans,
    lesson_versions,
    meetings,
    records,
    review_feedback,
    review_protocols,
    review_rounds,
    tags,
)
from stemlead.core.demo import content
from stemlead.core.demo.district import District, Teacher
from stemlead.core.lesson_plans import ATTACHMENTS
from stemlead.core.lesson_versions import Version

PROTOCOLS = ("tuning", "rubric-review", "warm-and-cool", "lesson-study")


def add_lesson_plans(d: District, cluster: int) -> None:
    words = content.load("lessons")
    tag_ids = {t.label: t.id for t in tags.list_tags(d.db)}
    pool = d.cluster_teachers(cluster)
    for index, template in enumerate(words["plans"]):
        authors = _authors(d, pool, template)
        plan_id = _add_plan(d, template, authors, tag_ids, cluster)
        first, round_day = _versions(d, plan_id, template)
        if index % 8 != 7:  # most plans have been reviewed once
            protocol = PROTOCOLS[(index + cluster) % len(PROTOCOLS)]
            in_meeting = cluster == 0 and index == 0
            _review(d, first, round_day, protocol, authors, pool, template, in_meeting)


def _authors(d: District, pool: list[Teacher], template: dict[str, Any]) -> list[Teacher]:
    """A teacher of the plan's grade band for each role, each of another subject."""
    chosen: list[Teacher] = []
    for role in template["authors"]:
        band = [t for t in pool if t.band == template["band"] and t not in chosen]
        fits = [t for t in band if role in (t.domain, "any") or t.domain == "early"]
        fits = [t for t in fits if not chosen or t.subjects[0] != chosen[0].subjects[0]] or fits
        candidates = fits or band or [t for t in pool if t not in chosen]
        chosen.append(d.pick(candidates))
    return chosen


def _add_plan(
    d: District,
    template: dict[str, Any],
    authors: list[Teacher],
    tag_ids: dict[str, int],
    cluster: int,
) -> int:
    db = d.db
    origin: dict[str, Any] = {"origin_note": template["origin_note"]}
    if template["origin"] == "meeting":
        held = [
            m
            for m in meetings.list_meetings(db, until=d.today.isoformat())
            if m.status == "held" and m.group_id is not None
        ]
        if held:
            origin["origin_meeting_id"] = d.pick(held[-20:]).id
    elif template["origin"] == "partner" and d.partner_ids:
        origin["origin_partner_id"] = d.pick(d.partner_ids)
    elif template["origin"] == "cycle":
        cycle = db.scalar(
            "SELECT min(cycle_id) FROM cycle_teachers WHERE teacher_id = ?", (authors[0].id,)
        )
        if cycle is not None:
            origin["origin_cycle_id"] = cycle
    plan_id = lesson_plans.add(
        db,
        author_ids=[a.id for a in authors],
        title=template["title"],
        grade_band=template["band"],
        subjects=template["subjects"],
        duration_minutes=template["minutes"],
        summary=template["summary"],
        objectives=template["objectives"],
        materials=template["materials"],
        body=template["body"],
        tags=template["free_tags"],
        private_notes="Ask before sharing outside the PLC." if d.rng.random() < 0.25 else "",
        **origin,
    )
    lesson_plans.set_tags(db, plan_id, [tag_ids[label] for label in template["tags"]])
    if d.rng.random() < 0.7:
        ATTACHMENTS.add(db, plan_id, "recording sheet.pdf", _worksheet(template["title"]))
    if d.rng.random() < 0.4:
        ATTACHMENTS.add(db, plan_id, "board photo.png", _picture(d, cluster))
    return plan_id


def _versions(d: District, plan_id: int, template: dict[str, Any]) -> tuple[int, int]:
    """Version 1 some weeks ago, then one per revision, kept after the review round (which
    is held a few days after version 1); returns version 1's id and the round's day."""
    db = d.db
    revisions = template["revisions"]
    first_day = d.rng.randint(25, 60)
    round_day = first_day - d.rng.randint(3, 8)
    first = lesson_versions.save_version(db, plan_id, "First draft, shared with the team.")
    _date(d, first, first_day)
    step = max(1, (round_day - 1) // (len(revisions) + 1))
    for number, revision in enumerate(revisions, 1):
        plan = lesson_plans.get(db, plan_id)
        field = revision["field"]
        lesson_plans.update(db, plan_id, **{field: getattr(plan, field) + revision["append"]})
        version = lesson_versions.save_version(db, plan_id, revision["note"])
        _date(d, version, max(1, round_day - step * number))
    return first, round_day


def _date(d: District, version_id: int, days_ago: int) -> None:
    saved = d.at(d.school_day(days_ago), 16, d.rng.randint(0, 59)).isoformat()
    records.update(d.db, Version, version_id, {"saved_at": saved})


def _review(
    d: District,
    version_id: int,
    round_day: int,
    protocol: str,
    authors: list[Teacher],
    pool: list[Teacher],
    template: dict[str, Any],
    in_meeting: bool,
) -> None:
    db, rng = d.db, d.rng
    words = content.load("lessons")
    others = [t for t in pool if t not in authors]
    reviewers = rng.sample(others, min(len(others), rng.randint(2, 3)))
    held = d.school_day(round_day).isoformat()
    round_id = review_rounds.start(
        db,
        version_id,
        protocol,
        focusing_question=template["focusing_question"],
        held_on=held,
        reviewer_teachers=[t.id for t in reviewers],
        reviewer_contacts=[d.contacts[0].id] if d.contacts and rng.random() < 0.3 else (),
    )
    if in_meeting:
        _run_in_a_plc_meeting(d, round_id, authors, held)
    people = review_rounds.reviewers(db, round_id)
    chosen = review_protocols.library(None).protocol(protocol)
    for reviewer in people[:2]:
        review_feedback.add(db, round_id, "warm", d.pick(words["warm"]), reviewer_id=reviewer.id)
    if "cool" in chosen.feedback:
        review_feedback.add(db, round_id, "cool", d.pick(words["cool"]), reviewer_id=people[-1].id)
    for kind in ("clarifying", "probing"):
        if kind in chosen.feedback and rng.random() < 0.7:
            review_feedback.add(db, round_id, kind, d.pick(words[kind]))
    if protocol == "lesson-study":
        review_feedback.add(db, round_id, "warm", d.pick(words["lesson_study_notes"]))
    if chosen.rubric:
        _ratings(d, round_id, chosen.rubric, people)
    if template["revisions"]:  # the revised plan was kept after the round
        review_rounds.update(db, round_id, presenter_reflection=d.pick(words["reflections"]))
        closed = review_rounds.get(db, round_id).held_on or held
        review_rounds.close(db, round_id, at=d.at(date.fromisoformat(closed), 17).isoformat())


def _run_in_a_plc_meeting(d: District, round_id: int, authors: list[Teacher], held: str) -> None:
    """The round sits on the agenda of the held meeting of a PLC an author is in, on or
    just after the day it was planned for."""
    db = d.db
    plcs = [g for g in d.groups if g.kind == "plc" and any(a in g.teachers for a in authors)]
    group = plcs[0] if plcs else next(g for g in d.groups if g.kind == "plc")
    past = [
        m
        for m in meetings.list_meetings(db, group_id=group.id, until=d.today.isoformat())
        if m.status == "held"
    ]
    if past:
        chosen = next((m for m in past if m.starts_at[:10] >= held), past[-1])
        review_rounds.run_in_meeting(db, round_id, chosen.id)
        over = agenda_timeline.timeline(db, chosen.id).over_by
        if over > 0:  # the PLC booked a longer session for the protocol
            length = meetings.get(db, chosen.id).duration_minutes
            meetings.update(db, chosen.id, duration_minutes=length + over)


def _ratings(d: District, round_id: int, rubric_slug: str, people: list[Any]) -> None:
    """Each teacher reviewer rates alone; the team agrees where they match and on most of
    the rest, leaving one criterion still to talk about."""
    words = content.load("lessons")
    rubric = review_protocols.library(None).rubrics[rubric_slug]
    raters = [p for p in people if p.teacher_id is not None]
    for criterion in rubric.criteria:
        base = d.rng.choice((1, 2, 2, 3))
        for reviewer in raters:
            value = max(0, min(3, base + d.rng.choice((0, 0, 0, 1, -1))))
            review_feedback.rate(
                d.db,
                round_id,
                criterion.code,
                value,
                reviewer_id=reviewer.id,
                evidence=d.pick(words["evidence"]),
            )
    review_feedback.agree_from_reviewers(d.db, round_id, rubric)
    open_rows = [
        row
        for row in review_feedback.calibration(d.db, round_id, rubric)
        if row.agreed is None and row.median is not None
    ]
    for row in open_rows[:-1]:
        review_feedback.rate(
            d.db,
            round_id,
            row.criterion,
            round(row.median or 0),
            evidence=d.pick(words["evidence"]),
            suggestion=d.pick(words["suggestions"]),
        )


def _worksheet(title: str) -> bytes:
    """A one-page PDF recording sheet (small, but a real PDF a viewer opens)."""
    safe = "".join(c for c in title if c.isascii() and c not in "()\\")[:60]
    stream = (
        f"BT /F1 16 Tf 72 720 Td ({safe}) Tj ET\n"
        "BT /F1 12 Tf 72 690 Td (Recording sheet: trial, prediction, result, what we noticed) Tj ET\n"
        + "".join(f"72 {650 - 40 * i} m 540 {650 - 40 * i} l S\n" for i in range(12))
    ).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _picture(d: District, cluster: int) -> bytes:
    """A small PNG "photo of the board": a whiteboard with a few strokes of marker."""
    width, height = 160, 100
    strokes = [(d.rng.randint(10, 140), d.rng.randint(10, 80)) for _ in range(4 + cluster % 3)]
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            ink = any(abs(y - sy) <= 1 and sx <= x <= sx + 40 for sx, sy in strokes)
            row += bytes((31, 111, 139) if ink else (246, 247, 244))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )
