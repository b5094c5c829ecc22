//! After the vote: the outcome a coordinator records, the list of
//! decisions, the reminder when a decision is due for review, and the
//! results as a CSV file.

use super::{close, post, text};
use crate::app::meeting::text::when_in;
use crate::app::timed::Job;
use crate::app::{AppError, Turn};
use crate::domain::poll::outcome_command::OutcomeCommand;
use crate::domain::poll::result::Headline;
use crate::domain::poll::{Ballot, PollResult, ResultDetail};
use crate::domain::time::when;
use crate::domain::{FileAttachment, Language, Role};
use crate::store::{CommunityRecord, PersonRecord, PollRecord, PollState};
use chrono::{Duration, NaiveDate, NaiveTime};

/// Review reminders arrive at this local time.
const REVIEW_AT: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// `/outcome [#N] text [| review …]` (coordinators).
pub async fn record(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
    args: Option<&str>,
) -> Result<String, AppError> {
    if role != Role::Coordinator {
        return Ok(turn.t(lang, "outcome-coordinators-only", &[]));
    }
    let Some(command) = OutcomeCommand::parse(args) else {
        return Ok(turn.t(lang, "outcome-usage", &[]));
    };
    let poll = match close::which(turn, community, lang, command.number, true).await? {
        Ok(poll) => poll,
        Err(refusal) => return Ok(refusal),
    };
    if poll.state != PollState::Closed {
        return Ok(turn.t(lang, "outcome-still-open", &[("id", poll.id.into())]));
    }
    let review = match &command.review {
        None => None,
        Some(input) => match review_date(input, turn, community) {
            Some(date) => Some(date),
            None => {
                return Ok(turn.t(
                    lang,
                    "outcome-review-bad",
                    &[("input", input.as_str().into())],
                ))
            }
        },
    };
    turn.tx
        .set_poll_outcome(poll.id, &command.text, person.id, turn.now, review)
        .await?;
    let mut reply = turn.t(
        lang,
        "outcome-recorded",
        &[
            ("id", poll.id.into()),
            ("question", poll.question.as_str().into()),
            ("outcome", command.text.as_str().into()),
        ],
    );
    if let Some(date) = review {
        let local = date.and_time(REVIEW_AT);
        let tz = community.time_zone.tz();
        if let Some(at) = local.and_local_timezone(tz).earliest() {
            let key = format!("poll-review:{}:{date}", poll.id);
            Job::PollReview {
                poll_id: poll.id,
                date,
            }
            .schedule(&mut turn.tx, &key, at.with_timezone(&chrono::Utc))
            .await?;
        }
        let when = crate::app::meeting::text::when(turn, lang, local);
        reply = format!(
            "{reply}\n{}",
            turn.t(lang, "outcome-review-set", &[("when", when.into())])
        );
    }
    Ok(reply)
}

/// `2027-03-01`, `1 March`, `3 months`, `6 weeks`: a date from today.
fn review_date(input: &str, turn: &Turn<'_>, community: &CommunityRecord) -> Option<NaiveDate> {
    let tz = community.time_zone.tz();
    let today = turn.now.with_timezone(&tz).date_naive();
    let input = input.trim().trim_start_matches("in ").trim();
    if let Ok(date) = NaiveDate::parse_from_str(input, "%Y-%m-%d") {
        return (date > today).then_some(date);
    }
    if let Ok(span) = humantime::parse_duration(input) {
        let days = i64::try_from(span.as_secs() / 86_400).ok()?;
        return (1..=3 * 366)
            .contains(&days)
            .then(|| today + Duration::days(days));
    }
    let moment = when::parse(&format!("{input} 09:00"), turn.now, tz).ok()?;
    Some(moment.local.date())
}

/// A decision due for review: coordinators are reminded privately (or,
/// if none has a private chat with Kettle, in the group).
pub async fn review(turn: &mut Turn<'_>, poll_id: i64, date: NaiveDate) -> Result<(), AppError> {
    let Some(poll) = turn.tx.poll(poll_id).await? else {
        return Ok(());
    };
    if poll.review_on != Some(date) {
        return Ok(()); // the review date changed since
    }
    let community = turn.tx.community_by_id(poll.community_id).await?;
    let Some(community) = community.filter(|c| c.active) else {
        return Ok(());
    };
    let coordinators = turn
        .tx
        .members_with_role(community.id, Role::Coordinator)
        .await?;
    let args = |turn: &Turn<'_>, lang| {
        turn.t(
            lang,
            "poll-review-due",
            &[
                ("id", poll.id.into()),
                ("question", poll.question.as_str().into()),
                ("outcome", poll.outcome.clone().unwrap_or_default().into()),
                ("group", community.title.as_str().into()),
            ],
        )
    };
    let mut told = 0;
    for coordinator in &coordinators {
        if let Some(chat) = community.private_chat_of(coordinator) {
            let lang = turn.language_of(coordinator, community.language);
            let body = args(turn, lang);
            turn.say(&chat, body).await?;
            told += 1;
        }
    }
    if told == 0 {
        let body = args(turn, community.language);
        turn.say(&community.chat(), body).await?;
    }
    Ok(())
}

/// One line for a poll's result: the winner, or how a proposal ended.
fn headline(turn: &Turn<'_>, lang: Language, poll: &PollRecord, result: &PollResult) -> String {
    text::headline(turn, lang, &Headline::of(&poll.options, result))
}

/// `/decisions`: open polls, then closed ones with their outcomes.
pub async fn decisions(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
) -> Result<String, AppError> {
    let mut lines = vec![turn.t(
        lang,
        "decisions-heading",
        &[("group", community.title.as_str().into())],
    )];
    for poll in turn.tx.polls_of(community.id, true, 10).await? {
        let voted = turn.tx.count_voters(poll.id).await?;
        lines.push(turn.t(
            lang,
            "decisions-open",
            &[
                ("id", poll.id.into()),
                ("question", poll.question.as_str().into()),
                ("voted", voted.into()),
            ],
        ));
    }
    for poll in turn.tx.polls_of(community.id, false, 10).await? {
        let result = post::standing(turn, community, &poll).await?;
        let closed = poll
            .closed_at
            .map(|at| when_in(turn, lang, at, community.time_zone))
            .unwrap_or_default();
        lines.push(turn.t(
            lang,
            "decisions-closed",
            &[
                ("id", poll.id.into()),
                ("question", poll.question.as_str().into()),
                ("result", headline(turn, lang, &poll, &result).into()),
                ("closed", closed.into()),
            ],
        ));
        if !result.quorum_met {
            lines.push(format!(
                "   {}",
                turn.t(lang, "decisions-quorum-missed", &[])
            ));
        }
        lines.push(format!(
            "   {}",
            match &poll.outcome {
                Some(o) => turn.t(lang, "decisions-outcome", &[("outcome", o.as_str().into())]),
                None => turn.t(lang, "decisions-no-outcome", &[("id", poll.id.into())]),
            }
        ));
        if let Some(date) = poll.review_on {
            let when = crate::app::meeting::text::when(turn, lang, date.and_time(REVIEW_AT));
            lines.push(format!(
                "   {}",
                turn.t(lang, "decisions-review", &[("when", when.into())])
            ));
        }
    }
    if lines.len() == 1 {
        lines.push(turn.t(lang, "decisions-none", &[]));
    }
    Ok(lines.join("\n"))
}

/// `/poll export [N]` (coordinators): the result and every ballot, without
/// names or times, as a CSV file in the coordinator's private chat.
pub async fn export(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
    number: Option<i64>,
) -> Result<String, AppError> {
    if role != Role::Coordinator {
        return Ok(turn.t(lang, "export-coordinators-only", &[]));
    }
    let Some(chat) = community.private_chat_of(person) else {
        let key = match turn.by_number(&community.chat()) {
            true => "export-start-private-by-number",
            false => "export-start-private",
        };
        return Ok(turn.t(lang, key, &[]));
    };
    let poll = match close::which(turn, community, lang, number, true).await? {
        Ok(poll) => poll,
        Err(refusal) => return Ok(refusal),
    };
    if poll.state != PollState::Closed {
        return Ok(turn.t(lang, "outcome-still-open", &[("id", poll.id.into())]));
    }
    let result = post::standing(turn, community, &poll).await?;
    let ballots = turn.tx.poll_ballots(poll.id).await?;
    let bytes = csv_of(&poll, &result, &ballots)
        .map_err(|e| crate::store::StoreError::Corrupt(format!("csv: {e}")))?;
    let file = FileAttachment {
        name: format!("poll-{}.csv", poll.id),
        mime: "text/csv".into(),
        bytes,
    };
    let caption = turn.t(
        lang,
        "export-caption",
        &[
            ("id", poll.id.into()),
            ("question", poll.question.as_str().into()),
        ],
    );
    turn.send_file(&chat, caption, file).await?;
    Ok(turn.t(lang, "export-sent", &[]))
}

/// The CSV: one row per option with its figures, then one row per ballot.
fn csv_of(
    poll: &PollRecord,
    result: &PollResult,
    ballots: &[(Ballot, Option<String>)],
) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(vec![]);
    w.write_record(["poll", &poll.id.to_string(), &poll.question])?;
    w.write_record(["kind", poll.rules.kind.name()])?;
    w.write_record(["anonymous", &poll.rules.anonymous.to_string()])?;
    w.write_record(["voted", &result.voted.to_string()])?;
    w.write_record(["members", &result.members.to_string()])?;
    w.write_record(["quorum_needed", &result.quorum_needed.to_string()])?;
    w.write_record(["quorum_met", &result.quorum_met.to_string()])?;
    w.write_record([""; 0])?;
    w.write_record(["option", "label", "cost", "figure"])?;
    let figures: Vec<String> = match &result.detail {
        ResultDetail::Counts(c) | ResultDetail::Points(c) => c.iter().map(u64::to_string).collect(),
        ResultDetail::Budget { supporters, .. } => supporters.iter().map(u64::to_string).collect(),
        ResultDetail::Scores(s) => s.iter().map(|s| format!("{:.2}", s.mean)).collect(),
        ResultDetail::Schulze(s) => {
            let mut place = vec![String::new(); poll.options.len()];
            for (i, tier) in s.order.iter().enumerate() {
                for &o in tier {
                    place[o] = format!("place {}", i + 1);
                }
            }
            place
        }
        ResultDetail::Runoff(r) => (0..poll.options.len())
            .map(|o| match r.winner == Some(o) {
                true => "winner".to_string(),
                false => String::new(),
            })
            .collect(),
        ResultDetail::Proposal { stances, .. } => vec![format!(
            "agree {} abstain {} disagree {} block {}",
            stances.agree, stances.abstain, stances.disagree, stances.block
        )],
    };
    for (i, option) in poll.options.iter().enumerate() {
        let cost = option.cost.map(|c| c.to_string()).unwrap_or_default();
        let figure = figures.get(i).cloned().unwrap_or_default();
        w.write_record([(i + 1).to_string(), option.label.clone(), cost, figure])?;
    }
    if poll.options.is_empty() {
        w.write_record([
            "",
            "",
            "",
            figures.first().map(String::as_str).unwrap_or(""),
        ])?;
    }
    w.write_record([""; 0])?;
    w.write_record(["ballot", "reason"])?;
    for (ballot, reason) in ballots {
        let plain = match ballot {
            Ballot::Choose(c) | Ballot::Rank(c) => c
                .iter()
                .map(|&o| (usize::from(o) + 1).to_string())
                .collect::<Vec<_>>()
                .join(" "),
            Ballot::Score(s) => s
                .iter()
                .map(|&(o, v)| format!("{}={v}", usize::from(o) + 1))
                .collect::<Vec<_>>()
                .join(" "),
            Ballot::Spend(s) => s
                .iter()
                .map(|&(o, v)| format!("{}={v}", usize::from(o) + 1))
                .collect::<Vec<_>>()
                .join(" "),
            Ballot::Stance(s) => format!("{s:?}").to_lowercase(),
        };
        w.write_record([plain, reason.clone().unwrap_or_default()])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
