-- A finished week's digest is a record: once stored complete it is never
-- replaced by building it again. Rebuilding is an operator's explicit act
-- (kettle digest --rebuild), which keeps the earlier row here first.
ALTER TABLE digests ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE digest_history (
    community_id   INTEGER      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    period         TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    complete       BOOLEAN NOT NULL,
    digest         TEXT   NOT NULL,
    texts          TEXT   NOT NULL,
    built_at       TEXT NOT NULL,
    replaced_at    TEXT NOT NULL,
    PRIMARY KEY (community_id, period, version)
);
