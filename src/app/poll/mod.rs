//! Polls on priorities and decisions: `/poll` posts one with its rules
//! stated first; members vote with a tap or a private ballot; it closes
//! at its deadline with the result in plain words; coordinators record
//! the outcome (`/outcome`), list decisions (`/decisions`) and export
//! results. The counting is in the domain ([`crate::domain::poll`]).

mod asking;
mod ballot;
mod close;
mod native;
mod nudge;
mod outcome;
mod post;
mod ranked_text;
mod setup;
mod standing;
pub(crate) mod text;
mod vote;

pub use close::close;
pub use native::{vote_lost as native_vote_lost, voted as native_voted};
pub use nudge::{person as nudge_person, round as nudge_round};
pub use outcome::{decisions, record as record_outcome, review};
pub use post::refresh;

use super::buttons::Press;
use super::{AppError, Turn};
use crate::app::Action;
use crate::domain::poll::command::{PollCommand, PollCommandError, MAX_DEADLINE, MIN_DEADLINE};
use crate::domain::poll::proposal::Quorum;
use crate::domain::poll::MAX_OPTIONS;
use crate::domain::{ChatAddress, Language, Role};
use crate::store::{CommunityRecord, PersonRecord};

/// `/poll …` in a group.
pub async fn in_group(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    member: &PersonRecord,
    role: Role,
    args: Option<&str>,
) -> Result<(), AppError> {
    let lang = turn.language_of(member, community.language);
    let reply = match PollCommand::parse(args) {
        Err(e) => Some(command_error(turn, lang, e)),
        Ok(PollCommand::Usage) => Some(turn.t(lang, "poll-usage", &[])),
        Ok(PollCommand::Guided) => Some(setup::begin(turn, community, member, lang).await?),
        Ok(PollCommand::Create(draft)) => {
            match unreachable_quorum(turn, community, &draft, lang).await? {
                Some(refusal) => Some(refusal),
                None => {
                    post::post(turn, community, member, &draft).await?;
                    None
                }
            }
        }
        Ok(PollCommand::Close(n)) => {
            close::close_command(turn, community, member, role, lang, n).await?
        }
        Ok(PollCommand::Export(n)) => {
            Some(outcome::export(turn, community, member, role, lang, n).await?)
        }
    };
    match reply {
        Some(text) => turn.say(&community.chat(), text).await,
        None => Ok(()),
    }
}

/// A quorum of more people than the group has could never be met: the
/// poll is refused with the numbers, rather than posted undecidable.
async fn unreachable_quorum(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    draft: &crate::domain::poll::command::PollDraft,
    lang: Language,
) -> Result<Option<String>, AppError> {
    let Quorum::People(needed) = draft.rules.quorum else {
        return Ok(None);
    };
    let known = turn.tx.count_members(community.id).await?;
    let members = community.headcount(known, 0).max(0) as u64;
    if needed <= members {
        return Ok(None);
    }
    let args = [("needed", text::n(needed)), ("members", text::n(members))];
    Ok(Some(turn.t(lang, "poll-error-quorum-too-big", &args)))
}

pub fn command_error(turn: &Turn<'_>, lang: Language, e: PollCommandError) -> String {
    let input = |key: &str, i: String| turn.t(lang, key, &[("input", i.into())]);
    match e {
        PollCommandError::NoQuestion => turn.t(lang, "poll-usage", &[]),
        PollCommandError::TooFewOptions => turn.t(lang, "poll-error-too-few-options", &[]),
        PollCommandError::TooManyOptions => turn.t(
            lang,
            "poll-error-too-many",
            &[("max", (MAX_OPTIONS as i64).into())],
        ),
        PollCommandError::Repeated(i) => input("poll-error-repeated", i),
        PollCommandError::ProposalOptions => turn.t(lang, "poll-error-proposal-options", &[]),
        PollCommandError::NoCost(i) => input("poll-error-no-cost", i),
        PollCommandError::Number(i) => input("poll-error-number", i),
        PollCommandError::Deadline(i) => turn.t(
            lang,
            "poll-error-deadline",
            &[
                ("input", i.into()),
                ("min", MIN_DEADLINE.num_minutes().into()),
                ("max", MAX_DEADLINE.num_days().into()),
            ],
        ),
        PollCommandError::Share(i) => input("poll-error-share", i),
        PollCommandError::NotForKind(i) => input("poll-error-not-for-kind", i),
        PollCommandError::TooLong(max) => {
            turn.t(lang, "input-too-long", &[("max", (max as i64).into())])
        }
    }
}

/// Whether a button belongs to polls.
pub fn is_poll(action: &Action) -> bool {
    matches!(
        action,
        Action::PollVote { .. }
            | Action::PollStance { .. }
            | Action::PollBallot { .. }
            | Action::PollStep { .. }
            | Action::PollSetup { .. }
    )
}

/// A press on a poll button, already authorised for this presser and chat
/// by `app::buttons`. Returns the short notice for the presser.
pub async fn pressed(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    press: &Press<'_>,
    action: Action,
    message_id: Option<i64>,
) -> Result<Option<String>, AppError> {
    let person = press.presser;
    // Pressed in the poll's own chat: the opening already knows the
    // presser's membership there.
    let role = press
        .role
        .filter(|_| press.chat.chat_id == community.chat_id);
    Ok(match action {
        Action::PollVote { poll_id, option } => {
            let tap = vote::Tap::Option(option);
            Some(vote::tap(turn, community, (person, role), poll_id, tap).await?)
        }
        Action::PollStance { poll_id, stance } => {
            let tap = vote::Tap::Stance(stance);
            Some(vote::tap(turn, community, (person, role), poll_id, tap).await?)
        }
        Action::PollBallot { poll_id } => {
            // Reached as a press only where a deep link is not possible (the console).
            match community.private_chat_of(person) {
                Some(chat) => ballot::show(turn, person, &chat, poll_id, None).await?,
                None => {
                    let lang = turn.language_of(person, community.language);
                    let key = match turn.by_number(&community.chat()) {
                        true => "poll-setup-start-private-by-number",
                        false => "poll-setup-start-private",
                    };
                    return Ok(Some(turn.t(lang, key, &[])));
                }
            }
            None
        }
        Action::PollStep { poll_id, step } => {
            ballot::step(
                turn, community, person, press.chat, poll_id, step, message_id,
            )
            .await?
        }
        Action::PollSetup { change } => {
            setup::pressed(turn, community, person, press.chat, change, message_id).await?
        }
        _ => None,
    })
}

/// A member's private ballot for a poll (its deep link).
pub async fn show_ballot(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    poll_id: i64,
) -> Result<(), AppError> {
    ballot::show(turn, person, chat, poll_id, None).await
}

/// Text typed in a private chat that a poll is waiting for (a reason, or
/// a set-up's question and options). `false` if none is.
pub async fn words(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    lang: Language,
    text: &str,
) -> Result<bool, AppError> {
    Ok(ballot::words(turn, person, chat, text).await?
        || setup::words(turn, person, chat, lang, text).await?)
}
