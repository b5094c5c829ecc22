-- Who came counts only once a coordinator confirms the list: until then a
-- meeting's attendance is "not recorded", never "nobody came". Lists from
-- before this change were taken as they stood.
ALTER TABLE meetings ADD COLUMN attendance_recorded_at TIMESTAMPTZ;
UPDATE meetings SET attendance_recorded_at = starts_at
WHERE EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = meetings.id);
