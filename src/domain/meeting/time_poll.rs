//! Finding a time: each member says yes, if need be, or no to each option,
//! and the best option is the one with most yes, where "if need be" counts
//! half; ties go to the earliest. Said plainly on the poll, before anyone
//! answers.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// At most this many times in one poll.
pub const MAX_OPTIONS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    Yes,
    IfNeedBe,
    No,
}

impl Availability {
    pub const ALL: [Availability; 3] =
        [Availability::Yes, Availability::IfNeedBe, Availability::No];

    pub fn as_str(self) -> &'static str {
        match self {
            Availability::Yes => "yes",
            Availability::IfNeedBe => "if_need_be",
            Availability::No => "no",
        }
    }

    pub fn parse(s: &str) -> Option<Availability> {
        Availability::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// How one option stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OptionTally {
    pub yes: u32,
    pub if_need_be: u32,
    pub no: u32,
}

impl OptionTally {
    pub fn add(&mut self, a: Availability, n: u32) {
        match a {
            Availability::Yes => self.yes += n,
            Availability::IfNeedBe => self.if_need_be += n,
            Availability::No => self.no += n,
        }
    }

    /// Twice the score, so "if need be" counts half without fractions.
    pub fn points(&self) -> u32 {
        2 * self.yes + self.if_need_be
    }
}

/// Why an option was picked, for saying so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickReason {
    /// The most yes (with half for "if need be").
    MostYes,
    /// Level with `tied - 1` others; the earliest of them.
    TieEarliest { tied: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pick {
    pub index: usize,
    pub reason: PickReason,
}

/// The option to choose when the organiser leaves it to Kettle. `None`
/// when nobody can make any of them.
pub fn pick(options: &[(DateTime<Utc>, OptionTally)]) -> Option<Pick> {
    let best = options.iter().map(|(_, t)| t.points()).max()?;
    if best == 0 {
        return None;
    }
    let tied: Vec<usize> = (0..options.len())
        .filter(|&i| options[i].1.points() == best)
        .collect();
    let index = *tied.iter().min_by_key(|&&i| options[i].0)?;
    let reason = match tied.len() {
        1 => PickReason::MostYes,
        n => PickReason::TieEarliest { tied: n },
    };
    Some(Pick { index, reason })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    fn day(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, d, 19, 0, 0).unwrap()
    }

    fn tally(yes: u32, if_need_be: u32, no: u32) -> OptionTally {
        OptionTally {
            yes,
            if_need_be,
            no,
        }
    }

    #[test]
    fn if_need_be_counts_half() {
        let options = [(day(1), tally(3, 0, 2)), (day(2), tally(2, 3, 0))];
        // 3 against 2 + 1.5
        assert_eq!(
            pick(&options),
            Some(Pick {
                index: 1,
                reason: PickReason::MostYes
            })
        );
    }

    #[test]
    fn a_tie_goes_to_the_earliest() {
        let options = [
            (day(3), tally(2, 0, 0)),
            (day(1), tally(1, 2, 0)),
            (day(2), tally(0, 0, 4)),
        ];
        assert_eq!(
            pick(&options),
            Some(Pick {
                index: 1,
                reason: PickReason::TieEarliest { tied: 2 }
            })
        );
    }

    #[test]
    fn nothing_is_picked_when_nobody_can_come() {
        assert_eq!(pick(&[(day(1), tally(0, 0, 5))]), None);
        assert_eq!(pick(&[]), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The pick never has fewer points than any option, and no option
        /// with as many points comes earlier; order of listing never matters.
        #[test]
        fn the_pick_is_the_best_and_earliest(
            raw in prop::collection::vec((0i64..20, 0u32..6, 0u32..6, 0u32..6), 1..12),
            shift in 0usize..12,
        ) {
            let options: Vec<_> = raw.iter().enumerate().map(|(i, (d, y, m, n))| {
                let at = DateTime::from_timestamp(1_800_000_000 + d * 3600 + i as i64, 0).unwrap();
                (at, OptionTally { yes: *y, if_need_be: *m, no: *n })
            }).collect();
            let mut rotated = options.clone();
            rotated.rotate_left(shift % options.len());
            match (pick(&options), pick(&rotated)) {
                (Some(a), Some(b)) => {
                    let chosen = options[a.index];
                    prop_assert_eq!(chosen, rotated[b.index]);
                    for (at, t) in &options {
                        prop_assert!(t.points() <= chosen.1.points());
                        prop_assert!(t.points() < chosen.1.points() || *at >= chosen.0);
                    }
                }
                (None, None) => prop_assert!(options.iter().all(|(_, t)| t.points() == 0)),
                _ => prop_assert!(false, "order changed the outcome"),
            }
        }
    }
}
