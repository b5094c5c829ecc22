//! The lean read of a press (`store::newcomer_taps`), on Postgres.

use super::PostedButton;
use crate::domain::checkin::{Answer, Mood};
use crate::domain::{Channel, PlatformUser, Role};
use crate::store::sam_in_a_group::{drop_postgres, on_postgres};
use crate::store::{ButtonRecord, GroupCommit, NewRound, Opening, Store, Tx};

/// Sam, a member of the group, taps a round's answer button in a
/// process that has not lately seen him (it started since, or another
/// process posted the round): the lean read opens his tap as his
/// steady read would, with nothing to register, and no statement of
/// its own registers him again.
#[tokio::test]
async fn a_member_not_lately_seen_is_opened_by_the_lean_read_alone() {
    let (pool, name) = on_postgres(&[]).await;
    let store = Store::Postgres(pool.clone());
    let now = chrono::Utc::now();
    let mut tx = store.begin().await.unwrap();
    let round = NewRound {
        community_id: 1,
        question: None,
        opened_by: None,
        schedule_id: None,
        opened_at: now,
        closes_at: now + chrono::Duration::hours(2),
    };
    let round = tx.open_round(round).await.unwrap().unwrap();
    let good = ButtonRecord {
        community_id: 1,
        person_id: None,
        message_id: None,
        action: crate::app::Action::CheckinAnswer {
            round_id: Some(round),
            answer: Answer::Mood(Mood::Good),
        },
    };
    tx.create_button("tap_good", &good, now).await.unwrap();
    tx.commit().await.unwrap();

    let sam = PlatformUser {
        user_id: "7".into(),
        display_name: "Sam".into(),
        language_code: None,
    };
    let opening = Opening {
        channel: Channel::Telegram,
        key: "u1",
        at: now,
        group_chat: Some("-1"),
        sender: Some(&sam),
        register: true,
        today: None,
        press: Some("tap_good"),
    };
    let group = std::sync::Arc::new(GroupCommit::default());
    let opened = store
        .open_by_lean_read(&pool, opening, &group, PostedButton::Answer)
        .await
        .unwrap();
    let Some((Tx::Deferred(sams), community, person, role)) = opened else {
        panic!("opened by the lean read");
    };
    assert_eq!((community.id, person.id, role), (1, 7, Role::Member));
    assert!(sams.newcomer.is_none(), "nothing to register");
    let press = sams.press().expect("the press, as read");
    assert_eq!(press.round.as_ref().map(|r| r.id), Some(round));
    drop(sams);
    drop_postgres(pool, &name).await;
}
