-- /digest group on: the group's own copy of the weekly digest (numbers
-- only) is posted in the group each week. Off unless coordinators ask.
ALTER TABLE digest_settings ADD COLUMN to_group BOOLEAN NOT NULL DEFAULT FALSE;
