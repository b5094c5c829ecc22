//! When to remind people of a meeting, and what to do with a reminder
//! that comes late because Kettle was down.

use chrono::{DateTime, Duration, Utc};

/// A day before and an hour before, unless the community says otherwise.
pub const DEFAULT: [Duration; 2] = [Duration::hours(24), Duration::hours(1)];
/// At most this many reminders per meeting.
pub const MAX: usize = 4;
/// A reminder this late is still sent, with a note that it is late.
pub const LATE_AFTER: Duration = Duration::minutes(15);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("reminder times not understood")]
pub struct RemindersError(pub String);

/// Reads `24h 1h`, `2d, 30m` or `off`, longest first, without repeats.
pub fn parse(text: &str) -> Result<Vec<Duration>, RemindersError> {
    let text = text.trim().to_lowercase();
    if matches!(text.as_str(), "off" | "none" | "no") {
        return Ok(vec![]);
    }
    let err = || RemindersError(text.clone());
    let mut offsets = text
        .split([' ', ','])
        .filter(|p| !p.is_empty())
        .map(|p| {
            humantime::parse_duration(p)
                .ok()
                .and_then(|d| Duration::from_std(d).ok())
                .filter(|d| *d >= Duration::minutes(5) && *d <= Duration::days(14))
                .ok_or_else(err)
        })
        .collect::<Result<Vec<_>, _>>()?;
    offsets.sort_by(|a, b| b.cmp(a));
    offsets.dedup();
    if offsets.is_empty() || offsets.len() > MAX {
        return Err(err());
    }
    Ok(offsets)
}

/// `24h 1h`, as stored and shown.
pub fn format(offsets: &[Duration]) -> String {
    if offsets.is_empty() {
        return "off".into();
    }
    offsets
        .iter()
        .map(|d| match d.num_minutes() {
            m if m % 1440 == 0 => format!("{}d", m / 1440),
            m if m % 60 == 0 => format!("{}h", m / 60),
            m => format!("{m}m"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What to do with a reminder that falls due at `due`, seen at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    OnTime,
    /// Sent, with a note that it is late.
    Late,
    /// The meeting has started or passed: a reminder would only confuse.
    Drop,
}

pub fn delivery(due: DateTime<Utc>, now: DateTime<Utc>, starts: DateTime<Utc>) -> Delivery {
    if now >= starts {
        Delivery::Drop
    } else if now - due > LATE_AFTER {
        Delivery::Late
    } else {
        Delivery::OnTime
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    #[test]
    fn reminder_times_are_read_longest_first() {
        assert_eq!(
            parse("1h, 24h"),
            Ok(vec![Duration::hours(24), Duration::hours(1)])
        );
        assert_eq!(parse("off"), Ok(vec![]));
        assert!(parse("1 minute").is_err(), "too close to be useful");
        assert!(parse("soon").is_err());
        assert!(parse("1h 2h 3h 4h 5h").is_err());
        assert_eq!(format(&parse("2d 90m 1h").unwrap()), "2d 90m 1h");
    }

    #[test]
    fn a_late_reminder_is_sent_with_a_note_or_dropped_once_it_is_too_late() {
        let starts = Utc.with_ymd_and_hms(2026, 12, 3, 18, 30, 0).unwrap();
        let due = starts - Duration::hours(24);
        assert_eq!(
            delivery(due, due + Duration::minutes(1), starts),
            Delivery::OnTime
        );
        assert_eq!(
            delivery(due, due + Duration::hours(5), starts),
            Delivery::Late
        );
        assert_eq!(delivery(due, starts, starts), Delivery::Drop);
    }
}
