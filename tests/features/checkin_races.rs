//! A round closed while members are still tapping, through the engine on
//! both backends: the close waits for the taps being counted, taps after it
//! are refused, and nothing is counted twice or lost, whichever path a tap
//! takes (a newcomer's registers them; a known member's is written with the
//! commit, only while the round is open).

use crate::support::checkin::*;
use crate::support::{all_at_once, count, TestDb};
use kettle::domain::{ChatKind, InboundEvent};

const MOODS: [&str; 5] = ["rough", "low", "okay", "good", "great"];

/// The open round's button for each of [`MOODS`], in that order.
async fn mood_tokens(store: &kettle::store::Store) -> Vec<String> {
    let mut tokens = vec![];
    for mood in MOODS {
        tokens.push(token(store, mood).await);
    }
    tokens
}

/// The coordinator ends the round while two hundred members are still
/// tapping. Taps no longer wait for each other, but the close waits for
/// every tap being counted and every tap after it is refused: the summary
/// counts exactly the answers recorded, and nothing is recorded after it.
async fn a_round_closed_mid_burst_counts_exactly_what_was_taken(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 210).await;
    kettle.handle(said(&coordinator, "/checkin")).await.unwrap();
    let good = token(&store, "good").await;

    let mut taps = tokio::task::JoinSet::new();
    for n in 0..200u32 {
        let (tapping, good) = (kettle.clone(), good.clone());
        taps.spawn(async move {
            let member = person(2000 + n, &format!("Member {n}"));
            tapping.handle(pressed(&member, &good)).await.unwrap();
        });
        if n == 100 {
            let (closing, coordinator) = (kettle.clone(), coordinator.clone());
            taps.spawn(async move {
                let close = said(&coordinator, "/checkin close");
                closing.handle(close).await.unwrap();
            });
        }
    }
    while let Some(done) = taps.join_next().await {
        done.unwrap();
    }
    let recorded = count(&store, "SELECT COUNT(*) FROM checkin_answers").await;
    let summary = texts_to(&store, GROUP)
        .await
        .into_iter()
        .find(|t| t.contains("closed"))
        .expect("a closing summary");
    assert!(
        summary.contains(&format!("Checked in: {recorded} ")),
        "{recorded} recorded: {summary}"
    );
    let refused = count(
        &store,
        "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' AND CAST(payload AS TEXT) LIKE '%has closed%'",
    )
    .await;
    assert_eq!(
        recorded + refused,
        200,
        "every tap taken or told it was too late"
    );
}

/// Two hundred members have answered "Good"; now they change to "Low" all at
/// once while the coordinator ends the round. Kettle knows them, so their
/// taps take the fast path (read without a lock, written with the commit,
/// only while the round is open): a change that meets the close runs again
/// and is told it is too late. The summary shows exactly what was kept.
async fn changes_in_a_closing_round_count_exactly_what_was_kept(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 210).await;
    kettle.handle(said(&coordinator, "/checkin")).await.unwrap();
    let (good, low) = (token(&store, "good").await, token(&store, "low").await);
    let member = |n: u32| person(3000 + n, &format!("Member {n}"));
    // Each tries "Low", then settles on "Good": by now Kettle knows them,
    // and both buttons.
    for n in 0..200 {
        kettle.handle(pressed(&member(n), &low)).await.unwrap();
        kettle.handle(pressed(&member(n), &good)).await.unwrap();
    }
    let mut taps = tokio::task::JoinSet::new();
    for n in 0..200u32 {
        let (tapping, low, who) = (kettle.clone(), low.clone(), member(n));
        taps.spawn(async move { tapping.handle(pressed(&who, &low)).await.unwrap() });
        if n == 100 {
            let (closing, coordinator) = (kettle.clone(), coordinator.clone());
            taps.spawn(async move {
                let close = said(&coordinator, "/checkin close");
                closing.handle(close).await.unwrap()
            });
        }
    }
    while let Some(done) = taps.join_next().await {
        done.unwrap();
    }
    let kept_low = count(
        &store,
        "SELECT COUNT(*) FROM checkin_answers WHERE answer = 'low'",
    )
    .await;
    let summary = texts_to(&store, GROUP)
        .await
        .into_iter()
        .find(|t| t.contains("closed"))
        .expect("a closing summary");
    assert!(
        summary.contains(&format!("Low {kept_low} ")) && summary.contains("Checked in: 200 "),
        "{kept_low} changed to low: {summary}"
    );
    let answers = |like: &'static str| {
        let sql = format!(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' AND CAST(payload AS TEXT) LIKE '%{like}%'"
        );
        let store = store.clone();
        async move { count(&store, &sql).await }
    };
    assert_eq!(
        answers("Changed to Low").await,
        kept_low,
        "every change told"
    );
    assert_eq!(
        kept_low + answers("has closed").await,
        200,
        "every change taken or told it was too late"
    );
}

/// Forty neighbours tap "Good" for the first time, all at once, and the
/// platform delivers every press twice. Each joins the group once, each
/// answer counts once and each press is acknowledged once, whether the
/// copy came first or second (on Postgres a first tap registers on its
/// own and is written with the group commit, which finds the duplicate).
async fn first_taps_delivered_twice_count_once(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 50).await;
    kettle.handle(said(&coordinator, "/checkin")).await.unwrap();
    let good = token(&store, "good").await;
    // Someone has tapped it before: the button is known as a tap.
    kettle
        .handle(pressed(&person(4999, "Early"), &good))
        .await
        .unwrap();

    let mut taps = tokio::task::JoinSet::new();
    for n in 0..40u32 {
        let press = pressed(&person(4000 + n, &format!("Neighbour {n}")), &good);
        for copy in [press.clone(), press] {
            let tapping = kettle.clone();
            taps.spawn(async move { tapping.handle(copy).await.unwrap() });
        }
    }
    let mut handled = vec![];
    while let Some(done) = taps.join_next().await {
        handled.push(done.unwrap());
    }
    let done = handled
        .iter()
        .filter(|h| **h == kettle::app::Handled::Done)
        .count();
    assert_eq!(done, 40, "each press once: {handled:?}");
    let answers = "SELECT COUNT(*) FROM checkin_answers WHERE answer = 'good'";
    assert_eq!(count(&store, answers).await, 41);
    let members = "SELECT COUNT(*) FROM memberships WHERE left_at IS NULL";
    assert_eq!(
        count(&store, members).await,
        42,
        "the coordinator, Early and forty"
    );
    let acks = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer'";
    assert_eq!(count(&store, acks).await, 41, "one acknowledgement a press");
    every_commit_still_waits_for_the_disk(&store).await;
}

/// Thirty neighbours have each answered once; now they all change their
/// answer at the same moment, each to a different mood, while one of them
/// has changed their name and another taps a button that no longer
/// exists. Presses that arrive together are read together on Postgres:
/// each must still find its own member, round and answer, so every
/// neighbour ends with exactly the mood they tapped, and each press is
/// answered once.
async fn neighbours_tapping_together_each_keep_their_own_answer(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 40).await;
    kettle.handle(said(&coordinator, "/checkin")).await.unwrap();
    let tokens = mood_tokens(&store).await;
    let neighbour = |n: u32| person(3000 + n, &format!("Neighbour {n}"));
    for n in 0..30u32 {
        let first = pressed(&neighbour(n), &tokens[(n % 5) as usize]);
        kettle.handle(first).await.unwrap();
    }

    let mut taps = vec![];
    for n in 0..30u32 {
        let who = match n {
            7 => person(3007, "Neighbour Seven"),
            _ => neighbour(n),
        };
        taps.push(pressed(&who, &tokens[((n + 1) % 5) as usize]));
    }
    taps.push(pressed(&neighbour(1), "no-such-button"));
    all_at_once(&kettle, taps).await;

    let answered = "SELECT COUNT(*) FROM checkin_answers a JOIN people p ON p.id = a.person_id \
                    WHERE p.platform_user_id LIKE '30%'";
    assert_eq!(count(&store, answered).await, 30, "one answer each");
    for k in 0..5 {
        let mood = MOODS[(k + 1) % 5];
        let wrong = format!(
            "SELECT COUNT(*) FROM checkin_answers a JOIN people p ON p.id = a.person_id \
             WHERE p.platform_user_id LIKE '30%' \
               AND CAST(p.platform_user_id AS INTEGER) % 5 = {k} AND a.answer <> '{mood}'"
        );
        assert_eq!(count(&store, &wrong).await, 0, "someone lost their {mood}");
    }
    let acks = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer'";
    assert_eq!(count(&store, acks).await, 61, "every press answered once");
}

/// The round's first minutes: a crowd of people who never spoke in the
/// group tap at once, with them Jo (who left and comes back by tapping),
/// Riley (renamed on the platform since) and Sam (whom the coordinator
/// removed). Each newcomer becomes a member and keeps their own answer;
/// Jo is a member again, Riley's new name is kept, and Sam stays out.
async fn a_crowd_of_newcomers_tapping_at_once_each_join_with_their_own_answer(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 60).await;
    let (jo, riley, sam) = (person(21, "Jo"), person(22, "Riley"), person(23, "Sam"));
    for who in [&jo, &riley, &sam] {
        kettle.handle(said(who, "hello")).await.unwrap();
    }
    let left = inbound(
        GROUP,
        ChatKind::Group,
        &jo,
        InboundEvent::MemberLeft(jo.clone()),
    );
    kettle.handle(left).await.unwrap();
    let removal = said_privately(&coordinator, "/remove Sam");
    kettle.handle(removal).await.unwrap();
    kettle.handle(said(&coordinator, "/checkin")).await.unwrap();
    let tokens = mood_tokens(&store).await;

    let crowd = (0..40u32).map(|n| person(4000 + n, &format!("Newcomer {n}")));
    let others = [jo, person(22, "Riley B"), sam];
    let taps = crowd.chain(others).enumerate();
    let taps = taps.map(|(n, who)| pressed(&who, &tokens[n % 5])).collect();
    all_at_once(&kettle, taps).await;

    let members = "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
                   WHERE m.left_at IS NULL AND p.platform_user_id LIKE '40%'";
    assert_eq!(count(&store, members).await, 40, "every newcomer joined");
    for (k, mood) in MOODS.iter().enumerate() {
        let wrong = format!(
            "SELECT COUNT(*) FROM checkin_answers a JOIN people p ON p.id = a.person_id \
             WHERE p.platform_user_id LIKE '40%' \
               AND CAST(p.platform_user_id AS INTEGER) % 5 = {k} AND a.answer <> '{mood}'"
        );
        assert_eq!(count(&store, &wrong).await, 0, "someone lost their {mood}");
    }
    let answered = |id: &str| {
        format!(
            "SELECT COUNT(*) FROM checkin_answers a JOIN people p ON p.id = a.person_id \
             WHERE p.platform_user_id = '{id}'"
        )
    };
    let newcomers = "SELECT COUNT(*) FROM checkin_answers a JOIN people p ON p.id = a.person_id \
                     WHERE p.platform_user_id LIKE '40%'";
    assert_eq!(count(&store, newcomers).await, 40, "one answer each");
    assert_eq!(count(&store, &answered("21")).await, 1, "Jo came back");
    assert_eq!(count(&store, &answered("22")).await, 1, "Riley answered");
    assert_eq!(count(&store, &answered("23")).await, 0, "Sam stays removed");
    let current = |id: &str| {
        format!(
            "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
             WHERE m.left_at IS NULL AND m.removed_at IS NULL AND p.platform_user_id = '{id}'"
        )
    };
    assert_eq!(
        count(&store, &current("21")).await,
        1,
        "Jo is a member again"
    );
    assert_eq!(count(&store, &current("23")).await, 0, "Sam is not");
    let renamed = "SELECT COUNT(*) FROM people WHERE platform_user_id = '22' \
                   AND display_name = 'Riley B'";
    assert_eq!(count(&store, renamed).await, 1, "Riley's new name kept");
    every_commit_still_waits_for_the_disk(&store).await;
}

/// A registration on Postgres commits without waiting for the disk; that
/// must end with its own transaction. Every connection the burst used is
/// asked, all held at once so none is asked twice.
async fn every_commit_still_waits_for_the_disk(store: &kettle::store::Store) {
    let kettle::store::Store::Postgres(pool) = store else {
        return;
    };
    let mut held = vec![];
    for _ in 0..pool.size() {
        let mut conn = pool.acquire().await.unwrap();
        let setting: String = sqlx::query_scalar("SHOW synchronous_commit")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(setting, "on", "a connection left committing lazily");
        held.push(conn);
    }
    assert!(held.len() > 1, "the burst used the pool");
}

on_both_backends!(
    a_round_closed_mid_burst_counts_exactly_what_was_taken,
    changes_in_a_closing_round_count_exactly_what_was_kept,
    first_taps_delivered_twice_count_once,
    neighbours_tapping_together_each_keep_their_own_answer,
    a_crowd_of_newcomers_tapping_at_once_each_join_with_their_own_answer,
);
