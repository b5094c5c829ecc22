//! The store's contract, run against SQLite and Postgres alike: the same
//! calls must give the same answers on both. (Sending and jobs are in
//! `store_sending_contract.rs`.)

use crate::support::store::*;
use kettle::app::Action;
use kettle::app::JoinPrompt;
use kettle::domain::{Channel, Language, PlatformUser, Role, TimeZone};
use kettle::store::{ButtonRecord, Joined, NewCommunity};

async fn inbox_remembers_each_update_once(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    assert!(tx.record_inbound("telegram", "u:1", t0()).await.unwrap());
    assert!(!tx.record_inbound("telegram", "u:1", t0()).await.unwrap());
    assert!(
        tx.record_inbound("whatsapp", "u:1", t0()).await.unwrap(),
        "keys are per channel"
    );
    tx.commit().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    assert!(!tx.record_inbound("telegram", "u:1", t0()).await.unwrap());
    tx.rollback().await.unwrap();
}

async fn a_chat_has_one_community_and_keeps_it_through_an_upgrade(backend: &str) {
    let (_db, store) = store(backend).await;
    let id = community(&store, "-1").await;
    let mut tx = store.begin().await.unwrap();
    let again = NewCommunity {
        channel: Channel::Telegram,
        chat_id: "-1",
        title: "x",
        time_zone: TimeZone::default(),
        language: Language::Pl,
        now: t0(),
    };
    assert!(
        tx.create_community(again).await.unwrap().is_none(),
        "one community per chat"
    );
    assert_eq!(
        tx.migrate_community_chat(Channel::Telegram, "-1", "-1001")
            .await
            .unwrap(),
        Some(id)
    );
    assert!(tx
        .community_by_chat(Channel::Telegram, "-1")
        .await
        .unwrap()
        .is_none());
    let moved = tx
        .community_by_chat(Channel::Telegram, "-1001")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (moved.id, moved.title.as_str(), moved.language),
        (id, "Tenants", Language::En)
    );
    tx.set_community_time_zone(id, TimeZone::parse("Australia/Lord_Howe").unwrap())
        .await
        .unwrap();
    let c = tx.community_by_id(id).await.unwrap().unwrap();
    assert_eq!(c.time_zone.name(), "Australia/Lord_Howe");
    tx.commit().await.unwrap();
}

async fn people_are_created_once_and_memberships_follow_leaving_and_returning(backend: &str) {
    let (_db, store) = store(backend).await;
    let id = community(&store, "-2").await;
    let mut tx = store.begin().await.unwrap();
    let mut ola = PlatformUser {
        user_id: "7".into(),
        display_name: "Ola".into(),
        language_code: Some("pl".into()),
    };
    let first = tx
        .upsert_person(Channel::Telegram, &ola, t0())
        .await
        .unwrap();
    ola.display_name = "Ola K".into();
    ola.language_code = None;
    let second = tx
        .upsert_person(Channel::Telegram, &ola, t0())
        .await
        .unwrap();
    assert_eq!(first.id, second.id);
    assert_eq!(second.display_name, "Ola K");
    assert_eq!(
        second.platform_language.as_deref(),
        Some("pl"),
        "an absent language code keeps the old one"
    );

    assert_eq!(
        tx.join_community(id, first.id, t0()).await.unwrap(),
        Joined::New
    );
    assert_eq!(
        tx.join_community(id, first.id, t0()).await.unwrap(),
        Joined::Already
    );
    assert_eq!(tx.count_members(id).await.unwrap(), 1);
    tx.leave_community(id, first.id, t0()).await.unwrap();
    assert_eq!(tx.membership(id, first.id).await.unwrap(), None);
    assert_eq!(tx.count_members(id).await.unwrap(), 0);
    assert_eq!(
        tx.join_community(id, first.id, t0()).await.unwrap(),
        Joined::Returned
    );
    tx.set_role(id, first.id, Role::Coordinator).await.unwrap();
    assert_eq!(
        tx.membership(id, first.id).await.unwrap(),
        Some(Role::Coordinator)
    );
    let coordinators = tx.members_with_role(id, Role::Coordinator).await.unwrap();
    assert_eq!(coordinators.len(), 1);
    tx.set_person_language(first.id, Language::Uk)
        .await
        .unwrap();
    tx.set_private_chat(first.id, "7").await.unwrap();
    let p = tx
        .person_by_platform(Channel::Telegram, "7")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (p.language, p.private_chat_id.as_deref()),
        (Some(Language::Uk), Some("7"))
    );
    tx.commit().await.unwrap();
}

async fn buttons_resolve_to_their_action_and_unknown_tokens_to_nothing(backend: &str) {
    let (_db, store) = store(backend).await;
    let id = community(&store, "-3").await;
    let mut tx = store.begin().await.unwrap();
    let button = ButtonRecord {
        community_id: id,
        person_id: None,
        message_id: None,
        action: Action::JoinCommunity {
            community_id: id,
            prompt: JoinPrompt::Welcome,
        },
    };
    tx.create_button("tok", &button, t0()).await.unwrap();
    assert_eq!(tx.button("tok").await.unwrap(), Some(button));
    assert_eq!(tx.button::<Action>("forged").await.unwrap(), None);
    tx.commit().await.unwrap();
}

/// Opening an update finds the community and the speaker: registering
/// them when asked (they spoke), or only finding a current member when not
/// (a press the platform has not vouched for); someone who left is not one.
async fn opening_an_update_registers_speakers_and_finds_current_members(backend: &str) {
    use kettle::store::Opening;
    let (_db, store) = store(backend).await;
    let id = community(&store, "-5").await;
    let ola = PlatformUser {
        user_id: "7".into(),
        display_name: "Ola".into(),
        language_code: Some("pl".into()),
    };
    // Ola says or presses something in the group, under `key`.
    let open = |key: &'static str, register: bool| Opening {
        channel: Channel::Telegram,
        key,
        at: t0(),
        group_chat: Some("-5"),
        sender: Some(&ola),
        register,
        today: None,
        press: None,
    };
    let mut tx = store.begin().await.unwrap();
    let pressed = tx.open_update(open("k1", false)).await.unwrap();
    assert!(pressed.fresh);
    assert_eq!(pressed.community.as_ref().map(|c| c.id), Some(id));
    assert!(
        pressed.community.as_ref().is_some_and(|c| c.active),
        "the community as it is, whoever presses"
    );
    assert!(
        pressed.member.is_none(),
        "a stranger is not registered by a press"
    );
    let spoke = tx.open_update(open("k2", true)).await.unwrap();
    let (person, role, joined) = spoke.member.expect("registered");
    assert_eq!((role, joined), (Role::Member, Joined::New));
    let pressed = tx.open_update(open("k3", false)).await.unwrap();
    let (again, _, joined) = pressed.member.expect("a current member is found");
    assert_eq!((again.id, joined), (person.id, Joined::Already));
    // Knowing the community's date, Postgres notes a current member's
    // first word of the day with the update itself, once (SQLite leaves it
    // to the caller's own statement).
    let today = t0().date_naive();
    let first = tx
        .open_update(Opening {
            today: Some(today),
            press: None,
            ..open("k5", false)
        })
        .await
        .unwrap();
    let later = tx
        .open_update(Opening {
            today: Some(today),
            press: None,
            ..open("k6", false)
        })
        .await
        .unwrap();
    let postgres = backend == "postgres";
    assert_eq!(first.heard_now, postgres);
    assert!(!later.heard_now, "once a day");
    if postgres {
        assert_eq!(later.heard_on.as_deref(), Some("2026-03-29"));
    }
    // Someone new speaking: joined, and heard from today, as they join
    // (on both backends: SQLite makes the membership with the day).
    let zed = PlatformUser {
        user_id: "8".into(),
        display_name: "Zed".into(),
        language_code: None,
    };
    let newcomer = |key: &'static str| Opening {
        sender: Some(&zed),
        today: Some(today),
        press: None,
        ..open(key, true)
    };
    let joined = tx.open_update(newcomer("k7")).await.unwrap();
    assert_eq!(joined.member.map(|m| m.2), Some(Joined::New));
    assert!(joined.heard_now, "a newcomer is heard as they join");
    let again = tx.open_update(newcomer("k8")).await.unwrap();
    assert!(!again.heard_now);
    if postgres {
        assert_eq!(again.heard_on.as_deref(), Some("2026-03-29"));
    }
    tx.leave_community(id, person.id, t0()).await.unwrap();
    let pressed = tx.open_update(open("k4", false)).await.unwrap();
    assert!(pressed.member.is_none(), "someone who left is not a member");
    let again = tx.open_update(open("k1", true)).await.unwrap();
    assert!(!again.fresh, "a key seen before");
    tx.rollback().await.unwrap();
}

on_both_backends!(
    opening_an_update_registers_speakers_and_finds_current_members,
    inbox_remembers_each_update_once,
    a_chat_has_one_community_and_keeps_it_through_an_upgrade,
    people_are_created_once_and_memberships_follow_leaving_and_returning,
    buttons_resolve_to_their_action_and_unknown_tokens_to_nothing,
);

/// The two migration folders describe one schema: the same tables, the
/// same columns and the same named indexes on SQLite and Postgres (a
/// column or index added to one and forgotten in the other fails here).
#[tokio::test]
async fn sqlite_and_postgres_migrations_make_the_same_schema() {
    let sqlite = crate::support::TestDb::sqlite().await.store().await;
    let postgres_db = crate::support::TestDb::postgres().await;
    let postgres = postgres_db.store().await;
    let lite_columns = crate::support::strings(
        &sqlite,
        "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
         ORDER BY 1",
    )
    .await;
    let pg_columns = crate::support::strings(
        &postgres,
        "SELECT CAST(c.table_name || '.' || c.column_name AS TEXT) FROM information_schema.columns c \
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name NOT LIKE '_sqlx%' \
         ORDER BY 1",
    )
    .await;
    assert!(lite_columns.len() > 100, "the scan found the schema");
    assert_eq!(lite_columns, pg_columns, "tables and columns");
    // Indexes made by name (CREATE INDEX), not those behind keys.
    let lite_indexes = crate::support::strings(
        &sqlite,
        "SELECT tbl_name || ':' || name FROM sqlite_master \
         WHERE type = 'index' AND sql IS NOT NULL ORDER BY 1",
    )
    .await;
    let pg_indexes = crate::support::strings(
        &postgres,
        "SELECT CAST(tablename || ':' || indexname AS TEXT) FROM pg_indexes \
         WHERE schemaname = 'public' AND indexname NOT IN (SELECT conname FROM pg_constraint) \
         ORDER BY 1",
    )
    .await;
    assert_eq!(lite_indexes, pg_indexes, "named indexes");
    let lite_views = crate::support::strings(
        &sqlite,
        "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY 1",
    )
    .await;
    let pg_views = crate::support::strings(
        &postgres,
        "SELECT CAST(table_name AS TEXT) FROM information_schema.views \
         WHERE table_schema = 'public' ORDER BY 1",
    )
    .await;
    assert_eq!(lite_views, pg_views, "the coordinators' SQL views");
}
