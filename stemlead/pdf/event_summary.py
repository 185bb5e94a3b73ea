"""An event's handout, for the planning team and its partners: when and where, what it is,
who brings what, the volunteers by role, the budget, the planning checklist, the
headcounts, photos and the debrief.

Names only with consent (a teacher who agreed to be named, a contact or guest marked so;
everyone else is counted), photos only with consent to share, counts of people through
the minimum-count rule, and never the private notes.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Image, KeepTogether

from stemlead.core import event_budget, event_checklist, event_people, event_photos, events
from stemlead.core.events import KIND_LABELS
from stemlead.core.small_counts import phrase, shown
from stemlead.pdf import common, fmt, layout
from stemlead.pdf.newsletter import paragraphs
from stemlead.store import Database

PHOTO_BOX = (3.2 * inch, 2.4 * inch)


def when(db: Database, event: events.Event) -> str:
    h24 = fmt.uses_24h(db)
    start, end = event.start, event.end
    if start.date() == end.date():
        return f"{fmt.day(event.starts_at)} · {fmt.clock(start, h24)} – {fmt.clock(end, h24)}"
    return (
        f"{fmt.day(event.starts_at)}, {fmt.clock(start, h24)} – "
        f"{fmt.day(end.date())}, {fmt.clock(end, h24)}"
    )


def build_event_summary(db: Database, event_id: int, *, made_on: date | None = None) -> bytes:
    event = events.get(db, event_id)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    story: list[Flowable] = layout.title_block(event.title, when(db, event), event.place)
    if event.status == "cancelled":
        story += [layout.callout([layout.body("This event was cancelled.")], width), layout.gap()]
    facts = [KIND_LABELS[event.kind]]
    if event.audience:
        facts.append(f"For {event.audience}")
    if event.schools:
        facts.append(", ".join(event.schools))
    story.append(layout.muted(" · ".join(facts)))
    story += layout.section("What it is", *paragraphs(event.description))
    story += _headcounts(event, width)
    story += _partners(db, event_id, width)
    story += _volunteers(db, event_id)
    story += _budget(db, event_id, width)
    steps = event_checklist.steps(db, event_id)
    if steps:
        story += layout.section("Planning checklist", common.action_table(db, steps, width))
    story += _photos(db, event_id)
    story += layout.section("Debrief", *paragraphs(event.debrief))
    return layout.render(
        db,
        story,
        title=f"{event.title}, {fmt.day(event.starts_at, weekday=False)}",
        subject="Event summary",
        kind="Event",
        made_on=made_on,
        setup=setup,
    )


def _headcounts(event: events.Event, width: float) -> list[Flowable]:
    counts = [
        (n, label)
        for n, label in (
            (event.students, "students"),
            (event.families, "families"),
            (event.visitors, "visitors"),
        )
        if n
    ]
    if not counts:
        return []
    st = layout.styles()
    tiles = [
        [layout.para_style(shown(n), st.big_number), layout.para_bold(label)] for n, label in counts
    ]
    grid = layout.table([tiles], [width / 3] * len(tiles), header=False, zebra=False)
    return layout.section("Who came", grid)


def _partners(db: Database, event_id: int, width: float) -> list[Flowable]:
    rows = event_people.partners_of(db, event_id)
    if not rows:
        return []
    st = layout.styles()
    table = layout.table(
        [
            [layout.cell("Partner", st.cell_bold), layout.cell("What they bring", st.cell_bold)],
            *[[layout.cell(p.name), layout.cell(p.brings or "—")] for p in rows],
        ],
        [width * 0.38, width * 0.62],
    )
    return layout.section("Partners", table)


def _volunteers(db: Database, event_id: int) -> list[Flowable]:
    named, others = event_people.named_and_counted(event_people.volunteers_of(db, event_id))
    lines = []
    for v in named:
        detail = f" ({v.detail})" if v.detail else ""
        lines.append(f"{v.role_label}: {v.name}{detail}")
    if others:  # counted, not named
        lines.append(
            f"and {phrase(others, 'other volunteer')}" if named else phrase(others, "volunteer")
        )
    if not lines:
        return []
    return layout.section("Volunteers", *layout.bullets(lines))


def _budget(db: Database, event_id: int, width: float) -> list[Flowable]:
    costs = event_budget.costs_of(db, event_id)
    if not costs:
        return []
    st = layout.styles()
    rows: list[list[object]] = [
        [
            layout.cell("Item", st.cell_bold),
            layout.cell("Who pays", st.cell_bold),
            layout.cell("Amount", st.cell_right_bold),
        ]
    ]
    for cost in costs:
        amount = fmt.money(cost.amount_cents, cost.currency) if cost.amount_cents else "—"
        rows.append(
            [
                layout.cell(cost.item),
                layout.cell(cost.paid_by + (" (in kind)" if cost.in_kind else "")),
                layout.cell(amount, st.cell_right),
            ]
        )
    totals = []
    for total in event_budget.totals(db, event_id):
        if total.cash_cents:
            totals.append(f"Costs {fmt.money(total.cash_cents, total.currency)}")
        if total.in_kind_cents:
            totals.append(f"given in kind {fmt.money(total.in_kind_cents, total.currency)}")
    table = layout.table(rows, [width * 0.5, width * 0.3, width * 0.2])
    return layout.section("Budget", table, layout.gap(4), layout.muted(" · ".join(totals)))


def _photos(db: Database, event_id: int) -> list[Flowable]:
    from reportlab.lib.utils import ImageReader

    out: list[Flowable] = []
    for photo in event_photos.shareable(db, event_id):
        try:
            data = event_photos.contents(db, photo.id)
            w, h = ImageReader(io.BytesIO(data)).getSize()
        except Exception:  # a damaged picture is left out, never a failure
            continue
        scale = min(PHOTO_BOX[0] / w, PHOTO_BOX[1] / h)
        parts: list[Flowable] = [Image(io.BytesIO(data), w * scale, h * scale, hAlign="LEFT")]
        if photo.caption:
            parts.append(layout.muted(photo.caption))
        out.append(KeepTogether([*parts, layout.gap(6)]))
    return layout.section("Photos", *out) if out else []
