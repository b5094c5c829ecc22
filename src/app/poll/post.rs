//! Posting a poll in the group with its rules stated, the buttons for
//! each kind, and redrawing it as votes come in.

use super::text;
use crate::app::timed::Job;
use crate::app::turn::{choice_for, ButtonSpec};
use crate::app::Action;
use crate::app::{AppError, Shown, Turn};
use crate::domain::poll::command::PollDraft;
use crate::domain::poll::proposal::Stance;
use crate::domain::poll::{tally, PollKind, PollResult, ResultsShown};
use crate::domain::{Choice, Language};
use crate::store::{CommunityRecord, NewPoll, PersonRecord, PollRecord, PollState};
use chrono::Duration;

pub const STANCES: [Stance; 4] = [
    Stance::Agree,
    Stance::Abstain,
    Stance::Disagree,
    Stance::Block,
];

/// Posts a new poll in the community's group and books its close and nudges.
pub async fn post(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    creator: &PersonRecord,
    draft: &PollDraft,
) -> Result<PollRecord, AppError> {
    let deadline = draft
        .rules
        .deadline_minutes
        .map(|m| turn.now + Duration::minutes(m));
    let poll = turn
        .tx
        .create_poll(NewPoll {
            community_id: community.id,
            creator_id: creator.id,
            question: &draft.question,
            rules: &draft.rules,
            options: &draft.options,
            now: turn.now,
            deadline,
        })
        .await?;
    let counted = turnout(turn, community, &poll).await?;
    let mut shown = Shown::default();
    for chat in turn.views(community).await? {
        let lang = chat.language;
        let body = text::poll_message(turn, lang, &poll, counted, None, community.time_zone);
        let buttons = buttons(turn, &chat, &poll, lang);
        let to = chat.chat();
        let message = if super::native::native(turn, &chat, &poll) {
            // The rules first, as their own message (a retry of the poll never
            // repeats them); then the platform's poll, named by its question.
            let multiple = matches!(poll.rules.kind, PollKind::Multiple { .. });
            let question = body.lines().next().unwrap_or_default().to_string();
            turn.send(&to, body, vec![]).await?;
            turn.send_native_poll(&to, question, buttons, multiple)
                .await?
        } else {
            turn.send(&to, body, buttons).await?
        };
        shown.add(turn, message).await?;
    }
    let message = shown
        .origin()
        .ok_or_else(|| crate::store::StoreError::Corrupt("a community with no chat".into()))?;
    turn.tx.set_poll_post(poll.id, message).await?;
    if let Some(at) = deadline {
        Job::PollClose { poll_id: poll.id }
            .schedule(&mut turn.tx, &format!("poll-close:{}", poll.id), at)
            .await?;
    }
    super::nudge::book_round(turn, &poll, 1).await?;
    tracing::info!(poll = poll.id, kind = poll.rules.kind.name(), "poll posted");
    Ok(PollRecord {
        message_id: Some(message),
        ..poll
    })
}

/// Whether members vote on the poll itself (one tap) or in a private chat.
/// Where an answer is a number sent in the group (WhatsApp), everyone sees
/// it, so an anonymous poll is always voted privately there.
pub fn votes_in_group(poll: &PollRecord, answers_seen: bool) -> bool {
    if poll.rules.anonymous && answers_seen {
        return false;
    }
    match poll.rules.kind {
        PollKind::Single | PollKind::Proposal { .. } => true,
        PollKind::Multiple { .. } => !poll.rules.anonymous,
        _ => false,
    }
}

/// The buttons on the group message, each with its place in the order.
fn button_list(
    turn: &Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
    lang: Language,
) -> Vec<(usize, String, Action)> {
    let mut out = vec![];
    // A number sent in the group is seen by everyone there.
    let in_group = votes_in_group(poll, turn.by_number(&community.chat()));
    if in_group {
        match poll.rules.kind {
            PollKind::Proposal { .. } => {
                for (i, stance) in STANCES.into_iter().enumerate() {
                    let action = Action::PollStance {
                        poll_id: poll.id,
                        stance,
                    };
                    out.push((i, text::stance(turn, lang, stance), action));
                }
            }
            _ => {
                for (i, _) in poll.options.iter().enumerate() {
                    let label: String = text::label(poll, i).chars().take(40).collect();
                    let action = Action::PollVote {
                        poll_id: poll.id,
                        option: i as u8,
                    };
                    out.push((i, format!("{}. {label}", i + 1), action));
                }
            }
        }
    }
    let private = match poll.rules.kind {
        PollKind::Proposal { .. } => "poll-button-reason",
        _ if in_group => "",
        _ => "poll-button-private",
    };
    if !private.is_empty() {
        let action = Action::PollBallot { poll_id: poll.id };
        out.push((100, turn.t(lang, private, &[]), action));
    }
    out
}

/// Each option's label as the group message shows it, by option.
pub fn option_labels(
    turn: &Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
) -> Vec<(u8, String)> {
    button_list(turn, community, poll, community.language)
        .into_iter()
        .filter_map(|(_, label, action)| match action {
            Action::PollVote { option, .. } => Some((option, label)),
            _ => None,
        })
        .collect()
}

fn buttons(
    turn: &Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
    lang: Language,
) -> Vec<ButtonSpec> {
    button_list(turn, community, poll, lang)
        .into_iter()
        .map(|(_, label, action)| {
            let opens_private = matches!(action, Action::PollBallot { .. });
            let mut spec = ButtonSpec::for_community(label, action, community.id);
            spec.opens_private = opens_private;
            spec
        })
        .collect()
}

/// Who has voted, and of how many members: the group's head count while
/// the poll is open, the count kept at close afterwards.
#[derive(Debug, Clone, Copy)]
pub struct Turnout {
    pub voted: u64,
    pub members: u64,
}

pub async fn turnout(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
) -> Result<Turnout, AppError> {
    let voted = turn.tx.count_voters(poll.id).await?;
    let members = match poll.members_at_close {
        Some(m) => m,
        None => {
            let known = turn.tx.count_members(community.id).await?;
            community.headcount(known, voted as usize)
        }
    };
    Ok(Turnout {
        voted: voted.max(0) as u64,
        members: members.max(0) as u64,
    })
}

/// How the poll stands now, counted from every ballot.
pub async fn standing(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
) -> Result<PollResult, AppError> {
    let ballots: Vec<_> = turn
        .tx
        .poll_ballots(poll.id)
        .await?
        .into_iter()
        .map(|(b, _)| b)
        .collect();
    let counted = turnout(turn, community, poll).await?;
    Ok(tally(&poll.rules, &poll.options, &ballots, counted.members))
}

/// Redraws the group message now (the redraw job, a close, a forgetting);
/// a closed poll loses its buttons.
pub async fn refresh(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
) -> Result<(), AppError> {
    let Some(message_id) = poll.message_id else {
        return Ok(());
    };
    let counted = turnout(turn, community, poll).await?;
    // Only live results need every ballot counted; otherwise the message
    // shows who has voted, and a vote costs no read of all the others.
    let live = match poll.rules.results == ResultsShown::Live && counted.voted > 0 {
        true => Some(standing(turn, community, poll).await?),
        false => None,
    };
    for (chat, message_id) in turn.shown_in(community, message_id).await? {
        if super::native::native(turn, &chat, poll) {
            continue; // the platform's poll shows its own counts
        }
        let lang = chat.language;
        let body = text::poll_message(
            turn,
            lang,
            poll,
            counted,
            live.as_ref(),
            community.time_zone,
        );
        let choices = match poll.state {
            PollState::Open => choices_again(turn, &chat, poll, lang, message_id).await?,
            PollState::Closed => vec![],
        };
        turn.redraw(&chat.chat(), message_id, body, choices).await?;
    }
    Ok(())
}

/// The group message's buttons again, with their tokens, in their order.
async fn choices_again(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
    lang: Language,
    message_id: i64,
) -> Result<Vec<Choice>, AppError> {
    let wanted = button_list(turn, community, poll, lang);
    let mut out: Vec<(usize, Choice)> = vec![];
    for (token, action) in turn.tx.buttons_on(message_id).await? {
        if let Some((place, label, _)) = wanted.iter().find(|(_, _, a)| *a == action) {
            let private = matches!(action, Action::PollBallot { .. });
            out.push((*place, choice_for(label.clone(), token, private)));
        }
    }
    out.sort_by_key(|(place, _)| *place);
    Ok(out.into_iter().map(|(_, c)| c).collect())
}
