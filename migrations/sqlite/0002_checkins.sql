-- Check-ins: rounds in the group, answers (one per member per round, or a
-- private check-in between meetings), recurring rounds, and the one pending
-- "type a few words" prompt a person may have in their private chat.
-- SQLite flavour: timestamps are RFC 3339 text; otherwise identical to Postgres.

-- Defaults each community chooses: who sees an answer unless the member
-- chooses otherwise, and how many days check-in words are kept.
ALTER TABLE communities ADD COLUMN checkin_visibility TEXT NOT NULL DEFAULT 'counted'
    CHECK (checkin_visibility IN ('shared', 'coordinators', 'counted'));
ALTER TABLE communities ADD COLUMN checkin_words_days INTEGER NOT NULL DEFAULT 90;

CREATE TABLE checkin_rounds (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    -- NULL: the default question, in each reader's language
    question     TEXT,
    opened_by    INTEGER      REFERENCES people (id) ON DELETE SET NULL,
    schedule_id  INTEGER,
    opened_at    TEXT NOT NULL,
    closes_at    TEXT NOT NULL,
    closed_at    TEXT,
    -- the group message that shows the round, edited as answers arrive
    message_id   INTEGER      REFERENCES outbox (id) ON DELETE SET NULL
);
-- At most one open round per community.
CREATE UNIQUE INDEX checkin_rounds_open ON checkin_rounds (community_id) WHERE closed_at IS NULL;
CREATE INDEX checkin_rounds_by_time ON checkin_rounds (community_id, opened_at);

-- One answer per member per round (round_id NULL: a private check-in).
-- "Counted only" answers lose their person_id when the round closes, and
-- private counted check-ins are stored without one: no one, not even a
-- database reader, can link them to a person afterwards.
CREATE TABLE checkin_answers (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    round_id     INTEGER      REFERENCES checkin_rounds (id) ON DELETE CASCADE,
    person_id    INTEGER      REFERENCES people (id) ON DELETE CASCADE,
    answer       TEXT        NOT NULL
                             CHECK (answer IN ('rough', 'low', 'okay', 'good', 'great', 'pass')),
    visibility   TEXT        NOT NULL CHECK (visibility IN ('shared', 'coordinators', 'counted')),
    words        TEXT,
    -- detached answers keep only the day (private) or the round's opening
    answered_at  TEXT NOT NULL,
    UNIQUE (round_id, person_id)
);
CREATE INDEX checkin_answers_by_time ON checkin_answers (community_id, answered_at);
CREATE INDEX checkin_answers_by_person ON checkin_answers (person_id) WHERE person_id IS NOT NULL;

-- Recurring rounds: a weekday and a wall-clock time in an IANA zone, so
-- 19:00 stays 19:00 across clock changes. `version` changes whenever the
-- schedule does, so a job booked under an older version does nothing.
CREATE TABLE checkin_schedules (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    weekday      INTEGER    NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    at_time      TEXT        NOT NULL,
    time_zone    TEXT        NOT NULL,
    question     TEXT,
    version      INTEGER     NOT NULL DEFAULT 1,
    created_by   INTEGER      REFERENCES people (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (community_id, weekday, at_time)
);

-- A person's private chat is waiting for their words on one answer.
CREATE TABLE checkin_word_prompts (
    person_id  INTEGER      PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    answer_id  INTEGER      NOT NULL REFERENCES checkin_answers (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL
);
