//! Who may vote, on both backends: Kettle's records first, then the
//! platform's word when they do not know someone. A member who left stays
//! out, a quiet member gets in, and a refused press changes nothing.

use crate::support::checkin::*;
use crate::support::meeting::monday_noon;
use crate::support::poll::*;
use crate::support::{count, TestDb};
use kettle::domain::{ChatKind, InboundEvent};

async fn a_member_who_left_cannot_vote(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 3).await;
    let ali = person(2, "Ali");
    kettle.handle(said(&ali, "hello")).await.unwrap();
    kettle.handle(said_privately(&ali, "/start")).await.unwrap();
    kettle
        .handle(said(
            &morgan,
            "/poll ranked Which first? | A | B | deadline none",
        ))
        .await
        .unwrap();
    open_ballot(&kettle, &ali).await;
    step(&kettle, &ali, "rank", Some(1)).await;
    let left = inbound(
        GROUP,
        ChatKind::Group,
        &morgan,
        InboundEvent::MemberLeft(ali.clone()),
    );
    kettle.handle(left).await.unwrap();
    // Leaving drops the unfinished ballot, and Ali is told privately.
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM poll_ballot_drafts").await,
        0
    );
    let told = "SELECT COUNT(*) FROM outbox WHERE chat_kind = 'private' \
                AND CAST(payload AS TEXT) LIKE '%unfinished ballots there are closed%'";
    assert_eq!(count(&store, told).await, 1);
    // The platform, asked, says Ali is not in the group any more.
    step_in(&kettle, &ali, "confirm", None, false).await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 0);
    let sql = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' AND CAST(payload AS TEXT) LIKE '%Only members%'";
    assert_eq!(count(&store, sql).await, 1);
    let current = "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
                   WHERE p.platform_user_id = '2' AND m.left_at IS NULL";
    assert_eq!(count(&store, current).await, 0, "not made a member again");
}

/// Seen from outside: a member who had never written in the group got
/// "Only members of this group can vote" on "Vote privately". When Kettle
/// does not know them, the platform's word lets them in.
async fn a_quiet_member_votes_privately_on_the_platforms_word(backend: &str) {
    let Posted {
        db: _db,
        store,
        kettle,
        ..
    } = poll_posted(
        backend,
        3,
        "/poll ranked Which first? | A | B | deadline none",
    )
    .await;
    let quiet = person(8, "Quiet");
    let token = crate::support::poll::ballot_token(&store).await;
    let mut opened = said_privately(&quiet, &format!("/start {token}"));
    opened.context = kettle::domain::PlatformContext::default();
    assert_eq!(
        kettle.handle(opened.clone()).await.unwrap(),
        kettle::app::Handled::AskPlatform {
            chat: kettle::domain::ChatAddress {
                channel: kettle::domain::Channel::Telegram,
                chat_id: GROUP.into(),
                kind: ChatKind::Group,
            }
        },
        "Kettle asks the platform, recording nothing"
    );
    assert_eq!(count(&store, "SELECT COUNT(*) FROM memberships").await, 1);
    opened.context = in_the_group(true);
    kettle.handle(opened).await.unwrap();
    step(&kettle, &quiet, "rank", Some(1)).await;
    step(&kettle, &quiet, "confirm", None).await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 1);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM memberships").await, 2);
}

/// Seen from outside: a press from someone whose leaving was recorded was
/// counted and made them a member again; a press refused as being from
/// another chat registered the presser. A refusal changes nothing.
async fn a_refused_press_changes_nothing(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _clock) = engine_at(store.clone(), monday_noon());
    let morgan = group_with_coordinator(&kettle, 3).await;
    let ali = person(2, "Ali");
    kettle.handle(said(&ali, "hello")).await.unwrap();
    kettle
        .handle(said(&morgan, "/poll Paint? | Yes | No | deadline none"))
        .await
        .unwrap();
    let left = inbound(
        GROUP,
        ChatKind::Group,
        &morgan,
        InboundEvent::MemberLeft(ali.clone()),
    );
    kettle.handle(left).await.unwrap();
    let yes = crate::support::poll::vote_token(&store, 0).await;
    let mut press = pressed(&ali, &yes);
    press.context = in_the_group(false);
    kettle.handle(press).await.unwrap();
    let stranger = person(9, "Stranger");
    kettle
        .handle(said_in("-501", &stranger, "hello"))
        .await
        .unwrap();
    kettle
        .handle(pressed_in("-501", ChatKind::Group, &morgan, &yes))
        .await
        .unwrap();
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_voters").await, 0);
    let current = "SELECT COUNT(*) FROM memberships WHERE left_at IS NULL";
    assert_eq!(
        count(&store, current).await,
        2,
        "Morgan here, the stranger there: nobody made a member by a refused press"
    );
    let refusals = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' \
                    AND (CAST(payload AS TEXT) LIKE '%Only members%' OR CAST(payload AS TEXT) LIKE '%another chat%')";
    assert_eq!(count(&store, refusals).await, 2);
}

on_both_backends!(
    a_member_who_left_cannot_vote,
    a_quiet_member_votes_privately_on_the_platforms_word,
    a_refused_press_changes_nothing,
);
