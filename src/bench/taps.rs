//! The check-in taps workloads: members tapping answers in one busy round,
//! or across 50 rounds (each tap then a member's first in that group).

use super::timing::{measure, Measured};
use super::{coordinator_says, update, BenchArgs};
use crate::app::Engine;
use crate::domain::InboundEvent;
use crate::store::Store;
use std::collections::HashMap;
use std::sync::Arc;

/// Check-in taps: `rounds` groups each open a round (untimed), then members
/// tap answers (changing them now and then) as fast as they are let.
pub(super) async fn checkin_taps(
    engine: &Engine,
    store: &Store,
    args: &BenchArgs,
    rounds: usize,
    tag: &str,
) -> anyhow::Result<Measured> {
    // Fresh groups, so each workload has its own rounds.
    let first = if rounds == 1 { 1000 } else { MANY_ROUNDS_FROM };
    for g in first..first + rounds {
        coordinator_says(engine, g, "ci", "/checkin").await?;
    }
    let tokens = Arc::new(answer_tokens(store).await?);
    let (engine, tag) = (engine.clone(), tag.to_string());
    measure(args.updates, args.concurrency, move |i| {
        let (engine, tokens) = (engine.clone(), tokens.clone());
        let key = format!("{tag}:{first}:{i}");
        async move {
            let group = first + i % rounds;
            let member = 5_000 + (i / rounds) % 2_000;
            let token = tokens
                .get(&group)
                .and_then(|t| t.get((i / 7) % t.len()))
                .cloned()
                .unwrap_or_default();
            let event = InboundEvent::ButtonPressed {
                token,
                press_id: Some(format!("press:{key}")),
            };
            engine
                .handle(update(key, group, Some(member), event))
                .await?;
            Ok(())
        }
    })
    .await
}

/// The first of the groups whose rounds the taps across 50 rounds tap.
pub(super) const MANY_ROUNDS_FROM: usize = 2000;

/// Every open round's answer buttons, by benchmark group.
pub(super) async fn answer_tokens(store: &Store) -> anyhow::Result<HashMap<usize, Vec<String>>> {
    super::tokens_by_group(
        store,
        "CAST(b.action AS TEXT) LIKE '%checkin_answer%' AND b.person_id IS NULL",
    )
    .await
}
