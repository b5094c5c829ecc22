-- Private chats through the official WhatsApp Cloud API. Free-form messages
-- may go to a member only within 24 hours of their last message to Kettle;
-- outside that window only approved templates. Kept per chat: when the
-- member last wrote (a time, never what they wrote), whether WhatsApp has
-- said they must write first (error 131047), and when coordinators were
-- last told Kettle cannot reach them. Erased with the person.
CREATE TABLE whatsapp_cloud_chats (
    chat_id         TEXT        NOT NULL PRIMARY KEY,
    last_inbound_at TIMESTAMPTZ,
    template_only   BOOLEAN     NOT NULL DEFAULT FALSE,
    told_at         TIMESTAMPTZ
);

-- Which WhatsApp number talks to a community's members privately when
-- Kettle has both a bridge and the Cloud API: NULL is the bridge (as
-- before the Cloud API), 'cloud' the business number. Coordinators choose
-- with /settings private via cloud|bridge; wa.me links point to it.
ALTER TABLE communities ADD COLUMN private_via TEXT CHECK (private_via IN ('cloud', 'bridge'));
