//! How polls read, in each language: the rules stated before anyone
//! votes, the standing, and the result in plain words.

use crate::app::meeting::text::when_in;
use crate::app::Turn;
use crate::domain::poll::proposal::{Quorum, Stance};
use crate::domain::poll::result::Headline;
use crate::domain::poll::{Ballot, PollKind, PollOption, PollResult, RankMethod, ResultsShown};
use crate::domain::{Language, TimeZone};
use crate::store::{PollRecord, PollState};

pub(super) fn n(v: u64) -> crate::i18n::Arg {
    (v.min(i64::MAX as u64) as i64).into()
}

/// An option's label, with its cost on a budget.
pub fn label(poll: &PollRecord, option: usize) -> String {
    poll.options
        .get(option)
        .map_or_else(|| "?".into(), PollOption::shown)
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
    if !matches!(r.kind, PollKind::Proposal { .. } | PollKind::Single) {
        lines.push(turn.t(lang, "poll-rule-blank", &[]));
    }
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
    counted: super::post::Turnout,
    live: Option<&PollResult>,
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
    if live.is_none() {
        for (i, _) in poll.options.iter().enumerate() {
            lines.push(format!("{}. {}", i + 1, label(poll, i)));
        }
    }
    lines.push(String::new());
    lines.extend(rules(turn, lang, poll, counted.members as i64, zone));
    if let Some(result) = live {
        lines.push(String::new());
        lines.extend(super::standing::standing(turn, lang, poll, result));
    }
    lines.push(String::new());
    lines.push(turn.t(
        lang,
        "poll-voted",
        &[("voted", n(counted.voted)), ("members", n(counted.members))],
    ));
    lines.join("\n")
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

/// A result's headline in words.
pub fn headline(turn: &Turn<'_>, lang: Language, headline: &Headline) -> String {
    headline_with(&turn.engine.translator, lang, headline)
}

/// [`headline`] for callers with only the translator (digests render
/// outside a turn).
pub fn headline_with(t: &crate::i18n::Translator, lang: Language, headline: &Headline) -> String {
    match headline {
        Headline::Nobody => t.t(lang, "poll-result-nobody", &[]),
        Headline::Leading { labels } => t.t(
            lang,
            "decisions-winner",
            &[("label", labels.join(" = ").into())],
        ),
        Headline::Funded { labels } => t.t(
            lang,
            "decisions-winner",
            &[("label", labels.join(", ").into())],
        ),
        Headline::Proposal { outcome } => {
            let key = match outcome.as_str() {
                "accepted" => "decisions-accepted",
                "not_accepted" => "decisions-not-accepted",
                "blocked" => "decisions-blocked",
                _ => "decisions-no-quorum",
            };
            t.t(lang, key, &[])
        }
    }
}
