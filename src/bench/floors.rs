//! What a first tap's own registration costs on Postgres, measured apart
//! (`--profile`, after the taps): the statement that registers the presser,
//! run alone as the taps run it, and the one row every registration must
//! write, a membership with its keys checked. Each runs `--updates` times,
//! as many at once as the paths, on the 50-round groups, for pairs of
//! person and group not yet joined, as the 50-round taps are.
//!
//! Why: while each newcomer's first tap registers in a statement of its
//! own, the path can go no faster than that statement alone, whatever the
//! handler and the group write cost after it. If the statement alone is
//! below a path's target, trimming the rest cannot reach it.

use super::report::print_row;
use super::taps::{answer_tokens, MANY_ROUNDS_FROM};
use super::timing::{measure, Measured};
use super::{chat_of, member, BenchArgs, GROUPS};
use crate::domain::Channel;
use crate::store::{Opening, Store};
use std::sync::Arc;

/// Measures and prints both, on Postgres; nothing on SQLite.
pub(super) async fn run(
    store: &Store,
    args: &BenchArgs,
    reference: &Measured,
) -> anyhow::Result<()> {
    let Store::Postgres(pool) = store else {
        return Ok(());
    };
    let (tokens, registering) = (Arc::new(answer_tokens(store).await?), store.clone());
    // Members the taps never used, so every pair is new; a person is new
    // in their first group, as in the 50-round taps.
    let alone = measure(args.updates, args.concurrency, move |i| {
        let (store, tokens) = (registering.clone(), tokens.clone());
        async move {
            let (group, m) = pair(i);
            let (chat, user) = (chat_of(group), member(m));
            let now = chrono::Utc::now();
            let key = format!("alone:{i}");
            let opening = Opening {
                channel: Channel::Telegram,
                key: &key,
                at: now,
                group_chat: Some(&chat),
                sender: Some(&user),
                register: true,
                today: Some(now.date_naive()),
                press: tokens
                    .get(&group)
                    .and_then(|t| t.first())
                    .map(String::as_str),
            };
            store.registration_alone(opening).await?;
            Ok(())
        }
    })
    .await?;
    print_row("postgres", "registering alone", &alone, Some(reference));

    // The same people again, in a table like memberships (its keys and
    // their checks), which they have not joined yet.
    sqlx::query(
        "CREATE TABLE bench_memberships (
            community_id BIGINT NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
            person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            joined_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (community_id, person_id))",
    )
    .execute(pool)
    .await?;
    let pool = pool.clone();
    let row = measure(args.updates, args.concurrency, move |i| {
        let pool = pool.clone();
        async move {
            let (group, m) = pair(i);
            sqlx::query(
                "INSERT INTO bench_memberships (community_id, person_id, joined_at)
                 SELECT c.id, p.id, $3 FROM communities c, people p
                 WHERE c.channel = 'telegram' AND c.chat_id = $1
                   AND p.channel = 'telegram' AND p.platform_user_id = $2
                 ON CONFLICT DO NOTHING",
            )
            .bind(chat_of(group))
            .bind(member(m).user_id)
            .bind(chrono::Utc::now())
            .execute(&pool)
            .await?;
            Ok(())
        }
    })
    .await?;
    print_row("postgres", "one membership row", &row, Some(reference));
    Ok(())
}

/// The `i`th pair: one of the 50-round taps' groups, and a member the
/// taps never used, so not in it yet.
fn pair(i: usize) -> (usize, usize) {
    (MANY_ROUNDS_FROM + i % GROUPS, 7_000 + (i / GROUPS) % 2_000)
}
