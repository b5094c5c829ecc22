//! What a private ballot asks next, for each kind of poll: the line that
//! says what to do, the choices for the next step, and whether the ballot
//! may be confirmed now. Pure rendering; `ballot` stores and sends it.

use super::text;
use crate::app::Turn;
use crate::domain::poll::ballot::{amounts, BallotStep};
use crate::domain::poll::{Ballot, PollKind};
use crate::domain::Language;
use crate::store::{BallotDraft, PollRecord};

/// What a ballot asks next: a line, its buttons, and whether it may be
/// confirmed now.
pub(super) struct Asked {
    pub line: String,
    pub buttons: Vec<(String, BallotStep)>,
    pub ready: bool,
}

pub(super) fn asked(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    draft: &BallotDraft,
    by_number: bool,
) -> Asked {
    let n = poll.options.len();
    let step = usize::try_from(draft.step).unwrap_or(0);
    match (&poll.rules.kind, &draft.ballot) {
        (PollKind::Single | PollKind::Multiple { .. }, Ballot::Choose(c)) => Asked {
            line: turn.t(lang, "poll-ballot-choose", &[]),
            buttons: ticks(poll, |i| c.contains(&(i as u8))),
            ready: true,
        },
        (PollKind::Ranked { .. }, Ballot::Rank(r)) => {
            let mut buttons: Vec<_> = (0..n)
                .filter(|i| !r.contains(&(*i as u8)))
                .map(|i| {
                    let label = format!("{}. {}", r.len() + 1, text::label(poll, i));
                    (label, BallotStep::Rank { option: i as u8 })
                })
                .collect();
            if !r.is_empty() {
                buttons.push((turn.t(lang, "poll-ballot-undo", &[]), BallotStep::Undo));
            }
            Asked {
                line: match by_number {
                    true => turn.t(lang, "poll-ballot-rank-by-number", &[]),
                    false => turn.t(lang, "poll-ballot-rank", &[]),
                },
                buttons,
                ready: !r.is_empty(),
            }
        }
        (PollKind::Score, Ballot::Score(_)) if step < n => {
            let mut buttons: Vec<_> = (0..=5u64)
                .map(|v| (v.to_string(), BallotStep::Give { amount: v }))
                .collect();
            buttons.push((turn.t(lang, "poll-ballot-skip", &[]), BallotStep::Skip));
            one_at_a_time(turn, lang, poll, step, "poll-ballot-score", 0, buttons)
        }
        (PollKind::Points { points }, Ballot::Spend(s)) if step < n => {
            let mine: u64 = s
                .iter()
                .filter(|x| usize::from(x.0) == step)
                .map(|x| x.1)
                .sum();
            let left = points.saturating_sub(draft.ballot.spent().saturating_sub(mine));
            let buttons = amounts(left)
                .into_iter()
                .map(|v| (v.to_string(), BallotStep::Give { amount: v }))
                .collect();
            one_at_a_time(turn, lang, poll, step, "poll-ballot-points", left, buttons)
        }
        (PollKind::Budget { budget, .. }, Ballot::Spend(s)) => Asked {
            line: turn.t(
                lang,
                "poll-ballot-budget",
                &[
                    (
                        "left",
                        (budget.saturating_sub(draft.ballot.spent()) as i64).into(),
                    ),
                    ("budget", (*budget as i64).into()),
                ],
            ),
            buttons: ticks(poll, |i| s.iter().any(|x| usize::from(x.0) == i)),
            ready: true,
        },
        (PollKind::Proposal { .. }, Ballot::Stance(current)) => {
            let mut buttons: Vec<_> = super::post::STANCES
                .into_iter()
                .map(|stance| {
                    let mark = if draft.step > 0 && *current == stance {
                        "● "
                    } else {
                        ""
                    };
                    let label = format!("{mark}{}", text::stance(turn, lang, stance));
                    (label, BallotStep::Stance { stance })
                })
                .collect();
            buttons.push((turn.t(lang, "poll-ballot-reason", &[]), BallotStep::Reason));
            Asked {
                line: turn.t(lang, "poll-ballot-proposal", &[]),
                buttons,
                ready: draft.step > 0,
            }
        }
        _ => Asked {
            line: turn.t(lang, "poll-ballot-ready", &[]),
            buttons: vec![],
            ready: true,
        },
    }
}

/// A box to tick per option.
fn ticks(poll: &PollRecord, ticked: impl Fn(usize) -> bool) -> Vec<(String, BallotStep)> {
    (0..poll.options.len())
        .map(|i| {
            let mark = if ticked(i) { "☑" } else { "☐" };
            let label = format!("{mark} {}", text::label(poll, i));
            (label, BallotStep::Toggle { option: i as u8 })
        })
        .collect()
}

/// Scoring or giving points to one option at a time.
fn one_at_a_time(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    step: usize,
    key: &str,
    left: u64,
    mut buttons: Vec<(String, BallotStep)>,
) -> Asked {
    let line = turn.t(
        lang,
        key,
        &[
            ("label", text::label(poll, step).into()),
            ("place", (step as i64 + 1).into()),
            ("count", (poll.options.len() as i64).into()),
            ("left", (left as i64).into()),
        ],
    );
    if step > 0 {
        buttons.push((turn.t(lang, "poll-ballot-undo", &[]), BallotStep::Undo));
    }
    Asked {
        line,
        buttons,
        ready: false,
    }
}
