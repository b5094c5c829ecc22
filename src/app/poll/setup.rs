//! Setting a poll up step by step in a private chat (`/poll` alone in the
//! group): the question, then the options, then the rules with buttons,
//! shown in full before it is posted.

use super::{post, text};
use crate::app::turn::ButtonSpec;
use crate::app::Action;
use crate::app::SetupChange;
use crate::app::{AppError, Turn};
use crate::domain::poll::command::{self as poll_command, PollCommandError, PollDraft};
use crate::domain::poll::proposal::Quorum;
use crate::domain::poll::{
    PollKind, PollRules, RankMethod, ResultsShown, MAX_LABEL, MAX_OPTIONS, MAX_QUESTION,
};
use crate::domain::{ChatAddress, Language};
use crate::store::{CommunityRecord, PersonRecord, PollSetup, SetupStage};

/// The kinds offered in the guided set-up, in button order. A budget
/// needs costs and an amount: that one is typed as a line (see `/poll help`).
const KINDS: [PollKind; 6] = [
    PollKind::Single,
    PollKind::Multiple { max: None },
    PollKind::Ranked {
        method: RankMethod::Schulze,
    },
    PollKind::Score,
    PollKind::Points { points: 10 },
    PollKind::Proposal { agree_percent: 50 },
];
const DEADLINES: [Option<i64>; 5] = [
    Some(24 * 60),
    Some(48 * 60),
    Some(7 * 24 * 60),
    Some(14 * 24 * 60),
    None,
];
const QUORUMS: [Quorum; 4] = [
    Quorum::None,
    Quorum::Percent(25),
    Quorum::Percent(50),
    Quorum::Percent(75),
];

/// `/poll` alone in a group: the set-up moves to the member's private chat.
pub async fn begin(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    lang: Language,
) -> Result<String, AppError> {
    let Some(chat) = community.private_chat_of(person) else {
        let key = match turn.by_number(&community.chat()) {
            true => "poll-setup-start-private-by-number",
            false => "poll-setup-start-private",
        };
        return Ok(turn.t(lang, key, &[]));
    };
    let setup = PollSetup {
        person_id: person.id,
        community_id: community.id,
        stage: SetupStage::Question,
        question: None,
        options: vec![],
        rules: PollRules::default(),
        message_id: None,
    };
    turn.tx.save_poll_setup(&setup, turn.now).await?;
    let ask = turn.t(
        lang,
        "poll-setup-question",
        &[("group", community.title.as_str().into())],
    );
    turn.say(&chat, ask).await?;
    Ok(turn.t(lang, "poll-setup-moved", &[]))
}

/// Text typed in a private chat during a set-up. `false` if none is waiting for text.
pub async fn words(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    lang: Language,
    words: &str,
) -> Result<bool, AppError> {
    let Some(mut setup) = turn.tx.poll_setup(person.id).await? else {
        return Ok(false);
    };
    match setup.stage {
        SetupStage::Rules => return Ok(false),
        SetupStage::Question => {
            let question: String = words.trim().chars().take(MAX_QUESTION).collect();
            if question.is_empty() {
                return Ok(false);
            }
            setup.question = Some(question);
            setup.stage = SetupStage::Options;
        }
        SetupStage::Options => {
            for line in words.lines().map(str::trim).filter(|l| !l.is_empty()) {
                if setup.options.len() >= MAX_OPTIONS {
                    let text = turn.t(
                        lang,
                        "poll-error-too-many",
                        &[("max", (MAX_OPTIONS as i64).into())],
                    );
                    turn.say(chat, text).await?;
                    break;
                }
                let label: String = line.chars().take(MAX_LABEL).collect();
                if !setup
                    .options
                    .iter()
                    .any(|o| o.label.eq_ignore_ascii_case(&label))
                {
                    setup
                        .options
                        .push(crate::domain::poll::PollOption { label, cost: None });
                }
            }
        }
    }
    turn.tx.save_poll_setup(&setup, turn.now).await?;
    let list: Vec<String> = setup
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| format!("{}. {}", i + 1, o.label))
        .collect();
    let body = format!(
        "{}\n{}",
        list.join("\n"),
        turn.t(lang, "poll-setup-options", &[])
    );
    let done = ButtonSpec::for_person(
        turn.t(lang, "poll-setup-done", &[]),
        Action::PollSetup {
            change: SetupChange::OptionsDone,
        },
        setup.community_id,
        person.id,
    );
    turn.send(chat, body.trim().to_string(), vec![done]).await?;
    Ok(true)
}

/// A button in the set-up. Returns the notice for the member.
pub async fn pressed(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    chat: &ChatAddress,
    change: SetupChange,
    view: Option<i64>,
) -> Result<Option<String>, AppError> {
    let lang = turn.language_of(person, community.language);
    // A card from a set-up for another group (since replaced) is stale: a
    // poll is only ever posted in the group it was set up for.
    let setup = turn.tx.poll_setup(person.id).await?;
    let Some(mut setup) = setup.filter(|s| s.community_id == community.id) else {
        return Ok(Some(turn.t(lang, "button-stale", &[])));
    };
    let r = &mut setup.rules;
    let next = |i: Option<usize>, len: usize| i.map_or(0, |i| (i + 1) % len);
    match change {
        SetupChange::OptionsDone => setup.stage = SetupStage::Rules,
        SetupChange::Kind { kind } => {
            if let Some(k) = KINDS.get(usize::from(kind)) {
                r.kind = k.clone();
            }
        }
        SetupChange::Anonymous => {
            r.anonymous = !r.anonymous;
            // As on the one-line form: anonymous results wait for the close.
            if r.anonymous && r.results == ResultsShown::Live {
                r.results = ResultsShown::AfterClose;
            }
        }
        SetupChange::Results => {
            r.results = match r.results {
                ResultsShown::Live => ResultsShown::AfterVote,
                ResultsShown::AfterVote => ResultsShown::AfterClose,
                ResultsShown::AfterClose => ResultsShown::Live,
            }
        }
        SetupChange::Deadline => {
            let i = DEADLINES.iter().position(|d| *d == r.deadline_minutes);
            r.deadline_minutes = DEADLINES[next(i, DEADLINES.len())];
        }
        SetupChange::Quorum => {
            let i = QUORUMS.iter().position(|q| *q == r.quorum);
            r.quorum = QUORUMS[next(i, QUORUMS.len())];
        }
        SetupChange::Cancel => {
            turn.tx.drop_poll_setup(person.id).await?;
            let text = turn.t(lang, "poll-setup-cancelled", &[]);
            if let Some(view) = view {
                turn.edit(chat, view, text, vec![]).await?;
            }
            return Ok(None);
        }
        SetupChange::Post => {
            return post_setup(turn, community, person, chat, setup, lang, view).await
        }
    }
    turn.tx.save_poll_setup(&setup, turn.now).await?;
    draw(turn, community, person, chat, &setup, lang, view).await?;
    Ok(None)
}

fn draft_of(setup: &PollSetup) -> Result<PollDraft, PollCommandError> {
    // A proposal is its question: options typed before choosing it go.
    let labels: Vec<&str> = match setup.rules.kind {
        PollKind::Proposal { .. } => vec![],
        _ => setup.options.iter().map(|o| o.label.as_str()).collect(),
    };
    let options = poll_command::options(&setup.rules.kind, &labels)?;
    Ok(PollDraft {
        question: setup.question.clone().ok_or(PollCommandError::NoQuestion)?,
        options,
        rules: setup.rules.clone(),
    })
}

async fn post_setup(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    chat: &ChatAddress,
    setup: PollSetup,
    lang: Language,
    view: Option<i64>,
) -> Result<Option<String>, AppError> {
    if turn.member_role(community, person).await?.is_none() || !community.active {
        return Ok(Some(turn.t(lang, "poll-not-member", &[])));
    }
    let draft = match draft_of(&setup) {
        Ok(d) => d,
        Err(e) => return Ok(Some(super::command_error(turn, lang, e))),
    };
    let poll = post::post(turn, community, person, &draft).await?;
    turn.tx.drop_poll_setup(person.id).await?;
    let text = turn.t(
        lang,
        "poll-setup-posted",
        &[
            ("id", poll.id.into()),
            ("group", community.title.as_str().into()),
        ],
    );
    match view {
        Some(view) => turn.edit(chat, view, text, vec![]).await.map(drop)?,
        None => turn.say(chat, text).await?,
    }
    Ok(None)
}

/// The set-up card: the poll as it will read, and a button per rule.
async fn draw(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    chat: &ChatAddress,
    setup: &PollSetup,
    lang: Language,
    view: Option<i64>,
) -> Result<(), AppError> {
    let preview = crate::store::PollRecord {
        id: 0,
        community_id: community.id,
        creator_id: Some(person.id),
        question: setup.question.clone().unwrap_or_default(),
        rules: setup.rules.clone(),
        options: setup.options.clone(),
        state: crate::store::PollState::Open,
        created_at: turn.now,
        deadline: setup
            .rules
            .deadline_minutes
            .map(|m| turn.now + chrono::Duration::minutes(m)),
        closed_at: None,
        members_at_close: None,
        message_id: None,
        outcome: None,
        outcome_at: None,
        review_on: None,
        merged_votes: 0,
    };
    let members = post::turnout(turn, community, &preview).await?.members as i64;
    let mut lines = vec![turn.t(
        lang,
        "poll-setup-card",
        &[("group", community.title.as_str().into())],
    )];
    lines.push(format!("📊 {}", preview.question));
    for (i, _) in preview.options.iter().enumerate() {
        lines.push(format!("{}. {}", i + 1, text::label(&preview, i)));
    }
    lines.push(String::new());
    lines.extend(text::rules(
        turn,
        lang,
        &preview,
        members,
        person.time_zone.unwrap_or(community.time_zone),
    ));
    let mut buttons = vec![];
    for (i, kind) in KINDS.iter().enumerate() {
        let mark = if std::mem::discriminant(kind) == std::mem::discriminant(&setup.rules.kind) {
            "● "
        } else {
            ""
        };
        let label = format!(
            "{mark}{}",
            turn.t(lang, &format!("poll-setup-kind-{}", kind.name()), &[])
        );
        buttons.push((label, SetupChange::Kind { kind: i as u8 }));
    }
    let anonymous = match setup.rules.anonymous {
        true => "poll-setup-anonymous-on",
        false => "poll-setup-anonymous-off",
    };
    buttons.push((turn.t(lang, anonymous, &[]), SetupChange::Anonymous));
    buttons.push((
        turn.t(lang, "poll-setup-results", &[]),
        SetupChange::Results,
    ));
    buttons.push((
        turn.t(lang, "poll-setup-deadline", &[]),
        SetupChange::Deadline,
    ));
    buttons.push((turn.t(lang, "poll-setup-quorum", &[]), SetupChange::Quorum));
    buttons.push((turn.t(lang, "poll-setup-post", &[]), SetupChange::Post));
    buttons.push((turn.t(lang, "poll-setup-cancel", &[]), SetupChange::Cancel));
    let specs = buttons
        .into_iter()
        .map(|(label, change)| {
            ButtonSpec::for_person(label, Action::PollSetup { change }, community.id, person.id)
        })
        .collect();
    match view {
        Some(view) => {
            turn.edit_with_buttons(chat, view, lines.join("\n"), specs)
                .await
        }
        None => turn.send(chat, lines.join("\n"), specs).await.map(drop),
    }
}
