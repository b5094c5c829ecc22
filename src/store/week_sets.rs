//! Reading many communities' weeks in one statement per kind of fact.
//!
//! A weekly digest needs seven reads; built one community at a time, ten
//! thousand digests are seventy thousand round trips, each tiny. Here the
//! weeks wanted travel with the statement as a small table of windows
//! (`w`: Postgres `unnest`s arrays, SQLite walks a JSON array), the facts
//! come back tagged with their window's position, and one community's read
//! is simply a set of one: the same statements either way.

use super::{on, On, StoreResult, Tx};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;
use sqlx::FromRow;

/// One community's week, as the statements here read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekWindow {
    pub community_id: i64,
    /// The week's first instant in the community's zone.
    pub start: DateTime<Utc>,
    /// Where the week's facts stop: its end, or now for a week still running.
    pub until: DateTime<Utc>,
    /// Where meetings stop (the week and the days after it a digest looks ahead).
    pub ahead: DateTime<Utc>,
    /// Nothing later than this is counted.
    pub as_of: DateTime<Utc>,
    /// The Mondays of the weeks a member's "heard from" is read for.
    pub heard: (NaiveDate, NaiveDate),
    /// Polls with a review due on these days are in the week's facts.
    pub review: (NaiveDate, NaiveDate),
}

/// `w(n, cid, t_start, t_until, t_ahead, t_as_of, heard_from, heard_to,
/// review_from, review_to)`: the windows as a table, `n` their position.
const WINDOWS_PG: &str = "unnest($1::int8[], $2::int8[], $3::timestamptz[], $4::timestamptz[], \
    $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[]) \
    AS w(n, cid, t_start, t_until, t_ahead, t_as_of, heard_from, heard_to, review_from, review_to)";

/// The same table from one JSON array of arrays. Instants are written as
/// sqlx writes them into SQLite's text columns, so they compare alike.
const WINDOWS_SQLITE: &str = "(SELECT value ->> 0 AS n, value ->> 1 AS cid, \
    value ->> 2 AS t_start, value ->> 3 AS t_until, value ->> 4 AS t_ahead, value ->> 5 AS t_as_of, \
    value ->> 6 AS heard_from, value ->> 7 AS heard_to, value ->> 8 AS review_from, \
    value ->> 9 AS review_to FROM json_each($1)) AS w";

/// `ids(id)`: a list of ids as a table, for `IN (SELECT id FROM ids)`.
const IDS_PG: &str = "(SELECT unnest($1::int8[]) AS id)";
const IDS_SQLITE: &str = "(SELECT value AS id FROM json_each($1))";

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn instant(t: DateTime<Utc>) -> String {
    // What sqlx's SQLite encoding of `DateTime<Utc>` writes.
    t.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

fn windows_json(windows: &[WeekWindow]) -> String {
    let rows: Vec<serde_json::Value> = windows
        .iter()
        .enumerate()
        .map(|(n, w)| {
            serde_json::json!([
                n,
                w.community_id,
                instant(w.start),
                instant(w.until),
                instant(w.ahead),
                instant(w.as_of),
                day(w.heard.0),
                day(w.heard.1),
                day(w.review.0),
                day(w.review.1),
            ])
        })
        .collect();
    serde_json::Value::Array(rows).to_string()
}

/// Rows that come back the same from either backend.
pub(super) trait Row:
    for<'r> FromRow<'r, PgRow> + for<'r> FromRow<'r, SqliteRow> + Send + Unpin
{
}
impl<T> Row for T where T: for<'r> FromRow<'r, PgRow> + for<'r> FromRow<'r, SqliteRow> + Send + Unpin
{}

/// Runs `sql` (with `{W}` where the windows' table goes) over `windows`.
pub(super) async fn over_windows<R: Row>(
    tx: &mut Tx,
    sql: &str,
    windows: &[WeekWindow],
) -> StoreResult<Vec<R>> {
    if windows.is_empty() {
        return Ok(vec![]);
    }
    Ok(match on(tx).await? {
        On::Postgres(c) => {
            let sql = sql.replace("{W}", WINDOWS_PG);
            let col =
                |f: fn(&WeekWindow) -> DateTime<Utc>| windows.iter().map(f).collect::<Vec<_>>();
            let days = |f: fn(&WeekWindow) -> NaiveDate| {
                windows.iter().map(|w| day(f(w))).collect::<Vec<_>>()
            };
            sqlx::query_as(&sql)
                .bind((0..windows.len() as i64).collect::<Vec<_>>())
                .bind(windows.iter().map(|w| w.community_id).collect::<Vec<_>>())
                .bind(col(|w| w.start))
                .bind(col(|w| w.until))
                .bind(col(|w| w.ahead))
                .bind(col(|w| w.as_of))
                .bind(days(|w| w.heard.0))
                .bind(days(|w| w.heard.1))
                .bind(days(|w| w.review.0))
                .bind(days(|w| w.review.1))
                .fetch_all(c)
                .await?
        }
        On::Sqlite(c) => {
            let sql = sql.replace("{W}", WINDOWS_SQLITE);
            sqlx::query_as(&sql)
                .bind(windows_json(windows))
                .fetch_all(c)
                .await?
        }
    })
}

/// Runs `sql` (with `{IDS}` where the ids' table goes) over `ids`.
pub(super) async fn over_ids<R: Row>(tx: &mut Tx, sql: &str, ids: &[i64]) -> StoreResult<Vec<R>> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    Ok(match on(tx).await? {
        On::Postgres(c) => {
            let sql = sql.replace("{IDS}", IDS_PG);
            sqlx::query_as(&sql).bind(ids.to_vec()).fetch_all(c).await?
        }
        On::Sqlite(c) => {
            let sql = sql.replace("{IDS}", IDS_SQLITE);
            let json = serde_json::Value::from(ids.to_vec()).to_string();
            sqlx::query_as(&sql).bind(json).fetch_all(c).await?
        }
    })
}
