//! The store's contract for one community across several chats, on SQLite
//! and Postgres: a one-time code links a chat (once, in time, and only a
//! chat free to join), a linked chat is seen through its community with
//! its own address and language, head counts add up across chats, a group
//! message finds its copies in the other chats, and unlinking gives a chat
//! back its own people.

use crate::support::store::*;
use chrono::Duration;
use kettle::domain::{Channel, ChatAddress, ChatKind, Language, Role, TimeZone};
use kettle::store::{NewCommunity, NewRound, Redeemed, Store, Tx};

const MAIN: &str = "-100";
const TOWER: &str = "120363000000000001@g.us";

async fn whatsapp_group(store: &Store, chat: &str, lang: Language) -> i64 {
    let mut tx = store.begin().await.unwrap();
    let new = NewCommunity {
        channel: Channel::Whatsapp,
        chat_id: chat,
        title: "Tower",
        time_zone: TimeZone::default(),
        language: lang,
        now: t0(),
    };
    let c = tx.create_community(new).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    c.id
}

/// A member whose name is their platform id.
async fn member(tx: &mut Tx, community: i64, channel: Channel, id: &str, role: Role) -> i64 {
    member_as(tx, community, (channel, id, id), role).await
}

fn group(channel: Channel, chat: &str) -> ChatAddress {
    ChatAddress {
        channel,
        chat_id: chat.into(),
        kind: ChatKind::Group,
    }
}

/// A Telegram community with its coordinator, and a Welsh WhatsApp group
/// with its admin and a member.
async fn two_chats(store: &Store) -> (i64, i64, [i64; 3]) {
    let main = community(store, MAIN).await;
    let tower = whatsapp_group(store, TOWER, Language::Cy).await;
    let mut tx = store.begin().await.unwrap();
    let morgan = member(&mut tx, main, Channel::Telegram, "11", Role::Coordinator).await;
    let amina = member(
        &mut tx,
        tower,
        Channel::Whatsapp,
        "a@c.us",
        Role::Coordinator,
    )
    .await;
    let ben = member(&mut tx, tower, Channel::Whatsapp, "b@c.us", Role::Member).await;
    tx.commit().await.unwrap();
    (main, tower, [morgan, amina, ben])
}

async fn redeem(
    store: &Store,
    code: &str,
    chat_row: i64,
    at: chrono::DateTime<chrono::Utc>,
) -> Redeemed {
    let mut tx = store.begin().await.unwrap();
    let redeemed = tx.redeem_link_code(code, chat_row, at).await.unwrap();
    tx.commit().await.unwrap();
    redeemed
}

async fn code(store: &Store, code: &str, community: i64) {
    let mut tx = store.begin().await.unwrap();
    let expires = t0() + Duration::minutes(15);
    tx.create_link_code(code, community, expires).await.unwrap();
    tx.commit().await.unwrap();
}

async fn a_code_links_a_chat_once_and_it_is_seen_through_its_community(backend: &str) {
    let (_db, store) = store(backend).await;
    let (main, tower, [_, amina, _]) = two_chats(&store).await;
    code(&store, "ABC234", main).await;
    let late = t0() + Duration::minutes(16);
    assert_eq!(
        redeem(&store, "ZZZ999", tower, t0()).await,
        Redeemed::Unknown
    );
    assert_eq!(
        redeem(&store, "ABC234", tower, late).await,
        Redeemed::Unknown
    );
    assert_eq!(redeem(&store, "ABC234", main, t0()).await, Redeemed::Same);
    assert_eq!(
        redeem(&store, "ABC234", tower, t0()).await,
        Redeemed::Linked(main)
    );
    assert_eq!(
        redeem(&store, "ABC234", tower, t0()).await,
        Redeemed::Unknown,
        "once"
    );

    let mut tx = store.begin().await.unwrap();
    let seen = tx
        .community_by_chat(Channel::Whatsapp, TOWER)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(seen.id, main, "the community's own id");
    assert_eq!(
        seen.chat(),
        group(Channel::Whatsapp, TOWER),
        "the chat's own address"
    );
    assert_eq!(seen.language, Language::Cy, "and its own language");
    assert!(seen.active);
    let views = tx.community_views(main).await.unwrap();
    let chats: Vec<_> = views.iter().map(|v| v.chat()).collect();
    assert_eq!(
        chats,
        [
            group(Channel::Telegram, MAIN),
            group(Channel::Whatsapp, TOWER)
        ]
    );
    // Head counts add up; the tower's people, coordinators included, are
    // the community's.
    tx.set_member_count(&group(Channel::Telegram, MAIN), 5)
        .await
        .unwrap();
    tx.set_member_count(&group(Channel::Whatsapp, TOWER), 3)
        .await
        .unwrap();
    for c in [
        tx.community_by_id(main).await.unwrap().unwrap(),
        tx.community_by_chat(Channel::Whatsapp, TOWER)
            .await
            .unwrap()
            .unwrap(),
    ] {
        assert_eq!(c.member_count, Some(8));
    }
    assert_eq!(tx.count_members(main).await.unwrap(), 3);
    assert_eq!(
        tx.membership(main, amina).await.unwrap(),
        Some(Role::Coordinator)
    );
    tx.commit().await.unwrap();
}

async fn only_a_chat_free_to_join_is_linked(backend: &str) {
    let (_db, store) = store(backend).await;
    let (main, tower, _) = two_chats(&store).await;
    let other = community(&store, "-200").await;
    let busy = whatsapp_group(&store, "busy@g.us", Language::En).await;
    let mut tx = store.begin().await.unwrap();
    let round = NewRound {
        community_id: busy,
        question: None,
        opened_by: None,
        schedule_id: None,
        opened_at: t0(),
        closes_at: t0() + Duration::hours(2),
    };
    tx.open_round(round).await.unwrap();
    tx.commit().await.unwrap();

    code(&store, "MAIN22", main).await;
    assert_eq!(redeem(&store, "MAIN22", busy, t0()).await, Redeemed::Busy);
    assert_eq!(
        redeem(&store, "MAIN22", tower, t0()).await,
        Redeemed::Linked(main),
        "a refusal leaves the code to use"
    );
    code(&store, "OTHER2", other).await;
    assert_eq!(
        redeem(&store, "OTHER2", tower, t0()).await,
        Redeemed::AlreadyLinked
    );
    assert_eq!(
        redeem(&store, "OTHER2", main, t0()).await,
        Redeemed::HasLinks
    );
    code(&store, "MAIN33", main).await;
    assert_eq!(redeem(&store, "MAIN33", tower, t0()).await, Redeemed::Same);
}

async fn a_message_finds_its_copies_and_unlinking_gives_people_back(backend: &str) {
    let (_db, store) = store(backend).await;
    let (main, tower, [morgan, amina, ben]) = two_chats(&store).await;
    code(&store, "ABC234", main).await;
    redeem(&store, "ABC234", tower, t0()).await;

    let mut tx = store.begin().await.unwrap();
    let origin = tx
        .enqueue(&text(MAIN, ChatKind::Group, "📊 Lift or lights?"))
        .await
        .unwrap();
    let copy = kettle::store::NewMessage {
        channel: Channel::Whatsapp,
        ..text(TOWER, ChatKind::Group, "📊 Lift or lights?")
    };
    let copy = tx.enqueue(&copy).await.unwrap();
    tx.record_copy(origin, copy).await.unwrap();
    let shown: Vec<_> = tx
        .shown_in(main, origin)
        .await
        .unwrap()
        .into_iter()
        .map(|(view, id)| (view.chat(), view.language, id))
        .collect();
    assert_eq!(
        shown,
        [
            (group(Channel::Telegram, MAIN), Language::En, origin),
            (group(Channel::Whatsapp, TOWER), Language::Cy, copy)
        ]
    );
    // A Telegram member joins while linked; then the tower goes its own way.
    let priya = member(&mut tx, main, Channel::Telegram, "12", Role::Member).await;
    assert!(tx.unlink_chat(tower, t0()).await.unwrap());
    assert!(!tx.unlink_chat(tower, t0()).await.unwrap(), "once");
    let seen = tx
        .community_by_chat(Channel::Whatsapp, TOWER)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((seen.id, seen.active), (tower, true));
    let ids = |people: Vec<kettle::store::PersonRecord>| {
        let mut ids: Vec<i64> = people.into_iter().map(|p| p.id).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(tx.members(main).await.unwrap()), [morgan, priya]);
    assert_eq!(ids(tx.members(tower).await.unwrap()), [amina, ben]);
    assert_eq!(tx.shown_in(main, origin).await.unwrap().len(), 1);
    tx.commit().await.unwrap();
}

/// Two chats send one code at the same moment: it works once. The second
/// reads the code while the first has taken it but not yet committed.
async fn a_code_sent_twice_at_once_links_one_chat(backend: &str) {
    let (_db, store) = store(backend).await;
    let (main, tower, _) = two_chats(&store).await;
    let other = whatsapp_group(&store, "other@g.us", Language::En).await;
    code(&store, "ABC234", main).await;
    let mut first = store.begin().await.unwrap();
    let taken = first.redeem_link_code("ABC234", tower, t0()).await.unwrap();
    assert_eq!(taken, Redeemed::Linked(main));
    let second = {
        let store = store.clone();
        tokio::spawn(async move {
            let mut tx = store.begin().await.unwrap();
            let redeemed = tx.redeem_link_code("ABC234", other, t0()).await.unwrap();
            tx.commit().await.unwrap();
            redeemed
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    first.commit().await.unwrap();
    assert_eq!(second.await.unwrap(), Redeemed::Unknown);
}

on_both_backends!(
    a_code_sent_twice_at_once_links_one_chat,
    a_code_links_a_chat_once_and_it_is_seen_through_its_community,
    only_a_chat_free_to_join_is_linked,
    a_message_finds_its_copies_and_unlinking_gives_people_back
);
