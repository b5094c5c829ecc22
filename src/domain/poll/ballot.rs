//! Building a ballot step by step in a private chat: ticking, ordering,
//! scoring one option at a time, spreading points, spending a budget.
//! Pure: each tap turns one draft into the next, or says why it can't.

use crate::domain::poll::proposal::Stance;
use crate::domain::poll::tally::MAX_SCORE;
use crate::domain::poll::{spent, Ballot, PollKind, PollOption, PollRules};
use serde::{Deserialize, Serialize};

/// What a tap does to a ballot being built in a private chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum BallotStep {
    /// Ticks or unticks an option (multiple choice, budget projects).
    Toggle {
        option: u8,
    },
    /// Puts an option next in the order (ranked).
    Rank {
        option: u8,
    },
    /// Scores, or gives points to, the option being asked about.
    Give {
        amount: u64,
    },
    /// Leaves the option being asked about without a score.
    Skip,
    Stance {
        stance: Stance,
    },
    /// Takes back the last step.
    Undo,
    Restart,
    /// Asks to type a reason next.
    Reason,
    Confirm,
}

/// A ballot so far, and for scores and points which option is being
/// asked about (`step == options` when every option has been asked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub ballot: Ballot,
    pub step: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StepError {
    #[error("at most {max} choices")]
    TooMany { max: usize },
    #[error("only {left} left")]
    OverAllowance { left: u64 },
    #[error("that step does not fit this ballot")]
    DoesNotFit,
}

/// What a tap did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Changed,
    /// The member asked to type a reason.
    Reason,
    /// The member confirmed: check the ballot and cast it.
    Confirm,
}

impl Draft {
    pub fn empty(kind: &PollKind) -> Draft {
        let ballot = match kind {
            PollKind::Single | PollKind::Multiple { .. } => Ballot::Choose(vec![]),
            PollKind::Ranked { .. } => Ballot::Rank(vec![]),
            PollKind::Score => Ballot::Score(vec![]),
            PollKind::Points { .. } | PollKind::Budget { .. } => Ballot::Spend(vec![]),
            PollKind::Proposal { .. } => {
                Ballot::Stance(crate::domain::poll::proposal::Stance::Abstain)
            }
        };
        Draft { ballot, step: 0 }
    }

    /// The option being asked about, for scores and points.
    pub fn asking(&self, options: usize) -> Option<usize> {
        (self.step < options).then_some(self.step)
    }

    pub fn apply(
        &mut self,
        rules: &PollRules,
        options: &[PollOption],
        step: BallotStep,
    ) -> Result<Applied, StepError> {
        let n = options.len();
        let in_range = |o: u8| usize::from(o) < n;
        match (step, &rules.kind, &mut self.ballot) {
            (BallotStep::Confirm, ..) => return Ok(Applied::Confirm),
            (BallotStep::Reason, ..) => return Ok(Applied::Reason),
            (BallotStep::Restart, kind, _) => *self = Draft::empty(kind),
            (BallotStep::Toggle { option }, kind, Ballot::Choose(c)) if in_range(option) => {
                if let Some(i) = c.iter().position(|&x| x == option) {
                    c.remove(i);
                } else {
                    let max = match kind {
                        PollKind::Multiple { max: Some(m) } => usize::from(*m),
                        PollKind::Single => 1,
                        _ => n,
                    };
                    if max == 1 {
                        c.clear();
                    } else if c.len() >= max {
                        return Err(StepError::TooMany { max });
                    }
                    c.push(option);
                    c.sort_unstable();
                }
            }
            (BallotStep::Toggle { option }, PollKind::Budget { budget, .. }, Ballot::Spend(s))
                if in_range(option) =>
            {
                if let Some(i) = s.iter().position(|x| x.0 == option) {
                    s.remove(i);
                } else {
                    let cost = options[usize::from(option)].cost.unwrap_or(0);
                    let spent = spent(s);
                    if spent.saturating_add(cost) > *budget {
                        return Err(StepError::OverAllowance {
                            left: budget - spent.min(*budget),
                        });
                    }
                    s.push((option, cost));
                    s.sort_unstable();
                }
            }
            (BallotStep::Rank { option }, _, Ballot::Rank(r)) if in_range(option) => {
                if !r.contains(&option) {
                    r.push(option);
                }
            }
            (BallotStep::Undo, _, Ballot::Rank(r)) => {
                r.pop();
            }
            (BallotStep::Give { amount }, PollKind::Score, Ballot::Score(s)) if self.step < n => {
                if amount > u64::from(MAX_SCORE) {
                    return Err(StepError::DoesNotFit);
                }
                let option = self.step as u8;
                s.retain(|x| x.0 != option);
                s.push((option, amount as u8));
                self.step += 1;
            }
            (BallotStep::Give { amount }, PollKind::Points { points }, Ballot::Spend(s))
                if self.step < n =>
            {
                let option = self.step as u8;
                s.retain(|x| x.0 != option);
                let left = points.saturating_sub(spent(s));
                if amount > left {
                    return Err(StepError::OverAllowance { left });
                }
                if amount > 0 {
                    s.push((option, amount));
                }
                self.step += 1;
            }
            (BallotStep::Skip, PollKind::Score | PollKind::Points { .. }, _) if self.step < n => {
                self.step += 1;
            }
            (
                BallotStep::Undo,
                PollKind::Score | PollKind::Points { .. },
                Ballot::Score(_) | Ballot::Spend(_),
            ) if self.step > 0 => {
                self.step -= 1;
                let option = self.step as u8;
                match &mut self.ballot {
                    Ballot::Score(s) => s.retain(|x| x.0 != option),
                    Ballot::Spend(s) => s.retain(|x| x.0 != option),
                    _ => {}
                }
            }
            (BallotStep::Stance { stance }, PollKind::Proposal { .. }, Ballot::Stance(s)) => {
                *s = stance;
                self.step = 1;
            }
            _ => return Err(StepError::DoesNotFit),
        }
        Ok(Applied::Changed)
    }
}

/// The amounts offered as buttons when `left` points remain: every
/// amount up to ten, otherwise eleven steps from nothing to all of it.
pub fn amounts(left: u64) -> Vec<u64> {
    if left <= 10 {
        return (0..=left).collect();
    }
    let mut out: Vec<u64> = (0..=10).map(|k| left * k / 10).collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::poll::RankMethod;
    use proptest::prelude::*;

    fn options(costs: &[u64]) -> Vec<PollOption> {
        costs
            .iter()
            .enumerate()
            .map(|(i, &c)| PollOption {
                label: format!("O{i}"),
                cost: (c > 0).then_some(c),
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
    fn a_ranking_is_built_by_tapping_in_order_and_can_be_undone() {
        let r = rules(PollKind::Ranked {
            method: RankMethod::Schulze,
        });
        let o = options(&[0, 0, 0]);
        let mut d = Draft::empty(&r.kind);
        for option in [2, 0, 2] {
            d.apply(&r, &o, BallotStep::Rank { option }).unwrap();
        }
        assert_eq!(d.ballot, Ballot::Rank(vec![2, 0]));
        d.apply(&r, &o, BallotStep::Undo).unwrap();
        assert_eq!(d.ballot, Ballot::Rank(vec![2]));
        assert_eq!(
            d.apply(&r, &o, BallotStep::Rank { option: 3 }),
            Err(StepError::DoesNotFit)
        );
    }

    #[test]
    fn scores_are_asked_one_option_at_a_time() {
        let r = rules(PollKind::Score);
        let o = options(&[0, 0, 0]);
        let mut d = Draft::empty(&r.kind);
        assert_eq!(d.asking(3), Some(0));
        d.apply(&r, &o, BallotStep::Give { amount: 4 }).unwrap();
        d.apply(&r, &o, BallotStep::Skip).unwrap();
        d.apply(&r, &o, BallotStep::Give { amount: 0 }).unwrap();
        assert_eq!(d.asking(3), None);
        assert_eq!(d.ballot, Ballot::Score(vec![(0, 4), (2, 0)]));
        d.apply(&r, &o, BallotStep::Undo).unwrap();
        assert_eq!(d.ballot, Ballot::Score(vec![(0, 4)]));
        assert!(d.apply(&r, &o, BallotStep::Give { amount: 6 }).is_err());
    }

    #[test]
    fn points_never_go_over_the_allowance() {
        let r = rules(PollKind::Points { points: 10 });
        let o = options(&[0, 0, 0]);
        let mut d = Draft::empty(&r.kind);
        d.apply(&r, &o, BallotStep::Give { amount: 7 }).unwrap();
        assert_eq!(
            d.apply(&r, &o, BallotStep::Give { amount: 4 }),
            Err(StepError::OverAllowance { left: 3 })
        );
        d.apply(&r, &o, BallotStep::Give { amount: 3 }).unwrap();
        assert_eq!(d.ballot.spent(), 10);
    }

    #[test]
    fn a_project_that_no_longer_fits_is_refused() {
        let r = rules(PollKind::Budget {
            budget: 10_000,
            min_spent_percent: 0,
            min_projects: 0,
        });
        let o = options(&[6_000, 3_000, 2_500]);
        let mut d = Draft::empty(&r.kind);
        d.apply(&r, &o, BallotStep::Toggle { option: 0 }).unwrap();
        d.apply(&r, &o, BallotStep::Toggle { option: 1 }).unwrap();
        assert_eq!(
            d.apply(&r, &o, BallotStep::Toggle { option: 2 }),
            Err(StepError::OverAllowance { left: 1_000 })
        );
        d.apply(&r, &o, BallotStep::Toggle { option: 1 }).unwrap();
        d.apply(&r, &o, BallotStep::Toggle { option: 2 }).unwrap();
        assert_eq!(d.ballot.spent(), 8_500);
    }

    /// Budgets and costs may be as large as a `u64`: a sum past that must
    /// be refused as over the budget, never wrap round to look affordable.
    #[test]
    fn costs_too_large_to_add_up_are_over_the_budget() {
        let r = rules(PollKind::Budget {
            budget: u64::MAX - 1,
            min_spent_percent: 0,
            min_projects: 0,
        });
        let o = options(&[u64::MAX - 2, 5]);
        let mut d = Draft::empty(&r.kind);
        d.apply(&r, &o, BallotStep::Toggle { option: 0 }).unwrap();
        assert_eq!(
            d.apply(&r, &o, BallotStep::Toggle { option: 1 }),
            Err(StepError::OverAllowance { left: 1 })
        );
        assert_eq!(d.ballot.spent(), u64::MAX - 2);
        assert_eq!(Ballot::Spend(vec![(0, u64::MAX), (1, 1)]).spent(), u64::MAX);
    }

    #[test]
    fn multiple_choice_keeps_to_its_maximum() {
        let r = rules(PollKind::Multiple { max: Some(2) });
        let o = options(&[0, 0, 0]);
        let mut d = Draft::empty(&r.kind);
        d.apply(&r, &o, BallotStep::Toggle { option: 0 }).unwrap();
        d.apply(&r, &o, BallotStep::Toggle { option: 2 }).unwrap();
        assert_eq!(
            d.apply(&r, &o, BallotStep::Toggle { option: 1 }),
            Err(StepError::TooMany { max: 2 })
        );
    }

    #[test]
    fn amounts_offered_are_few_and_end_at_what_is_left() {
        assert_eq!(amounts(3), vec![0, 1, 2, 3]);
        let a = amounts(100);
        assert_eq!(a.len(), 11);
        assert_eq!(a.last(), Some(&100));
    }

    fn any_step() -> impl Strategy<Value = BallotStep> {
        prop_oneof![
            (0u8..5).prop_map(|option| BallotStep::Toggle { option }),
            (0u8..5).prop_map(|option| BallotStep::Rank { option }),
            (0u64..12).prop_map(|amount| BallotStep::Give { amount }),
            Just(BallotStep::Skip),
            Just(BallotStep::Undo),
            Just(BallotStep::Restart),
        ]
    }

    proptest! {
        /// Whatever a member taps, the draft stays a valid ballot, or a
        /// blank one (which confirming refuses: it is not a vote).
        #[test]
        fn any_taps_keep_the_draft_within_the_rules(
            kind in prop_oneof![
                Just(PollKind::Multiple { max: Some(2) }),
                Just(PollKind::Ranked { method: RankMethod::Schulze }),
                Just(PollKind::Score),
                Just(PollKind::Points { points: 10 }),
                Just(PollKind::Budget { budget: 10_000, min_spent_percent: 0, min_projects: 0 }),
            ],
            steps in proptest::collection::vec(any_step(), 0..30),
        ) {
            let r = rules(kind);
            let o = options(&[6_000, 3_000, 2_500, 1_000, 500]);
            let mut d = Draft::empty(&r.kind);
            for s in steps {
                let _ = d.apply(&r, &o, s);
                prop_assert!(d.ballot.is_blank() || r.check(&o, &d.ballot).is_ok(), "{:?}", d);
            }
        }
    }
}
