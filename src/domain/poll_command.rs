//! Reading `/poll …`. A poll fits on one line: the kind and the question,
//! then the options and the rules, each after a bar:
//!
//! `/poll ranked What first? | Lighting | Youth club | Bins | anonymous | deadline 3d`
//!
//! A part after a bar is a rule when it starts with a rule's word
//! (`anonymous`, `deadline`, `quorum` …) and an option otherwise.

use super::poll::{
    PollKind, PollOption, PollRules, RankMethod, ResultsShown, MAX_LABEL, MAX_OPTIONS,
    MAX_QUESTION, MIN_OPTIONS,
};
use super::proposal::Quorum;
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
    for part in parts.filter(|p| !p.is_empty()) {
        if !rule(&mut rules, part)? {
            labels.push(part);
        }
    }
    let question: String = question.chars().take(MAX_QUESTION).collect();
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
        let label: String = label.chars().take(MAX_LABEL).collect();
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

fn share(text: &str) -> Result<u8> {
    let n = text.trim().trim_end_matches('%').trim();
    match n.parse::<u8>() {
        Ok(p) if (1..=100).contains(&p) => Ok(p),
        _ => Err(PollCommandError::Share(text.trim().to_string())),
    }
}

/// Reads `part` as a rule into `rules`; `false` if it is not a rule.
fn rule(rules: &mut PollRules, part: &str) -> Result<bool> {
    let lower = part.to_lowercase();
    let (word, rest) = lower
        .split_once(char::is_whitespace)
        .map_or((lower.as_str(), ""), |(w, r)| (w, r.trim()));
    let not_for_kind = || Err(PollCommandError::NotForKind(part.to_string()));
    match (word, rest) {
        ("anonymous" | "secret", "") => rules.anonymous = true,
        ("runoff" | "irv", "") | ("instant", "runoff") => match &mut rules.kind {
            PollKind::Ranked { method } => *method = RankMethod::Runoff,
            _ => return not_for_kind(),
        },
        ("results", r) => {
            rules.results = match r {
                "live" | "always" | "shown" => ResultsShown::Live,
                "after vote" | "after voting" | "when voted" => ResultsShown::AfterVote,
                "after close" | "hidden" | "at close" => ResultsShown::AfterClose,
                _ => return Ok(false),
            }
        }
        ("hidden", "") => rules.results = ResultsShown::AfterClose,
        ("deadline" | "closes" | "for", r) if !r.is_empty() => {
            rules.deadline_minutes = match r {
                "none" | "never" | "off" => None,
                _ => {
                    let d = humantime::parse_duration(r)
                        .ok()
                        .and_then(|d| Duration::from_std(d).ok())
                        .filter(|d| (MIN_DEADLINE..=MAX_DEADLINE).contains(d))
                        .ok_or_else(|| PollCommandError::Deadline(r.to_string()))?;
                    Some(d.num_minutes())
                }
            }
        }
        ("quorum", r) if !r.is_empty() => {
            rules.quorum = if r == "none" || r == "off" {
                Quorum::None
            } else if r.ends_with('%') {
                Quorum::Percent(share(r)?)
            } else {
                match r.parse::<u64>() {
                    Ok(n) if n > 0 => Quorum::People(n),
                    _ => return Err(PollCommandError::Number(r.to_string())),
                }
            }
        }
        ("agree" | "pass", r) if !r.is_empty() => match &mut rules.kind {
            PollKind::Proposal { agree_percent } => *agree_percent = share(r)?,
            _ => return not_for_kind(),
        },
        ("max" | "choose", r) if r.trim_start_matches("up to ").parse::<u8>().is_ok() => {
            let n = r.trim_start_matches("up to ").parse::<u8>().unwrap_or(0);
            match &mut rules.kind {
                PollKind::Multiple { max } if n > 0 => *max = Some(n),
                PollKind::Multiple { .. } => {
                    return Err(PollCommandError::Number(r.to_string()));
                }
                _ => return not_for_kind(),
            }
        }
        ("spend", r) if r.starts_with("at least") => {
            let p = share(r.trim_start_matches("at least"))?;
            match &mut rules.kind {
                PollKind::Budget {
                    min_spent_percent, ..
                } => *min_spent_percent = p,
                _ => return not_for_kind(),
            }
        }
        ("at", r)
            if r.starts_with("least") && r.ends_with("project")
                || r.ends_with("projects") && r.starts_with("least") =>
        {
            let n = r
                .trim_start_matches("least")
                .trim_end_matches("projects")
                .trim_end_matches("project")
                .trim();
            let n = n
                .parse::<u8>()
                .map_err(|_| PollCommandError::Number(n.to_string()))?;
            match &mut rules.kind {
                PollKind::Budget { min_projects, .. } => *min_projects = n,
                _ => return not_for_kind(),
            }
        }
        ("nudge", "until quorum") => rules.nudge_until_quorum = true,
        _ => return Ok(false),
    }
    Ok(true)
}

/// `/outcome [#12] What was decided | review 3 months`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeCommand {
    pub number: Option<i64>,
    pub text: String,
    /// When to look at it again, as typed: a date or a span of time.
    pub review: Option<String>,
}

/// The longest outcome kept, in characters.
pub const MAX_OUTCOME: usize = 500;

impl OutcomeCommand {
    /// `None` when there is no text to record.
    pub fn parse(args: Option<&str>) -> Option<OutcomeCommand> {
        let args = args?.trim();
        let (number, rest) = match args.strip_prefix('#') {
            Some(after) => {
                let (n, rest) = after.split_once(char::is_whitespace)?;
                (Some(n.parse().ok()?), rest.trim())
            }
            None => (None, args),
        };
        let (text, review) = match rest.rsplit_once('|') {
            Some((text, tail)) => {
                let tail = tail.trim();
                let lower = tail.to_lowercase();
                match lower.strip_prefix("review") {
                    Some(_) => (
                        text.trim(),
                        Some(tail.get("review".len()..).unwrap_or("").trim().to_string()),
                    ),
                    None => (rest, None),
                }
            }
            None => (rest, None),
        };
        let text: String = text.chars().take(MAX_OUTCOME).collect();
        (!text.is_empty()).then_some(OutcomeCommand {
            number,
            text,
            review: review.filter(|r| !r.is_empty()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn create(s: &str) -> PollDraft {
        match PollCommand::parse(Some(s)) {
            Ok(PollCommand::Create(d)) => d,
            other => panic!("{s}: {other:?}"),
        }
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

    #[test]
    fn an_outcome_names_its_poll_and_review_if_it_likes() {
        let o = OutcomeCommand::parse(Some("#12 We fund the lights | review 3 months")).unwrap();
        assert_eq!(o.number, Some(12));
        assert_eq!(o.text, "We fund the lights");
        assert_eq!(o.review.as_deref(), Some("3 months"));
        let o = OutcomeCommand::parse(Some("Ask the council | about bins")).unwrap();
        assert_eq!(o.text, "Ask the council | about bins");
        assert_eq!(o.review, None);
        assert_eq!(OutcomeCommand::parse(Some("  ")), None);
        assert_eq!(OutcomeCommand::parse(None), None);
    }

    proptest! {
        #[test]
        fn any_outcome_text_is_read_safely(text in "\\PC{0,120}") {
            let _ = OutcomeCommand::parse(Some(&text));
        }

        #[test]
        fn any_text_is_read_safely(text in "\\PC{0,120}") {
            let _ = PollCommand::parse(Some(&text));
        }
    }
}
