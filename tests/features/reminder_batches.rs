//! Reminders run many at a time: a batch of due reminders reads its
//! meetings, groups, agendas and answers with one statement each. Every
//! member must get exactly the reminder they would get were each run
//! alone: nothing of one meeting in another's, whatever the mix (two
//! reminders of one meeting, a cancelled or moved meeting, one begun, a
//! group that has gone, people in several time zones and languages).

use crate::support::checkin::engine_at;
use crate::support::TestDb;
use chrono::{DateTime, Duration, TimeZone as _, Utc};
use kettle::app::timed::Job;
use kettle::domain::meeting::rsvp::Rsvp;
use kettle::domain::{Channel, Language, PlatformUser, TimeZone};
use kettle::store::{NewCommunity, NewMeeting, Store};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 17, 0, 0).unwrap()
}

/// Groups, members, meetings and their due reminders, drawn from `seed`.
async fn seed(store: &Store, seed: u64) {
    let mut rng = StdRng::seed_from_u64(seed);
    let zones = ["Europe/London", "Europe/Warsaw", "America/New_York"];
    let langs = [
        Language::En,
        Language::Cy,
        Language::Pl,
        Language::Uk,
        Language::Ar,
    ];
    let names = ["Amina", "Bryn", "Carys", "Dafydd", "Ewa", "Farid"];
    let mut tx = store.begin().await.unwrap();
    for g in 0..rng.random_range(2..6) {
        let chat = format!("-{}", 100 + g);
        let title = format!("Group {g}");
        let community = tx
            .create_community(NewCommunity {
                channel: Channel::Telegram,
                chat_id: &chat,
                title: &title,
                time_zone: TimeZone::parse(zones[rng.random_range(0..3)]).unwrap(),
                language: langs[rng.random_range(0..5)],
                now: now(),
            })
            .await
            .unwrap()
            .unwrap();
        let mut people = vec![];
        for p in 0..rng.random_range(1..6) {
            let user = PlatformUser {
                user_id: format!("{g}{p}"),
                display_name: names[rng.random_range(0..names.len())].into(),
                language_code: Some(langs[rng.random_range(0..5)].code().into()),
            };
            let person = tx
                .upsert_person(Channel::Telegram, &user, now())
                .await
                .unwrap();
            tx.join_community(community.id, person.id, now())
                .await
                .unwrap();
            if rng.random_bool(0.6) {
                tx.set_private_chat(person.id, &user.user_id).await.unwrap();
            }
            if rng.random_bool(0.3) {
                let zone = TimeZone::parse(zones[rng.random_range(0..3)]).unwrap();
                tx.set_person_time_zone(person.id, zone).await.unwrap();
            }
            people.push(person.id);
        }
        for m in 0..rng.random_range(1..4) {
            let starts_at = now() + Duration::minutes(rng.random_range(-30..200));
            let uid = format!("{g}-{m}@test");
            let meeting = tx
                .create_meeting(NewMeeting {
                    community_id: community.id,
                    series_id: None,
                    occurrence: None,
                    title: &format!("Meeting {m} of group {g}"),
                    local: starts_at.naive_utc(),
                    time_zone: community.time_zone,
                    starts_at,
                    minutes: 60,
                    place: None,
                    uid: &uid,
                    organiser_id: None,
                    now: now(),
                })
                .await
                .unwrap()
                .unwrap();
            for person in &people {
                if rng.random_bool(0.7) {
                    let answer = [Rsvp::Going, Rsvp::Maybe, Rsvp::Cant][rng.random_range(0..3)];
                    tx.rsvp(meeting.id, *person, answer, now()).await.unwrap();
                }
            }
            for i in 0..rng.random_range(0..3) {
                tx.add_agenda_item(meeting.id, people[0], &format!("Item {i}"), now())
                    .await
                    .unwrap();
            }
            if rng.random_bool(0.15) {
                tx.cancel_meeting(meeting.id).await.unwrap();
            }
            for minutes_before in [60, 15, 1440] {
                if rng.random_bool(0.6) {
                    let moved = i32::from(rng.random_bool(0.1));
                    let job = Job::MeetReminder {
                        meeting_id: meeting.id,
                        sequence: meeting.sequence + moved,
                        minutes_before,
                    };
                    let key = format!("reminder:{}:{minutes_before}", meeting.id);
                    job.schedule(&mut tx, &key, now()).await.unwrap();
                }
            }
        }
    }
    tx.commit().await.unwrap();
}

/// Everything queued, in order.
async fn outbox(store: &Store) -> Vec<(String, String)> {
    let sql = "SELECT chat_id, CAST(payload AS TEXT) FROM outbox ORDER BY id";
    match store {
        Store::Postgres(p) => sqlx::query_as(sql).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_as(sql).fetch_all(p).await,
    }
    .unwrap()
}

async fn a_batch_of_reminders_sends_what_each_would_alone(backend: &str) {
    for seed_no in 0..6u64 {
        let together = TestDb::of(backend).await;
        let alone = TestDb::of(backend).await;
        let (a, b) = (together.store().await, alone.store().await);
        seed(&a, seed_no).await;
        seed(&b, seed_no).await;
        let lease = Duration::minutes(5);

        let (engine, _) = engine_at(a.clone(), now());
        let jobs = a.claim_jobs("a", now(), lease, 1_000).await.unwrap();
        let count = jobs.len();
        let batches = kettle::jobs::batches(jobs, 1_000);
        assert!(batches.len() <= 1, "reminders share one batch");
        for batch in batches {
            kettle::jobs::run_batch(&engine, "a", batch, now())
                .await
                .unwrap();
        }

        let (engine, _) = engine_at(b.clone(), now());
        let jobs = b.claim_jobs("b", now(), lease, 1_000).await.unwrap();
        assert_eq!(jobs.len(), count);
        for job in jobs {
            kettle::jobs::run_batch(&engine, "b", vec![job], now())
                .await
                .unwrap();
        }

        let (sent_together, sent_alone) = (outbox(&a).await, outbox(&b).await);
        assert!(!sent_alone.is_empty() || count == 0, "seed {seed_no}");
        assert_eq!(sent_together, sent_alone, "seed {seed_no}");
    }
}

on_both_backends!(a_batch_of_reminders_sends_what_each_would_alone);
