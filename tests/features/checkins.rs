//! Check-ins through the engine, on both backends: a group's round from
//! first tap to the coordinators' brief, with crowds, strangers and the
//! passing of time.

use crate::support::checkin::*;
use crate::support::{count, redrawn, TestDb};
use chrono::Duration;
use kettle::app::Handled;
use kettle::clock::Clock;
use kettle::domain::ChatKind;

async fn five_hundred_members_tap_at_once_and_every_answer_counts(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 520).await;
    kettle.handle(said(&coordinator, "/checkin")).await.unwrap();
    let answers = ["rough", "low", "okay", "good", "great", "pass"];
    let mut tokens = vec![];
    for a in answers {
        tokens.push(token(&store, a).await);
    }

    // 500 members tap together; every fifth taps twice, changing their answer.
    let mut taps = tokio::task::JoinSet::new();
    for n in 0..500u32 {
        let kettle = kettle.clone();
        let member = person(1000 + n, &format!("Member {n}"));
        let first = tokens[n as usize % 6].clone();
        let second = tokens[(n as usize + 1) % 6].clone();
        taps.spawn(async move {
            kettle.handle(pressed(&member, &first)).await.unwrap();
            if n % 5 == 0 {
                kettle.handle(pressed(&member, &second)).await.unwrap();
            }
        });
    }
    while let Some(done) = taps.join_next().await {
        done.unwrap();
    }

    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM checkin_answers").await,
        500
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(DISTINCT person_id) FROM checkin_answers"
        )
        .await,
        500,
        "one answer per member"
    );
    let changed = count(
        &store,
        "SELECT COUNT(*) FROM checkin_answers a JOIN people p ON p.id = a.person_id \
                                 WHERE CAST(p.platform_user_id AS INTEGER) % 5 = 0",
    )
    .await;
    assert_eq!(changed, 100);
    // Every tap was acknowledged at once; the group message, drawn once
    // a few seconds later, counts everyone.
    assert_eq!(
        redrawn(&kettle, &clock).await,
        1,
        "one redraw for the burst"
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM outbox WHERE kind = 'answer'").await,
        600
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM outbox WHERE kind = 'edit'").await,
        1,
        "rapid changes make one edit"
    );
    let group = texts_to(&store, GROUP).await;
    assert!(
        group
            .last()
            .unwrap()
            .contains("Checked in: 500 · Not heard from yet: 20"),
        "{}",
        group.last().unwrap()
    );
}

async fn strangers_and_other_chats_cannot_answer(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 6).await;
    kettle.handle(said(&coordinator, "/checkin")).await.unwrap();
    let good = token(&store, "good").await;
    let open = token(&store, "open").await;

    // The round's message forwarded into another group: its button is refused there.
    let outsider = person(77, "Outsider");
    let elsewhere = pressed_in("-999", ChatKind::Group, &outsider, &good);
    assert_eq!(kettle.handle(elsewhere).await.unwrap(), Handled::Done);
    // And the private link, followed by someone who is not a member (the
    // platform, asked, says so).
    let mut link = said_privately(&outsider, &format!("/start {open}"));
    link.context = in_the_group(false);
    kettle.handle(link).await.unwrap();
    let told = texts_to(&store, "77").await;
    assert!(
        told.last().unwrap().contains("group you're not in"),
        "{told:?}"
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM checkin_answers").await,
        0
    );

    // A member's own private buttons cannot be pressed by anyone else.
    let sam = person(5, "Sam");
    kettle.handle(pressed(&sam, &good)).await.unwrap();
    kettle
        .handle(said_privately(&sam, &format!("/start {open}")))
        .await
        .unwrap();
    let sams_buttons = count(
        &store,
        "SELECT COUNT(*) FROM buttons WHERE person_id IS NOT NULL",
    )
    .await;
    assert_eq!(
        sams_buttons, 9,
        "six answers and three visibilities, for Sam only"
    );
    let share = own_token(&store, "5", "shared").await;
    kettle
        .handle(pressed_in("77", ChatKind::Private, &outsider, &share))
        .await
        .unwrap();
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM checkin_answers WHERE visibility = 'counted'"
        )
        .await,
        1,
        "Sam's answer keeps its visibility"
    );
    // Sam's own button, forwarded into the other group and pressed there,
    // still acts in his own community (six people, five not heard from).
    let for_coordinators = own_token(&store, "5", "coordinators").await;
    kettle
        .handle(pressed_in("-999", ChatKind::Group, &sam, &for_coordinators))
        .await
        .unwrap();
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM checkin_answers WHERE visibility = 'coordinators'"
        )
        .await,
        1
    );
    redrawn(&kettle, &clock).await;
    let group = texts_to(&store, GROUP).await;
    assert!(
        group
            .last()
            .unwrap()
            .contains("Checked in: 1 · Not heard from yet: 5"),
        "{}",
        group.last().unwrap()
    );
    // Sam shares it himself, adds words, and only then does the group see his name.
    kettle
        .handle(pressed_in("5", ChatKind::Private, &sam, &share))
        .await
        .unwrap();
    kettle
        .handle(said_privately(&sam, "glad to be here"))
        .await
        .unwrap();
    redrawn(&kettle, &clock).await;
    let group = texts_to(&store, GROUP).await;
    assert!(group
        .last()
        .unwrap()
        .contains("• Sam: Good — “glad to be here”"));
    assert!(!group.iter().any(|t| t.contains("Outsider")));
}

async fn closing_posts_a_summary_and_briefs_coordinators_privately(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 6).await;
    kettle
        .handle(said(&coordinator, "/checkin for 45m"))
        .await
        .unwrap();
    let (rough, okay, open) = (
        token(&store, "rough").await,
        token(&store, "okay").await,
        token(&store, "open").await,
    );
    let (ali, bea, cai, dee) = (
        person(2, "Ali"),
        person(3, "Bea"),
        person(4, "Cai"),
        person(6, "Dee"),
    );
    // Dee is in the group but says nothing; Ali arrives rough and lets coordinators know.
    kettle.handle(said(&dee, "evening all")).await.unwrap();
    kettle.handle(pressed(&ali, &rough)).await.unwrap();
    kettle
        .handle(said_privately(&ali, &format!("/start {open}")))
        .await
        .unwrap();
    let to_coordinators = own_token(&store, "2", "coordinators").await;
    kettle
        .handle(pressed_in("2", ChatKind::Private, &ali, &to_coordinators))
        .await
        .unwrap();
    kettle
        .handle(said_privately(&ali, "rough week, bad news from home"))
        .await
        .unwrap();
    kettle.handle(pressed(&bea, &okay)).await.unwrap();
    kettle.handle(pressed(&cai, &okay)).await.unwrap();

    // The group message has caught up; at 45 minutes the closing job runs, once.
    redrawn(&kettle, &clock).await;
    clock.advance(Duration::minutes(45));
    assert_eq!(kettle::jobs::run_due(&kettle, "me").await.unwrap(), 1);
    assert_eq!(kettle::jobs::run_due(&kettle, "me").await.unwrap(), 0);
    let group = texts_to(&store, GROUP).await;
    let summary = group.last().unwrap();
    assert!(summary.starts_with("Check-in closed"), "{summary}");
    assert!(summary.contains("Checked in: 3 · Not heard from yet: 3"));
    assert!(summary.contains("Rough 1 · Low 0 · Okay 2"));
    assert!(
        !group
            .iter()
            .any(|t| t.contains("Ali") || t.contains("bad news")),
        "nothing Ali kept from the group reaches it"
    );
    let brief = texts_to(&store, "1").await;
    let brief = brief.last().unwrap();
    assert!(
        brief.contains("Not heard from yet (2): Dee, Morgan"),
        "{brief}"
    );
    assert!(brief.contains("Also 1 more in the group I haven't met yet."));
    assert!(brief.contains("• Ali: Rough — “rough week, bad news from home”"));

    // A late tap is refused; counted answers no longer point at anyone.
    kettle.handle(pressed(&bea, &rough)).await.unwrap();
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM checkin_answers WHERE visibility = 'counted' AND person_id IS NOT NULL").await,
        0
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM checkin_answers WHERE answer = 'rough'"
        )
        .await,
        1
    );

    // 90 days on, the words are gone and the counts stay.
    clock.advance(Duration::days(91));
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    let mut tx = store.begin().await.unwrap();
    kettle::jobs::schedule_housekeeping(&mut tx, clock.now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM checkin_answers WHERE words IS NOT NULL"
        )
        .await,
        0
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM checkin_answers").await,
        3
    );
}

on_both_backends!(
    five_hundred_members_tap_at_once_and_every_answer_counts,
    strangers_and_other_chats_cannot_answer,
    closing_posts_a_summary_and_briefs_coordinators_privately,
);
