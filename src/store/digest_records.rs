//! Stored digests, the coordinators' record: a week stored complete is
//! never replaced by saving again; an operator's rebuild keeps the earlier
//! version in `digest_history`.

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::digest::Digest;
use crate::domain::time::week::IsoWeek;
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use std::collections::BTreeMap;

/// A stored digest: the data, and the group-safe text per language.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDigest {
    pub digest: Digest,
    pub texts: BTreeMap<String, String>,
}

/// How a digest meets the one stored for its week, here and when a batch
/// writes its digests late (`store::late_digests`): a complete week is the
/// record and is never replaced; the week so far is.
macro_rules! keep_complete {
    () => {
        "ON CONFLICT (community_id, period) DO UPDATE SET starts_on = excluded.starts_on, \
         ends_on = excluded.ends_on, schema_version = excluded.schema_version, \
         complete = excluded.complete, digest = excluded.digest, texts = excluded.texts, \
         built_at = excluded.built_at WHERE digests.complete = FALSE"
    };
}
pub(super) use keep_complete;

impl Tx {
    /// Stores a digest. A week's stored complete digest is its record and
    /// is never replaced here; an incomplete one (the week so far) is.
    /// Returns whether it was written.
    pub async fn save_digest(
        &mut self,
        digest: &Digest,
        texts: &BTreeMap<String, String>,
    ) -> StoreResult<bool> {
        let json = serde_json::to_value(digest)
            .map_err(|e| StoreError::Corrupt(format!("digest: {e}")))?;
        let sql = concat!(
            "INSERT INTO digests (community_id, period, starts_on, ends_on, schema_version, \
             complete, digest, texts, built_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ",
            keep_complete!()
        );
        let written = on_tx!(self, |c| sqlx::query(sql)
            .bind(digest.community_id)
            .bind(digest.week.to_string())
            .bind(digest.starts_on)
            .bind(digest.ends_on)
            .bind(digest.schema_version as i32)
            .bind(digest.complete)
            .bind(Json(&json))
            .bind(Json(texts))
            .bind(digest.built_at)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(written > 0)
    }

    /// Moves a week's stored digest into `digest_history` (an operator is
    /// rebuilding it), so the record keeps every version. Returns the
    /// version the rebuilt digest will have.
    pub async fn archive_digest(
        &mut self,
        community_id: i64,
        week: IsoWeek,
        now: DateTime<Utc>,
    ) -> StoreResult<i32> {
        let keep = "INSERT INTO digest_history (community_id, period, version, schema_version, \
                    complete, digest, texts, built_at, replaced_at) \
                    SELECT community_id, period, version, schema_version, complete, digest, texts, \
                    built_at, $3 FROM digests WHERE community_id = $1 AND period = $2";
        let drop = "DELETE FROM digests WHERE community_id = $1 AND period = $2 RETURNING version";
        let version: Option<i32> = on_tx!(self, |c| {
            sqlx::query(keep)
                .bind(community_id)
                .bind(week.to_string())
                .bind(now)
                .execute(&mut *c)
                .await?;
            sqlx::query_scalar(drop)
                .bind(community_id)
                .bind(week.to_string())
                .fetch_optional(&mut *c)
                .await?
        });
        Ok(version.map_or(1, |v| v + 1))
    }

    /// Sets the version of a week's stored digest (after a rebuild).
    pub async fn set_digest_version(
        &mut self,
        community_id: i64,
        week: IsoWeek,
        version: i32,
    ) -> StoreResult<()> {
        let sql = "UPDATE digests SET version = $3 WHERE community_id = $1 AND period = $2";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(community_id)
            .bind(week.to_string())
            .bind(version)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    pub async fn stored_digest(
        &mut self,
        community_id: i64,
        week: IsoWeek,
    ) -> StoreResult<Option<StoredDigest>> {
        let sql = "SELECT digest, texts FROM digests WHERE community_id = $1 AND period = $2";
        type Row = (Json<serde_json::Value>, Json<BTreeMap<String, String>>);
        let row: Option<Row> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .bind(week.to_string())
            .fetch_optional(&mut *c)
            .await?);
        row.map(|(Json(digest), Json(texts))| {
            let digest = serde_json::from_value(digest)
                .map_err(|e| StoreError::Corrupt(format!("digest: {e}")))?;
            Ok(StoredDigest { digest, texts })
        })
        .transpose()
    }
}
