//! A check-in tap as the store sees it. On Postgres the statement that
//! opens a press also reads its button, its round and the presser's answer
//! so far, and the tap's writes wait for the commit; these stories hold on
//! both backends all the same.

use crate::support::store::*;
use chrono::Duration;
use kettle::app::Action;
use kettle::domain::checkin::{Answer, Mood, Visibility};
use kettle::domain::PlatformUser;
use kettle::store::{ButtonRecord, GroupCommit, NewRound, Opening, Store, StoreError, Tx};

pub(crate) const TOKEN: &str = "tap-good";

/// A group ("-5") with a round open for two hours and a "Good" button on it.
pub(crate) async fn round_with_a_button(store: &Store) -> (i64, i64) {
    let community = community(store, "-5").await;
    let mut tx = store.begin().await.unwrap();
    let round = NewRound {
        community_id: community,
        question: None,
        opened_by: None,
        schedule_id: None,
        opened_at: t0(),
        closes_at: t0() + Duration::hours(2),
    };
    let round = tx.open_round(round).await.unwrap().unwrap();
    let button = ButtonRecord {
        community_id: community,
        person_id: None,
        message_id: None,
        action: Action::CheckinAnswer {
            round_id: Some(round),
            answer: Answer::Mood(Mood::Good),
        },
    };
    tx.create_button(TOKEN, &button, t0()).await.unwrap();
    tx.commit().await.unwrap();
    (community, round)
}

pub(crate) fn ola() -> PlatformUser {
    PlatformUser {
        user_id: "7".into(),
        display_name: "Ola".into(),
        language_code: Some("pl".into()),
    }
}

/// `who` presses `token` in the group under `key`, the platform saying
/// they are in it.
pub(crate) fn pressing<'a>(who: &'a PlatformUser, key: &'a str, token: &'a str) -> Opening<'a> {
    in_group(who, key, Some(token))
}

/// Ola presses `token` in the group under `key`, as the engine opens a press.
async fn press(store: &Store, key: &str, token: &str) -> (Tx, i64) {
    let ola = ola();
    let mut tx = store.begin().await.unwrap();
    let opened = tx.open_update(pressing(&ola, key, token)).await.unwrap();
    assert!(opened.fresh);
    let person = opened.member.expect("registered by the platform's word").0;
    (tx, person.id)
}

/// The tap finds its button and round, its answer is read back in the same
/// transaction, a change keeps the first answer's row and visibility, and
/// a tap rolled back leaves nothing behind.
async fn a_tap_reads_its_button_and_round_and_its_answer_is_there_at_once(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, round_id) = round_with_a_button(&store).await;

    let (mut tx, ola) = press(&store, "k1", TOKEN).await;
    let button = tx.button::<Action>(TOKEN).await.unwrap().expect("found");
    assert_eq!(button.community_id, community);
    assert!(tx.button::<Action>("forged").await.unwrap().is_none());
    let round = tx.share_round(round_id).await.unwrap().expect("open");
    assert_eq!((round.id, round.community_id), (round_id, community));
    let good = Answer::Mood(Mood::Good);
    let (first, before) = tx
        .answer_round(&round, ola, good, Visibility::Shared, t0())
        .await
        .unwrap();
    assert_eq!(before, None);
    assert_eq!(first.name.as_deref(), Some("Ola"));
    let read = tx.round_answers(round_id).await.unwrap();
    assert_eq!(read.len(), 1, "read back in the same transaction");
    assert_eq!((read[0].id, read[0].answer), (first.id, good));
    tx.commit().await.unwrap();

    let (mut tx, _) = press(&store, "k2", TOKEN).await;
    let round = tx.share_round(round_id).await.unwrap().unwrap();
    let low = Answer::Mood(Mood::Low);
    let later = t0() + Duration::minutes(1);
    let (changed, before) = tx
        .answer_round(&round, ola, low, Visibility::Coordinators, later)
        .await
        .unwrap();
    assert_eq!(before, Some(good));
    assert_eq!(changed.id, first.id, "a change keeps the answer's row");
    assert_eq!(changed.visibility, Visibility::Shared, "and its visibility");
    tx.commit().await.unwrap();

    let (mut tx, _) = press(&store, "k3", TOKEN).await;
    let round = tx.share_round(round_id).await.unwrap().unwrap();
    let hard = Answer::Mood(Mood::Rough);
    tx.answer_round(&round, ola, hard, Visibility::Shared, later)
        .await
        .unwrap();
    tx.rollback().await.unwrap();

    let mut tx = store.begin().await.unwrap();
    let kept = tx.round_answers(round_id).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (
            kept[0].id,
            kept[0].answer,
            kept[0].visibility,
            kept[0].answered_at
        ),
        (first.id, low, Visibility::Shared, later)
    );
    tx.commit().await.unwrap();
}

/// A tap holds the round still until it commits: a close that comes while
/// the tap is open waits for it, and then counts its answer. (Postgres: the
/// round's shared lock; SQLite: the one connection the tap holds.)
async fn a_close_waits_for_a_tap_in_flight_and_counts_it(backend: &str) {
    let (_db, store) = store(backend).await;
    let (_, round_id) = round_with_a_button(&store).await;
    let (mut tap, ola) = press(&store, "k1", TOKEN).await;
    let round = tap.share_round(round_id).await.unwrap().unwrap();
    let closer = {
        let store = store.clone();
        tokio::spawn(async move {
            let mut tx = store.begin().await.unwrap();
            let round = tx.lock_round(round_id).await.unwrap().unwrap();
            let counted = tx.round_answers(round_id).await.unwrap().len();
            tx.close_round(&round, t0() + Duration::hours(2))
                .await
                .unwrap();
            tx.commit().await.unwrap();
            counted
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(!closer.is_finished(), "the close waits for the tap");
    let good = Answer::Mood(Mood::Good);
    tap.answer_round(&round, ola, good, Visibility::Shared, t0())
        .await
        .unwrap();
    tap.commit().await.unwrap();
    assert_eq!(closer.await.unwrap(), 1, "and counts its answer");
}

/// Ola, already a member, taps again: a steady read (no transaction) finds
/// her, the button, the round and her answer, and the commit writes the
/// tap with whatever else is committing. A duplicate writes nothing. A tap
/// whose round closed after it was read writes nothing either, not even its
/// inbox key: it is stale, and runs again the ordinary way.
async fn a_known_members_tap_commits_with_others_unless_its_round_closed(backend: &str) {
    let (_db, store) = store(backend).await;
    let (_, round_id) = round_with_a_button(&store).await;
    let (tx, ola_id) = press(&store, "k1", TOKEN).await;
    tx.commit().await.unwrap(); // she is a member now
    let group = std::sync::Arc::new(GroupCommit::default());
    let ola = ola();
    let steady = |key: &'static str| pressing(&ola, key, TOKEN);
    // The engine saw the button posted as a round's answer.
    let tapping = Some(kettle::store::PostedButton::Answer);
    // She reads (steadily) and taps `answer` under `key`.
    let read = |key: &'static str, answer: Answer| {
        let (store, group, opening) = (store.clone(), group.clone(), steady(key));
        async move {
            let (mut tx, _, person, _) = store
                .open_steady(opening, &group, &Default::default(), tapping)
                .await
                .unwrap()
                .expect("a known member");
            assert!(tx.button::<Action>(TOKEN).await.unwrap().is_some());
            let round = tx.share_round(round_id).await.unwrap().unwrap();
            let (_, before) = tx
                .answer_round(&round, person.id, answer, Visibility::Shared, t0())
                .await
                .unwrap();
            (tx, before)
        }
    };
    let answers = |store: Store| async move {
        let mut tx = store.begin().await.unwrap();
        let all = tx.round_answers(round_id).await.unwrap();
        tx.commit().await.unwrap();
        all.into_iter()
            .map(|a| (a.person_id, a.answer))
            .collect::<Vec<_>>()
    };
    let (good, low) = (Answer::Mood(Mood::Good), Answer::Mood(Mood::Low));

    let (tx, before) = read("k2", good).await;
    assert_eq!(before, None, "her first answer");
    assert!(tx.commit().await.unwrap());
    assert_eq!(answers(store.clone()).await, vec![(Some(ola_id), good)]);

    let (tx, before) = read("k3", low).await;
    assert_eq!(before, Some(good));
    assert!(tx.commit().await.unwrap());
    let (tx, _) = read("k3", good).await;
    assert!(!tx.commit().await.unwrap(), "a duplicate writes nothing");
    assert_eq!(answers(store.clone()).await, vec![(Some(ola_id), low)]);

    // Read while open; the round closes before the commit.
    let (tx, _) = read("k4", good).await;
    let mut close = store.begin().await.unwrap();
    let round = close.lock_round(round_id).await.unwrap().unwrap();
    close.close_round(&round, t0()).await.unwrap();
    close.commit().await.unwrap();
    assert!(matches!(tx.commit().await, Err(StoreError::Stale)));
    assert_eq!(answers(store.clone()).await, vec![(Some(ola_id), low)]);
    let mut again = store.begin().await.unwrap();
    assert!(
        again.record_inbound("telegram", "k4", t0()).await.unwrap(),
        "the stale update's key is free for its second run"
    );
    again.rollback().await.unwrap();
}

/// A vote may come on a steady (deferred) read: the poll is read, and held
/// for the voter, on whichever backend once the transaction has begun.
async fn a_vote_on_a_steady_read_finds_its_poll(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, _) = round_with_a_button(&store).await;
    let (tx, ola_id) = press(&store, "v1", TOKEN).await;
    tx.commit().await.unwrap(); // she is a member now
    let mut tx = store.begin().await.unwrap();
    let poll = crate::identity_support::youth_club_poll(&mut tx, community, ola_id, false).await;
    tx.commit().await.unwrap();
    let group = std::sync::Arc::new(GroupCommit::default());
    let ola = ola();
    let (mut tx, _, person, _) = store
        .open_steady(
            pressing(&ola, "v2", TOKEN),
            &group,
            &Default::default(),
            None,
        )
        .await
        .unwrap()
        .expect("a known member");
    assert!(matches!(tx, Tx::Deferred(_)));
    let read = tx.share_poll_holding(poll.id, person.id).await.unwrap();
    assert_eq!(read.map(|p| p.id), Some(poll.id));
    tx.rollback().await.unwrap();
}

on_both_backends!(
    a_vote_on_a_steady_read_finds_its_poll,
    a_tap_reads_its_button_and_round_and_its_answer_is_there_at_once,
    a_close_waits_for_a_tap_in_flight_and_counts_it,
    a_known_members_tap_commits_with_others_unless_its_round_closed,
);
