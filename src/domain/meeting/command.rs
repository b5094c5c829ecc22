//! Reading what follows `/meet`. Times and hours stay raw text here: they
//! are read against the community's zone and clock by the use case, which
//! can then say precisely what was wrong with each.

use crate::domain::meeting::reminders;
use crate::domain::time::hours::QuietHours;
use chrono::Duration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetCommand {
    /// `/meet` alone: how to use it.
    Usage,
    /// Start finding a time: Kettle suggests times unless some are typed.
    Start {
        title: String,
        options: Vec<String>,
        deadline: Option<Duration>,
    },
    /// End the open time poll now.
    Close,
    /// Cancel the next meeting (one occurrence of a series).
    Cancel,
    /// Stop a repeating meeting altogether.
    CancelSeries,
    /// Move the next meeting to another time.
    Move(String),
    /// Skip the next occurrence of a repeating meeting.
    Skip,
    /// Make the next meeting repeat (raw rule), or stop repeating.
    Repeat(Option<String>),
    /// Set the community's available hours (raw).
    Hours(String),
    Length(Duration),
    Place(Option<String>),
    Reminders(Vec<Duration>),
    Quiet(QuietHours),
    /// Record who came to the last meeting.
    Attended,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MeetCommandError {
    #[error("a title is needed")]
    NoTitle,
    #[error("too many times")]
    TooManyOptions,
    #[error("deadline not understood")]
    Deadline(String),
    #[error("length not understood")]
    Length(String),
    #[error("reminders not understood")]
    Reminders(String),
    #[error("quiet hours not understood")]
    Quiet(String),
    #[error("nothing to set")]
    Missing(&'static str),
    /// A title or place longer than Kettle keeps: said, never cut.
    #[error("longer than {0} characters")]
    TooLong(usize),
}

/// The longest meeting title, and place, Kettle keeps.
pub const MAX_TITLE: usize = 120;
pub const MAX_PLACE: usize = 200;

pub const MIN_LENGTH: Duration = Duration::minutes(15);
pub const MAX_LENGTH: Duration = Duration::hours(8);
/// How long members have to answer unless the organiser says otherwise.
pub const DEFAULT_DEADLINE: Duration = Duration::hours(48);
pub const MIN_DEADLINE: Duration = Duration::hours(1);
pub const MAX_DEADLINE: Duration = Duration::days(30);

fn duration(text: &str) -> Option<Duration> {
    humantime::parse_duration(text.trim())
        .ok()
        .and_then(|d| Duration::from_std(d).ok())
}

impl MeetCommand {
    pub fn parse(args: Option<&str>) -> Result<MeetCommand, MeetCommandError> {
        let args = args.unwrap_or_default().trim();
        if args.is_empty() {
            return Ok(MeetCommand::Usage);
        }
        let (head, rest) = args
            .split_once(char::is_whitespace)
            .map_or((args, ""), |(h, r)| (h, r.trim()));
        let need = |what: &'static str| {
            if rest.is_empty() {
                Err(MeetCommandError::Missing(what))
            } else {
                Ok(rest.to_string())
            }
        };
        // A keyword only counts as one when nothing follows the title bar.
        if args.contains('|') {
            return parse_start(args);
        }
        Ok(match head.to_lowercase().as_str() {
            "close" if rest.is_empty() => MeetCommand::Close,
            "cancel" if rest.is_empty() => MeetCommand::Cancel,
            "cancel" if rest.eq_ignore_ascii_case("series") => MeetCommand::CancelSeries,
            "skip" if rest.is_empty() => MeetCommand::Skip,
            "attended" | "attendance" if rest.is_empty() => MeetCommand::Attended,
            "move" => MeetCommand::Move(need("move")?),
            "repeat" => match rest.to_lowercase().as_str() {
                "off" | "stop" | "never" => MeetCommand::Repeat(None),
                _ => MeetCommand::Repeat(Some(need("repeat")?)),
            },
            "hours" => MeetCommand::Hours(need("hours")?),
            "length" => {
                let text = need("length")?;
                let length = duration(&text)
                    .filter(|d| (MIN_LENGTH..=MAX_LENGTH).contains(d))
                    .ok_or(MeetCommandError::Length(text))?;
                MeetCommand::Length(length)
            }
            "place" => match rest.to_lowercase().as_str() {
                "" => return Err(MeetCommandError::Missing("place")),
                "none" | "off" => MeetCommand::Place(None),
                _ if rest.chars().count() > MAX_PLACE => {
                    return Err(MeetCommandError::TooLong(MAX_PLACE))
                }
                _ => MeetCommand::Place(Some(rest.to_string())),
            },
            "reminders" => {
                let text = need("reminders")?;
                MeetCommand::Reminders(
                    reminders::parse(&text).map_err(|_| MeetCommandError::Reminders(text))?,
                )
            }
            "quiet" => {
                let text = need("quiet")?;
                MeetCommand::Quiet(QuietHours::parse(&text).ok_or(MeetCommandError::Quiet(text))?)
            }
            _ => parse_start(args)?,
        })
    }
}

/// `Title | tue 19:00 | 3 Dec 18:30 | deadline 24h`.
fn parse_start(args: &str) -> Result<MeetCommand, MeetCommandError> {
    let mut parts = args.split('|').map(str::trim);
    let title = parts.next().unwrap_or_default().to_string();
    if title.chars().count() > MAX_TITLE {
        return Err(MeetCommandError::TooLong(MAX_TITLE));
    }
    if title.is_empty() {
        return Err(MeetCommandError::NoTitle);
    }
    let mut options = vec![];
    let mut deadline = None;
    for part in parts.filter(|p| !p.is_empty()) {
        let lower = part.to_lowercase();
        if let Some(span) = lower.strip_prefix("deadline") {
            let d = duration(span)
                .filter(|d| (MIN_DEADLINE..=MAX_DEADLINE).contains(d))
                .ok_or_else(|| MeetCommandError::Deadline(span.trim().to_string()))?;
            deadline = Some(d);
        } else {
            options.push(part.to_string());
        }
    }
    if options.len() > crate::domain::meeting::time_poll::MAX_OPTIONS {
        return Err(MeetCommandError::TooManyOptions);
    }
    Ok(MeetCommand::Start {
        title,
        options,
        deadline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<MeetCommand, MeetCommandError> {
        MeetCommand::parse(Some(s))
    }

    #[test]
    fn an_overlong_title_or_place_is_refused_never_cut() {
        let title = "t".repeat(MAX_TITLE + 1);
        assert_eq!(parse(&title), Err(MeetCommandError::TooLong(MAX_TITLE)));
        let place = format!("place {}", "p".repeat(MAX_PLACE + 1));
        assert_eq!(parse(&place), Err(MeetCommandError::TooLong(MAX_PLACE)));
    }

    #[test]
    fn a_title_alone_asks_kettle_for_suggestions() {
        assert_eq!(
            parse("Tenants' meeting"),
            Ok(MeetCommand::Start {
                title: "Tenants' meeting".into(),
                options: vec![],
                deadline: None
            })
        );
    }

    #[test]
    fn typed_times_and_a_deadline_follow_bars() {
        assert_eq!(
            parse("Budget | tue 19:00 | 3 Dec 18:30 | deadline 24h"),
            Ok(MeetCommand::Start {
                title: "Budget".into(),
                options: vec!["tue 19:00".into(), "3 Dec 18:30".into()],
                deadline: Some(Duration::hours(24))
            })
        );
        assert_eq!(
            parse("Budget | tue 19:00 | deadline 5m"),
            Err(MeetCommandError::Deadline("5m".into()))
        );
        assert_eq!(parse(" | tue 19:00"), Err(MeetCommandError::NoTitle));
        let many = format!("x{}", " | tue 19:00".repeat(13));
        assert_eq!(parse(&many), Err(MeetCommandError::TooManyOptions));
    }

    #[test]
    fn settings_and_changes_are_read() {
        assert_eq!(parse("close"), Ok(MeetCommand::Close));
        assert_eq!(parse("cancel series"), Ok(MeetCommand::CancelSeries));
        assert_eq!(
            parse("move thu 19:00"),
            Ok(MeetCommand::Move("thu 19:00".into()))
        );
        assert_eq!(parse("repeat off"), Ok(MeetCommand::Repeat(None)));
        assert_eq!(
            parse("length 90m"),
            Ok(MeetCommand::Length(Duration::minutes(90)))
        );
        assert_eq!(
            parse("length 3 days"),
            Err(MeetCommandError::Length("3 days".into()))
        );
        assert_eq!(parse("place none"), Ok(MeetCommand::Place(None)));
        assert_eq!(
            parse("reminders 1h"),
            Ok(MeetCommand::Reminders(vec![Duration::hours(1)]))
        );
        assert_eq!(parse("move"), Err(MeetCommandError::Missing("move")));
        assert!(matches!(
            parse("quiet later"),
            Err(MeetCommandError::Quiet(_))
        ));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_is_read_safely(text in "\\PC{0,80}") {
            let _ = MeetCommand::parse(Some(&text));
        }
    }
}
