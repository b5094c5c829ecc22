//! Newcomers who belong to several of the same groups, tapping in all of
//! them at once, through the engine on both backends. On Postgres their
//! taps go in batches sent one behind another (`store::writer_thread`),
//! so a batch may register a person that the batch ahead of it is making
//! too: such a tap writes nothing and runs again the ordinary way. Nobody
//! is made twice and no answer is lost.

use crate::support::checkin::*;
use crate::support::{all_at_once, count, strings, TestDb};
use kettle::domain::{ChatKind, InboundEvent, MembershipFact};

/// Twelve walkers new to Kettle, each in the same eight groups, tap
/// "okay" in every group's round at the same moment: a walker's first tap
/// makes them a person and each tap a member of its group, while their
/// taps in the other groups, written in the batches around it, make the
/// same person at once. Each walker is one person, a member of every
/// group once, with one answer in every round.
async fn walkers_new_to_eight_groups_tapping_in_all_at_once_join_each_once(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 20).await;
    let groups: Vec<String> = (1..=8).map(|g| format!("-50{g}")).collect();
    let mut okay = vec![];
    for chat in &groups {
        let mut added = inbound(chat, ChatKind::Group, &coordinator, InboundEvent::BotAdded);
        added.context.admins = Some(vec![coordinator.clone()]);
        kettle.handle(added).await.unwrap();
        kettle
            .handle(said_in(chat, &coordinator, "/checkin"))
            .await
            .unwrap();
        let sql = format!(
            "SELECT b.token FROM buttons b JOIN communities c ON c.id = b.community_id \
             WHERE c.chat_id = '{chat}' AND CAST(b.action AS TEXT) LIKE '%checkin_answer%okay%'"
        );
        let tokens = strings(&store, &sql).await;
        assert_eq!(tokens.len(), 1, "one okay button in {chat}");
        okay.extend(tokens);
    }
    let walkers: Vec<_> = (0..12u32)
        .map(|n| person(5000 + n, &format!("Walker {n}")))
        .collect();
    let taps = walkers
        .iter()
        .flat_map(|who| {
            groups
                .iter()
                .zip(&okay)
                .map(move |(chat, t)| (who, chat, t))
        })
        .map(|(who, chat, t)| {
            let mut tap = pressed_in(chat, ChatKind::Group, who, t);
            // The platform's word that they are in that group.
            tap.context.membership = Some(MembershipFact {
                chat_id: chat.clone(),
                member: true,
            });
            tap
        })
        .collect();
    all_at_once(&kettle, taps).await;

    let walkers_sql = |what: &str| {
        format!("{what} JOIN people p ON p.id = x.person_id WHERE p.platform_user_id LIKE '50%'")
    };
    let people = "SELECT COUNT(*) FROM people WHERE platform_user_id LIKE '50%'";
    assert_eq!(count(&store, people).await, 12, "one person each");
    let members = walkers_sql(
        "SELECT COUNT(DISTINCT x.community_id || '-' || x.person_id) FROM memberships x",
    );
    assert_eq!(count(&store, &members).await, 96, "a member of every group");
    let rows = walkers_sql("SELECT COUNT(*) FROM memberships x");
    assert_eq!(count(&store, &rows).await, 96, "once each");
    let answers = walkers_sql("SELECT COUNT(*) FROM checkin_answers x");
    assert_eq!(
        count(&store, &answers).await,
        96,
        "an answer in every round"
    );
    let rounds = walkers_sql(
        "SELECT COUNT(DISTINCT x.round_id || '-' || x.person_id) FROM checkin_answers x",
    );
    assert_eq!(count(&store, &rounds).await, 96, "one in each");
    let okays = walkers_sql("SELECT COUNT(*) FROM checkin_answers x") + " AND x.answer <> 'okay'";
    assert_eq!(count(&store, &okays).await, 0, "each kept okay");
}

on_both_backends!(walkers_new_to_eight_groups_tapping_in_all_at_once_join_each_once);
