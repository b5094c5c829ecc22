//! Reading what follows `/digest`. Pure, so every way of typing it can be
//! tested; each error names what was not understood.

use crate::domain::time::recurrence::{Weekly, WeeklyError};
use crate::domain::time::week::IsoWeek;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DigestCommand {
    /// Show a week's digest.
    Show(WeekChoice),
    /// Send this community's weekly digest on a new day and time.
    Every(Weekly),
    /// Stop (or restart) the weekly digest.
    Off,
    On,
    /// Make this chat the coordinators' chat for the communities the
    /// sender coordinates.
    Here,
    /// Stop sending digests to this chat.
    HereOff,
    /// Post (or stop posting) the group's own copy in the group each week.
    Group(bool),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekChoice {
    ThisWeek,
    LastWeek,
    Week(IsoWeek),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DigestCommandError {
    #[error("not a week")]
    Week(String),
    #[error("that week has not started")]
    Future(IsoWeek),
    #[error("unknown weekday")]
    Weekday(String),
    #[error("unknown time")]
    Time(String),
}

impl WeekChoice {
    /// The week meant, as of `today` (the community's local date).
    pub fn resolve(self, today: NaiveDate) -> IsoWeek {
        let this = IsoWeek::of(today);
        match self {
            WeekChoice::ThisWeek => this,
            WeekChoice::LastWeek => this.previous(),
            WeekChoice::Week(w) => w,
        }
    }
}

impl DigestCommand {
    /// `today` is the community's local date: `w46` means this year's
    /// week 46, or last year's if this year's has not come yet.
    pub fn parse(
        args: Option<&str>,
        today: NaiveDate,
    ) -> Result<DigestCommand, DigestCommandError> {
        let args = args.unwrap_or_default().trim().to_lowercase();
        let (head, rest) = args
            .split_once(char::is_whitespace)
            .map_or((args.as_str(), ""), |(h, r)| (h, r.trim()));
        let show = |w| Ok(DigestCommand::Show(w));
        match (head, rest) {
            ("" | "this" | "now", "" | "week") => show(WeekChoice::ThisWeek),
            ("last" | "previous", "" | "week") => show(WeekChoice::LastWeek),
            ("here", "") => Ok(DigestCommand::Here),
            ("here", "off" | "stop" | "none") => Ok(DigestCommand::HereOff),
            ("group", "" | "on" | "start") => Ok(DigestCommand::Group(true)),
            ("group", "off" | "stop" | "none") => Ok(DigestCommand::Group(false)),
            ("off" | "stop" | "never", "") => Ok(DigestCommand::Off),
            ("on" | "start", "") => Ok(DigestCommand::On),
            ("every", "off" | "stop" | "never" | "none") => Ok(DigestCommand::Off),
            ("every", rest) => match Weekly::parse(rest) {
                Ok(weekly) => Ok(DigestCommand::Every(weekly)),
                Err(WeeklyError::Weekday(d)) => Err(DigestCommandError::Weekday(d)),
                Err(WeeklyError::Time(t)) => Err(DigestCommandError::Time(t)),
            },
            (week, "") => {
                let this = IsoWeek::of(today);
                let parsed = IsoWeek::parse(week).or_else(|| {
                    let n = week.strip_prefix('w')?;
                    let year = this_year(today);
                    let in_this_year = IsoWeek::parse(&format!("{year}-W{n}"))?;
                    Some(if in_this_year > this {
                        IsoWeek::parse(&format!("{}-W{n}", year - 1))?
                    } else {
                        in_this_year
                    })
                });
                match parsed {
                    Some(w) if w > this => Err(DigestCommandError::Future(w)),
                    Some(w) => show(WeekChoice::Week(w)),
                    None => Err(DigestCommandError::Week(args.clone())),
                }
            }
            _ => Err(DigestCommandError::Week(args.clone())),
        }
    }
}

fn this_year(today: NaiveDate) -> i32 {
    use chrono::Datelike;
    today.iso_week().year()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveTime, Weekday};
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn parse(s: &str) -> Result<DigestCommand, DigestCommandError> {
        DigestCommand::parse((!s.is_empty()).then_some(s), today())
    }

    fn week(s: &str) -> DigestCommand {
        DigestCommand::Show(WeekChoice::Week(IsoWeek::parse(s).unwrap()))
    }

    #[test]
    fn a_week_can_be_asked_for_in_several_ways() {
        assert_eq!(parse(""), Ok(DigestCommand::Show(WeekChoice::ThisWeek)));
        assert_eq!(
            parse("last week"),
            Ok(DigestCommand::Show(WeekChoice::LastWeek))
        );
        assert_eq!(parse("2026-W46"), Ok(week("2026-W46")));
        assert_eq!(parse("W46"), Ok(week("2026-W46")));
        // Week 50 has not come yet this year: last year's is meant.
        assert_eq!(parse("w50"), Ok(week("2025-W50")));
        assert_eq!(
            parse("2026-W49"),
            Err(DigestCommandError::Future(
                IsoWeek::parse("2026-W49").unwrap()
            ))
        );
        assert_eq!(
            parse("yesterday"),
            Err(DigestCommandError::Week("yesterday".into()))
        );
        assert_eq!(
            WeekChoice::LastWeek.resolve(today()),
            IsoWeek::parse("2026-W47").unwrap()
        );
    }

    #[test]
    fn where_and_when_the_digest_goes_can_be_set() {
        assert_eq!(parse("here"), Ok(DigestCommand::Here));
        assert_eq!(parse("here off"), Ok(DigestCommand::HereOff));
        assert_eq!(parse("off"), Ok(DigestCommand::Off));
        assert_eq!(parse("every off"), Ok(DigestCommand::Off));
        assert_eq!(parse("on"), Ok(DigestCommand::On));
        assert_eq!(parse("group on"), Ok(DigestCommand::Group(true)));
        assert_eq!(parse("group off"), Ok(DigestCommand::Group(false)));
        assert_eq!(
            parse("every friday 17:30"),
            Ok(DigestCommand::Every(Weekly {
                weekday: Weekday::Fri,
                at: NaiveTime::from_hms_opt(17, 30, 0).unwrap()
            }))
        );
        assert_eq!(
            parse("every fryday 17:30"),
            Err(DigestCommandError::Weekday("fryday".into()))
        );
        assert_eq!(
            parse("every friday 25:00"),
            Err(DigestCommandError::Time("25:00".into()))
        );
    }

    proptest! {
        #[test]
        fn any_text_is_read_safely(s in ".{0,40}") {
            let _ = DigestCommand::parse(Some(&s), today());
        }
    }
}
