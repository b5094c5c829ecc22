//! How a poll came out: the figures every result message and CSV shows,
//! counted from the ballots by [`tally`](fn@tally). Pure, and the same whatever
//! order the ballots come in.

use crate::domain::poll::proposal::{self, ProposalOutcome, Stance, Stances};
use crate::domain::poll::ranked::{self, RunoffResult, SchulzeResult};
use crate::domain::poll::tally::{self, ScoreSummary};
use crate::domain::poll::{Ballot, PollKind, PollOption, PollRules, RankMethod};

pub use crate::domain::poll::headline::Headline;

/// How a poll came out. Every figure a result message or a CSV shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PollResult {
    pub voted: u64,
    pub members: u64,
    pub quorum_needed: u64,
    pub quorum_met: bool,
    pub detail: ResultDetail,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ResultDetail {
    /// Votes per option (single and multiple choice).
    Counts(Vec<u64>),
    Schulze(SchulzeResult),
    Runoff(RunoffResult),
    Scores(Vec<ScoreSummary>),
    /// Points per option.
    Points(Vec<u64>),
    /// Supporters per project, and the projects funded: most supported
    /// first, each that still fits the budget (as Decidim does).
    Budget {
        supporters: Vec<u64>,
        funded: Vec<usize>,
    },
    Proposal {
        stances: Stances,
        outcome: ProposalOutcome,
    },
}

/// Counts the ballots. Ballots of the wrong shape (never stored, but
/// a result must not depend on trust) are left out.
pub fn tally(
    rules: &PollRules,
    options: &[PollOption],
    ballots: &[Ballot],
    members: u64,
) -> PollResult {
    let n = options.len();
    let valid: Vec<&Ballot> = ballots
        .iter()
        .filter(|b| rules.check(options, b).is_ok())
        .collect();
    let voted = valid.len() as u64;
    let detail = match &rules.kind {
        PollKind::Single | PollKind::Multiple { .. } => {
            let chosen: Vec<Vec<usize>> = valid
                .iter()
                .filter_map(|b| match b {
                    Ballot::Choose(c) => Some(c.iter().map(|&o| usize::from(o)).collect()),
                    _ => None,
                })
                .collect();
            ResultDetail::Counts(tally::approvals(n, &chosen))
        }
        PollKind::Ranked { method } => {
            let rankings: Vec<&[u8]> = valid
                .iter()
                .filter_map(|b| match b {
                    Ballot::Rank(r) => Some(r.as_slice()),
                    _ => None,
                })
                .collect();
            match method {
                RankMethod::Schulze => ResultDetail::Schulze(ranked::schulze(n, &rankings)),
                RankMethod::Runoff => ResultDetail::Runoff(ranked::instant_runoff(n, &rankings)),
            }
        }
        PollKind::Score => {
            let scores: Vec<Vec<(usize, u8)>> = valid
                .iter()
                .filter_map(|b| match b {
                    Ballot::Score(s) => Some(s.iter().map(|&(o, v)| (usize::from(o), v)).collect()),
                    _ => None,
                })
                .collect();
            ResultDetail::Scores(tally::scores(n, &scores))
        }
        PollKind::Points { .. } => ResultDetail::Points(tally::totals(n, &spends(&valid))),
        PollKind::Budget { budget, .. } => {
            let spends = spends(&valid);
            let mut supporters = vec![0u64; n];
            for ballot in &spends {
                for &(o, amount) in ballot {
                    if amount > 0 {
                        supporters[o] += 1;
                    }
                }
            }
            let mut order: Vec<usize> = (0..n).filter(|&o| supporters[o] > 0).collect();
            order.sort_by(|&a, &b| supporters[b].cmp(&supporters[a]).then(a.cmp(&b)));
            let mut left = *budget;
            let mut funded = vec![];
            for o in order {
                let cost = options[o].cost.unwrap_or(0);
                if cost <= left {
                    left -= cost;
                    funded.push(o);
                }
            }
            ResultDetail::Budget { supporters, funded }
        }
        PollKind::Proposal { agree_percent } => {
            let stances: Vec<Stance> = valid
                .iter()
                .filter_map(|b| match b {
                    Ballot::Stance(s) => Some(*s),
                    _ => None,
                })
                .collect();
            let stances = Stances::of(&stances);
            ResultDetail::Proposal {
                stances,
                outcome: proposal::proposal(stances, *agree_percent, rules.quorum, members),
            }
        }
    };
    PollResult {
        voted,
        members,
        quorum_needed: rules.quorum.needed(members),
        quorum_met: rules.quorum.met(voted, members),
        detail,
    }
}

fn spends(valid: &[&Ballot]) -> Vec<Vec<(usize, u64)>> {
    valid
        .iter()
        .filter_map(|b| match b {
            Ballot::Spend(s) => Some(s.iter().map(|&(o, v)| (usize::from(o), v)).collect()),
            _ => None,
        })
        .collect()
}

/// Whole-number share, rounded to nearest: what the result shows.
pub fn percent(part: u64, whole: u64) -> u64 {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::poll::proposal::{ProposalOutcome, Quorum, Stance};
    use crate::domain::poll::*;
    use proptest::prelude::*;

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
    fn single_choice_counts_one_choice_per_member() {
        let r = rules(PollKind::Single);
        let o = options(3);
        assert!(r.check(&o, &Ballot::Choose(vec![1])).is_ok());
        assert!(r.check(&o, &Ballot::Choose(vec![0, 1])).is_err());
        assert!(r.check(&o, &Ballot::Choose(vec![])).is_err());
        assert!(r.check(&o, &Ballot::Choose(vec![3])).is_err());
        let ballots = [
            Ballot::Choose(vec![1]),
            Ballot::Choose(vec![1]),
            Ballot::Choose(vec![0]),
        ];
        let result = tally(&r, &o, &ballots, 10);
        assert_eq!(result.detail, ResultDetail::Counts(vec![1, 2, 0]));
        assert_eq!(result.voted, 3);
    }

    #[test]
    fn a_ballot_of_another_kind_never_counts() {
        let r = rules(PollKind::Score);
        let ballots = [Ballot::Choose(vec![0]), Ballot::Score(vec![(0, 4)])];
        let result = tally(&r, &options(2), &ballots, 5);
        assert_eq!(result.voted, 1);
    }

    #[test]
    fn a_budget_funds_the_most_supported_projects_that_fit() {
        let costs = [6_000, 3_000, 2_500, 1_000];
        let o: Vec<PollOption> = costs
            .iter()
            .enumerate()
            .map(|(i, &c)| PollOption {
                label: format!("P{i}"),
                cost: Some(c),
            })
            .collect();
        let r = rules(PollKind::Budget {
            budget: 10_000,
            min_spent_percent: 50,
            min_projects: 1,
        });
        let b = |v: &[u8]| Ballot::Spend(v.iter().map(|&i| (i, costs[usize::from(i)])).collect());
        assert!(r.check(&o, &b(&[0, 1, 3])).is_ok());
        assert!(r.check(&o, &b(&[0, 1, 2])).is_err(), "11,500 is over");
        assert!(r.check(&o, &b(&[3])).is_err(), "under half spent");
        let ballots = [b(&[0, 1]), b(&[0, 2]), b(&[1, 2, 3]), b(&[2, 3, 1])];
        let result = tally(&r, &o, &ballots, 4);
        let ResultDetail::Budget { supporters, funded } = result.detail else {
            panic!("budget result");
        };
        assert_eq!(supporters, vec![2, 3, 3, 2]);
        // P1 (3) and P2 (3) first: 5,500; P0 (6,000) no longer fits; P3 does.
        assert_eq!(funded, vec![1, 2, 3]);
    }

    #[test]
    fn a_proposal_is_counted_with_its_quorum() {
        let r = PollRules {
            kind: PollKind::Proposal { agree_percent: 75 },
            quorum: Quorum::Percent(50),
            ..PollRules::default()
        };
        let ballots = [
            Ballot::Stance(Stance::Agree),
            Ballot::Stance(Stance::Agree),
            Ballot::Stance(Stance::Agree),
            Ballot::Stance(Stance::Disagree),
        ];
        let result = tally(&r, &options(0), &ballots, 8);
        assert!(result.quorum_met);
        assert!(matches!(
            result.detail,
            ResultDetail::Proposal {
                outcome: ProposalOutcome::Accepted,
                ..
            }
        ));
        assert!(!tally(&r, &options(0), &ballots, 9).quorum_met);
    }

    #[test]
    fn percentages_round_to_nearest() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
    }

    fn any_ballot() -> impl Strategy<Value = Ballot> {
        prop_oneof![
            proptest::collection::vec(0u8..6, 0..4).prop_map(Ballot::Choose),
            proptest::collection::vec(0u8..6, 0..6).prop_map(Ballot::Rank),
            proptest::collection::vec((0u8..6, 0u8..7), 0..6).prop_map(Ballot::Score),
            proptest::collection::vec((0u8..6, 0u64..6_000), 0..6).prop_map(Ballot::Spend),
        ]
    }

    fn any_kind() -> impl Strategy<Value = PollKind> {
        prop_oneof![
            Just(PollKind::Single),
            (0u8..4).prop_map(|m| PollKind::Multiple {
                max: (m > 0).then_some(m)
            }),
            Just(PollKind::Ranked {
                method: RankMethod::Schulze
            }),
            Just(PollKind::Ranked {
                method: RankMethod::Runoff
            }),
            Just(PollKind::Score),
            (1u64..20).prop_map(|points| PollKind::Points { points }),
            Just(PollKind::Budget {
                budget: 10_000,
                min_spent_percent: 30,
                min_projects: 1
            }),
        ]
    }

    proptest! {
        /// The order ballots arrive in never changes a result.
        #[test]
        fn results_do_not_depend_on_ballot_order(
            kind in any_kind(),
            mut ballots in proptest::collection::vec(any_ballot(), 0..40),
            seed in any::<u64>(),
        ) {
            let r = rules(kind);
            let mut o = options(5);
            for (i, opt) in o.iter_mut().enumerate() {
                opt.cost = Some(1_000 * (i as u64 + 1));
            }
            let before = tally(&r, &o, &ballots, 50);
            // A deterministic shuffle from the seed.
            let mut s = seed | 1;
            for i in (1..ballots.len()).rev() {
                s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                ballots.swap(i, (s % (i as u64 + 1)) as usize);
            }
            prop_assert_eq!(before, tally(&r, &o, &ballots, 50));
        }

        /// Whatever is submitted, what counts keeps the rules: a budget
        /// ballot never spends more than the budget, and what is funded fits.
        #[test]
        fn counted_budget_ballots_never_exceed_the_budget(
            ballots in proptest::collection::vec(any_ballot(), 0..40),
        ) {
            let o: Vec<PollOption> = (0..5).map(|i| PollOption {
                label: format!("P{i}"),
                cost: Some(1_500 * (i as u64 + 1)),
            }).collect();
            let r = rules(PollKind::Budget { budget: 10_000, min_spent_percent: 0, min_projects: 0 });
            for b in &ballots {
                if let (Ok(()), Ballot::Spend(s)) = (r.check(&o, b), b) {
                    prop_assert!(s.iter().map(|x| x.1).sum::<u64>() <= 10_000);
                }
            }
            if let ResultDetail::Budget { funded, .. } = tally(&r, &o, &ballots, 50).detail {
                let spent: u64 = funded.iter().map(|&f| o[f].cost.unwrap_or(0)).sum();
                prop_assert!(spent <= 10_000);
            }
        }
    }
}
