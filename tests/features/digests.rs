//! Weekly digests, on both backends, as a recovery group's coordinator
//! would meet them: a week of meetings, check-ins and polls turned into
//! the Monday digest in her private chat (once, however often the job
//! runs), stored for the support team's SQL views; digests missed while
//! Kettle was down caught up; `/digest` on demand; and a new day and time.
//! A support team's combined digest is in `digest_routes.rs`.

use crate::support::checkin::*;
use crate::support::digest::*;
use crate::support::meeting::*;
use crate::support::poll::vote;
use crate::support::{count, strings, TestDb};
use kettle::domain::ChatKind;

/// A week in Harbour Recovery Group (week 47 of 2026, 16–22 November).
async fn a_week_of_activity_reaches_the_coordinator_on_monday_morning(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    // The group began in October; everyone said hello then.
    let (kettle, clock) = engine_at(store.clone(), at(2026, 10, 19, 12, 0));
    let morgan = group_with_coordinator(&kettle, 6).await;
    let (ali, bea, cai, dee) = members(&kettle).await;

    // Kettle was down from late October to Monday 16 November, 12:00.
    // The digests it missed are built and stored; only last week's, a
    // few hours late, is sent.
    clock.set(at(2026, 11, 16, 12, 0));
    for _ in 0..6 {
        run_jobs(&kettle).await;
    }
    let stored = strings(&store, "SELECT period FROM digests ORDER BY period").await;
    assert_eq!(stored, ["2026-W43", "2026-W44", "2026-W45", "2026-W46"]);
    let sent = digests_to(&store, "1").await;
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert!(sent[0].contains("(2026-W46)"), "{}", sent[0]);

    // Tuesday: the meeting. Ali and Bea said they'd come, Cai couldn't,
    // and Cai came after all.
    kettle
        .handle(said(&morgan, "/meet Group meeting | tue 19:00"))
        .await
        .unwrap();
    let [tue] = option_ids(&store).await[..] else {
        panic!("one option")
    };
    answer(&kettle, &ali, tue, "yes").await;
    kettle.handle(said(&morgan, "/meet close")).await.unwrap();
    let confirm = button(&store, |a| {
        a["action"] == "meet_confirm" && a["option_id"] == tue
    })
    .await;
    kettle.handle(pressed(&morgan, &confirm)).await.unwrap();
    let rsvp = |what: &'static str| {
        let store = store.clone();
        async move { button(&store, |a| a["action"] == "meet_rsvp" && a["rsvp"] == what).await }
    };
    kettle
        .handle(pressed(&ali, &rsvp("going").await))
        .await
        .unwrap();
    kettle
        .handle(pressed(&bea, &rsvp("going").await))
        .await
        .unwrap();
    kettle
        .handle(pressed(&cai, &rsvp("cant").await))
        .await
        .unwrap();

    // The check-in round opens the meeting.
    clock.set(at(2026, 11, 17, 19, 0));
    kettle.handle(said(&morgan, "/checkin")).await.unwrap();
    for (who, answer) in [(&ali, "rough"), (&bea, "good"), (&cai, "okay")] {
        let t = token(&store, answer).await;
        kettle.handle(pressed(who, &t)).await.unwrap();
    }
    kettle
        .handle(said(&morgan, "/checkin close"))
        .await
        .unwrap();

    // Afterwards Morgan records who came: Ali and Bea (ticked: they said
    // they'd come) and Cai.
    clock.set(at(2026, 11, 17, 21, 0));
    kettle
        .handle(said(&morgan, "/meet attended"))
        .await
        .unwrap();
    let cai_id = count(&store, "SELECT id FROM people WHERE platform_user_id = '4'").await;
    let cai_came = button(&store, |a| {
        a["action"] == "meet_attended" && a["person_id"] == cai_id
    })
    .await;
    kettle
        .handle(pressed_in("1", ChatKind::Private, &morgan, &cai_came))
        .await
        .unwrap();
    // Seen from outside: opening the list recorded everyone who said Going
    // as having come. Until Morgan records the list, nothing counts.
    let recorded = "SELECT COUNT(*) FROM meetings WHERE attendance_recorded_at IS NOT NULL";
    assert_eq!(count(&store, recorded).await, 0);
    let record = button(&store, |a| a["action"] == "meet_attendance_confirm").await;
    kettle
        .handle(pressed_in("1", ChatKind::Private, &morgan, &record))
        .await
        .unwrap();
    assert_eq!(count(&store, recorded).await, 1);

    // Wednesday: a poll, decided by Thursday, and its outcome recorded.
    clock.set(at(2026, 11, 18, 10, 0));
    kettle
        .handle(said(
            &morgan,
            "/poll What first? | Lighting | Bins | deadline 1d",
        ))
        .await
        .unwrap();
    vote(&kettle, &ali, 0).await;
    vote(&kettle, &bea, 0).await;
    vote(&kettle, &cai, 1).await;
    clock.set(at(2026, 11, 19, 10, 1));
    run_jobs(&kettle).await;
    kettle
        .handle(said(
            &morgan,
            "/outcome Write to the council about the lighting",
        ))
        .await
        .unwrap();

    // Friday: Eve joins. Sunday evening: a time for the social is still
    // being found.
    clock.set(at(2026, 11, 20, 18, 0));
    let eve = person(6, "Eve");
    kettle.handle(said(&eve, "hi all")).await.unwrap();
    clock.set(at(2026, 11, 22, 19, 0));
    kettle
        .handle(said(&bea, "/meet Christmas social | sat 15:00 | sun 15:00"))
        .await
        .unwrap();
    let [sat, _sun] = option_ids(&store).await[..] else {
        panic!("two options")
    };
    answer(&kettle, &bea, sat, "yes").await;

    // Monday 09:00: the digest, privately to Morgan, in full.
    clock.set(at(2026, 11, 23, 9, 0));
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    let sent = digests_to(&store, "1").await;
    assert_eq!(sent.len(), 2, "{sent:#?}");
    let digest = &sent[1];
    for expected in [
        "📋 Weekly digest for Harbour Recovery Group: 16 November – 22 November (2026-W47)",
        "👥 6 members · 5 heard from this week",
        "New: Eve",
        "🔕 Not heard from in 4 weeks: Dee",
        "• Group meeting, Tuesday 17 November, 19:00: 3 came. 2 said they'd come and 2 of them came; 0 maybe, 1 can't.",
        "☕ 3 check-ins: 1 round and 0 private.",
        "How people arrived: Rough 1 · Low 0 · Okay 1 · Good 1 · Great 0 · Pass 0",
        "• #1 “What first?” closed: Lighting (3 of 6 voted)",
        "✅ Decided on #1 “What first?”: Write to the council about the lighting",
        "⏳ Finding a time for “Christmas social”: 1 of 6 have answered",
    ] {
        assert!(digest.contains(expected), "missing {expected:?} in:\n{digest}");
    }
    let _ = dee;

    // The job never sends twice, however often it runs.
    run_jobs(&kettle).await;
    assert_eq!(digests_to(&store, "1").await.len(), 2);

    // Stored for the support team: the group-safe text has no names, and
    // the views read the week.
    let texts = strings(
        &store,
        "SELECT CAST(texts AS TEXT) FROM digests WHERE period = '2026-W47'",
    )
    .await;
    assert!(
        texts[0].contains("1 member hasn't been heard from"),
        "{}",
        texts[0]
    );
    assert!(!texts[0].contains("Dee") && !texts[0].contains("Eve"));
    let participation = strings(
        &store,
        "SELECT CAST(members AS TEXT) || ' ' || CAST(heard_from AS TEXT) || ' ' || \
         CAST(not_heard_4_weeks AS TEXT) || ' ' || CAST(check_ins AS TEXT) \
         FROM digest_participation WHERE week = '2026-W47'",
    )
    .await;
    assert_eq!(participation, ["6 5 1 3"]);
    let attendance = strings(
        &store,
        "SELECT title || ': ' || CAST(going AS TEXT) || ' going, ' || CAST(came AS TEXT) || ' came' \
         FROM digest_attendance WHERE week = '2026-W47'",
    )
    .await;
    assert_eq!(attendance, ["Group meeting: 2 going, 3 came"]);
    let decisions = strings(
        &store,
        "SELECT question || ' → ' || result || ' → ' || outcome FROM digest_decisions",
    )
    .await;
    assert_eq!(
        decisions,
        ["What first? → Lighting → Write to the council about the lighting"]
    );
    let spread = strings(
        &store,
        "SELECT answer || '=' || CAST(check_ins AS TEXT) FROM digest_checkin_spread \
         WHERE week = '2026-W47' ORDER BY position",
    )
    .await;
    assert_eq!(
        spread,
        ["rough=1", "low=0", "okay=1", "good=1", "great=0", "pass=0"]
    );
}

/// `/digest` on demand: coordinators only; the group's copy in the group,
/// the named copy privately; a week that has not started is refused.
async fn coordinators_ask_for_a_digest_when_they_want_one(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), at(2026, 10, 19, 12, 0));
    let morgan = group_with_coordinator(&kettle, 6).await;
    let (ali, _bea, _cai, _dee) = members(&kettle).await;
    clock.set(at(2026, 11, 25, 12, 0));

    kettle.handle(said(&ali, "/digest")).await.unwrap();
    let last = texts_to(&store, GROUP).await.pop().unwrap();
    assert!(
        last.contains("Only coordinators can ask for the digest"),
        "{last}"
    );

    kettle.handle(said(&morgan, "/digest")).await.unwrap();
    let last = texts_to(&store, GROUP).await.pop().unwrap();
    assert!(
        last.starts_with("📋 Digest for Harbour Recovery Group so far this week: 23 November – 29 November (2026-W48)"),
        "{last}"
    );
    assert!(
        last.contains("4 members haven't been heard from in 4 weeks"),
        "{last}"
    );
    assert!(!last.contains("Ali"), "no names in the group: {last}");

    kettle
        .handle(said_privately(&morgan, "/digest last week"))
        .await
        .unwrap();
    let last = texts_to(&store, "1").await.pop().unwrap();
    assert!(last.contains("(2026-W47)"), "{last}");
    // Ali and Morgan have spoken since, but not in week 47 or the three
    // before it: what they said later does not rewrite that week.
    assert!(
        last.contains("Not heard from in 4 weeks: Morgan, Ali, Bea, Cai, Dee"),
        "{last}"
    );
    // Never recorded at the time, it is built now and says so.
    assert!(last.contains("after the week ended"), "{last}");

    kettle
        .handle(said(&morgan, "/digest 2026-W50"))
        .await
        .unwrap();
    let last = texts_to(&store, GROUP).await.pop().unwrap();
    assert_eq!(last, "Week 2026-W50 hasn't started yet.");
    kettle.handle(said(&morgan, "/digest soon")).await.unwrap();
    let last = texts_to(&store, GROUP).await.pop().unwrap();
    assert!(last.contains("I couldn't read “soon” as a week"), "{last}");

    // A member who coordinates nothing gets a kind word, not an error.
    kettle
        .handle(said_privately(&ali, "/digest"))
        .await
        .unwrap();
    let last = texts_to(&store, "2").await.pop().unwrap();
    assert!(last.contains("You're not a coordinator"), "{last}");
}

/// A new day and time: the old booking goes quiet, the new one sends.
async fn the_digest_moves_to_the_day_coordinators_choose(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), at(2026, 11, 18, 12, 0));
    let morgan = group_with_coordinator(&kettle, 3).await;

    kettle
        .handle(said(&morgan, "/digest every friday 17:30"))
        .await
        .unwrap();
    let last = texts_to(&store, GROUP).await.pop().unwrap();
    assert_eq!(
        last,
        "Done: Harbour Recovery Group's digest now comes every Friday at 17:30 (Europe/London). \
         The next one: Friday 20 November, 17:30."
    );
    kettle
        .handle(said(&morgan, "/digest every funday 17:30"))
        .await
        .unwrap();
    let last = texts_to(&store, GROUP).await.pop().unwrap();
    assert!(last.contains("I couldn't read “funday” as a day"), "{last}");

    clock.set(at(2026, 11, 20, 17, 31));
    run_jobs(&kettle).await;
    let sent = digests_to(&store, "1").await;
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0].contains("(2026-W46)"),
        "the last full week: {}",
        sent[0]
    );
    clock.set(at(2026, 11, 23, 9, 1));
    run_jobs(&kettle).await;
    assert_eq!(
        digests_to(&store, "1").await.len(),
        1,
        "Monday's booking is void"
    );

    kettle.handle(said(&morgan, "/digest off")).await.unwrap();
    clock.set(at(2026, 11, 27, 17, 31));
    run_jobs(&kettle).await;
    assert_eq!(digests_to(&store, "1").await.len(), 1, "off means off");
}

/// Seen from outside: a clock moved a century built a digest for every
/// missed week (5,217 rows) and never finished. After a year's downtime a
/// group's digests catch up four weeks at most; only last week's is sent.
async fn a_year_of_downtime_catches_up_four_weeks_at_most(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), at(2026, 1, 5, 12, 0));
    group_with_coordinator(&kettle, 6).await;
    clock.set(at(2027, 1, 6, 12, 0));
    for _ in 0..8 {
        run_jobs(&kettle).await;
    }
    let stored = strings(&store, "SELECT period FROM digests ORDER BY period").await;
    assert_eq!(stored, ["2026-W50", "2026-W51", "2026-W52", "2026-W53"]);
    let sent = digests_to(&store, "1").await;
    assert_eq!(sent.len(), 1, "only last week's: {sent:#?}");
    assert!(sent[0].contains("(2026-W53)"), "{}", sent[0]);
}

on_both_backends!(
    a_year_of_downtime_catches_up_four_weeks_at_most,
    a_week_of_activity_reaches_the_coordinator_on_monday_morning,
    coordinators_ask_for_a_digest_when_they_want_one,
    the_digest_moves_to_the_day_coordinators_choose,
);
