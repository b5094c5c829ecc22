-- Who was heard from in which local week: one small row per member per
-- week, written on their first word or tap of the week. "Heard from this
-- week" and "not heard from in 4 weeks" are read from it, so a member who
-- speaks again later still counts in the week they were heard in.
CREATE TABLE member_weeks (
    community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    -- the Monday of the community's local week, YYYY-MM-DD
    week_start   TEXT    NOT NULL,
    PRIMARY KEY (community_id, week_start, person_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO member_weeks (community_id, person_id, week_start)
SELECT community_id, person_id, date(last_heard_on, 'weekday 0', '-6 days')
FROM memberships WHERE last_heard_on IS NOT NULL;
