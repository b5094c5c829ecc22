//! A poll on priorities or a decision: its kind, the rules stated before
//! anyone votes, a ballot, and the result. Pure; the counting itself is in
//! [`tally`](mod@tally), [`ranked`] and [`proposal`].

pub mod ballot;
pub mod command;
pub mod headline;
pub mod outcome_command;
pub mod proposal;
pub mod ranked;
pub mod result;
pub mod rule_words;
pub mod schulze;
pub mod tally;

use crate::domain::poll::proposal::{Quorum, Stance};
use serde::{Deserialize, Serialize};
use tally::{BallotError, SpendRules};

/// At most this many options: ten fit a WhatsApp list and a phone screen.
pub const MAX_OPTIONS: usize = 10;
pub const MIN_OPTIONS: usize = 2;
/// Longest option label kept, in characters.
pub const MAX_LABEL: usize = 100;
pub const MAX_QUESTION: usize = 300;

/// How ranked ballots are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RankMethod {
    Schulze,
    Runoff,
}

/// What kind of poll, with the numbers that belong to the kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PollKind {
    Single,
    /// Approval: choose any number, or at most `max`.
    Multiple {
        max: Option<u8>,
    },
    Ranked {
        method: RankMethod,
    },
    /// 0–5 per option.
    Score,
    /// Each member spreads `points` over the options.
    Points {
        points: u64,
    },
    /// Each member spends `budget` over projects with costs, all or nothing
    /// per project, with a least share spent and a least number chosen.
    Budget {
        budget: u64,
        min_spent_percent: u8,
        min_projects: u8,
    },
    /// Agree / abstain / disagree / block; accepted at `agree_percent` of
    /// those who took a side, if nobody blocks.
    Proposal {
        agree_percent: u8,
    },
}

impl PollKind {
    pub fn name(&self) -> &'static str {
        match self {
            PollKind::Single => "single",
            PollKind::Multiple { .. } => "multiple",
            PollKind::Ranked { .. } => "ranked",
            PollKind::Score => "score",
            PollKind::Points { .. } => "points",
            PollKind::Budget { .. } => "budget",
            PollKind::Proposal { .. } => "proposal",
        }
    }
}

/// When members may see how the vote stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultsShown {
    /// On the poll, as votes come in.
    Live,
    /// To each member once they have voted (privately).
    AfterVote,
    /// Only when the poll closes.
    AfterClose,
}

/// Everything a member is told before voting. Fixed once the poll is posted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollRules {
    pub kind: PollKind,
    /// One-way: ballots are stored apart from voters and cannot be changed.
    pub anonymous: bool,
    pub results: ResultsShown,
    pub quorum: Quorum,
    /// Minutes from posting to close; `None`: closed by hand.
    pub deadline_minutes: Option<i64>,
    /// Stop nudging once quorum is reached.
    pub nudge_until_quorum: bool,
}

impl Default for PollRules {
    fn default() -> PollRules {
        PollRules {
            kind: PollKind::Single,
            anonymous: false,
            results: ResultsShown::Live,
            quorum: Quorum::None,
            deadline_minutes: Some(48 * 60),
            nudge_until_quorum: false,
        }
    }
}

/// One option: its label, and for a budget what it costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollOption {
    pub label: String,
    pub cost: Option<u64>,
}

impl PollOption {
    /// The label as members see it, with its cost on a budget.
    pub fn shown(&self) -> String {
        match self.cost {
            Some(cost) => format!("{} ({cost})", self.label),
            None => self.label.clone(),
        }
    }
}

/// One member's vote. Options are indexes into the poll's options.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ballot {
    Choose(Vec<u8>),
    Rank(Vec<u8>),
    Score(Vec<(u8, u8)>),
    Spend(Vec<(u8, u64)>),
    Stance(Stance),
}

impl Ballot {
    /// Nothing chosen, ranked, scored or spent. A blank ballot is not a
    /// vote: it never counts towards turnout or a quorum. (A proposal's
    /// Abstain is a choice, so never blank.)
    pub fn is_blank(&self) -> bool {
        match self {
            Ballot::Choose(c) | Ballot::Rank(c) => c.is_empty(),
            Ballot::Score(s) => s.is_empty(),
            Ballot::Spend(_) => self.spent() == 0,
            Ballot::Stance(_) => false,
        }
    }

    /// Points given, or money spent: nothing for other kinds of ballot.
    pub fn spent(&self) -> u64 {
        match self {
            Ballot::Spend(s) => spent(s),
            _ => 0,
        }
    }
}

/// The sum of what a spending ballot gives, held at `u64::MAX` rather
/// than wrapping: a budget and its costs may each be as large as a `u64`,
/// and a wrapped sum would let a ballot through that spends over the
/// budget.
pub(crate) fn spent(spends: &[(u8, u64)]) -> u64 {
    spends
        .iter()
        .try_fold(0u64, |sum, s| sum.checked_add(s.1))
        .unwrap_or(u64::MAX)
}

impl PollRules {
    /// The spending rules of a points or budget poll.
    pub fn spend_rules(&self, options: &[PollOption]) -> Option<SpendRules> {
        match self.kind {
            PollKind::Points { points } => Some(SpendRules {
                allowance: points,
                costs: None,
                min_spent_percent: 0,
                min_options: 0,
            }),
            PollKind::Budget {
                budget,
                min_spent_percent,
                min_projects,
            } => Some(SpendRules {
                allowance: budget,
                costs: Some(options.iter().map(|o| o.cost.unwrap_or(0)).collect()),
                min_spent_percent,
                min_options: usize::from(min_projects),
            }),
            _ => None,
        }
    }

    /// Whether `ballot` is a valid vote in this poll. A blank ballot never
    /// is (see [`Ballot::is_blank`]).
    pub fn check(&self, options: &[PollOption], ballot: &Ballot) -> Result<(), BallotError> {
        if ballot.is_blank() {
            return Err(BallotError::Blank);
        }
        let n = options.len();
        let idx = |v: &[u8]| v.iter().map(|&o| usize::from(o)).collect::<Vec<_>>();
        match (&self.kind, ballot) {
            (PollKind::Single, Ballot::Choose(c)) => tally::check_approve(n, &idx(c), 1),
            (PollKind::Multiple { max }, Ballot::Choose(c)) => {
                let max = max.map_or(n, usize::from);
                tally::check_approve(n, &idx(c), max)
            }
            (PollKind::Ranked { .. }, Ballot::Rank(r)) => tally::check_approve(n, &idx(r), n),
            (PollKind::Score, Ballot::Score(s)) => {
                let s: Vec<(usize, u8)> = s.iter().map(|&(o, v)| (usize::from(o), v)).collect();
                tally::check_score(n, &s)
            }
            (PollKind::Points { .. } | PollKind::Budget { .. }, Ballot::Spend(s)) => {
                let s: Vec<(usize, u64)> = s.iter().map(|&(o, v)| (usize::from(o), v)).collect();
                let rules = self.spend_rules(options).ok_or(BallotError::NoSuchOption)?;
                tally::check_spend(n, &s, &rules)
            }
            (PollKind::Proposal { .. }, Ballot::Stance(_)) => Ok(()),
            _ => Err(BallotError::NoSuchOption),
        }
    }
}

pub use crate::domain::poll::result::{percent, tally, PollResult, ResultDetail};

#[cfg(test)]
mod tests {
    use super::*;

    fn options(n: usize) -> Vec<PollOption> {
        (0..n)
            .map(|i| PollOption {
                label: format!("Option {i}"),
                cost: None,
            })
            .collect()
    }

    fn rules(kind: PollKind) -> PollRules {
        PollRules {
            kind,
            ..PollRules::default()
        }
    }

    #[test]
    fn multiple_choice_keeps_to_its_maximum() {
        let r = rules(PollKind::Multiple { max: Some(2) });
        let o = options(4);
        assert!(r.check(&o, &Ballot::Choose(vec![0, 3])).is_ok());
        assert_eq!(
            r.check(&o, &Ballot::Choose(vec![0, 1, 2])),
            Err(BallotError::TooMany { max: 2 })
        );
    }

    /// Seen from outside: everything unticked or skipped counted towards
    /// turnout and quorum. A blank ballot is not a vote, on any kind.
    #[test]
    fn a_blank_ballot_is_never_a_vote() {
        let o = options(3);
        let blank = [
            (PollKind::Single, Ballot::Choose(vec![])),
            (PollKind::Multiple { max: None }, Ballot::Choose(vec![])),
            (
                PollKind::Ranked {
                    method: RankMethod::Schulze,
                },
                Ballot::Rank(vec![]),
            ),
            (PollKind::Score, Ballot::Score(vec![])),
            (PollKind::Points { points: 10 }, Ballot::Spend(vec![(0, 0)])),
        ];
        for (kind, ballot) in blank {
            assert_eq!(rules(kind).check(&o, &ballot), Err(BallotError::Blank));
        }
        assert!(!Ballot::Score(vec![(0, 0)]).is_blank(), "a 0 is a score");
        assert!(!Ballot::Stance(Stance::Abstain).is_blank());
        let r = rules(PollKind::Multiple { max: None });
        let result = tally(
            &r,
            &o,
            &[Ballot::Choose(vec![]), Ballot::Choose(vec![1])],
            5,
        );
        assert_eq!(result.voted, 1);
    }
}
