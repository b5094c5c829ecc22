//! A newcomer's first tap on a check-in round or vote on a poll, on
//! Postgres: registered by the group write that records the press, not by
//! a statement of its own.
//!
//! The statement that registers a newcomer (`store::first_press`) is some
//! forty CTEs; most of the server's time for it goes to starting and ending
//! that plan, not to its rows. Run once per first tap, it bounded a busy
//! evening's first round: measured alone, it ran at a third to a half of the
//! benchmark's reference insert, so no tap that paid for it could reach the
//! target. Here the tap is read by one lean statement (the chat's
//! community, whether the account and a membership exist, the button and
//! its round or poll), the handler runs on that as for a known member, and
//! the group write makes the person, their membership and its week with the
//! answer or the vote, for every newcomer of the batch at once
//! (`batch_sql::REGISTER_PEOPLE`). A vote burst on a new poll is all first votes,
//! as a busy evening's first round is all first taps.
//!
//! Only the plain case is taken: a chat of its own (no links), an account
//! that is no one else's (`/me link`) and has no membership of any kind
//! there yet (not one who left, nor one a coordinator removed), under the
//! name and language the platform gives now, pressing an open round's
//! answer button, or an open poll's vote button, of that very chat, with no
//! answer or vote of theirs there yet. Anything else goes to the registering
//! statement, as before. So does a tap whose registration the group write
//! finds already made by another update in between: it comes back stale
//! and runs again the ordinary way, which finds them.
//!
//! The read also serves a current member whom this process has not lately
//! seen: every member's first press after Kettle restarts, or on a button
//! another Kettle process posted. It finds what their steady read would
//! (community, person, role, the day they were last heard, the press), so
//! their press goes on as a known member's does, with or without the
//! platform's word that they are in the group (a Telegram press carries
//! none until Kettle asks, and a member needs none). Before, such a press
//! went the ordinary way (a transaction of its own) or, with the
//! platform's word, ran the registering statement after this read.

use super::communities::CommunityRow;
use super::deferred::Deferred;
use super::group_commit::{Commit, GroupCommit};
use super::ingest::Opening;
use super::people::PersonRow;
use super::press_facts::{Answering, Before, PressFacts, PressRow};
use super::press_polls::{steady_joins, POLL_COLUMNS};
use super::press_reads::{
    first_answer_id, press_columns, press_joins, ANSWER_BY_KEY, NEXT_ANSWER_ID, VOTE_COLUMNS,
    VOTE_JOINS,
};
use super::steady::Steady;
use super::{CommunityRecord, PersonRecord, Store, StoreResult};
use crate::domain::Role;
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// Whom the group write registers with a newcomer's tap, and where.
#[derive(Debug, Clone)]
pub(super) struct Newcomer {
    /// Their person's id: theirs already, or taken from the sequence by
    /// the read for the row the group write makes.
    person_id: i64,
    /// No person yet: the group write makes one with `person_id`.
    new_person: bool,
    channel: String,
    user_id: String,
    name: String,
    language: Option<String>,
    community_id: i64,
    /// The community's local day of the tap, and its week's Monday: a
    /// newcomer is heard from as they join.
    day: String,
    week: String,
    at: DateTime<Utc>,
}

/// A button the whole group taps, as the engine saw it posted (the
/// engine's `lately_seen::Button`): which of the lean reads opens a press
/// on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostedButton {
    /// A check-in round's answer.
    Answer,
    /// A poll's vote (or stance).
    Vote,
}

/// The lean reads ($1 channel, $2 chat, $3 account, $4 name, $5 the app's
/// language, $6 the token), with the press's columns as a known member's
/// steady read has them ([`super::press_reads`]): a tap's with its round
/// and answer, a vote's with its poll and the voter's record there
/// ([`super::press_polls`]) instead. Ids are taken from the sequences only for a row the
/// write may make: the person when there is none, the answer when the
/// round is open and there is none.
pub(super) static READS: std::sync::LazyLock<[String; 2]> = std::sync::LazyLock::new(|| {
    let answer = (
        press_columns(&first_answer_id(NEXT_ANSWER_ID)),
        press_joins(ANSWER_BY_KEY),
        String::new(),
        String::new(),
    );
    let vote = (
        VOTE_COLUMNS.to_string(),
        VOTE_JOINS.to_string(),
        POLL_COLUMNS.to_string(),
        steady_joins(true),
    );
    [answer, vote].map(|(press, joins, poll, poll_joins)| {
        format!(
            "SELECT {community},
               p.id AS n_person,
               (p.id IS NULL OR (p.same_as IS NULL AND p.display_name = $4
                 AND p.platform_language IS NOT DISTINCT FROM COALESCE($5, p.platform_language))) AS n_plain,
               m.m_role, m.m_last_heard_on, m.m_current,
               CASE WHEN p.id IS NULL THEN nextval('people_id_seq') END AS n_new_person,
               p.language AS p_language, p.platform_language AS p_platform_language,
               p.time_zone AS p_time_zone, p.private_chat_id AS p_private_chat_id{press}{poll}
             FROM communities b JOIN communities c ON c.id = b.id
             LEFT JOIN people p ON p.channel = b.channel AND p.platform_user_id = $3
             LEFT JOIN LATERAL (SELECT role AS m_role, last_heard_on AS m_last_heard_on,
                                       left_at IS NULL AND removed_at IS NULL AS m_current
                                FROM memberships
                                WHERE community_id = c.id AND person_id = p.id LIMIT 1) m ON true
             {joins}{poll_joins}
             WHERE b.channel = $1 AND b.chat_id = $2 AND b.linked_to IS NULL AND c.active",
            community = super::links::view_columns("c", "b"),
        )
    })
});

#[derive(sqlx::FromRow)]
struct Row {
    #[sqlx(flatten)]
    community: CommunityRow,
    n_person: Option<i64>,
    n_plain: bool,
    m_role: Option<String>,
    m_last_heard_on: Option<String>,
    /// Whether their membership there is current; none if they have none.
    m_current: Option<bool>,
    n_new_person: Option<i64>,
    p_language: Option<String>,
    p_platform_language: Option<String>,
    p_time_zone: Option<String>,
    p_private_chat_id: Option<String>,
    #[sqlx(flatten)]
    press: PressRow,
}

impl Store {
    /// Opens a deferred transaction for a newcomer's tap on an open
    /// round's answer button or an open poll's vote button, their
    /// registration left to the group write, or for a current member's
    /// press as their steady read would; `None` where the press is neither
    /// (see the module's notes).
    pub(super) async fn open_by_lean_read(
        &self,
        pool: &sqlx::PgPool,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
        posted: PostedButton,
    ) -> StoreResult<Option<Steady>> {
        let (Some(chat), Some(user), Some(token)) = (o.group_chat, o.sender, o.press) else {
            return Ok(None);
        };
        // First presses come in bursts (a new round's, a new poll's): they
        // are read together (`store::group_reads`).
        let read = super::group_reads::PressRead {
            kind: super::group_reads::ReadKind::Lean(posted),
            channel: o.channel,
            chat_id: chat.to_string(),
            user: user.clone(),
            token: token.to_string(),
        };
        let Some(row) = group.reads.read(pool, read).await? else {
            return Ok(None);
        };
        let row = <Row as sqlx::FromRow<_>>::from_row(&row)?;
        let Some(person_id) = row.n_person.or(row.n_new_person) else {
            return Ok(None);
        };
        let community = CommunityRecord::try_from(row.community)?;
        let presser = (person_id, user.display_name.clone());
        let press = PressFacts::new(token, row.press, Some(presser));
        let unlinked = community.linked == Some(false) && row.n_plain;
        // Someone already known elsewhere keeps their own settings: their
        // language, zone and private chat (where a WhatsApp tap is told).
        let person = PersonRecord::from(PersonRow {
            id: person_id,
            channel: o.channel.as_str().to_string(),
            platform_user_id: user.user_id.clone(),
            display_name: user.display_name.clone(),
            language: row.p_language,
            platform_language: row.p_platform_language.or(user.language_code.clone()),
            time_zone: row.p_time_zone,
            private_chat_id: row.p_private_chat_id,
        });
        // A member this process has not lately seen (it started since, or
        // another process posted the button): the read found all that a
        // known member's steady read would, so the press goes on as theirs
        // does, without registering them again.
        if let (true, Some(true), Some(role)) = (unlinked, row.m_current, &row.m_role) {
            let last_heard_on = row.m_last_heard_on.as_deref();
            let heard = super::steady::heard(&community, person_id, last_heard_on, o.at);
            let mut deferred = Deferred::new(self, group, o, heard);
            deferred.press = Some(Box::new(press));
            return Ok(Some(deferred.opened(community, person, Role::parse(role))));
        }
        // Only the platform's word makes a presser a member (a Telegram
        // press carries none until Kettle asks): a current member needs
        // none, above.
        let plain = o.register
            && unlinked
            && row.m_current.is_none()
            && match posted {
                PostedButton::Answer => first_answer_in(&press, community.id),
                PostedButton::Vote => first_vote_in(&press, community.id),
            };
        if !plain {
            return Ok(None);
        }
        let local = community.today(o.at);
        let newcomer = Newcomer {
            person_id,
            new_person: row.n_person.is_none(),
            channel: o.channel.as_str().to_string(),
            user_id: user.user_id.clone(),
            name: user.display_name.clone(),
            language: user.language_code.clone(),
            community_id: community.id,
            day: local.format("%Y-%m-%d").to_string(),
            week: super::digests::week_start(local),
            at: o.at,
        };
        let mut deferred = Deferred::new(self, group, o, None);
        deferred.press = Some(Box::new(press));
        deferred.newcomer = Some(newcomer);
        Ok(Some(deferred.opened(community, person, Role::Member)))
    }
}

/// Whether the press is on a button of `community_id`'s, not anyone's own.
fn the_groups_button(press: &PressFacts, community_id: i64) -> bool {
    press
        .button
        .as_ref()
        .is_some_and(|b| b.person_id.is_none() && b.community_id == community_id)
}

/// Whether the press is a first answer in an open round of `community_id`,
/// on a button of that community's.
fn first_answer_in(press: &PressFacts, community_id: i64) -> bool {
    let button = the_groups_button(press, community_id);
    let round = press
        .round
        .as_ref()
        .is_some_and(|r| r.community_id == community_id && r.times.closed_at.is_none());
    let first = matches!(
        &press.answering,
        Some(Answering {
            before: Before::Nothing { new_id: Some(_) },
            ..
        })
    );
    button && round && first
}

/// Whether the press is a first vote on an open poll of `community_id`,
/// on a button of that community's: the voter has no record there, named
/// or anonymous.
fn first_vote_in(press: &PressFacts, community_id: i64) -> bool {
    let button = the_groups_button(press, community_id);
    let poll = press.poll.as_ref().is_some_and(|p| {
        p.read.poll.community_id == community_id
            && p.read.poll.status == "open"
            && p.read.seen().is_none()
    });
    button && poll
}

/// The batch's newcomers as array columns (`$48`–`$58` of
/// `batch_sql`'s statement; empty arrays when it has none).
#[derive(Default)]
pub(super) struct Registers {
    pub(super) n: Vec<i32>,
    person: Vec<i64>,
    new_person: Vec<bool>,
    channel: Vec<String>,
    user_id: Vec<String>,
    name: Vec<String>,
    language: Vec<Option<String>>,
    community: Vec<i64>,
    day: Vec<String>,
    week: Vec<String>,
    at: Vec<DateTime<Utc>>,
}

impl Registers {
    pub(super) fn of(commits: &[&Commit]) -> Registers {
        let mut r = Registers::default();
        for (n, commit) in commits.iter().enumerate() {
            if let Some(x) = &commit.newcomer {
                r.n.push(n as i32);
                r.person.push(x.person_id);
                r.new_person.push(x.new_person);
                r.channel.push(x.channel.clone());
                r.user_id.push(x.user_id.clone());
                r.name.push(x.name.clone());
                r.language.push(x.language.clone());
                r.community.push(x.community_id);
                r.day.push(x.day.clone());
                r.week.push(x.week.clone());
                r.at.push(x.at);
            }
        }
        r
    }

    pub(super) fn bind<B: super::batch_bind::Bind>(self, query: B) -> B {
        query
            .bind(self.n)
            .bind(self.person)
            .bind(self.new_person)
            .bind(self.channel)
            .bind(self.user_id)
            .bind(self.name)
            .bind(self.language)
            .bind(self.community)
            .bind(self.day)
            .bind(self.week)
            .bind(self.at)
    }
}

#[cfg(test)]
impl Newcomer {
    /// Someone Kettle knows already (person `person_id`, account `user_id`
    /// on Telegram) joining `community_id` with their press.
    pub(super) fn known_elsewhere(person_id: i64, user_id: &str, community_id: i64) -> Newcomer {
        Newcomer {
            person_id,
            new_person: false,
            channel: "telegram".into(),
            user_id: user_id.into(),
            name: format!("Person {user_id}"),
            language: None,
            community_id,
            day: "2026-12-03".into(),
            week: "2026-11-30".into(),
            at: chrono::Utc::now(),
        }
    }
}

#[cfg(test)]
#[path = "newcomer_taps_tests.rs"]
mod tests;
