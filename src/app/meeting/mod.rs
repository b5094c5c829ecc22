//! Meetings out of hours: `/meet` finds a time, the confirmed meeting gets
//! RSVPs, a calendar file and reminders, and can repeat, move or be
//! cancelled. `/meetings` lists what is coming, `/agenda` adds to it.
//! The rules live in the domain ([`crate::domain::meeting::time_poll`],
//! [`crate::domain::time::when`], [`crate::domain::meeting::repeat`] …); this is who may do
//! what, and what is said.

mod announce;
mod attendance;
mod changes;
mod decide;
mod draft;
pub(crate) mod mine;
mod poll;
pub(crate) mod text;

pub use announce::{read_ahead, remind, series_next};
pub use decide::{auto_pick, deadline};
pub use mine::{nudge, nudge_person};

use super::buttons::Press;
use super::{AppError, Turn};
use crate::app::Action;
use crate::domain::meeting::command::{MeetCommand, MeetCommandError, MAX_LENGTH, MIN_LENGTH};
use crate::domain::time::hours::HoursError;
use crate::domain::{ChatAddress, ChatKind, Language, Role};
use crate::store::{CommunityRecord, PersonRecord};
use announce::confirm;
use changes::Change;
use chrono::Duration;

/// How long the organiser has to confirm a time before Kettle picks.
pub const CONFIRM_WITHIN: Duration = Duration::hours(12);

/// `/meet …` in a group.
pub async fn in_group(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    member: &PersonRecord,
    role: Role,
    args: Option<&str>,
) -> Result<(), AppError> {
    let lang = turn.language_of(member, community.language);
    let chat = community.chat();
    let command = match MeetCommand::parse(args) {
        Ok(command) => command,
        Err(e) => {
            let text = parse_error(turn, lang, e);
            return turn.say(&chat, text).await;
        }
    };
    let reply = match Change::of(command) {
        Ok(change) => changes::change_next(turn, community, member, role, lang, change).await?,
        Err(other) => other_command(turn, community, member, role, lang, other).await?,
    };
    match reply {
        Some(text) => turn.say(&chat, text).await,
        None => Ok(()),
    }
}

/// Everything `/meet` does besides changing the next meeting.
async fn other_command(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    member: &PersonRecord,
    role: Role,
    lang: Language,
    command: MeetCommand,
) -> Result<Option<String>, AppError> {
    let coordinator = role == Role::Coordinator;
    Ok(match command {
        MeetCommand::Usage => Some(turn.t(lang, "meet-usage", &[])),
        MeetCommand::Start {
            title,
            options,
            deadline,
        } => poll::start(turn, community, member, lang, &title, &options, deadline).await?,
        MeetCommand::Close => decide::close_now(turn, community, member, role, lang).await?,
        MeetCommand::Attended => {
            attendance::attendance_list(turn, community, member, role, lang).await?
        }
        _ if !coordinator => Some(turn.t(lang, "meet-settings-coordinators-only", &[])),
        setting => Some(set(turn, community, lang, setting).await?),
    })
}

/// The longest agenda item Kettle keeps.
const MAX_AGENDA_ITEM: usize = 300;

fn parse_error(turn: &Turn<'_>, lang: Language, e: MeetCommandError) -> String {
    match e {
        MeetCommandError::NoTitle => turn.t(lang, "meet-usage", &[]),
        MeetCommandError::TooManyOptions => turn.t(
            lang,
            "meet-error-too-many",
            &[(
                "max",
                (crate::domain::meeting::time_poll::MAX_OPTIONS as i64).into(),
            )],
        ),
        MeetCommandError::Deadline(input) => {
            turn.t(lang, "meet-error-deadline", &[("input", input.into())])
        }
        MeetCommandError::Length(input) => turn.t(
            lang,
            "meet-error-length",
            &[
                ("input", input.into()),
                ("min", MIN_LENGTH.num_minutes().into()),
                ("max", MAX_LENGTH.num_hours().into()),
            ],
        ),
        MeetCommandError::Reminders(input) => {
            turn.t(lang, "meet-error-reminders", &[("input", input.into())])
        }
        MeetCommandError::Quiet(input) => {
            turn.t(lang, "meet-error-quiet", &[("input", input.into())])
        }
        MeetCommandError::Missing(what) => turn.t(lang, &format!("meet-usage-{what}"), &[]),
        MeetCommandError::TooLong(max) => {
            turn.t(lang, "input-too-long", &[("max", (max as i64).into())])
        }
    }
}

/// Coordinators change the community's meeting defaults.
async fn set(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
    command: MeetCommand,
) -> Result<String, AppError> {
    let mut settings = turn.tx.meeting_settings(community.id).await?;
    match command {
        MeetCommand::Hours(text) => match settings.hours.parse(&text) {
            Ok(hours) => settings.hours = hours,
            Err(HoursError::Never) => return Ok(turn.t(lang, "meet-error-hours-never", &[])),
            Err(HoursError::NotUnderstood(input)) => {
                return Ok(turn.t(lang, "meet-error-hours", &[("input", input.into())]))
            }
        },
        MeetCommand::Length(length) => settings.length = length,
        MeetCommand::Place(place) => settings.place = place,
        MeetCommand::Reminders(offsets) => settings.reminders = offsets,
        MeetCommand::Quiet(quiet) => settings.quiet = quiet,
        _ => {}
    }
    turn.tx
        .set_meeting_settings(community.id, &settings)
        .await?;
    let summary = settings_text(turn, lang, &settings);
    Ok(format!(
        "{}\n{summary}",
        turn.t(lang, "meet-settings-saved", &[])
    ))
}

/// The meeting lines of `/settings`.
pub fn settings_text(turn: &Turn<'_>, lang: Language, s: &crate::store::MeetingSettings) -> String {
    let place = s
        .place
        .clone()
        .unwrap_or_else(|| turn.t(lang, "not-set", &[]));
    turn.t(
        lang,
        "settings-meetings",
        &[
            ("hours", text::hours(turn, lang, &s.hours).into()),
            (
                "length",
                text::length(turn, lang, s.length.num_minutes() as i32).into(),
            ),
            ("place", place.into()),
            (
                "reminders",
                crate::domain::meeting::reminders::format(&s.reminders).into(),
            ),
            ("quiet", s.quiet.format().into()),
        ],
    )
}

/// `/meetings`: what is coming, and any time still being found.
pub async fn list(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
) -> Result<String, AppError> {
    let mut lines = vec![turn.t(
        lang,
        "meetings-heading",
        &[("title", community.title.as_str().into())],
    )];
    let upcoming = turn.tx.upcoming_meetings(community.id, turn.now, 5).await?;
    for meeting in &upcoming {
        let going = turn
            .tx
            .rsvp_counts(meeting.id)
            .await?
            .into_iter()
            .find(|(r, _)| *r == crate::domain::meeting::rsvp::Rsvp::Going)
            .map_or(0, |(_, n)| n);
        let repeats = match meeting.series_id {
            Some(_) => format!(" {}", turn.t(lang, "meetings-repeats", &[])),
            None => String::new(),
        };
        lines.push(format!(
            "• {}{repeats} — {}",
            text::meeting_line(turn, lang, meeting).replace('\n', " · "),
            turn.t(lang, "meetings-going", &[("count", going.into())])
        ));
    }
    if let Some(poll) = turn.tx.active_time_poll(community.id).await? {
        lines.push(turn.t(
            lang,
            "meetings-finding",
            &[("title", poll.title.as_str().into())],
        ));
    }
    if lines.len() == 1 {
        lines.push(turn.t(lang, "meetings-none", &[]));
    }
    Ok(lines.join("\n"))
}

/// `/agenda <item>`: added to the next meeting.
pub async fn agenda(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    member: &PersonRecord,
    lang: Language,
    item: Option<&str>,
) -> Result<String, AppError> {
    let Some(meeting) = turn
        .tx
        .upcoming_meetings(community.id, turn.now, 1)
        .await?
        .into_iter()
        .next()
    else {
        return Ok(turn.t(lang, "agenda-no-meeting", &[]));
    };
    let Some(item) = item.map(str::trim).filter(|i| !i.is_empty()) else {
        let items = turn.tx.agenda(meeting.id).await?;
        return Ok(agenda_text(turn, lang, &meeting.title, &items));
    };
    if item.chars().count() > MAX_AGENDA_ITEM {
        let max = (MAX_AGENDA_ITEM as i64).into();
        return Ok(turn.t(lang, "input-too-long", &[("max", max)]));
    }
    let count = turn
        .tx
        .add_agenda_item(meeting.id, member.id, item, turn.now)
        .await?;
    Ok(turn.t(
        lang,
        "agenda-added",
        &[
            ("title", meeting.title.as_str().into()),
            ("when", text::when(turn, lang, meeting.local).into()),
            ("count", count.into()),
        ],
    ))
}

fn agenda_text(turn: &Turn<'_>, lang: Language, title: &str, items: &[String]) -> String {
    if items.is_empty() {
        return turn.t(lang, "agenda-empty", &[("title", title.into())]);
    }
    let list: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(n, i)| format!("{}. {i}", n + 1))
        .collect();
    format!(
        "{}\n{}",
        turn.t(lang, "agenda-heading", &[("title", title.into())]),
        list.join("\n")
    )
}

/// A time poll's private view, in the member's own zone (its deep link).
pub async fn show_mine(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    poll_id: i64,
) -> Result<(), AppError> {
    mine::show_mine(turn, person, chat, poll_id, None).await
}

/// A press on a meeting button, already authorised for this presser and
/// chat by `app::buttons`. Returns the short notice for the presser.
pub async fn pressed(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    press: &Press<'_>,
    action: Action,
    message_id: Option<i64>,
) -> Result<Option<String>, AppError> {
    let person = press.presser;
    let lang = turn.language_of(person, community.language);
    Ok(match action {
        Action::MeetPick { option_id } => {
            draft::toggle(turn, community, person, option_id, message_id).await?
        }
        Action::MeetOpen { poll_id } => poll::open(turn, community, poll_id).await?,
        Action::MeetAnswer {
            option_id,
            availability,
        } => {
            let notice = poll::answer(turn, community, person, option_id, availability).await?;
            // An answer in the private view shows there at once.
            if let (ChatKind::Private, Some(view)) = (press.chat.kind, message_id) {
                if let Some(poll_id) = turn.tx.option_poll(option_id).await? {
                    mine::show_mine(turn, person, press.chat, poll_id, Some(view)).await?;
                }
            }
            Some(notice)
        }
        Action::MeetConfirm { poll_id, option_id } => {
            Some(decide::confirm_pressed(turn, community, person, poll_id, option_id).await?)
        }
        Action::MeetRsvp { meeting_id, rsvp } => {
            Some(announce::rsvp(turn, community, person, meeting_id, rsvp).await?)
        }
        Action::MeetAttended {
            meeting_id,
            person_id,
        } => Some(
            attendance::mark_attended(turn, community, person, meeting_id, person_id, message_id)
                .await?,
        ),
        Action::MeetAttendanceConfirm { meeting_id } => Some(
            attendance::confirm_attendance(turn, community, person, meeting_id, message_id).await?,
        ),
        Action::MeetMine { poll_id } if press.chat.kind == ChatKind::Private => {
            mine::show_mine(turn, person, press.chat, poll_id, None).await?;
            None
        }
        _ => Some(turn.t(lang, "button-stale", &[])),
    })
}
