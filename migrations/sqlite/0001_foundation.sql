-- Kettle's foundation: communities, people, the inbox, the outbox, jobs and buttons.
-- SQLite flavour: timestamps are RFC 3339 text, JSON is text; otherwise identical to Postgres.

CREATE TABLE communities (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    channel      TEXT        NOT NULL,
    chat_id      TEXT        NOT NULL,
    title        TEXT        NOT NULL DEFAULT '',
    time_zone    TEXT        NOT NULL,
    language     TEXT        NOT NULL,
    -- people in the chat as the platform last reported it, Kettle excluded
    member_count INTEGER,
    active       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at   TEXT NOT NULL,
    UNIQUE (channel, chat_id)
);

CREATE TABLE people (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    channel           TEXT        NOT NULL,
    platform_user_id  TEXT        NOT NULL,
    display_name      TEXT        NOT NULL,
    language          TEXT,
    platform_language TEXT,
    time_zone         TEXT,
    private_chat_id   TEXT,
    created_at        TEXT NOT NULL,
    UNIQUE (channel, platform_user_id)
);

CREATE TABLE memberships (
    community_id INTEGER      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    person_id    INTEGER      NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role         TEXT        NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'coordinator')),
    joined_at    TEXT NOT NULL,
    left_at      TEXT,
    PRIMARY KEY (community_id, person_id)
);

-- One row per update ever handled: the unique key is what makes redelivery harmless.
-- No message content is kept here.
CREATE TABLE inbox (
    channel     TEXT        NOT NULL,
    key         TEXT        NOT NULL,
    received_at TEXT NOT NULL,
    outcome     TEXT        NOT NULL DEFAULT 'handled' CHECK (outcome IN ('handled', 'failed')),
    PRIMARY KEY (channel, key)
);

CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    channel             TEXT        NOT NULL,
    chat_id             TEXT        NOT NULL,
    chat_kind           TEXT        NOT NULL CHECK (chat_kind IN ('private', 'group')),
    -- messages in one lane go out in order, one at a time
    lane                TEXT        NOT NULL,
    kind                TEXT        NOT NULL CHECK (kind IN ('send', 'edit', 'answer')),
    payload             TEXT       NOT NULL,
    target_id           INTEGER REFERENCES outbox (id),
    status              TEXT        NOT NULL DEFAULT 'pending'
                                    CHECK (status IN ('pending', 'inflight', 'sent', 'failed')),
    attempts            INTEGER     NOT NULL DEFAULT 0,
    not_before          TEXT NOT NULL,
    lease_until         TEXT,
    platform_message_id TEXT,
    last_error          TEXT,
    created_at          TEXT NOT NULL,
    sent_at             TEXT
);
CREATE INDEX outbox_open ON outbox (channel, lane, id) WHERE status IN ('pending', 'inflight');
CREATE INDEX outbox_target ON outbox (target_id) WHERE target_id IS NOT NULL;

-- Per-chat pacing shared by every Kettle process.
CREATE TABLE chat_pacing (
    channel      TEXT        NOT NULL,
    chat_id      TEXT        NOT NULL,
    next_send_at TEXT NOT NULL,
    window_start TEXT NOT NULL,
    window_count INTEGER     NOT NULL,
    PRIMARY KEY (channel, chat_id)
);

-- The next free send slot for a whole bot: slots are 1/limit seconds apart,
-- handed out under this row's lock, so no second ever holds more than the limit.
CREATE TABLE send_budget (
    channel   TEXT PRIMARY KEY,
    next_slot TEXT NOT NULL
);

CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT        NOT NULL,
    unique_key  TEXT        NOT NULL UNIQUE,
    payload     TEXT       NOT NULL,
    due_at      TEXT NOT NULL,
    status      TEXT        NOT NULL DEFAULT 'pending'
                            CHECK (status IN ('pending', 'running', 'done', 'failed')),
    lease_owner TEXT,
    lease_until TEXT,
    attempts    INTEGER     NOT NULL DEFAULT 0,
    last_error  TEXT,
    done_at     TEXT
);
CREATE INDEX jobs_due ON jobs (due_at) WHERE status IN ('pending', 'running');

-- What a button does lives here; the platform only ever sees the opaque token.
CREATE TABLE buttons (
    token        TEXT PRIMARY KEY,
    community_id INTEGER      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    -- set when only one person may press it (a button in their private chat)
    person_id    INTEGER REFERENCES people (id) ON DELETE CASCADE,
    message_id   INTEGER REFERENCES outbox (id),
    action       TEXT       NOT NULL,
    created_at   TEXT NOT NULL
);
