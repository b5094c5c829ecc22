//! Finding a time: the poll is started (with typed times, or drafted from
//! suggestions), posted with a row of yes / if need be / no per time, and
//! redrawn as members answer.

use super::text;
use crate::app::timed::Job;
use crate::app::turn::{choice_for, ButtonSpec};
use crate::app::Action;
use crate::app::{AppError, Shown, Turn};
use crate::domain::meeting::command::DEFAULT_DEADLINE;
use crate::domain::meeting::time_poll::{Availability, OptionTally, MAX_OPTIONS};
use crate::domain::time::when::{self, LocalMoment, WhenError};
use crate::domain::{Choice, Language};
use crate::store::{
    CommunityRecord, NewTimePoll, OptionRecord, PersonRecord, PollStatus, TimePollRecord,
};
use chrono::Duration;

/// How many days ahead Kettle looks for times to suggest.
const SUGGEST_DAYS: i64 = 10;

/// `/meet <title> [| time | time …]`.
pub async fn start(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    organiser: &PersonRecord,
    lang: Language,
    title: &str,
    typed: &[String],
    deadline: Option<Duration>,
) -> Result<Option<String>, AppError> {
    let settings = turn.tx.meeting_settings(community.id).await?;
    let tz = community.time_zone.tz();
    // Read every typed time first: one bad one and nothing is created.
    let mut moments: Vec<LocalMoment> = vec![];
    for input in typed {
        match when::parse(input, turn.now, tz) {
            Ok(m) => moments.push(m),
            Err(e) => return Ok(Some(when_error(turn, lang, e))),
        }
    }
    let new = NewTimePoll {
        community_id: community.id,
        title,
        organiser_id: organiser.id,
        draft: moments.is_empty(),
        time_zone: community.time_zone,
        minutes: settings.length.num_minutes() as i32,
        place: settings.place.as_deref(),
        answer_minutes: deadline.unwrap_or(DEFAULT_DEADLINE).num_minutes() as i32,
        now: turn.now,
    };
    let Some(poll) = turn.tx.create_time_poll(new).await? else {
        let running = turn.tx.active_time_poll(community.id).await?;
        let title = running.map(|p| p.title).unwrap_or_default();
        return Ok(Some(turn.t(
            lang,
            "meet-poll-running",
            &[("title", title.into())],
        )));
    };
    if moments.is_empty() {
        let suggested =
            settings
                .hours
                .suggest(turn.now, tz, settings.length, SUGGEST_DAYS, MAX_OPTIONS);
        for local in suggested {
            let m = LocalMoment::of(local, tz);
            turn.tx
                .add_poll_option(poll.id, m.local, m.at, false)
                .await?;
        }
        super::draft::draft_message(turn, community, &poll, organiser, lang).await?;
        return Ok(None);
    }
    for m in moments {
        turn.tx
            .add_poll_option(poll.id, m.local, m.at, true)
            .await?;
    }
    open(turn, community, poll.id).await?;
    Ok(None)
}

pub fn when_error(turn: &Turn<'_>, lang: Language, e: WhenError) -> String {
    let (key, input) = match e {
        WhenError::FarWithoutYear(input, local) => {
            let args = [
                ("input", input.into()),
                ("when", text::when(turn, lang, local).into()),
                ("example", local.format("%Y-%m-%d %H:%M").to_string().into()),
            ];
            return turn.t(lang, "meet-error-far-no-year", &args);
        }
        WhenError::NotUnderstood(i) => ("meet-error-when", i),
        WhenError::NoSuchDate(i) => ("meet-error-no-date", i),
        WhenError::Past(i) => ("meet-error-past", i),
        WhenError::TooFar(i) => ("meet-error-too-far", i),
        WhenError::Skipped(i) => ("meet-error-skipped", i),
        WhenError::Twice(i) => ("meet-error-twice", i),
    };
    turn.t(lang, key, &[("input", input.into())])
}

pub(super) async fn poll_of_option(
    turn: &mut Turn<'_>,
    option_id: i64,
) -> Result<Option<TimePollRecord>, AppError> {
    let Some(poll_id) = turn.tx.option_poll(option_id).await? else {
        return Ok(None);
    };
    Ok(turn.tx.lock_time_poll(poll_id).await?)
}

/// Opens a poll for answers: sets its deadline, posts it, and books the
/// nudge and the deadline.
pub async fn open(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll_id: i64,
) -> Result<Option<String>, AppError> {
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(None);
    };
    let lang = community.language;
    if poll.status != PollStatus::Draft && poll.status != PollStatus::Open {
        return Ok(Some(turn.t(lang, "meet-poll-not-draft", &[])));
    }
    if poll.status == PollStatus::Draft {
        let picked = turn.tx.poll_options(poll.id).await?;
        if !picked.iter().any(|o| o.picked) {
            return Ok(Some(turn.t(lang, "meet-draft-empty", &[])));
        }
    }
    let answer_for = Duration::minutes(i64::from(poll.answer_minutes));
    let deadline = turn.now + answer_for;
    turn.tx.open_time_poll(poll.id, deadline).await?;
    let poll = TimePollRecord {
        status: PollStatus::Open,
        deadline: Some(deadline),
        ..poll
    };
    let options = turn.tx.poll_options(poll.id).await?;
    let known = turn.tx.count_members(community.id).await?;
    let members = community.headcount(known, 0);
    let mut shown = Shown::default();
    for chat in turn.views(community).await? {
        let body = text::poll_message(turn, &chat, &poll, &options, &[], 0, members);
        let buttons = answer_buttons(turn, &chat, &poll, &options, chat.language, None);
        let message = turn.send(&chat.chat(), body, buttons).await?;
        shown.add(turn, message).await?;
    }
    if let Some(message) = shown.origin() {
        turn.tx.set_poll_message(poll.id, message).await?;
    }
    Job::MeetDeadline { poll_id: poll.id }
        .schedule(
            &mut turn.tx,
            &format!("meet-deadline:{}", poll.id),
            deadline,
        )
        .await?;
    let nudge_at = turn.now + answer_for * 2 / 3;
    Job::MeetNudge { poll_id: poll.id }
        .schedule(&mut turn.tx, &format!("meet-nudge:{}", poll.id), nudge_at)
        .await?;
    Ok(None)
}

/// A row of yes / if need be / no per time. For the group (`person`
/// `None`) the rows are numbered and a link opens the private view; in a
/// private view each row shows the time in the member's own zone.
pub(super) fn answer_buttons(
    turn: &Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
    options: &[OptionRecord],
    lang: Language,
    person: Option<&PersonRecord>,
) -> Vec<ButtonSpec> {
    let mut buttons = vec![];
    for (n, option) in options.iter().enumerate() {
        for a in Availability::ALL {
            let action = Action::MeetAnswer {
                option_id: option.id,
                availability: a,
            };
            let label = format!("{} {}", n + 1, text::icon(a));
            buttons.push(match person {
                None => ButtonSpec::for_community(label, action, community.id),
                Some(p) => ButtonSpec::for_person(label, action, community.id, p.id),
            });
        }
    }
    if person.is_none() {
        let mut mine = ButtonSpec::for_community(
            turn.t(lang, "meet-poll-mine", &[]),
            Action::MeetMine { poll_id: poll.id },
            community.id,
        );
        mine.opens_private = true;
        buttons.push(mine);
    }
    buttons
}

/// A member answers one time. Returns the notice for them.
pub async fn answer(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    option_id: i64,
    availability: Availability,
) -> Result<String, AppError> {
    let lang = turn.language_of(person, community.language);
    let Some(poll) = poll_of_option(turn, option_id).await? else {
        return Ok(turn.t(lang, "button-stale", &[]));
    };
    if poll.status != PollStatus::Open {
        return Ok(turn.t(lang, "meet-poll-closed", &[]));
    }
    if turn.member_role(community, person).await?.is_none() {
        return Ok(turn.t(lang, "meet-not-member", &[]));
    }
    turn.tx
        .answer_option(option_id, person.id, availability, turn.now)
        .await?;
    let options = turn.tx.poll_options(poll.id).await?;
    let tallies = turn.tx.poll_tallies(poll.id).await?;
    refresh(turn, community, &poll, &options, &tallies).await?;
    let local = options
        .iter()
        .find(|o| o.id == option_id)
        .map(|o| o.at)
        .unwrap_or(turn.now);
    let zone = person.time_zone.unwrap_or(community.time_zone);
    Ok(turn.t(
        lang,
        "meet-answer-noted",
        &[
            ("when", text::when_in(turn, lang, local, zone).into()),
            (
                "answer",
                text::availability(turn, lang, availability).into(),
            ),
        ],
    ))
}

/// Redraws the group message (a debounced edit) from the poll's times
/// and their tallies as they stand.
pub(super) async fn refresh(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
    options: &[OptionRecord],
    tallies: &[(i64, OptionTally)],
) -> Result<(), AppError> {
    let Some(message_id) = poll.message_id else {
        return Ok(());
    };
    let answered = turn.tx.poll_answerers(poll.id).await?.len();
    let known = turn.tx.count_members(community.id).await?;
    let members = community.headcount(known, answered);
    for (chat, message_id) in turn.shown_in(community, message_id).await? {
        let body = text::poll_message(turn, &chat, poll, options, tallies, answered, members);
        let choices = if poll.status == PollStatus::Open {
            poll_choices(turn, chat.language, message_id, options).await?
        } else {
            vec![]
        };
        turn.edit_live(&chat.chat(), message_id, body, choices)
            .await?;
    }
    Ok(())
}

/// The group message's buttons again, in their rows, relabelled.
async fn poll_choices(
    turn: &mut Turn<'_>,
    lang: Language,
    message_id: i64,
    options: &[OptionRecord],
) -> Result<Vec<Choice>, AppError> {
    let position = |id: i64| options.iter().position(|o| o.id == id);
    let mut buttons: Vec<(usize, String, Choice)> = vec![];
    for (token, action) in turn.tx.buttons_on(message_id).await? {
        match action {
            Action::MeetAnswer {
                option_id,
                availability,
            } => {
                let Some(n) = position(option_id) else {
                    continue;
                };
                let rank = n * 3
                    + Availability::ALL
                        .iter()
                        .position(|a| *a == availability)
                        .unwrap_or(0);
                let label = format!("{} {}", n + 1, text::icon(availability));
                buttons.push((rank, token.clone(), choice_for(label, token, false)));
            }
            Action::MeetMine { .. } => {
                let label = turn.t(lang, "meet-poll-mine", &[]);
                buttons.push((usize::MAX, token.clone(), choice_for(label, token, true)));
            }
            _ => {}
        }
    }
    buttons.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    Ok(buttons.into_iter().map(|(_, _, c)| c).collect())
}
