-- STEM Lead schema, version 1: the whole domain of DESIGN.md.
--
-- Conventions (docs/schema.md explains them for people opening the file elsewhere):
--   * ids are INTEGER PRIMARY KEY AUTOINCREMENT, never reused, so a deleted item can be
--     restored from the trash with its old id;
--   * dates are ISO 8601 text 'YYYY-MM-DD'; moments are ISO 8601 text with an offset,
--     'YYYY-MM-DDTHH:MM:SS+HH:MM' (compare moments with datetime(x), which converts to
--     UTC; the first ten characters are the local date); wall-clock times of a series are
--     'YYYY-MM-DDTHH:MM' with an IANA time zone beside them;
--   * lists of short strings (subjects, emails, phones, tags) are JSON arrays;
--   * choices are lower-case words with underscores, checked by the schema;
--   * columns named private_notes hold what only the coach sees: never on a handout.

CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL CHECK (json_valid(value))
);

CREATE TABLE trash (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,
    label       TEXT NOT NULL,
    deleted_at  TEXT NOT NULL,
    payload     TEXT NOT NULL CHECK (json_valid(payload))
);

-- Frameworks and their tags (NGSS practices, 5E, engineering design, PLC questions);
-- seeded from resources/frameworks, editable by the coach.
CREATE TABLE frameworks (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    slug         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tags (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    framework_id  INTEGER NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
    code          TEXT NOT NULL DEFAULT '',
    label         TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (framework_id, label)
);

CREATE TABLE teachers (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT NOT NULL CHECK (name <> ''),
    email          TEXT NOT NULL DEFAULT '',
    school         TEXT NOT NULL DEFAULT '',
    grade_band     TEXT NOT NULL DEFAULT '',
    subjects       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subjects) AND json_type(subjects) = 'array'),
    growth_areas   TEXT NOT NULL DEFAULT '',
    strengths      TEXT NOT NULL DEFAULT '',
    may_be_named   INTEGER NOT NULL DEFAULT 0 CHECK (may_be_named IN (0, 1)),
    private_notes  TEXT NOT NULL DEFAULT '',
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX teachers_school ON teachers (school, grade_band);
CREATE INDEX teachers_email ON teachers (lower(email)) WHERE email <> '';

-- Informal support that still counts: a conversation, an email exchange, co-planning...
CREATE TABLE coaching_logs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('conversation', 'email', 'co_planning',
                                             'co_teaching', 'modelling', 'resource_shared')),
    minutes      INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 1440),
    note         TEXT NOT NULL DEFAULT '',
    cycle_id     INTEGER REFERENCES cycles(id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX coaching_logs_when ON coaching_logs (occurred_at);
CREATE INDEX coaching_logs_cycle ON coaching_logs (cycle_id);

CREATE TABLE coaching_log_teachers (
    log_id      INTEGER NOT NULL REFERENCES coaching_logs(id) ON DELETE CASCADE,
    teacher_id  INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    PRIMARY KEY (log_id, teacher_id)
) WITHOUT ROWID;
CREATE INDEX coaching_log_teachers_teacher ON coaching_log_teachers (teacher_id);

-- Coaching cycles: Identify -> Learn -> Improve (Knight's Impact Cycle), then complete.
CREATE TABLE cycles (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    title             TEXT NOT NULL DEFAULT '',
    goal              TEXT NOT NULL DEFAULT '',
    success_criteria  TEXT NOT NULL DEFAULT '',
    strategy          TEXT NOT NULL DEFAULT '',
    stage             TEXT NOT NULL DEFAULT 'identify'
                      CHECK (stage IN ('identify', 'learn', 'improve', 'complete')),
    started_on        TEXT NOT NULL,
    target_end_on     TEXT CHECK (target_end_on IS NULL OR target_end_on >= started_on),
    completed_on      TEXT CHECK (completed_on IS NULL OR completed_on >= started_on),
    reflections       TEXT NOT NULL DEFAULT '',
    private_notes     TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX cycles_stage ON cycles (stage, started_on);

CREATE TABLE cycle_teachers (
    cycle_id    INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    teacher_id  INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    PRIMARY KEY (cycle_id, teacher_id)
) WITHOUT ROWID;
CREATE INDEX cycle_teachers_teacher ON cycle_teachers (teacher_id);

CREATE TABLE cycle_stage_changes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    cycle_id    INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    from_stage  TEXT CHECK (from_stage IN ('identify', 'learn', 'improve', 'complete')),
    to_stage    TEXT NOT NULL CHECK (to_stage IN ('identify', 'learn', 'improve', 'complete')),
    changed_at  TEXT NOT NULL
);
CREATE INDEX cycle_stage_changes_cycle ON cycle_stage_changes (cycle_id, changed_at);

CREATE TABLE cycle_time_entries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    cycle_id     INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    occurred_on  TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    activity     TEXT NOT NULL DEFAULT 'other'
                 CHECK (activity IN ('planning', 'co_planning', 'modelling', 'co_teaching',
                                     'observation', 'debrief', 'data_review', 'other')),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE INDEX cycle_time_entries_cycle ON cycle_time_entries (cycle_id, occurred_on);
CREATE INDEX cycle_time_entries_when ON cycle_time_entries (occurred_on);

-- Observations: a classroom visit with a timestamped evidence log.
CREATE TABLE observations (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    teacher_id     INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    cycle_id       INTEGER REFERENCES cycles(id) ON DELETE SET NULL,
    starts_at      TEXT NOT NULL,
    ended_at       TEXT CHECK (ended_at IS NULL OR ended_at >= starts_at),
    class_context  TEXT NOT NULL DEFAULT '',
    focus          TEXT NOT NULL DEFAULT '',
    private_notes  TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX observations_teacher ON observations (teacher_id, starts_at);
CREATE INDEX observations_cycle ON observations (cycle_id);
CREATE INDEX observations_when ON observations (starts_at);

CREATE TABLE observation_look_fors (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    observation_id  INTEGER NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    label           TEXT NOT NULL CHECK (label <> ''),
    tag_id          INTEGER REFERENCES tags(id) ON DELETE SET NULL
);
CREATE INDEX observation_look_fors_observation ON observation_look_fors (observation_id, position);

CREATE TABLE observation_lines (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    observation_id  INTEGER NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    recorded_at     TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'evidence'
                    CHECK (kind IN ('evidence', 'strength', 'student_thinking', 'wondering')),
    text            TEXT NOT NULL CHECK (text <> '')
);
CREATE INDEX observation_lines_observation ON observation_lines (observation_id, recorded_at);

-- Groups: PLCs, leadership teams, role-alike groups, advisory boards.
CREATE TABLE groups (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT NOT NULL CHECK (name <> ''),
    kind             TEXT NOT NULL DEFAULT 'plc'
                     CHECK (kind IN ('plc', 'leadership_team', 'role_alike', 'advisory_board', 'other')),
    goal             TEXT NOT NULL DEFAULT '',
    norms            TEXT NOT NULL DEFAULT '',
    default_minutes  INTEGER NOT NULL DEFAULT 45 CHECK (default_minutes BETWEEN 5 AND 600),
    default_place    TEXT NOT NULL DEFAULT '',
    archived_at      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE group_members (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id    INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    teacher_id  INTEGER REFERENCES teachers(id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    role        TEXT NOT NULL DEFAULT '',
    CHECK ((teacher_id IS NULL) <> (contact_id IS NULL)),
    UNIQUE (group_id, teacher_id),
    UNIQUE (group_id, contact_id)
);
CREATE INDEX group_members_teacher ON group_members (teacher_id);
CREATE INDEX group_members_contact ON group_members (contact_id);

-- A recurring series: an RFC 5545 RRULE over wall-clock times in one IANA time zone,
-- so a 3:30 pm PLC stays at 3:30 pm across daylight-saving changes.
CREATE TABLE meeting_series (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id          INTEGER REFERENCES groups(id) ON DELETE CASCADE,
    title             TEXT NOT NULL DEFAULT '',
    rrule             TEXT NOT NULL CHECK (rrule <> ''),
    dtstart           TEXT NOT NULL,
    tzid              TEXT NOT NULL,
    duration_minutes  INTEGER NOT NULL DEFAULT 45 CHECK (duration_minutes BETWEEN 5 AND 1440),
    place             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX meeting_series_group ON meeting_series (group_id);

-- Occurrences skipped from a series (EXDATE), by their original wall-clock start.
CREATE TABLE meeting_series_exdates (
    series_id   INTEGER NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,
    occurrence  TEXT NOT NULL,
    PRIMARY KEY (series_id, occurrence)
) WITHOUT ROWID;

-- A meeting: stand-alone, or one occurrence of a series (recurrence_id is the
-- occurrence's original wall-clock start, as RECURRENCE-ID in iCalendar).
CREATE TABLE meetings (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id          INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    series_id         INTEGER REFERENCES meeting_series(id) ON DELETE CASCADE,
    recurrence_id     TEXT,
    title             TEXT NOT NULL DEFAULT '',
    starts_at         TEXT NOT NULL,
    tzid              TEXT NOT NULL,
    duration_minutes  INTEGER NOT NULL DEFAULT 45 CHECK (duration_minutes BETWEEN 5 AND 1440),
    place             TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'scheduled'
                      CHECK (status IN ('scheduled', 'held', 'cancelled')),
    notes             TEXT NOT NULL DEFAULT '',
    private_notes     TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK ((series_id IS NULL) = (recurrence_id IS NULL)),
    UNIQUE (series_id, recurrence_id)
);
CREATE INDEX meetings_group ON meetings (group_id, datetime(starts_at));
CREATE INDEX meetings_when ON meetings (datetime(starts_at));

CREATE TABLE agenda_items (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id        INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL DEFAULT 0,
    title             TEXT NOT NULL CHECK (title <> ''),
    purpose           TEXT NOT NULL DEFAULT 'discuss' CHECK (purpose IN ('inform', 'discuss', 'decide')),
    owner_kind        TEXT NOT NULL DEFAULT 'me' CHECK (owner_kind IN ('me', 'teacher', 'contact', 'other')),
    owner_teacher_id  INTEGER REFERENCES teachers(id) ON DELETE SET NULL,
    owner_contact_id  INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    owner_name        TEXT NOT NULL DEFAULT '',
    minutes           INTEGER NOT NULL DEFAULT 10 CHECK (minutes BETWEEN 0 AND 600),
    description       TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    outcome           TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

CREATE TABLE attendance (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    teacher_id  INTEGER REFERENCES teachers(id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    guest_name  TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'late', 'absent', 'excused')),
    CHECK ((teacher_id IS NOT NULL) + (contact_id IS NOT NULL) + (guest_name <> '') = 1),
    UNIQUE (meeting_id, teacher_id),
    UNIQUE (meeting_id, contact_id)
);
CREATE INDEX attendance_teacher ON attendance (teacher_id);

CREATE TABLE decisions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    agenda_item_id  INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    text            TEXT NOT NULL CHECK (text <> ''),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX decisions_meeting ON decisions (meeting_id);

-- Partners and the people at them.
CREATE TABLE partners (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL CHECK (name <> ''),
    kind        TEXT NOT NULL DEFAULT 'other'
                CHECK (kind IN ('industry', 'higher_ed', 'museum', 'out_of_school', 'nonprofit',
                                'government', 'other')),
    status      TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'active', 'paused', 'past')),
    website     TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX partners_kind ON partners (kind, status);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id  INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    name        TEXT NOT NULL CHECK (name <> ''),
    role        TEXT NOT NULL DEFAULT '',
    emails      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(emails) AND json_type(emails) = 'array'),
    phones      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones) AND json_type(phones) = 'array'),
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX contacts_partner ON contacts (partner_id);

CREATE TABLE interactions (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id         INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    occurred_on        TEXT NOT NULL,
    kind               TEXT NOT NULL DEFAULT 'call'
                       CHECK (kind IN ('call', 'email', 'visit', 'event', 'meeting', 'other')),
    notes              TEXT NOT NULL DEFAULT '',
    follow_up_on       TEXT,
    follow_up_done_at  TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX interactions_partner ON interactions (partner_id, occurred_on);
CREATE INDEX interactions_follow_up ON interactions (follow_up_on) WHERE follow_up_done_at IS NULL;

CREATE TABLE interaction_contacts (
    interaction_id  INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    contact_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX interaction_contacts_contact ON interaction_contacts (contact_id);

CREATE TABLE agreements (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id        INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    title             TEXT NOT NULL CHECK (title <> ''),
    starts_on         TEXT,
    ends_on           TEXT CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'expired')),
    partner_provides  TEXT NOT NULL DEFAULT '',
    we_provide        TEXT NOT NULL DEFAULT '',
    value_kind        TEXT NOT NULL DEFAULT 'none' CHECK (value_kind IN ('none', 'in_kind', 'funding')),
    value_cents       INTEGER NOT NULL DEFAULT 0 CHECK (value_cents >= 0),
    currency          TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    renew_by          TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX agreements_partner ON agreements (partner_id);

-- Action items: one list, whatever they were born in.
CREATE TABLE action_items (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    title                 TEXT NOT NULL CHECK (title <> ''),
    notes                 TEXT NOT NULL DEFAULT '',
    owner_kind            TEXT NOT NULL DEFAULT 'me' CHECK (owner_kind IN ('me', 'teacher', 'contact', 'other')),
    owner_teacher_id      INTEGER REFERENCES teachers(id) ON DELETE SET NULL,
    owner_contact_id      INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    owner_name            TEXT NOT NULL DEFAULT '',
    due_on                TEXT,
    status                TEXT NOT NULL DEFAULT 'open'
                          CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    closed_at             TEXT,
    closed_in_meeting_id  INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    meeting_id            INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
    agenda_item_id        INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    cycle_id              INTEGER REFERENCES cycles(id) ON DELETE CASCADE,
    observation_id        INTEGER REFERENCES observations(id) ON DELETE CASCADE,
    partner_id            INTEGER REFERENCES partners(id) ON DELETE CASCADE,
    interaction_id        INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    CHECK ((meeting_id IS NOT NULL) + (cycle_id IS NOT NULL) + (observation_id IS NOT NULL)
           + (partner_id IS NOT NULL) <= 1),
    CHECK ((status IN ('done', 'dropped')) = (closed_at IS NOT NULL))
);
CREATE INDEX action_items_status ON action_items (status, due_on);
CREATE INDEX action_items_meeting ON action_items (meeting_id);
CREATE INDEX action_items_cycle ON action_items (cycle_id);
CREATE INDEX action_items_observation ON action_items (observation_id);
CREATE INDEX action_items_partner ON action_items (partner_id);
CREATE INDEX action_items_owner_teacher ON action_items (owner_teacher_id);
CREATE INDEX action_items_owner_contact ON action_items (owner_contact_id);
