//! The store's contract for digests, on SQLite and Postgres: settings with
//! their defaults and versions; where digests are sent; the day a member
//! was last heard from only moves forward; one digest per community per
//! week, replaced when built again; and the coordinators' four views read
//! the stored digests the same way on both.

use crate::support::store::*;
use crate::support::strings;
use chrono::{NaiveDate, NaiveTime, Weekday};
use kettle::domain::digest::{
    build, ClosedPoll, HeldMeeting, PollLine, SpreadCounts, WeekData, SCHEMA_VERSION,
};
use kettle::domain::poll::result::Headline;
use kettle::domain::time::recurrence::Weekly;
use kettle::domain::time::week::IsoWeek;
use std::collections::BTreeMap;

fn empty_week(community_id: i64, week: &str) -> WeekData {
    WeekData {
        community_id,
        community: "Tenants".into(),
        time_zone: chrono_tz::Europe::London,
        week: IsoWeek::parse(week).unwrap(),
        as_of: t0() + chrono::Duration::days(300),
        members: vec![],
        platform_count: Some(8),
        meetings: vec![],
        rounds: vec![],
        check_ins: vec![],
        polls: vec![],
        time_polls: vec![],
    }
}

async fn settings_start_on_monday_morning_and_change_version(backend: &str) {
    let (_db, store) = store(backend).await;
    let c = community(&store, "-1").await;
    let support = community(&store, "-2").await;
    let mut tx = store.begin().await.unwrap();
    let start = tx.digest_settings(c).await.unwrap();
    assert_eq!(start.weekly.weekday, Weekday::Mon);
    assert_eq!(start.weekly.at, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
    assert!(start.enabled && start.send_to.is_none());

    let friday = Weekly {
        weekday: Weekday::Fri,
        at: NaiveTime::from_hms_opt(17, 30, 0).unwrap(),
    };
    let set = tx.set_digest_schedule(c, friday, true).await.unwrap();
    assert_eq!((set.weekly, set.enabled), (friday, true));
    assert!(set.version > start.version);
    let off = tx.set_digest_schedule(c, friday, false).await.unwrap();
    assert!(!off.enabled && off.version > set.version);

    let person = someone(&mut tx, "7").await;
    tx.set_digest_send_to(c, Some(support), person)
        .await
        .unwrap();
    assert_eq!(tx.digests_sent_to(support).await.unwrap(), vec![c]);
    let kept = tx.digest_settings(c).await.unwrap();
    assert_eq!(
        (kept.weekly, kept.version),
        (friday, off.version),
        "the schedule stays"
    );
    tx.set_digest_send_to(c, None, person).await.unwrap();
    assert!(tx.digests_sent_to(support).await.unwrap().is_empty());
    tx.commit().await.unwrap();
}

async fn the_day_a_member_was_heard_from_only_moves_forward(backend: &str) {
    let (_db, store) = store(backend).await;
    let c = community(&store, "-1").await;
    let mut tx = store.begin().await.unwrap();
    let p = someone(&mut tx, "7").await;
    tx.join_community(c, p, t0()).await.unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 4, d).unwrap();
    tx.mark_heard(c, p, day(10)).await.unwrap();
    tx.mark_heard(c, p, day(3)).await.unwrap();
    let weeks = (day(1) - chrono::Duration::days(30), day(6));
    let members = tx.digest_members(c, t0(), weeks).await.unwrap();
    assert_eq!(members.len(), 1);
    let mut heard = members[0].heard_weeks.clone();
    heard.sort();
    let monday = |m: u32, d: u32| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    assert_eq!(
        heard,
        vec![monday(3, 30), monday(4, 6)],
        "each week heard in stays, whatever came after"
    );
    assert_eq!(members[0].name, "Person 7");
    tx.commit().await.unwrap();
}

async fn one_digest_per_week_read_by_the_views(backend: &str) {
    let (_db, store) = store(backend).await;
    let c = community(&store, "-1").await;
    let mut digest = build(&empty_week(c, "2026-W47"));
    digest.meetings.held.push(HeldMeeting {
        meeting_id: 5,
        title: "Tenants' meeting".into(),
        starts_local: "2026-11-17 19:00".into(),
        going: 5,
        maybe: 1,
        cant: 2,
        came: Some(6),
        came_said_going: 4,
    });
    digest.polls.closed.push(ClosedPoll {
        poll: PollLine {
            poll_id: 9,
            question: "What first?".into(),
            kind: "ranked".into(),
            anonymous: true,
            voted: 7,
            members: 9,
        },
        quorum_met: true,
        result: Headline::Leading {
            labels: vec!["Damp".into(), "Bins".into()],
        },
    });
    digest.members.not_heard = vec![3, 4];
    let texts = BTreeMap::from([("en".to_string(), "first".to_string())]);
    let mut tx = store.begin().await.unwrap();
    // The week so far is stored incomplete, and replaced by the whole week.
    let mut so_far = digest.clone();
    so_far.complete = false;
    assert!(tx.save_digest(&so_far, &texts).await.unwrap());
    digest.check_ins.total = 4;
    digest.check_ins.spread = Some(SpreadCounts {
        rough: 1,
        low: 0,
        okay: 1,
        good: 2,
        great: 0,
        pass: 0,
    });
    let texts = BTreeMap::from([("cy".to_string(), "ail".to_string())]);
    assert!(tx.save_digest(&digest, &texts).await.unwrap());
    // A complete week is a record: building it again replaces nothing.
    let mut again = digest.clone();
    again.members.not_heard = vec![];
    let other = BTreeMap::from([("pl".to_string(), "znowu".to_string())]);
    assert!(!tx.save_digest(&again, &other).await.unwrap());
    let quiet = build(&empty_week(c, "2026-W46"));
    tx.save_digest(&quiet, &BTreeMap::new()).await.unwrap();
    let week = IsoWeek::parse("2026-W47").unwrap();
    let stored = tx.stored_digest(c, week).await.unwrap().unwrap();
    assert_eq!(stored.digest, digest);
    assert_eq!(stored.texts, texts);
    tx.commit().await.unwrap();

    assert_eq!(
        strings(
            &store,
            "SELECT period || ' v' || CAST(schema_version AS TEXT) FROM digests ORDER BY period"
        )
        .await,
        ["2026-W46 v1", "2026-W47 v1"]
    );
    assert_eq!(SCHEMA_VERSION, 1);
    assert_eq!(
        strings(&store, "SELECT community || ' ' || week || ' ' || CAST(week_start AS TEXT) || ' ' || \
           CAST(members AS TEXT) || ' ' || CAST(not_heard_4_weeks AS TEXT) || ' ' || \
           CAST(meetings_held AS TEXT) || ' ' || CAST(check_ins AS TEXT) || ' ' || CAST(polls_closed AS TEXT) \
           FROM digest_participation ORDER BY week")
        .await,
        ["Tenants 2026-W46 2026-11-09 8 0 0 0 0", "Tenants 2026-W47 2026-11-16 8 2 1 4 1"]
    );
    assert_eq!(
        strings(
            &store,
            "SELECT title || ' ' || starts_local || ': ' || CAST(going AS TEXT) || '/' || \
           CAST(maybe AS TEXT) || '/' || CAST(cant AS TEXT) || ' came ' || CAST(came AS TEXT) || \
           ' of whom going ' || CAST(came_said_going AS TEXT) FROM digest_attendance"
        )
        .await,
        ["Tenants' meeting 2026-11-17 19:00: 5/1/2 came 6 of whom going 4"]
    );
    assert_eq!(
        strings(&store, "SELECT question || ' [' || kind || '] ' || result || ' ' || CAST(voted AS TEXT) || '/' || \
           CAST(members AS TEXT) || COALESCE(outcome, ' (no outcome yet)') FROM digest_decisions")
        .await,
        ["What first? [ranked] Damp, Bins 7/9 (no outcome yet)"]
    );
    assert_eq!(
        strings(&store, "SELECT week || ' ' || answer || '=' || CAST(check_ins AS TEXT) FROM digest_checkin_spread \
           ORDER BY week, position")
        .await,
        [
            "2026-W47 rough=1",
            "2026-W47 low=0",
            "2026-W47 okay=1",
            "2026-W47 good=2",
            "2026-W47 great=0",
            "2026-W47 pass=0"
        ],
        "a week without enough check-ins has no spread rows"
    );
}

/// A batch of digest jobs saves its digests late (on Postgres in one
/// statement at the commit): what is stored is what saving them one by one
/// stores, a week's second save included, and a read before the commit
/// already sees them.
async fn digests_saved_late_are_stored_as_if_saved_one_by_one(backend: &str) {
    let (_db, store) = store(backend).await;
    let c = community(&store, "-1").await;
    let week = IsoWeek::parse("2026-W47").unwrap();
    let mut whole = build(&empty_week(c, "2026-W47"));
    whole.members.not_heard = vec![3];
    let mut so_far = whole.clone();
    so_far.complete = false;
    let mut again = whole.clone();
    again.members.not_heard = vec![];
    let text = |lang: &str, t: &str| BTreeMap::from([(lang.to_string(), t.to_string())]);

    let mut tx = store.begin().await.unwrap();
    tx.save_digest_later(&so_far, &text("en", "so far"))
        .await
        .unwrap();
    let quiet = build(&empty_week(c, "2026-W46"));
    tx.save_digest_later(&quiet, &BTreeMap::new())
        .await
        .unwrap();
    tx.save_digest_later(&whole, &text("cy", "ail"))
        .await
        .unwrap();
    tx.save_digest_later(&again, &text("pl", "znowu"))
        .await
        .unwrap();
    let before_commit = tx.stored_digest(c, week).await.unwrap().unwrap();
    assert_eq!(before_commit.digest, whole, "a read sees what waits");
    tx.commit().await.unwrap();

    let mut tx = store.begin().await.unwrap();
    let stored = tx.stored_digest(c, week).await.unwrap().unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(stored.digest, whole, "the complete week stays the record");
    assert_eq!(stored.texts, text("cy", "ail"));
    assert_eq!(
        strings(&store, "SELECT period FROM digests ORDER BY period").await,
        ["2026-W46", "2026-W47"]
    );
}

on_both_backends!(
    settings_start_on_monday_morning_and_change_version,
    the_day_a_member_was_heard_from_only_moves_forward,
    one_digest_per_week_read_by_the_views,
    digests_saved_late_are_stored_as_if_saved_one_by_one,
);
