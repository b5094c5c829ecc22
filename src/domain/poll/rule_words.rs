//! The rules after a poll's bars: `anonymous`, `results after vote`,
//! `deadline 3d`, `quorum 50%`, `agree 75%`, `max 2`, `runoff`,
//! `spend at least 80%`, `at least 2 projects`, `nudge until quorum`.

use crate::domain::poll::command::{PollCommandError, MAX_DEADLINE, MIN_DEADLINE};
use crate::domain::poll::proposal::Quorum;
use crate::domain::poll::{PollKind, PollRules, RankMethod, ResultsShown};
use chrono::Duration;

type Result<T> = std::result::Result<T, PollCommandError>;

fn share(text: &str) -> Result<u8> {
    let n = text.trim().trim_end_matches('%').trim();
    match n.parse::<u8>() {
        Ok(p) if (1..=100).contains(&p) => Ok(p),
        _ => Err(PollCommandError::Share(text.trim().to_string())),
    }
}

/// Reads `part` as a rule into `rules`; `false` if it is not a rule.
pub(super) fn rule(rules: &mut PollRules, part: &str) -> Result<bool> {
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
