//! Results shown after voting: whoever votes sees the standing with their
//! own vote already in it, privately when they have a private chat with
//! Kettle, otherwise in the answer to their tap. An anonymous vote is
//! taken once; a named one can change, and the standing follows it.

use crate::support::checkin::*;
use crate::support::meeting::monday_noon;
use crate::support::poll::*;
use crate::support::{count, strings, TestDb};

/// The answers to taps, oldest first.
async fn answers(store: &kettle::store::Store) -> Vec<String> {
    let sql = "SELECT CAST(payload AS TEXT) FROM outbox WHERE kind = 'answer' ORDER BY id";
    strings(store, sql)
        .await
        .into_iter()
        .map(|json| {
            let v: serde_json::Value = serde_json::from_str(&json).unwrap();
            v["text"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

async fn the_standing_after_an_anonymous_vote_counts_it_once(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 4).await;
    let (ali, bea) = (person(2, "Ali"), person(3, "Bea"));
    kettle.handle(said_privately(&ali, "/start")).await.unwrap();
    kettle
        .handle(said(
            &morgan,
            "/poll Keep the Thursday slot? | Yes | No | anonymous | results after vote | deadline 2d",
        ))
        .await
        .unwrap();

    // Ali votes Yes and is shown, privately, a standing with his vote in it.
    vote(&kettle, &ali, 0).await;
    let private = latest(&store, "2", "How \"Keep the Thursday slot?\" stands now").await;
    assert!(private.contains("Yes — 1"), "{private}");
    assert!(!private.contains("No — 1"), "{private}");

    // His second tap, a new update, cannot change an anonymous vote.
    vote(&kettle, &ali, 1).await;
    let told = answers(&store).await;
    assert!(
        told.last().unwrap().contains("already voted"),
        "{:?}",
        told.last()
    );
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_ballots").await, 1);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 1);

    // Bea has no private chat: the standing comes with the answer to her tap.
    vote(&kettle, &bea, 1).await;
    let told = answers(&store).await;
    let hers = told.last().unwrap();
    assert!(hers.contains("Your anonymous vote is in"), "{hers}");
    assert!(
        hers.contains("Yes — 1") && hers.contains("No — 1"),
        "{hers}"
    );
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_ballots").await, 2);
    let named = "SELECT COUNT(*) FROM poll_voters WHERE ballot IS NOT NULL";
    assert_eq!(count(&store, named).await, 0, "no ballot beside a voter");
}

async fn the_standing_after_a_changed_vote_shows_only_the_new_one(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 4).await;
    let cai = person(4, "Cai");
    kettle
        .handle(said(
            &morgan,
            "/poll Which evening? | Monday | Tuesday | results after vote | deadline 2d",
        ))
        .await
        .unwrap();

    vote(&kettle, &cai, 0).await;
    let first = answers(&store).await.pop().unwrap();
    assert!(first.contains("Your vote is in: Monday"), "{first}");
    assert!(first.contains("Monday — 1"), "{first}");

    vote(&kettle, &cai, 1).await;
    let second = answers(&store).await.pop().unwrap();
    assert!(second.contains("Your vote is in: Tuesday"), "{second}");
    assert!(second.contains("Tuesday — 1"), "{second}");
    assert!(second.contains("Monday — 0"), "{second}");
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 1);
}

on_both_backends!(
    the_standing_after_an_anonymous_vote_counts_it_once,
    the_standing_after_a_changed_vote_shows_only_the_new_one,
);
