//! One person on two platforms (`/me link`, migration 0017): the one-time
//! codes, the merge of two accounts' records into one person, and the
//! unlink.
//!
//! An account linked to a person keeps its own `people` row (platform,
//! account id, name, private chat) with `same_as` pointing to the person;
//! every lookup by account resolves through it (see [`RESOLVED`]), so a
//! linked account votes, checks in and answers as the person.
//!
//! The merge is one transaction with one rule, stated to members before
//! they link: where both accounts answered the same thing, **the later
//! answer stands**. Closed polls keep their announced totals. An anonymous
//! ballot is stored apart from its voter, so "the later one" cannot be
//! found: linking is refused while both accounts have voted in the same
//! open anonymous poll, and works once it has closed.

use super::people::{PersonRow, COLUMNS};
use super::{on_read, on_tx, PersonRecord, StoreResult, Tx};
use chrono::{DateTime, Utc};

/// The person an account `a` is: itself, or the one it was linked to.
pub(super) const RESOLVED: &str = "JOIN people p ON p.id = COALESCE(a.same_as, a.id)";

/// A person's row with what it is linked to.
#[derive(sqlx::FromRow)]
pub(super) struct AccountRow {
    #[sqlx(flatten)]
    pub(super) person: PersonRow,
    pub(super) same_as: Option<i64>,
}

/// What redeeming a `/me link` code came to.
#[derive(Debug, Clone, PartialEq)]
pub enum PersonLinked {
    /// The accounts are one person now: `merged_votes` open polls had a
    /// vote from each, and only the later one still counts.
    Linked {
        person: PersonRecord,
        merged_votes: u64,
    },
    /// No such code, or it ran out: codes last 15 minutes, once.
    Unknown,
    /// The code came from this very account (or one already linked to it).
    Same,
    /// The person already has an account on this platform.
    SamePlatform,
    /// This account is already linked to another (unlink it first).
    AlreadyLinked,
    /// Both accounts voted in this open anonymous poll (its question).
    AnonymousClash(String),
}

/// Rows where the person's own wins over the account's: the account's
/// duplicate goes (`$1` the person, `$2` the account; the list says what
/// makes two rows the same thing).
const PERSON_WINS: [(&str, &[&str]); 7] = [
    ("poll_ballot_drafts", &["poll_id"]),
    ("poll_setups", &[]),
    ("person_quiet_hours", &[]),
    ("checkin_word_prompts", &[]),
    ("meeting_attendance", &["meeting_id"]),
    ("member_weeks", &["community_id", "week_start"]),
    ("native_poll_votes", &["channel", "poll_message"]),
];

/// Rows where both answered the same thing: the later answer stands.
const LATER_STANDS: [(&str, &str, &str); 2] = [
    ("checkin_answers", "round_id", "answered_at"),
    ("meeting_rsvps", "meeting_id", "answered_at"),
];

/// Columns that only say who did something (opened a round, organised a
/// meeting): they name the person from now on.
const WHO_DID: [(&str, &str); 10] = [
    ("checkin_rounds", "opened_by"),
    ("checkin_schedules", "created_by"),
    ("time_polls", "organiser_id"),
    ("meeting_series", "organiser_id"),
    ("meetings", "organiser_id"),
    ("meeting_agenda", "person_id"),
    ("polls", "creator_id"),
    ("polls", "outcome_by"),
    ("digest_settings", "send_to_by"),
    ("buttons", "person_id"),
];

impl Tx {
    pub async fn create_person_code(
        &mut self,
        code: &str,
        person_id: i64,
        expires_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql = "INSERT INTO person_link_codes (code, person_id, expires_at) VALUES ($1, $2, $3)";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(code)
            .bind(person_id)
            .bind(expires_at)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The accounts linked to `person_id` (not the person's own).
    pub async fn linked_accounts(&mut self, person_id: i64) -> StoreResult<Vec<PersonRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM people WHERE same_as = $1 ORDER BY id");
        let rows: Vec<PersonRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(person_id)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows.into_iter().map(Into::into).collect())
    }

    /// Takes `code` (once) and makes `account` (unlinked, the redeemer's)
    /// one person with whoever asked for the code: their records merge
    /// under that person. A refusal leaves the code usable.
    pub async fn redeem_person_code(
        &mut self,
        code: &str,
        account: &PersonRecord,
        now: DateTime<Utc>,
    ) -> StoreResult<PersonLinked> {
        let sql = "SELECT person_id FROM person_link_codes WHERE code = $1 AND expires_at > $2";
        let found: Option<(i64,)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(code)
            .bind(now)
            .fetch_optional(&mut *c)
            .await?);
        let Some((person_id,)) = found else {
            return Ok(PersonLinked::Unknown);
        };
        let Some(person) = self.person(person_id).await? else {
            return Ok(PersonLinked::Unknown);
        };
        let theirs = self.linked_accounts(person_id).await?;
        if person.id == account.id || theirs.iter().any(|a| a.id == account.id) {
            return Ok(PersonLinked::Same);
        }
        if !self.linked_accounts(account.id).await?.is_empty() {
            return Ok(PersonLinked::AlreadyLinked);
        }
        if person.channel == account.channel || theirs.iter().any(|a| a.channel == account.channel)
        {
            return Ok(PersonLinked::SamePlatform);
        }
        if let Some(question) = self.anonymous_clash(person.id, account.id).await? {
            return Ok(PersonLinked::AnonymousClash(question));
        }
        // Taking the code is what makes it work once.
        let taken = on_tx!(self, |c| sqlx::query(
            "DELETE FROM person_link_codes WHERE code = $1"
        )
        .bind(code)
        .execute(&mut *c)
        .await?
        .rows_affected());
        if taken != 1 {
            return Ok(PersonLinked::Unknown);
        }
        let merged_votes = self.merge_person(person.id, account.id).await?;
        Ok(PersonLinked::Linked {
            person,
            merged_votes,
        })
    }

    /// The question of an open anonymous poll both have voted in, if any.
    async fn anonymous_clash(&mut self, person: i64, account: i64) -> StoreResult<Option<String>> {
        let sql = "SELECT p.question FROM polls p \
                   JOIN poll_voters a ON a.poll_id = p.id AND a.person_id = $1 \
                   JOIN poll_voters b ON b.poll_id = p.id AND b.person_id = $2 \
                   WHERE p.status = 'open' AND p.anonymous ORDER BY p.id LIMIT 1";
        let row: Option<(String,)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(person)
            .bind(account)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(|(q,)| q))
    }

    /// Moves everything of `account`'s to `person` and marks the account
    /// as theirs. Returns how many open polls had a vote from each.
    async fn merge_person(&mut self, person: i64, account: i64) -> StoreResult<u64> {
        let merged = self.merge_votes(person, account).await?;
        super::identity_merge::merge_memberships(self, person, account).await?;
        for (table, keys) in PERSON_WINS {
            let same: String = keys
                .iter()
                .map(|k| format!(" AND k.{k} = {table}.{k}"))
                .collect();
            let sql = format!(
                "DELETE FROM {table} WHERE person_id = $2 AND EXISTS \
                 (SELECT 1 FROM {table} k WHERE k.person_id = $1{same})"
            );
            self.run_pair(&sql, person, account).await?;
        }
        for (table, key, at) in LATER_STANDS {
            let later = format!(
                "DELETE FROM {table} WHERE person_id = $2 AND {key} IS NOT NULL AND {at} <= \
                 (SELECT k.{at} FROM {table} k WHERE k.person_id = $1 AND k.{key} = {table}.{key})"
            );
            let earlier = format!(
                "DELETE FROM {table} WHERE person_id = $1 AND {key} IS NOT NULL AND EXISTS \
                 (SELECT 1 FROM {table} k WHERE k.person_id = $2 AND k.{key} = {table}.{key})"
            );
            self.run_pair(&later, person, account).await?;
            self.run_pair(&earlier, person, account).await?;
        }
        super::identity_merge::merge_time_poll_answers(self, person, account).await?;
        let moved = PERSON_WINS
            .iter()
            .map(|(t, _)| (*t, "person_id"))
            .chain(LATER_STANDS.iter().map(|(t, _, _)| (*t, "person_id")))
            .chain([
                ("time_poll_answers", "person_id"),
                ("poll_voters", "person_id"),
            ])
            .chain(WHO_DID);
        for (table, column) in moved {
            let sql = format!("UPDATE {table} SET {column} = $1 WHERE {column} = $2");
            self.run_pair(&sql, person, account).await?;
        }
        // A code the account asked for itself would link a third account
        // to an account that is no longer a person of its own.
        on_tx!(self, |c| sqlx::query(
            "DELETE FROM person_link_codes WHERE person_id = $1"
        )
        .bind(account)
        .execute(&mut *c)
        .await?
        .rows_affected());
        let mark = "UPDATE people SET same_as = $1 WHERE id = $2";
        self.run_pair(mark, person, account).await?;
        Ok(merged)
    }

    /// Votes in polls both accounts voted in. Open named polls: the later
    /// vote stands, and the poll counts one more merged vote. Closed polls
    /// keep their announced totals: the account's ballot stays counted,
    /// apart from anyone (as a forgotten voter's does).
    async fn merge_votes(&mut self, person: i64, account: i64) -> StoreResult<u64> {
        const BOTH: &str = "SELECT v.poll_id FROM poll_voters v \
             JOIN poll_voters k ON k.poll_id = v.poll_id AND k.person_id = $1 \
             WHERE v.person_id = $2";
        let open = format!("SELECT id FROM polls WHERE status = 'open' AND id IN ({BOTH})");
        let merged = on_tx!(self, |c| sqlx::query(&format!(
            "UPDATE polls SET merged_votes = merged_votes + 1 WHERE id IN ({open})"
        ))
        .bind(person)
        .bind(account)
        .execute(&mut *c)
        .await?
        .rows_affected());
        let later = format!(
            "DELETE FROM poll_voters WHERE person_id = $2 AND poll_id IN ({open}) AND voted_at <= \
             (SELECT k.voted_at FROM poll_voters k WHERE k.person_id = $1 AND k.poll_id = poll_voters.poll_id)"
        );
        let earlier = format!(
            "DELETE FROM poll_voters WHERE person_id = $1 AND poll_id IN ({open}) AND EXISTS \
             (SELECT 1 FROM poll_voters k WHERE k.person_id = $2 AND k.poll_id = poll_voters.poll_id)"
        );
        self.run_pair(&later, person, account).await?;
        self.run_pair(&earlier, person, account).await?;
        super::identity_merge::keep_closed_ballots(self, person, account).await?;
        Ok(merged)
    }

    /// Runs `sql` with `$1` the person and `$2` the account.
    pub(super) async fn run_pair(
        &mut self,
        sql: &str,
        person: i64,
        account: i64,
    ) -> StoreResult<u64> {
        Ok(on_tx!(self, |c| sqlx::query(sql)
            .bind(person)
            .bind(account)
            .execute(&mut *c)
            .await?
            .rows_affected()))
    }

    /// `/me unlink`: every account linked to `person_id` is its own again,
    /// with nothing: what was done together stays the person's. Returns
    /// the accounts let go.
    pub async fn unlink_accounts(&mut self, person_id: i64) -> StoreResult<Vec<PersonRecord>> {
        let accounts = self.linked_accounts(person_id).await?;
        let sql = "UPDATE people SET same_as = NULL WHERE same_as = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(person_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(accounts)
    }
}
