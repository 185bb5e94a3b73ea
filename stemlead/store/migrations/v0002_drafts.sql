-- STEM Lead schema, version 2: drafts, and indexes for links that deletes follow.
--
-- Text the coach is typing but has not finished (an evidence line before Enter), saved
-- after a short pause so a crash, a kill or a closed lid loses nothing. One row per
-- place of typing, e.g. key 'observation:12:line'; removed when the text is saved for real.

CREATE TABLE drafts (
    key       TEXT PRIMARY KEY,
    text      TEXT NOT NULL,
    saved_at  TEXT NOT NULL
);

-- Deleting a meeting, an agenda item or an interaction sets these links to NULL; without
-- an index each delete would scan every action item or decision.
CREATE INDEX action_items_closed_in_meeting ON action_items (closed_in_meeting_id);
CREATE INDEX action_items_agenda_item ON action_items (agenda_item_id);
CREATE INDEX action_items_interaction ON action_items (interaction_id);
CREATE INDEX decisions_agenda_item ON decisions (agenda_item_id);
