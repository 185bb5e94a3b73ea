"""A lesson plan as a handout: to print for co-planning, or to share with colleagues.

It prints the working copy (saying which version it matches), with the lesson's own
headings and lists, the frameworks it connects to, and the files that go with it by name.
Authors are named only when they agree to be named; the others are counted. Private notes
and the coaching cycle a plan may have come from stay in the app.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from stemlead.core import lesson_plans, lesson_text, lesson_versions, meetings, partners, tags
from stemlead.core.attachments import size_text
from stemlead.core.lesson_plans import ATTACHMENTS
from stemlead.core.teachers import Teacher
from stemlead.pdf import common, fmt, layout
from stemlead.store import Database


def build_lesson_plan(db: Database, plan_id: int, *, made_on: date | None = None) -> bytes:
    """One plan as PDF bytes (raises NotFound for an unknown plan)."""
    plan = lesson_plans.get(db, plan_id)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    about = [plan.grade_band and f"Grades {plan.grade_band}", ", ".join(plan.subjects)]
    if plan.duration_minutes:
        about.append(fmt.duration(plan.duration_minutes))
    story: list[Flowable] = layout.title_block(
        plan.title,
        by_line(lesson_plans.authors(db, plan_id)),
        " · ".join(a for a in about if a),
        _version_line(db, plan_id),
    )
    if plan.summary.strip():
        story += [layout.callout([layout.body(plan.summary)], width), layout.gap(6)]
    for title, text in (("Objectives", plan.objectives), ("Materials", plan.materials)):
        if text.strip():
            story += layout.section(title, *lesson_blocks(text))
    story += layout.section(
        "The lesson",
        *(lesson_blocks(plan.body) or [layout.muted("The lesson is still to be written.")]),
    )
    connections = _connections(db, plan_id, plan.tags)
    if connections:
        story += layout.section("Connections", *layout.bullets(connections))
    origin = _origin(db, plan)
    if origin:
        story += layout.section("Where it came from", layout.body(origin))
    files = ATTACHMENTS.listing(db, plan_id)
    if files:
        story += layout.section(
            "Files that go with it",
            *layout.bullets([f"{f.name} ({size_text(f.size)})" for f in files]),
        )
    return layout.render(
        db,
        story,
        title=f"{plan.title} — lesson plan",
        subject="Lesson plan",
        kind="Lesson plan",
        made_on=made_on,
        setup=setup,
    )


def by_line(authors: list[Teacher]) -> str:
    """ "By Amara Okafor and 1 colleague": only authors who agree to be named, by name."""
    named = [a.name for a in authors if a.may_be_named]
    others = len(authors) - len(named)
    if others:
        named.append(fmt.plural(others, "colleague"))
    return "By " + common.join_names(named) if named else ""


def _version_line(db: Database, plan_id: int) -> str:
    last = lesson_versions.latest(db, plan_id)
    if last is None:
        return "A working draft (no version kept yet)"
    if lesson_versions.draft_changed(db, plan_id):
        return f"The working copy, changed since version {last.number}"
    return f"Version {last.number}, kept {fmt.short_day(last.saved_at)}"


def lesson_blocks(text: str) -> list[Flowable]:
    """The lesson's own headings, lists and paragraphs (Markdown or plain text)."""
    st = layout.styles()
    out: list[Flowable] = []
    for block in lesson_text.blocks(text):
        if block.kind == "heading":
            out.append(layout.para_style(block.text, st.h3))
        elif block.kind == "bullet":
            out += layout.bullets([block.text])
        elif block.kind == "number":
            out += layout.bullets([block.text], marker=f"{block.level}.")
        else:
            out.append(layout.body(block.text))
    return out


def _connections(db: Database, plan_id: int, free: list[str]) -> list[str]:
    chosen = set(lesson_plans.tag_ids(db, plan_id))
    by_framework: dict[str, list[str]] = {}
    for tag in tags.list_tags(db):
        if tag.id in chosen:
            by_framework.setdefault(tag.framework, []).append(tag.label)
    out = [f"{name}: {', '.join(labels)}" for name, labels in by_framework.items()]
    if free:
        out.append("Also: " + ", ".join(free))
    return out


def _origin(db: Database, plan: lesson_plans.LessonPlan) -> str:
    parts = []
    if plan.origin_meeting_id is not None:
        meeting = meetings.get(db, plan.origin_meeting_id)
        title = common.meeting_title(db, meeting)
        parts.append(f"Planned in {title}, {fmt.short_day(meeting.starts_at)}")
    if plan.origin_partner_id is not None:
        parts.append(f"With {partners.get(db, plan.origin_partner_id).name}")
    if plan.origin_note.strip():
        parts.append(plan.origin_note.strip())
    return ". ".join(parts)
