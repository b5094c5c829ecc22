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
#[path = "command_tests.rs"]
mod tests;
