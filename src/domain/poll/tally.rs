//! Counting the other kinds of ballot: single and multiple choice,
//! scores, and points or a budget spread over options. Pure
//! functions of the ballots (their order never matters), and the rules
//! that make a ballot valid, so a bad ballot is refused before it counts.
//! Ranked ballots are in [`crate::domain::poll::ranked`], proposals in [`crate::domain::poll::proposal`].

pub const MAX_SCORE: u8 = 5;

/// The rules a spend ballot must keep: the whole allowance at most, and
/// optionally (as in participatory budgets) a least share spent and a
/// least number of options chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpendRules {
    /// Points each member spreads, or the budget.
    pub allowance: u64,
    /// What choosing each option costs; `None`: points, any amount.
    pub costs: Option<Vec<u64>>,
    /// Per cent of the allowance that must be spent.
    pub min_spent_percent: u8,
    pub min_options: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BallotError {
    #[error("no such option")]
    NoSuchOption,
    #[error("an option appears twice")]
    Repeated,
    #[error("too many choices")]
    TooMany { max: usize },
    #[error("score out of range")]
    Score,
    #[error("more than the allowance")]
    OverBudget { allowance: u64, spent: u64 },
    #[error("less than the least to spend")]
    UnderSpent { least: u64, spent: u64 },
    #[error("too few options")]
    TooFew { least: usize },
    #[error("a project is all or nothing")]
    PartCost,
    #[error("a blank ballot is not a vote")]
    Blank,
}

fn distinct(options: usize, chosen: impl Iterator<Item = usize>) -> Result<(), BallotError> {
    let mut seen = vec![false; options];
    for o in chosen {
        match seen.get_mut(o) {
            None => return Err(BallotError::NoSuchOption),
            Some(true) => return Err(BallotError::Repeated),
            Some(s) => *s = true,
        }
    }
    Ok(())
}

/// Checks an approval ballot: distinct options, at most `max`.
pub fn check_approve(options: usize, chosen: &[usize], max: usize) -> Result<(), BallotError> {
    distinct(options, chosen.iter().copied())?;
    if chosen.len() > max {
        return Err(BallotError::TooMany { max });
    }
    Ok(())
}

pub fn check_score(options: usize, scores: &[(usize, u8)]) -> Result<(), BallotError> {
    distinct(options, scores.iter().map(|s| s.0))?;
    if scores.iter().any(|s| s.1 > MAX_SCORE) {
        return Err(BallotError::Score);
    }
    Ok(())
}

/// Checks a spend ballot against its rules. With costs, each chosen
/// option is paid in full (a project is funded or not).
pub fn check_spend(
    options: usize,
    spend: &[(usize, u64)],
    rules: &SpendRules,
) -> Result<(), BallotError> {
    distinct(options, spend.iter().map(|s| s.0))?;
    if let Some(costs) = &rules.costs {
        if spend
            .iter()
            .any(|&(o, amount)| costs.get(o) != Some(&amount))
        {
            return Err(BallotError::PartCost);
        }
    }
    let spent = spend
        .iter()
        .try_fold(0u64, |sum, s| sum.checked_add(s.1))
        .unwrap_or(u64::MAX);
    if spent > rules.allowance {
        return Err(BallotError::OverBudget {
            allowance: rules.allowance,
            spent,
        });
    }
    let least = least_share(rules.allowance, rules.min_spent_percent);
    if spent < least {
        return Err(BallotError::UnderSpent { least, spent });
    }
    let chosen = spend.iter().filter(|s| s.1 > 0).count();
    if chosen < rules.min_options {
        return Err(BallotError::TooFew {
            least: rules.min_options,
        });
    }
    Ok(())
}

/// The least that is `percent` of `whole` (at most 100 %): rounded up, as
/// a rule reads ("at least 33 %" of 150 is 50, not 49), for a budget's
/// least spend and a quorum alike; wide enough that no whole overflows.
pub fn least_share(whole: u64, percent: u8) -> u64 {
    let share = u128::from(whole) * u128::from(percent.min(100));
    u64::try_from(share.div_ceil(100)).unwrap_or(whole)
}

/// Approvals per option.
pub fn approvals(options: usize, ballots: &[Vec<usize>]) -> Vec<u64> {
    let mut counts = vec![0; options];
    for ballot in ballots {
        for &o in ballot {
            if let Some(c) = counts.get_mut(o) {
                *c += 1;
            }
        }
    }
    counts
}

/// One option's scores: how many scored it, the mean and the spread
/// (lowest and highest), so a divisive option shows as one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoreSummary {
    pub scored_by: u64,
    pub mean: f64,
    pub lowest: u8,
    pub highest: u8,
}

pub fn scores(options: usize, ballots: &[Vec<(usize, u8)>]) -> Vec<ScoreSummary> {
    (0..options)
        .map(|o| {
            let given: Vec<u8> = ballots
                .iter()
                .filter_map(|b| b.iter().find(|s| s.0 == o).map(|s| s.1))
                .collect();
            let sum: u64 = given.iter().map(|&s| u64::from(s)).sum();
            ScoreSummary {
                scored_by: given.len() as u64,
                mean: if given.is_empty() {
                    0.0
                } else {
                    sum as f64 / given.len() as f64
                },
                lowest: given.iter().copied().min().unwrap_or(0),
                highest: given.iter().copied().max().unwrap_or(0),
            }
        })
        .collect()
}

/// Points (or money) per option, summed over ballots.
pub fn totals(options: usize, ballots: &[Vec<(usize, u64)>]) -> Vec<u64> {
    let mut sums = vec![0u64; options];
    for ballot in ballots {
        for &(o, amount) in ballot {
            if let Some(s) = sums.get_mut(o) {
                *s = s.saturating_add(amount);
            }
        }
    }
    sums
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget() -> SpendRules {
        SpendRules {
            allowance: 10_000,
            costs: Some(vec![6_000, 3_000, 2_500, 1_000]),
            min_spent_percent: 70,
            min_options: 2,
        }
    }

    /// The least to spend is the rule's share rounded up: spending 49 of
    /// 150 is under 33 %, and nothing of a one-point budget is under 1 %.
    #[test]
    fn the_least_to_spend_is_never_under_the_share_the_rule_names() {
        let rules = |allowance, min_spent_percent| SpendRules {
            allowance,
            costs: None,
            min_spent_percent,
            min_options: 0,
        };
        assert_eq!(
            check_spend(2, &[(0, 49)], &rules(150, 33)),
            Err(BallotError::UnderSpent {
                least: 50,
                spent: 49
            })
        );
        assert_eq!(check_spend(2, &[(0, 50)], &rules(150, 33)), Ok(()));
        assert_eq!(
            check_spend(1, &[], &rules(1, 1)),
            Err(BallotError::UnderSpent { least: 1, spent: 0 })
        );
        assert_eq!(check_spend(1, &[], &rules(1, 0)), Ok(()));
        // No overflow at the largest budget a poll can hold.
        assert_eq!(
            check_spend(1, &[(0, u64::MAX)], &rules(u64::MAX, 100)),
            Ok(())
        );
        assert_eq!(
            check_spend(1, &[(0, u64::MAX - 1)], &rules(u64::MAX, 100)),
            Err(BallotError::UnderSpent {
                least: u64::MAX,
                spent: u64::MAX - 1
            })
        );
    }

    #[test]
    fn a_budget_ballot_keeps_the_budget_and_the_rules() {
        let rules = budget();
        assert_eq!(check_spend(4, &[(0, 6_000), (1, 3_000)], &rules), Ok(()));
        assert_eq!(
            check_spend(4, &[(0, 6_000), (1, 3_000), (3, 1_000), (2, 2_500)], &rules),
            Err(BallotError::OverBudget {
                allowance: 10_000,
                spent: 12_500
            })
        );
        assert_eq!(
            check_spend(4, &[(1, 3_000), (3, 1_000)], &rules),
            Err(BallotError::UnderSpent {
                least: 7_000,
                spent: 4_000
            })
        );
        assert_eq!(
            check_spend(
                4,
                &[(0, 6_000)],
                &SpendRules {
                    min_spent_percent: 0,
                    ..rules.clone()
                }
            ),
            Err(BallotError::TooFew { least: 2 })
        );
        assert_eq!(
            check_spend(4, &[(0, 100), (1, 3_000)], &rules),
            Err(BallotError::PartCost)
        );
        assert_eq!(
            check_spend(4, &[(7, 1)], &rules),
            Err(BallotError::NoSuchOption)
        );
    }

    #[test]
    fn dots_are_spread_freely_within_the_allowance() {
        let rules = SpendRules {
            allowance: 5,
            costs: None,
            min_spent_percent: 0,
            min_options: 0,
        };
        assert_eq!(check_spend(3, &[(0, 3), (2, 2)], &rules), Ok(()));
        assert!(
            check_spend(3, &[(0, 3), (0, 2)], &rules).is_err(),
            "one entry per option"
        );
        assert_eq!(
            totals(3, &[vec![(0, 3), (2, 2)], vec![(2, 5)]]),
            vec![3, 0, 7]
        );
    }

    #[test]
    fn approval_and_single_choice() {
        assert_eq!(check_approve(3, &[0, 2], 2), Ok(()));
        assert_eq!(
            check_approve(3, &[0, 2], 1),
            Err(BallotError::TooMany { max: 1 })
        );
        assert_eq!(check_approve(3, &[1, 1], 3), Err(BallotError::Repeated));
        assert_eq!(approvals(3, &[vec![0, 2], vec![2]]), vec![1, 0, 2]);
    }

    #[test]
    fn scores_show_mean_and_spread() {
        let s = scores(2, &[vec![(0, 5), (1, 2)], vec![(0, 0)]]);
        assert_eq!(
            (s[0].scored_by, s[0].mean, s[0].lowest, s[0].highest),
            (2, 2.5, 0, 5)
        );
        assert_eq!((s[1].scored_by, s[1].mean), (1, 2.0));
        assert_eq!(check_score(2, &[(0, 6)]), Err(BallotError::Score));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any ballot that passes the check stays within the allowance and
        /// keeps every rule; totals never depend on the ballots' order.
        #[test]
        fn accepted_budget_ballots_never_exceed_the_budget(
            // Small budgets too, where a share's rounding shows.
            allowance in prop_oneof![0u64..200, 0u64..20_000],
            costs in prop::collection::vec(1u64..8_000, 1..8),
            picks in prop::collection::vec((0usize..10, 0u64..9_000), 0..8),
            min_spent in 0u8..=100,
            min_options in 0usize..4,
            use_costs in any::<bool>(),
        ) {
            let n = costs.len();
            let rules = SpendRules {
                allowance,
                costs: use_costs.then(|| costs.clone()),
                min_spent_percent: min_spent,
                min_options,
            };
            if check_spend(n, &picks, &rules).is_ok() {
                let spent: u64 = picks.iter().map(|p| p.1).sum();
                prop_assert!(spent <= allowance);
                prop_assert!(spent * 100 >= allowance * u64::from(min_spent));
                prop_assert!(picks.iter().filter(|p| p.1 > 0).count() >= min_options);
                prop_assert!(picks.iter().all(|p| p.0 < n));
            }
        }

        /// At the edge of the least share, a ballot is accepted exactly
        /// when it spends the share the rule names (the reference: the
        /// share itself, in whole numbers, no division).
        #[test]
        fn the_least_share_is_judged_exactly_at_its_edge(
            allowance in 0u64..1_000,
            percent in 0u8..=100,
            nudge in -2i64..=2,
        ) {
            let edge = i64::try_from(allowance * u64::from(percent) / 100).unwrap_or(0);
            let spent = u64::try_from((edge + nudge).max(0)).unwrap_or(0).min(allowance);
            let picks = if spent > 0 { vec![(0, spent)] } else { vec![] };
            let rules = SpendRules {
                allowance,
                costs: None,
                min_spent_percent: percent,
                min_options: 0,
            };
            let exact = spent * 100 >= allowance * u64::from(percent);
            prop_assert_eq!(check_spend(1, &picks, &rules).is_ok(), exact);
        }

        #[test]
        fn totals_ignore_the_order_of_ballots(
            ballots in prop::collection::vec(prop::collection::vec((0usize..5, 0u64..100), 0..5), 0..20),
        ) {
            let mut reversed = ballots.clone();
            reversed.reverse();
            prop_assert_eq!(totals(5, &ballots), totals(5, &reversed));
        }
    }
}
