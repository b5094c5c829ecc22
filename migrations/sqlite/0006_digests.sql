-- Weekly digests, and the coordinators' SQL views over them. The same
-- tables and views as on Postgres (see migrations/postgres/0006_digests.sql
-- for what each holds); dates are ISO text here.

ALTER TABLE memberships ADD COLUMN last_heard_on TEXT;
UPDATE memberships SET last_heard_on = date(joined_at);
UPDATE memberships SET last_heard_on = COALESCE((
    SELECT MAX(day) FROM (
        SELECT date(r.answered_at) AS day FROM meeting_rsvps r JOIN meetings mt ON mt.id = r.meeting_id
        WHERE mt.community_id = memberships.community_id AND r.person_id = memberships.person_id
        UNION ALL
        SELECT date(a.answered_at) FROM time_poll_answers a
        JOIN time_poll_options o ON o.id = a.option_id
        JOIN time_polls tp ON tp.id = o.poll_id
        WHERE tp.community_id = memberships.community_id AND a.person_id = memberships.person_id
        UNION ALL
        SELECT date(v.voted_at) FROM poll_voters v JOIN polls p ON p.id = v.poll_id
        WHERE p.community_id = memberships.community_id AND v.person_id = memberships.person_id
          AND v.voted_at IS NOT NULL
    ) WHERE day > last_heard_on
), last_heard_on);

CREATE TABLE digest_settings (
    community_id INTEGER PRIMARY KEY REFERENCES communities (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL DEFAULT 0 CHECK (weekday BETWEEN 0 AND 6),
    at_time      TEXT    NOT NULL DEFAULT '09:00',
    enabled      BOOLEAN NOT NULL DEFAULT TRUE,
    version      INTEGER NOT NULL DEFAULT 1,
    send_to      INTEGER REFERENCES communities (id) ON DELETE SET NULL,
    send_to_by   INTEGER REFERENCES people (id) ON DELETE SET NULL
);
CREATE INDEX digest_settings_send_to ON digest_settings (send_to) WHERE send_to IS NOT NULL;

CREATE TABLE digests (
    community_id   INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    period         TEXT    NOT NULL,
    starts_on      TEXT    NOT NULL,
    ends_on        TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    complete       BOOLEAN NOT NULL,
    digest         TEXT    NOT NULL,
    texts          TEXT    NOT NULL,
    built_at       TEXT    NOT NULL,
    PRIMARY KEY (community_id, period)
);

CREATE VIEW digest_participation AS
SELECT d.community_id,
       c.title                                                     AS community,
       d.period                                                    AS week,
       d.starts_on                                                 AS week_start,
       d.complete,
       json_extract(d.digest, '$.members.count')                   AS members,
       json_extract(d.digest, '$.members.heard_this_week')         AS heard_from,
       json_array_length(d.digest, '$.members.joined')             AS joined,
       json_array_length(d.digest, '$.members.left')               AS left_group,
       json_array_length(d.digest, '$.members.not_heard')          AS not_heard_4_weeks,
       json_array_length(d.digest, '$.meetings.held')              AS meetings_held,
       json_extract(d.digest, '$.check_ins.rounds')                AS checkin_rounds,
       json_extract(d.digest, '$.check_ins.total')                 AS check_ins,
       json_array_length(d.digest, '$.polls.opened')               AS polls_opened,
       json_array_length(d.digest, '$.polls.closed')               AS polls_closed
FROM digests d JOIN communities c ON c.id = d.community_id;

CREATE VIEW digest_attendance AS
SELECT d.community_id,
       d.period                                    AS week,
       d.starts_on                                 AS week_start,
       json_extract(m.value, '$.meeting_id')       AS meeting_id,
       json_extract(m.value, '$.title')            AS title,
       json_extract(m.value, '$.starts_local')     AS starts_local,
       json_extract(m.value, '$.going')            AS going,
       json_extract(m.value, '$.maybe')            AS maybe,
       json_extract(m.value, '$.cant')             AS cant,
       json_extract(m.value, '$.came')             AS came,
       json_extract(m.value, '$.came_said_going')  AS came_said_going
FROM digests d, json_each(d.digest, '$.meetings.held') AS m;

CREATE VIEW digest_decisions AS
SELECT d.community_id,
       d.period                                    AS week,
       d.starts_on                                 AS week_start,
       json_extract(p.value, '$.poll_id')          AS poll_id,
       json_extract(p.value, '$.question')         AS question,
       json_extract(p.value, '$.kind')             AS kind,
       json_extract(p.value, '$.anonymous')        AS anonymous,
       json_extract(p.value, '$.voted')            AS voted,
       json_extract(p.value, '$.members')          AS members,
       json_extract(p.value, '$.quorum_met')       AS quorum_met,
       COALESCE(json_extract(p.value, '$.result.outcome'),
                (SELECT group_concat(l.value, ', ') FROM json_each(p.value, '$.result.labels') AS l))
                                                   AS result,
       polls.outcome,
       polls.review_on
FROM digests d, json_each(d.digest, '$.polls.closed') AS p
LEFT JOIN polls ON polls.id = json_extract(p.value, '$.poll_id');

CREATE VIEW digest_checkin_spread AS
SELECT d.community_id,
       d.period                                                        AS week,
       d.starts_on                                                     AS week_start,
       a.answer,
       a.position,
       json_extract(d.digest, '$.check_ins.spread.' || a.answer)       AS check_ins
FROM digests d
CROSS JOIN (SELECT 'rough' AS answer, 1 AS position UNION ALL SELECT 'low', 2
            UNION ALL SELECT 'okay', 3 UNION ALL SELECT 'good', 4
            UNION ALL SELECT 'great', 5 UNION ALL SELECT 'pass', 6) AS a
WHERE json_type(d.digest, '$.check_ins.spread') = 'object';
