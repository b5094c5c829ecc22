//! The store's contract for meetings, on SQLite and Postgres: one time
//! being found per community, one answer per member per time, a series
//! occurrence made once, calendar sequences that go up with every change,
//! and settings that read back as written.

use crate::support::store::*;
use chrono::{Duration, NaiveDate};
use kettle::domain::meeting::repeat::Repeat;
use kettle::domain::meeting::rsvp::Rsvp;
use kettle::domain::meeting::time_poll::Availability;
use kettle::domain::time::hours::QuietHours;
use kettle::domain::TimeZone;
use kettle::store::{MeetingSettings, NewMeeting, NewSeries, NewTimePoll};

fn poll(community_id: i64, organiser_id: i64) -> NewTimePoll<'static> {
    NewTimePoll {
        community_id,
        title: "AGM",
        organiser_id,
        draft: false,
        time_zone: TimeZone::default(),
        minutes: 60,
        place: None,
        answer_minutes: 60 * 48,
        now: t0(),
    }
}

fn meeting(community_id: i64, series: Option<(i64, NaiveDate)>, uid: &str) -> NewMeeting<'_> {
    let local = NaiveDate::from_ymd_opt(2026, 4, 7)
        .unwrap()
        .and_hms_opt(19, 0, 0)
        .unwrap();
    NewMeeting {
        community_id,
        series_id: series.map(|s| s.0),
        occurrence: series.map(|s| s.1),
        title: "AGM",
        local,
        time_zone: TimeZone::default(),
        starts_at: t0() + Duration::days(9),
        minutes: 60,
        place: Some("Hall"),
        uid,
        organiser_id: None,
        now: t0(),
    }
}

async fn a_community_finds_one_time_at_once_and_each_answer_is_kept_once(backend: &str) {
    let (_db, store) = store(backend).await;
    let c = community(&store, "-1").await;
    let mut tx = store.begin().await.unwrap();
    let ali = someone(&mut tx, "1").await;
    let first = tx.create_time_poll(poll(c, ali)).await.unwrap().unwrap();
    assert!(
        tx.create_time_poll(poll(c, ali)).await.unwrap().is_none(),
        "one at a time"
    );
    let at = t0() + Duration::days(2);
    tx.add_poll_option(first.id, at.naive_utc(), at, true)
        .await
        .unwrap();
    tx.add_poll_option(first.id, at.naive_utc(), at, true)
        .await
        .unwrap();
    let options = tx.poll_options(first.id).await.unwrap();
    assert_eq!(options.len(), 1, "a time is offered once");
    let option = options[0].id;
    tx.answer_option(option, ali, Availability::Yes, t0())
        .await
        .unwrap();
    tx.answer_option(option, ali, Availability::IfNeedBe, t0())
        .await
        .unwrap();
    let tallies = tx.poll_tallies(first.id).await.unwrap();
    assert_eq!(tallies.len(), 1);
    assert_eq!((tallies[0].1.yes, tallies[0].1.if_need_be), (0, 1));
    assert_eq!(tx.poll_answerers(first.id).await.unwrap(), vec![ali]);
    tx.set_poll_status(first.id, kettle::store::PollStatus::Decided, None)
        .await
        .unwrap();
    assert!(
        tx.create_time_poll(poll(c, ali)).await.unwrap().is_some(),
        "a decided poll frees the community"
    );
    tx.commit().await.unwrap();
}

async fn a_series_occurrence_is_made_once_and_changes_bump_the_sequence(backend: &str) {
    let (_db, store) = store(backend).await;
    let c = community(&store, "-2").await;
    let mut tx = store.begin().await.unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 4, 7).unwrap();
    let series = tx
        .create_series(NewSeries {
            community_id: c,
            title: "AGM",
            repeat: Repeat::MonthlyWeekday {
                nth: 1,
                weekday: chrono::Weekday::Tue,
            },
            first_date: day,
            at: chrono::NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
            time_zone: TimeZone::default(),
            minutes: 60,
            place: None,
            organiser_id: None,
            now: t0(),
        })
        .await
        .unwrap();
    assert_eq!(tx.series(series.id).await.unwrap().unwrap(), series);
    let made = tx
        .create_meeting(meeting(c, Some((series.id, day)), "a@kettle"))
        .await
        .unwrap()
        .unwrap();
    assert!(tx
        .create_meeting(meeting(c, Some((series.id, day)), "b@kettle"))
        .await
        .unwrap()
        .is_none());
    assert_eq!(made.sequence, 0);
    let later = made.starts_at + Duration::hours(1);
    let moved = tx
        .move_meeting(made.id, made.local + Duration::hours(1), later)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((moved.sequence, moved.starts_at), (1, later));
    let cancelled = tx.cancel_meeting(made.id).await.unwrap().unwrap();
    assert_eq!((cancelled.sequence, cancelled.cancelled), (2, true));
    assert!(tx.cancel_meeting(made.id).await.unwrap().is_none(), "once");
    assert!(tx.stop_series(series.id).await.unwrap());
    assert!(!tx.stop_series(series.id).await.unwrap());
    let stopped = tx.series(series.id).await.unwrap().unwrap();
    assert_eq!((stopped.active, stopped.version), (false, 2));
    tx.commit().await.unwrap();
}

async fn answers_attendance_and_settings_read_back(backend: &str) {
    let (_db, store) = store(backend).await;
    let c = community(&store, "-3").await;
    let mut tx = store.begin().await.unwrap();
    let (ali, bea) = (someone(&mut tx, "1").await, someone(&mut tx, "2").await);
    let m = tx
        .create_meeting(meeting(c, None, "c@kettle"))
        .await
        .unwrap()
        .unwrap();
    tx.rsvp(m.id, ali, Rsvp::Going, t0()).await.unwrap();
    tx.rsvp(m.id, bea, Rsvp::Going, t0()).await.unwrap();
    tx.rsvp(m.id, bea, Rsvp::Cant, t0()).await.unwrap();
    let mut counts = tx.rsvp_counts(m.id).await.unwrap();
    counts.sort_by_key(|(r, _)| r.as_str());
    assert_eq!(counts, vec![(Rsvp::Cant, 1), (Rsvp::Going, 1)]);
    assert!(tx.toggle_attendance(m.id, ali).await.unwrap());
    assert!(tx.toggle_attendance(m.id, bea).await.unwrap());
    assert!(!tx.toggle_attendance(m.id, bea).await.unwrap());
    assert_eq!(tx.attendance(m.id).await.unwrap(), vec![ali]);
    assert_eq!(
        tx.add_agenda_item(m.id, ali, "Bins", t0()).await.unwrap(),
        1
    );
    assert_eq!(tx.agenda(m.id).await.unwrap(), vec!["Bins".to_string()]);

    assert_eq!(
        tx.meeting_settings(c).await.unwrap(),
        MeetingSettings::default()
    );
    let mut s = MeetingSettings::default();
    s.hours = s.hours.parse("weekdays off").unwrap();
    s.length = Duration::minutes(90);
    s.place = Some("Hall, 2 Mill Lane".into());
    s.reminders = vec![Duration::hours(2)];
    s.quiet = QuietHours::parse("21:00-09:00").unwrap();
    tx.set_meeting_settings(c, &s).await.unwrap();
    assert_eq!(tx.meeting_settings(c).await.unwrap(), s);

    assert_eq!(tx.person_quiet(ali).await.unwrap(), None);
    let quiet = QuietHours::parse("23:00-06:30").unwrap();
    tx.set_person_quiet(ali, Some(quiet)).await.unwrap();
    assert_eq!(tx.person_quiet(ali).await.unwrap(), Some(quiet));
    tx.set_person_quiet(ali, None).await.unwrap();
    assert_eq!(tx.person_quiet(ali).await.unwrap(), None);
    tx.commit().await.unwrap();
}

on_both_backends!(
    a_community_finds_one_time_at_once_and_each_answer_is_kept_once,
    a_series_occurrence_is_made_once_and_changes_bump_the_sequence,
    answers_attendance_and_settings_read_back,
);
