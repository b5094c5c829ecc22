//! Coordinators across linked chats, on both backends: each platform's
//! group says who its admins are, and that word counts only for its own
//! people. A Telegram group's admin list never demotes the coordinators a
//! linked WhatsApp group's admins made, nor the other way round; within
//! one platform the admins still decide.

use crate::support::checkin::*;
use crate::support::meeting::monday_noon;
use crate::support::{strings, TestDb};
use kettle::app::Engine;
use kettle::domain::{Channel, ChatKind, InboundEvent, PlatformContext, PlatformUser};

const TOWER: &str = "120363000000000001@g.us";

/// An update in the WhatsApp group, with its admins as the bridge reports them.
fn in_tower(
    who: &PlatformUser,
    event: InboundEvent,
    admins: &[&PlatformUser],
) -> kettle::domain::Inbound {
    let mut update = inbound(TOWER, ChatKind::Group, who, event);
    update.chat.channel = Channel::Whatsapp;
    update.chat_title = Some("Elm Court Tower".into());
    update.context = PlatformContext {
        admins: Some(admins.iter().map(|a| (*a).clone()).collect()),
        ..in_the_group(true)
    };
    update
}

/// `who` writes to Kettle in their private WhatsApp chat.
fn privately_on_whatsapp(who: &PlatformUser, text: &str) -> kettle::domain::Inbound {
    let mut update = inbound(
        &who.user_id,
        ChatKind::Private,
        who,
        InboundEvent::Text(text.into()),
    );
    update.chat.channel = Channel::Whatsapp;
    update
}

/// A Telegram group update, with its admins as Telegram reports them.
pub(crate) fn in_main(
    who: &PlatformUser,
    text: &str,
    admins: &[&PlatformUser],
) -> kettle::domain::Inbound {
    let mut update = said(who, text);
    update.context = PlatformContext {
        admins: Some(admins.iter().map(|a| (*a).clone()).collect()),
        ..in_the_group(true)
    };
    update
}

async fn coordinators(store: &kettle::store::Store) -> Vec<String> {
    strings(
        store,
        "SELECT p.channel || ':' || p.display_name FROM memberships m \
         JOIN people p ON p.id = m.person_id JOIN communities c ON c.id = m.community_id \
         WHERE m.role = 'coordinator' AND m.left_at IS NULL AND c.linked_to IS NULL AND c.active \
         ORDER BY 1",
    )
    .await
}

/// The code Kettle gave in answer to `/link`.
pub(crate) async fn code(store: &kettle::store::Store) -> String {
    let texts = strings(
        store,
        "SELECT CAST(payload AS TEXT) FROM outbox WHERE CAST(payload AS TEXT) LIKE '%/link %' ORDER BY id",
    )
    .await;
    let text = texts.last().expect("a code");
    let at = text.find("/link ").unwrap() + "/link ".len();
    text[at..at + 6].to_string()
}

async fn linked(kettle: &Engine, store: &kettle::store::Store) -> (PlatformUser, PlatformUser) {
    let morgan = group_with_coordinator(kettle, 3).await;
    let amina = PlatformUser {
        user_id: "447700900111@c.us".into(),
        display_name: "Amina".into(),
        language_code: None,
    };
    kettle
        .handle(in_tower(&amina, InboundEvent::BotAdded, &[&amina]))
        .await
        .unwrap();
    kettle
        .handle(in_main(&morgan, "/link", &[&morgan]))
        .await
        .unwrap();
    let code = code(store).await;
    let send = InboundEvent::Text(format!("/link {code}"));
    kettle
        .handle(in_tower(&amina, send, &[&amina]))
        .await
        .unwrap();
    (morgan, amina)
}

async fn each_platforms_admins_decide_only_for_its_own_people(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let (morgan, amina) = linked(&kettle, &store).await;
    assert_eq!(
        coordinators(&store).await,
        ["telegram:Morgan", "whatsapp:Amina"],
        "the tower's admin coordinates the community too"
    );
    // Telegram says Morgan is its only admin: Amina stays a coordinator.
    kettle
        .handle(in_main(&morgan, "/help", &[&morgan]))
        .await
        .unwrap();
    // WhatsApp says Amina is its only admin: Morgan stays one.
    let hello = InboundEvent::Text("hello".into());
    kettle
        .handle(in_tower(&amina, hello, &[&amina]))
        .await
        .unwrap();
    assert_eq!(
        coordinators(&store).await,
        ["telegram:Morgan", "whatsapp:Amina"]
    );
    // On its own platform an admin list still decides: Telegram now names
    // Priya, not Morgan.
    let priya = person(7, "Priya");
    kettle
        .handle(in_main(&priya, "hello", &[&priya]))
        .await
        .unwrap();
    assert_eq!(
        coordinators(&store).await,
        ["telegram:Priya", "whatsapp:Amina"]
    );
}

/// Kettle taken out of a linked chat: that chat leaves the community,
/// which carries on in its first chat.
async fn a_linked_chat_kettle_leaves_is_unlinked_and_the_community_goes_on(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let (_morgan, amina) = linked(&kettle, &store).await;
    kettle
        .handle(in_tower(&amina, InboundEvent::BotRemoved, &[&amina]))
        .await
        .unwrap();
    let rows = strings(
        &store,
        "SELECT channel || ':' || CASE WHEN active THEN 'active' ELSE 'resting' END || ':' \
         || CASE WHEN linked_to IS NULL THEN 'own' ELSE 'linked' END \
         FROM communities ORDER BY id",
    )
    .await;
    assert_eq!(rows, ["telegram:active:own", "whatsapp:resting:own"]);
}

/// Morgan is in the tower's WhatsApp group too, and makes his two
/// accounts one (`/me link`): one member, a coordinator whom neither
/// platform's list alone takes that from, and still a member when his
/// WhatsApp account leaves the tower (he is in the Telegram group); `/me
/// unlink` makes him two members again.
async fn a_person_on_both_platforms_is_one_member_whom_one_platform_cannot_drop(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let (morgan, amina) = linked(&kettle, &store).await;
    let morgan_w = PlatformUser {
        user_id: "447700900333@c.us".into(),
        display_name: "Morgan W".into(),
        language_code: None,
    };
    let hello = || InboundEvent::Text("hello".into());
    kettle
        .handle(in_tower(&morgan_w, hello(), &[&amina]))
        .await
        .unwrap();
    let members = "SELECT CAST(COUNT(*) AS TEXT) FROM memberships m JOIN communities c \
                   ON c.id = m.community_id WHERE c.linked_to IS NULL AND c.active AND m.left_at IS NULL";
    assert_eq!(strings(&store, members).await, ["3"], "two of Morgan");

    kettle
        .handle(said_privately(&morgan, "/me link"))
        .await
        .unwrap();
    let texts = strings(
        &store,
        "SELECT CAST(payload AS TEXT) FROM outbox WHERE CAST(payload AS TEXT) LIKE '%/me link %' ORDER BY id",
    )
    .await;
    let text = texts.last().expect("a code");
    let at = text.find("/me link ").unwrap() + "/me link ".len();
    let code = &text[at..at + 6];
    let redeem = privately_on_whatsapp(&morgan_w, &format!("/me link {code}"));
    kettle.handle(redeem).await.unwrap();
    assert_eq!(strings(&store, members).await, ["2"], "one Morgan");
    // Speaking in the tower, as he was known and under a new name (the
    // full path, which on Postgres is one statement), he is still one.
    kettle
        .handle(in_tower(&morgan_w, hello(), &[&amina]))
        .await
        .unwrap();
    let renamed = PlatformUser {
        display_name: "Morgan Williams".into(),
        ..morgan_w.clone()
    };
    kettle
        .handle(in_tower(&renamed, hello(), &[&amina]))
        .await
        .unwrap();
    assert_eq!(strings(&store, members).await, ["2"], "still one Morgan");

    // Telegram now names only Priya; Morgan may still be a tower admin.
    let priya = person(7, "Priya");
    kettle
        .handle(in_main(&priya, "hello", &[&priya]))
        .await
        .unwrap();
    assert_eq!(
        coordinators(&store).await,
        ["telegram:Morgan", "telegram:Priya", "whatsapp:Amina"]
    );
    // His WhatsApp account leaves the tower: he is still in the Telegram group.
    kettle
        .handle(in_tower(
            &amina,
            InboundEvent::MemberLeft(morgan_w.clone()),
            &[&amina],
        ))
        .await
        .unwrap();
    assert_eq!(
        strings(&store, members).await,
        ["3"],
        "Morgan, Priya, Amina"
    );

    // Morgan separates his accounts again: his WhatsApp account starts
    // afresh, a member of its own when it next speaks in the tower.
    let unlink = privately_on_whatsapp(&morgan_w, "/me unlink");
    kettle.handle(unlink).await.unwrap();
    let said = strings(
        &store,
        "SELECT CAST(payload AS TEXT) FROM outbox WHERE CAST(payload AS TEXT) LIKE '%separate again%'",
    )
    .await;
    assert_eq!(said.len(), 1, "told");
    kettle
        .handle(in_tower(&morgan_w, hello(), &[&amina]))
        .await
        .unwrap();
    assert_eq!(strings(&store, members).await, ["4"], "two of Morgan again");
}

on_both_backends!(
    each_platforms_admins_decide_only_for_its_own_people,
    a_linked_chat_kettle_leaves_is_unlinked_and_the_community_goes_on,
    a_person_on_both_platforms_is_one_member_whom_one_platform_cannot_drop
);
