//! The vote burst: 200 groups each with an open poll (half of them
//! anonymous), and members voting as fast as they are let; one press in
//! five is a duplicate delivery of the one before, one in a hundred comes
//! from the wrong chat. Afterwards every vote is checked to have counted
//! exactly once and no forged press to have counted at all.
//!
//! Then the same members press again, each on the option after the one
//! they chose, with the same duplicates and forgeries: the common case in
//! a real group, where the voters are known. A named vote changes; an
//! anonymous one cannot, and the voter is told so. Afterwards every named
//! ballot is checked to have changed and the count of voters to be the
//! same.

use super::{coordinator_says, measure, update, BenchArgs, Measured};
use crate::app::Engine;
use crate::domain::InboundEvent;
use crate::store::Store;
use std::collections::HashMap;
use std::sync::Arc;

pub const POLLS: usize = 200;
/// Groups for this workload start here, apart from the others'.
const FIRST: usize = 4_000;

pub struct Burst {
    pub measured: Measured,
    pub counted: i64,
    pub expected: i64,
    /// The second pass, by voters Kettle already knows.
    pub again: Measured,
    /// Voters counted after the second pass (should still be `expected`).
    pub counted_again: i64,
    /// Named ballots that changed in the second pass, and named voters.
    pub changed: i64,
    pub named: i64,
}

/// The voters on this workload's polls, with the poll: only those, so the
/// checks cost the same on a database that holds many more (`--growth`).
static OWN_VOTERS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let chats: Vec<String> = (FIRST..FIRST + POLLS)
        .map(|g| format!("'{}'", super::chat_of(g)))
        .collect();
    format!(
        "poll_voters v JOIN polls p ON p.id = v.poll_id \
         JOIN communities c ON c.id = p.community_id \
         WHERE c.channel = '{}' AND c.chat_id IN ({})",
        crate::domain::Channel::Telegram.as_str(),
        chats.join(", ")
    )
});

type Ballots = HashMap<(i64, i64), Option<String>>;

/// Which group, member and press a delivery is: a duplicate repeats the
/// one before it exactly; a forged one is pressed in the next group's chat.
fn press(i: usize) -> (usize, usize, usize, bool) {
    let original = if i % 5 == 0 && i > 0 { i - 1 } else { i };
    let forged = original % 100 == 1;
    (original % POLLS, original / POLLS, original, forged)
}

pub async fn run(engine: &Engine, store: &Store, args: &BenchArgs) -> anyhow::Result<Burst> {
    for g in FIRST..FIRST + POLLS {
        let anonymous = if g % 2 == 0 { " | anonymous" } else { "" };
        let text = format!("/poll Which first? | Lighting | Youth club | Bins{anonymous}");
        coordinator_says(engine, g, "vb", &text).await?;
    }
    let tokens = super::tokens_by_group(store, "CAST(b.action AS TEXT) LIKE '%poll_vote%'").await?;
    let tokens = Arc::new(tokens);
    let measured = pass(engine, &tokens, args, 0).await?;
    let before = named_ballots(store).await?;
    let counted = voters(store).await?;
    let again = pass(engine, &tokens, args, 1).await?;
    let after = named_ballots(store).await?;
    let changed = before
        .iter()
        .filter(|(k, b)| after.get(*k).is_some_and(|a| a != *b))
        .count() as i64;
    let expected = (0..args.updates)
        .filter(|&i| i % 5 != 0 || i == 0)
        .filter(|&i| !press(i).3)
        .count() as i64;
    Ok(Burst {
        measured,
        counted,
        expected,
        again,
        counted_again: voters(store).await?,
        changed,
        named: before.len() as i64,
    })
}

async fn named_ballots(store: &Store) -> anyhow::Result<Ballots> {
    let sql = format!(
        "SELECT v.poll_id, v.person_id, v.ballot FROM {} AND NOT p.anonymous",
        *OWN_VOTERS
    );
    let rows: Vec<(i64, i64, Option<String>)> =
        crate::store::on_pool!(store, |p| sqlx::query_as(&sql).fetch_all(p).await?);
    Ok(rows
        .into_iter()
        .map(|(poll, person, ballot)| ((poll, person), ballot))
        .collect())
}

async fn voters(store: &Store) -> anyhow::Result<i64> {
    let sql = format!("SELECT COUNT(*) FROM {}", *OWN_VOTERS);
    Ok(crate::store::on_pool!(store, |p| sqlx::query_scalar(&sql)
        .fetch_one(p)
        .await?))
}

/// One pass of presses: the first (`round` 0) or the second, on the
/// option after the first's, with keys of its own.
async fn pass(
    engine: &Engine,
    tokens: &Arc<HashMap<usize, Vec<String>>>,
    args: &BenchArgs,
    round: usize,
) -> anyhow::Result<Measured> {
    let (engine, tokens) = (engine.clone(), tokens.clone());
    measure(args.updates, args.concurrency, move |i| {
        let (engine, tokens) = (engine.clone(), tokens.clone());
        async move {
            let (g, member, original, forged) = press(i);
            let group = FIRST + g;
            let token = tokens
                .get(&group)
                .and_then(|t| t.get((original / 7 + round) % t.len()))
                .cloned()
                .unwrap_or_default();
            let chat_group = if forged {
                FIRST + (g + 1) % POLLS
            } else {
                group
            };
            let event = InboundEvent::ButtonPressed {
                token,
                press_id: Some(format!("vb-press:{round}:{original}")),
            };
            let delivery = update(
                format!("vb:{round}:{original}"),
                chat_group,
                Some(20_000 + member),
                event,
            );
            engine.handle(delivery).await?;
            Ok(())
        }
    })
    .await
}
