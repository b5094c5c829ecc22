-- Meetings: when a community can meet, finding a time together, the
-- meetings themselves (one-off, or one occurrence of a repeating series),
-- RSVPs, agenda items and who came. Times that people see are kept as
-- wall-clock text plus an IANA zone; the instant beside them is derived
-- and recomputed whenever the meeting moves.
-- SQLite flavour: timestamps are RFC 3339 text; otherwise identical to Postgres.

-- A community's meeting defaults; no row means Kettle's defaults.
CREATE TABLE meeting_settings (
    community_id INTEGER  PRIMARY KEY REFERENCES communities (id) ON DELETE CASCADE,
    -- 'weekdays 18:00–21:30, weekends 10:00–20:00'; NULL: the default
    hours        TEXT,
    minutes      INTEGER NOT NULL DEFAULT 60,
    place        TEXT,
    -- '24h 1h', or 'off'
    reminders    TEXT    NOT NULL DEFAULT '24h 1h',
    quiet        TEXT    NOT NULL DEFAULT '22:00-08:00'
);

-- Finding a time. 'draft': the organiser is still choosing the times;
-- 'open': members answer; 'closed': the deadline passed and the organiser
-- is confirming; 'decided' / 'dropped': done.
CREATE TABLE time_polls (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id   INTEGER      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    title          TEXT        NOT NULL,
    organiser_id   INTEGER      REFERENCES people (id) ON DELETE SET NULL,
    status         TEXT        NOT NULL
                               CHECK (status IN ('draft', 'open', 'closed', 'decided', 'dropped')),
    time_zone      TEXT        NOT NULL,
    minutes        INTEGER     NOT NULL,
    place          TEXT,
    answer_minutes INTEGER     NOT NULL,
    created_at     TEXT        NOT NULL,
    deadline       TEXT       ,
    message_id     INTEGER      REFERENCES outbox (id) ON DELETE SET NULL,
    meeting_id     INTEGER
);
-- One time being found per community at once.
CREATE UNIQUE INDEX time_polls_active ON time_polls (community_id)
    WHERE status IN ('draft', 'open', 'closed');

CREATE TABLE time_poll_options (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    poll_id      INTEGER      NOT NULL REFERENCES time_polls (id) ON DELETE CASCADE,
    -- 'YYYY-MM-DD HH:MM' in the poll's zone
    starts_local TEXT        NOT NULL,
    starts_at    TEXT        NOT NULL,
    -- while drafting: whether the organiser kept this suggestion
    picked       BOOLEAN     NOT NULL DEFAULT TRUE,
    UNIQUE (poll_id, starts_local)
);

CREATE TABLE time_poll_answers (
    option_id    INTEGER      NOT NULL REFERENCES time_poll_options (id) ON DELETE CASCADE,
    person_id    INTEGER      NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    availability TEXT        NOT NULL CHECK (availability IN ('yes', 'if_need_be', 'no')),
    answered_at  TEXT        NOT NULL,
    PRIMARY KEY (option_id, person_id)
);

-- A repeating meeting: a rule, a wall-clock time and a zone. `version`
-- changes with the series, so jobs booked under an older one do nothing.
CREATE TABLE meeting_series (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    title        TEXT        NOT NULL,
    repeat_rule  TEXT        NOT NULL,
    first_date   TEXT        NOT NULL,
    at_time      TEXT        NOT NULL,
    time_zone    TEXT        NOT NULL,
    minutes      INTEGER     NOT NULL,
    place        TEXT,
    organiser_id INTEGER      REFERENCES people (id) ON DELETE SET NULL,
    version      INTEGER     NOT NULL DEFAULT 1,
    active       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at   TEXT        NOT NULL
);

CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id INTEGER      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    series_id    INTEGER      REFERENCES meeting_series (id) ON DELETE SET NULL,
    -- a series' occurrence date: its identity, so it is made only once
    occurrence   TEXT,
    title        TEXT        NOT NULL,
    starts_local TEXT        NOT NULL,
    time_zone    TEXT        NOT NULL,
    starts_at    TEXT        NOT NULL,
    minutes      INTEGER     NOT NULL,
    place        TEXT,
    -- the calendar file's UID, and its SEQUENCE (bumped on every change)
    uid          TEXT        NOT NULL UNIQUE,
    sequence     INTEGER     NOT NULL DEFAULT 0,
    status       TEXT        NOT NULL DEFAULT 'scheduled'
                             CHECK (status IN ('scheduled', 'cancelled')),
    organiser_id INTEGER      REFERENCES people (id) ON DELETE SET NULL,
    message_id   INTEGER      REFERENCES outbox (id) ON DELETE SET NULL,
    created_at   TEXT        NOT NULL,
    UNIQUE (series_id, occurrence)
);
CREATE INDEX meetings_by_time ON meetings (community_id, starts_at);

CREATE TABLE meeting_rsvps (
    meeting_id  INTEGER      NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id   INTEGER      NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    response    TEXT        NOT NULL CHECK (response IN ('going', 'maybe', 'cant')),
    answered_at TEXT        NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE meeting_agenda (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER      NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id  INTEGER      REFERENCES people (id) ON DELETE SET NULL,
    item       TEXT        NOT NULL,
    added_at   TEXT        NOT NULL
);

CREATE TABLE meeting_attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, person_id)
);

-- A member's own quiet hours ('22:00-07:00'), in their own zone; without a
-- row, the community's.
CREATE TABLE person_quiet_hours (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    quiet     TEXT    NOT NULL
);
