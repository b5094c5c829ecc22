//! Meetings, on both backends, as a tenants' group would live them:
//! finding a time, nudges outside quiet hours, the deadline and Kettle's
//! pick, RSVPs with a calendar file, reminders (on time, late, never
//! twice), moving and cancelling, and a weekly meeting across the clock
//! change.

mod support;

use chrono::{DateTime, Duration, TimeZone as _, Utc};
use kettle::app::Engine;
use kettle::domain::{ChatKind, PlatformUser};
use kettle::store::Store;
use support::checkin::*;
use support::{count, TestDb};

/// Monday 23 November 2026, noon in London.
fn monday_noon() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
}

async fn run_jobs(kettle: &Engine) {
    kettle::jobs::run_due(kettle, "me").await.unwrap();
}

/// Every button whose action is a meeting action, with its token, newest first.
async fn meeting_buttons(store: &Store) -> Vec<(String, serde_json::Value)> {
    let sql = "SELECT token, CAST(action AS TEXT) FROM buttons WHERE CAST(action AS TEXT) LIKE '%meet_%' \
               ORDER BY created_at DESC, token";
    let rows: Vec<(String, String)> = match store {
        Store::Postgres(p) => sqlx::query_as(sql).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_as(sql).fetch_all(p).await,
    }
    .unwrap();
    rows.into_iter()
        .map(|(t, a)| (t, serde_json::from_str(&a).unwrap()))
        .collect()
}

/// The token of the newest button for which `matches` holds.
async fn button(store: &Store, matches: impl Fn(&serde_json::Value) -> bool) -> String {
    meeting_buttons(store)
        .await
        .into_iter()
        .find(|(_, a)| matches(a))
        .map(|(t, _)| t)
        .expect("such a button")
}

/// Option ids of the newest poll, earliest time first.
async fn option_ids(store: &Store) -> Vec<i64> {
    let sql = "SELECT id FROM time_poll_options WHERE poll_id = (SELECT MAX(id) FROM time_polls) \
               ORDER BY starts_at";
    match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_all(p).await,
    }
    .unwrap()
}

async fn answer(kettle: &Engine, who: &PlatformUser, option: i64, availability: &str) {
    let store = &kettle.store;
    let token = button(store, |a| {
        a["action"] == "meet_answer"
            && a["option_id"] == option
            && a["availability"] == availability
    })
    .await;
    kettle.handle(pressed(who, &token)).await.unwrap();
}

/// Calendar files queued for a chat, as text, oldest first.
async fn calendar_files(store: &Store, chat: &str) -> Vec<String> {
    let sql =
        "SELECT CAST(payload AS TEXT) FROM outbox WHERE chat_id = $1 AND kind = 'send' ORDER BY id";
    let rows: Vec<String> = match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
    }
    .unwrap();
    rows.into_iter()
        .filter_map(|json| {
            let v: serde_json::Value = serde_json::from_str(&json).unwrap();
            let bytes: Vec<u8> = serde_json::from_value(v["file"]["bytes"].clone()).ok()?;
            Some(String::from_utf8(bytes).unwrap())
        })
        .collect()
}

fn containing<'a>(texts: &'a [String], needle: &str) -> Vec<&'a String> {
    texts.iter().filter(|t| t.contains(needle)).collect()
}

/// Members who have joined (by speaking) and, for some, opened a private chat.
async fn members(kettle: &Engine) -> (PlatformUser, PlatformUser, PlatformUser, PlatformUser) {
    let (ali, bea, cai, dee) = (
        person(2, "Ali"),
        person(3, "Bea"),
        person(4, "Cai"),
        person(5, "Dee"),
    );
    for m in [&ali, &bea, &cai, &dee] {
        kettle.handle(said(m, "hello")).await.unwrap();
    }
    for m in [&ali, &cai] {
        kettle.handle(said_privately(m, "/start")).await.unwrap();
    }
    (ali, bea, cai, dee)
}

async fn a_time_is_found_nudged_picked_announced_and_reminded(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_noon());
    let _coordinator = group_with_coordinator(&kettle, 6).await;
    let (ali, bea, cai, _dee) = members(&kettle).await;

    kettle
        .handle(said(
            &ali,
            "/meet Tenants' meeting | tue 19:00 | wed 19:00 | deadline 24h",
        ))
        .await
        .unwrap();
    let group = texts_to(&store, GROUP).await;
    let poll = containing(&group, "Finding a time: Tenants' meeting");
    assert_eq!(poll.len(), 1, "{group:#?}");
    assert!(
        poll[0].contains("\"if need be\" counts half"),
        "rules first"
    );
    assert!(poll[0].contains("Tuesday 24 November, 19:00"));
    let [tue, wed] = option_ids(&store).await[..] else {
        panic!("two options")
    };

    answer(&kettle, &ali, tue, "yes").await;
    answer(&kettle, &ali, wed, "if_need_be").await;
    answer(&kettle, &bea, tue, "yes").await;
    answer(&kettle, &bea, tue, "no").await; // changed her mind
    answer(&kettle, &bea, wed, "yes").await;
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM time_poll_answers").await,
        4
    );

    // A button pressed from another group is refused and counts nothing.
    let token = button(&store, |a| a["action"] == "meet_answer").await;
    kettle
        .handle(pressed_in("-777", ChatKind::Group, &cai, &token))
        .await
        .unwrap();
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM time_poll_answers").await,
        4
    );

    // The nudge falls two thirds of the way (Tuesday 04:00), inside quiet
    // hours: it waits until 08:00, and goes only to Cai, who has not
    // answered and has a private chat (Dee has none).
    clock.set(Utc.with_ymd_and_hms(2026, 11, 24, 4, 0, 0).unwrap());
    run_jobs(&kettle).await;
    let nudges = || async { containing(&texts_to(&store, "4").await, "haven't said yet").len() };
    assert_eq!(nudges().await, 0, "not at 04:00");
    clock.set(Utc.with_ymd_and_hms(2026, 11, 24, 8, 0, 0).unwrap());
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    assert_eq!(nudges().await, 1, "once, at 08:00");
    assert_eq!(
        containing(&texts_to(&store, "2").await, "haven't said yet").len(),
        0,
        "Ali answered"
    );

    // The deadline: answers stop and the organiser is asked to confirm.
    clock.set(Utc.with_ymd_and_hms(2026, 11, 24, 12, 1, 0).unwrap());
    run_jobs(&kettle).await;
    let group = texts_to(&store, GROUP).await;
    assert_eq!(containing(&group, "Time's up").len(), 1);
    answer(&kettle, &cai, tue, "yes").await;
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM time_poll_answers").await,
        4,
        "closed"
    );

    // Nobody confirms within 12 hours: Kettle picks Wednesday (1 yes and
    // 1 if-need-be beats 1 yes) and says why.
    clock.set(Utc.with_ymd_and_hms(2026, 11, 25, 0, 2, 0).unwrap());
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM meetings").await, 1);
    let group = texts_to(&store, GROUP).await;
    let announced = containing(&group, "Meeting confirmed");
    assert_eq!(announced.len(), 1);
    assert!(announced[0].contains("Wednesday 25 November, 19:00–20:00 (Europe/London)"));
    assert!(announced[0]
        .contains("Nobody confirmed, so I picked the time with most yes (1 yes, 1 if need be)"));
    let files = calendar_files(&store, GROUP).await;
    assert_eq!(files.len(), 1);
    assert!(files[0].contains("DTSTART;TZID=Europe/London:20261125T190000\r\n"));
    assert!(files[0].contains("SUMMARY:Tenants' meeting\r\n"));

    // RSVPs and an agenda item; the reminder a day before carries it.
    let going = button(&store, |a| {
        a["action"] == "meet_rsvp" && a["rsvp"] == "going"
    })
    .await;
    let cant = button(&store, |a| {
        a["action"] == "meet_rsvp" && a["rsvp"] == "cant"
    })
    .await;
    kettle.handle(pressed(&ali, &going)).await.unwrap();
    kettle.handle(pressed(&cai, &cant)).await.unwrap();
    kettle
        .handle(said(&bea, "/agenda Bins rota for the winter"))
        .await
        .unwrap();
    let listing = || async {
        kettle.handle(said(&bea, "/meetings")).await.unwrap();
        texts_to(&store, GROUP).await.last().cloned().unwrap()
    };
    assert!(listing().await.contains("going: 1"));

    // The day-before reminder was already past when the time was picked
    // (the announcement stands in for it); the hour-before one comes once,
    // to the group and to Ali (going), not to Cai (can't).
    clock.set(Utc.with_ymd_and_hms(2026, 11, 25, 17, 59, 0).unwrap());
    run_jobs(&kettle).await;
    let reminders = || async {
        (
            containing(&texts_to(&store, GROUP).await, "⏰ Reminder").len(),
            containing(&texts_to(&store, "2").await, "⏰ Reminder").len(),
            containing(&texts_to(&store, "4").await, "⏰ Reminder").len(),
        )
    };
    assert_eq!(reminders().await, (0, 0, 0), "not yet");
    clock.set(Utc.with_ymd_and_hms(2026, 11, 25, 18, 0, 0).unwrap());
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    assert_eq!(reminders().await, (1, 1, 0));
    let group = texts_to(&store, GROUP).await;
    assert!(containing(&group, "this reminder is late").is_empty());
    assert!(group
        .iter()
        .any(|t| t.contains("⏰ Reminder") && t.contains("1. Bins rota for the winter")));
}

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

async fn a_cancelled_meeting_sends_a_cancellation_and_goes_quiet(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_noon());
    let coordinator = group_with_coordinator(&kettle, 6).await;
    let (ali, _bea, _cai, _dee) = members(&kettle).await;

    // Drafting: Kettle suggests times in the group's hours; only the
    // organiser may tick them.
    kettle
        .handle(said(&coordinator, "/meet Planning"))
        .await
        .unwrap();
    let draft = texts_to(&store, GROUP).await.last().cloned().unwrap();
    assert!(draft.contains("which times shall I offer"), "{draft}");
    let picks: Vec<String> = meeting_buttons(&store)
        .await
        .into_iter()
        .filter(|(_, a)| a["action"] == "meet_pick")
        .map(|(t, _)| t)
        .collect();
    assert!(picks.len() >= 5);
    kettle.handle(pressed(&ali, &picks[0])).await.unwrap();
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM time_poll_options WHERE picked"
        )
        .await,
        0,
        "Ali is not the organiser"
    );
    kettle
        .handle(pressed(&coordinator, &picks[0]))
        .await
        .unwrap();
    let open = button(&store, |a| a["action"] == "meet_open").await;
    kettle.handle(pressed(&coordinator, &open)).await.unwrap();
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM time_poll_options").await,
        1
    );
    let [only] = option_ids(&store).await[..] else {
        panic!("one option")
    };
    answer(&kettle, &ali, only, "yes").await;
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
    kettle.handle(pressed(&ali, &going)).await.unwrap();

    kettle
        .handle(said(&coordinator, "/meet cancel"))
        .await
        .unwrap();
    let files = calendar_files(&store, "2").await;
    let cancel = files.last().expect("Ali gets the cancellation");
    assert!(cancel.contains("METHOD:CANCEL\r\n") && cancel.contains("STATUS:CANCELLED\r\n"));
    assert!(containing(&texts_to(&store, GROUP).await, "is cancelled").len() == 1);

    clock.set(monday_noon() + Duration::days(20));
    run_jobs(&kettle).await;
    assert!(containing(&texts_to(&store, GROUP).await, "⏰ Reminder").is_empty());
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
    a_time_is_found_nudged_picked_announced_and_reminded,
    a_moved_meeting_tells_those_who_answered_and_reminds_at_its_new_time,
    a_cancelled_meeting_sends_a_cancellation_and_goes_quiet,
    a_weekly_meeting_keeps_seven_pm_across_the_clock_change,
);
