//! A check-in round's life: open until a coordinator closes it or its time
//! runs out, answered only by members of its community.

use chrono::{DateTime, Utc};

/// A round's life: open until it is closed or its time runs out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundTimes {
    pub opened_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
}

/// Why an answer was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The round has closed (by a coordinator or its time).
    Closed,
    /// Only members of the community may answer.
    NotMember,
}

impl RoundTimes {
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.closed_at.is_none() && now < self.closes_at
    }

    /// Whether a person may answer (or change an answer) now.
    pub fn may_answer(&self, now: DateTime<Utc>, is_member: bool) -> Result<(), Refusal> {
        match (self.is_open(now), is_member) {
            (false, _) => Err(Refusal::Closed),
            (true, false) => Err(Refusal::NotMember),
            (true, true) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_round_takes_answers_from_members_until_it_closes() {
        let opened = DateTime::parse_from_rfc3339("2026-11-23T19:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let mut round = RoundTimes {
            opened_at: opened,
            closes_at: opened + chrono::Duration::hours(2),
            closed_at: None,
        };
        let during = opened + chrono::Duration::minutes(30);
        assert_eq!(round.may_answer(during, true), Ok(()));
        assert_eq!(round.may_answer(during, false), Err(Refusal::NotMember));
        let late = opened + chrono::Duration::hours(2);
        assert_eq!(round.may_answer(late, true), Err(Refusal::Closed));
        round.closed_at = Some(during);
        assert_eq!(round.may_answer(during, true), Err(Refusal::Closed));
    }
}
