//! Helpers for the poll stories: buttons by what they do (for the group,
//! or one person's own), the private ballot opened by its deep link.

use super::checkin::*;
use super::TestDb;
use kettle::app::Engine;
use kettle::clock::ManualClock;
use kettle::domain::PlatformUser;
use kettle::store::Store;
use std::sync::Arc;

/// How most poll stories begin: at Monday noon, in a group of `members`,
/// its coordinator Morgan posts `command` (a `/poll …`). Keep `db`
/// bound: the database goes with it.
pub struct Posted {
    pub db: TestDb,
    pub store: Store,
    pub kettle: Engine,
    pub clock: Arc<ManualClock>,
    pub morgan: PlatformUser,
}

pub async fn poll_posted(backend: &str, members: i64, command: &str) -> Posted {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), super::meeting::monday_noon());
    let morgan = group_with_coordinator(&kettle, members).await;
    kettle.handle(said(&morgan, command)).await.unwrap();
    Posted {
        db,
        store,
        kettle,
        clock,
        morgan,
    }
}

/// Poll buttons with their tokens and actions, newest first; only those
/// `user_id` may press when given, else only those anyone may press.
pub async fn poll_buttons(
    store: &Store,
    user_id: Option<&str>,
) -> Vec<(String, serde_json::Value)> {
    let sql = "SELECT b.token, CAST(b.action AS TEXT) FROM buttons b \
               LEFT JOIN people p ON p.id = b.person_id \
               WHERE CAST(b.action AS TEXT) LIKE '%poll_%' \
               AND p.platform_user_id IS NOT DISTINCT FROM $1 \
               ORDER BY b.created_at DESC, b.token";
    let rows: Vec<(String, String)> = match store {
        Store::Postgres(p) => sqlx::query_as(sql).bind(user_id).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_as(sql).bind(user_id).fetch_all(p).await,
    }
    .unwrap();
    let mut buttons: Vec<(String, serde_json::Value)> = rows
        .into_iter()
        .map(|(t, a)| (t, serde_json::from_str(&a).unwrap()))
        .collect();
    // Buttons made at the same moment (the test clock stands still) are
    // told apart by their poll: the newest poll's first.
    buttons.sort_by_key(|(_, a)| std::cmp::Reverse(a["poll_id"].as_i64().unwrap_or(0)));
    buttons
}

async fn find(
    store: &Store,
    user_id: Option<&str>,
    matches: impl Fn(&serde_json::Value) -> bool,
) -> String {
    poll_buttons(store, user_id)
        .await
        .into_iter()
        .find(|(_, a)| matches(a))
        .map(|(t, _)| t)
        .expect("such a button")
}

/// Taps option `option` (from 0) on the newest poll in the group.
pub async fn vote(kettle: &Engine, who: &PlatformUser, option: u8) {
    let token = find(&kettle.store, None, |a| {
        a["action"] == "poll_vote" && a["option"] == option
    })
    .await;
    kettle.handle(pressed(who, &token)).await.unwrap();
}

/// Taps a stance (`agree`, `block` …) on the newest proposal.
pub async fn stance(kettle: &Engine, who: &PlatformUser, stance: &str) {
    let token = find(&kettle.store, None, |a| {
        a["action"] == "poll_stance" && a["stance"] == stance
    })
    .await;
    kettle.handle(pressed(who, &token)).await.unwrap();
}

/// Follows the newest poll's "vote privately" link into a private chat.
/// The token behind a poll's "Vote privately" link.
pub async fn ballot_token(store: &Store) -> String {
    find(store, None, |a| a["action"] == "poll_ballot").await
}

/// The token of a one-tap vote for `option` on the group's poll.
pub async fn vote_token(store: &Store, option: u8) -> String {
    find(store, None, |a| {
        a["action"] == "poll_vote" && a["option"] == option
    })
    .await
}

pub async fn open_ballot(kettle: &Engine, who: &PlatformUser) {
    let token = find(&kettle.store, None, |a| a["action"] == "poll_ballot").await;
    kettle
        .handle(said_privately(who, &format!("/start {token}")))
        .await
        .unwrap();
}

/// Taps a step on `who`'s own private ballot, e.g. `("rank", Some(2))`,
/// `("confirm", None)`, `("give", amount)` via [`give`].
pub async fn step(kettle: &Engine, who: &PlatformUser, step: &str, option: Option<u8>) {
    step_in(kettle, who, step, option, true).await;
}

/// [`step`], with what the platform says about `who` being in the group.
pub async fn step_in(
    kettle: &Engine,
    who: &PlatformUser,
    step: &str,
    option: Option<u8>,
    in_group: bool,
) {
    let token = find(&kettle.store, Some(&who.user_id), |a| {
        a["action"] == "poll_step"
            && a["step"]["step"] == step
            && option.is_none_or(|o| a["step"]["option"] == o)
    })
    .await;
    let mut press = pressed_in(&who.user_id, kettle::domain::ChatKind::Private, who, &token);
    press.context = in_the_group(in_group);
    kettle.handle(press).await.unwrap();
}

pub async fn give(kettle: &Engine, who: &PlatformUser, amount: u64) {
    let token = find(&kettle.store, Some(&who.user_id), |a| {
        a["action"] == "poll_step" && a["step"]["step"] == "give" && a["step"]["amount"] == amount
    })
    .await;
    kettle
        .handle(pressed_in(
            &who.user_id,
            kettle::domain::ChatKind::Private,
            who,
            &token,
        ))
        .await
        .unwrap();
}

/// The newest text sent or edited into `chat` that contains `needle`.
pub async fn latest(store: &Store, chat: &str, needle: &str) -> String {
    texts_to(store, chat)
        .await
        .into_iter()
        .rev()
        .find(|t| t.contains(needle))
        .unwrap_or_else(|| panic!("no message to {chat} containing {needle:?}"))
}

/// The newest text sent or edited into `chat`.
pub async fn last(store: &Store, chat: &str) -> String {
    texts_to(store, chat).await.pop().unwrap_or_default()
}
