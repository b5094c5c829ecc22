//! Reading a chat line as a Kettle command. Pure: no lookups, no I/O.

/// A command a member typed. Arguments stay raw text here; each use case
/// parses its own arguments into domain types so it can answer precisely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start`, optionally with a deep-link payload.
    Start(Option<String>),
    Help,
    Lang(Option<String>),
    Tz(Option<String>),
    /// `/settings`, or a coordinator's change: `/settings sensitive on`,
    /// `/settings attendance 180`.
    Settings(Option<String>),
    /// What Kettle keeps, for how long, and who runs it.
    Privacy,
    /// A file of everything Kettle holds about the member (private chat).
    MyData,
    /// `/forget` (the warning) or `/forget confirm` (the erasure).
    Forget(Option<String>),
    /// A coordinator takes someone out of the community in Kettle: in
    /// reply to their message, or by name.
    Remove(Option<String>),
    /// `/checkin` and its arguments (see [`super::checkin::command`]).
    Checkin(Option<String>),
    Pulse,
    /// `/meet` and its arguments (see [`super::meeting::command`]).
    Meet(Option<String>),
    /// What is coming.
    Meetings,
    /// `/agenda <item>`: add to the next meeting's agenda (alone: show it).
    Agenda(Option<String>),
    /// `/quiet 22:00-07:00` or `/quiet off`: a member's own quiet hours.
    Quiet(Option<String>),
    /// `/poll` and its arguments (see [`super::poll::command`]).
    Poll(Option<String>),
    /// `/outcome [#N] text [| review …]`: what was decided.
    Outcome(Option<String>),
    /// Open polls and past decisions with their outcomes.
    Decisions,
    /// `/digest` and its arguments (see [`super::digest::command`]).
    Digest(Option<String>),
    /// `/link` (a code for another chat, or the list of linked chats),
    /// `/link new` (a code even when linked) or `/link <code>`.
    Link(Option<String>),
    /// `/unlink` (this linked chat), or `/unlink <n>` from the list.
    Unlink(Option<String>),
    /// `/me` (your accounts), `/me link` (a code for your other app),
    /// `/me link <code>` or `/me unlink`, in a private chat.
    Me(Option<String>),
    /// Anything that looks like a command but is not one of ours.
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    #[error("not a command")]
    NotACommand,
}

/// Every command Kettle knows, in the order `/help` lists them.
pub const KNOWN: [&str; 22] = [
    "start",
    "help",
    "poll",
    "decisions",
    "outcome",
    "digest",
    "meet",
    "meetings",
    "agenda",
    "checkin",
    "pulse",
    "lang",
    "tz",
    "quiet",
    "settings",
    "privacy",
    "mydata",
    "forget",
    "remove",
    "link",
    "unlink",
    "me",
];

/// `<keyword>`, `<keyword>@bot`, or either with a payload after a space:
/// how a person opening their private chat through a link shows up as
/// text (Telegram's `/start <payload>`, WhatsApp's prefilled
/// `start <payload>`). `None`: the text is something else.
pub fn opened_with(text: &str, keyword: &str) -> Option<Option<String>> {
    let rest = text.trim().strip_prefix(keyword)?;
    let rest = match rest.strip_prefix('@') {
        Some(named) => named
            .split_once(char::is_whitespace)
            .map_or("", |(_, args)| args),
        None if rest.is_empty() || rest.starts_with(char::is_whitespace) => rest,
        None => return None,
    };
    let payload = rest.trim();
    Some((!payload.is_empty()).then(|| payload.to_string()))
}

impl Command {
    /// Parses `/name@bot args`. The `@bot` suffix is accepted for any bot:
    /// in a group with several bots Telegram only delivers ours to us.
    pub fn parse(text: &str) -> Result<Command, CommandError> {
        let text = text.trim();
        let rest = text.strip_prefix('/').ok_or(CommandError::NotACommand)?;
        let (head, args) = match rest.split_once(char::is_whitespace) {
            Some((head, args)) => (head, args.trim()),
            None => (rest, ""),
        };
        let name = head.split('@').next().unwrap_or_default().to_lowercase();
        if name.is_empty() {
            return Err(CommandError::NotACommand);
        }
        let arg = (!args.is_empty()).then(|| args.to_string());
        Ok(match name.as_str() {
            "start" => Command::Start(arg),
            "help" => Command::Help,
            "lang" | "language" => Command::Lang(arg),
            "tz" | "timezone" => Command::Tz(arg),
            "settings" => Command::Settings(arg),
            "privacy" => Command::Privacy,
            "mydata" | "my_data" => Command::MyData,
            "forget" | "forgetme" | "forget_me" => Command::Forget(arg),
            "remove" => Command::Remove(arg),
            "checkin" | "check_in" => Command::Checkin(arg),
            "pulse" => Command::Pulse,
            "meet" | "meeting" => Command::Meet(arg),
            "meetings" => Command::Meetings,
            "agenda" => Command::Agenda(arg),
            "quiet" => Command::Quiet(arg),
            "poll" | "vote" => Command::Poll(arg),
            "outcome" => Command::Outcome(arg),
            "decisions" | "polls" => Command::Decisions,
            "digest" | "summary" => Command::Digest(arg),
            "link" => Command::Link(arg),
            "unlink" => Command::Unlink(arg),
            "me" => Command::Me(arg),
            _ => Command::Unknown(name),
        })
    }

    /// The known command closest to an unknown one, to suggest it.
    pub fn suggest(unknown: &str) -> Option<&'static str> {
        KNOWN
            .iter()
            .map(|known| (strsim::jaro_winkler(unknown, known), *known))
            .filter(|(score, _)| *score >= 0.75)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, known)| known)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_with_or_without_a_payload_opens_the_private_chat() {
        let deep_link = |t: &str| opened_with(t, "/start");
        assert_eq!(deep_link("/start"), Some(None));
        assert_eq!(deep_link("/start abc123"), Some(Some("abc123".into())));
        assert_eq!(deep_link("/start@kettle_bot abc"), Some(Some("abc".into())));
        assert_eq!(deep_link("/start@kettle_bot"), Some(None));
        assert_eq!(deep_link("/started"), None);
        assert_eq!(deep_link("/help"), None);
    }

    #[test]
    fn commands_with_bot_names_and_arguments_are_read() {
        assert_eq!(Command::parse("/help@KettleBot"), Ok(Command::Help));
        assert_eq!(
            Command::parse("/tz  Europe/London "),
            Ok(Command::Tz(Some("Europe/London".into())))
        );
        assert_eq!(
            Command::parse("/LANG cy"),
            Ok(Command::Lang(Some("cy".into())))
        );
        assert_eq!(Command::parse("/start"), Ok(Command::Start(None)));
    }

    #[test]
    fn ordinary_chat_is_not_a_command() {
        assert_eq!(Command::parse("hello all"), Err(CommandError::NotACommand));
        assert_eq!(Command::parse("/"), Err(CommandError::NotACommand));
    }

    #[test]
    fn unknown_commands_get_a_near_suggestion() {
        assert_eq!(Command::parse("/halp"), Ok(Command::Unknown("halp".into())));
        assert_eq!(Command::suggest("halp"), Some("help"));
        assert_eq!(Command::suggest("setings"), Some("settings"));
        assert_eq!(Command::suggest("xyzzy"), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever people type, reading it never panics, and only text
        /// starting with `/` is ever taken as a command.
        #[test]
        fn any_text_is_read_safely(text in "\\PC{0,80}") {
            let parsed = Command::parse(&text);
            if !text.trim_start().starts_with('/') {
                prop_assert_eq!(parsed, Err(CommandError::NotACommand));
            }
        }

        #[test]
        fn arguments_survive_intact(arg in "[A-Za-z_/]{1,30}") {
            prop_assert_eq!(Command::parse(&format!("/tz {arg}")), Ok(Command::Tz(Some(arg.clone()))));
        }
    }
}
