//! Reading `/poll …`. A poll fits on one line: the kind and the question,
//! then the options and the rules, each after a bar:
//!
//! `/poll ranked What first? | Lighting | Youth club | Bins | anonymous | deadline 3d`
//!
//! A part after a bar is a rule when it starts with a rule's word
//! (`anonymous`, `deadline`, `quorum` …) and an option otherwise.

use crate::domain::poll::{
    PollKind, PollOption, PollRules, RankMethod, ResultsShown, MAX_LABEL, MAX_OPTIONS,
    MAX_QUESTION, MIN_OPTIONS,
};
use chrono::Duration;

pub const MIN_DEADLINE: Duration = Duration::minutes(10);
pub const MAX_DEADLINE: Duration = Duration::days(90);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollDraft {
    pub question: String,
    pub options: Vec<PollOption>,
    pub rules: PollRules,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollCommand {
    /// `/poll` alone: set one up step by step in a private chat.
    Guided,
    Usage,
    Create(PollDraft),
    /// `/poll close [number]`: close now (creator or coordinators).
    Close(Option<i64>),
    /// `/poll export [number]`: the results as CSV, privately (coordinators).
    Export(Option<i64>),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PollCommandError {
    #[error("no question")]
    NoQuestion,
    #[error("too few options")]
    TooFewOptions,
    #[error("too many options")]
    TooManyOptions,
    #[error("an option is there twice")]
    Repeated(String),
    #[error("a proposal has no options")]
    ProposalOptions,
    #[error("a budget option needs its cost")]
    NoCost(String),
    #[error("a number is needed")]
    Number(String),
    #[error("deadline not understood")]
    Deadline(String),
    #[error("a share must be 1–100%")]
    Share(String),
    #[error("this rule does not fit this kind of poll")]
    NotForKind(String),
    /// A question or option longer than Kettle keeps: said, never cut.
    #[error("longer than {0} characters")]
    TooLong(usize),
}

type Result<T> = std::result::Result<T, PollCommandError>;

impl PollCommand {
    pub fn parse(args: Option<&str>) -> Result<PollCommand> {
        let args = args.unwrap_or_default().trim();
        if args.is_empty() {
            return Ok(PollCommand::Guided);
        }
        if !args.contains('|') {
            let mut words = args.split_whitespace();
            let head = words.next().unwrap_or_default().to_lowercase();
            let number = words
                .next()
                .map(|n| n.trim_start_matches('#').parse::<i64>());
            let extra = words.next().is_some();
            match (head.as_str(), number, extra) {
                ("help", None, false) => return Ok(PollCommand::Usage),
                ("close", None, false) => return Ok(PollCommand::Close(None)),
                ("close", Some(Ok(n)), false) => return Ok(PollCommand::Close(Some(n))),
                ("export", None, false) => return Ok(PollCommand::Export(None)),
                ("export", Some(Ok(n)), false) => return Ok(PollCommand::Export(Some(n))),
                _ => {}
            }
        }
        parse_create(args).map(PollCommand::Create)
    }
}

fn parse_create(args: &str) -> Result<PollDraft> {
    let mut parts = args.split('|').map(str::trim);
    let head = parts.next().unwrap_or_default();
    let (kind, question) = kind_and_question(head)?;
    let mut rules = PollRules {
        kind,
        ..PollRules::default()
    };
    let mut labels: Vec<&str> = vec![];
    let mut results_chosen = false;
    for part in parts.filter(|p| !p.is_empty()) {
        if !crate::domain::poll::rule_words::rule(&mut rules, part)? {
            labels.push(part);
            continue;
        }
        let lower = part.to_lowercase();
        results_chosen |= lower.starts_with("results") || lower == "hidden";
    }
    // Live counts on an anonymous poll would show each vote as it lands,
    // and in a small group who cast it: unless asked otherwise, its
    // results wait for the close.
    if rules.anonymous && !results_chosen {
        rules.results = ResultsShown::AfterClose;
    }
    if question.chars().count() > MAX_QUESTION {
        return Err(PollCommandError::TooLong(MAX_QUESTION));
    }
    let question = question.to_string();
    if question.is_empty() {
        return Err(PollCommandError::NoQuestion);
    }
    let options = options(&rules.kind, &labels)?;
    Ok(PollDraft {
        question,
        options,
        rules,
    })
}

/// Checks the options against the kind: a proposal has none; the others
/// need 2–10, distinct; a budget's each end with a cost.
pub fn options(kind: &PollKind, labels: &[&str]) -> Result<Vec<PollOption>> {
    if let PollKind::Proposal { .. } = kind {
        return match labels {
            [] => Ok(vec![]),
            _ => Err(PollCommandError::ProposalOptions),
        };
    }
    if labels.len() < MIN_OPTIONS {
        return Err(PollCommandError::TooFewOptions);
    }
    if labels.len() > MAX_OPTIONS {
        return Err(PollCommandError::TooManyOptions);
    }
    let mut out: Vec<PollOption> = vec![];
    for label in labels {
        let (label, cost) = match kind {
            PollKind::Budget { .. } => match split_cost(label) {
                Some((l, c)) => (l, Some(c)),
                None => return Err(PollCommandError::NoCost(label.to_string())),
            },
            _ => (label.trim(), None),
        };
        if label.chars().count() > MAX_LABEL {
            return Err(PollCommandError::TooLong(MAX_LABEL));
        }
        let label = label.to_string();
        if out
            .iter()
            .any(|o| o.label.to_lowercase() == label.to_lowercase())
        {
            return Err(PollCommandError::Repeated(label));
        }
        out.push(PollOption { label, cost });
    }
    Ok(out)
}

/// `Street lighting £4,000` → ("Street lighting", 4000).
fn split_cost(label: &str) -> Option<(&str, u64)> {
    let label = label.trim();
    let (name, last) = label.rsplit_once(char::is_whitespace)?;
    let digits: String = last
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    let cost = digits.parse::<u64>().ok()?;
    let name = name.trim().trim_end_matches([':', '-', '—']).trim();
    (!name.is_empty()).then_some((name, cost))
}

fn kind_and_question(head: &str) -> Result<(PollKind, &str)> {
    let (first, rest) = head
        .split_once(char::is_whitespace)
        .map_or((head, ""), |(f, r)| (f, r.trim()));
    let number_then = |rest: &str| -> Result<(u64, String)> {
        let (n, q) = rest
            .split_once(char::is_whitespace)
            .map_or((rest, ""), |(n, q)| (n, q.trim()));
        let n = number(n).ok_or_else(|| PollCommandError::Number(n.to_string()))?;
        Ok((n, q.to_string()))
    };
    Ok(match first.to_lowercase().as_str() {
        "single" => (PollKind::Single, rest),
        "multiple" | "multi" => (PollKind::Multiple { max: None }, rest),
        "ranked" | "rank" => (
            PollKind::Ranked {
                method: RankMethod::Schulze,
            },
            rest,
        ),
        "score" | "scores" => (PollKind::Score, rest),
        "proposal" | "propose" => (PollKind::Proposal { agree_percent: 50 }, rest),
        "points" | "dots" => {
            let (points, _) = number_then(rest)?;
            if !(1..=1_000).contains(&points) {
                return Err(PollCommandError::Number(points.to_string()));
            }
            let q = rest
                .split_once(char::is_whitespace)
                .map_or("", |(_, q)| q.trim());
            (PollKind::Points { points }, q)
        }
        "budget" => {
            let (budget, _) = number_then(rest)?;
            if budget == 0 {
                return Err(PollCommandError::Number(budget.to_string()));
            }
            let q = rest
                .split_once(char::is_whitespace)
                .map_or("", |(_, q)| q.trim());
            (
                PollKind::Budget {
                    budget,
                    min_spent_percent: 0,
                    min_projects: 0,
                },
                q,
            )
        }
        _ => (PollKind::Single, head),
    })
}

/// `4,000`, `£4000`, `4000€` → 4000.
fn number(text: &str) -> Option<u64> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | '£' | '$' | '€' | '₴' | 'z' | 'ł'))
        .collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::poll::proposal::Quorum;
    use proptest::prelude::*;

    fn create(s: &str) -> PollDraft {
        match PollCommand::parse(Some(s)) {
            Ok(PollCommand::Create(d)) => d,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn an_overlong_question_or_option_is_refused_never_cut() {
        let long = "x".repeat(MAX_QUESTION + 1);
        assert_eq!(
            PollCommand::parse(Some(&format!("{long} | a | b"))),
            Err(PollCommandError::TooLong(MAX_QUESTION))
        );
        let label = "y".repeat(MAX_LABEL + 1);
        assert_eq!(
            PollCommand::parse(Some(&format!("Which? | {label} | b"))),
            Err(PollCommandError::TooLong(MAX_LABEL))
        );
        let just = "z".repeat(MAX_LABEL);
        assert_eq!(
            create(&format!("Which? | {just} | b")).options[0].label,
            just
        );
    }

    #[test]
    fn a_quick_poll_is_single_choice_with_the_usual_rules() {
        let d = create("What should we focus on? | Street lighting | Youth club | Bins");
        assert_eq!(d.question, "What should we focus on?");
        assert_eq!(d.options.len(), 3);
        assert_eq!(d.options[1].label, "Youth club");
        assert_eq!(d.rules, PollRules::default());
    }

    #[test]
    fn kinds_and_rules_follow_the_question() {
        let d = create(
            "ranked What first? | A | B | C | anonymous | results after close | deadline 3d | quorum 50% | runoff",
        );
        assert_eq!(
            d.rules.kind,
            PollKind::Ranked {
                method: RankMethod::Runoff
            }
        );
        assert!(d.rules.anonymous);
        assert_eq!(d.rules.results, ResultsShown::AfterClose);
        assert_eq!(d.rules.deadline_minutes, Some(3 * 24 * 60));
        assert_eq!(d.rules.quorum, Quorum::Percent(50));
        let d = create("multiple Which evenings? | Mon | Tue | Wed | max 2 | quorum 12");
        assert_eq!(d.rules.kind, PollKind::Multiple { max: Some(2) });
        assert_eq!(d.rules.quorum, Quorum::People(12));
        let d = create("Keep Thursdays? | Yes | No | anonymous");
        assert_eq!(
            d.rules.results,
            ResultsShown::AfterClose,
            "anonymous waits for the close"
        );
        let d = create("Keep Thursdays? | Yes | No | anonymous | results live");
        assert_eq!(d.rules.results, ResultsShown::Live, "unless asked");
        let d = create("proposal We hire the hall for winter | agree 75% | deadline none");
        assert_eq!(d.rules.kind, PollKind::Proposal { agree_percent: 75 });
        assert_eq!(d.rules.deadline_minutes, None);
        assert!(d.options.is_empty());
        let d = create("dots 10 Spread ten points | A | B");
        assert_eq!(d.rules.kind, PollKind::Points { points: 10 });
        assert_eq!(d.question, "Spread ten points");
    }

    #[test]
    fn a_budget_reads_costs_from_its_options() {
        let d = create(
            "budget £10,000 Community chest | Lighting £6,000 | Youth club: 3000 | Bins 2,500 | spend at least 70% | at least 2 projects",
        );
        assert_eq!(
            d.rules.kind,
            PollKind::Budget {
                budget: 10_000,
                min_spent_percent: 70,
                min_projects: 2
            }
        );
        assert_eq!(d.options[0].label, "Lighting");
        assert_eq!(d.options[0].cost, Some(6_000));
        assert_eq!(d.options[1].label, "Youth club");
        assert_eq!(d.options[2].cost, Some(2_500));
        assert_eq!(
            PollCommand::parse(Some("budget 100 X | A 10 | B")),
            Err(PollCommandError::NoCost("B".into()))
        );
    }

    #[test]
    fn mistakes_are_named() {
        let e = |s: &str| PollCommand::parse(Some(s)).unwrap_err();
        assert_eq!(e("Only one? | A"), PollCommandError::TooFewOptions);
        assert_eq!(e("| A | B"), PollCommandError::NoQuestion);
        assert_eq!(e("Q | A | a"), PollCommandError::Repeated("a".into()));
        assert_eq!(e("proposal Q | A | B"), PollCommandError::ProposalOptions);
        assert_eq!(
            e("Q | A | B | deadline 2 minutes"),
            PollCommandError::Deadline("2 minutes".into())
        );
        assert_eq!(
            e("Q | A | B | quorum 150%"),
            PollCommandError::Share("150%".into())
        );
        assert_eq!(
            e("Q | A | B | agree 60%"),
            PollCommandError::NotForKind("agree 60%".into())
        );
        let many = format!(
            "Q | {}",
            (0..11)
                .map(|i| format!("o{i}"))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        assert_eq!(e(&many), PollCommandError::TooManyOptions);
    }

    #[test]
    fn subcommands_and_the_guided_start() {
        assert_eq!(PollCommand::parse(None), Ok(PollCommand::Guided));
        assert_eq!(
            PollCommand::parse(Some("close")),
            Ok(PollCommand::Close(None))
        );
        assert_eq!(
            PollCommand::parse(Some("close #12")),
            Ok(PollCommand::Close(Some(12)))
        );
        assert_eq!(
            PollCommand::parse(Some("export 3")),
            Ok(PollCommand::Export(Some(3)))
        );
        // Without a bar, other text is a question that lacks options.
        assert_eq!(
            PollCommand::parse(Some("close the hall?")),
            Err(PollCommandError::TooFewOptions)
        );
    }

    proptest! {
        #[test]
        fn any_text_is_read_safely(text in "\\PC{0,120}") {
            let _ = PollCommand::parse(Some(&text));
        }
    }
}
