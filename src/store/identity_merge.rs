//! The parts of merging two accounts into one person that need more than
//! "the person's row wins" (see [`super::identities`]). `$1` is always the
//! person kept, `$2` the account merged in.

use super::{on_read, on_tx, StoreResult, Tx};

/// One membership per community: the account's (a coordinator, active,
/// heard from later) adds to the person's; a removal by a coordinator
/// stands whichever account it was made on.
pub(super) async fn merge_memberships(tx: &mut Tx, person: i64, account: i64) -> StoreResult<()> {
    const S: &str = "FROM memberships s WHERE s.person_id = $2 \
                     AND s.community_id = memberships.community_id";
    let update = format!(
        "UPDATE memberships SET \
           role = CASE WHEN EXISTS (SELECT 1 {S} AND s.role = 'coordinator' AND s.left_at IS NULL) \
                  THEN 'coordinator' ELSE role END, \
           removed_at = COALESCE(removed_at, (SELECT s.removed_at {S})), \
           left_at = CASE \
             WHEN removed_at IS NOT NULL OR EXISTS (SELECT 1 {S} AND s.removed_at IS NOT NULL) \
               THEN COALESCE(left_at, (SELECT s.left_at {S})) \
             WHEN EXISTS (SELECT 1 {S} AND s.left_at IS NULL) THEN NULL \
             ELSE left_at END, \
           last_heard_on = CASE WHEN last_heard_on IS NULL OR (SELECT s.last_heard_on {S}) > last_heard_on \
                           THEN COALESCE((SELECT s.last_heard_on {S}), last_heard_on) \
                           ELSE last_heard_on END \
         WHERE person_id = $1 AND EXISTS (SELECT 1 {S})"
    );
    let drop = "DELETE FROM memberships WHERE person_id = $2 AND community_id IN \
                (SELECT k.community_id FROM memberships k WHERE k.person_id = $1)";
    let moved = "UPDATE memberships SET person_id = $1 WHERE person_id = $2";
    for sql in [update.as_str(), drop, moved] {
        tx.run_pair(sql, person, account).await?;
    }
    Ok(())
}

/// A time poll's answers are given together: whichever account answered
/// it later keeps all its answers, the other's go.
pub(super) async fn merge_time_poll_answers(
    tx: &mut Tx,
    person: i64,
    account: i64,
) -> StoreResult<()> {
    let latest = |who: &str| {
        format!(
            "(SELECT MAX(x.answered_at) FROM time_poll_answers x \
              JOIN time_poll_options xo ON xo.id = x.option_id \
              WHERE x.person_id = {who} AND xo.poll_id = o.poll_id)"
        )
    };
    let later = format!(
        "DELETE FROM time_poll_answers WHERE person_id = $2 AND EXISTS \
         (SELECT 1 FROM time_poll_options o WHERE o.id = time_poll_answers.option_id \
          AND {} >= {})",
        latest("$1"),
        latest("$2")
    );
    let earlier = format!(
        "DELETE FROM time_poll_answers WHERE person_id = $1 AND EXISTS \
         (SELECT 1 FROM time_poll_options o WHERE o.id = time_poll_answers.option_id \
          AND {} IS NOT NULL)",
        latest("$2")
    );
    tx.run_pair(&later, person, account).await?;
    tx.run_pair(&earlier, person, account).await?;
    Ok(())
}

/// A closed poll both accounts voted in keeps its announced totals: the
/// account's named ballot stays counted, apart from anyone, and the poll
/// keeps one more voter off the list (as for a forgotten member's).
pub(super) async fn keep_closed_ballots(tx: &mut Tx, person: i64, account: i64) -> StoreResult<()> {
    const BOTH_CLOSED: &str = "SELECT v.poll_id FROM poll_voters v \
         JOIN poll_voters k ON k.poll_id = v.poll_id AND k.person_id = $1 \
         JOIN polls p ON p.id = v.poll_id AND p.status = 'closed' \
         WHERE v.person_id = $2";
    let named = format!(
        "SELECT poll_id, ballot, reason FROM poll_voters \
         WHERE person_id = $2 AND ballot IS NOT NULL AND poll_id IN ({BOTH_CLOSED})"
    );
    let rows: Vec<(i64, String, Option<String>)> = on_read!(tx, |c| sqlx::query_as(&named)
        .bind(person)
        .bind(account)
        .fetch_all(&mut *c)
        .await?);
    let urn = "INSERT INTO poll_ballots (id, poll_id, ballot, reason) VALUES ($1, $2, $3, $4)";
    for (poll_id, ballot, reason) in rows {
        on_tx!(tx, |c| sqlx::query(urn)
            .bind(super::ballots::ballot_key())
            .bind(poll_id)
            .bind(ballot)
            .bind(reason)
            .execute(&mut *c)
            .await?
            .rows_affected());
    }
    let kept = format!(
        "UPDATE polls SET forgotten_voters = forgotten_voters + 1 WHERE id IN ({BOTH_CLOSED})"
    );
    let voters =
        format!("DELETE FROM poll_voters WHERE person_id = $2 AND poll_id IN ({BOTH_CLOSED})");
    tx.run_pair(&kept, person, account).await?;
    tx.run_pair(&voters, person, account).await?;
    Ok(())
}
