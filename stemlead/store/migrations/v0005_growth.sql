-- STEM Lead schema, version 5: teacher growth, mentoring pairs and professional learning.
--
-- A growth area is a short label ("Student discourse", "Facilitating PLCs") the coach and
-- teacher agree on; the teacher's own words sit beside it. Lists of labels are JSON arrays.
-- Minutes are stored as whole minutes and shown as hours where people think in hours.

-- Who can mentor, beyond what their page says: a teacher or a partner contact (a retired
-- engineer), how many mentees they take (NULL: the usual number from Settings), and the
-- growth areas they are strong in. A partner contact mentors only with a profile.
CREATE TABLE mentor_profiles (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    teacher_id      INTEGER UNIQUE REFERENCES teachers(id) ON DELETE CASCADE,
    contact_id      INTEGER UNIQUE REFERENCES contacts(id) ON DELETE CASCADE,
    capacity        INTEGER CHECK (capacity IS NULL OR capacity BETWEEN 0 AND 20),
    strength_areas  TEXT NOT NULL DEFAULT '[]'
                    CHECK (json_valid(strength_areas) AND json_type(strength_areas) = 'array'),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((teacher_id IS NULL) <> (contact_id IS NULL))
);

-- A mentoring pair: a check-in is expected every cadence_days (0: no fixed rhythm) and
-- monthly_minutes of time together a month (0: no target). Deleting the mentee deletes the pair (it is about them); deleting the
-- mentor keeps the pair, its goals and its check-ins for the mentee, with the mentor's
-- name kept in mentor_name (undoing the delete links the mentor back).
CREATE TABLE mentorships (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    mentee_id           INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    mentor_teacher_id   INTEGER REFERENCES teachers(id) ON DELETE SET NULL,
    mentor_contact_id   INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    mentor_name         TEXT NOT NULL DEFAULT '',
    focus_areas         TEXT NOT NULL DEFAULT '[]'
                        CHECK (json_valid(focus_areas) AND json_type(focus_areas) = 'array'),
    started_on          TEXT NOT NULL,
    planned_end_on      TEXT CHECK (planned_end_on IS NULL OR planned_end_on >= started_on),
    cadence_days        INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days BETWEEN 0 AND 92),
    monthly_minutes     INTEGER NOT NULL DEFAULT 0 CHECK (monthly_minutes BETWEEN 0 AND 44640),
    status              TEXT NOT NULL DEFAULT 'proposed'
                        CHECK (status IN ('proposed', 'active', 'completed', 'ended_early')),
    ended_on            TEXT CHECK (ended_on IS NULL OR ended_on >= started_on),
    end_reason          TEXT NOT NULL DEFAULT '',
    closing_reflection  TEXT NOT NULL DEFAULT '',
    private_notes       TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK ((mentor_teacher_id IS NOT NULL) + (mentor_contact_id IS NOT NULL) <= 1),
    CHECK (mentor_teacher_id IS NULL OR mentor_teacher_id <> mentee_id),
    CHECK ((status IN ('completed', 'ended_early')) = (ended_on IS NOT NULL))
);
CREATE INDEX mentorships_mentee ON mentorships (mentee_id, status);
CREATE INDEX mentorships_mentor_teacher ON mentorships (mentor_teacher_id, status);
CREATE INDEX mentorships_mentor_contact ON mentorships (mentor_contact_id, status);

-- The pair's goals, each self-rated by the mentee at the start and again at the end (1-5).
CREATE TABLE mentorship_goals (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    mentorship_id  INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    text           TEXT NOT NULL CHECK (text <> ''),
    start_rating   INTEGER CHECK (start_rating IS NULL OR start_rating BETWEEN 1 AND 5),
    end_rating     INTEGER CHECK (end_rating IS NULL OR end_rating BETWEEN 1 AND 5),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX mentorship_goals_mentorship ON mentorship_goals (mentorship_id, position);

-- The mentoring log: one entry per check-in. Next steps are action items (check_in_id).
CREATE TABLE check_ins (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    mentorship_id     INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
    occurred_on       TEXT NOT NULL,
    minutes           INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 1440),
    kind              TEXT NOT NULL DEFAULT 'meeting'
                      CHECK (kind IN ('meeting', 'observation', 'co_planning', 'message')),
    what_works        TEXT NOT NULL DEFAULT '',
    focus             TEXT NOT NULL DEFAULT '',
    next_check_in_on  TEXT CHECK (next_check_in_on IS NULL OR next_check_in_on >= occurred_on),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX check_ins_mentorship ON check_ins (mentorship_id, occurred_on);
CREATE INDEX check_ins_when ON check_ins (occurred_on);

-- Next steps agreed at a check-in join the one list of action items.
ALTER TABLE action_items ADD COLUMN check_in_id INTEGER REFERENCES check_ins(id) ON DELETE CASCADE
    CHECK (check_in_id IS NULL OR (meeting_id IS NULL AND cycle_id IS NULL
                                   AND observation_id IS NULL AND partner_id IS NULL));
CREATE INDEX action_items_check_in ON action_items (check_in_id);

-- The professional-learning catalogue: reusable offerings and the growth areas they serve.
CREATE TABLE offerings (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    title                TEXT NOT NULL CHECK (title <> ''),
    format               TEXT NOT NULL DEFAULT 'workshop'
                         CHECK (format IN ('workshop', 'online_course', 'summer_institute',
                                           'internship', 'conference', 'lesson_study',
                                           'peer_observation', 'role_alike', 'association_event')),
    provider_partner_id  INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    provider             TEXT NOT NULL DEFAULT '',
    starts_on            TEXT,
    ends_on              TEXT CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    minutes              INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 120000),
    cost_cents           INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
    currency             TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    areas                TEXT NOT NULL
                         CHECK (json_valid(areas) AND json_type(areas) = 'array'
                                AND json_array_length(areas) >= 1),
    subjects             TEXT NOT NULL DEFAULT '[]'
                         CHECK (json_valid(subjects) AND json_type(subjects) = 'array'),
    description          TEXT NOT NULL DEFAULT '',
    link                 TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX offerings_provider ON offerings (provider_partner_id);
CREATE INDEX offerings_when ON offerings (starts_on);

-- A learning plan: a teacher's self-identified growth areas (teacher_id NULL: the coach's
-- own plan), each with the offerings chosen (or suggested), their status and hours, the
-- teacher's reflection, and evidence of where it was applied.
CREATE TABLE plan_areas (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    teacher_id      INTEGER REFERENCES teachers(id) ON DELETE CASCADE,
    area            TEXT NOT NULL CHECK (area <> ''),
    in_their_words  TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX plan_areas_teacher ON plan_areas (teacher_id, position);

CREATE TABLE plan_items (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    area_id      INTEGER NOT NULL REFERENCES plan_areas(id) ON DELETE CASCADE,
    offering_id  INTEGER REFERENCES offerings(id) ON DELETE SET NULL,
    title        TEXT NOT NULL CHECK (title <> ''),
    chosen_by    TEXT NOT NULL DEFAULT 'teacher' CHECK (chosen_by IN ('teacher', 'coach')),
    status       TEXT NOT NULL DEFAULT 'planned'
                 CHECK (status IN ('planned', 'enrolled', 'attended', 'applied')),
    minutes      INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 120000),
    attended_on  TEXT,
    reflection   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX plan_items_area ON plan_items (area_id);
CREATE INDEX plan_items_offering ON plan_items (offering_id);
CREATE INDEX plan_items_attended ON plan_items (attended_on);

CREATE TABLE plan_evidence (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id         INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
    observation_id  INTEGER REFERENCES observations(id) ON DELETE CASCADE,
    cycle_id        INTEGER REFERENCES cycles(id) ON DELETE CASCADE,
    CHECK ((observation_id IS NULL) <> (cycle_id IS NULL)),
    UNIQUE (item_id, observation_id),
    UNIQUE (item_id, cycle_id)
);
CREATE INDEX plan_evidence_observation ON plan_evidence (observation_id);
CREATE INDEX plan_evidence_cycle ON plan_evidence (cycle_id);
