"""The partner directory: who the district works with, how to reach them, what is agreed.

Partners grouped by type (industry, higher education, museums...), each with status,
website and address, its contacts (role, emails, phones) and its active agreements with
what each side provides. Past partners are left out, and so are the free-form notes and
interaction log: a directory is shared with colleagues and partners themselves.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from stemlead.core import agreements, contacts, partners
from stemlead.core.partners import KIND_LABELS
from stemlead.pdf import fmt, layout
from stemlead.store import Database

STATUS_LABELS = {"prospect": "Prospective partner", "active": "Active partner", "paused": "Paused"}
VALUE_LABELS = {"in_kind": "in-kind", "funding": "funding"}


def build_partner_directory(db: Database, *, made_on: date | None = None) -> bytes:
    """Every current partner, by type, as PDF bytes."""
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    rows = [p for p in partners.list_partners(db) if p.status != "past"]
    subtitle = (
        f"{fmt.plural(len(rows), 'partner')} in our STEM learning ecosystem"
        if rows
        else "No partners are recorded yet."
    )
    story: list[Flowable] = layout.title_block("Partner directory", setup.organization, subtitle)
    people = contacts.list_contacts(db)
    by_partner: dict[int, list[contacts.ContactRow]] = {}
    for person in people:
        if person.partner_id is not None:
            by_partner.setdefault(person.partner_id, []).append(person)

    for kind, label in KIND_LABELS.items():
        of_kind = [p for p in rows if p.kind == kind]
        if not of_kind:
            continue
        entries: list[Flowable] = []
        for row in of_kind:
            entries += _entry(db, row.id, by_partner.get(row.id, []), width)
        story += layout.section(label, *entries)
    return layout.render(
        db,
        story,
        title="Partner directory",
        subject="Partner directory",
        kind="Partner directory",
        made_on=made_on,
        setup=setup,
    )


def _entry(
    db: Database, partner_id: int, people: list[contacts.ContactRow], width: float
) -> list[Flowable]:
    st = layout.styles()
    partner = partners.get(db, partner_id)
    detail = [STATUS_LABELS.get(partner.status, partner.status)]
    if partner.website:
        detail.append(partner.website)
    head: list[Flowable] = layout.para_heading(partner.name, " · ".join(detail))
    if partner.address.strip():
        head.append(layout.muted(partner.address))
    if partner.tags:
        head.append(layout.muted("Focus: " + ", ".join(partner.tags)))
    parts: list[Flowable] = []
    if people:
        rows = [
            [
                [layout.cell(p.name, st.cell_bold)] + ([layout.cell(p.role)] if p.role else []),
                layout.cell(p.emails.replace(", ", "\n") or "—"),
                layout.cell(p.phones.replace(", ", "\n") or "—"),
            ]
            for p in people
        ]
        parts.append(
            layout.table(
                rows, [width * 0.30, width * 0.52, width * 0.18], header=False, zebra=False
            )
        )
    else:
        parts.append(layout.muted("No contacts recorded yet."))
    for agreement in agreements.for_partner(db, partner_id):
        if agreement.status != "active":
            continue
        lines: list[Flowable] = [
            layout.para_bold("Agreement: " + agreement.title if agreement.title else "Agreement")
        ]
        span = " – ".join(
            x for x in (fmt.short_day(agreement.starts_on), fmt.short_day(agreement.ends_on)) if x
        )
        facts = [span] if span else []
        if agreement.value_kind in VALUE_LABELS and agreement.value_cents:
            facts.append(
                f"{fmt.money(agreement.value_cents, agreement.currency)} "
                f"{VALUE_LABELS[agreement.value_kind]}"
            )
        if facts:
            lines.append(layout.muted(" · ".join(facts)))
        if agreement.partner_provides.strip():
            lines.append(layout.labelled("They provide:", agreement.partner_provides))
        if agreement.we_provide.strip():
            lines.append(layout.labelled("We provide:", agreement.we_provide))
        parts.append(layout.gap(3))
        parts.append(layout.callout(lines, width))
    parts.append(layout.gap(8))
    return [KeepTogether([*head, parts[0]]), *parts[1:]]
