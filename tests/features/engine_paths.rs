//! The engine's ingest paths, on both backends: a known member's command
//! takes the fast (deferred) path on Postgres; a write upgrades it to a full
//! transaction; a redelivered update never acts twice on any path.

use crate::support::{count, TestDb};
use chrono::{TimeZone as _, Utc};
use kettle::app::{Engine, Handled};
use kettle::clock::{Clock, ManualClock};
use kettle::domain::{
    Channel, ChatAddress, ChatKind, Inbound, InboundEvent, PlatformContext, PlatformUser,
};

fn engine(store: kettle::store::Store) -> Engine {
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 23, 19, 0, 0).unwrap());
    crate::support::engine(store, clock)
}

pub(crate) fn update(key: &str, who: &PlatformUser, event: InboundEvent) -> Inbound {
    Inbound {
        key: key.into(),
        chat: ChatAddress {
            channel: Channel::Telegram,
            chat_id: "-77".into(),
            kind: ChatKind::Group,
        },
        chat_title: Some("Hillside Residents".into()),
        sender: Some(who.clone()),
        event,
        context: PlatformContext {
            member_count: Some(5),
            membership: Some(kettle::domain::MembershipFact {
                chat_id: "-77".into(),
                member: true,
            }),
            ..PlatformContext::default()
        },
        received_at: Utc::now(),
    }
}

pub(crate) fn text(key: &str, who: &PlatformUser, body: &str) -> Inbound {
    update(key, who, InboundEvent::Text(body.into()))
}

/// `n` English speakers, `{name} 0` onwards, with platform ids from `first`.
fn people(n: usize, first: usize, name: &str) -> Vec<PlatformUser> {
    (0..n)
        .map(|i| PlatformUser {
            user_id: format!("{}", first + i),
            display_name: format!("{name} {i}"),
            language_code: Some("en".into()),
        })
        .collect()
}

/// Each of `who` asks for `/help` (key `{prefix}:{n}`), and the platform
/// delivers every ask twice, both copies at the same moment: how many
/// were handled and how many were duplicates (anything else fails the
/// story).
async fn help_twice_at_once(kettle: &Engine, who: &[PlatformUser], prefix: &str) -> (usize, usize) {
    let mut deliveries = tokio::task::JoinSet::new();
    for (n, member) in who.iter().enumerate() {
        for _copy in 0..2 {
            let ask = text(&format!("{prefix}:{n}"), member, "/help");
            let kettle = kettle.clone();
            deliveries.spawn(async move { kettle.handle(ask).await.unwrap() });
        }
    }
    let (mut done, mut duplicates) = (0, 0);
    while let Some(handled) = deliveries.join_next().await {
        match handled.unwrap() {
            Handled::Done => done += 1,
            Handled::Duplicate => duplicates += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    (done, duplicates)
}

async fn a_regular_members_commands_are_answered_once_however_often_they_arrive(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let kettle = engine(store.clone());
    let mut zofia = PlatformUser {
        user_id: "5".into(),
        display_name: "Zofia".into(),
        language_code: Some("pl".into()),
    };
    let replies = || count(&store, "SELECT COUNT(*) FROM outbox WHERE kind = 'send'");

    kettle
        .handle(update("u:1", &zofia, InboundEvent::BotAdded))
        .await
        .unwrap();
    assert_eq!(
        kettle.handle(text("u:2", &zofia, "/help")).await.unwrap(),
        Handled::Done,
        "a new member"
    );
    assert_eq!(replies().await, 2, "welcome and help");

    // Now a regular: Postgres answers on the fast path.
    assert_eq!(
        kettle
            .handle(text("u:3", &zofia, "/settings"))
            .await
            .unwrap(),
        Handled::Done
    );
    assert_eq!(
        kettle
            .handle(text("u:3", &zofia, "/settings"))
            .await
            .unwrap(),
        Handled::Duplicate
    );
    assert_eq!(replies().await, 3, "one settings reply");

    // A write (she is made coordinator first) upgrades to a full transaction.
    let chat = update("x", &zofia, InboundEvent::BotAdded).chat;
    kettle
        .set_coordinator(&chat, &zofia, true, false)
        .await
        .unwrap();
    assert_eq!(
        kettle
            .handle(text("u:4", &zofia, "/tz Europe/Warsaw"))
            .await
            .unwrap(),
        Handled::Done
    );
    assert_eq!(
        kettle
            .handle(text("u:4", &zofia, "/tz Europe/Warsaw"))
            .await
            .unwrap(),
        Handled::Duplicate
    );
    assert_eq!(replies().await, 4, "one time zone reply");
    let zone = "SELECT COUNT(*) FROM communities WHERE time_zone = 'Europe/Warsaw'";
    assert_eq!(count(&store, zone).await, 1);

    // Ordinary chatter is recorded and answered with nothing.
    assert_eq!(
        kettle
            .handle(text("u:5", &zofia, "see you all at 7"))
            .await
            .unwrap(),
        Handled::Done
    );
    assert_eq!(
        kettle
            .handle(text("u:5", &zofia, "see you all at 7"))
            .await
            .unwrap(),
        Handled::Duplicate
    );

    // A renamed member takes the ordinary path and is refreshed.
    zofia.display_name = "Zofia K".into();
    assert_eq!(
        kettle.handle(text("u:6", &zofia, "/help")).await.unwrap(),
        Handled::Done
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM people WHERE display_name = 'Zofia K'"
        )
        .await,
        1
    );

    assert_eq!(replies().await, 5);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM inbox").await, 6);
    let polish = "SELECT COUNT(*) FROM outbox WHERE kind = 'send' AND status = 'pending'";
    assert_eq!(
        count(&store, polish).await,
        5,
        "every reply waits in the outbox"
    );
}

/// A busy evening: thirty regulars ask at once, and the platform delivers
/// every update twice, both copies at the same moment. Updates that finish
/// together commit together (group commit), yet each is answered exactly
/// once and each member's week is noted once.
async fn commands_arriving_together_commit_together_and_each_counts_once(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 23, 19, 0, 0).unwrap());
    let kettle = crate::support::engine(store.clone(), clock.clone());
    let members = people(30, 100, "Neighbour");
    kettle
        .handle(update("setup", &members[0], InboundEvent::BotAdded))
        .await
        .unwrap();
    // Each says hello first, so the evening's commands take the fast path.
    for (n, member) in members.iter().enumerate() {
        let hello = text(&format!("hello:{n}"), member, "hello");
        assert_eq!(kettle.handle(hello).await.unwrap(), Handled::Done);
    }
    let replies = "SELECT COUNT(*) FROM outbox WHERE kind = 'send'";
    let before = count(&store, replies).await;
    // A week later: their first word of the week, to be noted with it.
    clock.advance(chrono::Duration::days(7));

    assert_eq!(
        help_twice_at_once(&kettle, &members, "ask").await,
        (30, 30),
        "each update once"
    );
    assert_eq!(count(&store, replies).await - before, 30, "one reply each");
    let weeks = "SELECT COUNT(*) FROM member_weeks";
    assert_eq!(
        count(&store, weeks).await,
        60,
        "each member's two weeks, once each"
    );
    let heard = "SELECT COUNT(*) FROM memberships WHERE last_heard_on = '2026-11-30'";
    assert_eq!(count(&store, heard).await, 30);
}

/// A new tenants' group's first evening: twenty people Kettle has never
/// met each say their first word, and the platform delivers every one
/// twice, both copies at the same moment. Each is made a member once,
/// heard once (their week noted once) and answered once. (On Postgres a
/// first word registers the sender on its own and commits with the group:
/// `store::first_press`.)
async fn newcomers_first_words_make_them_members_once_however_often_they_arrive(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let kettle = engine(store.clone());
    let founder = PlatformUser {
        user_id: "1".into(),
        display_name: "Founder".into(),
        language_code: None,
    };
    kettle
        .handle(update("setup", &founder, InboundEvent::BotAdded))
        .await
        .unwrap();
    let replies = "SELECT COUNT(*) FROM outbox WHERE kind = 'send'";
    let (before, inbox) = (
        count(&store, replies).await,
        count(&store, "SELECT COUNT(*) FROM inbox").await,
    );
    let newcomers = people(20, 200, "Newcomer");
    assert_eq!(
        help_twice_at_once(&kettle, &newcomers, "first").await,
        (20, 20),
        "each update once"
    );
    assert_eq!(count(&store, replies).await - before, 20, "one answer each");
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM inbox").await - inbox,
        20,
        "each update recorded once"
    );
    let newcomers = "FROM memberships m JOIN people p ON p.id = m.person_id \
                     WHERE p.platform_user_id <> '1' AND m.left_at IS NULL";
    assert_eq!(
        count(&store, &format!("SELECT COUNT(*) {newcomers}")).await,
        20
    );
    let heard = format!("SELECT COUNT(*) {newcomers} AND m.last_heard_on = '2026-11-23'");
    assert_eq!(count(&store, &heard).await, 20, "each heard today");
    let weeks = "SELECT COUNT(*) FROM member_weeks w JOIN people p ON p.id = w.person_id \
                 WHERE p.platform_user_id <> '1'";
    assert_eq!(count(&store, weeks).await, 20, "each one's week, once");
    let people = "SELECT COUNT(*) FROM people WHERE platform_user_id <> '1'";
    assert_eq!(count(&store, people).await, 20, "each a person once");
}

/// Kettle is added to twenty groups while it is away, and in each two
/// neighbours speak at the same moment, before Kettle has heard anything
/// there. Each group is made once and greeted once, and both neighbours
/// are answered: the one whose update finds the group just made by the
/// other goes on in it. (On Postgres the second waited for the first's
/// commit, and its word once failed: "community vanished".)
async fn neighbours_speaking_at_once_in_a_new_group_are_both_answered(backend: &str) {
    use crate::support::all_at_once;
    use crate::support::checkin::{engine_at, monday_evening, person, said_in, texts_to};
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_evening());
    let mut words = vec![];
    for g in 0..20u32 {
        let chat = format!("-{}", 7000 + g);
        for n in 0..2u32 {
            let neighbour = person(7000 + 2 * g + n, &format!("Neighbour {n}"));
            words.push(said_in(&chat, &neighbour, "/help"));
        }
    }
    all_at_once(&kettle, words).await;
    let groups = "SELECT COUNT(*) FROM communities WHERE chat_id LIKE '-70%'";
    assert_eq!(count(&store, groups).await, 20, "each group made once");
    for g in 0..20u32 {
        let texts = texts_to(&store, &format!("-{}", 7000 + g)).await;
        let greetings = texts.iter().filter(|t| t.contains("I'm Kettle")).count();
        assert_eq!(greetings, 1, "greeted once: {texts:?}");
        let helps = texts.iter().filter(|t| t.contains("/checkin")).count();
        assert!(helps >= 2, "both neighbours answered: {texts:?}");
    }
}

on_both_backends!(
    a_regular_members_commands_are_answered_once_however_often_they_arrive,
    commands_arriving_together_commit_together_and_each_counts_once,
    newcomers_first_words_make_them_members_once_however_often_they_arrive,
    neighbours_speaking_at_once_in_a_new_group_are_both_answered
);

#[tokio::test]
async fn housekeeping_runs_once_a_day_and_books_the_next_day() {
    let db = TestDb::sqlite().await;
    let store = db.store().await;
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 23, 3, 0, 0).unwrap());
    let kettle = crate::support::engine(store.clone(), clock.clone());
    let mut tx = store.begin().await.unwrap();
    assert!(kettle::jobs::schedule_housekeeping(&mut tx, clock.now())
        .await
        .unwrap());
    assert!(
        !kettle::jobs::schedule_housekeeping(&mut tx, clock.now())
            .await
            .unwrap(),
        "once a day"
    );
    tx.commit().await.unwrap();
    assert_eq!(kettle::jobs::run_due(&kettle, "me").await.unwrap(), 1);
    assert_eq!(
        kettle::jobs::run_due(&kettle, "me").await.unwrap(),
        0,
        "not twice"
    );
    clock.advance(chrono::Duration::days(1));
    assert_eq!(
        kettle::jobs::run_due(&kettle, "me").await.unwrap(),
        1,
        "tomorrow's"
    );
}
