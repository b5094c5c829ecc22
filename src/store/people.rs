//! People (identified by their chat account, nothing more) and their
//! memberships in communities.

use super::{on_read, on_tx, StoreResult, Tx};
use crate::domain::{Channel, Language, PlatformUser, Role, TimeZone};
use chrono::{DateTime, NaiveDate, Utc};

#[derive(Debug, Clone, PartialEq)]
pub struct PersonRecord {
    pub id: i64,
    /// The platform this account is on: a person on two platforms is two
    /// records.
    pub channel: Channel,
    pub platform_user_id: String,
    pub display_name: String,
    /// Chosen with `/lang`.
    pub language: Option<Language>,
    /// What their app reports, used when they chose nothing.
    pub platform_language: Option<String>,
    pub time_zone: Option<TimeZone>,
    /// Set once they have started a private chat with Kettle.
    pub private_chat_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MemberRecord {
    pub person: PersonRecord,
    pub role: Role,
}

#[derive(sqlx::FromRow)]
pub(super) struct PersonRow {
    pub(super) id: i64,
    pub(super) channel: String,
    pub(super) platform_user_id: String,
    pub(super) display_name: String,
    pub(super) language: Option<String>,
    pub(super) platform_language: Option<String>,
    pub(super) time_zone: Option<String>,
    pub(super) private_chat_id: Option<String>,
}

impl From<PersonRow> for PersonRecord {
    fn from(r: PersonRow) -> Self {
        let display_name = if r.display_name.is_empty() {
            crate::domain::vocabulary::stand_in_name(&r.platform_user_id)
        } else {
            r.display_name
        };
        PersonRecord {
            id: r.id,
            // Written only from `Channel::as_str`; console if ever unreadable.
            channel: Channel::parse(&r.channel).unwrap_or(Channel::Console),
            platform_user_id: r.platform_user_id,
            display_name,
            language: r.language.as_deref().and_then(Language::from_platform_code),
            platform_language: r.platform_language,
            time_zone: r.time_zone.as_deref().and_then(|z| TimeZone::parse(z).ok()),
            private_chat_id: r.private_chat_id,
        }
    }
}

pub(super) const COLUMNS: &str =
    "id, channel, platform_user_id, display_name, language, platform_language, time_zone, private_chat_id";

/// How a membership call changed things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    New,
    Returned,
    Already,
}

impl Tx {
    /// Creates the person on first sight; refreshes name and app language
    /// after (a name not given, `""`, keeps the one known).
    pub async fn upsert_person(
        &mut self,
        channel: Channel,
        user: &PlatformUser,
        now: DateTime<Utc>,
    ) -> StoreResult<PersonRecord> {
        let sql = format!(
            "INSERT INTO people (channel, platform_user_id, display_name, platform_language, created_at) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (channel, platform_user_id) DO UPDATE \
             SET display_name = CASE WHEN excluded.display_name = '' \
                                     THEN people.display_name ELSE excluded.display_name END, \
                 platform_language = COALESCE(excluded.platform_language, people.platform_language) \
             RETURNING {COLUMNS}, same_as"
        );
        let row: super::identities::AccountRow = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(channel.as_str())
            .bind(&user.user_id)
            .bind(&user.display_name)
            .bind(&user.language_code)
            .bind(now)
            .fetch_one(&mut *c)
            .await?);
        // An account linked to a person (`/me link`) acts as that person.
        match row.same_as {
            Some(id) => Ok(self.person(id).await?.unwrap_or_else(|| row.person.into())),
            None => Ok(row.person.into()),
        }
    }

    pub async fn person_by_platform(
        &mut self,
        channel: Channel,
        user_id: &str,
    ) -> StoreResult<Option<PersonRecord>> {
        let sql = format!(
            "SELECT {} FROM people a {} WHERE a.channel = $1 AND a.platform_user_id = $2",
            super::ingest::prefixed(COLUMNS, "p", ""),
            super::identities::RESOLVED
        );
        let row: Option<PersonRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(channel.as_str())
            .bind(user_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(Into::into))
    }

    pub async fn person(&mut self, id: i64) -> StoreResult<Option<PersonRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM people WHERE id = $1");
        let row: Option<PersonRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(Into::into))
    }

    pub async fn set_person_language(&mut self, id: i64, lang: Language) -> StoreResult<()> {
        self.update_person(id, "language", Some(lang.code())).await
    }

    pub async fn set_person_time_zone(&mut self, id: i64, tz: TimeZone) -> StoreResult<()> {
        self.update_person(id, "time_zone", Some(tz.name())).await
    }

    pub async fn set_private_chat(&mut self, id: i64, chat_id: &str) -> StoreResult<()> {
        self.update_person(id, "private_chat_id", Some(chat_id))
            .await
    }

    async fn update_person(
        &mut self,
        id: i64,
        column: &str,
        value: Option<&str>,
    ) -> StoreResult<()> {
        let sql = format!("UPDATE people SET {column} = $2 WHERE id = $1");
        on_tx!(self, |c| sqlx::query(&sql)
            .bind(id)
            .bind(value)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Makes the person a member (again). Idempotent.
    pub async fn join_community(
        &mut self,
        community_id: i64,
        person_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<Joined> {
        self.join_heard(community_id, person_id, now, None).await
    }

    /// [`Tx::join_community`]; a membership it makes new is made with `heard`
    /// as the day its member was last heard from (they speak as they join).
    pub(super) async fn join_heard(
        &mut self,
        community_id: i64,
        person_id: i64,
        now: DateTime<Utc>,
        heard: Option<NaiveDate>,
    ) -> StoreResult<Joined> {
        let insert = "INSERT INTO memberships (community_id, person_id, joined_at, last_heard_on) \
                      VALUES ($1, $2, $3, $4) ON CONFLICT (community_id, person_id) DO NOTHING";
        let heard = heard.map(|day| day.format("%Y-%m-%d").to_string());
        let rejoin = "UPDATE memberships SET left_at = NULL, joined_at = $3 \
                      WHERE community_id = $1 AND person_id = $2 AND left_at IS NOT NULL \
                      AND removed_at IS NULL";
        let (inserted, returned) = on_tx!(self, |c| {
            let inserted = sqlx::query(insert)
                .bind(community_id)
                .bind(person_id)
                .bind(now)
                .bind(&heard)
                .execute(&mut *c)
                .await?
                .rows_affected();
            let returned = if inserted == 0 {
                sqlx::query(rejoin)
                    .bind(community_id)
                    .bind(person_id)
                    .bind(now)
                    .execute(&mut *c)
                    .await?
                    .rows_affected()
            } else {
                0
            };
            (inserted, returned)
        });
        Ok(match (inserted, returned) {
            (1, _) => Joined::New,
            (_, 1) => Joined::Returned,
            _ => Joined::Already,
        })
    }

    /// Records that the person left, and drops what they had open there:
    /// unfinished private ballots, a poll being set up, words being
    /// waited for, and their answers to meetings still to come (so no
    /// reminder follows them out). Returns how many ballots were dropped.
    pub async fn leave_community(
        &mut self,
        community_id: i64,
        person_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<u64> {
        let sql = "UPDATE memberships SET left_at = $3 WHERE community_id = $1 AND person_id = $2 AND left_at IS NULL";
        if self.of_member(sql, community_id, person_id, now).await? == 0 {
            return Ok(0); // not a member now: nothing to drop
        }
        let rsvps = "DELETE FROM meeting_rsvps WHERE person_id = $2 AND meeting_id IN \
                     (SELECT id FROM meetings WHERE community_id = $1 AND starts_at > $3)";
        self.of_member(rsvps, community_id, person_id, now).await?;
        let mut dropped = 0;
        for (n, sql) in [
            "DELETE FROM poll_ballot_drafts WHERE person_id = $2 AND poll_id IN \
             (SELECT id FROM polls WHERE community_id = $1 AND status = 'open')",
            "DELETE FROM poll_setups WHERE person_id = $2 AND community_id = $1",
            "DELETE FROM checkin_word_prompts WHERE person_id = $2 AND answer_id IN \
             (SELECT id FROM checkin_answers WHERE community_id = $1)",
        ]
        .into_iter()
        .enumerate()
        {
            let rows = on_tx!(self, |c| sqlx::query(sql)
                .bind(community_id)
                .bind(person_id)
                .execute(&mut *c)
                .await?
                .rows_affected());
            if n == 0 {
                dropped = rows;
            }
        }
        Ok(dropped)
    }

    /// A coordinator's `/remove`: the person leaves (see
    /// [`Tx::leave_community`]) and is not made a member again by writing
    /// or pressing, only by [`Tx::readmit`]. `false` if not a member now.
    pub async fn remove_member(
        &mut self,
        community_id: i64,
        person_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let current = self.membership(community_id, person_id).await?.is_some();
        if !current {
            return Ok(false);
        }
        self.leave_community(community_id, person_id, now).await?;
        let sql =
            "UPDATE memberships SET removed_at = $3 WHERE community_id = $1 AND person_id = $2";
        self.of_member(sql, community_id, person_id, now).await?;
        Ok(true)
    }

    /// Runs `sql` about one membership: `$1` the community, `$2` the
    /// person, `$3` the moment. Returns how many rows it touched.
    async fn of_member(
        &mut self,
        sql: &str,
        community_id: i64,
        person_id: i64,
        at: DateTime<Utc>,
    ) -> StoreResult<u64> {
        Ok(on_tx!(self, |c| sqlx::query(sql)
            .bind(community_id)
            .bind(person_id)
            .bind(at)
            .execute(&mut *c)
            .await?
            .rows_affected()))
    }

    /// Lifts a removal: the group's admins added the person back on the
    /// platform (or an operator made them a coordinator).
    pub async fn readmit(&mut self, community_id: i64, person_id: i64) -> StoreResult<()> {
        let sql =
            "UPDATE memberships SET removed_at = NULL WHERE community_id = $1 AND person_id = $2 \
                   AND removed_at IS NOT NULL";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(community_id)
            .bind(person_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The person's current membership, if they are a member now.
    pub async fn membership(
        &mut self,
        community_id: i64,
        person_id: i64,
    ) -> StoreResult<Option<Role>> {
        let sql = "SELECT role FROM memberships WHERE community_id = $1 AND person_id = $2 AND left_at IS NULL";
        let role: Option<(String,)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .bind(person_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(role.map(|(r,)| Role::parse(&r)))
    }

    pub async fn set_role(
        &mut self,
        community_id: i64,
        person_id: i64,
        role: Role,
    ) -> StoreResult<()> {
        let sql = "UPDATE memberships SET role = $3 WHERE community_id = $1 AND person_id = $2";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(community_id)
            .bind(person_id)
            .bind(role.as_str())
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    pub async fn count_members(&mut self, community_id: i64) -> StoreResult<i64> {
        let sql = "SELECT COUNT(*) FROM memberships WHERE community_id = $1 AND left_at IS NULL";
        let (n,): (i64,) = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .fetch_one(&mut *c)
            .await?);
        Ok(n)
    }

    /// Current members with a role, by name.
    pub async fn members_with_role(
        &mut self,
        community_id: i64,
        role: Role,
    ) -> StoreResult<Vec<PersonRecord>> {
        self.current_members(community_id, Some(role)).await
    }

    /// Every current member, by name.
    pub async fn members(&mut self, community_id: i64) -> StoreResult<Vec<PersonRecord>> {
        self.current_members(community_id, None).await
    }

    async fn current_members(
        &mut self,
        community_id: i64,
        role: Option<Role>,
    ) -> StoreResult<Vec<PersonRecord>> {
        let sql = format!(
            "SELECT {} FROM people p JOIN memberships m ON m.person_id = p.id \
             WHERE m.community_id = $1 AND m.left_at IS NULL AND m.role = COALESCE($2, m.role) \
             ORDER BY p.display_name, p.id",
            super::ingest::prefixed(COLUMNS, "p", "")
        );
        let rows: Vec<PersonRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(community_id)
            .bind(role.map(Role::as_str))
            .fetch_all(&mut *c)
            .await?);
        Ok(rows.into_iter().map(Into::into).collect())
    }

    /// Communities the person is a current member of, with their role.
    pub async fn memberships_of(
        &mut self,
        person_id: i64,
    ) -> StoreResult<Vec<(super::CommunityRecord, Role)>> {
        let sql = format!(
            "SELECT {}, m.role FROM communities c JOIN memberships m ON m.community_id = c.id \
             WHERE m.person_id = $1 AND m.left_at IS NULL AND c.active ORDER BY c.title, c.id",
            super::ingest::prefixed(super::communities::COLUMNS, "c", "")
        );
        let rows: Vec<MembershipRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(person_id)
            .fetch_all(&mut *c)
            .await?);
        rows.into_iter()
            .map(|r| Ok((r.community.try_into()?, Role::parse(&r.role))))
            .collect()
    }
}

#[derive(sqlx::FromRow)]
struct MembershipRow {
    #[sqlx(flatten)]
    community: super::communities::CommunityRow,
    role: String,
}
