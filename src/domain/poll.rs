//! A poll on priorities or a decision: its kind, the rules stated before
//! anyone votes, a ballot, and the result. Pure; the counting itself is in
//! [`super::tally`], [`super::ranked`] and [`super::proposal`].

use super::proposal::{self, ProposalOutcome, Quorum, Stance, Stances};
use super::ranked::{self, RunoffResult, SchulzeResult};
use super::tally::{self, BallotError, ScoreSummary, SpendRules};
use serde::{Deserialize, Serialize};

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

    /// Whether a ballot is one tap on the poll itself; the others are
    /// built step by step in a private chat and confirmed.
    pub fn one_tap(&self) -> bool {
        matches!(self, PollKind::Single | PollKind::Proposal { .. })
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

    /// Whether `ballot` is a valid vote in this poll. An empty choice is a
    /// valid abstention on multiple choice, never on single choice.
    pub fn check(&self, options: &[PollOption], ballot: &Ballot) -> Result<(), BallotError> {
        let n = options.len();
        let idx = |v: &[u8]| v.iter().map(|&o| usize::from(o)).collect::<Vec<_>>();
        match (&self.kind, ballot) {
            (PollKind::Single, Ballot::Choose(c)) if c.is_empty() => {
                Err(BallotError::TooFew { least: 1 })
            }
            (PollKind::Single, Ballot::Choose(c)) => tally::check_approve(n, &idx(c), 1),
            (PollKind::Multiple { max }, Ballot::Choose(c)) => {
                let max = max.map_or(n, usize::from);
                tally::check_approve(n, &idx(c), max)
            }
            (PollKind::Ranked { .. }, Ballot::Rank(r)) if r.is_empty() => {
                Err(BallotError::TooFew { least: 1 })
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
    fn multiple_choice_keeps_to_its_maximum_and_allows_choosing_none() {
        let r = rules(PollKind::Multiple { max: Some(2) });
        let o = options(4);
        assert!(r.check(&o, &Ballot::Choose(vec![0, 3])).is_ok());
        assert!(r.check(&o, &Ballot::Choose(vec![])).is_ok());
        assert_eq!(
            r.check(&o, &Ballot::Choose(vec![0, 1, 2])),
            Err(BallotError::TooMany { max: 2 })
        );
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
