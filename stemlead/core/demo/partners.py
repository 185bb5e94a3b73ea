"""Partners of every kind with contacts, an interaction log, follow-ups and agreements.

Two partners of each kind per cluster, the first always active. Their interactions leave
follow-ups spread around today (due today, overdue, soon), the older ones done; their
agreements are drafts, active or expired as the partnership's status suggests.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from typing import Any

from stemlead.core import action_items, agreements, contacts, interactions, partners
from stemlead.core.demo import content
from stemlead.core.demo.district import Contact, District, Fill
from stemlead.core.demo.names import ascii_words


def add_partners(d: District) -> None:
    for kind in partners.KINDS:
        for n in range(2):
            status = (
                "active" if n == 0 else d.pick(("active", "prospect", "paused", "past", "active"))
            )
            _add_partner(d, kind, status)


def _partner_name(d: District, kind: str) -> str:
    """The kind's named partners first, then "<place> <suffix>" names."""
    words = content.load("partners")
    named, suffixes = words["names"][kind]["named"], words["names"][kind]["more"]
    used = d.partner_names
    for name in named:
        if name not in used:
            used.add(name)
            return str(name)
    for attempt in itertools.count():
        name = f"{d.pick(words['places'])} {d.pick(suffixes)}"
        if attempt >= 30:  # every place and suffix taken (very large scales)
            name += f" {attempt // 30 + 1}"
        if name not in used:
            used.add(name)
            return name
    raise AssertionError("unreachable")


def _web_domain(name: str, kind: str) -> str:
    """``johnsonreyesengineering.com`` from "Johnson & Reyes Engineering, LLC"."""
    words = [
        w
        for w in re.split(r"[^a-z0-9]+", ascii_words(name))
        if w and w not in ("the", "of", "and", "llc", "inc", "co")
    ]
    domain = "".join(words[:3]) or "partner"
    if kind in ("museum", "nonprofit", "out_of_school", "other"):
        return domain + ".org"
    return domain + (".edu" if kind == "higher_ed" else ".gov" if kind == "government" else ".com")


def _add_partner(d: District, kind: str, status: str) -> None:
    rng, db = d.rng, d.db
    words = content.load("partners")
    name = _partner_name(d, kind)
    domain = _web_domain(name, kind)
    number = rng.randint(100, 9800)
    place, street = d.pick(words["places"]), d.pick(words["streets"])
    address = words["address"].format(
        number=number, place=place, street=street, zip=rng.randint(6000, 6999)
    )
    partner_id = partners.add(
        db,
        name=name,
        kind=kind,
        status=status,
        website=f"https://www.{domain}",
        address=address,
        notes=d.pick(words["notes"]),
        tags=rng.sample(words["tags"], rng.randint(1, 3)),
    )
    d.partner_ids.append(partner_id)
    people: list[Contact] = []
    for _ in range(rng.randint(1, 3)):
        person, local = d.names.next()
        phones = [f"({d.pick(words['area_codes'])}) 555-01{rng.randint(0, 99):02d}"]
        if rng.random() < 0.3:
            phones.append(f"(512) 555-01{rng.randint(0, 99):02d} ext. {rng.randint(2, 9)}04")
        emails = [d.email(local, domain)]
        if rng.random() < 0.15:
            emails.append(d.email(local, "example.net"))
        contact_id = contacts.add(
            db,
            partner_id=partner_id,
            name=person,
            role=d.pick(words["roles"][kind]),
            emails=emails,
            phones=phones,
            notes=words["contact_note"] if rng.random() < 0.2 else "",
        )
        people.append(Contact(contact_id, person, kind))
    d.contacts.extend(people)
    _add_interactions(d, partner_id, kind, status, people)
    _add_agreements(d, partner_id, kind, status)


def _add_interactions(
    d: District, partner_id: int, kind: str, status: str, people: list[Contact]
) -> None:
    rng, db = d.rng, d.db
    words = content.load("partners")
    count = rng.randint(1, 2) if status == "prospect" else rng.randint(2, 5)
    recent = {"past": 150, "paused": 45}.get(status, 2)  # days since the last contact
    days = sorted(rng.sample(range(recent, recent + 160), count), reverse=True)
    templates = [(k, t) for k, ts in words["interaction_notes"].items() for t in ts]
    notes = rng.sample(templates, count)
    n_partner = len(d.partner_ids)
    for i, (days_ago, (ikind, template)) in enumerate(zip(days, notes, strict=True)):
        occurred = d.school_day(days_ago)
        last = i == count - 1
        follow_up: date | None = None
        if last and status in ("active", "prospect"):
            # Spread the open follow-ups: today, overdue, soon.
            offset = (0, -5, 3, -12, 9, 14)[n_partner % 6]
            follow_up = max(d.today + timedelta(days=offset), occurred)
        elif rng.random() < 0.4:
            follow_up = occurred + timedelta(days=rng.randint(5, 14))
        contact = d.pick(people)
        note = template.format_map(
            Fill(rng, contact=contact.name, topic=d.pick(words["topics"][kind]))
        )
        interaction_id = interactions.log(
            db,
            partner_id,
            kind=ikind,
            notes=note,
            occurred_on=occurred,
            follow_up_on=follow_up,
            contact_ids=[c.id for c in rng.sample(people, rng.randint(1, len(people)))],
        )
        if follow_up is None:
            continue
        done = not last and follow_up < d.today  # an earlier follow-up, long since done
        if done:
            at = d.at(min(follow_up, d.today), 16, 5).isoformat()
            interactions.complete_follow_up(db, interaction_id, at=at)
        if last or rng.random() < 0.5:
            owner: dict[str, Any] = {}
            title = words["follow_up"].format(
                contact=contact.name, topic=d.pick(words["topics"][kind])
            )
            if rng.random() < 0.3:
                owner = {"owner_contact_id": contact.id}
            item_id = action_items.add(
                db,
                title,
                due_on=follow_up,
                partner_id=partner_id,
                interaction_id=interaction_id,
                **owner,
            )
            if done:
                action_items.set_status(db, item_id, "done", at=d.at(follow_up, 16, 0).isoformat())


def _add_agreements(d: District, partner_id: int, kind: str, status: str) -> None:
    rng = d.rng
    ideas = content.agreement_ideas()[kind]
    notes = content.load("partners")["agreement_notes"]
    chosen: list[content.AgreementIdea]
    if status == "prospect":
        chosen, states = ideas[:1] if rng.random() < 0.6 else [], ["draft"]
    elif status == "past":
        chosen, states = ideas[:1], ["expired"]
    elif status == "paused":
        chosen, states = ideas[:1], [d.pick(("active", "expired"))]
    else:
        chosen = rng.sample(ideas, rng.randint(1, len(ideas)))
        states = ["active", d.pick(("active", "expired", "draft"))]
    for idea, state in zip(chosen, states, strict=False):
        if state == "draft":
            starts = d.today + timedelta(days=rng.randint(20, 90))
            ends = starts + timedelta(days=364)
        elif state == "expired":
            ends = d.today - timedelta(days=rng.randint(10, 200))
            starts = ends - timedelta(days=364)
        else:
            starts = d.today - timedelta(days=rng.randint(30, 300))
            ends = starts + timedelta(days=rng.choice((364, 729)))
        agreements.add(
            d.db,
            partner_id,
            title=idea.title,
            starts_on=starts,
            ends_on=ends,
            status=state,
            partner_provides=idea.partner_provides,
            we_provide=idea.we_provide,
            value_kind=idea.value_kind,
            value_cents=d.pick(idea.value_cents),
            renew_by=ends - timedelta(days=45) if state == "active" else None,
            notes=notes["signed"] if state != "draft" else notes["draft"],
        )
