//! Digests written late on Postgres: a batch of weekly digest jobs (see
//! `jobs::run_batch`) stores every digest it built in one statement just
//! before its commit, not one round trip each (see [`super::pg_tx`], where
//! they wait with a transaction's other late writes). SQLite, in-process,
//! writes each at once.

use super::digest_records::keep_complete;
use super::{StoreError, StoreResult, Tx};
use crate::domain::digest::Digest;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::BTreeMap;

/// One digest waiting to be written, as its row.
pub(super) struct StagedDigest {
    community_id: i64,
    period: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    schema_version: i32,
    complete: bool,
    /// As JSON text: a batch's digests wait together, and text takes a
    /// fraction of the memory a parsed value does.
    digest: String,
    texts: String,
    built_at: DateTime<Utc>,
}

/// Ids only: a digest's facts stay out of any debug output.
impl std::fmt::Debug for StagedDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StagedDigest")
            .field("community_id", &self.community_id)
            .field("period", &self.period)
            .finish_non_exhaustive()
    }
}

impl StagedDigest {
    fn of(digest: &Digest, texts: &BTreeMap<String, String>) -> StoreResult<StagedDigest> {
        let json = |e: serde_json::Error| StoreError::Corrupt(format!("digest: {e}"));
        Ok(StagedDigest {
            community_id: digest.community_id,
            period: digest.week.to_string(),
            starts_on: digest.starts_on,
            ends_on: digest.ends_on,
            schema_version: digest.schema_version as i32,
            complete: digest.complete,
            digest: serde_json::to_string(digest).map_err(json)?,
            texts: serde_json::to_string(texts).map_err(json)?,
            built_at: digest.built_at,
        })
    }

    /// Whether this is the same week's digest of the same community.
    pub(super) fn same_week(&self, other: &StagedDigest) -> bool {
        self.community_id == other.community_id && self.period == other.period
    }
}

impl Tx {
    /// Stores a digest as [`Tx::save_digest`] does, for a caller that need
    /// not know whether it was written. On Postgres it waits for the
    /// transaction's next statement or its commit.
    pub async fn save_digest_later(
        &mut self,
        digest: &Digest,
        texts: &BTreeMap<String, String>,
    ) -> StoreResult<()> {
        let Tx::Postgres(t) = self else {
            self.save_digest(digest, texts).await?;
            return Ok(());
        };
        t.stage_digest(StagedDigest::of(digest, texts)?).await
    }
}

/// The waiting digests, in the order they were saved; a week's stored
/// complete digest is never replaced (as [`Tx::save_digest`]). The caller
/// never lets one batch hold the same week of a community twice.
const WRITE: &str = concat!(
    "INSERT INTO digests (community_id, period, starts_on, ends_on, schema_version,
        complete, digest, texts, built_at)
    SELECT community_id, period, starts_on, ends_on, schema_version, complete,
           CAST(digest AS jsonb), CAST(texts AS jsonb), built_at
    FROM unnest($1::bigint[], $2::text[], $3::date[], $4::date[], $5::int[], $6::bool[],
                $7::text[], $8::text[], $9::timestamptz[])
        WITH ORDINALITY AS d(community_id, period, starts_on, ends_on, schema_version, complete,
                             digest, texts, built_at, ord)
    ORDER BY ord ",
    keep_complete!()
);

/// Writes the waiting digests in one statement.
pub(super) async fn write(
    conn: &mut sqlx::PgConnection,
    digests: &[StagedDigest],
) -> StoreResult<()> {
    if digests.is_empty() {
        return Ok(());
    }
    // One array per column, in the waiting order.
    fn column<'a, T>(digests: &'a [StagedDigest], f: impl Fn(&'a StagedDigest) -> T) -> Vec<T> {
        digests.iter().map(f).collect()
    }
    sqlx::query(WRITE)
        .bind(column(digests, |d| d.community_id))
        .bind(column(digests, |d| d.period.as_str()))
        .bind(column(digests, |d| d.starts_on))
        .bind(column(digests, |d| d.ends_on))
        .bind(column(digests, |d| d.schema_version))
        .bind(column(digests, |d| d.complete))
        .bind(column(digests, |d| d.digest.as_str()))
        .bind(column(digests, |d| d.texts.as_str()))
        .bind(column(digests, |d| d.built_at))
        .execute(conn)
        .await?;
    Ok(())
}
