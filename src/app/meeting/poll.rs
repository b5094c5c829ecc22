//! Finding a time: the organiser drafts (or types) the times, members
//! answer each one, Kettle nudges those who have not, and at the deadline
//! the organiser confirms, or Kettle picks the best and says why.

use super::{confirm, text, CONFIRM_WITHIN};
use crate::app::checkin::EDIT_DEBOUNCE;
use crate::app::turn::{choice_for, ButtonSpec};
use crate::app::{AppError, Turn};
use crate::domain::meet_command::DEFAULT_DEADLINE;
use crate::domain::time_poll::{self, Availability, PickReason, MAX_OPTIONS};
use crate::domain::when::{self, LocalMoment, WhenError};
use crate::domain::{Action, ChatAddress, Choice, Language, Role};
use crate::jobs::Job;
use crate::store::{
    CommunityRecord, MeetingSettings, NewTimePoll, OptionRecord, PersonRecord, PollStatus,
    TimePollRecord,
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
        draft_message(turn, community, &poll, organiser, lang, &settings).await?;
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
        WhenError::NotUnderstood(i) => ("meet-error-when", i),
        WhenError::NoSuchDate(i) => ("meet-error-no-date", i),
        WhenError::Past(i) => ("meet-error-past", i),
        WhenError::TooFar(i) => ("meet-error-too-far", i),
        WhenError::Skipped(i) => ("meet-error-skipped", i),
        WhenError::Twice(i) => ("meet-error-twice", i),
    };
    turn.t(lang, key, &[("input", input.into())])
}

/// The organiser's choice of suggested times: a button per time to keep
/// or drop it, and one to open the poll. Only the organiser may press them.
async fn draft_message(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
    organiser: &PersonRecord,
    lang: Language,
    settings: &MeetingSettings,
) -> Result<(), AppError> {
    let options = turn.tx.poll_options(poll.id).await?;
    let body = turn.t(
        lang,
        "meet-draft",
        &[
            ("name", organiser.display_name.as_str().into()),
            ("title", poll.title.as_str().into()),
            ("hours", text::hours(turn, lang, &settings.hours).into()),
        ],
    );
    let buttons = draft_buttons(turn, community, poll, organiser, lang, &options);
    turn.send(&community.chat(), body, buttons).await?;
    Ok(())
}

fn draft_buttons(
    turn: &Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
    organiser: &PersonRecord,
    lang: Language,
    options: &[OptionRecord],
) -> Vec<ButtonSpec> {
    let mut buttons: Vec<ButtonSpec> = options
        .iter()
        .map(|o| {
            let mark = if o.picked { "☑️" } else { "▫️" };
            ButtonSpec::for_person(
                format!("{mark} {}", text::when(turn, lang, o.local)),
                Action::MeetPick { option_id: o.id },
                community.id,
                organiser.id,
            )
        })
        .collect();
    buttons.push(ButtonSpec::for_person(
        turn.t(lang, "meet-draft-open", &[]),
        Action::MeetOpen { poll_id: poll.id },
        community.id,
        organiser.id,
    ));
    buttons
}

/// The organiser keeps or drops a suggestion: their draft is redrawn.
pub async fn toggle(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    organiser: &PersonRecord,
    option_id: i64,
    message_id: Option<i64>,
) -> Result<Option<String>, AppError> {
    let lang = turn.language_of(organiser, community.language);
    let Some(poll) = poll_of_option(turn, option_id).await? else {
        return Ok(Some(turn.t(lang, "button-stale", &[])));
    };
    if poll.status != PollStatus::Draft {
        return Ok(Some(turn.t(lang, "meet-poll-not-draft", &[])));
    }
    turn.tx.toggle_option(option_id).await?;
    let options = turn.tx.poll_options(poll.id).await?;
    if let Some(message_id) = message_id {
        let buttons = draft_buttons(turn, community, &poll, organiser, lang, &options);
        let settings = turn.tx.meeting_settings(community.id).await?;
        let body = turn.t(
            lang,
            "meet-draft",
            &[
                ("name", organiser.display_name.as_str().into()),
                ("title", poll.title.as_str().into()),
                ("hours", text::hours(turn, lang, &settings.hours).into()),
            ],
        );
        turn.edit_with_buttons(&community.chat(), message_id, body, buttons)
            .await?;
    }
    Ok(None)
}

async fn poll_of_option(
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
    let body = text::poll_message(turn, lang, &poll, &options, &[], 0, members);
    let buttons = answer_buttons(turn, community, &poll, &options, lang, None);
    let message = turn.send(&community.chat(), body, buttons).await?;
    turn.tx.set_poll_message(poll.id, message).await?;
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
fn answer_buttons(
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
    if turn.tx.membership(community.id, person.id).await?.is_none() {
        return Ok(turn.t(lang, "meet-not-member", &[]));
    }
    turn.tx
        .answer_option(option_id, person.id, availability, turn.now)
        .await?;
    refresh(turn, community, &poll).await?;
    let options = turn.tx.poll_options(poll.id).await?;
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

/// Redraws the group message (a debounced edit).
async fn refresh(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
) -> Result<(), AppError> {
    let Some(message_id) = poll.message_id else {
        return Ok(());
    };
    let lang = community.language;
    let options = turn.tx.poll_options(poll.id).await?;
    let tallies = turn.tx.poll_tallies(poll.id).await?;
    let answered = turn.tx.poll_answerers(poll.id).await?.len();
    let known = turn.tx.count_members(community.id).await?;
    let members = community.headcount(known, answered);
    let body = text::poll_message(turn, lang, poll, &options, &tallies, answered, members);
    let choices = if poll.status == PollStatus::Open {
        poll_choices(turn, lang, message_id, &options).await?
    } else {
        vec![]
    };
    turn.edit_after(&community.chat(), message_id, body, choices, EDIT_DEBOUNCE)
        .await?;
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

/// The private view: every time in the member's own zone, with their
/// answers so far and their own buttons.
pub async fn show_mine(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    poll_id: i64,
) -> Result<(), AppError> {
    let default = turn.engine.settings.default_language;
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        let text = turn.t(turn.language_of(person, default), "button-stale", &[]);
        return turn.say(chat, text).await;
    };
    let Some(community) = turn.tx.community_by_id(poll.community_id).await? else {
        return Ok(());
    };
    let lang = turn.language_of(person, community.language);
    if turn.tx.membership(community.id, person.id).await?.is_none() {
        let text = turn.t(lang, "meet-not-member", &[]);
        return turn.say(chat, text).await;
    }
    if poll.status != PollStatus::Open {
        let text = turn.t(lang, "meet-poll-closed", &[]);
        return turn.say(chat, text).await;
    }
    let zone = person.time_zone.unwrap_or(community.time_zone);
    let options = turn.tx.poll_options(poll.id).await?;
    let mine = turn.tx.own_poll_answers(poll.id, person.id).await?;
    let mut lines = vec![turn.t(
        lang,
        "meet-mine-heading",
        &[
            ("title", poll.title.as_str().into()),
            ("zone", zone.name().into()),
        ],
    )];
    for (n, option) in options.iter().enumerate() {
        let answer = mine
            .iter()
            .find(|(id, _)| *id == option.id)
            .map(|(_, a)| format!(" — {}", text::availability(turn, lang, *a)))
            .unwrap_or_default();
        lines.push(format!(
            "{}. {}{answer}",
            n + 1,
            text::when_in(turn, lang, option.at, zone)
        ));
    }
    let buttons = answer_buttons(turn, &community, &poll, &options, lang, Some(person));
    turn.send(chat, lines.join("\n"), buttons).await?;
    Ok(())
}

/// Two thirds of the way to the deadline: a private nudge for each member
/// who has not answered, once, outside their quiet hours.
pub async fn nudge(turn: &mut Turn<'_>, poll_id: i64) -> Result<(), AppError> {
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(());
    };
    let (PollStatus::Open, Some(deadline)) = (poll.status, poll.deadline) else {
        return Ok(());
    };
    let settings = turn.tx.meeting_settings(poll.community_id).await?;
    let answered = turn.tx.poll_answerers(poll.id).await?;
    for member in turn.tx.members(poll.community_id).await? {
        if answered.contains(&member.id) || member.private_chat_id.is_none() {
            continue;
        }
        // Quiet in the community's zone and in the member's own.
        let mut at = settings.quiet.next_allowed(turn.now, poll.time_zone.tz());
        if let Some(own) = member.time_zone {
            at = settings.quiet.next_allowed(at, own.tz());
        }
        if at >= deadline {
            continue;
        }
        let key = format!("meet-nudge:{}:{}", poll.id, member.id);
        Job::MeetNudgePerson {
            poll_id: poll.id,
            person_id: member.id,
        }
        .schedule(&mut turn.tx, &key, at)
        .await?;
    }
    Ok(())
}

pub async fn nudge_person(
    turn: &mut Turn<'_>,
    poll_id: i64,
    person_id: i64,
) -> Result<(), AppError> {
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(());
    };
    if poll.status != PollStatus::Open
        || turn.tx.poll_answerers(poll.id).await?.contains(&person_id)
    {
        return Ok(());
    }
    let Some(community) = turn.tx.community_by_id(poll.community_id).await? else {
        return Ok(());
    };
    let Some(person) = turn
        .tx
        .members(community.id)
        .await?
        .into_iter()
        .find(|p| p.id == person_id)
    else {
        return Ok(()); // left since
    };
    let Some(chat) = community.private_chat_of(&person) else {
        return Ok(());
    };
    let lang = turn.language_of(&person, community.language);
    let deadline = poll
        .deadline
        .map(|d| {
            text::when_in(
                turn,
                lang,
                d,
                person.time_zone.unwrap_or(community.time_zone),
            )
        })
        .unwrap_or_default();
    let body = turn.t(
        lang,
        "meet-nudge",
        &[
            ("title", poll.title.as_str().into()),
            ("group", community.title.as_str().into()),
            ("deadline", deadline.into()),
        ],
    );
    turn.say(&chat, body).await?;
    show_mine(turn, &person, &chat, poll.id).await
}

/// The deadline: answers stop, the result is posted, and the organiser
/// and coordinators are asked to confirm a time. Kettle picks if nobody
/// has by [`CONFIRM_WITHIN`].
pub async fn close(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll_id: i64,
) -> Result<(), AppError> {
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(());
    };
    if poll.status != PollStatus::Open {
        return Ok(());
    }
    turn.tx
        .set_poll_status(poll.id, PollStatus::Closed, None)
        .await?;
    let poll = TimePollRecord {
        status: PollStatus::Closed,
        ..poll
    };
    refresh(turn, community, &poll).await?;
    let lang = community.language;
    let options = turn.tx.poll_options(poll.id).await?;
    let tallies = turn.tx.poll_tallies(poll.id).await?;
    let scored = scored(&options, &tallies);
    let Some(best) = time_poll::pick(&scored) else {
        turn.tx
            .set_poll_status(poll.id, PollStatus::Dropped, None)
            .await?;
        let body = turn.t(
            lang,
            "meet-none-suits",
            &[("title", poll.title.as_str().into())],
        );
        return turn.say(&community.chat(), body).await;
    };
    let organiser = match poll.organiser_id {
        Some(_) => organiser_name(turn, community, &poll).await?,
        None => String::new(),
    };
    let by = turn.now + CONFIRM_WITHIN;
    let body = turn.t(
        lang,
        "meet-confirm-ask",
        &[
            ("title", poll.title.as_str().into()),
            (
                "best",
                text::when(turn, lang, options[best.index].local).into(),
            ),
            ("organiser", organiser.into()),
            ("by", text::when_in(turn, lang, by, poll.time_zone).into()),
        ],
    );
    let buttons = options
        .iter()
        .zip(&scored)
        .enumerate()
        .filter(|(_, (_, (_, t)))| t.points() > 0)
        .map(|(n, (o, _))| {
            ButtonSpec::for_community(
                turn.t(
                    lang,
                    "meet-confirm-button",
                    &[
                        ("n", ((n + 1) as i64).into()),
                        ("when", text::when(turn, lang, o.local).into()),
                    ],
                ),
                Action::MeetConfirm {
                    poll_id: poll.id,
                    option_id: o.id,
                },
                community.id,
            )
        })
        .collect();
    turn.send(&community.chat(), body, buttons).await?;
    Job::MeetAutoPick { poll_id: poll.id }
        .schedule(&mut turn.tx, &format!("meet-autopick:{}", poll.id), by)
        .await?;
    Ok(())
}

fn scored(
    options: &[OptionRecord],
    tallies: &[(i64, time_poll::OptionTally)],
) -> Vec<(chrono::DateTime<chrono::Utc>, time_poll::OptionTally)> {
    options
        .iter()
        .map(|o| {
            let t = tallies
                .iter()
                .find(|(id, _)| *id == o.id)
                .map(|(_, t)| *t)
                .unwrap_or_default();
            (o.at, t)
        })
        .collect()
}

async fn organiser_name(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
) -> Result<String, AppError> {
    Ok(turn
        .tx
        .members(community.id)
        .await?
        .into_iter()
        .find(|p| Some(p.id) == poll.organiser_id)
        .map(|p| p.display_name)
        .unwrap_or_default())
}

/// The organiser or a coordinator confirms a time.
pub async fn confirm_pressed(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    poll_id: i64,
    option_id: i64,
) -> Result<String, AppError> {
    let lang = turn.language_of(person, community.language);
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(turn.t(lang, "button-stale", &[]));
    };
    let role = turn.tx.membership(community.id, person.id).await?;
    if poll.organiser_id != Some(person.id) && role != Some(Role::Coordinator) {
        return Ok(turn.t(lang, "meet-confirm-not-yours", &[]));
    }
    if poll.status != PollStatus::Closed {
        return Ok(turn.t(lang, "meet-already-decided", &[]));
    }
    let options = turn.tx.poll_options(poll.id).await?;
    let Some(option) = options.into_iter().find(|o| o.id == option_id) else {
        return Ok(turn.t(lang, "button-stale", &[]));
    };
    let reason = turn.t(
        lang,
        "meet-reason-confirmed",
        &[("name", person.display_name.as_str().into())],
    );
    confirm(turn, community, &poll, &option, reason).await?;
    Ok(turn.t(lang, "meet-confirmed-notice", &[]))
}

/// Nobody confirmed in time: Kettle picks the best time and says why.
pub async fn auto_pick(turn: &mut Turn<'_>, poll_id: i64) -> Result<(), AppError> {
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(());
    };
    if poll.status != PollStatus::Closed {
        return Ok(());
    }
    let Some(community) = turn.tx.community_by_id(poll.community_id).await? else {
        return Ok(());
    };
    let lang = community.language;
    let options = turn.tx.poll_options(poll.id).await?;
    let tallies = turn.tx.poll_tallies(poll.id).await?;
    let scored = scored(&options, &tallies);
    let Some(best) = time_poll::pick(&scored) else {
        return Ok(());
    };
    let t = scored[best.index].1;
    let args = [
        ("yes", i64::from(t.yes).into()),
        ("maybe", i64::from(t.if_need_be).into()),
    ];
    let reason = match best.reason {
        PickReason::MostYes => turn.t(lang, "meet-reason-most-yes", &args),
        PickReason::TieEarliest { tied } => {
            let mut args = args.to_vec();
            args.push(("tied", (tied as i64).into()));
            turn.t(lang, "meet-reason-tie", &args)
        }
    };
    confirm(turn, &community, &poll, &options[best.index], reason).await
}

/// `/meet close`: the deadline, now.
pub async fn close_now(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
) -> Result<Option<String>, AppError> {
    let Some(poll) = turn.tx.active_time_poll(community.id).await? else {
        return Ok(Some(turn.t(lang, "meet-none-running", &[])));
    };
    if poll.organiser_id != Some(person.id) && role != Role::Coordinator {
        return Ok(Some(turn.t(lang, "meet-organiser-only", &[])));
    }
    match poll.status {
        PollStatus::Draft => {
            turn.tx
                .set_poll_status(poll.id, PollStatus::Dropped, None)
                .await?;
            Ok(Some(turn.t(lang, "meet-draft-dropped", &[])))
        }
        PollStatus::Open => {
            close(turn, community, poll.id).await?;
            Ok(None)
        }
        _ => Ok(Some(turn.t(lang, "meet-already-closed", &[]))),
    }
}
