//! A closed poll's result in one line, kept as data: what a digest, its
//! stored record and `/decisions` show. Every option level at the top is
//! named, so a tie is never reported as one option's win.

use crate::domain::poll::proposal::ProposalOutcome;
use crate::domain::poll::result::{PollResult, ResultDetail};
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
            ResultDetail::Scores(s) => (0..s.len())
                .max_by(|&a, &b| s[a].mean.total_cmp(&s[b].mean).then(b.cmp(&a)))
                .map(label)
                .into_iter()
                .collect(),
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
