//! Named polls as the platform's own poll (WhatsApp's), which members
//! already know. Everyone in the group sees who voted what in such a poll,
//! so it is only ever used for single and multiple choice polls that are
//! not anonymous; everything else is voted by number or privately.
//!
//! A vote comes back with the voter's whole selection by option label. It
//! replaces their ballot (an empty one takes it back), unless a newer vote
//! of theirs was applied already: votes can arrive twice or out of order.

use super::{post, vote};
use crate::app::{Action, AppError, Turn};
use crate::domain::poll::{Ballot, PollKind};
use crate::domain::ChatAddress;
use crate::store::{CommunityRecord, PersonRecord, PollRecord, Voted};

/// Whether the poll goes out, and is voted, as the platform's own poll.
pub fn native(turn: &Turn<'_>, community: &CommunityRecord, poll: &PollRecord) -> bool {
    let abilities = turn.engine.abilities(&community.chat());
    abilities.native_polls
        && abilities.buttons == 0
        && !poll.rules.anonymous
        && matches!(
            poll.rules.kind,
            PollKind::Single | PollKind::Multiple { .. }
        )
}

/// A vote on a native poll: (the poll message's platform id, the labels
/// chosen, when it was cast).
pub type NativeVote<'a> = (&'a str, &'a [String], i64);

/// A vote on the native poll that `poll_message` is.
pub async fn voted(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    chat: &ChatAddress,
    (poll_message, chosen, at): NativeVote<'_>,
) -> Result<(), AppError> {
    let Some(message_id) = turn.tx.message_by_platform_id(chat, poll_message).await? else {
        return Ok(()); // not Kettle's poll, or one long forgotten
    };
    let poll_id = turn
        .tx
        .buttons_on::<Action>(message_id)
        .await?
        .into_iter()
        .find_map(|(_, action)| match action {
            Action::PollVote { poll_id, .. } => Some(poll_id),
            _ => None,
        });
    let Some(poll_id) = poll_id else {
        return Ok(());
    };
    let lang = community.language;
    let poll = match vote::open_poll(turn, community, (person, None), poll_id, lang).await? {
        Ok(poll) => poll,
        Err(_) => return Ok(()), // closed, or not a member: WhatsApp shows the tick anyway
    };
    if !turn
        .tx
        .newest_native_vote(chat, poll_message, person.id, at)
        .await?
    {
        tracing::debug!(poll = poll.id, "older native vote ignored");
        return Ok(());
    }
    let mut options: Vec<u8> = post::option_labels(turn, community, &poll)
        .into_iter()
        .filter(|(_, label)| chosen.contains(label))
        .map(|(o, _)| o)
        .collect();
    options.sort_unstable();
    options.dedup();
    let ballot = Ballot::Choose(options);
    if ballot.is_blank() {
        if matches!(turn.tx.voted(poll.id, person.id).await?, Voted::Named(_)) {
            turn.tx.withdraw_named(poll.id, person.id).await?;
        }
        return Ok(());
    }
    if poll.rules.check(&poll.options, &ballot).is_err() {
        // More ticks than the poll allows: the last valid ballot stands.
        return Ok(());
    }
    vote::cast(turn, community, &poll, person, &ballot, None).await?;
    Ok(())
}

/// WhatsApp could not read someone's vote: ask them, by name, to vote again.
pub async fn vote_lost(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
) -> Result<(), AppError> {
    let lang = community.language;
    if community.sensitive {
        // No names in the group: privately if possible, else to whoever it was.
        if let Some(private) = community.private_chat_of(person) {
            let lang = turn.language_of(person, lang);
            let text = turn.t(
                lang,
                "poll-native-vote-lost",
                &[("name", person.display_name.as_str().into())],
            );
            return turn.say(&private, text).await;
        }
        let text = turn.t(lang, "poll-native-vote-lost-anon", &[]);
        turn.send(&community.chat(), text, vec![]).await?;
        return Ok(());
    }
    let text = turn.t(
        lang,
        "poll-native-vote-lost",
        &[("name", person.display_name.as_str().into())],
    );
    turn.send(&community.chat(), text, vec![]).await?;
    Ok(())
}
