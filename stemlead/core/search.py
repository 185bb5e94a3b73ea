"""Search everything the coach has written, as they type.

Each word typed becomes a prefix term ("obs" finds "observation"), all words must match,
diacritics are folded ("Zoe" finds "Zoë"), and results are ranked by BM25 with titles
weighing more than body text. Snippets mark the matching words so a front end can
highlight them in its own way.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from stemlead.store import Database

OPEN, CLOSE = "\x02", "\x03"
_WORD = re.compile(r"\w+")
_TITLE_WEIGHT, _BODY_WEIGHT = 8.0, 1.0

# For each kind: how a hit is named, what it belongs to, and what opening it shows (a
# coaching-log entry and an evidence line open themselves, on their teacher's or visit's page).
_LABELS = {
    "teacher": """SELECT x.id, x.name, trim(x.school || ' · ' || x.grade_band, ' ·'),
                         'teacher', x.id FROM teachers x""",
    "coaching_log": """SELECT x.id, 'Coaching log · ' || substr(x.occurred_at, 1, 10),
                         coalesce((SELECT group_concat(t.name, ', ') FROM coaching_log_teachers lt
                           JOIN teachers t ON t.id = lt.teacher_id WHERE lt.log_id = x.id), ''),
                         'coaching_log', x.id FROM coaching_logs x""",
    "cycle": """SELECT x.id, coalesce(nullif(x.title, ''), 'Coaching cycle'),
                  coalesce((SELECT group_concat(t.name, ', ') FROM cycle_teachers ct
                    JOIN teachers t ON t.id = ct.teacher_id WHERE ct.cycle_id = x.id), ''),
                  'cycle', x.id FROM cycles x""",
    "observation": """SELECT x.id, 'Observation · ' || t.name, substr(x.starts_at, 1, 10),
                        'observation', x.id
                      FROM observations x JOIN teachers t ON t.id = x.teacher_id""",
    "observation_line": """SELECT x.id, 'Observation · ' || t.name, substr(o.starts_at, 1, 10),
                             'observation_line', x.id
                           FROM observation_lines x JOIN observations o ON o.id = x.observation_id
                           JOIN teachers t ON t.id = o.teacher_id""",
    "group": """SELECT x.id, x.name, 'Group', 'group', x.id FROM groups x""",
    "meeting": """SELECT x.id, coalesce(nullif(x.title, ''), 'Meeting'),
                    substr(x.starts_at, 1, 10), 'meeting', x.id FROM meetings x""",
    "agenda_item": """SELECT x.id, x.title,
                        coalesce(nullif(m.title, ''), 'Meeting') || ' · ' || substr(m.starts_at, 1, 10),
                        'meeting', m.id
                      FROM agenda_items x JOIN meetings m ON m.id = x.meeting_id""",
    "decision": """SELECT x.id, 'Decision',
                     coalesce(nullif(m.title, ''), 'Meeting') || ' · ' || substr(m.starts_at, 1, 10),
                     'meeting', m.id
                   FROM decisions x JOIN meetings m ON m.id = x.meeting_id""",
    "action_item": """SELECT x.id, x.title,
                             replace(x.status, '_', ' ') || coalesce(' · due ' || x.due_on, ''),
                             'action_item', x.id FROM action_items x""",
    "partner": """SELECT x.id, x.name, 'Partner', 'partner', x.id FROM partners x""",
    "contact": """SELECT x.id, x.name, coalesce(p.name, 'Contact'), 'contact', x.id
                  FROM contacts x LEFT JOIN partners p ON p.id = x.partner_id""",
    "interaction": """SELECT x.id, p.name || ' · ' || x.kind, x.occurred_on, 'partner', p.id
                      FROM interactions x JOIN partners p ON p.id = x.partner_id""",
    "agreement": """SELECT x.id, x.title, p.name, 'partner', p.id
                    FROM agreements x JOIN partners p ON p.id = x.partner_id""",
    "event": """SELECT x.id, x.title, substr(x.starts_at, 1, 10), 'event', x.id FROM events x""",
    "event_photo": """SELECT x.id, 'Photo · ' || e.title, x.caption, 'event', e.id
                      FROM event_photos x JOIN events e ON e.id = x.event_id""",
    "event_cost": """SELECT x.id, x.item, 'Budget · ' || e.title, 'event', e.id
                     FROM event_costs x JOIN events e ON e.id = x.event_id""",
    "stakeholder": """SELECT x.id, x.name, 'Stakeholder group', 'stakeholder', x.id
                      FROM stakeholder_groups x""",
    "communication": """SELECT x.id, x.title, replace(x.kind, '_', ' ') || ' · ' || x.sent_on,
                          'communication', x.id FROM communications x""",
    "newsletter": """SELECT x.id, x.title, 'Newsletter', 'newsletter', x.id FROM newsletters x""",
    "newsletter_block": """SELECT x.id, coalesce(nullif(x.heading, ''), 'Newsletter block'), n.title,
                             'newsletter', n.id
                           FROM newsletter_blocks x JOIN newsletters n ON n.id = x.newsletter_id""",
    "board_work_item": """SELECT x.id, x.title, 'Program of work · ' || g.name, 'group', g.id
                          FROM board_work_items x JOIN groups g ON g.id = x.group_id""",
    "lesson_plan": """SELECT x.id, x.title, 'Lesson plan' || coalesce(' · ' || nullif(
                          x.grade_band, ''), ''), 'lesson_plan', x.id FROM lesson_plans x""",
    "lesson_plan_attachment": """SELECT x.id, x.name, p.title, 'lesson_plan', p.id
                      FROM lesson_plan_attachments x JOIN lesson_plans p ON p.id = x.plan_id""",
    "lesson_plan_version": """SELECT x.id, 'Version ' || x.number || ' · ' || x.title,
                      substr(x.saved_at, 1, 10), 'lesson_plan', x.plan_id
                      FROM lesson_plan_versions x""",
    "review_round": """SELECT x.id, 'Review · ' || v.title,
                      'Version ' || v.number || ' · ' || coalesce(x.held_on, ''), 'review', x.id
                      FROM review_rounds x JOIN lesson_plan_versions v ON v.id = x.version_id""",
    "review_feedback": """SELECT x.id, 'Feedback · ' || v.title, x.kind, 'review', r.id
                      FROM review_feedback x JOIN review_rounds r ON r.id = x.round_id
                      JOIN lesson_plan_versions v ON v.id = r.version_id""",
    "review_rating": """SELECT x.id, 'Rating · ' || v.title, x.criterion, 'review', r.id
                      FROM review_ratings x JOIN review_rounds r ON r.id = x.round_id
                      JOIN lesson_plan_versions v ON v.id = r.version_id""",
    "mentorship": """SELECT x.id, 'Mentoring · ' || t.name,
                       'with ' || coalesce(mt.name, mc.name, x.mentor_name), 'mentorship', x.id
                     FROM mentorships x JOIN teachers t ON t.id = x.mentee_id
                     LEFT JOIN teachers mt ON mt.id = x.mentor_teacher_id
                     LEFT JOIN contacts mc ON mc.id = x.mentor_contact_id""",
    "mentorship_goal": """SELECT x.id, 'Mentoring goal · ' || t.name, x.text, 'mentorship', m.id
                          FROM mentorship_goals x JOIN mentorships m ON m.id = x.mentorship_id
                          JOIN teachers t ON t.id = m.mentee_id""",
    "check_in": """SELECT x.id, 'Check-in · ' || t.name, x.occurred_on, 'check_in', x.id
                   FROM check_ins x JOIN mentorships m ON m.id = x.mentorship_id
                   JOIN teachers t ON t.id = m.mentee_id""",
    "offering": """SELECT x.id, x.title, 'Professional learning', 'offering', x.id
                   FROM offerings x""",
    "plan_area": """SELECT x.id, 'Learning plan · ' || coalesce(t.name, 'my own'), x.area,
                      'learning_plan', coalesce(x.teacher_id, 0)
                    FROM plan_areas x LEFT JOIN teachers t ON t.id = x.teacher_id""",
    "plan_item": """SELECT x.id, x.title, 'Learning plan · ' || coalesce(t.name, 'my own'),
                      'learning_plan', coalesce(a.teacher_id, 0)
                    FROM plan_items x JOIN plan_areas a ON a.id = x.area_id
                    LEFT JOIN teachers t ON t.id = a.teacher_id""",
    "mentor_profile": """SELECT x.id, 'Mentor · ' || coalesce(t.name, c.name), 'Mentor profile',
                           coalesce(CASE WHEN x.teacher_id IS NOT NULL THEN 'teacher' END,
                                    'contact'), coalesce(x.teacher_id, x.contact_id)
                         FROM mentor_profiles x LEFT JOIN teachers t ON t.id = x.teacher_id
                         LEFT JOIN contacts c ON c.id = x.contact_id""",
}


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    item_id: int
    title: str
    context: str
    marked_snippet: str  # OPEN and CLOSE around each matched word
    target_kind: str
    target_id: int

    @property
    def snippet(self) -> str:
        return self.marked_snippet.replace(OPEN, "").replace(CLOSE, "")

    def snippet_html(self, tag: str = "b") -> str:
        escaped = html.escape(self.marked_snippet, quote=False)
        return escaped.replace(OPEN, f"<{tag}>").replace(CLOSE, f"</{tag}>")


def match_expression(text: str) -> str | None:
    """The FTS5 query for what was typed: every word, as a prefix. None if nothing to find."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search(db: Database, text: str, *, limit: int = 30) -> list[SearchHit]:
    """The best ``limit`` matches for ``text`` across every kind of record."""
    expression = match_expression(text)
    if expression is None:
        return []
    rows = db.query(
        f"""
        SELECT kind, item_id,
               snippet(search_index, -1, '{OPEN}', '{CLOSE}', '…', 12) AS snippet,
               bm25(search_index, 0, 0, {_TITLE_WEIGHT}, {_BODY_WEIGHT}) AS score
        FROM search_index WHERE search_index MATCH ?
        ORDER BY score LIMIT ?
        """,
        (expression, limit),
    )
    by_kind: dict[str, list[int]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row["item_id"])
    labels: dict[tuple[str, int], tuple[str, str, str, int]] = {}
    for kind, ids in by_kind.items():
        marks = ", ".join("?" for _ in ids)
        for item_id, title, context, target_kind, target_id in db.query(
            f"{_LABELS[kind]} WHERE x.id IN ({marks})", ids
        ):
            labels[(kind, item_id)] = (title, context or "", target_kind, target_id)
    hits = []
    for row in rows:
        label = labels.get((row["kind"], row["item_id"]))
        if label is None:  # the index is never ahead of the tables, but be safe
            continue
        snippet = " ".join(row["snippet"].split())
        hits.append(
            SearchHit(
                row["kind"],
                row["item_id"],
                label[0],
                label[1],
                snippet,
                label[2],
                label[3],
            )
        )
    return hits
