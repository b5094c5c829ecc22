-- A named poll in a WhatsApp group goes out as WhatsApp's own poll. Its votes
-- come back carrying the voter's whole selection, sometimes twice or out of
-- order; the time of the newest applied per voter is kept, so an older one
-- never overwrites it. Rows go with the person.
CREATE TABLE native_poll_votes (
    channel      TEXT    NOT NULL,
    -- the platform's id of the poll message
    poll_message TEXT    NOT NULL,
    person_id    INTEGER  NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    voted_at     INTEGER  NOT NULL,
    PRIMARY KEY (channel, poll_message, person_id)
);
-- A vote names the poll message by the platform's id.
CREATE INDEX outbox_platform_message ON outbox (channel, platform_message_id)
    WHERE platform_message_id IS NOT NULL;

-- WhatsApp hides some members behind an id ending in @lid. When the bridge
-- says which phone id a hidden one stands for, both are kept here, so the
-- person stays one member whichever id their messages come from, even when
-- the bridge cannot be asked. Only ids: no names, no numbers typed by anyone.
CREATE TABLE whatsapp_lids (
    lid      TEXT NOT NULL PRIMARY KEY,
    phone_id TEXT NOT NULL
);
