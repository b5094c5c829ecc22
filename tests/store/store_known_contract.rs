//! A regular's word on the fast path stands on what was read of her. On
//! Postgres that read may be kept in memory; then her commit checks it,
//! and if her membership changed in between, writes nothing (stale) and
//! the update's next try reads afresh. On SQLite the read is always fresh.
//! Either way, no update is written on facts older than its commit.

use crate::support::store::*;
use kettle::domain::{PlatformUser, Role};
use kettle::store::{GroupCommit, KnownMembers, Opening, Redeemed, Store, StoreError};
use std::sync::Arc;

fn ola() -> PlatformUser {
    PlatformUser {
        user_id: "7".into(),
        display_name: "Ola".into(),
        language_code: Some("pl".into()),
    }
}

/// Updates handled so far (the inbox keeps keys hashed).
async fn handled(store: &Store) -> i64 {
    crate::support::count(store, "SELECT COUNT(*) FROM inbox").await
}

async fn a_regulars_word_never_stands_on_a_membership_or_group_changed_since(backend: &str) {
    let (_db, store) = store(backend).await;
    let community = community(&store, "-5").await;
    let ola = ola();
    let mut tx = store.begin().await.unwrap();
    let opened = tx.open_update(in_group(&ola, "w0", None)).await.unwrap();
    let ola_id = opened.member.expect("a member now").0.id;
    tx.commit().await.unwrap();
    let (group, known) = (
        Arc::new(GroupCommit::default()),
        Arc::new(KnownMembers::default()),
    );
    let word = |key: &'static str| {
        let (store, group, known, ola) = (store.clone(), group.clone(), known.clone(), ola.clone());
        async move {
            let (tx, _, _, role) = store
                .open_steady(in_group(&ola, key, None), &group, &known, None)
                .await
                .unwrap()
                .expect("a regular");
            (role, tx.commit().await)
        }
    };
    // Her words: read, and (on Postgres) kept and answered from memory.
    for key in ["w1", "w2", "w3"] {
        let (role, written) = word(key).await;
        assert_eq!(role, Role::Member);
        assert!(written.unwrap(), "{key} is new");
    }
    assert_eq!(handled(&store).await, 4);
    let (_, again) = word("w3").await;
    assert!(!again.unwrap(), "a duplicate writes nothing");

    // Someone makes her a coordinator between two of her words.
    let mut tx = store.begin().await.unwrap();
    tx.set_role(community, ola_id, Role::Coordinator)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    match word("w4").await {
        // SQLite reads afresh; Postgres answered from memory, so it must not.
        (Role::Coordinator, written) if backend == "sqlite" => assert!(written.unwrap()),
        (Role::Member, Err(StoreError::Stale)) => {
            assert_eq!(handled(&store).await, 4, "stale: nothing written");
            let (role, written) = word("w4").await;
            assert_eq!(role, Role::Coordinator, "the next try reads afresh");
            assert!(written.unwrap());
        }
        (role, written) => panic!("{role:?} written as {written:?}"),
    }
    assert_eq!(handled(&store).await, 5);

    // A second chat is linked to her group: the community now spans two
    // chats, and what was kept of it no longer holds.
    let other = crate::support::store::community(&store, "-6").await;
    let mut tx = store.begin().await.unwrap();
    let within = t0() + chrono::Duration::minutes(15);
    tx.create_link_code("LINK-5", community, within)
        .await
        .unwrap();
    let redeemed = tx.redeem_link_code("LINK-5", other, t0()).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(redeemed, Redeemed::Linked(community));
    let (_, kept) = word("w5").await;
    match kept {
        Ok(written) if backend == "sqlite" => assert!(written),
        Err(StoreError::Stale) => {
            assert_eq!(handled(&store).await, 5, "stale: nothing written");
            assert!(word("w5").await.1.unwrap(), "the next try reads afresh");
        }
        written => panic!("written as {written:?} after the link"),
    }
    assert_eq!(handled(&store).await, 6);
}

/// Someone's first word in a group on Postgres is opened by the statement
/// that makes them a member, and that statement's findings are kept, as a
/// read's would be: their next word needs no read, and still never stands
/// on a membership changed since. SQLite opens a newcomer's word the
/// ordinary way and reads every word afresh.
async fn a_newcomers_first_word_is_kept_as_it_makes_her_a_member(backend: &str) {
    let (_db, store) = store(backend).await;
    let community = community(&store, "-5").await;
    let (group, known) = (
        Arc::new(GroupCommit::default()),
        Arc::new(KnownMembers::default()),
    );
    let today = t0().date_naive(); // 19:00 in London, the group's zone
    let word = |who: PlatformUser, key: &'static str| {
        let (store, group, known) = (store.clone(), group.clone(), known.clone());
        async move {
            let opening = Opening {
                today: Some(today),
                ..in_group(&who, key, None)
            };
            match store
                .open_steady(opening, &group, &known, None)
                .await
                .unwrap()
            {
                Some((tx, _, person, role)) => Some((person.id, role, tx.commit().await)),
                None => None,
            }
        }
    };
    let first_word = |who: PlatformUser, key: &'static str| {
        let store = store.clone();
        async move {
            match word(who.clone(), key).await {
                Some((id, role, written)) => {
                    assert_eq!(backend, "postgres", "only Postgres registers on a word");
                    assert!(written.unwrap());
                    (id, role)
                }
                None => {
                    assert_eq!(backend, "sqlite");
                    let mut tx = store.begin().await.unwrap();
                    let opening = Opening {
                        today: Some(today),
                        ..in_group(&who, key, None)
                    };
                    let opened = tx.open_update(opening).await.unwrap();
                    tx.commit().await.unwrap();
                    let (person, role, _) = opened.member.expect("a member now");
                    (person.id, role)
                }
            }
        }
    };
    let person = |id: &str, name: &str| PlatformUser {
        user_id: id.into(),
        display_name: name.into(),
        language_code: None,
    };

    // Nia's first word makes her a member, on the day it is.
    let (nia, role) = first_word(person("8", "Nia"), "n1").await;
    assert_eq!(role, Role::Member);
    // Her next word stands on what her first found and wrote: not stale.
    let (_, role, written) = word(person("8", "Nia"), "n2").await.expect("a member");
    assert_eq!(role, Role::Member);
    assert!(
        written.unwrap(),
        "her kept membership is the one her first word wrote"
    );

    // Tom's first word, then a coordinator's change before his second.
    let (tom, _) = first_word(person("9", "Tom"), "t1").await;
    let mut tx = store.begin().await.unwrap();
    tx.set_role(community, tom, Role::Coordinator)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    match word(person("9", "Tom"), "t2").await.expect("a member") {
        (_, Role::Coordinator, written) if backend == "sqlite" => assert!(written.unwrap()),
        // Postgres answered from what his first word kept, so it must not write.
        (_, Role::Member, Err(StoreError::Stale)) => {
            let (_, role, written) = word(person("9", "Tom"), "t2").await.expect("a member");
            assert_eq!(role, Role::Coordinator, "the next try finds him afresh");
            assert!(written.unwrap());
        }
        (_, role, written) => panic!("{role:?} written as {written:?}"),
    }
    assert_ne!(nia, tom);
    assert_eq!(handled(&store).await, 4);
    let heard = "SELECT COUNT(*) FROM memberships WHERE last_heard_on = '2026-03-29'";
    assert_eq!(
        crate::support::count(&store, heard).await,
        2,
        "both heard today"
    );
}

on_both_backends!(
    a_regulars_word_never_stands_on_a_membership_or_group_changed_since,
    a_newcomers_first_word_is_kept_as_it_makes_her_a_member,
);
