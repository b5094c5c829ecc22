//! Updates as Telegram would send them, for the fake Bot API to serve or
//! for tests to post to the webhook.

use super::telegram::BOT_ID;
use serde_json::{json, Value};

pub fn user(id: i64, name: &str, lang: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": name, "language_code": lang})
}

pub fn group(chat_id: i64, title: &str) -> Value {
    json!({"id": chat_id, "type": "group", "title": title})
}

fn private(user_id: i64, name: &str) -> Value {
    json!({"id": user_id, "type": "private", "first_name": name})
}

/// Kettle is added to a group.
pub fn bot_added(update_id: i64, chat_id: i64, title: &str, by: &Value) -> Value {
    let bot = json!({"id": BOT_ID, "is_bot": true, "first_name": "Kettle"});
    json!({"update_id": update_id, "my_chat_member": {
        "chat": group(chat_id, title), "from": by, "date": 1_767_600_000,
        "old_chat_member": {"user": bot, "status": "left"},
        "new_chat_member": {"user": bot, "status": "member"}}})
}

/// Someone types in a group.
pub fn group_text(update_id: i64, chat_id: i64, from: &Value, text: &str) -> Value {
    json!({"update_id": update_id, "message": {"message_id": update_id, "date": 1_767_600_000,
        "chat": group(chat_id, "Test group"), "from": from, "text": text}})
}

/// `who` leaves a group (Telegram's service message).
pub fn left(update_id: i64, chat_id: i64, who: &Value) -> Value {
    json!({"update_id": update_id, "message": {"message_id": update_id, "date": 1_767_600_000,
        "chat": group(chat_id, "Test group"), "from": who, "left_chat_member": who}})
}

/// Someone types in their private chat with Kettle.
pub fn private_text(update_id: i64, from: &Value, text: &str) -> Value {
    let id = from["id"].as_i64().unwrap_or(0);
    let name = from["first_name"].as_str().unwrap_or("");
    json!({"update_id": update_id, "message": {"message_id": update_id, "date": 1_767_600_000,
        "chat": private(id, name), "from": from, "text": text}})
}

/// Someone presses a button on a group message.
pub fn press(
    update_id: i64,
    press_id: &str,
    chat_id: i64,
    message_id: i64,
    from: &Value,
    data: &str,
) -> Value {
    json!({"update_id": update_id, "callback_query": {"id": press_id, "from": from, "chat_instance": "ci",
        "data": data, "message": {"message_id": message_id, "date": 1_767_600_000,
        "chat": group(chat_id, "Test group"), "text": "…"}}})
}

/// Someone presses a button on a message in their private chat with Kettle.
pub fn private_press(
    update_id: i64,
    press_id: &str,
    message_id: i64,
    from: &Value,
    data: &str,
) -> Value {
    let id = from["id"].as_i64().unwrap_or(0);
    let name = from["first_name"].as_str().unwrap_or("");
    json!({"update_id": update_id, "callback_query": {"id": press_id, "from": from, "chat_instance": "ci",
        "data": data, "message": {"message_id": message_id, "date": 1_767_600_000,
        "chat": private(id, name), "text": "…"}}})
}

/// A group upgraded to a supergroup: the old chat's last word.
pub fn migrated(update_id: i64, old_chat_id: i64, new_chat_id: i64) -> Value {
    json!({"update_id": update_id, "message": {"message_id": update_id, "date": 1_767_600_000,
        "chat": group(old_chat_id, "Test group"), "migrate_to_chat_id": new_chat_id}})
}

/// An admin entry for getChatAdministrators.
pub fn admin(user: &Value) -> Value {
    json!({"user": user, "status": "creator", "is_anonymous": false})
}
