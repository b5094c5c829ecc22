//! A confirmed meeting: announced with RSVP buttons and a calendar file,
//! reminded in the group and privately, and (for a series) followed by
//! the next occurrence.

use super::text;
use crate::app::timed::Job;
use crate::app::turn::{choice_for, ButtonSpec};
use crate::app::Action;
use crate::app::{AppError, Shown, Turn};
use crate::domain::meeting::reminders::{self, Delivery};
use crate::domain::meeting::rsvp::Rsvp;
use crate::domain::time::when::LocalMoment;
use crate::domain::{Choice, Language, TimeZone};
use crate::i18n::Phrase;
use crate::store::{
    CommunityRecord, MeetingRecord, NewMeeting, OptionRecord, PersonRecord, PollStatus,
    TimePollRecord,
};
use chrono::NaiveDate;

/// The poll is decided: the meeting is made, announced and reminded.
pub async fn confirm(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
    option: &OptionRecord,
    reason: Phrase,
) -> Result<(), AppError> {
    let uid = format!("{}@kettle", crate::app::turn::new_token());
    let new = NewMeeting {
        community_id: community.id,
        series_id: None,
        occurrence: None,
        title: &poll.title,
        local: option.local,
        time_zone: poll.time_zone,
        starts_at: option.at,
        minutes: poll.minutes,
        place: poll.place.as_deref(),
        uid: &uid,
        organiser_id: poll.organiser_id,
        now: turn.now,
    };
    let Some(meeting) = turn.tx.create_meeting(new).await? else {
        return Ok(());
    };
    turn.tx
        .set_poll_status(poll.id, PollStatus::Decided, Some(meeting.id))
        .await?;
    announce(turn, community, &meeting, Some(reason)).await
}

/// Posts the meeting with RSVP buttons, then its calendar file, and
/// books its reminders.
pub async fn announce(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    meeting: &MeetingRecord,
    reason: Option<Phrase>,
) -> Result<(), AppError> {
    let mut shown = Shown::default();
    for chat in turn.views(community).await? {
        let lang = chat.language;
        let mut body = announcement(turn, &chat, meeting).await?;
        // Why this time, in each chat's own language.
        if let Some(reason) = &reason {
            body.push('\n');
            body.push_str(&turn.say_in(lang, reason));
        }
        let buttons = Rsvp::ALL
            .into_iter()
            .map(|r| {
                ButtonSpec::for_community(
                    text::rsvp(turn, lang, r),
                    Action::MeetRsvp {
                        meeting_id: meeting.id,
                        rsvp: r,
                    },
                    community.id,
                )
            })
            .collect();
        let message = turn.send(&chat.chat(), body, buttons).await?;
        shown.add(turn, message).await?;
        let file = text::calendar_file(meeting, turn.now, None);
        let caption = turn.t(lang, "meet-calendar-caption", &[]);
        turn.send_file(&chat.chat(), caption, file).await?;
    }
    if let Some(message) = shown.origin() {
        turn.tx.set_meeting_message(meeting.id, message).await?;
    }
    book_reminders(turn, meeting).await
}

/// One job per reminder, keyed by the meeting's sequence: a moved meeting
/// books afresh and the old bookings find a newer sequence and do nothing.
pub async fn book_reminders(turn: &mut Turn<'_>, meeting: &MeetingRecord) -> Result<(), AppError> {
    let settings = turn.tx.meeting_settings(meeting.community_id).await?;
    for before in settings.reminders {
        let due = meeting.starts_at - before;
        if due <= turn.now {
            continue; // too close already: the announcement is the reminder
        }
        let minutes = before.num_minutes();
        let key = format!("meet-remind:{}:{}:{minutes}", meeting.id, meeting.sequence);
        Job::MeetReminder {
            meeting_id: meeting.id,
            sequence: meeting.sequence,
            minutes_before: minutes,
        }
        .schedule(&mut turn.tx, &key, due)
        .await?;
    }
    if let Some(series_id) = meeting.series_id {
        if let Some(series) = turn.tx.series(series_id).await? {
            let key = format!(
                "meet-series:{}:{}:{}",
                series.id,
                series.version,
                meeting.occurrence.unwrap_or_default()
            );
            Job::MeetSeriesNext {
                series_id: series.id,
                version: series.version,
                after: meeting.occurrence.unwrap_or(meeting.local.date()),
            }
            .schedule(&mut turn.tx, &key, meeting.ends_at())
            .await?;
        }
    }
    Ok(())
}

/// A member says going / maybe / can't; the announcement's counts follow.
pub async fn rsvp(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    meeting_id: i64,
    answer: Rsvp,
) -> Result<String, AppError> {
    let lang = turn.language_of(person, community.language);
    let Some(meeting) = turn.tx.lock_meeting(meeting_id).await? else {
        return Ok(turn.t(lang, "button-stale", &[]));
    };
    if meeting.cancelled || meeting.starts_at <= turn.now {
        return Ok(turn.t(lang, "meet-rsvp-closed", &[]));
    }
    if turn.member_role(community, person).await?.is_none() {
        return Ok(turn.t(lang, "meet-not-member", &[]));
    }
    turn.tx
        .rsvp(meeting.id, person.id, answer, turn.now)
        .await?;
    if let Some(message_id) = meeting.message_id {
        for (chat, message_id) in turn.shown_in(community, message_id).await? {
            let body = announcement(turn, &chat, &meeting).await?;
            let choices = rsvp_choices(turn, chat.language, message_id).await?;
            turn.edit_live(&chat.chat(), message_id, body, choices)
                .await?;
        }
    }
    Ok(turn.t(
        lang,
        "meet-rsvp-noted",
        &[("answer", text::rsvp(turn, lang, answer).into())],
    ))
}

/// The announcement as it stands: the meeting (at its time now), the
/// counts once anyone has answered, and for a series that answers carry
/// over; or, once cancelled, that it will not happen. Numbers only: who
/// is coming is each member's own business (for a recovery group it says
/// something about their health), and the names reach only the
/// reminders' senders.
async fn announcement(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    meeting: &MeetingRecord,
) -> Result<String, AppError> {
    let lang = community.language;
    let line = text::meeting_line(turn, lang, meeting);
    if meeting.cancelled {
        return Ok(format!(
            "{}\n{line}",
            turn.t(lang, "meet-announce-cancelled", &[])
        ));
    }
    let mut body = format!("{}\n{line}", turn.t(lang, "meet-announce", &[]));
    let counts = turn.tx.rsvp_counts(meeting.id).await?;
    let count = |r: Rsvp| -> i64 { counts.iter().find(|(x, _)| *x == r).map_or(0, |(_, n)| *n) };
    if counts.iter().any(|(_, n)| *n > 0) {
        body.push_str("\n\n");
        body.push_str(&turn.t(
            lang,
            "meet-rsvp-counts",
            &[
                ("going", count(Rsvp::Going).into()),
                ("maybe", count(Rsvp::Maybe).into()),
                ("cant", count(Rsvp::Cant).into()),
            ],
        ));
    }
    if meeting.series_id.is_some() {
        body.push('\n');
        body.push_str(&turn.t(lang, "meet-rsvp-carries", &[]));
    }
    Ok(body)
}

/// Brings the announcement up to date after a change: the new time with
/// its buttons, or "cancelled" with none, so nobody answers a meeting
/// that moved or will not happen.
pub async fn redraw(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    meeting: &MeetingRecord,
) -> Result<(), AppError> {
    let Some(message_id) = meeting.message_id else {
        return Ok(());
    };
    for (chat, message_id) in turn.shown_in(community, message_id).await? {
        let body = announcement(turn, &chat, meeting).await?;
        let choices = match meeting.cancelled {
            true => vec![],
            false => rsvp_choices(turn, chat.language, message_id).await?,
        };
        turn.edit(&chat.chat(), message_id, body, choices).await?;
    }
    Ok(())
}

async fn rsvp_choices(
    turn: &mut Turn<'_>,
    lang: Language,
    message_id: i64,
) -> Result<Vec<Choice>, AppError> {
    let mut buttons: Vec<(usize, Choice)> = turn
        .tx
        .buttons_on(message_id)
        .await?
        .into_iter()
        .filter_map(|(token, action)| match action {
            Action::MeetRsvp { rsvp, .. } => {
                let rank = Rsvp::ALL.iter().position(|r| *r == rsvp)?;
                Some((rank, choice_for(text::rsvp(turn, lang, rsvp), token, false)))
            }
            _ => None,
        })
        .collect();
    buttons.sort_by_key(|(rank, _)| *rank);
    Ok(buttons.into_iter().map(|(_, c)| c).collect())
}

/// Reads the facts of a batch of due reminders at once (see
/// [`crate::store::ReminderFacts`]); each reminder then takes its own.
pub async fn read_ahead(turn: &mut Turn<'_>, meeting_ids: &[i64]) -> Result<(), AppError> {
    let facts = turn.tx.reminder_facts(meeting_ids).await?;
    turn.read_ahead.reminders.extend(facts);
    Ok(())
}

/// A reminder falls due: in the group, and privately to those going or
/// maybe who have a private chat with Kettle. Late ones say so; once the
/// meeting has started they are dropped.
pub async fn remind(
    turn: &mut Turn<'_>,
    meeting_id: i64,
    sequence: i32,
    minutes_before: i64,
) -> Result<(), AppError> {
    // Two reminders of one meeting can share a batch: each takes a copy.
    let ahead = turn.read_ahead.reminders.get(&meeting_id).cloned();
    let meeting = match &ahead {
        Some(facts) => facts.meeting.clone(),
        None => match turn.tx.meeting(meeting_id).await? {
            Some(meeting) => meeting,
            None => return Ok(()),
        },
    };
    if meeting.cancelled || meeting.sequence != sequence {
        return Ok(()); // cancelled or moved; a newer booking covers it
    }
    let due = meeting.starts_at - chrono::Duration::minutes(minutes_before);
    let late = match reminders::delivery(due, turn.now, meeting.starts_at) {
        Delivery::Drop => {
            tracing::info!(
                meeting = meeting.id,
                "reminder dropped: the meeting has begun"
            );
            return Ok(());
        }
        Delivery::Late => true,
        Delivery::OnTime => false,
    };
    let (community, agenda, rsvps) = match ahead {
        Some(facts) => (facts.community, facts.agenda, facts.rsvps),
        None => (
            turn.tx.community_by_id(meeting.community_id).await?,
            turn.tx.agenda(meeting.id).await?,
            turn.tx.rsvps(meeting.id).await?,
        ),
    };
    let Some(community) = community else {
        return Ok(());
    };
    if !community.active {
        return Ok(());
    }
    let write = |turn: &Turn<'_>, lang: Language, zone: TimeZone| {
        let mut body = String::new();
        if late {
            body.push_str(&turn.t(lang, "meet-reminder-late", &[]));
            body.push('\n');
        }
        body.push_str(&turn.t(lang, "meet-reminder", &[]));
        body.push('\n');
        body.push_str(&text::meeting_line_in(turn, lang, &meeting, zone));
        if !agenda.is_empty() {
            body.push_str("\n\n");
            body.push_str(&turn.t(
                lang,
                "agenda-heading",
                &[("title", meeting.title.as_str().into())],
            ));
            for (n, item) in agenda.iter().enumerate() {
                body.push_str(&format!("\n{}. {item}", n + 1));
            }
        }
        body
    };
    for chat in turn.views(&community).await? {
        let group_text = write(turn, chat.language, meeting.time_zone);
        turn.say(&chat.chat(), group_text).await?;
    }
    for (person, answer) in rsvps {
        if answer == Rsvp::Cant {
            continue;
        }
        if let Some(chat) = community.private_chat_of(&person) {
            let lang = turn.language_of(&person, community.language);
            let zone = person.time_zone.unwrap_or(meeting.time_zone);
            let body = write(turn, lang, zone);
            turn.say(&chat, body).await?;
        }
    }
    Ok(())
}

/// A series' meeting has ended: the next occurrence is made and announced.
pub async fn series_next(
    turn: &mut Turn<'_>,
    series_id: i64,
    version: i32,
    after: NaiveDate,
) -> Result<(), AppError> {
    let Some(series) = turn.tx.series(series_id).await? else {
        return Ok(());
    };
    if !series.active || series.version != version {
        return Ok(());
    }
    let Some(community) = turn.tx.community_by_id(series.community_id).await? else {
        return Ok(());
    };
    let tz = series.time_zone.tz();
    // Skip any occurrence already past (Kettle was down for a while).
    let mut date = series.repeat.next_after(series.first_date, after);
    let mut moment = LocalMoment::of(date.and_time(series.at), tz);
    while moment.at <= turn.now {
        date = series.repeat.next_after(series.first_date, date);
        moment = LocalMoment::of(date.and_time(series.at), tz);
    }
    let uid = format!("{}@kettle", crate::app::turn::new_token());
    let new = NewMeeting {
        community_id: community.id,
        series_id: Some(series.id),
        occurrence: Some(date),
        title: &series.title,
        local: moment.local,
        time_zone: series.time_zone,
        starts_at: moment.at,
        minutes: series.minutes,
        place: series.place.as_deref(),
        uid: &uid,
        organiser_id: series.organiser_id,
        now: turn.now,
    };
    let Some(meeting) = turn.tx.create_meeting(new).await? else {
        return Ok(()); // made already
    };
    // A weekly group's regulars stay regulars: going and maybe carry over
    // (each can change theirs), so their private reminders keep coming.
    turn.tx.carry_rsvps(&meeting, turn.now).await?;
    if !community.active {
        return book_reminders(turn, &meeting).await;
    }
    announce(turn, &community, &meeting, None).await
}
