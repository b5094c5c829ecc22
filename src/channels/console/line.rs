//! Reading one line of the console chat.

/// What a console line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `alice: text`, `alice (dm): text`, or `alice (reply bob): text`
    /// (in reply to one of bob's messages).
    Say {
        who: String,
        dm: bool,
        text: String,
        reply_to: Option<String>,
    },
    /// `bob: !2` or `bob: !7.2`.
    Press {
        who: String,
        dm: bool,
        message: Option<i64>,
        choice: usize,
    },
    /// `:clock +90m`
    ClockForward(std::time::Duration),
    /// `:clock 2026-12-01 18:00` (in the community's time zone)
    ClockSet(chrono::NaiveDateTime),
    /// `:coordinator alice`
    Coordinator(String),
    /// `:members 8`: how many people the test group has (as a platform would report).
    Members(i64),
    /// Blank lines and `# comments`.
    Nothing,
    /// Anything else, with why.
    Invalid(String),
}

pub const USAGE: &str = "write `name: text`, `name (dm): text`, `name (reply other): text`, `name: !2` (press choice 2), \
`name: !7.2` (choice 2 on message 7), `:clock +90m`, `:clock 2026-12-01 18:00`, `:coordinator name` or `:members 8`; \
start a line with `#gardeners ` to speak in another group (`#tenants@whatsapp ` for one laid out as WhatsApp's, \
`#youth@telegram ` as Telegram's)";

/// `#gardeners alice: /help` speaks in the group `gardeners` (made on
/// first use); the name comes back lower-cased, with the rest of the line.
/// `# words` (a space after `#`) stays a comment.
pub fn in_group(raw: &str) -> (Option<String>, &str) {
    let line = raw.trim();
    let Some(rest) = line.strip_prefix('#') else {
        return (None, line);
    };
    let (name, rest) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let (group, platform) = name.split_once('@').unwrap_or((name, ""));
    if group.is_empty()
        || group.chars().count() > 32
        || !group.chars().all(word)
        || !platform.chars().all(word)
    {
        return (None, line);
    }
    (Some(name.to_lowercase()), rest)
}

/// The chat id of a group a line named: `gardeners` is `group:gardeners`
/// (laid out as the console's profile says), `tenants@whatsapp` is
/// `whatsapp:tenants` (laid out as WhatsApp's, whatever the profile), so
/// one script can link groups on different platforms. `Err` names the
/// platforms there are.
pub fn group_chat_id(name: &str) -> Result<String, String> {
    match name.split_once('@') {
        None => Ok(format!("{}{name}", super::GROUP_PREFIX)),
        Some((group, platform @ ("whatsapp" | "telegram"))) => Ok(format!("{platform}:{group}")),
        Some((_, other)) => Err(format!(
            "there is no platform called {other}: try #{}@whatsapp or #{}@telegram",
            name.split('@').next().unwrap_or_default(),
            name.split('@').next().unwrap_or_default()
        )),
    }
}

pub fn parse(raw: &str) -> Line {
    let line = raw.trim();
    if line.is_empty() || line.starts_with('#') {
        return Line::Nothing;
    }
    if let Some(rest) = line.strip_prefix(':') {
        return parse_meta(rest.trim());
    }
    let Some((head, text)) = line.split_once(':') else {
        return Line::Invalid(USAGE.into());
    };
    let head = head.trim();
    let (head, reply_to) = match head.strip_suffix(')').and_then(|h| h.split_once("(reply ")) {
        Some((name, other)) if !other.trim().is_empty() => {
            (name.trim(), Some(other.trim().to_lowercase()))
        }
        _ => (head, None),
    };
    let (who, dm) = match head.strip_suffix("(dm)") {
        Some(name) => (name.trim(), true),
        None => (head, false),
    };
    if who.is_empty() || who.contains(char::is_whitespace) {
        return Line::Invalid(format!("a name is one word; {USAGE}"));
    }
    let who = who.to_string();
    let text = text.trim();
    match text.strip_prefix('!').map(parse_press) {
        Some(Some((message, choice))) => Line::Press {
            who,
            dm,
            message,
            choice,
        },
        Some(None) => Line::Invalid(format!("a press looks like !2 or !7.2; {USAGE}")),
        None => Line::Say {
            who,
            dm,
            text: text.to_string(),
            reply_to,
        },
    }
}

fn parse_press(spec: &str) -> Option<(Option<i64>, usize)> {
    let (message, choice) = match spec.split_once('.') {
        Some((m, c)) => (Some(m.trim().parse().ok()?), c),
        None => (None, spec),
    };
    let choice: usize = choice.trim().parse().ok()?;
    (choice >= 1).then_some((message, choice))
}

fn parse_meta(rest: &str) -> Line {
    let (word, arg) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let arg = arg.trim();
    match word {
        "clock" => parse_clock(arg),
        "coordinator" if !arg.is_empty() => Line::Coordinator(arg.to_string()),
        "members" => match arg.parse::<i64>() {
            Ok(n) if n >= 0 => Line::Members(n),
            _ => Line::Invalid("try :members 8".into()),
        },
        _ => Line::Invalid(USAGE.into()),
    }
}

/// The furthest one `:clock` may move: far enough for any story (a year
/// of weekly meetings, a review in six months), near enough that dates
/// stay dates and nothing catches up for ever.
pub const MAX_CLOCK_MOVE: std::time::Duration = std::time::Duration::from_secs(5 * 366 * 24 * 3600);

fn parse_clock(arg: &str) -> Line {
    if let Some(span) = arg.strip_prefix('+') {
        return match humantime::parse_duration(span.trim()) {
            Ok(d) if d <= MAX_CLOCK_MOVE => Line::ClockForward(d),
            Ok(_) => Line::Invalid(TOO_FAR.into()),
            Err(_) => Line::Invalid("try :clock +90m, :clock +2h or :clock +1d".into()),
        };
    }
    match chrono::NaiveDateTime::parse_from_str(arg, "%Y-%m-%d %H:%M") {
        Ok(at) => Line::ClockSet(at),
        Err(_) => Line::Invalid("try :clock 2026-12-01 18:00 or :clock +90m".into()),
    }
}

pub const TOO_FAR: &str = "the clock moves at most 5 years at a time";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_can_speak_in_another_group_and_comments_stay_comments() {
        assert_eq!(
            in_group("#Gardeners alice: /help"),
            (Some("gardeners".into()), "alice: /help")
        );
        assert_eq!(in_group("# a comment"), (None, "# a comment"));
        assert_eq!(in_group("alice: #1"), (None, "alice: #1"));
        assert_eq!(in_group("#no!pe alice: hi"), (None, "#no!pe alice: hi"));
        assert_eq!(
            in_group("#Tenants@WhatsApp alice: /link"),
            (Some("tenants@whatsapp".into()), "alice: /link")
        );
    }

    #[test]
    fn a_group_can_be_on_another_platform() {
        assert_eq!(group_chat_id("gardeners"), Ok("group:gardeners".into()));
        assert_eq!(
            group_chat_id("tenants@whatsapp"),
            Ok("whatsapp:tenants".into())
        );
        assert_eq!(group_chat_id("youth@telegram"), Ok("telegram:youth".into()));
        assert!(group_chat_id("youth@signal").is_err());
    }

    #[test]
    fn people_speak_in_the_group_or_in_private() {
        assert_eq!(
            parse("alice: /help"),
            Line::Say {
                who: "alice".into(),
                dm: false,
                text: "/help".into(),
                reply_to: None,
            }
        );
        assert_eq!(
            parse("alice (dm): /start"),
            Line::Say {
                who: "alice".into(),
                dm: true,
                text: "/start".into(),
                reply_to: None,
            }
        );
        assert_eq!(
            parse("alice (reply Bob): /remove"),
            Line::Say {
                who: "alice".into(),
                dm: false,
                text: "/remove".into(),
                reply_to: Some("bob".into()),
            }
        );
    }

    #[test]
    fn presses_name_a_choice_and_maybe_a_message() {
        assert_eq!(
            parse("bob: !2"),
            Line::Press {
                who: "bob".into(),
                dm: false,
                message: None,
                choice: 2
            }
        );
        assert_eq!(
            parse("bob: !7.2"),
            Line::Press {
                who: "bob".into(),
                dm: false,
                message: Some(7),
                choice: 2
            }
        );
        assert!(matches!(parse("bob: !0"), Line::Invalid(_)));
    }

    #[test]
    fn the_clock_moves_forward_or_is_set() {
        assert_eq!(
            parse(":clock +90m"),
            Line::ClockForward(std::time::Duration::from_secs(5400))
        );
        assert!(matches!(
            parse(":clock 2026-12-01 18:00"),
            Line::ClockSet(_)
        ));
        assert!(matches!(parse(":clock soon"), Line::Invalid(_)));
        // Seen from outside: +1000000y panicked, +250000y silenced the rest.
        for far in [":clock +1000000y", ":clock +250000y", ":clock +6y"] {
            assert_eq!(parse(far), Line::Invalid(TOO_FAR.into()), "{far}");
        }
        assert!(matches!(parse(":clock +5y"), Line::ClockForward(_)));
    }

    #[test]
    fn comments_blanks_and_nonsense() {
        assert_eq!(parse("   "), Line::Nothing);
        assert_eq!(parse("# a note"), Line::Nothing);
        assert!(matches!(parse("hello there"), Line::Invalid(_)));
        assert!(matches!(parse("two words: hi"), Line::Invalid(_)));
    }
}
