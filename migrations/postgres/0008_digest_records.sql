-- A finished week's digest is a record: once stored complete it is never
-- replaced by building it again. Rebuilding is an operator's explicit act
-- (kettle digest --rebuild), which keeps the earlier row here first.
ALTER TABLE digests ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE digest_history (
    community_id   BIGINT      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    period         TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    complete       BOOLEAN NOT NULL,
    digest         JSONB   NOT NULL,
    texts          JSONB   NOT NULL,
    built_at       TIMESTAMPTZ NOT NULL,
    replaced_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (community_id, period, version)
);
