//! `/settings`: a group's (and a coordinator's changes to it) and a
//! member's own.

use super::{checkin, meeting, AppError, Turn};
use crate::domain::whatsapp_ids::{is_cloud_chat, PrivateDoor, CLOUD_CHAT};
use crate::domain::{Channel, Language, Role};
use crate::store::{CommunityRecord, PersonRecord};

/// Longest a kept-for setting can be, in days (ten years).
const MAX_DAYS: u32 = 3650;

/// `/settings` in a group.
pub async fn group(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
) -> Result<String, AppError> {
    let settings = turn.tx.group_settings(community).await?;
    let coordinators = &settings.coordinators;
    let names = if coordinators.is_empty() {
        turn.t(lang, "no-coordinators", &[])
    } else if community.sensitive {
        let count = (coordinators.len() as i64).into();
        turn.t(lang, "settings-coordinators-count", &[("count", count)])
    } else {
        coordinators.join(", ")
    };
    let joined = settings.joined;
    let total = community.member_count.unwrap_or(joined).max(joined);
    let checkin = checkin::settings(turn, community, lang, &settings.schedules);
    let meetings = meeting::settings_text(turn, lang, &settings.meetings);
    let privacy = format!(
        "{}\n{}",
        if community.sensitive {
            turn.t(lang, "settings-sensitive-on", &[])
        } else {
            turn.t(lang, "settings-sensitive-off", &[])
        },
        turn.t(lang, "sensitive-explained", &[])
    );
    let mut attendance = turn.t(
        lang,
        "settings-attendance",
        &[("days", i64::from(community.attendance_days).into())],
    );
    if doors_to_choose(turn, community) {
        let door = community.private_via.as_str();
        attendance.push('\n');
        attendance.push_str(&turn.t(lang, "settings-private-via", &[("door", door.into())]));
    }
    let chats = &settings.chats;
    if chats.len() > 1 {
        let args = [
            ("count", (chats.len() as i64).into()),
            ("list", chats.join(", ").into()),
        ];
        attendance.push('\n');
        attendance.push_str(&turn.t(lang, "settings-linked", &args));
    }
    Ok(format!(
        "{}\n{checkin}\n{meetings}\n{privacy}\n{attendance}",
        turn.t(
            lang,
            "settings-group",
            &[
                ("title", community.title.as_str().into()),
                ("zone", community.time_zone.name().into()),
                ("language", community.language.native_name().into()),
                ("coordinators", names.into()),
                ("joined", joined.into()),
                ("total", total.into()),
            ],
        )
    ))
}

/// `/settings` in a private chat: the member's own.
pub async fn personal(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    lang: Language,
) -> Result<String, AppError> {
    let zone = person
        .time_zone
        .map(|z| z.name().to_string())
        .unwrap_or_else(|| turn.t(lang, "not-set", &[]));
    let quiet = match turn.tx.person_quiet(person.id).await? {
        Some(q) => q.format(),
        None => turn.t(lang, "quiet-group-default", &[]),
    };
    Ok(turn.t(
        lang,
        "settings-personal",
        &[
            ("language", lang.native_name().into()),
            ("zone", zone.into()),
            ("quiet", quiet.into()),
        ],
    ))
}

/// `/settings <what> <value>` in a group, coordinators only.
pub async fn change(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    role: Role,
    lang: Language,
    args: &str,
) -> Result<String, AppError> {
    if role != Role::Coordinator {
        return Ok(turn.t(lang, "settings-coordinators-only", &[]));
    }
    let mut words = args.split_whitespace();
    let what = words.next().unwrap_or_default().to_lowercase();
    if what == "private" {
        let rest: Vec<String> = words.map(str::to_lowercase).collect();
        return private_via(turn, community, lang, &rest).await;
    }
    let value = words.next().unwrap_or_default().to_lowercase();
    let extra = words.next().is_some();
    Ok(match (what.as_str(), value.as_str(), extra) {
        ("sensitive", "on", false) => {
            turn.tx.set_sensitive(community.id, true).await?;
            if community.checkin_visibility == crate::domain::checkin::Visibility::Shared {
                let counted = crate::domain::checkin::Visibility::Counted;
                turn.tx
                    .set_checkin_visibility(community.id, counted)
                    .await?;
            }
            format!(
                "{}\n{}",
                turn.t(lang, "sensitive-on", &[]),
                turn.t(lang, "sensitive-explained", &[])
            )
        }
        ("sensitive", "off", false) => {
            turn.tx.set_sensitive(community.id, false).await?;
            turn.t(lang, "sensitive-off", &[])
        }
        ("attendance", days, false) => match days.trim_end_matches('d').parse::<u32>() {
            Ok(days @ 1..=MAX_DAYS) => {
                turn.tx.set_attendance_days(community.id, days).await?;
                turn.t(
                    lang,
                    "attendance-keep-set",
                    &[("days", i64::from(days).into())],
                )
            }
            _ => turn.t(lang, "attendance-keep-usage", &[]),
        },
        _ => turn.t(lang, "settings-usage", &[]),
    })
}

/// Whether this community's members can be talked to privately through
/// either of two WhatsApp numbers (a bridge and the Cloud API).
fn doors_to_choose(turn: &Turn<'_>, community: &CommunityRecord) -> bool {
    community.channel == Channel::Whatsapp
        && !is_cloud_chat(&community.chat_id)
        && turn.engine.has_door(Channel::Whatsapp, CLOUD_CHAT)
        && turn.engine.has_channel(Channel::Whatsapp)
}

/// `/settings private via cloud|bridge`: which WhatsApp number talks to
/// members privately; `wa.me` links then point to it.
async fn private_via(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
    words: &[String],
) -> Result<String, AppError> {
    if !doors_to_choose(turn, community) {
        return Ok(turn.t(lang, "private-via-unavailable", &[]));
    }
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| *w != "via")
        .collect();
    let door = match words.as_slice() {
        ["cloud" | "business"] => PrivateDoor::Cloud,
        ["bridge"] => PrivateDoor::Bridge,
        _ => return Ok(turn.t(lang, "private-via-usage", &[])),
    };
    turn.tx.set_private_via(community.id, door).await?;
    Ok(turn.t(lang, "private-via-set", &[("door", door.as_str().into())]))
}
