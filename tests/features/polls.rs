//! Deciding things together, on both backends, as a tenants' group and a
//! recovery group would: a quick poll changed and closed at its deadline,
//! a thousand members voting at once, a proposal with quorum and nudges,
//! the outcome recorded, reviewed and exported. Private ballots and the
//! guided set-up are in `poll_ballots.rs`; who may vote, in
//! `poll_membership.rs`.

use crate::support::checkin::*;
use crate::support::meeting::{monday_noon, run_jobs};
use crate::support::poll::*;
use crate::support::redrawn;
use crate::support::{count, TestDb};
use chrono::{Duration, TimeZone as _, Utc};
use kettle::domain::ChatKind;

async fn a_quick_poll_is_voted_changed_and_closed_with_its_result(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 5).await;
    let (ali, bea, cai) = (person(2, "Ali"), person(3, "Bea"), person(4, "Cai"));

    kettle
        .handle(said(
            &morgan,
            "/poll What should we focus on? | Street lighting | Youth club | Bins | deadline 1d",
        ))
        .await
        .unwrap();
    let posted = latest(&store, GROUP, "What should we focus on?").await;
    assert!(
        posted.contains("Choose one."),
        "the rules come first: {posted}"
    );
    assert!(
        posted.contains("you can change it until the poll closes"),
        "a named vote can be changed, and the poll says so: {posted}"
    );
    assert!(
        posted.contains("Closes Tuesday 24 November, 12:00."),
        "{posted}"
    );

    vote(&kettle, &ali, 0).await;
    vote(&kettle, &bea, 1).await;
    vote(&kettle, &cai, 1).await;
    vote(&kettle, &cai, 0).await; // Cai changes her mind
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 3);
    // Each tap is answered at once, and the answer goes out with the vote
    // (on Postgres, in one statement with the poll's redraw booking).
    let noted = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' \
                 AND CAST(payload AS TEXT) LIKE '%Your vote is in%'";
    assert_eq!(count(&store, noted).await, 4, "one answer per tap");

    // The same press delivered twice counts once; a press from another
    // group counts nothing.
    let token = poll_buttons(&store, None)
        .await
        .into_iter()
        .find(|(_, a)| a["option"] == 1)
        .unwrap()
        .0;
    let press = pressed(&bea, &token);
    kettle.handle(press.clone()).await.unwrap();
    kettle.handle(press).await.unwrap();
    kettle
        .handle(pressed_in("-777", ChatKind::Group, &bea, &token))
        .await
        .unwrap();
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 3);
    assert_eq!(
        count(&store, noted).await,
        5,
        "a press delivered twice is answered once"
    );

    redrawn(&kettle, &clock).await;
    let live = latest(&store, GROUP, "Voted so far").await;
    assert!(live.contains("1. Street lighting — 2 (67%)"), "{live}");

    // Only its creator or a coordinator may close it early.
    kettle.handle(said(&ali, "/poll close")).await.unwrap();
    assert!(last(&store, GROUP)
        .await
        .contains("Only the person who started the poll"));

    clock.set(monday_noon() + Duration::days(1));
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    let results: Vec<String> = texts_to(&store, GROUP)
        .await
        .into_iter()
        .filter(|t| t.starts_with("📊 Result"))
        .collect();
    assert_eq!(results.len(), 1, "posted once: {results:#?}");
    assert!(results[0].contains("3 of 5 voted (60%)."), "{}", results[0]);
    assert!(results[0].contains("1. Street lighting — 2 (67%)"));
    assert!(results[0].contains("2. Youth club — 1 (33%)"));

    // A vote after the close is refused and changes nothing.
    vote(&kettle, &bea, 2).await;
    let sql = "SELECT COUNT(*) FROM poll_voters WHERE ballot LIKE '%2%'";
    assert_eq!(count(&store, sql).await, 0);
}

async fn a_thousand_members_vote_at_once_and_no_vote_is_lost(backend: &str) {
    let Posted {
        db: _db,
        store,
        kettle,
        clock,
        ..
    } = poll_posted(
        backend,
        1000,
        "/poll Keep the Thursday slot? | Yes | No | anonymous | deadline 2d",
    )
    .await;
    // A secret vote is final, and the poll says only that: nowhere that
    // it can be changed.
    let posted = latest(&store, GROUP, "Keep the Thursday slot?").await;
    assert!(
        posted.contains("Anonymous votes can't be changed."),
        "{posted}"
    );
    assert!(!posted.contains("can change"), "{posted}");
    let buttons = poll_buttons(&store, None).await;
    let token_for = |option: u8| {
        buttons
            .iter()
            .find(|(_, a)| a["action"] == "poll_vote" && a["option"] == option)
            .map(|(t, _)| t.clone())
            .unwrap()
    };
    let (yes, no) = (token_for(0), token_for(1));
    // A thousand members at once; one in five presses twice (a second
    // update, and the same update delivered again); one in a hundred
    // presses from another chat first.
    // Telegram delivers them over at most 40 webhook connections at once
    // (its default), so that is how many are handled at a time.
    let delivering = std::sync::Arc::new(tokio::sync::Semaphore::new(40));
    let mut taps = tokio::task::JoinSet::new();
    for n in 0..1000u32 {
        let kettle = kettle.clone();
        let member = person(10_000 + n, &format!("Member {n}"));
        let token = if n % 3 == 0 { no.clone() } else { yes.clone() };
        let delivering = delivering.clone();
        taps.spawn(async move {
            let _connection = delivering.acquire().await.unwrap();
            if n % 100 == 0 {
                let forged = pressed_in("-999", ChatKind::Group, &member, &token);
                kettle.handle(forged).await.unwrap();
            }
            let press = pressed(&member, &token);
            kettle.handle(press.clone()).await.unwrap();
            if n % 5 == 0 {
                kettle.handle(press).await.unwrap();
                kettle.handle(pressed(&member, &token)).await.unwrap();
            }
        });
    }
    while let Some(done) = taps.join_next().await {
        done.unwrap();
    }
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM poll_voters").await,
        1000
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM poll_ballots").await,
        1000
    );
    clock.set(monday_noon() + Duration::days(2));
    run_jobs(&kettle).await;
    let result = latest(&store, GROUP, "📊 Result").await;
    // Morgan, who started it, did not vote.
    assert!(result.contains("1000 of 1001 voted (100%)."), "{result}");
    assert!(result.contains("1. Yes — 666 (67%)"), "{result}");
    assert!(result.contains("2. No — 334 (33%)"), "{result}");
}

/// Someone taps Mon, Tue, Wed and Thu on a pick-several poll in quick
/// succession, and their phone sends the four presses together: each tap
/// adds to the ballot the one before it left, so none is lost.
async fn taps_on_several_options_at_once_all_count(backend: &str) {
    let Posted {
        db: _db,
        store,
        kettle,
        ..
    } = poll_posted(
        backend,
        3,
        "/poll multiple Which evenings suit you? | Mon | Tue | Wed | Thu | deadline none",
    )
    .await;
    let buttons = poll_buttons(&store, None).await;
    let mut taps = tokio::task::JoinSet::new();
    for n in 0..25u32 {
        let member = person(10_000 + n, &format!("Member {n}"));
        for option in 0..4u8 {
            let (kettle, member) = (kettle.clone(), member.clone());
            let token = buttons
                .iter()
                .find(|(_, a)| a["action"] == "poll_vote" && a["option"] == option)
                .map(|(t, _)| t.clone())
                .unwrap();
            taps.spawn(async move { kettle.handle(pressed(&member, &token)).await.unwrap() });
        }
    }
    while let Some(done) = taps.join_next().await {
        done.unwrap();
    }
    let sql = "SELECT ballot FROM poll_voters ORDER BY person_id";
    let ballots: Vec<String> = match &store {
        kettle::store::Store::Postgres(p) => sqlx::query_scalar(sql).fetch_all(p).await,
        kettle::store::Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_all(p).await,
    }
    .unwrap();
    assert_eq!(ballots.len(), 25);
    for ballot in ballots {
        let ballot: kettle::domain::poll::Ballot = serde_json::from_str(&ballot).unwrap();
        assert_eq!(
            ballot,
            kettle::domain::poll::Ballot::Choose(vec![0, 1, 2, 3]),
            "every tap kept"
        );
    }
}

async fn a_proposal_nudges_only_those_who_have_not_voted_until_quorum(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 4).await;
    let (ali, bea, cai) = (person(2, "Ali"), person(3, "Bea"), person(4, "Cai"));
    for m in [&ali, &bea, &cai] {
        kettle.handle(said(m, "hello")).await.unwrap();
        kettle.handle(said_privately(m, "/start")).await.unwrap();
    }
    kettle
        .handle(said(
            &morgan,
            "/poll proposal We commission the winter counselling service | agree 75% | quorum 75% | deadline 3d | nudge until quorum",
        ))
        .await
        .unwrap();
    let posted = latest(&store, GROUP, "winter counselling").await;
    assert!(posted.contains("Accepted if at least 75%"), "{posted}");
    assert!(
        posted.contains("Quorum: at least 3 of 4 members must vote."),
        "{posted}"
    );

    stance(&kettle, &morgan, "agree").await;
    // Bea blocks, with a reason, privately.
    open_ballot(&kettle, &bea).await;
    kettle
        .handle(said_privately(&bea, "not a command"))
        .await
        .unwrap();
    let token = poll_buttons(&store, Some("3"))
        .await
        .into_iter()
        .find(|(_, a)| a["step"]["stance"] == "block")
        .unwrap()
        .0;
    kettle
        .handle(pressed_in("3", ChatKind::Private, &bea, &token))
        .await
        .unwrap();
    step(&kettle, &bea, "reason", None).await;
    kettle
        .handle(said_privately(
            &bea,
            "The provider has no safeguarding policy yet.",
        ))
        .await
        .unwrap();
    step(&kettle, &bea, "confirm", None).await;

    // A day on (12:00, outside quiet hours) Ali and Cai are nudged, not Bea.
    clock.set(monday_noon() + Duration::days(1));
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    let nudged = |chat: &'static str| {
        let store = store.clone();
        async move {
            texts_to(&store, chat)
                .await
                .iter()
                .filter(|t| t.contains("waiting for your vote"))
                .count()
        }
    };
    assert_eq!(
        (nudged("2").await, nudged("3").await, nudged("4").await),
        (1, 0, 1)
    );

    // Ali votes: quorum (3 of 4) is reached, and the nudges stop.
    stance(&kettle, &ali, "agree").await;
    clock.set(monday_noon() + Duration::days(2));
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    assert_eq!(
        nudged("4").await,
        1,
        "no second nudge once quorum is reached"
    );

    clock.set(monday_noon() + Duration::days(3));
    run_jobs(&kettle).await;
    let result = latest(&store, GROUP, "📊 Result").await;
    assert!(result.contains("The quorum of 3 was reached."), "{result}");
    assert!(result.contains("⛔ Blocked: 1 blocked it."), "{result}");
    assert!(
        result.contains("• Block: The provider has no safeguarding policy yet."),
        "{result}"
    );
    assert!(!result.contains("Bea"), "reasons come without names");
}

async fn coordinators_record_the_outcome_are_reminded_and_export_it(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 3).await;
    let ali = person(2, "Ali");
    kettle
        .handle(said(
            &morgan,
            "/poll Which evening? | Tuesday | Thursday | deadline none",
        ))
        .await
        .unwrap();
    vote(&kettle, &ali, 1).await;
    kettle
        .handle(said(&morgan, "/outcome Thursdays from now on"))
        .await
        .unwrap();
    assert!(last(&store, GROUP).await.contains("still open"));
    kettle.handle(said(&morgan, "/poll close")).await.unwrap();

    kettle
        .handle(said(&ali, "/outcome We meet on Thursdays"))
        .await
        .unwrap();
    assert!(last(&store, GROUP).await.contains("Only coordinators"));
    kettle
        .handle(said(
            &morgan,
            "/outcome #1 We meet on Thursdays | review 2027-02-01",
        ))
        .await
        .unwrap();
    let decisions = {
        kettle.handle(said(&ali, "/decisions")).await.unwrap();
        last(&store, GROUP).await
    };
    assert!(
        decisions.contains("#1 Which evening? — Thursday"),
        "{decisions}"
    );
    assert!(
        decisions.contains("Outcome: We meet on Thursdays"),
        "{decisions}"
    );
    assert!(
        decisions.contains("Review on Monday 1 February 2027, 09:00"),
        "{decisions}"
    );

    // On the review date, at 09:00 in the group's zone, Morgan is reminded privately.
    clock.set(Utc.with_ymd_and_hms(2027, 2, 1, 9, 0, 0).unwrap());
    run_jobs(&kettle).await;
    let reminder = latest(&store, "1", "Time to review a decision").await;
    assert!(reminder.contains("We meet on Thursdays"), "{reminder}");

    // The CSV goes to Morgan privately, with ballots and no names.
    kettle.handle(said(&ali, "/poll export")).await.unwrap();
    assert!(last(&store, GROUP).await.contains("Only coordinators"));
    kettle.handle(said(&morgan, "/poll export")).await.unwrap();
    let csv = crate::support::meeting::calendar_files(&store, "1").await;
    assert_eq!(csv.len(), 1);
    assert!(csv[0].contains("2,Thursday,,1"), "{}", csv[0]);
    assert!(csv[0].contains("ballot,reason"), "{}", csv[0]);
    assert!(!csv[0].contains("Ali"), "{}", csv[0]);
}

on_both_backends!(
    a_quick_poll_is_voted_changed_and_closed_with_its_result,
    a_thousand_members_vote_at_once_and_no_vote_is_lost,
    taps_on_several_options_at_once_all_count,
    a_proposal_nudges_only_those_who_have_not_voted_until_quorum,
    coordinators_record_the_outcome_are_reminded_and_export_it,
);
