-- Polls on priorities and decisions. The rules (kind, anonymity, when
-- results show, quorum, deadline) are fixed when the poll is posted and
-- kept as JSON beside the options; `kind` is repeated as a column so
-- support teams can query by it.
CREATE TABLE polls (
    id               BIGSERIAL PRIMARY KEY,
    community_id     BIGINT      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    creator_id       BIGINT      REFERENCES people (id) ON DELETE SET NULL,
    question         TEXT        NOT NULL,
    kind             TEXT        NOT NULL,
    anonymous        BOOLEAN     NOT NULL,
    rules            TEXT        NOT NULL,
    options          TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('open', 'closed')),
    created_at       TIMESTAMPTZ NOT NULL,
    deadline         TIMESTAMPTZ,
    closed_at        TIMESTAMPTZ,
    -- how many members there were when it closed (for quorum and turnout)
    members_at_close BIGINT,
    message_id       BIGINT      REFERENCES outbox (id) ON DELETE SET NULL,
    -- what the community decided to do, recorded by a coordinator
    outcome          TEXT,
    outcome_by       BIGINT      REFERENCES people (id) ON DELETE SET NULL,
    outcome_at       TIMESTAMPTZ,
    -- 'YYYY-MM-DD' in the community's zone: coordinators are reminded
    review_on        TEXT
);
CREATE INDEX polls_by_community ON polls (community_id, status);

-- Who has voted. For a named poll the ballot sits here and can change
-- until close; for an anonymous poll `ballot`, `reason` and `voted_at`
-- stay NULL and the ballot is in `poll_ballots`, with nothing to link them.
CREATE TABLE poll_voters (
    poll_id   BIGINT      NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    person_id BIGINT      NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    ballot    TEXT,
    reason    TEXT,
    voted_at  TIMESTAMPTZ,
    PRIMARY KEY (poll_id, person_id)
);

-- Anonymous ballots: a random key, no member, no time. At close they are
-- rewritten in a random order, so not even the order rows were written
-- in can be matched with the voters.
CREATE TABLE poll_ballots (
    id      TEXT   PRIMARY KEY,
    poll_id BIGINT NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    ballot  TEXT   NOT NULL,
    reason  TEXT
);
CREATE INDEX poll_ballots_by_poll ON poll_ballots (poll_id);

-- A ballot being built step by step in a private chat, before it is
-- confirmed. Deleted when confirmed, so an anonymous ballot keeps no trace
-- of its voter.
CREATE TABLE poll_ballot_drafts (
    poll_id    BIGINT      NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    person_id  BIGINT      NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    ballot     TEXT        NOT NULL,
    step       INTEGER     NOT NULL DEFAULT 0,
    reason     TEXT,
    -- waiting for the member to type a reason
    awaiting   BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (poll_id, person_id)
);

-- A poll being set up step by step in a private chat (`/poll` alone).
CREATE TABLE poll_setups (
    person_id    BIGINT      PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    community_id BIGINT      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    -- 'question', 'options' (waiting for typed text) or 'rules'
    stage        TEXT        NOT NULL CHECK (stage IN ('question', 'options', 'rules')),
    question     TEXT,
    options      TEXT        NOT NULL DEFAULT '[]',
    rules        TEXT        NOT NULL,
    message_id   BIGINT      REFERENCES outbox (id) ON DELETE SET NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
