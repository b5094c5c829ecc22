//! Check-ins through the engine, on both backends: a group's round from
//! first tap to the coordinators' brief, with crowds, strangers, clock
//! changes and the passing of time.

mod support;

use chrono::{DateTime, Duration, TimeZone as _, Utc};
use kettle::app::{Engine, Handled};
use kettle::clock::{Clock, ManualClock};
use kettle::domain::{
    Channel, ChatAddress, ChatKind, Inbound, InboundEvent, PlatformContext, PlatformUser,
};
use kettle::store::Store;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use support::{count, TestDb};

const GROUP: &str = "-500";

static KEYS: AtomicU64 = AtomicU64::new(1);

fn key() -> String {
    format!("u:{}", KEYS.fetch_add(1, Ordering::Relaxed))
}

fn person(id: u32, name: &str) -> PlatformUser {
    PlatformUser {
        user_id: id.to_string(),
        display_name: name.into(),
        language_code: Some("en".into()),
    }
}

fn inbound(chat: &str, kind: ChatKind, who: &PlatformUser, event: InboundEvent) -> Inbound {
    Inbound {
        key: key(),
        chat: ChatAddress {
            channel: Channel::Telegram,
            chat_id: chat.into(),
            kind,
        },
        chat_title: (kind == ChatKind::Group).then(|| "Harbour Recovery Group".into()),
        sender: Some(who.clone()),
        event,
        context: PlatformContext::default(),
        received_at: Utc::now(),
    }
}

fn said(who: &PlatformUser, text: &str) -> Inbound {
    inbound(GROUP, ChatKind::Group, who, InboundEvent::Text(text.into()))
}

fn said_privately(who: &PlatformUser, text: &str) -> Inbound {
    let chat = who.user_id.clone();
    inbound(
        &chat,
        ChatKind::Private,
        who,
        InboundEvent::Text(text.into()),
    )
}

fn pressed_in(chat: &str, kind: ChatKind, who: &PlatformUser, token: &str) -> Inbound {
    let event = InboundEvent::ButtonPressed {
        token: token.into(),
        press_id: Some(key()),
    };
    inbound(chat, kind, who, event)
}

fn pressed(who: &PlatformUser, token: &str) -> Inbound {
    pressed_in(GROUP, ChatKind::Group, who, token)
}

/// A group with Kettle, a coordinator who has a private chat with it, and
/// the platform's head count.
async fn group_with_coordinator(kettle: &Engine, members: i64) -> PlatformUser {
    let coordinator = person(1, "Morgan");
    let mut added = inbound(GROUP, ChatKind::Group, &coordinator, InboundEvent::BotAdded);
    added.context = PlatformContext {
        admins: Some(vec![coordinator.clone()]),
        member_count: Some(members),
    };
    kettle.handle(added).await.unwrap();
    kettle
        .handle(said_privately(&coordinator, "/start"))
        .await
        .unwrap();
    coordinator
}

/// The token of a round's button for `answer` (`rough` … `pass`, or `open`).
async fn token(store: &Store, what: &str) -> String {
    let pattern = if what == "open" {
        "%checkin_open%".to_string()
    } else {
        format!("%checkin_answer%{what}%")
    };
    let sql = "SELECT token FROM buttons WHERE CAST(action AS TEXT) LIKE $1 \
               AND person_id IS NULL ORDER BY created_at DESC, token LIMIT 1";
    match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).bind(pattern).fetch_one(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).bind(pattern).fetch_one(p).await,
    }
    .expect("a round button")
}

/// Texts of messages queued for a chat (sends and edits), oldest first.
async fn texts_to(store: &Store, chat: &str) -> Vec<String> {
    let sql = "SELECT CAST(payload AS TEXT) FROM outbox WHERE chat_id = $1 AND kind IN ('send', 'edit') ORDER BY id";
    let rows: Vec<String> = match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
    }
    .unwrap();
    rows.into_iter()
        .map(|json| {
            let v: serde_json::Value = serde_json::from_str(&json).unwrap();
            v["text"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

fn engine_at(store: Store, at: DateTime<Utc>) -> (Engine, Arc<ManualClock>) {
    let clock = ManualClock::new(at);
    (support::engine(store, clock.clone()), clock)
}

fn monday_evening() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 19, 0, 0).unwrap()
}

async fn five_hundred_members_tap_at_once_and_every_answer_counts(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_evening());
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
    // Every tap was acknowledged, and the group message, edited once
    // (debounced), counts everyone.
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
    let (kettle, _) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 6).await;
    kettle.handle(said(&coordinator, "/checkin")).await.unwrap();
    let good = token(&store, "good").await;
    let open = token(&store, "open").await;

    // The round's message forwarded into another group: its button is refused there.
    let outsider = person(77, "Outsider");
    let elsewhere = pressed_in("-999", ChatKind::Group, &outsider, &good);
    assert_eq!(kettle.handle(elsewhere).await.unwrap(), Handled::Done);
    // And the private link, followed by someone who is not a member.
    let link = said_privately(&outsider, &format!("/start {open}"));
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
    let sql = "SELECT token FROM buttons WHERE person_id IS NOT NULL AND CAST(action AS TEXT) LIKE '%shared%'";
    let share: String = match &store {
        Store::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
        Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
    };
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
    // Sam shares it himself, adds words, and only then does the group see his name.
    kettle
        .handle(pressed_in("5", ChatKind::Private, &sam, &share))
        .await
        .unwrap();
    kettle
        .handle(said_privately(&sam, "glad to be here"))
        .await
        .unwrap();
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
    let sql = "SELECT token FROM buttons WHERE person_id IS NOT NULL AND CAST(action AS TEXT) LIKE '%coordinators%'";
    let to_coordinators: String = match &store {
        Store::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
        Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
    };
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

    // At 45 minutes the closing job runs, once.
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

async fn a_weekly_round_keeps_its_local_time_across_the_clock_change(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    // Monday 19 October 2026, noon in London (BST, UTC+1).
    let start = Utc.with_ymd_and_hms(2026, 10, 19, 11, 0, 0).unwrap();
    let (kettle, clock) = engine_at(store.clone(), start);
    let coordinator = group_with_coordinator(&kettle, 4).await;
    kettle
        .handle(said(&coordinator, "/checkin every monday 19:00"))
        .await
        .unwrap();
    let rounds = || count(&store, "SELECT COUNT(*) FROM checkin_rounds");

    clock.set(Utc.with_ymd_and_hms(2026, 10, 19, 17, 59, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 0, "not before 19:00");
    clock.set(Utc.with_ymd_and_hms(2026, 10, 19, 18, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 1, "19:00 BST, once");

    // The clocks go back on 25 October: 19:00 is now 19:00 UTC.
    clock.set(Utc.with_ymd_and_hms(2026, 10, 26, 18, 30, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 1, "18:30 UTC is 18:30 in London now");
    clock.set(Utc.with_ymd_and_hms(2026, 10, 26, 19, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 2, "19:00 GMT");

    // Kettle is down for a week and a half: the missed Monday is skipped,
    // not opened late, and the next one still comes.
    clock.set(Utc.with_ymd_and_hms(2026, 11, 2, 22, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 2, "missed by more than a round's length");
    clock.set(Utc.with_ymd_and_hms(2026, 11, 9, 19, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 3);

    // Stopping the schedule stops it.
    kettle
        .handle(said(&coordinator, "/checkin every off"))
        .await
        .unwrap();
    clock.set(Utc.with_ymd_and_hms(2026, 11, 16, 19, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 3);
}

async fn private_check_ins_count_in_the_pulse_without_a_name(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 4).await;
    let members = [person(2, "Ali"), person(3, "Bea"), person(4, "Cai")];
    for m in &members {
        kettle.handle(said(m, "hi")).await.unwrap();
    }
    for (n, m) in members.iter().enumerate() {
        kettle.handle(said_privately(m, "/checkin")).await.unwrap();
        let sql = format!(
            "SELECT b.token FROM buttons b JOIN people p ON p.id = b.person_id \
             WHERE p.platform_user_id = '{}' AND CAST(b.action AS TEXT) LIKE '%{}%'",
            m.user_id,
            ["low", "okay", "great"][n]
        );
        let t: String = match &store {
            Store::Postgres(p) => sqlx::query_scalar(&sql).fetch_one(p).await.unwrap(),
            Store::Sqlite(p) => sqlx::query_scalar(&sql).fetch_one(p).await.unwrap(),
        };
        let chat = m.user_id.clone();
        kettle
            .handle(pressed_in(&chat, ChatKind::Private, m, &t))
            .await
            .unwrap();
    }
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM checkin_answers WHERE round_id IS NULL"
        )
        .await,
        3
    );
    // An hour on they settle: counted ones lose their author.
    clock.advance(Duration::hours(1));
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM checkin_answers WHERE person_id IS NOT NULL"
        )
        .await,
        0
    );

    // Members cannot see the pulse; the coordinator sees the week's spread.
    kettle.handle(said(&members[0], "/pulse")).await.unwrap();
    kettle.handle(said(&coordinator, "/pulse")).await.unwrap();
    let group = texts_to(&store, GROUP).await;
    assert!(group[group.len() - 2].contains("Only coordinators"));
    let pulse = group.last().unwrap();
    assert!(
        pulse.contains("Week of 2026-11-23: rounds 0, check-ins 3 — Rough 0 · Low 1 · Okay 1 · Good 0 · Great 1 · Pass 0"),
        "{pulse}"
    );
    assert_eq!(pulse.lines().count(), 9, "eight weeks");
}

on_both_backends!(
    five_hundred_members_tap_at_once_and_every_answer_counts,
    strangers_and_other_chats_cannot_answer,
    closing_posts_a_summary_and_briefs_coordinators_privately,
    a_weekly_round_keeps_its_local_time_across_the_clock_change,
    private_check_ins_count_in_the_pulse_without_a_name,
);
