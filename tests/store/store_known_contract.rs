//! A regular's word on the fast path stands on what was read of her. On
//! Postgres that read may be kept in memory; then her commit checks it,
//! and if her membership changed in between, writes nothing (stale) and
//! the update's next try reads afresh. On SQLite the read is always fresh.
//! Either way, no update is written on facts older than its commit.

use crate::support::store::*;
use kettle::domain::{PlatformUser, Role};
use kettle::store::{GroupCommit, KnownMembers, Store, StoreError};
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

async fn a_regulars_word_never_stands_on_a_membership_changed_since(backend: &str) {
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
                .open_steady(in_group(&ola, key, None), &group, &known)
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
}

on_both_backends!(a_regulars_word_never_stands_on_a_membership_changed_since);
