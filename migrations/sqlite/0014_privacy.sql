-- Privacy and safeguarding (issue 17).

-- Voters of a poll whose people asked Kettle to forget them: their ballots
-- still count (anonymously) where a result must keep its totals, so the
-- turnout and quorum of a closed poll never change when someone leaves.
ALTER TABLE polls ADD COLUMN forgotten_voters INTEGER NOT NULL DEFAULT 0;

-- A message to someone who has just been forgotten (the farewell): the row
-- goes as soon as it is delivered, so their chat id is not kept.
ALTER TABLE outbox ADD COLUMN erase_when_sent BOOLEAN NOT NULL DEFAULT FALSE;

-- Sensitive mode: stricter defaults for groups that share health-related
-- things (see /settings sensitive).
ALTER TABLE communities ADD COLUMN sensitive BOOLEAN NOT NULL DEFAULT FALSE;

-- How long who-came-to-which-meeting is kept, in days (the counts stay in
-- the digests).
ALTER TABLE communities ADD COLUMN attendance_days INTEGER NOT NULL DEFAULT 365;

-- A member a coordinator removed (/remove): not made a member again by
-- writing or pressing, only by the group's admins adding them back.
ALTER TABLE memberships ADD COLUMN removed_at TIMESTAMPTZ;
