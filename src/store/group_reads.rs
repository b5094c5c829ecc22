//! Press reads in a group on Postgres. A known member's press starts with
//! the steady read (the member, the button, its round and their answer
//! there: [`super::press_reads::STEADY_PRESS`]), one statement with no
//! lock; a press by someone this process has not lately seen, with the lean
//! read ([`super::newcomer_taps`]). Presses come in bursts, and most of a
//! small statement's cost on the server is setting it up, not running it;
//! so presses that arrive together are read together, in one statement
//! over arrays (see [`super::gather`]), as their writes are
//! ([`super::group_commit`]). Each press still gets exactly the row it
//! would have read alone.
//!
//! The lean reads were read one by one at first: a busy evening's first
//! round, and a vote burst on a new poll, are all first presses, so each
//! such press paid a statement of its own (1.0 statements per tap across
//! 50 rounds and per vote in the burst, beside 0.2–0.3 for the batched
//! writes).

use super::gather::Gather;
use super::own_connection::OwnConnection;
use super::StoreResult;
use crate::domain::{Channel, PlatformUser};
use sqlx::postgres::PgRow;
use sqlx::{PgPool, Row};
use std::collections::HashMap;
use tokio::sync::oneshot;

/// At most this many presses share one read.
const MOST: usize = 64;

/// What one press's read, steady or lean, is asked with (`$1`–`$6` of the read).
/// No `Debug`: it holds the presser's name.
pub(super) struct PressRead {
    /// Which read: a known member's or a lean one, and for which button.
    pub(super) kind: ReadKind,
    pub(super) channel: Channel,
    pub(super) chat_id: String,
    pub(super) user: PlatformUser,
    pub(super) token: String,
}

/// Which read a press takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ReadKind {
    /// A known member's steady read of a press on a button that does
    /// what the engine saw it posted as: a tap's read leaves out a poll's
    /// part, a vote's a round's ([`super::press_reads::STEADY_ANSWER`],
    /// `STEADY_VOTE`); a press on a button not seen posted reads both.
    Steady(Option<super::PostedButton>),
    /// The lean read of a press by someone not lately seen
    /// ([`super::newcomer_taps`]).
    Lean(super::PostedButton),
}

struct Waiting {
    read: PressRead,
    done: oneshot::Sender<StoreResult<Option<PgRow>>>,
}

/// The presses waiting to be read. One per engine.
pub(super) struct GroupReads {
    /// One reader for each statement (see [`statement`]): presses that
    /// arrive while a read is in hand wait for it and share the next.
    /// With two, most presses were read alone, and each lone read cost
    /// the server about as much as a batch of several; since the group
    /// writer pipelines its batches, the server's processor, not the
    /// wait, is what bounds a burst of presses.
    queues: [Gather<Waiting>; READS],
    /// Each queue's connection: one batch of a queue is read at a time,
    /// and from the pool each would be pinged as it came back.
    connections: [OwnConnection; READS],
}

impl Default for GroupReads {
    fn default() -> GroupReads {
        GroupReads {
            queues: std::array::from_fn(|_| Gather::new(1)),
            connections: Default::default(),
        }
    }
}

impl GroupReads {
    /// The row the read finds for `read` (none: for a steady read, the
    /// presser is not a known member of that group; for a lean one, the
    /// chat is no group of Kettle's), read with whatever else is waiting.
    pub(super) async fn read(&self, pool: &PgPool, read: PressRead) -> StoreResult<Option<PgRow>> {
        let (done, answer) = oneshot::channel();
        let which = statement(read.kind);
        let conn = (pool, &self.connections[which]);
        let work = |batch: Vec<Waiting>| read_all(conn, which, batch);
        match self.queues[which]
            .run(Waiting { read, done }, answer, MOST, work)
            .await
        {
            Some(row) => row,
            None => Err(super::StoreError::Corrupt("a press read was lost".into())),
        }
    }
}

/// How many reads there are (see [`statement`]).
const READS: usize = 5;

/// Which of [`reads`] a press takes: the steady read with both a round's
/// and a poll's part (0), a round's (1), a poll's (2); the lean read of a
/// tap (3), of a vote (4).
fn statement(kind: ReadKind) -> usize {
    use super::PostedButton::{Answer, Vote};
    match kind {
        ReadKind::Steady(None) => 0,
        ReadKind::Steady(Some(Answer)) => 1,
        ReadKind::Steady(Some(Vote)) => 2,
        ReadKind::Lean(Answer) => 3,
        ReadKind::Lean(Vote) => 4,
    }
}

/// The one-press reads, by [`statement`].
fn reads() -> [&'static str; READS] {
    let [lean_answer, lean_vote] = &*super::newcomer_taps::READS;
    [
        super::press_reads::STEADY_PRESS.0.as_str(),
        super::press_reads::STEADY_ANSWER.as_str(),
        super::press_reads::STEADY_VOTE.as_str(),
        lean_answer.as_str(),
        lean_vote.as_str(),
    ]
}

/// The pool whose options a queue's connection is made with, and the
/// connection.
type Conn<'a> = (&'a PgPool, &'a OwnConnection);

/// Reads a batch and answers each waiting press. A press alone, or a
/// batch whose read failed, is read one by one, so one bad press fails
/// alone.
async fn read_all(conn: Conn<'_>, which: usize, batch: Vec<Waiting>) {
    let mut rows = match batch.len() {
        1 => None,
        _ => match read_batch(conn, which, &batch).await {
            Ok(rows) => Some(rows),
            Err(e) => {
                tracing::warn!(error = %e, presses = batch.len(), "press read failed; reading one by one");
                None
            }
        },
    };
    for (n, waiting) in batch.into_iter().enumerate() {
        let row = match rows.as_mut() {
            Some(rows) => Ok(rows.remove(&(n as i32))),
            None => read_one(conn, &waiting.read).await,
        };
        let _ = waiting.done.send(row);
    }
}

/// One press's read, as the batch would read it.
async fn read_one((pool, own): Conn<'_>, read: &PressRead) -> StoreResult<Option<PgRow>> {
    let query = sqlx::query(reads()[statement(read.kind)])
        .bind(read.channel.as_str())
        .bind(&read.chat_id)
        .bind(&read.user.user_id)
        .bind(&read.user.display_name)
        .bind(&read.user.language_code)
        .bind(&read.token);
    Ok(own.fetch_rows(pool, query).await?.into_iter().next())
}

/// Every press's row by its place in the batch (`n`, from 0); a press
/// whose read found nothing has none. Should one read find two rows, the
/// first counts, as `fetch_optional` would take it.
async fn read_batch(
    (pool, own): Conn<'_>,
    which: usize,
    batch: &[Waiting],
) -> StoreResult<HashMap<i32, PgRow>> {
    let column =
        |f: fn(&PressRead) -> &str| -> Vec<&str> { batch.iter().map(|w| f(&w.read)).collect() };
    let languages: Vec<Option<&str>> = batch
        .iter()
        .map(|w| w.read.user.language_code.as_deref())
        .collect();
    let query = sqlx::query(&BATCHES[which])
        .bind(column(|r| r.channel.as_str()))
        .bind(column(|r| &r.chat_id))
        .bind(column(|r| &r.user.user_id))
        .bind(column(|r| &r.user.display_name))
        .bind(languages)
        .bind(column(|r| &r.token));
    let rows = own.fetch_rows(pool, query).await?;
    let mut by_n = HashMap::with_capacity(rows.len());
    for row in rows {
        let n: i64 = row.try_get("u_n")?;
        by_n.entry(n as i32 - 1).or_insert(row);
    }
    Ok(by_n)
}

/// The read for every press of a batch, by [`statement`]: each
/// press's `$1`–`$6` become a row of arrays, and the read runs once per
/// row (`u_n` says which, from 1).
static BATCHES: std::sync::LazyLock<[String; READS]> =
    std::sync::LazyLock::new(|| reads().map(batch_of));

fn batch_of(one: &str) -> String {
    // Highest first, so `$1` never eats the start of a `$1x`.
    let names = [
        "u.channel",
        "u.chat_id",
        "u.user_id",
        "u.name",
        "u.lang",
        "u.token",
    ];
    let mut read = one.to_string();
    for (i, name) in names.iter().enumerate().rev() {
        read = read.replace(&format!("${}", i + 1), name);
    }
    format!(
        "SELECT u.n AS u_n, s.* FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], \
         $5::text[], $6::text[]) WITH ORDINALITY AS u(channel, chat_id, user_id, name, lang, token, n) \
         CROSS JOIN LATERAL ({read}) AS s"
    )
}

#[cfg(test)]
mod tests {
    /// Every parameter of the one-press read is taken from the batch's
    /// arrays, and nothing else looks like a parameter.
    #[test]
    fn the_batch_read_asks_only_for_its_arrays() {
        for one in super::reads() {
            assert!(one.contains("$6") && !one.contains("$7"), "{one}");
            let batch = super::batch_of(one);
            let inner = batch.split_once("CROSS JOIN LATERAL").map(|(_, r)| r);
            assert!(inner.is_some_and(|r| !r.contains('$')), "{batch}");
        }
    }
}
