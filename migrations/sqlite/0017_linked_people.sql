-- One person on two platforms (/me link). The account that redeemed a code
-- keeps its own row, for what is its own: its platform, its account id, its
-- name and its private chat. `same_as` points to the person it now is:
-- memberships, votes, check-ins and RSVPs are all that person's. Erasing
-- the person erases the accounts with them.
ALTER TABLE people ADD COLUMN same_as INTEGER REFERENCES people (id) ON DELETE CASCADE;
CREATE INDEX people_same_as ON people (same_as) WHERE same_as IS NOT NULL;

-- A one-time code from /me link, valid for 15 minutes, for the person's
-- private chat on their other platform.
CREATE TABLE person_link_codes (
    code       TEXT    NOT NULL PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    expires_at TEXT    NOT NULL
);

-- Votes one person had cast from both accounts before linking them: the
-- later one stands, and the result says how many were merged.
ALTER TABLE polls ADD COLUMN merged_votes INTEGER NOT NULL DEFAULT 0;
