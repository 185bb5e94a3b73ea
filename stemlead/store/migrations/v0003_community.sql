-- STEM Lead schema, version 3: community engagement and advocacy.
--
-- Events (STEM nights, competitions, showcases…) with the partners involved, volunteers
-- and their roles, a budget, headcounts (counts, never names) and photos kept in the
-- database with a consent-to-share flag; a planning checklist of action items born in
-- the event. Stakeholder groups and the log of what was sent or presented to them;
-- newsletters built from blocks; an advisory board's member terms, the sector each member
-- represents, and its program of work.

CREATE TABLE events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    title          TEXT NOT NULL CHECK (title <> ''),
    kind           TEXT NOT NULL DEFAULT 'stem_night'
                   CHECK (kind IN ('stem_night', 'competition', 'showcase', 'family_workshop',
                                   'field_trip', 'open_house', 'classroom_visit', 'other')),
    status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    starts_at      TEXT NOT NULL,
    ends_at        TEXT CHECK (ends_at IS NULL OR datetime(ends_at) >= datetime(starts_at)),
    place          TEXT NOT NULL DEFAULT '',
    schools        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(schools) AND json_type(schools) = 'array'),
    audience       TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    students       INTEGER NOT NULL DEFAULT 0 CHECK (students >= 0),
    families       INTEGER NOT NULL DEFAULT 0 CHECK (families >= 0),
    visitors       INTEGER NOT NULL DEFAULT 0 CHECK (visitors >= 0),
    debrief        TEXT NOT NULL DEFAULT '',
    private_notes  TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX events_starts ON events (starts_at);

-- The partners involved and what each brings (judges, a planetarium show, snacks).
CREATE TABLE event_partners (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    brings      TEXT NOT NULL DEFAULT '',
    UNIQUE (event_id, partner_id)
);
CREATE INDEX event_partners_partner ON event_partners (partner_id);

-- Volunteers: a teacher, a partner contact or a named guest, with a role. A teacher is
-- named on a handout only when they agree to be named (teachers.may_be_named); a contact
-- or guest only when may_be_named is set here.
CREATE TABLE event_volunteers (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    teacher_id    INTEGER REFERENCES teachers(id) ON DELETE CASCADE,
    contact_id    INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    guest_name    TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT 'volunteer'
                  CHECK (role IN ('host', 'station_lead', 'judge', 'volunteer', 'speaker')),
    may_be_named  INTEGER NOT NULL DEFAULT 0 CHECK (may_be_named IN (0, 1)),
    CHECK ((teacher_id IS NOT NULL) + (contact_id IS NOT NULL) + (guest_name <> '') = 1)
);
CREATE INDEX event_volunteers_event ON event_volunteers (event_id);
CREATE INDEX event_volunteers_teacher ON event_volunteers (teacher_id);
CREATE INDEX event_volunteers_contact ON event_volunteers (contact_id);

-- The budget: what it costs and who pays; a partner's in-kind gift may come from one of
-- its agreements.
CREATE TABLE event_costs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    item          TEXT NOT NULL CHECK (item <> ''),
    amount_cents  INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
    currency      TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    paid_by       TEXT NOT NULL DEFAULT '',
    in_kind       INTEGER NOT NULL DEFAULT 0 CHECK (in_kind IN (0, 1)),
    partner_id    INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    agreement_id  INTEGER REFERENCES agreements(id) ON DELETE SET NULL
);
CREATE INDEX event_costs_event ON event_costs (event_id);
CREATE INDEX event_costs_partner ON event_costs (partner_id);
CREATE INDEX event_costs_agreement ON event_costs (agreement_id);

-- Photos, in the database (core/attachments.py); only those with consent_to_share may
-- appear on a handout or a newsletter.
CREATE TABLE event_photos (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id          INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    media_type        TEXT NOT NULL,
    size              INTEGER NOT NULL,
    sha256            TEXT NOT NULL,
    data              BLOB NOT NULL,
    created_at        TEXT NOT NULL,
    caption           TEXT NOT NULL DEFAULT '',
    consent_to_share  INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_share IN (0, 1))
);
CREATE INDEX event_photos_event ON event_photos (event_id);

-- An event's planning checklist: action items born in the event, in the one list.
ALTER TABLE action_items ADD COLUMN event_id INTEGER REFERENCES events(id) ON DELETE CASCADE;
CREATE INDEX action_items_event ON action_items (event_id);

-- Who the program talks to: built from teachers and contacts, from a group, or typed as a
-- size for audiences the coach holds no contacts for ("families of Riverside, ~420").
CREATE TABLE stakeholder_groups (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL CHECK (name <> ''),
    kind            TEXT NOT NULL DEFAULT 'families'
                    CHECK (kind IN ('families', 'business', 'district_leaders', 'board',
                                    'elected_officials', 'advisory_board', 'partners', 'staff',
                                    'other')),
    school          TEXT NOT NULL DEFAULT '',
    estimated_size  INTEGER NOT NULL DEFAULT 0 CHECK (estimated_size >= 0),
    group_id        INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX stakeholder_groups_group ON stakeholder_groups (group_id);

CREATE TABLE stakeholder_members (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    stakeholder_id  INTEGER NOT NULL REFERENCES stakeholder_groups(id) ON DELETE CASCADE,
    teacher_id      INTEGER REFERENCES teachers(id) ON DELETE CASCADE,
    contact_id      INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    CHECK ((teacher_id IS NULL) <> (contact_id IS NULL)),
    UNIQUE (stakeholder_id, teacher_id),
    UNIQUE (stakeholder_id, contact_id)
);
CREATE INDEX stakeholder_members_teacher ON stakeholder_members (teacher_id);
CREATE INDEX stakeholder_members_contact ON stakeholder_members (contact_id);

-- A newsletter: a period, an audience, and blocks in order (proposed from the data, then
-- edited, reordered and added to by the coach).
CREATE TABLE newsletters (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    title           TEXT NOT NULL CHECK (title <> ''),
    starts_on       TEXT NOT NULL,
    ends_on         TEXT NOT NULL CHECK (ends_on >= starts_on),
    stakeholder_id  INTEGER REFERENCES stakeholder_groups(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- A spotlight's teacher is printed only while they agree to be named (and the block goes
-- with the teacher); a photo only while it has consent to share.
CREATE TABLE newsletter_blocks (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    newsletter_id  INTEGER NOT NULL REFERENCES newsletters(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    kind           TEXT NOT NULL DEFAULT 'text'
                   CHECK (kind IN ('upcoming', 'highlight', 'program', 'thanks', 'spotlight', 'text')),
    heading        TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL DEFAULT '',
    event_id       INTEGER REFERENCES events(id) ON DELETE SET NULL,
    teacher_id     INTEGER REFERENCES teachers(id) ON DELETE CASCADE,
    photo_id       INTEGER REFERENCES event_photos(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX newsletter_blocks_newsletter ON newsletter_blocks (newsletter_id, position);
CREATE INDEX newsletter_blocks_event ON newsletter_blocks (event_id);
CREATE INDEX newsletter_blocks_teacher ON newsletter_blocks (teacher_id);
CREATE INDEX newsletter_blocks_photo ON newsletter_blocks (photo_id);

-- The communications log: what was sent or presented, to whom, when, about what.
CREATE TABLE communications (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    sent_on                TEXT NOT NULL,
    kind                   TEXT NOT NULL DEFAULT 'email'
                           CHECK (kind IN ('newsletter', 'email', 'flyer', 'board_presentation',
                                           'social_post', 'press', 'other')),
    title                  TEXT NOT NULL CHECK (title <> ''),
    about                  TEXT NOT NULL DEFAULT '',
    shares_program_counts  INTEGER NOT NULL DEFAULT 0 CHECK (shares_program_counts IN (0, 1)),
    newsletter_id          INTEGER REFERENCES newsletters(id) ON DELETE SET NULL,
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX communications_sent ON communications (sent_on);
CREATE INDEX communications_newsletter ON communications (newsletter_id);

CREATE TABLE communication_audiences (
    communication_id  INTEGER NOT NULL REFERENCES communications(id) ON DELETE CASCADE,
    stakeholder_id    INTEGER NOT NULL REFERENCES stakeholder_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (communication_id, stakeholder_id)
) WITHOUT ROWID;
CREATE INDEX communication_audiences_stakeholder ON communication_audiences (stakeholder_id);

-- What a communication was about: an event, a partner's contribution.
CREATE TABLE communication_topics (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    communication_id  INTEGER NOT NULL REFERENCES communications(id) ON DELETE CASCADE,
    event_id          INTEGER REFERENCES events(id) ON DELETE CASCADE,
    partner_id        INTEGER REFERENCES partners(id) ON DELETE CASCADE,
    CHECK ((event_id IS NULL) <> (partner_id IS NULL)),
    UNIQUE (communication_id, event_id),
    UNIQUE (communication_id, partner_id)
);
CREATE INDEX communication_topics_event ON communication_topics (event_id);
CREATE INDEX communication_topics_partner ON communication_topics (partner_id);

-- An advisory board's members: the sector each represents and their term.
CREATE TABLE board_terms (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id  INTEGER NOT NULL UNIQUE REFERENCES group_members(id) ON DELETE CASCADE,
    sector     TEXT NOT NULL DEFAULT 'community'
               CHECK (sector IN ('business', 'higher_ed', 'parents', 'community', 'district', 'other')),
    starts_on  TEXT,
    ends_on    TEXT CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- An advisory board's program of work (its meetings are the group's meetings).
CREATE TABLE board_work_items (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id    INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL CHECK (title <> ''),
    status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
    target_on   TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX board_work_items_group ON board_work_items (group_id, position);
