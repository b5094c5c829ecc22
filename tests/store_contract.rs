//! The store's contract, run against SQLite and Postgres alike: the same
//! calls must give the same answers on both. (Sending and jobs are in
//! `store_sending_contract.rs`.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // tests say what they expect by panicking, and tell whole stories

mod support;

use kettle::domain::{Action, Channel, JoinPrompt, Language, PlatformUser, Role, TimeZone};
use kettle::store::{ButtonRecord, Joined, NewCommunity};
use support::store::*;

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
    assert_eq!(tx.button("forged").await.unwrap(), None);
    tx.commit().await.unwrap();
}

on_both_backends!(
    inbox_remembers_each_update_once,
    a_chat_has_one_community_and_keeps_it_through_an_upgrade,
    people_are_created_once_and_memberships_follow_leaving_and_returning,
    buttons_resolve_to_their_action_and_unknown_tokens_to_nothing,
);
