//! What a member can see and take back (`/privacy`, `/mydata`,
//! `/forget`), and a coordinator's `/remove`.

use super::{AppError, Turn};
use crate::domain::{ChatAddress, Language, Role};
use crate::store::{CommunityRecord, PersonRecord};

/// `/privacy`: what Kettle keeps, for how long, who sees it, how to get it
/// and remove it, and who runs it. In a group, with that group's choices.
pub fn page(turn: &Turn<'_>, lang: Language, community: Option<&CommunityRecord>) -> String {
    let operator = match &turn.engine.settings.operator_contact {
        Some(contact) => turn.t(
            lang,
            "privacy-operator",
            &[("operator", contact.as_str().into())],
        ),
        None => turn.t(lang, "privacy-operator-unknown", &[]),
    };
    let inbox_days = i64::from(turn.engine.settings.inbox_days);
    let mut parts = vec![turn.t(lang, "privacy-page", &[("inbox_days", inbox_days.into())])];
    let cloud = crate::domain::whatsapp_ids::CLOUD_CHAT;
    if turn
        .engine
        .has_door(crate::domain::Channel::Whatsapp, cloud)
    {
        parts.push(turn.t(lang, "privacy-cloud-window", &[]));
    }
    if let Some(c) = community {
        parts.push(turn.t(
            lang,
            "privacy-group",
            &[
                ("title", c.title.as_str().into()),
                ("words_days", i64::from(c.checkin_words_days).into()),
                ("attendance_days", i64::from(c.attendance_days).into()),
            ],
        ));
        if c.sensitive {
            parts.push(turn.t(lang, "sensitive-explained", &[]));
        }
    }
    parts.push(operator);
    parts.join("\n\n")
}

/// `/mydata` in a private chat: a file of everything linked to them.
pub async fn my_data(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    lang: Language,
) -> Result<(), AppError> {
    let mut data = turn.tx.export_person(person).await?;
    if let Some(map) = data.as_object_mut() {
        map.insert(
            "not_included".into(),
            turn.t(lang, "mydata-not-included", &[]).into(),
        );
        map.insert("exported_at".into(), turn.now.to_rfc3339().into());
    }
    let bytes = serde_json::to_vec_pretty(&data).unwrap_or_default();
    let file = crate::domain::FileAttachment {
        name: format!("kettle_my_data_{}.json", turn.now.format("%Y-%m-%d")),
        mime: "application/json".into(),
        bytes,
    };
    let caption = turn.t(lang, "mydata-caption", &[]);
    turn.send_file(chat, caption, file).await
}

/// `/forget` warns what will go; `/forget confirm` erases them. Two steps
/// with nothing stored in between: the second is only ever typed on purpose.
pub async fn forget(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    lang: Language,
    arg: Option<&str>,
) -> Result<(), AppError> {
    let confirmed = arg.is_some_and(|a| {
        matches!(
            a.trim().to_lowercase().as_str(),
            "confirm" | "yes" | "confirmed"
        )
    });
    if !confirmed {
        let groups = turn.tx.memberships_of(person.id).await?.len() as i64;
        let text = turn.t(lang, "forget-warning", &[("groups", groups.into())]);
        return turn.say(chat, text).await;
    }
    let communities = turn.tx.memberships_of(person.id).await?;
    let erased = turn.tx.forget_person(person).await?;
    redraw_open(turn, &communities).await?;
    tracing::info!(
        memberships = erased.memberships,
        check_ins = erased.check_ins,
        votes = erased.votes,
        "a member was forgotten at their request"
    );
    let text = turn.t(
        lang,
        "forget-done",
        &[
            ("groups", (erased.memberships as i64).into()),
            ("checkins", (erased.check_ins as i64).into()),
            ("votes", (erased.votes as i64).into()),
        ],
    );
    turn.say(chat, text).await?;
    turn.tx.erase_when_sent(chat.channel, &chat.chat_id).await?;
    Ok(())
}

/// The groups' open polls and check-in rounds show their counts again,
/// without the person just forgotten.
pub(super) async fn redraw_open(
    turn: &mut Turn<'_>,
    communities: &[(CommunityRecord, Role)],
) -> Result<(), AppError> {
    for (community, _) in communities {
        for poll in turn.tx.polls_of(community.id, true, 50).await? {
            super::poll::refresh(turn, community, &poll).await?;
        }
        if let Some(round) = turn.tx.unclosed_round(community.id).await? {
            super::checkin::refresh_round(turn, community, &round).await?;
        }
    }
    Ok(())
}

/// `/remove` in a group (coordinators): in reply to the member's message,
/// or with their name.
pub async fn remove_in_group(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    role: Role,
    lang: Language,
    name: Option<&str>,
) -> Result<String, AppError> {
    if role != Role::Coordinator {
        return Ok(turn.t(lang, "remove-coordinators-only", &[]));
    }
    let replied = turn.platform.replied_to.clone();
    let target = match (replied, name) {
        (Some(id), _) => turn.tx.person_by_platform(community.channel, &id).await?,
        (None, Some(name)) => match named(turn, community, name).await? {
            Ok(person) => Some(person),
            Err(reply) => return Ok(reply),
        },
        (None, None) => return Ok(turn.t(lang, "remove-usage", &[])),
    };
    match target {
        Some(person) => remove(turn, community, &person, lang).await,
        None => Ok(turn.t(lang, "remove-not-found", &[])),
    }
}

/// `/remove <name>` in a private chat: among the communities the sender
/// coordinates.
pub async fn remove_in_private(
    turn: &mut Turn<'_>,
    coordinator: &PersonRecord,
    lang: Language,
    name: Option<&str>,
) -> Result<String, AppError> {
    let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(turn.t(lang, "remove-usage", &[]));
    };
    let mut found = vec![];
    for (community, role) in turn.tx.memberships_of(coordinator.id).await? {
        if role != Role::Coordinator {
            continue;
        }
        for member in turn.tx.members(community.id).await? {
            if member.display_name.to_lowercase() == name.to_lowercase() {
                found.push((community.clone(), member));
            }
        }
    }
    match found.as_slice() {
        [] => Ok(turn.t(lang, "remove-not-found", &[])),
        [(community, person)] => remove(turn, community, person, lang).await,
        _ => Ok(turn.t(lang, "remove-ambiguous", &[("name", name.into())])),
    }
}

/// The one member of `community` called `name`, or what to say instead.
async fn named(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    name: &str,
) -> Result<Result<PersonRecord, String>, AppError> {
    let lang = community.language;
    let name = name.trim().trim_start_matches('@');
    let mut matches: Vec<PersonRecord> = turn
        .tx
        .members(community.id)
        .await?
        .into_iter()
        .filter(|p| p.display_name.to_lowercase() == name.to_lowercase())
        .collect();
    Ok(match matches.len() {
        1 => Ok(matches.remove(0)),
        0 => Err(turn.t(lang, "remove-not-found", &[])),
        _ => Err(turn.t(lang, "remove-ambiguous", &[("name", name.into())])),
    })
}

/// Takes `person` out of `community` in Kettle (never a coordinator: the
/// group's admins decide those), and tells them privately and kindly.
async fn remove(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    lang: Language,
) -> Result<String, AppError> {
    let name = person.display_name.as_str().into();
    match turn.tx.membership(community.id, person.id).await? {
        None => return Ok(turn.t(lang, "remove-not-found", &[])),
        Some(Role::Coordinator) => {
            return Ok(turn.t(lang, "remove-not-coordinator", &[("name", name)]))
        }
        Some(Role::Member) => {}
    }
    turn.tx
        .remove_member(community.id, person.id, turn.now)
        .await?;
    tracing::info!(community = community.id, "a coordinator removed a member");
    if let Some(private) = community.private_chat_of(person) {
        let theirs = turn.language_of(person, community.language);
        let title = community.title.as_str().into();
        let text = turn.t(theirs, "remove-told", &[("title", title)]);
        turn.say(&private, text).await?;
    }
    let title = community.title.as_str().into();
    Ok(match community.sensitive {
        true => turn.t(lang, "remove-done-anon", &[("title", title)]),
        false => turn.t(lang, "remove-done", &[("name", name), ("title", title)]),
    })
}
