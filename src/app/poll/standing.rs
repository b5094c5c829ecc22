//! The standing of a poll and its result at close, in plain words: counts
//! and shares, the winner and why, each runoff round, averages with their
//! spread, what a budget funds, how a proposal ended.

use super::ranked_text;
use super::text::{label, n, stance};
use crate::app::Turn;
use crate::domain::poll::proposal::{ProposalOutcome, Quorum, Stance, Stances};
use crate::domain::poll::tally::ScoreSummary;
use crate::domain::poll::{percent, PollKind, PollResult, ResultDetail};
use crate::domain::Language;
use crate::store::{PollRecord, PollState};

/// The result when the poll closes.
pub fn result_message(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    result: &PollResult,
    reasons: &[(Stance, String)],
) -> String {
    let mut lines = vec![turn.t(
        lang,
        "poll-result-heading",
        &[
            ("question", poll.question.as_str().into()),
            ("id", poll.id.into()),
        ],
    )];
    lines.push(turn.t(
        lang,
        "poll-result-turnout",
        &[
            ("voted", n(result.voted)),
            ("members", n(result.members)),
            ("percent", n(percent(result.voted, result.members))),
        ],
    ));
    if poll.merged_votes > 0 {
        let args = [("count", poll.merged_votes.into())];
        lines.push(turn.t(lang, "poll-result-merged", &args));
    }
    if poll.rules.quorum != Quorum::None {
        let key = match result.quorum_met {
            true => "poll-result-quorum-met",
            false => "poll-result-quorum-missed",
        };
        lines.push(turn.t(lang, key, &[("needed", n(result.quorum_needed))]));
    }
    if result.voted == 0 {
        lines.push(turn.t(lang, "poll-result-nobody", &[]));
        return lines.join("\n");
    }
    lines.extend(standing(turn, lang, poll, result));
    if !reasons.is_empty() {
        lines.push(turn.t(lang, "poll-result-reasons", &[]));
        for (s, reason) in reasons {
            lines.push(format!("• {}: {reason}", stance(turn, lang, *s)));
        }
    }
    lines.push(String::new());
    lines.push(turn.t(lang, "poll-result-outcome-hint", &[("id", poll.id.into())]));
    lines.join("\n")
}

/// The figures, most supported first, in plain words.
pub fn standing(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    result: &PollResult,
) -> Vec<String> {
    match &result.detail {
        ResultDetail::Counts(counts) => count_lines(turn, lang, poll, counts, result.voted),
        ResultDetail::Schulze(s) => ranked_text::schulze(turn, lang, poll, s),
        ResultDetail::Runoff(r) => ranked_text::runoff(turn, lang, poll, r),
        ResultDetail::Scores(scores) => score_lines(turn, lang, poll, scores),
        ResultDetail::Points(points) => point_lines(turn, lang, poll, points),
        ResultDetail::Budget { supporters, funded } => {
            budget_lines(turn, lang, poll, supporters, funded)
        }
        ResultDetail::Proposal { stances, outcome } => {
            proposal_lines(turn, lang, poll, stances, *outcome)
        }
    }
}

/// Options from most to fewest, ties in the order they were listed.
fn by_most(values: &[u64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[b].cmp(&values[a]).then(a.cmp(&b)));
    order
}

/// Each option of `order` with its place: options level with the one
/// before share its place, and the next after them skips as many ("1, 1,
/// 3"), so a tie never reads as one option's win.
fn placed(order: Vec<usize>, level: impl Fn(usize, usize) -> bool) -> Vec<(i64, usize)> {
    let mut places: Vec<(i64, usize)> = Vec::with_capacity(order.len());
    for (p, &o) in order.iter().enumerate() {
        let place = match places.last() {
            Some(&(shared, before)) if level(before, o) => shared,
            _ => p as i64 + 1,
        };
        places.push((place, o));
    }
    places
}

/// [`by_most`], placed.
fn placed_by_most(values: &[u64]) -> Vec<(i64, usize)> {
    placed(by_most(values), |a, b| values[a] == values[b])
}

fn count_lines(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    counts: &[u64],
    voted: u64,
) -> Vec<String> {
    placed_by_most(counts)
        .into_iter()
        .map(|(p, o)| {
            turn.t(
                lang,
                "poll-result-count-line",
                &[
                    ("place", p.into()),
                    ("label", label(poll, o).into()),
                    ("count", n(counts[o])),
                    ("percent", n(percent(counts[o], voted))),
                ],
            )
        })
        .collect()
}

fn score_lines(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    scores: &[ScoreSummary],
) -> Vec<String> {
    // Scored options by average, highest first; then those nobody scored.
    let key = |o: usize| (scores[o].scored_by > 0, scores[o].mean);
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| {
        let ((a_scored, a_mean), (b_scored, b_mean)) = (key(a), key(b));
        (b_scored.cmp(&a_scored))
            .then(b_mean.total_cmp(&a_mean))
            .then(a.cmp(&b))
    });
    placed(order, |a, b| key(a) == key(b))
        .into_iter()
        .map(|(p, o)| {
            let s = scores[o];
            if s.scored_by == 0 {
                let args = [("place", p.into()), ("label", label(poll, o).into())];
                return turn.t(lang, "poll-result-score-none", &args);
            }
            turn.t(
                lang,
                "poll-result-score-line",
                &[
                    ("place", p.into()),
                    ("label", label(poll, o).into()),
                    ("mean", format!("{:.1}", s.mean).into()),
                    ("lowest", i64::from(s.lowest).into()),
                    ("highest", i64::from(s.highest).into()),
                    ("count", n(s.scored_by)),
                ],
            )
        })
        .collect()
}

fn point_lines(turn: &Turn<'_>, lang: Language, poll: &PollRecord, points: &[u64]) -> Vec<String> {
    let total: u64 = points.iter().sum();
    placed_by_most(points)
        .into_iter()
        .map(|(p, o)| {
            turn.t(
                lang,
                "poll-result-points-line",
                &[
                    ("place", p.into()),
                    ("label", label(poll, o).into()),
                    ("points", n(points[o])),
                    ("percent", n(percent(points[o], total))),
                ],
            )
        })
        .collect()
}

fn budget_lines(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    supporters: &[u64],
    funded: &[usize],
) -> Vec<String> {
    let budget = match poll.rules.kind {
        PollKind::Budget { budget, .. } => budget,
        _ => 0,
    };
    let spent: u64 = funded
        .iter()
        .map(|&o| poll.options[o].cost.unwrap_or(0))
        .sum();
    let names: Vec<String> = funded.iter().map(|&o| label(poll, o)).collect();
    let mut lines = vec![turn.t(
        lang,
        "poll-result-funded",
        &[
            ("projects", names.join(", ").into()),
            ("spent", n(spent)),
            ("budget", n(budget)),
        ],
    )];
    for o in by_most(supporters) {
        let key = match funded.contains(&o) {
            true => "poll-result-supporters-funded",
            false => "poll-result-supporters",
        };
        let args = [
            ("label", label(poll, o).into()),
            ("count", n(supporters[o])),
        ];
        lines.push(turn.t(lang, key, &args));
    }
    lines
}

fn proposal_lines(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    stances: &Stances,
    outcome: ProposalOutcome,
) -> Vec<String> {
    let PollKind::Proposal { agree_percent } = poll.rules.kind else {
        return vec![];
    };
    let mut lines = vec![];
    if poll.state == PollState::Closed {
        lines.push(match outcome {
            ProposalOutcome::Accepted => turn.t(lang, "poll-result-accepted", &[]),
            ProposalOutcome::NotAccepted => turn.t(
                lang,
                "poll-result-not-accepted",
                &[("percent", i64::from(agree_percent).into())],
            ),
            ProposalOutcome::Blocked => {
                turn.t(lang, "poll-result-blocked", &[("count", n(stances.block))])
            }
            ProposalOutcome::NoQuorum => turn.t(lang, "poll-result-no-quorum", &[]),
        });
    }
    lines.push(turn.t(
        lang,
        "poll-result-stances",
        &[
            ("agree", n(stances.agree)),
            ("abstain", n(stances.abstain)),
            ("disagree", n(stances.disagree)),
            ("block", n(stances.block)),
        ],
    ));
    lines
}

#[cfg(test)]
mod tests {
    use super::placed_by_most;
    use proptest::prelude::*;

    #[test]
    fn a_tie_at_the_top_shares_first_place() {
        assert_eq!(placed_by_most(&[1, 1, 0]), vec![(1, 0), (1, 1), (3, 2)]);
    }

    proptest! {
        /// The reference: an option's place is one more than the number of
        /// options with strictly more, whatever order they are listed in.
        #[test]
        fn each_place_is_one_more_than_the_options_strictly_ahead(
            values in prop::collection::vec(0u64..5, 0..8),
        ) {
            let placed = placed_by_most(&values);
            prop_assert_eq!(placed.len(), values.len());
            for (place, o) in placed {
                let ahead = values.iter().filter(|&&v| v > values[o]).count();
                prop_assert_eq!(place, ahead as i64 + 1);
            }
        }
    }
}
