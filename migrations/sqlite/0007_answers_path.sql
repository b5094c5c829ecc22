-- Answers to button presses are claimed on their own path, at once
-- (not through the chat lanes or the send budget).
CREATE INDEX outbox_answers ON outbox (channel, id)
    WHERE kind = 'answer' AND status IN ('pending', 'inflight');
