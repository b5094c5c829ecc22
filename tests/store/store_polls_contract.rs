//! The store's contract for polls, on SQLite and Postgres: rules and
//! options read back as written; a named vote replaced, an anonymous one
//! cast once and kept apart; every ballot counted whatever its kind;
//! reshuffling keeps the ballots and changes their keys; drafts, set-ups
//! and outcomes read back; closing happens once.

use crate::support::store::*;
use chrono::{Duration, NaiveDate};
use kettle::domain::poll::proposal::{Quorum, Stance};
use kettle::domain::poll::{Ballot, PollKind, PollRules, RankMethod, ResultsShown};
use kettle::store::{BallotDraft, NewPoll, PollSetup, PollState, SetupStage, Voted};

fn rules(anonymous: bool) -> PollRules {
    PollRules {
        kind: PollKind::Ranked {
            method: RankMethod::Runoff,
        },
        anonymous,
        results: ResultsShown::AfterVote,
        quorum: Quorum::Percent(40),
        deadline_minutes: Some(60),
        nudge_until_quorum: true,
    }
}

async fn rules_and_options_read_back_and_a_poll_closes_once(backend: &str) {
    let (_db, store) = store(backend).await;
    let community = community(&store, "-1").await;
    let mut tx = store.begin().await.unwrap();
    let creator = someone(&mut tx, "1").await;
    let (r, o) = (rules(true), priorities());
    let poll = tx
        .create_poll(NewPoll {
            community_id: community,
            creator_id: creator,
            question: "Which first?",
            rules: &r,
            options: &o,
            now: t0(),
            deadline: Some(t0() + Duration::hours(1)),
        })
        .await
        .unwrap();
    assert_eq!(poll.rules, r);
    assert_eq!(poll.options, o);
    assert_eq!(poll.state, PollState::Open);
    let again = tx.poll(poll.id).await.unwrap().unwrap();
    assert_eq!(again, poll);
    assert_eq!(tx.polls_of(community, true, 5).await.unwrap().len(), 1);
    assert!(tx.close_poll(poll.id, t0(), 12).await.unwrap());
    assert!(!tx.close_poll(poll.id, t0(), 13).await.unwrap(), "once");
    let closed = tx.lock_poll(poll.id).await.unwrap().unwrap();
    assert_eq!(closed.state, PollState::Closed);
    assert_eq!(closed.members_at_close, Some(12));
    let review = NaiveDate::from_ymd_opt(2026, 6, 1);
    tx.set_poll_outcome(poll.id, "We fund the lights", creator, t0(), review)
        .await
        .unwrap();
    let decided = tx.poll(poll.id).await.unwrap().unwrap();
    assert_eq!(decided.outcome.as_deref(), Some("We fund the lights"));
    assert_eq!(decided.review_on, review);
    assert_eq!(tx.polls_of(community, false, 5).await.unwrap().len(), 1);
    tx.commit().await.unwrap();
}

async fn named_votes_change_and_anonymous_votes_are_cast_once_and_apart(backend: &str) {
    let (_db, store) = store(backend).await;
    let community = community(&store, "-1").await;
    let mut tx = store.begin().await.unwrap();
    let (a, b) = (someone(&mut tx, "1").await, someone(&mut tx, "2").await);
    let o = priorities();
    let new = |r| NewPoll {
        community_id: community,
        creator_id: a,
        question: "Q",
        rules: r,
        options: &o,
        now: t0(),
        deadline: None,
    };
    let (open_rules, secret_rules) = (rules(false), rules(true));
    let named = tx.create_poll(new(&open_rules)).await.unwrap();
    let secret = tx.create_poll(new(&secret_rules)).await.unwrap();

    tx.cast_named(named.id, a, &Ballot::Rank(vec![0, 1]), None, t0())
        .await
        .unwrap();
    tx.cast_named(named.id, a, &Ballot::Rank(vec![2]), Some("changed"), t0())
        .await
        .unwrap();
    assert_eq!(
        tx.voted(named.id, a).await.unwrap(),
        Voted::Named(Ballot::Rank(vec![2]))
    );
    assert_eq!(tx.voted(named.id, b).await.unwrap(), Voted::No);

    assert!(tx
        .cast_anonymous(secret.id, a, &Ballot::Rank(vec![1, 0]), None)
        .await
        .unwrap());
    assert!(!tx
        .cast_anonymous(secret.id, a, &Ballot::Rank(vec![2]), None)
        .await
        .unwrap());
    assert!(tx
        .cast_anonymous(secret.id, b, &Ballot::Stance(Stance::Block), Some("why"))
        .await
        .unwrap());
    assert_eq!(tx.voted(secret.id, a).await.unwrap(), Voted::Anonymous);
    assert_eq!(tx.count_voters(secret.id).await.unwrap(), 2);
    assert_eq!(tx.poll_voters(secret.id).await.unwrap(), vec![a, b]);
    let mut ballots = tx.poll_ballots(secret.id).await.unwrap();
    ballots.sort_by_key(|(b, _)| format!("{b:?}"));
    assert_eq!(
        ballots,
        vec![
            (Ballot::Rank(vec![1, 0]), None),
            (Ballot::Stance(Stance::Block), Some("why".to_string())),
        ]
    );
    assert_eq!(
        tx.poll_ballots(named.id).await.unwrap(),
        vec![(Ballot::Rank(vec![2]), Some("changed".to_string()))]
    );

    // Reshuffling keeps every ballot.
    tx.reshuffle_ballots(secret.id).await.unwrap();
    let mut after = tx.poll_ballots(secret.id).await.unwrap();
    after.sort_by_key(|(b, _)| format!("{b:?}"));
    assert_eq!(after, ballots);
    tx.commit().await.unwrap();
}

async fn drafts_and_setups_read_back_and_go(backend: &str) {
    let (_db, store) = store(backend).await;
    let community = community(&store, "-1").await;
    let mut tx = store.begin().await.unwrap();
    let a = someone(&mut tx, "1").await;
    let o = priorities();
    let poll = tx
        .create_poll(NewPoll {
            community_id: community,
            creator_id: a,
            question: "Q",
            rules: &PollRules::default(),
            options: &o,
            now: t0(),
            deadline: None,
        })
        .await
        .unwrap();
    let draft = BallotDraft {
        ballot: Ballot::Score(vec![(0, 5), (2, 1)]),
        step: 2,
        reason: Some("because".into()),
        awaiting: true,
    };
    tx.save_ballot_draft(poll.id, a, &draft, t0())
        .await
        .unwrap();
    assert_eq!(tx.ballot_draft(poll.id, a).await.unwrap(), Some(draft));
    assert_eq!(tx.awaiting_reason(a).await.unwrap(), Some(poll.id));
    tx.drop_ballot_draft(poll.id, a).await.unwrap();
    assert_eq!(tx.ballot_draft(poll.id, a).await.unwrap(), None);

    let setup = PollSetup {
        person_id: a,
        community_id: community,
        stage: SetupStage::Options,
        question: Some("What first?".into()),
        options: o.clone(),
        rules: rules(true),
        message_id: None,
    };
    tx.save_poll_setup(&setup, t0()).await.unwrap();
    assert_eq!(tx.poll_setup(a).await.unwrap(), Some(setup.clone()));
    let replaced = PollSetup {
        stage: SetupStage::Rules,
        ..setup
    };
    tx.save_poll_setup(&replaced, t0()).await.unwrap();
    assert_eq!(tx.poll_setup(a).await.unwrap(), Some(replaced));
    tx.drop_poll_setup(a).await.unwrap();
    assert_eq!(tx.poll_setup(a).await.unwrap(), None);
    tx.commit().await.unwrap();
}

on_both_backends!(
    rules_and_options_read_back_and_a_poll_closes_once,
    named_votes_change_and_anonymous_votes_are_cast_once_and_apart,
    drafts_and_setups_read_back_and_go,
);
