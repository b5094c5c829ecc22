//! Finding a time, on both backends, as a tenants' group would: typed or
//! suggested times, answers (changed, and refused from another chat),
//! nudges outside quiet hours, the deadline and Kettle's pick, RSVPs with a
//! calendar file, the agenda and reminders; and a cancellation.

use crate::support::checkin::*;
use crate::support::meeting::*;
use crate::support::{count, TestDb};
use chrono::{Duration, TimeZone as _, Utc};
use kettle::domain::ChatKind;

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
    // hours: it waits for them to end, and goes only to Cai, who has not
    // answered and has a private chat (Dee has none).
    // Cai keeps mornings quiet until 09:00 as well.
    kettle
        .handle(said_privately(&cai, "/quiet 07:00-09:00"))
        .await
        .unwrap();
    clock.set(Utc.with_ymd_and_hms(2026, 11, 24, 4, 0, 0).unwrap());
    run_jobs(&kettle).await;
    let nudges = || async { containing(&texts_to(&store, "4").await, "haven't said yet").len() };
    assert_eq!(nudges().await, 0, "not at 04:00");
    clock.set(Utc.with_ymd_and_hms(2026, 11, 24, 8, 0, 0).unwrap());
    run_jobs(&kettle).await;
    assert_eq!(nudges().await, 0, "not in Cai's own quiet hours");
    clock.set(Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap());
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    assert_eq!(nudges().await, 1, "once, at 09:00");
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
    let group = texts_to(&store, GROUP).await;
    let counts = group.iter().rev().find(|t| t.contains("Going: ")).unwrap();
    assert!(
        counts.contains("Going: 1 · Maybe: 0 · Can't: 1"),
        "{counts}"
    );
    assert!(!counts.contains("Ali"), "numbers only in the group");
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
    // Seen from outside: the announcement still asked "Are you coming?".
    // It now says the meeting won't happen, and has no buttons.
    let edits = edits_to(&store, GROUP).await;
    let last = edits.last().expect("the announcement edited");
    assert!(
        last["text"]
            .as_str()
            .unwrap()
            .starts_with("❌ Cancelled: this meeting won't happen."),
        "{last}"
    );
    assert_eq!(last["choices"], serde_json::json!([]));

    clock.set(monday_noon() + Duration::days(20));
    run_jobs(&kettle).await;
    assert!(containing(&texts_to(&store, GROUP).await, "⏰ Reminder").is_empty());
}

async fn two_hundred_members_answer_at_once_and_every_answer_counts(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_noon());
    let coordinator = group_with_coordinator(&kettle, 210).await;
    kettle
        .handle(said(&coordinator, "/meet AGM | tue 19:00 | wed 19:00"))
        .await
        .unwrap();
    let [tue, wed] = option_ids(&store).await[..] else {
        panic!("two options")
    };
    let token = |option: i64, availability: &'static str| {
        let store = store.clone();
        async move {
            button(&store, |a| {
                a["action"] == "meet_answer"
                    && a["option_id"] == option
                    && a["availability"] == availability
            })
            .await
        }
    };
    let (tue_yes, wed_no, wed_yes) = (
        token(tue, "yes").await,
        token(wed, "no").await,
        token(wed, "yes").await,
    );
    // Everyone answers both times at once; every fourth changes Wednesday.
    let mut taps = tokio::task::JoinSet::new();
    for n in 0..200u32 {
        let kettle = kettle.clone();
        let member = person(2000 + n, &format!("Member {n}"));
        let (a, b, c) = (tue_yes.clone(), wed_no.clone(), wed_yes.clone());
        taps.spawn(async move {
            kettle.handle(pressed(&member, &a)).await.unwrap();
            kettle.handle(pressed(&member, &b)).await.unwrap();
            if n % 4 == 0 {
                kettle.handle(pressed(&member, &c)).await.unwrap();
            }
        });
    }
    while let Some(done) = taps.join_next().await {
        done.unwrap();
    }
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM time_poll_answers").await,
        400
    );
    let yes = "SELECT COUNT(*) FROM time_poll_answers WHERE availability = 'yes'";
    assert_eq!(count(&store, yes).await, 250);
    // The group message, edited at most once a debounce, shows every answer.
    let group = texts_to(&store, GROUP).await;
    let last = group
        .iter()
        .rev()
        .find(|t| t.contains("Answered so far"))
        .unwrap();
    assert!(last.contains("Answered so far: 200 of 210"), "{last}");
    assert!(
        last.contains("2. Wednesday 25 November, 19:00 — ✅ 50 · 🤷 0 · ❌ 150"),
        "{last}"
    );
}

async fn a_group_kettle_has_left_hears_nothing_more(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_noon());
    let coordinator = group_with_coordinator(&kettle, 6).await;
    kettle
        .handle(said(&coordinator, "/meet AGM | tue 19:00 | deadline 2h"))
        .await
        .unwrap();
    let removed = inbound(
        GROUP,
        ChatKind::Group,
        &coordinator,
        kettle::domain::InboundEvent::BotRemoved,
    );
    kettle.handle(removed).await.unwrap();
    let before = texts_to(&store, GROUP).await.len();
    clock.set(monday_noon() + Duration::days(2));
    run_jobs(&kettle).await;
    assert_eq!(texts_to(&store, GROUP).await.len(), before);
}

/// Seen from outside: "29 Mar 01:30" typed in late March silently became
/// next year. A date far off without its year is asked about, and a year
/// other than this one is always shown.
async fn a_date_far_off_is_asked_about_and_shows_its_year(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let coordinator = group_with_coordinator(&kettle, 6).await;
    kettle
        .handle(said(&coordinator, "/meet AGM | 22 Nov 19:00"))
        .await
        .unwrap();
    let asked = texts_to(&store, GROUP).await.last().cloned().unwrap();
    assert!(
        asked.contains("would be Monday 22 November 2027, 19:00, more than six months away")
            && asked.contains("2027-11-22 19:00"),
        "{asked}"
    );
    assert_eq!(count(&store, "SELECT COUNT(*) FROM time_polls").await, 0);
    kettle
        .handle(said(&coordinator, "/meet Spring clean | 29 Mar 19:00"))
        .await
        .unwrap();
    let posted = texts_to(&store, GROUP).await.last().cloned().unwrap();
    assert!(posted.contains("Monday 29 March 2027, 19:00"), "{posted}");
}

on_both_backends!(
    a_date_far_off_is_asked_about_and_shows_its_year,
    a_group_kettle_has_left_hears_nothing_more,
    two_hundred_members_answer_at_once_and_every_answer_counts,
    a_time_is_found_nudged_picked_announced_and_reminded,
    a_cancelled_meeting_sends_a_cancellation_and_goes_quiet,
);
