//! A support team that looks after two groups, on both backends: `/digest
//! here` in the team's own chat routes both groups' digests there, as one
//! combined message with names; `/digest here off` sends them to each
//! coordinator privately again.

use crate::support::checkin::*;
use crate::support::digest::*;
use crate::support::meeting::run_jobs;
use crate::support::{count, TestDb};
use kettle::domain::{ChatKind, InboundEvent, PlatformContext, PlatformUser};

/// `who` says `text` in another group, called `title`.
fn said_in(chat: &str, title: &str, who: &PlatformUser, text: &str) -> kettle::domain::Inbound {
    let mut said = inbound(chat, ChatKind::Group, who, InboundEvent::Text(text.into()));
    said.chat_title = Some(title.into());
    said
}

fn group_added(
    chat: &str,
    title: &str,
    admin: &PlatformUser,
    members: i64,
) -> kettle::domain::Inbound {
    let mut added = inbound(chat, ChatKind::Group, admin, InboundEvent::BotAdded);
    added.chat_title = Some(title.into());
    added.context = PlatformContext {
        admins: Some(vec![admin.clone()]),
        member_count: Some(members),
        ..PlatformContext::default()
    };
    added
}

/// A support team looks after two groups from its own chat.
async fn a_support_teams_chat_gets_its_groups_digests_combined(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), at(2026, 11, 18, 12, 0));
    let morgan = group_with_coordinator(&kettle, 6).await;
    kettle
        .handle(group_added("-700", "Rose Court Tenants", &morgan, 12))
        .await
        .unwrap();
    kettle
        .handle(group_added("-900", "Support team", &morgan, 3))
        .await
        .unwrap();
    let ali = person(2, "Ali");
    kettle.handle(said(&ali, "hello")).await.unwrap();

    kettle
        .handle(said_in("-900", "Support team", &morgan, "/digest here"))
        .await
        .unwrap();
    let last = texts_to(&store, "-900").await.pop().unwrap();
    assert!(
        last.contains(
            "this chat gets the weekly digest for: Harbour Recovery Group, Rose Court Tenants"
        ),
        "{last}"
    );

    clock.set(at(2026, 11, 23, 9, 1));
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    let combined = digests_to(&store, "-900").await;
    assert_eq!(combined.len(), 1, "{combined:#?}");
    let text = &combined[0];
    assert!(
        text.starts_with("📋 Weekly digests for 2 groups (2026-W47)"),
        "{text}"
    );
    assert!(text.contains("Weekly digest for Harbour Recovery Group"));
    assert!(text.contains("Weekly digest for Rose Court Tenants"));
    assert!(
        text.contains("New: Morgan, Ali"),
        "coordinators' copy: {text}"
    );
    assert!(
        digests_to(&store, "1").await.is_empty(),
        "not also to Morgan privately"
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM digests WHERE period = '2026-W47'"
        )
        .await,
        3
    );

    kettle
        .handle(said_in("-900", "Support team", &morgan, "/digest here off"))
        .await
        .unwrap();
    clock.set(at(2026, 11, 30, 9, 1));
    run_jobs(&kettle).await;
    run_jobs(&kettle).await;
    assert_eq!(digests_to(&store, "-900").await.len(), 1);
    assert_eq!(
        digests_to(&store, "1").await.len(),
        3,
        "privately again, one per group (the team's chat is a group too)"
    );
}

on_both_backends!(a_support_teams_chat_gets_its_groups_digests_combined);
