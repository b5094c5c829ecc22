//! A newcomer's first tap on a round's answer button, which on Postgres
//! registers them with the write that records the tap
//! (`store::newcomer_taps`) and on SQLite as every first tap does. These
//! stories hold on both backends.

use crate::store_first_taps_contract::{olas_answer, olas_tap};
use crate::store_taps_contract::{ola, round_with_a_button};
use crate::support::store::*;
use kettle::domain::checkin::{Answer, Mood};
use kettle::domain::Channel;
use kettle::store::{GroupCommit, Store, StoreError};

/// Ola's first tap on a round's answer button, as the engine opens it: on
/// Postgres she is not registered by a statement of her own but by the
/// write that records the tap; on either backend she is then a member,
/// with her answer counted once, and the tap delivered again writes
/// nothing.
async fn a_newcomers_tap_on_an_answer_button_joins_them_with_its_write(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, round_id) = round_with_a_button(&store).await;
    let group = std::sync::Arc::new(GroupCommit::default());
    let low = Answer::Mood(Mood::Low);
    let (tx, person) = olas_answer(&store, &group, "a1", true, (round_id, low)).await;
    let mut look = store.begin().await.unwrap();
    let before = look.membership(community, person).await.unwrap();
    look.rollback().await.unwrap();
    assert_eq!(
        before.is_none(),
        backend == "postgres",
        "made with the write"
    );
    assert!(tx.commit().await.unwrap(), "new");

    let (again, _) = olas_tap(&store, &group, "a1", true).await;
    assert!(!again.commit().await.unwrap(), "a duplicate writes nothing");
    let mut check = store.begin().await.unwrap();
    assert!(check.membership(community, person).await.unwrap().is_some());
    let found = check
        .person_by_platform(Channel::Telegram, "7")
        .await
        .unwrap();
    assert_eq!(
        found.map(|p| p.id),
        Some(person),
        "one Ola, with the id the tap used"
    );
    let answers = check.round_answers(round_id).await.unwrap();
    check.rollback().await.unwrap();
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].person_id, Some(person));
    assert_eq!(answers[0].answer, low);
}

/// Ola's first tap is opened; before it is written, a word of hers in the
/// group registers her the ordinary way. Her tap then counts on Postgres
/// as on SQLite: written once as her own, or (where its write was to make
/// her a member, and finds her one already) stale, writing nothing, to run
/// again the ordinary way. Never a second Ola, never an answer of no one's.
async fn a_newcomers_tap_registered_meanwhile_counts_once_or_runs_again(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, round_id) = round_with_a_button(&store).await;
    let group = std::sync::Arc::new(GroupCommit::default());
    let (tx, person) = olas_answer(&store, &group, "b1", true, (round_id, Answer::Pass)).await;
    let ola_id = ola_speaks(&store, "b2").await;
    let written = tx.commit().await;
    let mut check = store.begin().await.unwrap();
    let answers = check.round_answers(round_id).await.unwrap();
    assert!(check.membership(community, ola_id).await.unwrap().is_some());
    check.rollback().await.unwrap();
    match written {
        Ok(true) => {
            assert_eq!(person, ola_id);
            assert_eq!(answers.len(), 1);
            assert_eq!(answers[0].person_id, Some(ola_id));
        }
        // Postgres's write was to make her; SQLite made her at once.
        Err(StoreError::Stale) if backend == "postgres" => {
            assert!(answers.is_empty(), "{answers:?}")
        }
        other => panic!("{other:?}"),
    }
}

/// Ola says something in the group (update `key`), which registers her
/// the ordinary way, at once; her person id.
pub(crate) async fn ola_speaks(store: &Store, key: &str) -> i64 {
    let mut word = store.begin().await.unwrap();
    let opened = word.open_update(in_group(&ola(), key, None)).await.unwrap();
    word.commit().await.unwrap();
    opened.member.map(|m| m.0.id).expect("a member now")
}

on_both_backends!(
    a_newcomers_tap_on_an_answer_button_joins_them_with_its_write,
    a_newcomers_tap_registered_meanwhile_counts_once_or_runs_again,
);
