-- Weekly digests, and the coordinators' SQL views over them.

-- The last local day a member said or pressed anything in the group (or
-- voted): what "not heard from in 4 weeks" is worked out from. A day, not
-- a time, and only the latest one.
ALTER TABLE memberships ADD COLUMN last_heard_on TEXT;
-- Until now Kettle registered a member when it first heard from them.
UPDATE memberships SET last_heard_on = to_char(joined_at AT TIME ZONE 'UTC', 'YYYY-MM-DD');
UPDATE memberships m SET last_heard_on = GREATEST(m.last_heard_on, x.day)
FROM (
    SELECT community_id, person_id, MAX(to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD')) AS day
    FROM (
        SELECT mt.community_id, r.person_id, r.answered_at AS at
        FROM meeting_rsvps r JOIN meetings mt ON mt.id = r.meeting_id
        UNION ALL
        SELECT tp.community_id, a.person_id, a.answered_at
        FROM time_poll_answers a
        JOIN time_poll_options o ON o.id = a.option_id
        JOIN time_polls tp ON tp.id = o.poll_id
        UNION ALL
        SELECT p.community_id, v.person_id, v.voted_at
        FROM poll_voters v JOIN polls p ON p.id = v.poll_id
        WHERE v.voted_at IS NOT NULL
    ) AS activity
    GROUP BY community_id, person_id
) AS x
WHERE m.community_id = x.community_id AND m.person_id = x.person_id;

-- When a community's digest goes out, and where. No row: Mondays at 09:00
-- in the community's zone, privately to each coordinator.
CREATE TABLE digest_settings (
    community_id BIGINT   PRIMARY KEY REFERENCES communities (id) ON DELETE CASCADE,
    weekday      SMALLINT NOT NULL DEFAULT 0 CHECK (weekday BETWEEN 0 AND 6),
    at_time      TEXT     NOT NULL DEFAULT '09:00',
    enabled      BOOLEAN  NOT NULL DEFAULT TRUE,
    -- changes with the settings, so a digest booked under older ones does nothing
    version      INTEGER  NOT NULL DEFAULT 1,
    -- a coordinators' chat (itself a chat Kettle is in) that receives this
    -- community's digest, combined with the others sent there
    send_to      BIGINT   REFERENCES communities (id) ON DELETE SET NULL,
    send_to_by   BIGINT   REFERENCES people (id) ON DELETE SET NULL
);
CREATE INDEX digest_settings_send_to ON digest_settings (send_to) WHERE send_to IS NOT NULL;

-- One digest per community per ISO week; building it again replaces it.
-- `digest` is the structured digest (schema `schema_version`): counts,
-- announced results and person ids, never names, answers or ballots.
-- `texts` holds the group-safe text in each language it was sent in.
CREATE TABLE digests (
    community_id   BIGINT      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    period         TEXT        NOT NULL,
    starts_on      DATE        NOT NULL,
    ends_on        DATE        NOT NULL,
    schema_version INTEGER     NOT NULL,
    complete       BOOLEAN     NOT NULL,
    digest         JSONB       NOT NULL,
    texts          JSONB       NOT NULL,
    built_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (community_id, period)
);

-- The coordinators' views: stable column names a support team can point
-- psql, Metabase or Grafana at. Each row comes from a stored digest, so
-- they show exactly what digests show, and nothing that names a person.

-- One row per community per week.
CREATE VIEW digest_participation AS
SELECT d.community_id,
       c.title                                                AS community,
       d.period                                               AS week,
       d.starts_on                                            AS week_start,
       d.complete,
       (d.digest -> 'members' ->> 'count')::int               AS members,
       (d.digest -> 'members' ->> 'heard_this_week')::int     AS heard_from,
       jsonb_array_length(d.digest -> 'members' -> 'joined')  AS joined,
       jsonb_array_length(d.digest -> 'members' -> 'left')    AS left_group,
       jsonb_array_length(d.digest -> 'members' -> 'not_heard') AS not_heard_4_weeks,
       jsonb_array_length(d.digest -> 'meetings' -> 'held')   AS meetings_held,
       (d.digest -> 'check_ins' ->> 'rounds')::int            AS checkin_rounds,
       (d.digest -> 'check_ins' ->> 'total')::int             AS check_ins,
       jsonb_array_length(d.digest -> 'polls' -> 'opened')    AS polls_opened,
       jsonb_array_length(d.digest -> 'polls' -> 'closed')    AS polls_closed
FROM digests d JOIN communities c ON c.id = d.community_id;

-- One row per meeting held: RSVPs against who came.
CREATE VIEW digest_attendance AS
SELECT d.community_id,
       d.period                           AS week,
       d.starts_on                        AS week_start,
       (m ->> 'meeting_id')::bigint       AS meeting_id,
       m ->> 'title'                      AS title,
       m ->> 'starts_local'               AS starts_local,
       (m ->> 'going')::int               AS going,
       (m ->> 'maybe')::int               AS maybe,
       (m ->> 'cant')::int                AS cant,
       (m ->> 'came')::int                AS came,
       (m ->> 'came_said_going')::int     AS came_said_going
FROM digests d
CROSS JOIN LATERAL jsonb_array_elements(d.digest -> 'meetings' -> 'held') AS m;

-- One row per poll closed: its result as announced, and the outcome a
-- coordinator recorded (which may come in a later week).
CREATE VIEW digest_decisions AS
SELECT d.community_id,
       d.period                               AS week,
       d.starts_on                            AS week_start,
       (p ->> 'poll_id')::bigint              AS poll_id,
       p ->> 'question'                       AS question,
       p ->> 'kind'                           AS kind,
       (p ->> 'anonymous')::boolean           AS anonymous,
       (p ->> 'voted')::int                   AS voted,
       (p ->> 'members')::int                 AS members,
       (p ->> 'quorum_met')::boolean          AS quorum_met,
       COALESCE(p -> 'result' ->> 'outcome',
                (SELECT string_agg(l, ', ') FROM jsonb_array_elements_text(p -> 'result' -> 'labels') AS l))
                                              AS result,
       polls.outcome,
       polls.review_on
FROM digests d
CROSS JOIN LATERAL jsonb_array_elements(d.digest -> 'polls' -> 'closed') AS p
LEFT JOIN polls ON polls.id = (p ->> 'poll_id')::bigint;

-- How people arrived, per week: one row per answer, and only for weeks
-- with enough check-ins to show it (fewer than 3 are never shown).
CREATE VIEW digest_checkin_spread AS
SELECT d.community_id,
       d.period                                                   AS week,
       d.starts_on                                                AS week_start,
       a.answer,
       a.position,
       (d.digest -> 'check_ins' -> 'spread' ->> a.answer)::int    AS check_ins
FROM digests d
CROSS JOIN (SELECT 'rough' AS answer, 1 AS position UNION ALL SELECT 'low', 2
            UNION ALL SELECT 'okay', 3 UNION ALL SELECT 'good', 4
            UNION ALL SELECT 'great', 5 UNION ALL SELECT 'pass', 6) AS a
WHERE jsonb_typeof(d.digest -> 'check_ins' -> 'spread') = 'object';
