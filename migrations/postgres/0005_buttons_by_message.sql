-- Redrawing a busy message (a check-in round, a time poll, a poll) reads
-- the buttons on it with every tap, and pruning a sent message checks
-- nothing still points at it: both want the buttons found by message.
CREATE INDEX buttons_by_message ON buttons (message_id) WHERE message_id IS NOT NULL;
