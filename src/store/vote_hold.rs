//! A vote's first two statements on Postgres, where there were three.
//!
//! A vote must hold the poll open (a close waits for it) and hold the
//! voter's own ballot until its commit (their quick taps on a pick-several
//! poll add up; see `Tx::share_poll_holding`). The ballot has to be read
//! after that hold is taken: a statement reads what was committed when it
//! began, and a statement that waited for the hold began before the
//! transaction it waited for committed. So the hold and the ballot cannot
//! share a statement. Instead the statement that opens a vote's press
//! takes the voter's hold ([`HOLD_CTE`], keyed as `share_poll_holding`
//! keys it), and the next reads the poll, under its shared lock, with the
//! voter's ballot. `Tx::voted` then answers from what that read found.

use super::ballots::decode;
use super::pg_tx::PgTx;
use super::polls::{PollRow, COLUMNS};
use super::{PollRecord, StoreResult, Tx, Voted};

/// The opening's part for a press on a poll's option (needs its `btn` and
/// `p`): the voter's advisory hold on the poll. Materialized so it runs
/// whatever the outer query reads of it. It is taken before the opening
/// writes the update's inbox row (`ingest::HELD`), even for a repeated
/// delivery, so a vote's locks are always taken in one order.
pub(super) const HOLD_CTE: &str = "hold AS MATERIALIZED (
            SELECT CAST(btn.action->>'poll_id' AS BIGINT) AS poll_id, p.id AS person_id,
                   pg_advisory_xact_lock(CAST(CAST(btn.action->>'poll_id' AS BIGINT) % 2147483647 AS integer),
                                         CAST(p.id % 2147483647 AS integer)) AS held
            FROM btn, p
            WHERE btn.action->>'action' = 'poll_vote')";

/// The opening's columns for [`HOLD_CTE`]: the poll and voter held, if any.
pub(super) const HOLD_COLUMNS: &str =
    "(SELECT poll_id FROM hold) AS h_poll, (SELECT person_id FROM hold) AS h_person";

/// A poll, with what its voter has cast (read here under the hold, and
/// beside SQLite's writer by `store::deferred_votes`).
#[derive(sqlx::FromRow, Debug, Clone)]
pub(super) struct PollAndBallot {
    #[sqlx(flatten)]
    pub(super) poll: PollRow,
    v_voted: bool,
    v_ballot: Option<String>,
}

impl PollAndBallot {
    /// `poll`, with whether its voter has a record and its ballot, as the
    /// press's own read found them (`store::press_polls`).
    pub(super) fn new(poll: PollRow, voted: bool, ballot: Option<String>) -> PollAndBallot {
        PollAndBallot {
            poll,
            v_voted: voted,
            v_ballot: ballot,
        }
    }

    /// The voter's record: `None` if they had not voted; `Some(None)` for
    /// an anonymous vote (its ballot is kept apart), otherwise the ballot.
    pub(super) fn seen(&self) -> Option<Option<String>> {
        self.v_voted.then(|| self.v_ballot.clone())
    }

    pub(super) fn voted(&self) -> StoreResult<Voted> {
        voted(self.v_voted, self.v_ballot.as_deref())
    }
}

/// What a voter had cast, from whether they have a record and its ballot.
pub(super) fn voted(record: bool, ballot: Option<&str>) -> StoreResult<Voted> {
    Ok(match (record, ballot) {
        (false, _) => Voted::No,
        (true, None) => Voted::Anonymous,
        (true, Some(ballot)) => Voted::Named(decode(ballot)?),
    })
}

/// The poll, with the ballot of the voter ($2) found with one lookup;
/// `lock` ends it. One statement for both backends (SQLite has no
/// `LATERAL`, and the lookup needs none: it uses only the parameters).
pub(super) fn poll_and_ballot(lock: &str) -> String {
    format!(
        "SELECT {COLUMNS}, v.voted IS NOT NULL AS v_voted, v.ballot AS v_ballot FROM polls \
         LEFT JOIN (SELECT TRUE AS voted, ballot FROM poll_voters \
                    WHERE poll_id = $1 AND person_id = $2) AS v ON TRUE \
         WHERE id = $1{lock}"
    )
}

/// The poll under its shared lock, with the ballot of the voter the
/// opening holds.
static POLL_AND_BALLOT: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| poll_and_ballot(" FOR SHARE OF polls"));

impl PgTx {
    /// Whether the statement that opened this transaction holds `person_id`
    /// on poll `id` (see [`HOLD_CTE`]).
    pub(super) fn holds_voter(&self, id: i64, person_id: i64) -> bool {
        self.held == Some((id, person_id))
    }

    /// `Tx::share_poll_holding` once [`PgTx::holds_voter`]: one statement
    /// reads the poll and the voter's ballot, which `Tx::voted` then
    /// answers from.
    pub(super) async fn poll_with_ballot(
        &mut self,
        id: i64,
        person_id: i64,
    ) -> StoreResult<Option<PollRecord>> {
        self.flush().await?;
        let row: Option<PollAndBallot> = sqlx::query_as(&POLL_AND_BALLOT)
            .bind(id)
            .bind(person_id)
            .fetch_optional(&mut **self)
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        self.voted = Some(row.voted()?);
        PollRecord::try_from(row.poll).map(Some)
    }
}

impl Tx {
    /// What [`PgTx::poll_with_ballot`] found of this voter, if nothing was
    /// written since (a write forgets it, as it forgets a press's facts).
    pub(super) fn voted_already_read(&self, poll_id: i64, person_id: i64) -> Option<Voted> {
        match self {
            Tx::Postgres(t) if t.holds_voter(poll_id, person_id) => t.voted.clone(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::HOLD_CTE;
    use crate::domain::{Channel, PlatformUser};
    use crate::store::sam_in_a_group::{drop_postgres, on_postgres};
    use crate::store::Opening;
    use crate::store::Store;

    /// Another process's group write holds Sam's vote on poll 3 and is
    /// about to record the same delivery of Sam's tap (a platform may hand
    /// one update to two processes). This process's opening of the tap
    /// waits for the hold before it records anything, so the group write
    /// records the tap, and the opening then finds it handled. Were the
    /// opening to record the tap first, each would wait for the other, and
    /// Postgres would end one of them with a deadlock.
    #[tokio::test]
    async fn an_opening_waits_for_a_votes_hold_before_it_records_the_tap() {
        let button = "INSERT INTO buttons (token, community_id, action, created_at) VALUES \
                      ('tok', 1, '{\"action\": \"poll_vote\", \"poll_id\": 3}', '2026-12-03')";
        let (pool, name) = on_postgres(&[button]).await;
        let mut batch = pool.begin().await.unwrap();
        sqlx::query("SELECT pg_advisory_xact_lock(3, 7)")
            .execute(&mut *batch)
            .await
            .unwrap();

        let store = Store::Postgres(pool.clone());
        let opening = tokio::spawn(async move {
            let sam = PlatformUser {
                user_id: "7".into(),
                display_name: "Sam".into(),
                language_code: None,
            };
            let mut tx = store.begin().await?;
            let opened = tx
                .open_update(Opening {
                    channel: Channel::Telegram,
                    key: "u1",
                    at: chrono::Utc::now(),
                    group_chat: Some("-1"),
                    sender: Some(&sam),
                    register: true,
                    today: None,
                    press: Some("tok"),
                })
                .await?;
            tx.rollback().await?;
            Ok::<_, crate::store::StoreError>(opened.fresh)
        });
        // Until the opening waits for the hold (in this test's database),
        // or has ended without waiting.
        let waiting = "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted \
                       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
        while !opening.is_finished()
            && sqlx::query_scalar::<_, i64>(waiting)
                .fetch_one(&pool)
                .await
                .unwrap()
                == 0
        {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }

        sqlx::query("SET LOCAL lock_timeout = '10s'")
            .execute(&mut *batch)
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO inbox (channel, key, received_at) VALUES ('telegram', $1, now()) \
             ON CONFLICT DO NOTHING",
        )
        .bind(crate::store::inbox::inbox_key("u1"))
        .execute(&mut *batch)
        .await
        .unwrap();
        batch.commit().await.unwrap();
        let fresh = opening.await.unwrap();
        drop_postgres(pool, &name).await;
        assert!(matches!(fresh, Ok(false)), "{fresh:?}");
    }

    /// A vote's hold taken by the opening and one taken by
    /// `share_poll_holding` (a ballot confirmed in a private chat) must be
    /// the same lock, or the two could change one ballot at once.
    #[test]
    fn the_openings_hold_is_keyed_as_share_poll_holding_keys_it() {
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let opening = words(
            &HOLD_CTE
                .replace("CAST(btn.action->>'poll_id' AS BIGINT) %", "$1 %")
                .replace("CAST(p.id %", "CAST($2 %"),
        );
        let key = "pg_advisory_xact_lock(CAST($1 % 2147483647 AS integer), \
                   CAST($2 % 2147483647 AS integer))";
        assert!(words(&super::super::polls::HOLDING).contains(&words(key)));
        assert!(opening.contains(&words(key)), "{opening}");
    }
}
