-- Chats without buttons (a WhatsApp group through a bridge) get a message's
-- choices numbered in its text, answered by sending the number. A number
-- stands for a button token of the message that showed it: a send, or the
-- re-post of a message on a channel that cannot edit. A typed number
-- answers the newest such message delivered to the chat.
CREATE TABLE numbered_choices (
    channel  TEXT    NOT NULL,
    chat_id  TEXT    NOT NULL,
    -- the outbox message whose text shows these numbers
    shown_by INTEGER  NOT NULL,
    number   INTEGER NOT NULL,
    token    TEXT    NOT NULL,
    PRIMARY KEY (shown_by, number)
);
CREATE INDEX numbered_choices_chat ON numbered_choices (channel, chat_id, shown_by);
