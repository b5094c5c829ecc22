//! How polls read, in each language: the rules stated before anyone
//! votes, the standing, and the result in plain words.

use crate::app::meeting::text::when_in;
use crate::app::Turn;
use crate::domain::poll::{
    percent, Ballot, PollKind, PollResult, RankMethod, ResultDetail, ResultsShown,
};
use crate::domain::proposal::{ProposalOutcome, Quorum, Stance};
use crate::domain::{Language, TimeZone};
use crate::store::{PollRecord, PollState};

fn n(v: u64) -> crate::i18n::Arg {
    (v.min(i64::MAX as u64) as i64).into()
}

/// An option's label, with its cost on a budget.
pub fn label(poll: &PollRecord, option: usize) -> String {
    match poll.options.get(option) {
        Some(o) => match o.cost {
            Some(cost) => format!("{} ({cost})", o.label),
            None => o.label.clone(),
        },
        None => "?".into(),
    }
}

pub fn stance(turn: &Turn<'_>, lang: Language, s: Stance) -> String {
    let key = match s {
        Stance::Agree => "poll-stance-agree",
        Stance::Abstain => "poll-stance-abstain",
        Stance::Disagree => "poll-stance-disagree",
        Stance::Block => "poll-stance-block",
    };
    turn.t(lang, key, &[])
}

/// The rules, as the poll states them before anyone votes.
pub fn rules(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    members: i64,
    zone: TimeZone,
) -> Vec<String> {
    let r = &poll.rules;
    let mut lines = vec![match &r.kind {
        PollKind::Single => turn.t(lang, "poll-kind-single", &[]),
        PollKind::Multiple { max: None } => turn.t(lang, "poll-kind-multiple", &[]),
        PollKind::Multiple { max: Some(m) } => turn.t(
            lang,
            "poll-kind-multiple-max",
            &[("max", i64::from(*m).into())],
        ),
        PollKind::Ranked {
            method: RankMethod::Schulze,
        } => turn.t(lang, "poll-kind-ranked", &[]),
        PollKind::Ranked {
            method: RankMethod::Runoff,
        } => turn.t(lang, "poll-kind-runoff", &[]),
        PollKind::Score => turn.t(lang, "poll-kind-score", &[]),
        PollKind::Points { points } => turn.t(lang, "poll-kind-points", &[("points", n(*points))]),
        PollKind::Budget {
            budget,
            min_spent_percent,
            min_projects,
        } => {
            let mut text = turn.t(lang, "poll-kind-budget", &[("budget", n(*budget))]);
            if *min_spent_percent > 0 {
                let p = i64::from(*min_spent_percent).into();
                text = format!(
                    "{text} {}",
                    turn.t(lang, "poll-budget-min-spend", &[("percent", p)])
                );
            }
            if *min_projects > 0 {
                let c = i64::from(*min_projects).into();
                text = format!(
                    "{text} {}",
                    turn.t(lang, "poll-budget-min-projects", &[("count", c)])
                );
            }
            text
        }
        PollKind::Proposal { agree_percent } => turn.t(
            lang,
            "poll-kind-proposal",
            &[("percent", i64::from(*agree_percent).into())],
        ),
    }];
    lines.push(match r.anonymous {
        true => turn.t(lang, "poll-rule-anonymous", &[]),
        false => turn.t(lang, "poll-rule-named", &[]),
    });
    lines.push(turn.t(
        lang,
        match r.results {
            ResultsShown::Live => "poll-rule-results-live",
            ResultsShown::AfterVote => "poll-rule-results-after-vote",
            ResultsShown::AfterClose => "poll-rule-results-after-close",
        },
        &[],
    ));
    if r.quorum != Quorum::None {
        let needed = r.quorum.needed(members.max(0) as u64);
        lines.push(turn.t(
            lang,
            "poll-rule-quorum",
            &[("needed", n(needed)), ("members", members.into())],
        ));
    }
    if poll.state == PollState::Open {
        lines.push(match poll.deadline {
            Some(at) => turn.t(
                lang,
                "poll-rule-deadline",
                &[("when", when_in(turn, lang, at, zone).into())],
            ),
            None => turn.t(lang, "poll-rule-no-deadline", &[]),
        });
    }
    lines
}

/// The poll as posted in the group: question, options, rules, and the
/// standing if results are live.
pub fn poll_message(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    result: &PollResult,
    zone: TimeZone,
) -> String {
    let mut lines = vec![
        turn.t(
            lang,
            "poll-heading",
            &[("question", poll.question.as_str().into())],
        ),
        turn.t(lang, "poll-number", &[("id", poll.id.into())]),
    ];
    let live = poll.rules.results == ResultsShown::Live && result.voted > 0;
    if !live {
        for (i, _) in poll.options.iter().enumerate() {
            lines.push(format!("{}. {}", i + 1, label(poll, i)));
        }
    }
    lines.push(String::new());
    lines.extend(rules(turn, lang, poll, result.members as i64, zone));
    if live {
        lines.push(String::new());
        lines.extend(standing(turn, lang, poll, result));
    }
    lines.push(String::new());
    lines.push(turn.t(
        lang,
        "poll-voted",
        &[("voted", n(result.voted)), ("members", n(result.members))],
    ));
    lines.join("\n")
}

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
    let mut lines = vec![];
    let by_most = |values: &[u64]| {
        let mut order: Vec<usize> = (0..values.len()).collect();
        order.sort_by(|&a, &b| values[b].cmp(&values[a]).then(a.cmp(&b)));
        order
    };
    match &result.detail {
        ResultDetail::Counts(counts) => {
            for (place, o) in by_most(counts).into_iter().enumerate() {
                lines.push(turn.t(
                    lang,
                    "poll-result-count-line",
                    &[
                        ("place", (place as i64 + 1).into()),
                        ("label", label(poll, o).into()),
                        ("count", n(counts[o])),
                        ("percent", n(percent(counts[o], result.voted))),
                    ],
                ));
            }
        }
        ResultDetail::Schulze(s) => {
            if let Some(w) = s.winner() {
                lines.push(turn.t(
                    lang,
                    "poll-result-winner",
                    &[("label", label(poll, w).into())],
                ));
                let pairs: Vec<String> = (0..poll.options.len())
                    .filter(|&o| o != w)
                    .map(|o| {
                        turn.t(
                            lang,
                            "poll-result-pair",
                            &[
                                ("other", label(poll, o).into()),
                                ("for", n(s.pairwise[w][o])),
                                ("against", n(s.pairwise[o][w])),
                            ],
                        )
                    })
                    .collect();
                lines.push(turn.t(
                    lang,
                    "poll-result-schulze-why",
                    &[
                        ("winner", label(poll, w).into()),
                        ("pairs", pairs.join(", ").into()),
                    ],
                ));
            } else if let Some(top) = s.order.first() {
                let level: Vec<String> = top.iter().map(|&o| label(poll, o)).collect();
                lines.push(turn.t(
                    lang,
                    "poll-result-tie",
                    &[("labels", level.join(", ").into())],
                ));
            }
            let order: Vec<String> = s
                .order
                .iter()
                .enumerate()
                .map(|(i, tier)| {
                    let names: Vec<String> = tier.iter().map(|&o| label(poll, o)).collect();
                    format!("{}. {}", i + 1, names.join(" = "))
                })
                .collect();
            lines.push(turn.t(
                lang,
                "poll-result-order",
                &[("order", order.join(" · ").into())],
            ));
        }
        ResultDetail::Runoff(r) => {
            if let Some(w) = r.winner {
                lines.push(turn.t(
                    lang,
                    "poll-result-winner",
                    &[("label", label(poll, w).into())],
                ));
            }
            for (i, round) in r.rounds.iter().enumerate() {
                let counts: Vec<String> = round
                    .counts
                    .iter()
                    .map(|(o, c)| format!("{} {c}", label(poll, *o)))
                    .collect();
                let args = |extra: (&'static str, crate::i18n::Arg)| {
                    [
                        ("round", (i as i64 + 1).into()),
                        ("counts", counts.join(", ").into()),
                        extra,
                    ]
                };
                lines.push(match (round.eliminated, r.winner) {
                    (Some(out), _) => turn.t(
                        lang,
                        "poll-result-round-out",
                        &args(("out", label(poll, out).into())),
                    ),
                    (None, Some(w)) => turn.t(
                        lang,
                        "poll-result-round-won",
                        &args(("winner", label(poll, w).into())),
                    ),
                    (None, None) => turn.t(
                        lang,
                        "poll-result-round-level",
                        &args(("out", String::new().into())),
                    ),
                });
            }
        }
        ResultDetail::Scores(scores) => {
            let mut order: Vec<usize> = (0..scores.len()).collect();
            order.sort_by(|&a, &b| scores[b].mean.total_cmp(&scores[a].mean).then(a.cmp(&b)));
            for (place, o) in order.into_iter().enumerate() {
                let s = scores[o];
                lines.push(turn.t(
                    lang,
                    "poll-result-score-line",
                    &[
                        ("place", (place as i64 + 1).into()),
                        ("label", label(poll, o).into()),
                        ("mean", format!("{:.1}", s.mean).into()),
                        ("lowest", i64::from(s.lowest).into()),
                        ("highest", i64::from(s.highest).into()),
                        ("count", n(s.scored_by)),
                    ],
                ));
            }
        }
        ResultDetail::Points(points) => {
            let total: u64 = points.iter().sum();
            for (place, o) in by_most(points).into_iter().enumerate() {
                lines.push(turn.t(
                    lang,
                    "poll-result-points-line",
                    &[
                        ("place", (place as i64 + 1).into()),
                        ("label", label(poll, o).into()),
                        ("points", n(points[o])),
                        ("percent", n(percent(points[o], total))),
                    ],
                ));
            }
        }
        ResultDetail::Budget { supporters, funded } => {
            let budget = match poll.rules.kind {
                PollKind::Budget { budget, .. } => budget,
                _ => 0,
            };
            let spent: u64 = funded
                .iter()
                .map(|&o| poll.options[o].cost.unwrap_or(0))
                .sum();
            let names: Vec<String> = funded.iter().map(|&o| label(poll, o)).collect();
            lines.push(turn.t(
                lang,
                "poll-result-funded",
                &[
                    ("projects", names.join(", ").into()),
                    ("spent", n(spent)),
                    ("budget", n(budget)),
                ],
            ));
            for o in by_most(supporters) {
                let key = match funded.contains(&o) {
                    true => "poll-result-supporters-funded",
                    false => "poll-result-supporters",
                };
                lines.push(turn.t(
                    lang,
                    key,
                    &[
                        ("label", label(poll, o).into()),
                        ("count", n(supporters[o])),
                    ],
                ));
            }
        }
        ResultDetail::Proposal { stances, outcome } => {
            let PollKind::Proposal { agree_percent } = poll.rules.kind else {
                return lines;
            };
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
        }
    }
    lines
}

/// A ballot in words, for the member who cast it.
pub fn ballot(turn: &Turn<'_>, lang: Language, poll: &PollRecord, b: &Ballot) -> String {
    match b {
        Ballot::Choose(c) if c.is_empty() => turn.t(lang, "poll-ballot-nothing", &[]),
        Ballot::Choose(c) => c
            .iter()
            .map(|&o| label(poll, usize::from(o)))
            .collect::<Vec<_>>()
            .join(", "),
        Ballot::Rank(r) if r.is_empty() => turn.t(lang, "poll-ballot-nothing", &[]),
        Ballot::Rank(r) => r
            .iter()
            .enumerate()
            .map(|(i, &o)| format!("{}. {}", i + 1, label(poll, usize::from(o))))
            .collect::<Vec<_>>()
            .join(" · "),
        Ballot::Score(s) if s.is_empty() => turn.t(lang, "poll-ballot-nothing", &[]),
        Ballot::Score(s) => s
            .iter()
            .map(|&(o, v)| format!("{} {v}/5", label(poll, usize::from(o))))
            .collect::<Vec<_>>()
            .join(" · "),
        Ballot::Spend(s) if s.is_empty() => turn.t(lang, "poll-ballot-nothing", &[]),
        Ballot::Spend(s) => s
            .iter()
            .map(|&(o, v)| match poll.rules.kind {
                PollKind::Budget { .. } => label(poll, usize::from(o)),
                _ => format!("{} {v}", label(poll, usize::from(o))),
            })
            .collect::<Vec<_>>()
            .join(" · "),
        Ballot::Stance(s) => stance(turn, lang, *s),
    }
}
