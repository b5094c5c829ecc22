//! Ranked results in plain words, true in every case: a head-to-head
//! winner is named only when there is one, a cycle is explained by its
//! strongest chains with their numbers, a tie is announced as a tie, and a
//! runoff round says when a tie-break chose who dropped out.

use super::text::{label, n};
use crate::app::Turn;
use crate::domain::poll::ranked::{RunoffResult, SchulzeResult, TieBreak};
use crate::domain::Language;
use crate::store::PollRecord;

pub fn schulze(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    s: &SchulzeResult,
) -> Vec<String> {
    let mut lines = vec![];
    let name = |o: usize| label(poll, o);
    match (s.winner(), s.order.first()) {
        (Some(w), _) => {
            lines.push(turn.t(lang, "poll-result-winner", &[("label", name(w).into())]));
            lines.extend(why_first(turn, lang, poll, s, w));
        }
        (None, Some(top)) => {
            let level: Vec<String> = top.iter().map(|&o| name(o)).collect();
            lines.push(turn.t(
                lang,
                "poll-result-tie",
                &[("labels", level.join(", ").into())],
            ));
            let pairs: Vec<String> = pairs_within(top)
                .map(|(a, b)| {
                    turn.t(
                        lang,
                        "poll-result-tie-pair",
                        &[
                            ("a", name(a).into()),
                            ("b", name(b).into()),
                            ("for", n(s.pairwise[a][b])),
                            ("against", n(s.pairwise[b][a])),
                            ("chain", n(s.strength[a][b])),
                        ],
                    )
                })
                .collect();
            lines.push(turn.t(
                lang,
                "poll-result-tie-why",
                &[("pairs", pairs.join("; ").into())],
            ));
        }
        (None, None) => {}
    }
    let order: Vec<String> = s
        .order
        .iter()
        .enumerate()
        .map(|(i, tier)| {
            let names: Vec<String> = tier.iter().map(|&o| name(o)).collect();
            format!("{}. {}", i + 1, names.join(" = "))
        })
        .collect();
    lines.push(turn.t(
        lang,
        "poll-result-order",
        &[("order", order.join(" · ").into())],
    ));
    lines
}

fn pairs_within(tier: &[usize]) -> impl Iterator<Item = (usize, usize)> + '_ {
    tier.iter()
        .enumerate()
        .flat_map(move |(i, &a)| tier[i + 1..].iter().map(move |&b| (a, b)))
}

/// Why the single winner comes first: head to head when it beat every
/// other option, otherwise by the strongest chains of wins.
fn why_first(
    turn: &Turn<'_>,
    lang: Language,
    poll: &PollRecord,
    s: &SchulzeResult,
    w: usize,
) -> Vec<String> {
    let others = (0..poll.options.len()).filter(move |&o| o != w);
    if s.beats_every_other() == Some(w) {
        let pairs: Vec<String> = others
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
        let args = [
            ("winner", label(poll, w).into()),
            ("pairs", pairs.join(", ").into()),
        ];
        return vec![turn.t(lang, "poll-result-schulze-why", &args)];
    }
    let mut lines = vec![turn.t(lang, "poll-result-schulze-chains", &[])];
    for o in others {
        let links: Vec<String> = s
            .chain(w, o)
            .unwrap_or_default()
            .windows(2)
            .map(|step| {
                let (a, b) = (step[0], step[1]);
                turn.t(
                    lang,
                    "poll-result-chain-link",
                    &[
                        ("from", label(poll, a).into()),
                        ("to", label(poll, b).into()),
                        ("for", n(s.pairwise[a][b])),
                        ("against", n(s.pairwise[b][a])),
                    ],
                )
            })
            .collect();
        lines.push(turn.t(
            lang,
            "poll-result-chain",
            &[
                ("other", label(poll, o).into()),
                ("links", links.join(", ").into()),
                ("strength", n(s.strength[w][o])),
                ("back", n(s.strength[o][w])),
            ],
        ));
    }
    lines
}

pub fn runoff(turn: &Turn<'_>, lang: Language, poll: &PollRecord, r: &RunoffResult) -> Vec<String> {
    let mut lines = vec![];
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
        let mut args = vec![
            ("round", (i as i64 + 1).into()),
            ("counts", counts.join(", ").into()),
        ];
        let key = match (round.eliminated, round.tie_break, r.winner) {
            (Some(out), tie, _) => {
                args.push(("out", label(poll, out).into()));
                let fewest = round.counts.iter().find(|c| c.0 == out).map_or(0, |c| c.1);
                let level: Vec<String> = round
                    .counts
                    .iter()
                    .filter(|c| c.1 == fewest)
                    .map(|c| label(poll, c.0))
                    .collect();
                args.push(("level", level.join(", ").into()));
                match tie {
                    None => "poll-result-round-out",
                    Some(TieBreak::EarlierRound(earlier)) => {
                        args.push(("earlier", (earlier as i64).into()));
                        "poll-result-round-out-earlier"
                    }
                    Some(TieBreak::ListedLater) => "poll-result-round-out-listed",
                }
            }
            (None, _, Some(w)) => {
                args.push(("winner", label(poll, w).into()));
                "poll-result-round-won"
            }
            (None, _, None) => "poll-result-round-level",
        };
        lines.push(turn.t(lang, key, &args));
    }
    lines
}
