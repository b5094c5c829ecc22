//! Drafting a time poll: Kettle suggests times inside the community's
//! hours and the organiser ticks the ones to offer. Only the organiser's
//! own buttons work here.

use super::poll::poll_of_option;
use super::text;
use crate::app::turn::ButtonSpec;
use crate::app::Action;
use crate::app::{AppError, Turn};
use crate::domain::Language;
use crate::store::{CommunityRecord, OptionRecord, PersonRecord, PollStatus, TimePollRecord};

/// The organiser's choice of suggested times: a button per time to keep
/// or drop it, and one to open the poll. Only the organiser may press them.
pub(super) async fn draft_message(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
    organiser: &PersonRecord,
    lang: Language,
) -> Result<(), AppError> {
    let (body, buttons) = draft_view(turn, community, poll, organiser, lang).await?;
    turn.send(&community.chat(), body, buttons).await?;
    Ok(())
}

async fn draft_view(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
    organiser: &PersonRecord,
    lang: Language,
) -> Result<(String, Vec<ButtonSpec>), AppError> {
    let options = turn.tx.poll_options(poll.id).await?;
    let settings = turn.tx.meeting_settings(community.id).await?;
    let body = turn.t(
        lang,
        "meet-draft",
        &[
            (
                "name",
                match community.sensitive {
                    true => turn.t(lang, "sensitive-organiser", &[]),
                    false => organiser.display_name.clone(),
                }
                .into(),
            ),
            ("title", poll.title.as_str().into()),
            ("hours", text::hours(turn, lang, &settings.hours).into()),
        ],
    );
    let buttons = draft_buttons(turn, community, poll, organiser, lang, &options);
    Ok((body, buttons))
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
    if let Some(message_id) = message_id {
        let (body, buttons) = draft_view(turn, community, &poll, organiser, lang).await?;
        turn.edit_with_buttons(&community.chat(), message_id, body, buttons)
            .await?;
    }
    Ok(None)
}
