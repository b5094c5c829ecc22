//! Polls voted in a private chat, on both backends: anonymous ranked
//! ballots kept apart from their voters, a budget spent step by step and
//! never overspent, scores and points given one option at a time, and a
//! poll set up step by step before it is posted.

use crate::support::checkin::*;
use crate::support::meeting::monday_noon;
use crate::support::poll::*;
use crate::support::{count, TestDb};
use kettle::domain::ChatKind;

async fn anonymous_ranked_ballots_are_kept_apart_from_their_voters(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 4).await;
    let (ali, bea) = (person(2, "Ali"), person(3, "Bea"));
    kettle.handle(said(&ali, "hello")).await.unwrap();
    kettle.handle(said(&bea, "hello")).await.unwrap();
    kettle
        .handle(said(
            &morgan,
            "/poll ranked Which first? | Lighting | Youth club | Bins | anonymous | deadline none",
        ))
        .await
        .unwrap();
    let posted = latest(&store, GROUP, "Which first?").await;
    assert!(posted.contains("nothing that links the two"), "{posted}");

    // Each builds a ranking privately and confirms it.
    for (who, order) in [(&morgan, [2, 0, 1]), (&ali, [2, 1, 0]), (&bea, [0, 2, 1])] {
        open_ballot(&kettle, who).await;
        for option in order {
            step(&kettle, who, "rank", Some(option)).await;
        }
        step(&kettle, who, "confirm", None).await;
    }
    // Ali tries again: anonymous votes are final.
    open_ballot(&kettle, &ali).await;
    assert!(latest(&store, "2", "already voted")
        .await
        .contains("can't be changed"));

    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 3);
    let linked =
        "SELECT COUNT(*) FROM poll_voters WHERE ballot IS NOT NULL OR voted_at IS NOT NULL";
    assert_eq!(count(&store, linked).await, 0, "no ballot beside a voter");
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_ballots").await, 3);
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM poll_ballot_drafts").await,
        0,
        "drafts go when confirmed"
    );
    let keys = || async {
        let sql = "SELECT id FROM poll_ballots ORDER BY id";
        match &store {
            kettle::store::Store::Postgres(p) => {
                sqlx::query_scalar::<_, String>(sql).fetch_all(p).await
            }
            kettle::store::Store::Sqlite(p) => {
                sqlx::query_scalar::<_, String>(sql).fetch_all(p).await
            }
        }
        .unwrap()
    };
    let before = keys().await;

    kettle.handle(said(&morgan, "/poll close")).await.unwrap();
    let result = latest(&store, GROUP, "📊 Result").await;
    assert!(result.contains("Winner: Bins"), "{result}");
    assert!(result.contains("over Lighting by 2 to 1"), "{result}");
    assert!(
        result.contains("Full order: 1. Bins · 2. Lighting · 3. Youth club"),
        "{result}"
    );
    let after = keys().await;
    assert_eq!(after.len(), 3);
    assert!(
        before.iter().all(|k| !after.contains(k)),
        "ballots rewritten under new keys at close"
    );
}

async fn a_budget_is_spent_step_by_step_and_never_overspent(backend: &str) {
    let Posted {
        db: _db,
        store,
        kettle,
        morgan,
        ..
    } = poll_posted(backend, 3, "/poll budget 10000 Community chest | Lighting 6000 | Youth club 3000 | Bins 2500 | spend at least 50% | deadline none").await;
    open_ballot(&kettle, &morgan).await;
    step(&kettle, &morgan, "toggle", Some(0)).await;
    step(&kettle, &morgan, "toggle", Some(1)).await;
    step(&kettle, &morgan, "toggle", Some(2)).await; // 11,500: refused
    let sql = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' AND CAST(payload AS TEXT) LIKE '%Only 1000 left%'";
    assert_eq!(count(&store, sql).await, 1);
    step(&kettle, &morgan, "toggle", Some(0)).await; // untick Lighting: 3,000
    step(&kettle, &morgan, "confirm", None).await;
    let under = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' AND CAST(payload AS TEXT) LIKE '%at least 5000%'";
    assert_eq!(count(&store, under).await, 1, "under the least to spend");
    step(&kettle, &morgan, "toggle", Some(1)).await; // untick Youth club: 0 spent
    step(&kettle, &morgan, "confirm", None).await;
    let blank = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' AND CAST(payload AS TEXT) LIKE '%blank ballot isn''t a vote%'";
    assert_eq!(
        count(&store, blank).await,
        1,
        "a blank ballot is not a vote"
    );
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 0);
    step(&kettle, &morgan, "toggle", Some(0)).await;
    step(&kettle, &morgan, "toggle", Some(2)).await;
    step(&kettle, &morgan, "confirm", None).await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 1);
    kettle.handle(said(&morgan, "/poll close")).await.unwrap();
    let result = latest(&store, GROUP, "📊 Result").await;
    assert!(
        result.contains("Funded: Lighting (6000), Bins (2500) — 8500 of 10000."),
        "{result}"
    );
}

async fn a_poll_is_set_up_step_by_step_in_a_private_chat(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 3).await;
    kettle.handle(said(&morgan, "/poll")).await.unwrap();
    assert!(latest(&store, GROUP, "private message")
        .await
        .contains("set the poll up"));
    assert!(latest(&store, "1", "What's the question?")
        .await
        .starts_with("Let's set up a poll for"));
    kettle
        .handle(said_privately(&morgan, "Which evening suits?"))
        .await
        .unwrap();
    kettle
        .handle(said_privately(&morgan, "Tuesday\nThursday"))
        .await
        .unwrap();
    kettle
        .handle(said_privately(&morgan, "Tuesday"))
        .await
        .unwrap(); // already there
    let press_setup = |change: serde_json::Value| {
        let (kettle, store, morgan) = (kettle.clone(), store.clone(), morgan.clone());
        async move {
            let token = poll_buttons(&store, Some("1"))
                .await
                .into_iter()
                .find(|(_, a)| a["action"] == "poll_setup" && a["change"] == change)
                .expect("a set-up button")
                .0;
            kettle
                .handle(pressed_in("1", ChatKind::Private, &morgan, &token))
                .await
                .unwrap();
        }
    };
    press_setup(serde_json::json!({"change": "options_done"})).await;
    let card = latest(&store, "1", "as members will see it").await;
    assert!(card.contains("1. Tuesday\n2. Thursday"), "{card}");
    press_setup(serde_json::json!({"change": "kind", "kind": 2})).await;
    press_setup(serde_json::json!({"change": "anonymous"})).await;
    let card = latest(&store, "1", "as members will see it").await;
    assert!(card.contains("Put the options in order"), "{card}");
    assert!(card.contains("🔒 Anonymous"), "{card}");
    press_setup(serde_json::json!({"change": "post"})).await;
    let posted = latest(&store, GROUP, "📊 Which evening suits?").await;
    assert!(posted.contains("1. Tuesday\n2. Thursday"), "{posted}");
    assert!(posted.contains("Counted by the Schulze method"), "{posted}");
    assert!(posted.contains("🔒 Anonymous"), "{posted}");
    assert!(latest(&store, "1", "is posted").await.contains("Poll #1"));
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_setups").await, 0);
}

async fn scores_and_points_are_given_one_option_at_a_time(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 3).await;
    let ali = person(2, "Ali");
    kettle.handle(said(&ali, "hello")).await.unwrap();
    kettle.handle(said_privately(&ali, "/start")).await.unwrap();
    kettle
        .handle(said(
            &morgan,
            "/poll score What matters most? | Garden | Trips | Library | deadline none",
        ))
        .await
        .unwrap();
    for (who, scores) in [
        (&morgan, [Some(5), None, Some(2)]),
        (&ali, [Some(3), Some(4), Some(0)]),
    ] {
        open_ballot(&kettle, who).await;
        for s in scores {
            match s {
                Some(amount) => give(&kettle, who, amount).await,
                None => step(&kettle, who, "skip", None).await,
            }
        }
        step(&kettle, who, "confirm", None).await;
    }
    kettle.handle(said(&morgan, "/poll close")).await.unwrap();
    let result = latest(&store, GROUP, "📊 Result: What matters most?").await;
    // Level averages share a place; the spread tells them apart.
    assert!(
        result.contains("1. Garden — average 4.0 (scores from 3 to 5, 2 scored it)"),
        "{result}"
    );
    assert!(
        result.contains("1. Trips — average 4.0 (scores from 4 to 4, 1 scored it)"),
        "{result}"
    );
    assert!(result.contains("3. Library — average 1.0"), "{result}");

    kettle
        .handle(said(
            &morgan,
            "/poll points 10 Spread ten points | Garden | Trips | deadline none",
        ))
        .await
        .unwrap();
    open_ballot(&kettle, &ali).await;
    give(&kettle, &ali, 7).await;
    give(&kettle, &ali, 3).await;
    step(&kettle, &ali, "confirm", None).await;
    kettle.handle(said(&morgan, "/poll close 2")).await.unwrap();
    let result = latest(&store, GROUP, "📊 Result: Spread ten points").await;
    assert!(result.contains("1. Garden — 7 points (70%)"), "{result}");
}

async fn a_set_up_card_for_another_group_posts_nothing(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 3).await;
    kettle.handle(said(&morgan, "/poll")).await.unwrap();
    for text in ["Which evening?", "Tuesday\nThursday"] {
        kettle.handle(said_privately(&morgan, text)).await.unwrap();
    }
    let setup_button = |change: &'static str| {
        let store = store.clone();
        async move {
            poll_buttons(&store, Some("1"))
                .await
                .into_iter()
                .find(|(_, a)| a["action"] == "poll_setup" && a["change"]["change"] == change)
                .expect("a set-up button")
                .0
        }
    };
    let done = setup_button("options_done").await;
    kettle
        .handle(pressed_in("1", ChatKind::Private, &morgan, &done))
        .await
        .unwrap();
    let post = setup_button("post").await;
    // Morgan starts setting up a poll for another group instead.
    let other = kettle::domain::InboundEvent::Text("/poll".into());
    kettle
        .handle(inbound("-600", ChatKind::Group, &morgan, other))
        .await
        .unwrap();
    for text in ["Which day?", "Monday\nFriday"] {
        kettle.handle(said_privately(&morgan, text)).await.unwrap();
    }
    kettle
        .handle(pressed_in("1", ChatKind::Private, &morgan, &post))
        .await
        .unwrap();
    assert_eq!(count(&store, "SELECT COUNT(*) FROM polls").await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_setups").await, 1);
}

/// "Spend at least 33 %" of a 150 budget is 50, not 49: the tenants'
/// chest is split by the rule they were shown before voting, and a ballot
/// one short of it is turned back with the least it needs.
async fn the_least_to_spend_is_the_share_the_rule_names_rounded_up(backend: &str) {
    let Posted {
        db: _db,
        store,
        kettle,
        morgan,
        ..
    } = poll_posted(backend, 3, "/poll budget 150 Tenants' chest | Plants 49 | Tea 1 | Chairs 100 | spend at least 33% | deadline none").await;
    open_ballot(&kettle, &morgan).await;
    step(&kettle, &morgan, "toggle", Some(0)).await; // 49 of 150: 32.7 %
    step(&kettle, &morgan, "confirm", None).await;
    let under = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' \
                 AND CAST(payload AS TEXT) LIKE '%spent 49; this poll asks for at least 50%'";
    assert_eq!(count(&store, under).await, 1, "49 is under a third of 150");
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 0);
    step(&kettle, &morgan, "toggle", Some(1)).await; // and Tea: 50, 33.3 %
    step(&kettle, &morgan, "confirm", None).await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 1);
}

on_both_backends!(
    the_least_to_spend_is_the_share_the_rule_names_rounded_up,
    a_set_up_card_for_another_group_posts_nothing,
    anonymous_ranked_ballots_are_kept_apart_from_their_voters,
    a_budget_is_spent_step_by_step_and_never_overspent,
    a_poll_is_set_up_step_by_step_in_a_private_chat,
    scores_and_points_are_given_one_option_at_a_time,
);
