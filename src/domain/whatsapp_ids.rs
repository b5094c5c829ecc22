//! How WhatsApp people and chats are named inside Kettle, whichever door
//! they come through. A person is `<number>@c.us` through the bridge and
//! through the Cloud API alike, so a resident who reads the group through
//! the bridge and writes to the business number privately is one member.
//! Chats through the Cloud API carry a prefix, so each message leaves by
//! the door it belongs to.

/// Chats through the official Cloud API: `cloud:<wa_id>` for a private
/// chat, `cloud:group:<group id>` for a Groups API group.
pub const CLOUD_CHAT: &str = "cloud:";
const CLOUD_GROUP: &str = "cloud:group:";

/// The member a Cloud API `wa_id` (digits) is.
pub fn person_of_wa_id(wa_id: &str) -> String {
    format!("{wa_id}@c.us")
}

/// The private chat with `wa_id` through the Cloud API.
pub fn cloud_private_chat(wa_id: &str) -> String {
    format!("{CLOUD_CHAT}{wa_id}")
}

/// A Groups API group through the Cloud API.
pub fn cloud_group_chat(group_id: &str) -> String {
    format!("{CLOUD_GROUP}{group_id}")
}

/// Whether a WhatsApp chat is one through the Cloud API.
pub fn is_cloud_chat(chat_id: &str) -> bool {
    chat_id.starts_with(CLOUD_CHAT)
}

/// Where a Cloud API chat's messages go: the `wa_id` or the group id, and
/// whether it is a group.
pub fn cloud_recipient(chat_id: &str) -> Option<(&str, bool)> {
    if let Some(group) = chat_id.strip_prefix(CLOUD_GROUP) {
        return Some((group, true));
    }
    chat_id.strip_prefix(CLOUD_CHAT).map(|wa_id| (wa_id, false))
}

/// The Cloud API private chat with a member known as `user_id`, when their
/// number is known (a hidden `@lid` member has none to write to).
pub fn cloud_chat_of_person(user_id: &str) -> Option<String> {
    let digits = user_id.strip_suffix("@c.us")?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| cloud_private_chat(digits))
}

/// Which number talks to a WhatsApp community's members privately when
/// Kettle has both a bridge and the Cloud API.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PrivateDoor {
    /// The bridged number (the default, as before the Cloud API).
    #[default]
    Bridge,
    /// The business number, through the Cloud API.
    Cloud,
}

impl PrivateDoor {
    pub fn as_str(self) -> &'static str {
        match self {
            PrivateDoor::Bridge => "bridge",
            PrivateDoor::Cloud => "cloud",
        }
    }

    /// As stored: anything but `cloud` is the bridge.
    pub fn parse(stored: Option<&str>) -> PrivateDoor {
        match stored {
            Some("cloud") => PrivateDoor::Cloud,
            _ => PrivateDoor::Bridge,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_person_whichever_door() {
        let person = person_of_wa_id("447700900111");
        assert_eq!(person, "447700900111@c.us");
        let chat = cloud_chat_of_person(&person).unwrap();
        assert_eq!(chat, "cloud:447700900111");
        assert_eq!(cloud_recipient(&chat), Some(("447700900111", false)));
        let group = cloud_group_chat("Y2FwaV9ncm91cDox");
        assert_eq!(cloud_recipient(&group), Some(("Y2FwaV9ncm91cDox", true)));
        assert!(is_cloud_chat(&group) && !is_cloud_chat("447700900111@c.us"));
        assert_eq!(cloud_recipient("120363000000000001@g.us"), None);
        assert_eq!(cloud_chat_of_person("12345@lid"), None);
    }
}
