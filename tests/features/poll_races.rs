//! Votes from members Kettle already knows, arriving together, on both
//! backends. Such a vote is read without waiting for the database's
//! writer (SQLite) and written with the commits around it, only while its
//! poll is open and its voter's ballot is as it was read; otherwise it
//! runs again the ordinary way. Whichever way a vote goes, none is lost,
//! none counts twice, and a close counts exactly what it was given.

use crate::support::checkin::*;
use crate::support::meeting::monday_noon;
use crate::support::poll::*;
use crate::support::{all_at_once, count, TestDb};
use kettle::app::Engine;
use kettle::domain::poll::Ballot;
use kettle::domain::PlatformUser;
use kettle::store::Store;

fn member(n: u32) -> PlatformUser {
    person(4000 + n, &format!("Member {n}"))
}

/// A group with a coordinator and `members` members who have each said
/// hello, so Kettle knows them.
async fn known_group(kettle: &Engine, members: u32) -> PlatformUser {
    let morgan = group_with_coordinator(kettle, i64::from(members) + 1).await;
    for n in 0..members {
        kettle.handle(said(&member(n), "hello")).await.unwrap();
    }
    morgan
}

/// The coordinator taps each of `tokens` once, in turn, so Kettle has
/// lately seen those buttons: the taps that follow are read beside the
/// writer (SQLite), as they are in a busy poll.
async fn buttons_seen(kettle: &Engine, coordinator: &PlatformUser, tokens: &[&str]) {
    for token in tokens {
        kettle.handle(pressed(coordinator, token)).await.unwrap();
    }
}

/// How many presses were answered with a notice containing `text`.
async fn notices(store: &Store, text: &str) -> i64 {
    let sql = format!(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' AND CAST(payload AS TEXT) LIKE '%{text}%'"
    );
    count(store, &sql).await
}

async fn ballots(store: &Store) -> Vec<Ballot> {
    let sql = "SELECT ballot FROM poll_voters ORDER BY person_id";
    let rows: Vec<String> = match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_all(p).await,
    }
    .unwrap();
    rows.iter()
        .map(|b| serde_json::from_str(b).unwrap())
        .collect()
}

/// The coordinator closes the poll while two hundred members are still
/// voting. The close waits for the votes being counted and refuses the
/// rest: the result counts exactly the votes recorded, and every voter is
/// told either that their vote is in or that the poll has closed.
async fn votes_meeting_the_close_count_exactly_what_was_recorded(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_noon());
    let morgan = known_group(&kettle, 200).await;
    let poll = "/poll Paint the hall green? | Yes | No | deadline none";
    kettle.handle(said(&morgan, poll)).await.unwrap();
    let (yes, no) = (vote_token(&store, 0).await, vote_token(&store, 1).await);
    buttons_seen(&kettle, &morgan, &[&yes, &no]).await;
    let noted_before = notices(&store, "Your vote is in").await;

    let mut updates = vec![];
    for n in 0..200 {
        let token = if n % 3 == 0 { &no } else { &yes };
        updates.push(pressed(&member(n), token));
        if n == 100 {
            updates.push(said(&morgan, "/poll close"));
        }
    }
    all_at_once(&kettle, updates).await;

    let recorded = count(&store, "SELECT COUNT(*) FROM poll_voters").await;
    let result = latest(&store, GROUP, "📊 Result").await;
    assert!(
        result.contains(&format!("{recorded} of ")),
        "{recorded}: {result}"
    );
    let noted = notices(&store, "Your vote is in").await - noted_before;
    assert_eq!(
        noted,
        recorded - 1,
        "every recorded vote told, and no other"
    );
    let refused = notices(&store, "This poll has closed").await;
    assert_eq!(
        noted + refused,
        200,
        "every vote taken or told it was too late"
    );
}

/// The coordinator asks which evenings suit (pick several: Mon, Tue, Wed,
/// Thu) through the first of `kettles`; each of them has seen every box
/// tried and cleared (so the taps that follow are known members' there),
/// and `members` members have ticked Mon, taking turns among `kettles`.
/// The boxes' tokens, in order.
async fn evenings_with_mon_ticked(
    store: &Store,
    kettles: &[&Engine],
    coordinator: &PlatformUser,
    members: u32,
) -> Vec<String> {
    let poll = "/poll multiple Which evenings suit you? | Mon | Tue | Wed | Thu | deadline none";
    kettles[0].handle(said(coordinator, poll)).await.unwrap();
    let mut tokens = vec![];
    for option in 0..4 {
        tokens.push(vote_token(store, option).await);
    }
    let boxes: Vec<&str> = tokens.iter().map(String::as_str).collect();
    for kettle in kettles {
        buttons_seen(kettle, coordinator, &boxes).await;
        buttons_seen(kettle, coordinator, &boxes).await;
    }
    for n in 0..members {
        let kettle = kettles[n as usize % kettles.len()];
        kettle
            .handle(pressed(&member(n), &tokens[0]))
            .await
            .unwrap();
    }
    tokens
}

/// Twenty-five members Kettle knows have ticked Mon on a pick-several
/// poll (the coordinator has tried every box and cleared them); then
/// each, in one quick flurry their phone sends together, ticks Tue, Wed
/// and Thu and unticks Mon. Each tap changes the ballot the tap
/// before it left, whichever lands first: every ballot ends as Tue, Wed,
/// Thu.
async fn a_flurry_of_ticks_on_a_known_ballot_keeps_every_one(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_noon());
    let morgan = known_group(&kettle, 25).await;
    let tokens = evenings_with_mon_ticked(&store, &[&kettle], &morgan, 25).await;

    let mut updates = vec![];
    for n in 0..25 {
        for token in tokens.iter().rev() {
            updates.push(pressed(&member(n), token));
        }
    }
    all_at_once(&kettle, updates).await;

    let ballots = ballots(&store).await;
    assert_eq!(ballots.len(), 25);
    for ballot in ballots {
        assert_eq!(ballot, Ballot::Choose(vec![1, 2, 3]), "every tap kept");
    }
}

/// On an anonymous poll, forty members Kettle knows tap Yes and No at the
/// same moment. One vote each counts (whichever landed first); the other
/// tap is told they have voted already. Voters and ballots stay apart and
/// equal in number.
async fn an_anonymous_vote_tapped_twice_at_once_counts_once(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_noon());
    let morgan = known_group(&kettle, 40).await;
    let poll = "/poll Keep the Thursday slot? | Yes | No | anonymous | deadline none";
    kettle.handle(said(&morgan, poll)).await.unwrap();
    let (yes, no) = (vote_token(&store, 0).await, vote_token(&store, 1).await);
    buttons_seen(&kettle, &morgan, &[&yes, &no]).await;

    let mut updates = vec![];
    for n in 0..40 {
        updates.push(pressed(&member(n), &yes));
        updates.push(pressed(&member(n), &no));
    }
    all_at_once(&kettle, updates).await;

    // The coordinator's own tries count too: one vote, one refusal.
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 41);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_ballots").await, 41);
    assert_eq!(notices(&store, "Your anonymous vote is in").await, 41);
    assert_eq!(notices(&store, "You have already voted").await, 41);
}

/// Sixty neighbours who have never said a word in the group vote at once
/// on a poll whose buttons Kettle has lately seen; the platform says each
/// is in the group, and some presses are delivered twice. Each is made a
/// member, and each vote counts once, as pressed.
async fn newcomers_voting_together_each_count_once(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 70).await;
    let poll = "/poll Which first? | Lighting | Bins | deadline none";
    kettle.handle(said(&morgan, poll)).await.unwrap();
    let (lighting, bins) = (vote_token(&store, 0).await, vote_token(&store, 1).await);
    buttons_seen(&kettle, &morgan, &[&lighting, &bins]).await;
    let noted_before = notices(&store, "Your vote is in").await;

    let mut updates = vec![];
    for n in 100..160 {
        let press = pressed(&member(n), if n % 2 == 0 { &lighting } else { &bins });
        if n % 5 == 0 {
            updates.push(press.clone());
        }
        updates.push(press);
    }
    all_at_once(&kettle, updates).await;

    let members = "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
                   WHERE p.display_name LIKE 'Member %'";
    assert_eq!(count(&store, members).await, 60, "each made a member");
    let ballots = ballots(&store).await;
    assert_eq!(ballots.len(), 61, "each vote once, and the coordinator's");
    let chose = |o: u8| {
        ballots
            .iter()
            .filter(|&b| *b == Ballot::Choose(vec![o]))
            .count()
    };
    assert_eq!(
        (chose(0), chose(1)),
        (30, 31),
        "as pressed (Bins: the coordinator too)"
    );
    let noted = notices(&store, "Your vote is in").await - noted_before;
    assert_eq!(noted, 60, "each told once, duplicates not again");
}

/// Two Kettle processes serve one group (as in a busy deployment). Twenty
/// members Kettle knows have ticked Mon on a pick-several poll; then each
/// ticks Tue, Wed and Thu and unticks Mon in one quick flurry, the taps
/// shared out between the two processes as they arrive. Whichever process
/// writes a tap, and whichever way (written with its batch or run again
/// the ordinary way), it changes the ballot the tap before it left; and
/// a tap the platform delivers to both processes (one in three) still
/// toggles its box once: every ballot ends as Tue, Wed, Thu.
async fn ticks_shared_between_two_processes_keep_every_one(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (first, _) = engine_at(store.clone(), monday_noon());
    let (second, _) = engine_at(db.store().await, monday_noon());
    let morgan = known_group(&first, 20).await;
    for n in 0..20 {
        second.handle(said(&member(n), "hi all")).await.unwrap();
    }
    let tokens = evenings_with_mon_ticked(&store, &[&first, &second], &morgan, 20).await;

    let mut handling = tokio::task::JoinSet::new();
    for n in 0..20 {
        for (i, token) in tokens.iter().rev().enumerate() {
            let press = pressed(&member(n as u32), token);
            let (one, other) = match (n + i) % 2 {
                0 => (&first, &second),
                _ => (&second, &first),
            };
            if (n + i) % 3 == 0 {
                let (other, again) = (other.clone(), press.clone());
                handling.spawn(async move { other.handle(again).await.unwrap() });
            }
            let one = one.clone();
            handling.spawn(async move { one.handle(press).await.unwrap() });
        }
    }
    while let Some(done) = handling.join_next().await {
        done.unwrap();
    }

    let ballots = ballots(&store).await;
    assert_eq!(ballots.len(), 20);
    for ballot in ballots {
        assert_eq!(ballot, Ballot::Choose(vec![1, 2, 3]), "every tap kept");
    }
}

on_both_backends!(
    newcomers_voting_together_each_count_once,
    votes_meeting_the_close_count_exactly_what_was_recorded,
    a_flurry_of_ticks_on_a_known_ballot_keeps_every_one,
    an_anonymous_vote_tapped_twice_at_once_counts_once,
    ticks_shared_between_two_processes_keep_every_one,
);
