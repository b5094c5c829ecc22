//! The store's contract for one person on two platforms (`/me link`), on
//! SQLite and Postgres: a code links two accounts once, on two different
//! apps; from then on either account is the person (their votes merge as
//! `store_identity_votes_contract` checks); an open anonymous poll both
//! voted in refuses the link; memberships and check-ins merge; `/forget`
//! takes both accounts and unlinking lets the account go.

use crate::identity_support::*;
use crate::support::store::*;
use chrono::Duration;
use kettle::domain::checkin::{Answer, Mood, Visibility};
use kettle::domain::{Channel, ChatKind, Role};
use kettle::store::{NewRound, PersonLinked};

async fn a_code_links_two_apps_once_and_either_account_is_the_person(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, t, w) = dana(&store).await;
    let mut tx = store.begin().await.unwrap();
    let other_telegram = someone(&mut tx, "8").await;
    let other = tx.person(other_telegram).await.unwrap().unwrap();
    tx.create_person_code("DANA22", t.id, t0() + Duration::minutes(15))
        .await
        .unwrap();
    let late = t0() + Duration::minutes(16);
    assert_eq!(
        tx.redeem_person_code("DANA22", &w, late).await.unwrap(),
        PersonLinked::Unknown,
        "codes run out"
    );
    assert_eq!(
        tx.redeem_person_code("DANA22", &t, t0()).await.unwrap(),
        PersonLinked::Same
    );
    assert_eq!(
        tx.redeem_person_code("DANA22", &other, t0()).await.unwrap(),
        PersonLinked::SamePlatform,
        "two accounts on one app are not linked"
    );
    // A code Dana's WhatsApp account had asked for goes when it is linked.
    tx.create_person_code("WHATS2", w.id, t0() + Duration::minutes(15))
        .await
        .unwrap();
    let linked = tx.redeem_person_code("DANA22", &w, t0()).await.unwrap();
    assert!(matches!(
        linked,
        PersonLinked::Linked {
            merged_votes: 0,
            ..
        }
    ));
    assert_eq!(
        tx.redeem_person_code("WHATS2", &other, t0()).await.unwrap(),
        PersonLinked::Unknown,
        "the linked account's own code is gone"
    );
    assert_eq!(
        tx.redeem_person_code("DANA22", &w, t0()).await.unwrap(),
        PersonLinked::Unknown,
        "once"
    );
    // Either account is Dana now, however it is found.
    let again = tx
        .upsert_person(
            Channel::Whatsapp,
            &user("447700900007@c.us", "Dana W"),
            t0(),
        )
        .await
        .unwrap();
    assert_eq!(again, t);
    let found = tx
        .person_by_platform(Channel::Whatsapp, "447700900007@c.us")
        .await
        .unwrap();
    assert_eq!(found.map(|p| p.id), Some(t.id));
    let registered = tx
        .register_member(
            community,
            Channel::Whatsapp,
            &user("447700900007@c.us", "Dana W"),
            t0(),
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(registered.0.id, t.id);
    assert_eq!(tx.count_members(community).await.unwrap(), 1, "one member");
    let accounts = tx.linked_accounts(t.id).await.unwrap();
    assert_eq!(accounts.iter().map(|a| a.id).collect::<Vec<_>>(), [w.id]);
    tx.commit().await.unwrap();
}

async fn an_open_anonymous_poll_both_voted_in_waits_for_its_close(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, t, w) = dana(&store).await;
    let mut tx = store.begin().await.unwrap();
    let poll = youth_club_poll(&mut tx, community, t.id, true).await;
    cast(&mut tx, poll.id, true, t.id, (0, 0)).await;
    cast(&mut tx, poll.id, true, w.id, (1, 0)).await;
    tx.commit().await.unwrap();
    assert_eq!(
        link(&store, "ANON22", &t, &w).await,
        PersonLinked::AnonymousClash("Fund the youth club?".into())
    );
    let mut tx = store.begin().await.unwrap();
    assert_eq!(
        tx.count_members(community).await.unwrap(),
        2,
        "nothing merged"
    );
    tx.close_poll(poll.id, t0(), 2).await.unwrap();
    let linked = tx.redeem_person_code("ANON22", &w, t0()).await.unwrap();
    assert!(
        matches!(
            linked,
            PersonLinked::Linked {
                merged_votes: 0,
                ..
            }
        ),
        "the refusal left the code; once closed the link goes ahead"
    );
    assert_eq!(
        tx.count_voters(poll.id).await.unwrap(),
        2,
        "the closed total stands"
    );
    tx.commit().await.unwrap();
}

async fn memberships_and_check_ins_merge_and_forget_takes_both(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, t, w) = dana(&store).await;
    let elsewhere = self::community(&store, "-2").await;
    let mut tx = store.begin().await.unwrap();
    tx.set_role(community, w.id, Role::Coordinator)
        .await
        .unwrap();
    tx.join_community(elsewhere, w.id, t0()).await.unwrap();
    let round = NewRound {
        community_id: community,
        question: None,
        opened_by: Some(w.id),
        schedule_id: None,
        opened_at: t0(),
        closes_at: t0() + Duration::hours(2),
    };
    tx.open_round(round).await.unwrap();
    let round = tx.unclosed_round(community).await.unwrap().unwrap();
    let (early, late) = (t0(), t0() + Duration::minutes(3));
    tx.answer_round(
        &round,
        w.id,
        Answer::Mood(Mood::Low),
        Visibility::Shared,
        early,
    )
    .await
    .unwrap();
    tx.answer_round(
        &round,
        t.id,
        Answer::Mood(Mood::Good),
        Visibility::Shared,
        late,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    assert!(matches!(
        link(&store, "DANA33", &t, &w).await,
        PersonLinked::Linked { .. }
    ));
    let mut tx = store.begin().await.unwrap();
    assert_eq!(
        tx.membership(community, t.id).await.unwrap(),
        Some(Role::Coordinator),
        "a coordinator through either account"
    );
    assert_eq!(
        tx.membership(elsewhere, t.id).await.unwrap(),
        Some(Role::Member),
        "the account's other community is the person's"
    );
    let answers = tx.round_answers(round.id).await.unwrap();
    let kept: Vec<_> = answers.iter().map(|a| (a.person_id, a.answer)).collect();
    assert_eq!(
        kept,
        [(Some(t.id), Answer::Mood(Mood::Good))],
        "the later check-in stands"
    );

    // A message not yet sent names her by both accounts' names.
    let pending = text("-1", ChatKind::Group, "Going: Dana, Dana W, Sam");
    let message = tx.enqueue(&pending).await.unwrap();
    let erased = tx.forget_person(&t).await.unwrap();
    assert_eq!(erased.memberships, 2);

    assert!(tx.person(w.id).await.unwrap().is_none(), "both accounts go");
    assert!(tx
        .person_by_platform(Channel::Whatsapp, "447700900007@c.us")
        .await
        .unwrap()
        .is_none());
    tx.commit().await.unwrap();
    let sql = format!("SELECT CAST(payload AS TEXT) FROM outbox WHERE id = {message}");
    let payload = crate::support::strings(&store, &sql).await;
    assert!(
        payload[0].contains("Going: someone, someone, Sam"),
        "both accounts' names go: {payload:?}"
    );
}

async fn unlinking_lets_the_account_go_with_nothing(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, t, w) = dana(&store).await;
    assert!(matches!(
        link(&store, "DANA44", &t, &w).await,
        PersonLinked::Linked { .. }
    ));
    let mut tx = store.begin().await.unwrap();
    let let_go = tx.unlink_accounts(t.id).await.unwrap();
    assert_eq!(let_go.iter().map(|a| a.id).collect::<Vec<_>>(), [w.id]);
    let own = tx
        .person_by_platform(Channel::Whatsapp, "447700900007@c.us")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(own.id, w.id, "its own person again");
    assert_eq!(tx.membership(community, w.id).await.unwrap(), None);
    assert_eq!(
        tx.membership(community, t.id).await.unwrap(),
        Some(Role::Member),
        "what was done together stays the person's"
    );
    tx.commit().await.unwrap();
}

on_both_backends!(
    a_code_links_two_apps_once_and_either_account_is_the_person,
    an_open_anonymous_poll_both_voted_in_waits_for_its_close,
    memberships_and_check_ins_merge_and_forget_takes_both,
    unlinking_lets_the_account_go_with_nothing
);
