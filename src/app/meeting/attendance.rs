//! Who came to a meeting: a coordinator's private tap list, ticked to
//! start with from RSVPs, which counts only once they record it.

use super::text;
use crate::app::turn::ButtonSpec;
use crate::app::Action;
use crate::app::{AppError, Turn};
use crate::domain::meeting::rsvp::Rsvp;
use crate::domain::{Language, Role};
use crate::store::{CommunityRecord, MeetingRecord, PersonRecord};

/// `/meet attended`: a coordinator gets, privately, a tap list of members
/// for the last meeting, those who said they were going already ticked.
pub async fn attendance_list(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
) -> Result<Option<String>, AppError> {
    if role != Role::Coordinator {
        return Ok(Some(turn.t(lang, "meet-attended-coordinators-only", &[])));
    }
    let Some(meeting) = turn.tx.last_meeting(community.id, turn.now).await? else {
        return Ok(Some(turn.t(lang, "meet-attended-none", &[])));
    };
    let Some(chat) = community.private_chat_of(person) else {
        return Ok(Some(turn.t(lang, "meet-attended-start-private", &[])));
    };
    // Those who said they were going are ticked to start with: a draft,
    // which counts only once a coordinator confirms it.
    let rsvps = turn.tx.rsvps(meeting.id).await?;
    let recorded = turn.tx.attendance_recorded(meeting.id).await?;
    if !recorded && turn.tx.attendance(meeting.id).await?.is_empty() {
        for (p, r) in &rsvps {
            if *r == Rsvp::Going {
                turn.tx.toggle_attendance(meeting.id, p.id).await?;
            }
        }
    }
    let (body, buttons) = attendance_view(turn, community, person, &meeting, lang).await?;
    turn.send(&chat, body, buttons).await?;
    Ok(Some(turn.t(lang, "meet-attended-sent", &[])))
}

async fn attendance_view(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting: &MeetingRecord,
    lang: Language,
) -> Result<(String, Vec<ButtonSpec>), AppError> {
    let came = turn.tx.attendance(meeting.id).await?;
    let members = turn.tx.members(community.id).await?;
    let recorded = turn.tx.attendance_recorded(meeting.id).await?;
    let count = ("count", (came.len() as i64).into());
    let mut body = turn.t(
        lang,
        "meet-attended-heading",
        &[
            ("title", meeting.title.as_str().into()),
            ("when", text::when(turn, lang, meeting.local).into()),
            count.clone(),
        ],
    );
    body.push('\n');
    body.push_str(&match recorded {
        true => turn.t(lang, "meet-attended-recorded", &[count]),
        false => turn.t(lang, "meet-attended-unconfirmed", &[]),
    });
    let mut buttons: Vec<ButtonSpec> = members
        .iter()
        .map(|m| {
            let mark = if came.contains(&m.id) {
                "✅"
            } else {
                "▫️"
            };
            ButtonSpec::for_person(
                format!("{mark} {}", m.display_name),
                Action::MeetAttended {
                    meeting_id: meeting.id,
                    person_id: m.id,
                },
                community.id,
                coordinator.id,
            )
        })
        .collect();
    if !recorded {
        buttons.push(ButtonSpec::for_person(
            turn.t(lang, "meet-attended-confirm", &[]),
            Action::MeetAttendanceConfirm {
                meeting_id: meeting.id,
            },
            community.id,
            coordinator.id,
        ));
    }
    Ok((body, buttons))
}

/// The coordinator confirms the list: from now on it is who came.
pub async fn confirm_attendance(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting_id: i64,
    message_id: Option<i64>,
) -> Result<String, AppError> {
    let lang = turn.language_of(coordinator, community.language);
    let meeting = match attendance_meeting(turn, community, coordinator, meeting_id, lang).await? {
        Ok(meeting) => meeting,
        Err(refusal) => return Ok(refusal),
    };
    turn.tx.confirm_attendance(meeting.id, turn.now).await?;
    redraw_attendance(turn, community, coordinator, &meeting, message_id, lang).await?;
    Ok(turn.t(lang, "meet-attended-confirmed", &[]))
}

/// The meeting whose attendance a coordinator changes, locked; or why not.
async fn attendance_meeting(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting_id: i64,
    lang: Language,
) -> Result<Result<MeetingRecord, String>, AppError> {
    if turn.tx.membership(community.id, coordinator.id).await? != Some(Role::Coordinator) {
        return Ok(Err(turn.t(lang, "meet-attended-coordinators-only", &[])));
    }
    match turn.tx.lock_meeting(meeting_id).await? {
        Some(meeting) => Ok(Ok(meeting)),
        None => Ok(Err(turn.t(lang, "button-stale", &[]))),
    }
}

async fn redraw_attendance(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting: &MeetingRecord,
    message_id: Option<i64>,
    lang: Language,
) -> Result<(), AppError> {
    if let (Some(message_id), Some(chat)) = (message_id, community.private_chat_of(coordinator)) {
        let (body, buttons) = attendance_view(turn, community, coordinator, meeting, lang).await?;
        turn.edit_with_buttons(&chat, message_id, body, buttons)
            .await?;
    }
    Ok(())
}

/// A tap on the list: that member came, or did not after all.
pub async fn mark_attended(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting_id: i64,
    person_id: i64,
    message_id: Option<i64>,
) -> Result<String, AppError> {
    let lang = turn.language_of(coordinator, community.language);
    let meeting = match attendance_meeting(turn, community, coordinator, meeting_id, lang).await? {
        Ok(meeting) => meeting,
        Err(refusal) => return Ok(refusal),
    };
    let now_there = turn.tx.toggle_attendance(meeting.id, person_id).await?;
    redraw_attendance(turn, community, coordinator, &meeting, message_id, lang).await?;
    Ok(turn.t(
        lang,
        if now_there {
            "meet-attended-yes"
        } else {
            "meet-attended-no"
        },
        &[],
    ))
}
