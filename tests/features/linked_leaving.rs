//! Leaving one chat of a community across two chats on the same platform:
//! Priya is in the tenants' main Telegram group and in its linked Telegram
//! group for the younger residents. When she leaves one, Telegram is asked
//! whether she is still in the other: she stays a member (her vote
//! stands) while she is, and leaves the community when she is in neither.

use crate::linked_chats::{code, in_main};
use crate::support::checkin::*;
use crate::support::meeting::monday_noon;
use crate::support::{strings, TestDb};
use kettle::app::{Engine, Handled};
use kettle::domain::{ChatKind, InboundEvent, MembershipFact, PlatformContext, PlatformUser};

const YOUTH: &str = "-600";

/// Priya leaves `chat`; the platform says whether she is in `other`
/// (`None`: not asked yet).
fn left(
    chat: &str,
    priya: &PlatformUser,
    in_other: Option<(&str, bool)>,
) -> kettle::domain::Inbound {
    let admin = person(1, "Morgan");
    let mut update = inbound(
        chat,
        ChatKind::Group,
        &admin,
        InboundEvent::MemberLeft(priya.clone()),
    );
    update.context = PlatformContext {
        membership: in_other.map(|(chat_id, member)| MembershipFact {
            chat_id: chat_id.into(),
            member,
        }),
        ..PlatformContext::default()
    };
    update
}

async fn active(store: &kettle::store::Store) -> Vec<String> {
    strings(
        store,
        "SELECT p.display_name FROM memberships m JOIN people p ON p.id = m.person_id \
         JOIN communities c ON c.id = m.community_id \
         WHERE c.linked_to IS NULL AND c.active AND m.left_at IS NULL ORDER BY 1",
    )
    .await
}

async fn two_telegram_groups(kettle: &Engine, store: &kettle::store::Store) -> PlatformUser {
    let morgan = group_with_coordinator(kettle, 3).await;
    let sam = person(2, "Sam");
    let mut added = inbound(YOUTH, ChatKind::Group, &sam, InboundEvent::BotAdded);
    added.context = PlatformContext {
        admins: Some(vec![sam.clone()]),
        ..PlatformContext::default()
    };
    kettle.handle(added).await.unwrap();
    kettle
        .handle(in_main(&morgan, "/link", &[&morgan]))
        .await
        .unwrap();
    let code = code(store).await;
    let mut send = said_in(YOUTH, &sam, &format!("/link {code}"));
    send.context.admins = Some(vec![sam.clone()]);
    kettle.handle(send).await.unwrap();
    let priya = person(7, "Priya");
    kettle.handle(said(&priya, "hello")).await.unwrap();
    kettle
        .handle(said_in(YOUTH, &priya, "hi all"))
        .await
        .unwrap();
    priya
}

async fn leaving_one_of_two_telegram_groups_asks_about_the_other(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let priya = two_telegram_groups(&kettle, &store).await;
    assert_eq!(active(&store).await, ["Morgan", "Priya", "Sam"]);

    // She leaves the main group: Kettle asks about the youth group first.
    let asked = kettle.handle(left(GROUP, &priya, None)).await.unwrap();
    assert!(
        matches!(&asked, Handled::AskPlatform { chat } if chat.chat_id == YOUTH),
        "{asked:?}"
    );
    assert_eq!(
        active(&store).await,
        ["Morgan", "Priya", "Sam"],
        "nothing done yet"
    );
    // Still there: she stays a member of the community.
    kettle
        .handle(left(GROUP, &priya, Some((YOUTH, true))))
        .await
        .unwrap();
    assert_eq!(active(&store).await, ["Morgan", "Priya", "Sam"]);
    // Then she leaves the youth group too, and is in neither.
    kettle
        .handle(left(YOUTH, &priya, Some((GROUP, false))))
        .await
        .unwrap();
    assert_eq!(active(&store).await, ["Morgan", "Sam"]);
}

on_both_backends!(leaving_one_of_two_telegram_groups_asks_about_the_other);
