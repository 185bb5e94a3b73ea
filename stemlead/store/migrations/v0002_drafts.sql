-- STEM Lead schema, version 2: drafts.
--
-- Text the coach is typing but has not finished (an evidence line before Enter), saved
-- after a short pause so a crash, a kill or a closed lid loses nothing. One row per
-- place of typing, e.g. key 'observation:12:line'; removed when the text is saved for real.

CREATE TABLE drafts (
    key       TEXT PRIMARY KEY,
    text      TEXT NOT NULL,
    saved_at  TEXT NOT NULL
);
