//! What the store's contracts for one person on two platforms share:
//! Dana's two accounts, a code redeemed, a simple poll and its votes.

use crate::support::store::*;
use chrono::{DateTime, Duration, Utc};
use kettle::domain::poll::proposal::Quorum;
use kettle::domain::poll::{Ballot, PollKind, PollRules, ResultsShown};
use kettle::domain::{Channel, PlatformUser};
use kettle::store::{NewPoll, PersonLinked, PersonRecord, PollRecord, Store, Tx};

pub fn user(id: &str, name: &str) -> PlatformUser {
    PlatformUser {
        user_id: id.into(),
        display_name: name.into(),
        language_code: None,
    }
}

/// Dana in a community on Telegram, and her WhatsApp account in it too.
pub async fn dana(store: &Store) -> (i64, PersonRecord, PersonRecord) {
    let community = community(store, "-1").await;
    let mut tx = store.begin().await.unwrap();
    let on_telegram = user("7", "Dana");
    let on_whatsapp = user("447700900007@c.us", "Dana W");
    let t = tx
        .register_member(community, Channel::Telegram, &on_telegram, t0())
        .await
        .unwrap()
        .unwrap()
        .0;
    let w = tx
        .register_member(community, Channel::Whatsapp, &on_whatsapp, t0())
        .await
        .unwrap()
        .unwrap()
        .0;
    tx.commit().await.unwrap();
    (community, t, w)
}

pub async fn link(
    store: &Store,
    code: &str,
    of: &PersonRecord,
    account: &PersonRecord,
) -> PersonLinked {
    let mut tx = store.begin().await.unwrap();
    tx.create_person_code(code, of.id, t0() + Duration::minutes(15))
        .await
        .unwrap();
    let linked = tx.redeem_person_code(code, account, t0()).await.unwrap();
    tx.commit().await.unwrap();
    linked
}

pub fn rules(anonymous: bool) -> PollRules {
    PollRules {
        kind: PollKind::Single,
        anonymous,
        results: ResultsShown::AfterVote,
        quorum: Quorum::None,
        deadline_minutes: None,
        nudge_until_quorum: false,
    }
}

/// `creator` asks `community` whether to fund the youth club (one choice).
pub async fn youth_club_poll(
    tx: &mut Tx,
    community: i64,
    creator: i64,
    anonymous: bool,
) -> PollRecord {
    let (r, o) = (rules(anonymous), priorities());
    let new = NewPoll {
        community_id: community,
        creator_id: creator,
        question: "Fund the youth club?",
        rules: &r,
        options: &o,
        now: t0(),
        deadline: None,
    };
    tx.create_poll(new).await.unwrap()
}

pub async fn cast(tx: &mut Tx, poll: i64, anonymous: bool, who: i64, vote: (usize, i64)) {
    let ballot = Ballot::Choose(vec![vote.0 as u8]);
    let at: DateTime<Utc> = t0() + Duration::minutes(vote.1);
    if anonymous {
        assert!(tx.cast_anonymous(poll, who, &ballot, None).await.unwrap());
    } else {
        tx.cast_named(poll, who, &ballot, None, at).await.unwrap();
    }
}

pub fn choices(ballots: Vec<(Ballot, Option<String>)>) -> Vec<usize> {
    let mut out: Vec<usize> = ballots
        .into_iter()
        .map(|(b, _)| match b {
            Ballot::Choose(c) if c.len() == 1 => usize::from(c[0]),
            other => panic!("a single-choice poll holds {other:?}"),
        })
        .collect();
    out.sort_unstable();
    out
}
