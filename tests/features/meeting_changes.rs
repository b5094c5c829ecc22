//! Changing a confirmed meeting, on both backends: moving it (a late
//! reminder says so, a reminder after the start is dropped, old bookings
//! stay silent), recording who came, and a weekly meeting that keeps 19:00
//! across the clock change, with a skipped week and a stopped series.

use crate::support::checkin::*;
use crate::support::meeting::*;
use crate::support::{count, TestDb};
use chrono::{DateTime, TimeZone as _, Utc};
use kettle::domain::ChatKind;
use kettle::store::Store;

async fn a_moved_meeting_tells_those_who_answered_and_reminds_at_its_new_time(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_noon());
    let coordinator = group_with_coordinator(&kettle, 6).await;
    let (ali, bea, _cai, _dee) = members(&kettle).await;

    kettle
        .handle(said(
            &coordinator,
            "/meet Repair café | thu 18:30 | fri 18:30",
        ))
        .await
        .unwrap();
    let [thu, _fri] = option_ids(&store).await[..] else {
        panic!("two options")
    };
    answer(&kettle, &ali, thu, "yes").await;
    kettle.handle(said(&ali, "/meet close")).await.unwrap();
    assert!(texts_to(&store, GROUP)
        .await
        .last()
        .unwrap()
        .contains("Only the person who arranged it, or a coordinator"));
    kettle
        .handle(said(&coordinator, "/meet close"))
        .await
        .unwrap();
    let confirm = button(&store, |a| {
        a["action"] == "meet_confirm" && a["option_id"] == thu
    })
    .await;
    kettle.handle(pressed(&bea, &confirm)).await.unwrap();
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM meetings").await,
        0,
        "Bea may not confirm"
    );
    kettle
        .handle(pressed(&coordinator, &confirm))
        .await
        .unwrap();
    kettle
        .handle(pressed(&coordinator, &confirm))
        .await
        .unwrap();
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM meetings").await,
        1,
        "once"
    );

    let going = button(&store, |a| {
        a["action"] == "meet_rsvp" && a["rsvp"] == "going"
    })
    .await;
    kettle.handle(pressed(&ali, &going)).await.unwrap();

    // Only the organiser or a coordinator may move it; Ali hears of the
    // move privately, with the calendar entry's sequence bumped.
    kettle
        .handle(said(&ali, "/meet move fri 19:00"))
        .await
        .unwrap();
    assert_eq!(
        count(&store, "SELECT CAST(sequence AS BIGINT) FROM meetings").await,
        0
    );
    kettle
        .handle(said(&coordinator, "/meet move 2027-03-28 01:30"))
        .await
        .unwrap();
    assert!(texts_to(&store, GROUP)
        .await
        .last()
        .unwrap()
        .contains("doesn't exist: the clocks jump forward"));
    kettle
        .handle(said(&coordinator, "/meet move fri 19:00"))
        .await
        .unwrap();
    assert_eq!(
        count(&store, "SELECT CAST(sequence AS BIGINT) FROM meetings").await,
        1
    );
    // Seen from outside: the announcement kept the old time and live
    // buttons. It now shows the new time, still open for answers.
    let edits = edits_to(&store, GROUP).await;
    let announcement = edits
        .iter()
        .rev()
        .find(|e| {
            e["text"]
                .as_str()
                .unwrap()
                .starts_with("📅 Meeting confirmed")
        })
        .expect("the announcement edited");
    let text = announcement["text"].as_str().unwrap();
    assert!(text.contains("Friday 27 November, 19:00"), "{text}");
    assert_eq!(announcement["choices"].as_array().unwrap().len(), 3);
    let private = texts_to(&store, "2").await;
    assert_eq!(containing(&private, "has moved").len(), 1);
    let files = calendar_files(&store, "2").await;
    assert!(files.last().unwrap().contains("SEQUENCE:1\r\n"));
    assert!(files
        .last()
        .unwrap()
        .contains("DTSTART;TZID=Europe/London:20261127T190000"));

    // Kettle is down over the 24-hour mark: the reminder comes late, once,
    // and the reminders booked for Thursday's time stay silent.
    clock.set(Utc.with_ymd_and_hms(2026, 11, 26, 21, 0, 0).unwrap());
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    let group = texts_to(&store, GROUP).await;
    assert_eq!(containing(&group, "⏰ Reminder").len(), 1);
    assert_eq!(containing(&group, "this reminder is late").len(), 1);

    // Down again past the start: the hour-before reminder is dropped.
    clock.set(Utc.with_ymd_and_hms(2026, 11, 27, 19, 5, 0).unwrap());
    run_jobs(&kettle).await;
    assert_eq!(
        containing(&texts_to(&store, GROUP).await, "⏰ Reminder").len(),
        1
    );

    // After the meeting the coordinator records who came, privately,
    // with Ali (going) already ticked.
    kettle
        .handle(said(&coordinator, "/meet attended"))
        .await
        .unwrap();
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM meeting_attendance").await,
        1
    );
    let bea_id = count(&store, "SELECT id FROM people WHERE platform_user_id = '3'").await;
    let bea_came = button(&store, |a| {
        a["action"] == "meet_attended" && a["person_id"] == bea_id
    })
    .await;
    kettle
        .handle(pressed_in("1", ChatKind::Private, &coordinator, &bea_came))
        .await
        .unwrap();
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM meeting_attendance").await,
        2
    );
}

async fn a_weekly_meeting_keeps_seven_pm_across_the_clock_change(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    // Monday 19 October 2026, noon in London (BST).
    let start = Utc.with_ymd_and_hms(2026, 10, 19, 11, 0, 0).unwrap();
    let (kettle, clock) = engine_at(store.clone(), start);
    let coordinator = group_with_coordinator(&kettle, 4).await;
    kettle
        .handle(said(&coordinator, "/meet Residents | monday 19:00"))
        .await
        .unwrap();
    let [only] = option_ids(&store).await[..] else {
        panic!("one option")
    };
    answer(&kettle, &coordinator, only, "yes").await;
    kettle
        .handle(said(&coordinator, "/meet close"))
        .await
        .unwrap();
    let confirm = button(&store, |a| a["action"] == "meet_confirm").await;
    kettle
        .handle(pressed(&coordinator, &confirm))
        .await
        .unwrap();
    let going = button(&store, |a| {
        a["action"] == "meet_rsvp" && a["rsvp"] == "going"
    })
    .await;
    kettle.handle(pressed(&coordinator, &going)).await.unwrap();
    kettle
        .handle(said(&coordinator, "/meet repeat weekly"))
        .await
        .unwrap();
    let reply = texts_to(&store, GROUP).await.last().cloned().unwrap();
    assert!(
        reply.contains("repeats every week at 19:00 (Europe/London)"),
        "{reply}"
    );
    assert!(reply.contains("Monday 26 October, 19:00"), "{reply}");

    // The first meeting ends at 20:00 BST; the next is made then, at 19:00 GMT.
    clock.set(Utc.with_ymd_and_hms(2026, 10, 19, 19, 0, 0).unwrap());
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM meetings").await, 2);
    let next_start: DateTime<Utc> = match &store {
        Store::Postgres(p) => {
            sqlx::query_scalar("SELECT MAX(starts_at) FROM meetings")
                .fetch_one(p)
                .await
        }
        Store::Sqlite(p) => {
            sqlx::query_scalar("SELECT MAX(starts_at) FROM meetings")
                .fetch_one(p)
                .await
        }
    }
    .unwrap();
    assert_eq!(
        next_start,
        Utc.with_ymd_and_hms(2026, 10, 26, 19, 0, 0).unwrap()
    );
    // Seen from outside: "Going" did not carry to the next occurrence, so
    // private reminders stopped. A weekly group's regulars stay going.
    let carried = "SELECT COUNT(*) FROM meeting_rsvps r JOIN meetings m ON m.id = r.meeting_id \
                   WHERE r.response = 'going' AND m.starts_at = (SELECT MAX(starts_at) FROM meetings)";
    assert_eq!(count(&store, carried).await, 1);
    let group = texts_to(&store, GROUP).await;
    let announced = containing(&group, "Monday 26 October, 19:00");
    assert!(
        announced
            .iter()
            .any(|t| t.contains("your answer carries over to the next one")
                && t.contains("Going: 1")),
        "{announced:#?}"
    );

    // Skipping it keeps the series: the one after is still made.
    kettle
        .handle(said(&coordinator, "/meet skip"))
        .await
        .unwrap();
    clock.set(Utc.with_ymd_and_hms(2026, 10, 26, 20, 0, 0).unwrap());
    run_jobs(&kettle).await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM meetings").await, 3);
    kettle
        .handle(said(&coordinator, "/meet cancel series"))
        .await
        .unwrap();
    clock.set(Utc.with_ymd_and_hms(2026, 11, 2, 21, 0, 0).unwrap());
    run_jobs(&kettle).await;
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM meetings").await,
        3,
        "stopped"
    );
}

on_both_backends!(
    a_moved_meeting_tells_those_who_answered_and_reminds_at_its_new_time,
    a_weekly_meeting_keeps_seven_pm_across_the_clock_change,
);
