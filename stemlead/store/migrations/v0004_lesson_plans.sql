-- STEM Lead schema, version 4: a shared lesson-plan library and peer review rounds.
--
-- A lesson plan is written by one or more teachers of any subjects. The plan's own row is
-- the working copy, saved as it is typed; "Save as new version" keeps a snapshot of its
-- text in lesson_plan_versions, and a review round always reviews one such version.
-- Protocols and rubrics are data files (resources/review_protocols, resources/rubrics):
-- rounds keep the slug of the protocol and rubric they used, ratings the criterion's code.

CREATE TABLE lesson_plans (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    title              TEXT NOT NULL CHECK (title <> ''),
    grade_band         TEXT NOT NULL DEFAULT '',
    subjects           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subjects) AND json_type(subjects) = 'array'),
    duration_minutes   INTEGER NOT NULL DEFAULT 45 CHECK (duration_minutes BETWEEN 0 AND 3000),
    summary            TEXT NOT NULL DEFAULT '',
    objectives         TEXT NOT NULL DEFAULT '',
    materials          TEXT NOT NULL DEFAULT '',
    body               TEXT NOT NULL DEFAULT '',  -- the lesson itself: plain text or Markdown
    tags               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    origin_meeting_id  INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    origin_cycle_id    INTEGER REFERENCES cycles(id) ON DELETE SET NULL,
    origin_partner_id  INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    origin_note        TEXT NOT NULL DEFAULT '',  -- "Summer internship at the water lab"
    private_notes      TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK ((origin_meeting_id IS NOT NULL) + (origin_cycle_id IS NOT NULL)
           + (origin_partner_id IS NOT NULL) <= 1)
);
CREATE INDEX lesson_plans_grade_band ON lesson_plans (grade_band);
CREATE INDEX lesson_plans_origin_meeting ON lesson_plans (origin_meeting_id);
CREATE INDEX lesson_plans_origin_cycle ON lesson_plans (origin_cycle_id);
CREATE INDEX lesson_plans_origin_partner ON lesson_plans (origin_partner_id);

CREATE TABLE lesson_plan_authors (
    plan_id     INTEGER NOT NULL REFERENCES lesson_plans(id) ON DELETE CASCADE,
    teacher_id  INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, teacher_id)
) WITHOUT ROWID;
CREATE INDEX lesson_plan_authors_teacher ON lesson_plan_authors (teacher_id);

-- Tags from the shipped frameworks (NGSS practices, 5E phase, engineering design phase,
-- mathematical practices, literacy in science); free tags are the plan's own JSON list.
CREATE TABLE lesson_plan_tags (
    plan_id  INTEGER NOT NULL REFERENCES lesson_plans(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (plan_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX lesson_plan_tags_tag ON lesson_plan_tags (tag_id);

-- Files kept inside the database (core/attachments.py): worksheets, slide decks, photos.
CREATE TABLE lesson_plan_attachments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES lesson_plans(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size > 0),
    sha256      TEXT NOT NULL,
    data        BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX lesson_plan_attachments_plan ON lesson_plan_attachments (plan_id);

-- Every saved revision: a snapshot of the plan's text, numbered 1, 2, 3... per plan.
CREATE TABLE lesson_plan_versions (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES lesson_plans(id) ON DELETE CASCADE,
    number            INTEGER NOT NULL CHECK (number >= 1),
    note              TEXT NOT NULL DEFAULT '',  -- what changed, in the author's words
    title             TEXT NOT NULL CHECK (title <> ''),
    grade_band        TEXT NOT NULL DEFAULT '',
    subjects          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subjects) AND json_type(subjects) = 'array'),
    duration_minutes  INTEGER NOT NULL DEFAULT 45 CHECK (duration_minutes BETWEEN 0 AND 3000),
    summary           TEXT NOT NULL DEFAULT '',
    objectives        TEXT NOT NULL DEFAULT '',
    materials         TEXT NOT NULL DEFAULT '',
    body              TEXT NOT NULL DEFAULT '',
    saved_at          TEXT NOT NULL,
    UNIQUE (plan_id, number)
);

-- A review round on one version: a protocol's steps, a focusing question, reviewers,
-- feedback and (for rubric rounds) ratings; the presenter's reflection and the next
-- version close it. Run in a meeting, its agenda item carries the protocol's steps.
CREATE TABLE review_rounds (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id            INTEGER NOT NULL REFERENCES lesson_plan_versions(id) ON DELETE CASCADE,
    protocol              TEXT NOT NULL CHECK (protocol <> ''),
    rubric                TEXT NOT NULL DEFAULT '',
    focusing_question     TEXT NOT NULL DEFAULT '',
    presenter_id          INTEGER REFERENCES teachers(id) ON DELETE SET NULL,
    held_on               TEXT,
    meeting_id            INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    agenda_item_id        INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    presenter_reflection  TEXT NOT NULL DEFAULT '',
    next_version_id       INTEGER REFERENCES lesson_plan_versions(id) ON DELETE SET NULL,
    closed_at             TEXT,
    private_notes         TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX review_rounds_version ON review_rounds (version_id);
CREATE INDEX review_rounds_meeting ON review_rounds (meeting_id);
CREATE INDEX review_rounds_agenda_item ON review_rounds (agenda_item_id);
CREATE INDEX review_rounds_presenter ON review_rounds (presenter_id);
CREATE INDEX review_rounds_next_version ON review_rounds (next_version_id);

-- Reviewers: any teacher of any subject, or a partner contact; named on the handout only
-- when they agree.
CREATE TABLE review_reviewers (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id             INTEGER NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
    teacher_id           INTEGER REFERENCES teachers(id) ON DELETE CASCADE,
    contact_id           INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    agrees_to_be_named   INTEGER NOT NULL DEFAULT 0 CHECK (agrees_to_be_named IN (0, 1)),
    CHECK ((teacher_id IS NULL) <> (contact_id IS NULL)),
    UNIQUE (round_id, teacher_id),
    UNIQUE (round_id, contact_id)
);
CREATE INDEX review_reviewers_teacher ON review_reviewers (teacher_id);
CREATE INDEX review_reviewers_contact ON review_reviewers (contact_id);

-- Feedback: warm (a strength), cool (a question or a wondering), clarifying or probing
-- questions; from one reviewer or (reviewer_id NULL) from the group.
CREATE TABLE review_feedback (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id     INTEGER NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
    reviewer_id  INTEGER REFERENCES review_reviewers(id) ON DELETE SET NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('warm', 'cool', 'clarifying', 'probing')),
    text         TEXT NOT NULL CHECK (text <> ''),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX review_feedback_round ON review_feedback (round_id, kind);
CREATE INDEX review_feedback_reviewer ON review_feedback (reviewer_id);

-- Rubric ratings: each reviewer's own (rated alone, compared for calibration), and the one
-- the team agrees (reviewer_id NULL), per criterion, with evidence and a suggestion.
CREATE TABLE review_ratings (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id     INTEGER NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
    reviewer_id  INTEGER REFERENCES review_reviewers(id) ON DELETE CASCADE,
    criterion    TEXT NOT NULL CHECK (criterion <> ''),
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
    evidence     TEXT NOT NULL DEFAULT '',
    suggestion   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (round_id, reviewer_id, criterion)
);
CREATE UNIQUE INDEX review_ratings_agreed ON review_ratings (round_id, criterion)
    WHERE reviewer_id IS NULL;
CREATE INDEX review_ratings_reviewer ON review_ratings (reviewer_id);
