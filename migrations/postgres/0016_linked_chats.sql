-- One community across several chats. A chat a coordinator links to
-- another community (/link <code>) keeps its own row, for what is its own:
-- its channel and chat id, its title, its language and its head count;
-- everything else (settings, members, check-ins, meetings, polls) is the
-- community's it is linked to. A linked row is not a community of its own:
-- it is inactive while linked, and active again when unlinked.
ALTER TABLE communities ADD COLUMN linked_to BIGINT REFERENCES communities (id) ON DELETE SET NULL;
CREATE INDEX communities_linked_to ON communities (linked_to) WHERE linked_to IS NOT NULL;

-- A one-time code from /link, valid for 15 minutes: whoever sends it in
-- another chat (a coordinator there) links that chat to the community.
CREATE TABLE link_codes (
    code         TEXT        NOT NULL PRIMARY KEY,
    community_id BIGINT      NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    expires_at   TIMESTAMPTZ NOT NULL
);

-- A group message shown in each linked chat: the first chat's message and
-- its copy in another, so what changes it (a count, a close) changes each.
CREATE TABLE message_copies (
    message_id BIGINT NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    copy_id    BIGINT NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    PRIMARY KEY (message_id, copy_id)
);
CREATE INDEX message_copies_copy ON message_copies (copy_id);
