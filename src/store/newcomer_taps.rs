//! A newcomer's first tap on a check-in round, on Postgres: registered by
//! the group write that records the tap, not by a statement of its own.
//!
//! The statement that registers a newcomer (`store::first_press`) is some
//! forty CTEs; most of the server's time for it goes to starting and ending
//! that plan, not to its rows. Run once per first tap, it bounded a busy
//! evening's first round: measured alone, it ran at a third to a half of the
//! benchmark's reference insert, so no tap that paid for it could reach the
//! target. Here the tap is read by one lean statement (the chat's
//! community, whether the account and a membership exist, the button and
//! its round), the handler runs on that as for a known member, and the group
//! write makes the person, their membership and its week with the answer,
//! for every newcomer of the batch at once (`batch_sql::REGISTERS`).
//!
//! Only the plain case is taken: a chat of its own (no links), an account
//! that is no one else's (`/me link`) and has no membership of any kind
//! there yet (not one who left, nor one a coordinator removed), under the
//! name and language the platform gives now, pressing an open round's
//! answer button of that very chat. Anything else goes to the registering
//! statement, as before. So does a tap whose registration the group write
//! finds already made by another update in between: it comes back stale
//! and runs again the ordinary way, which finds them.

use super::communities::CommunityRow;
use super::deferred::Deferred;
use super::group_commit::{Commit, GroupCommit};
use super::ingest::Opening;
use super::press_facts::{Answering, Before, PressFacts, RawButton};
use super::steady::Steady;
use super::{CommunityRecord, PersonRecord, RoundRecord, Store, StoreResult, Tx};
use crate::domain::checkin::RoundTimes;
use crate::domain::Role;
use chrono::{DateTime, Utc};
use sqlx::types::Json;
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

/// The lean read ($1 channel, $2 chat, $3 account, $4 name, $5 the app's
/// language, $6 the token). Ids are taken from the sequences only for a
/// row the write may make: the person when there is none, the answer when
/// the round is open.
const READ: &str = "
    SELECT {community},
           a.id AS n_person,
           (a.id IS NULL OR (a.same_as IS NULL AND a.display_name = $4
             AND a.platform_language IS NOT DISTINCT FROM COALESCE($5, a.platform_language))) AS n_plain,
           m.present IS NOT NULL AS n_membership,
           CASE WHEN a.id IS NULL THEN nextval('people_id_seq') END AS n_new_person,
           bt.community_id AS b_community_id, bt.person_id AS b_person_id,
           bt.message_id AS b_message_id, bt.action AS b_action,
           r.id AS r_id, r.community_id AS r_community_id, r.question AS r_question,
           r.schedule_id AS r_schedule_id, r.opened_at AS r_opened_at,
           r.closes_at AS r_closes_at, r.closed_at AS r_closed_at, r.message_id AS r_message_id,
           pa.present IS NOT NULL AS n_answered,
           CASE WHEN r.id IS NOT NULL AND r.closed_at IS NULL
                THEN nextval('checkin_answers_id_seq') END AS a_new_id
    FROM communities b JOIN communities c ON c.id = b.id
    LEFT JOIN people a ON a.channel = b.channel AND a.platform_user_id = $3
    LEFT JOIN LATERAL (SELECT true AS present FROM memberships
                       WHERE community_id = c.id AND person_id = a.id LIMIT 1) m ON true
    LEFT JOIN buttons bt ON bt.token = $6
    LEFT JOIN checkin_rounds r ON bt.action ->> 'action' = 'checkin_answer'
      AND r.id = CAST(bt.action ->> 'round_id' AS BIGINT)
    LEFT JOIN LATERAL (SELECT true AS present FROM checkin_answers
                       WHERE round_id = r.id AND person_id = a.id LIMIT 1) pa ON true
    WHERE b.channel = $1 AND b.chat_id = $2 AND b.linked_to IS NULL AND c.active";

static READ_SQL: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| READ.replace("{community}", &super::links::view_columns("c", "b")));

#[derive(sqlx::FromRow)]
struct Row {
    #[sqlx(flatten)]
    community: CommunityRow,
    n_person: Option<i64>,
    n_plain: bool,
    n_membership: bool,
    n_new_person: Option<i64>,
    b_community_id: Option<i64>,
    b_person_id: Option<i64>,
    b_message_id: Option<i64>,
    b_action: Option<Json<serde_json::Value>>,
    r_id: Option<i64>,
    r_community_id: Option<i64>,
    r_question: Option<String>,
    r_schedule_id: Option<i64>,
    r_opened_at: Option<DateTime<Utc>>,
    r_closes_at: Option<DateTime<Utc>>,
    r_closed_at: Option<DateTime<Utc>>,
    r_message_id: Option<i64>,
    n_answered: bool,
    a_new_id: Option<i64>,
}

impl Store {
    /// Opens a deferred transaction for a newcomer's tap on an open
    /// round's answer button, their registration left to the group write;
    /// `None` where the tap is not the plain case (see the module's notes).
    pub(super) async fn open_newcomer_tap(
        &self,
        pool: &sqlx::PgPool,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
    ) -> StoreResult<Option<Steady>> {
        let (Some(chat), Some(user), Some(token), true) =
            (o.group_chat, o.sender, o.press, o.register)
        else {
            return Ok(None);
        };
        let row: Option<Row> = sqlx::query_as(&READ_SQL)
            .bind(o.channel.as_str())
            .bind(chat)
            .bind(&user.user_id)
            .bind(&user.display_name)
            .bind(&user.language_code)
            .bind(token)
            .fetch_optional(pool)
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let round = open_round(&row);
        let community = CommunityRecord::try_from(row.community)?;
        let plain = community.linked == Some(false)
            && row.n_plain
            && !row.n_membership
            && !row.n_answered
            && row.b_person_id.is_none()
            && row.b_community_id == Some(community.id)
            && row.r_community_id == Some(community.id)
            && row.r_closed_at.is_none();
        let person_id = row.n_person.or(row.n_new_person);
        let (true, Some(person_id), Some(new_id), Some(Json(action)), Some(round)) =
            (plain, person_id, row.a_new_id, row.b_action, round)
        else {
            return Ok(None);
        };
        let press = PressFacts {
            token: token.to_string(),
            button: Some(RawButton {
                community_id: community.id,
                person_id: None,
                message_id: row.b_message_id,
                action,
            }),
            round: Some(round),
            answering: Some(Answering {
                person_id,
                name: user.display_name.clone(),
                before: Before::Nothing {
                    new_id: Some(new_id),
                },
            }),
            poll: None,
        };
        let person = PersonRecord {
            id: person_id,
            channel: o.channel,
            platform_user_id: user.user_id.clone(),
            display_name: user.display_name.clone(),
            language: None,
            platform_language: user.language_code.clone(),
            time_zone: None,
            private_chat_id: None,
        };
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
        Ok(Some((
            Tx::Deferred(Box::new(deferred)),
            community,
            person,
            Role::Member,
        )))
    }
}

/// The open round the read found (its closing and its community are
/// checked with the rest).
fn open_round(row: &Row) -> Option<RoundRecord> {
    Some(RoundRecord {
        id: row.r_id?,
        community_id: row.r_community_id?,
        question: row.r_question.clone(),
        schedule_id: row.r_schedule_id,
        times: RoundTimes {
            opened_at: row.r_opened_at?,
            closes_at: row.r_closes_at?,
            closed_at: None,
        },
        message_id: row.r_message_id,
    })
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

    pub(super) fn bind(self, query: super::group_taps::Batch<'_>) -> super::group_taps::Batch<'_> {
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
