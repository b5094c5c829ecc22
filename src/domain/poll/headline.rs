//! A closed poll's result in one line, kept as data: what a digest, its
//! stored record and `/decisions` show. Every option level at the top is
//! named, so a tie is never reported as one option's win.

use crate::domain::poll::proposal::ProposalOutcome;
use crate::domain::poll::result::{PollResult, ResultDetail};
use crate::domain::poll::tally::ScoreSummary;
use crate::domain::poll::PollOption;

/// A result in one line, kept as data: what a digest or `/decisions`
/// shows about a closed poll.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "shape", rename_all = "snake_case")]
pub enum Headline {
    /// Nobody voted.
    Nobody,
    /// The option (or options, tied) that came first.
    Leading { labels: Vec<String> },
    /// The projects a budget funds.
    Funded { labels: Vec<String> },
    /// How a proposal ended: `accepted`, `not_accepted`, `blocked`, `no_quorum`.
    Proposal { outcome: String },
}

impl Headline {
    pub fn of(options: &[PollOption], result: &PollResult) -> Headline {
        if result.voted == 0 {
            return Headline::Nobody;
        }
        let label = |o: usize| options.get(o).map_or_else(|| "?".into(), PollOption::shown);
        let top = |values: &[u64]| {
            let best = values.iter().copied().max().unwrap_or(0);
            (0..values.len())
                .filter(|&o| values[o] == best)
                .map(label)
                .collect()
        };
        let labels = match &result.detail {
            ResultDetail::Counts(c) | ResultDetail::Points(c) => top(c),
            ResultDetail::Schulze(s) => s
                .order
                .first()
                .map(|tier| tier.iter().map(|&o| label(o)).collect())
                .unwrap_or_default(),
            ResultDetail::Runoff(r) => r.winner.map(label).into_iter().collect(),
            ResultDetail::Scores(s) => top_average(s).into_iter().map(label).collect(),
            ResultDetail::Budget { funded, .. } => {
                let labels = funded.iter().map(|&o| label(o)).collect();
                return Headline::Funded { labels };
            }
            ResultDetail::Proposal { outcome, .. } => {
                let outcome = match outcome {
                    ProposalOutcome::Accepted => "accepted",
                    ProposalOutcome::NotAccepted => "not_accepted",
                    ProposalOutcome::Blocked => "blocked",
                    ProposalOutcome::NoQuorum => "no_quorum",
                };
                return Headline::Proposal {
                    outcome: outcome.into(),
                };
            }
        };
        Headline::Leading { labels }
    }
}

/// The options with the highest average, every one of them if several are
/// level ("the highest average wins", and a tie is not a win); an option
/// nobody scored has no average and leads nothing. Averages of whole
/// scores compare exactly: each is the nearest `f64` to its fraction, so
/// equal fractions give equal values and the closest unequal ones (of a
/// million ballots) still differ by far more than the rounding.
fn top_average(scores: &[ScoreSummary]) -> Vec<usize> {
    let scored = || (0..scores.len()).filter(|&o| scores[o].scored_by > 0);
    let best = scored().map(|o| scores[o].mean).max_by(f64::total_cmp);
    scored().filter(|&o| Some(scores[o].mean) == best).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::poll::{tally, Ballot, PollKind, PollRules};
    use proptest::prelude::*;

    fn options(n: usize) -> Vec<PollOption> {
        (0..n)
            .map(|i| PollOption {
                label: format!("O{i}"),
                cost: None,
            })
            .collect()
    }

    fn headline(kind: PollKind, ballots: &[Ballot]) -> Headline {
        let rules = PollRules {
            kind,
            ..PollRules::default()
        };
        let o = options(4);
        Headline::of(&o, &tally(&rules, &o, ballots, 20))
    }

    fn leading(labels: &[&str]) -> Headline {
        Headline::Leading {
            labels: labels.iter().map(|l| (*l).to_string()).collect(),
        }
    }

    /// Two options level on the highest average both lead: the digest and
    /// `/decisions` must not crown the one listed first.
    #[test]
    fn options_level_on_the_highest_average_lead_together() {
        let ballots = [
            Ballot::Score(vec![(0, 4), (1, 5), (2, 4)]),
            Ballot::Score(vec![(0, 4), (1, 3), (2, 1)]),
        ];
        assert_eq!(headline(PollKind::Score, &ballots), leading(&["O0", "O1"]));
    }

    /// An option nobody scored has no average, so it never leads, even when
    /// every average given is 0.
    #[test]
    fn an_option_nobody_scored_leads_nothing() {
        let ballots = [Ballot::Score(vec![(2, 0)])];
        assert_eq!(headline(PollKind::Score, &ballots), leading(&["O2"]));
    }

    /// Ballots for four options, each scoring some of them (at least one).
    fn score_ballots() -> impl Strategy<Value = Vec<Vec<Option<u8>>>> {
        let ballot = prop::collection::vec(prop::option::of(0u8..=5), 4)
            .prop_filter("scores something", |b| b.iter().any(Option::is_some));
        prop::collection::vec(ballot, 1..30)
    }

    proptest! {
        /// The reference: each option's scores summed and counted straight
        /// from the ballots, and averages compared as fractions by
        /// cross-multiplying, with no division at all.
        #[test]
        fn the_leaders_are_exactly_the_options_with_the_highest_average(
            ballots in score_ballots(),
        ) {
            let mut sum = [0u64; 4];
            let mut count = [0u64; 4];
            for b in &ballots {
                for (o, s) in b.iter().enumerate() {
                    if let Some(s) = s {
                        sum[o] += u64::from(*s);
                        count[o] += 1;
                    }
                }
            }
            let beats = |a: usize, b: usize| sum[a] * count[b] > sum[b] * count[a];
            let leaders: Vec<String> = (0..4)
                .filter(|&o| count[o] > 0)
                .filter(|&o| !(0..4).any(|p| count[p] > 0 && beats(p, o)))
                .map(|o| format!("O{o}"))
                .collect();
            let cast: Vec<Ballot> = ballots
                .iter()
                .map(|b| Ballot::Score(b.iter().enumerate()
                    .filter_map(|(o, s)| s.map(|s| (o as u8, s)))
                    .collect()))
                .collect();
            prop_assert_eq!(headline(PollKind::Score, &cast), Headline::Leading { labels: leaders });
        }

        /// Single choice and points alike: every option with the most leads.
        #[test]
        fn the_leaders_of_a_count_are_every_option_with_the_most(
            picks in prop::collection::vec(0u8..4, 1..30),
        ) {
            let mut votes = [0usize; 4];
            for &p in &picks {
                votes[usize::from(p)] += 1;
            }
            let most = votes.iter().copied().max().unwrap_or(0);
            let leaders: Vec<String> = (0..4)
                .filter(|&o| votes[o] == most)
                .map(|o| format!("O{o}"))
                .collect();
            let cast: Vec<Ballot> = picks.iter().map(|&p| Ballot::Choose(vec![p])).collect();
            prop_assert_eq!(headline(PollKind::Single, &cast), Headline::Leading { labels: leaders });
        }
    }
}
