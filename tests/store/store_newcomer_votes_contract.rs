//! A newcomer's first vote on a poll's button in the group: on Postgres it
//! registers them with the write that records the vote
//! (`store::newcomer_taps`), on SQLite first, as every first vote does. A
//! new poll's first minutes are all such votes. These stories hold on both
//! backends.

use crate::identity_support::{choices, youth_club_poll};
use crate::store_newcomer_taps_contract::ola_speaks;
use crate::store_taps_contract::{ola, pressing};
use crate::support::store::*;
use kettle::app::Action;
use kettle::domain::poll::Ballot;
use kettle::domain::Channel;
use kettle::store::{ButtonRecord, GroupCommit, PollRecord, PostedButton, Store, StoreError, Tx};
use std::sync::Arc;

const YOUTH_CLUB: &str = "vote-youth-club";

/// A group ("-5") whose coordinator asks whether to fund the youth club,
/// named or anonymously, with the poll's "Youth club" button.
async fn poll_with_a_button(store: &Store, anonymous: bool) -> (i64, PollRecord) {
    let community = community(store, "-5").await;
    let mut tx = store.begin().await.unwrap();
    let coordinator = someone(&mut tx, "1").await;
    let poll = youth_club_poll(&mut tx, community, coordinator, anonymous).await;
    let button = ButtonRecord {
        community_id: community,
        person_id: None,
        message_id: None,
        action: Action::PollVote {
            poll_id: poll.id,
            option: 1,
        },
    };
    tx.create_button(YOUTH_CLUB, &button, t0()).await.unwrap();
    tx.commit().await.unwrap();
    (community, poll)
}

/// Ola, never seen in the group, presses "Youth club" (update `key`),
/// opened as the engine opens a press on a vote button it saw posted, and
/// her vote is cast: it waits for the write. Her person id with it.
async fn olas_vote(
    store: &Store,
    group: &Arc<GroupCommit>,
    key: &str,
    poll: &PollRecord,
) -> (Tx, i64) {
    let ola = ola();
    let (mut tx, _, person, _) = store
        .open_registering(
            pressing(&ola, key, YOUTH_CLUB),
            group,
            &Default::default(),
            Some(PostedButton::Vote),
        )
        .await
        .unwrap()
        .expect("a first vote opens beside its write");
    let read = tx.share_poll_holding(poll.id, person.id).await.unwrap();
    assert_eq!(
        read.map(|p| p.id),
        Some(poll.id),
        "the poll, read with the press"
    );
    let ballot = Ballot::Choose(vec![1]);
    match poll.rules.anonymous {
        true => assert!(tx
            .cast_anonymous(poll.id, person.id, &ballot, None)
            .await
            .unwrap()),
        false => tx
            .cast_named(poll.id, person.id, &ballot, None, t0())
            .await
            .unwrap(),
    }
    (tx, person.id)
}

/// Who has voted, the choices counted, and whether Ola is a member.
async fn counted(
    store: &Store,
    community: i64,
    poll: i64,
    ola: i64,
) -> (Vec<i64>, Vec<usize>, bool) {
    let mut check = store.begin().await.unwrap();
    let voters = check.poll_voters(poll).await.unwrap();
    let ballots = check.poll_ballots(poll).await.unwrap();
    let member = check.membership(community, ola).await.unwrap().is_some();
    check.rollback().await.unwrap();
    (voters, choices(ballots), member)
}

/// Ola's first vote, named or anonymous: on Postgres she is not registered
/// by a statement of her own but by the write that records the vote; on
/// either backend she is then a member, one Ola, and her vote counts once
/// (an anonymous one apart from her record). The same delivery again
/// writes nothing.
async fn a_newcomers_first_vote_joins_them_with_its_write(backend: &str) {
    for anonymous in [false, true] {
        let (_db, store) = store(backend).await;
        let (community, poll) = poll_with_a_button(&store, anonymous).await;
        let group = Arc::new(GroupCommit::default());
        let (tx, ola_id) = olas_vote(&store, &group, "v1", &poll).await;
        let (_, _, before) = counted(&store, community, poll.id, ola_id).await;
        assert_eq!(!before, backend == "postgres", "made with the write");
        assert!(tx.commit().await.unwrap(), "new");

        let counts = counted(&store, community, poll.id, ola_id).await;
        assert_eq!(
            counts,
            (vec![ola_id], vec![1], true),
            "anonymous: {anonymous}"
        );
        let mut check = store.begin().await.unwrap();
        let found = check
            .person_by_platform(Channel::Telegram, "7")
            .await
            .unwrap();
        check.rollback().await.unwrap();
        assert_eq!(found.map(|p| p.id), Some(ola_id), "one Ola");

        if !anonymous {
            let (again, _) = olas_vote(&store, &group, "v1", &poll).await;
            assert!(!again.commit().await.unwrap(), "a duplicate writes nothing");
            let counts = counted(&store, community, poll.id, ola_id).await;
            assert_eq!(counts, (vec![ola_id], vec![1], true));
        }
    }
}

/// Ola's first vote is cast; before it is written the coordinator closes
/// the poll. It counts nothing, on either backend (it runs again the
/// ordinary way, which finds the poll closed); she pressed in the group,
/// so she is a member all the same.
async fn a_newcomers_vote_on_a_poll_closed_before_its_write_counts_nothing(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, poll) = poll_with_a_button(&store, false).await;
    let group = Arc::new(GroupCommit::default());
    let (tx, ola_id) = olas_vote(&store, &group, "c1", &poll).await;
    let mut coordinator = store.begin().await.unwrap();
    assert!(coordinator.close_poll(poll.id, t0(), 2).await.unwrap());
    coordinator.commit().await.unwrap();
    assert!(matches!(tx.commit().await, Err(StoreError::Stale)));
    let counts = counted(&store, community, poll.id, ola_id).await;
    assert_eq!(counts, (vec![], vec![], true));
}

/// Ola's first vote is cast; before it is written, a word of hers in the
/// group registers her the ordinary way. Her vote then counts once as her
/// own, or (where its write was to make her a member, and finds her one
/// already) is stale and writes nothing, to run again. Never a second
/// Ola, never a vote of no one's.
async fn a_newcomers_vote_registered_meanwhile_counts_once_or_runs_again(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, poll) = poll_with_a_button(&store, false).await;
    let group = Arc::new(GroupCommit::default());
    let (tx, person) = olas_vote(&store, &group, "r1", &poll).await;
    let ola_id = ola_speaks(&store, "r2").await;
    let written = tx.commit().await;
    let counts = counted(&store, community, poll.id, ola_id).await;
    match written {
        Ok(true) => {
            assert_eq!(person, ola_id);
            assert_eq!(counts, (vec![ola_id], vec![1], true));
        }
        // Postgres's write was to make her; SQLite made her at once.
        Err(StoreError::Stale) if backend == "postgres" => {
            assert_eq!(counts, (vec![], vec![], true));
        }
        other => panic!("{other:?}"),
    }
}

on_both_backends!(
    a_newcomers_first_vote_joins_them_with_its_write,
    a_newcomers_vote_on_a_poll_closed_before_its_write_counts_nothing,
    a_newcomers_vote_registered_meanwhile_counts_once_or_runs_again,
);
