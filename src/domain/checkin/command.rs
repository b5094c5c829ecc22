//! Reading what follows `/checkin`. Pure, so every way of typing it can be
//! tested; each error says exactly what was not understood.

use crate::domain::checkin::Visibility;
use crate::domain::time::recurrence::{Weekly, WeeklyError};
use chrono::Duration;

/// What a `/checkin` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckinCommand {
    /// Start a round, optionally with its own question and length.
    Start {
        question: Option<String>,
        lasts: Option<Duration>,
    },
    /// End the open round now.
    Close,
    /// Add a recurring round.
    Every(Weekly),
    /// List recurring rounds.
    ListSchedules,
    /// Remove every recurring round.
    StopSchedules,
    /// Set who sees answers unless a member chooses otherwise.
    DefaultVisibility(Visibility),
    /// Set how many days check-in words are kept.
    KeepWords(u32),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckinCommandError {
    #[error("unknown weekday")]
    Weekday(String),
    #[error("unknown time")]
    Time(String),
    #[error("unknown visibility")]
    Visibility(String),
    #[error("days out of range")]
    Days(String),
    #[error("unknown length")]
    Length(String),
}

/// Words kept at most this long, at least a day.
pub const MAX_KEEP_DAYS: u32 = 3650;
/// A round lasts between 5 minutes and a week.
pub const MIN_ROUND: Duration = Duration::minutes(5);
pub const MAX_ROUND: Duration = Duration::days(7);

impl CheckinCommand {
    pub fn parse(args: Option<&str>) -> Result<CheckinCommand, CheckinCommandError> {
        let args = args.unwrap_or_default().trim();
        let (head, rest) = args
            .split_once(char::is_whitespace)
            .map_or((args, ""), |(h, r)| (h, r.trim()));
        match head.to_lowercase().as_str() {
            "" => Ok(CheckinCommand::Start {
                question: None,
                lasts: None,
            }),
            "close" | "end" | "done" if rest.is_empty() => Ok(CheckinCommand::Close),
            "every" => parse_every(rest),
            "visibility" | "privacy" if !rest.is_empty() => parse_visibility(rest),
            "keep" if !rest.is_empty() => parse_keep(rest),
            "for" if !rest.is_empty() => parse_for(rest),
            _ => Ok(CheckinCommand::Start {
                question: Some(args.to_string()),
                lasts: None,
            }),
        }
    }
}

fn parse_every(rest: &str) -> Result<CheckinCommand, CheckinCommandError> {
    let lower = rest.to_lowercase();
    match lower.as_str() {
        "" => return Ok(CheckinCommand::ListSchedules),
        "off" | "none" | "stop" | "never" => return Ok(CheckinCommand::StopSchedules),
        _ => {}
    }
    match Weekly::parse(&lower) {
        Ok(weekly) => Ok(CheckinCommand::Every(weekly)),
        Err(WeeklyError::Weekday(day)) => Err(CheckinCommandError::Weekday(day)),
        Err(WeeklyError::Time(time)) => Err(CheckinCommandError::Time(time)),
    }
}

fn parse_visibility(rest: &str) -> Result<CheckinCommand, CheckinCommandError> {
    let v = match rest.to_lowercase().as_str() {
        "shared" | "share" | "group" => Visibility::Shared,
        "coordinators" | "coordinator" => Visibility::Coordinators,
        "counted" | "count" | "anonymous" => Visibility::Counted,
        _ => return Err(CheckinCommandError::Visibility(rest.to_string())),
    };
    Ok(CheckinCommand::DefaultVisibility(v))
}

fn parse_keep(rest: &str) -> Result<CheckinCommand, CheckinCommandError> {
    let number = rest
        .trim_end_matches(|c: char| c.is_alphabetic() || c.is_whitespace())
        .trim();
    match number.parse::<u32>() {
        Ok(days) if (1..=MAX_KEEP_DAYS).contains(&days) => Ok(CheckinCommand::KeepWords(days)),
        _ => Err(CheckinCommandError::Days(rest.to_string())),
    }
}

/// `for 45m` or `for 3h What is on your mind?`
fn parse_for(rest: &str) -> Result<CheckinCommand, CheckinCommandError> {
    let (span, question) = rest
        .split_once(char::is_whitespace)
        .map_or((rest, ""), |(s, q)| (s, q.trim()));
    let lasts = humantime::parse_duration(span)
        .ok()
        .and_then(|d| Duration::from_std(d).ok())
        .filter(|d| (MIN_ROUND..=MAX_ROUND).contains(d))
        .ok_or_else(|| CheckinCommandError::Length(span.to_string()))?;
    Ok(CheckinCommand::Start {
        question: (!question.is_empty()).then(|| question.to_string()),
        lasts: Some(lasts),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveTime, Weekday};

    fn parse(s: &str) -> Result<CheckinCommand, CheckinCommandError> {
        CheckinCommand::parse(Some(s))
    }

    fn weekly(day: Weekday, h: u32, m: u32) -> CheckinCommand {
        CheckinCommand::Every(Weekly {
            weekday: day,
            at: NaiveTime::from_hms_opt(h, m, 0).unwrap(),
        })
    }

    #[test]
    fn a_bare_checkin_starts_the_default_round() {
        assert_eq!(
            CheckinCommand::parse(None),
            Ok(CheckinCommand::Start {
                question: None,
                lasts: None
            })
        );
    }

    #[test]
    fn anything_else_is_the_groups_own_question() {
        assert_eq!(
            parse("How was the repair day?"),
            Ok(CheckinCommand::Start {
                question: Some("How was the repair day?".into()),
                lasts: None
            })
        );
        assert_eq!(
            parse("close the meeting with a word?"),
            Ok(CheckinCommand::Start {
                question: Some("close the meeting with a word?".into()),
                lasts: None
            })
        );
    }

    #[test]
    fn recurring_rounds_are_read_in_many_ways() {
        assert_eq!(parse("every monday 19:00"), Ok(weekly(Weekday::Mon, 19, 0)));
        assert_eq!(parse("every Mondays 7pm"), Ok(weekly(Weekday::Mon, 19, 0)));
        assert_eq!(parse("every thu 18.30"), Ok(weekly(Weekday::Thu, 18, 30)));
        assert_eq!(
            parse("every dydd llun 19:00"),
            Ok(weekly(Weekday::Mon, 19, 0))
        );
        assert_eq!(parse("every środa 12am"), Ok(weekly(Weekday::Wed, 0, 0)));
        assert_eq!(parse("every"), Ok(CheckinCommand::ListSchedules));
        assert_eq!(parse("every off"), Ok(CheckinCommand::StopSchedules));
    }

    #[test]
    fn mistakes_in_a_recurring_round_are_named() {
        assert_eq!(
            parse("every moonday 19:00"),
            Err(CheckinCommandError::Weekday("moonday".into()))
        );
        assert_eq!(
            parse("every monday 25:00"),
            Err(CheckinCommandError::Time("25:00".into()))
        );
        assert_eq!(
            parse("every monday 13pm"),
            Err(CheckinCommandError::Time("13pm".into()))
        );
    }

    #[test]
    fn settings_and_lengths() {
        assert_eq!(
            parse("visibility coordinators"),
            Ok(CheckinCommand::DefaultVisibility(Visibility::Coordinators))
        );
        assert_eq!(parse("keep 30 days"), Ok(CheckinCommand::KeepWords(30)));
        assert_eq!(parse("keep 0"), Err(CheckinCommandError::Days("0".into())));
        assert_eq!(
            parse("for 45m How are you?"),
            Ok(CheckinCommand::Start {
                question: Some("How are you?".into()),
                lasts: Some(Duration::minutes(45))
            })
        );
        assert_eq!(
            parse("for 2s"),
            Err(CheckinCommandError::Length("2s".into()))
        );
        assert_eq!(parse("close"), Ok(CheckinCommand::Close));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use chrono::{NaiveTime, Weekday};
    use proptest::prelude::*;

    proptest! {
        /// Whatever follows /checkin, reading it never panics.
        #[test]
        fn any_arguments_are_read_safely(text in "\\PC{0,60}") {
            let _ = CheckinCommand::parse(Some(&text));
        }

        /// Every valid 24-hour time round-trips.
        #[test]
        fn every_time_of_day_is_understood(h in 0u32..24, m in 0u32..60) {
            let parsed = parse_every(&format!("friday {h}:{m:02}"));
            let at = NaiveTime::from_hms_opt(h, m, 0).unwrap();
            prop_assert_eq!(parsed, Ok(CheckinCommand::Every(Weekly { weekday: Weekday::Fri, at })));
        }
    }
}
