//! Memberships: who is in which community, with what role, and joining,
//! leaving, removal and return.

use super::people::{PersonRecord, PersonRow, COLUMNS};
use super::{on_read, on_tx, CommunityRecord, StoreResult, Tx};
use crate::domain::{Channel, PlatformUser, Role};
use chrono::{DateTime, NaiveDate, Utc};

/// SQL (a literal, for `concat!`): whether person `$person` is a current
/// member of community `$community`: there, not left and not removed (a
/// forgotten person has no row). The checks that the group commits make
/// on an update read earlier all use it, so they refuse whom the ordinary
/// path refuses.
macro_rules! current_member {
    ($community:literal, $person:literal) => {
        concat!(
            "EXISTS (SELECT 1 FROM memberships cm WHERE cm.community_id = ",
            $community,
            " AND cm.person_id = ",
            $person,
            " AND cm.left_at IS NULL AND cm.removed_at IS NULL)"
        )
    };
}
pub(super) use current_member;

/// How a membership call changed things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    New,
    Returned,
    Already,
}

/// The sender as a current member after all, for an opening on Postgres
/// (`Tx::open_update`, `store::first_press`) that registers them yet found
/// them none. The same newcomer registered twice at once (two quick taps
/// or words): the second statement waited for the first's person row but
/// began before that one committed, so it met the membership as a conflict
/// it could not see. A statement later it is seen. Someone a coordinator
/// removed is still found none.
pub(super) async fn member_after_all(
    conn: &mut sqlx::PgConnection,
    opened: &super::OpenedUpdate,
    o: super::Opening<'_>,
) -> StoreResult<Option<(PersonRecord, Role, Joined)>> {
    #[derive(sqlx::FromRow)]
    struct Found {
        #[sqlx(flatten)]
        person: PersonRow,
        role: String,
    }
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT {}, m.role AS role FROM people a {} \
             JOIN memberships m ON m.community_id = $3 AND m.person_id = p.id \
               AND m.left_at IS NULL AND m.removed_at IS NULL \
             WHERE a.channel = $1 AND a.platform_user_id = $2",
            super::ingest::prefixed(COLUMNS, "p", ""),
            super::identities::RESOLVED
        )
    });
    let (Some(community), Some(user), true) = (&opened.community, o.sender, o.register) else {
        return Ok(None);
    };
    let found: Option<Found> = sqlx::query_as(&SQL)
        .bind(o.channel.as_str())
        .bind(&user.user_id)
        .bind(community.id)
        .fetch_optional(conn)
        .await?;
    Ok(found.map(|f| (f.person.into(), Role::parse(&f.role), Joined::Already)))
}

impl Tx {
    /// Creates or refreshes the person and makes them a member, returning
    /// their role and whether they have just joined; `None` if a
    /// coordinator removed them (see [`Tx::remove_member`]).
    pub async fn register_member(
        &mut self,
        community_id: i64,
        channel: Channel,
        user: &PlatformUser,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<(PersonRecord, Role, Joined)>> {
        self.register(community_id, channel, user, now, None).await
    }

    /// [`Tx::register_member`]; a membership made new is made heard on `heard`.
    async fn register(
        &mut self,
        community_id: i64,
        channel: Channel,
        user: &PlatformUser,
        now: DateTime<Utc>,
        heard: Option<NaiveDate>,
    ) -> StoreResult<Option<(PersonRecord, Role, Joined)>> {
        let person = self.upsert_person(channel, user, now).await?;
        let joined = self.join_heard(community_id, person.id, now, heard).await?;
        let role = match joined {
            // A membership just made has the default role: nothing to read.
            Joined::New => Some(Role::Member),
            Joined::Returned | Joined::Already => self.membership(community_id, person.id).await?,
        };
        Ok(role.map(|role| (person, role, joined)))
    }

    /// Registers someone speaking or pressing in `community` now (see
    /// [`Tx::register_member`]): a membership made new is made heard from
    /// today, and its week noted, as for any first word of the day.
    pub(super) async fn register_speaking(
        &mut self,
        community: &CommunityRecord,
        channel: Channel,
        user: &PlatformUser,
        at: DateTime<Utc>,
    ) -> StoreResult<Option<(PersonRecord, Role, Joined)>> {
        let today = community.today(at);
        let member = self
            .register(community.id, channel, user, at, Some(today))
            .await?;
        if let Some((person, _, Joined::New)) = &member {
            self.note_week(community.id, person.id, today).await?;
        }
        Ok(member)
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
