//! A newcomer's first tap as the store sees it: they are registered on
//! their own (a fact of its own: the platform says they are in the group),
//! and the tap itself waits for the group write, as a known member's does.
//! These stories hold on both backends.

use crate::store_taps_contract::{ola, pressing, round_with_a_button, TOKEN};
use crate::support::store::*;
use kettle::domain::checkin::{Answer, Mood, Visibility};
use kettle::domain::PlatformUser;
use kettle::store::{GroupCommit, Joined, Opening, PostedButton, Store, StoreError, Tx};

/// Ola's tap (update `key`) by the path of a first tap: she is registered
/// at once, and the tap opened beside its write. Her person id with it.
/// `answer_button`: the engine knows the button as a round's answer, and
/// on Postgres her registration may then wait for the tap's write
/// (`store::newcomer_taps`); the stories of registering at once say no.
pub(crate) async fn olas_tap(
    store: &Store,
    group: &std::sync::Arc<GroupCommit>,
    key: &str,
    answer_button: bool,
) -> (Tx, i64) {
    let ola = ola();
    let (tx, _, person, _) = store
        .open_registering(
            pressing(&ola, key, TOKEN),
            group,
            &Default::default(),
            answer_button.then_some(PostedButton::Answer),
        )
        .await
        .unwrap()
        .expect("a first tap opens beside its write");
    (tx, person.id)
}

/// Ola taps `answer` in round `round_id` by [`olas_tap`]: the answer is
/// staged, waiting for the write. Her person id with it.
pub(crate) async fn olas_answer(
    store: &Store,
    group: &std::sync::Arc<GroupCommit>,
    key: &str,
    answer_button: bool,
    (round_id, answer): (i64, Answer),
) -> (Tx, i64) {
    let (mut tx, person) = olas_tap(store, group, key, answer_button).await;
    let round = tx.share_round(round_id).await.unwrap().unwrap();
    tx.answer_round(&round, person, answer, Visibility::Shared, t0())
        .await
        .unwrap();
    (tx, person)
}

/// A newcomer's first tap registers them at once (a fact of its own) and
/// waits for the group write. A coordinator removes them before it is
/// written: the tap writes nothing (it is stale, and runs again the
/// ordinary way, which refuses someone removed).
async fn a_first_tap_by_someone_removed_before_its_write_counts_nothing(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, round_id) = round_with_a_button(&store).await;
    let group = std::sync::Arc::new(GroupCommit::default());
    let good = Answer::Mood(Mood::Good);
    let (tx, person) = olas_answer(&store, &group, "f1", false, (round_id, good)).await;
    let mut coordinator = store.begin().await.unwrap();
    assert!(coordinator
        .remove_member(community, person, t0())
        .await
        .unwrap());
    coordinator.commit().await.unwrap();
    assert!(matches!(tx.commit().await, Err(StoreError::Stale)));
    let mut check = store.begin().await.unwrap();
    assert!(check.round_answers(round_id).await.unwrap().is_empty());
    check.rollback().await.unwrap();
}

/// Ola has never spoken in the group; her first tap makes her a member
/// before the tap is written, and the tap itself waits for the group
/// write, with its first answer (on SQLite, which has no sequences, the
/// table gives the answer its id only then). Delivered again, the tap
/// registers nothing new and writes nothing.
async fn a_newcomers_first_tap_joins_them_and_is_written_with_the_group(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, round_id) = round_with_a_button(&store).await;
    let group = std::sync::Arc::new(GroupCommit::default());
    let (mut tx, person) = olas_tap(&store, &group, "n1", false).await;
    assert!(
        matches!(tx, Tx::Deferred(_)),
        "it waits for the group write"
    );
    let mut look = store.begin().await.unwrap();
    assert!(
        look.membership(community, person).await.unwrap().is_some(),
        "a member before the tap is written"
    );
    look.rollback().await.unwrap();
    let round = tx.share_round(round_id).await.unwrap().unwrap();
    let low = Answer::Mood(Mood::Low);
    tx.answer_round(&round, person, low, Visibility::Shared, t0())
        .await
        .unwrap();
    assert!(matches!(tx, Tx::Deferred(_)), "the answer waits too");
    assert!(tx.commit().await.unwrap(), "new");

    let (again, _) = olas_tap(&store, &group, "n1", false).await;
    assert!(!again.commit().await.unwrap(), "a duplicate writes nothing");
    let mut check = store.begin().await.unwrap();
    let answers = check.round_answers(round_id).await.unwrap();
    check.rollback().await.unwrap();
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].person_id, Some(person));
    assert_eq!(answers[0].answer, low);
    assert!(answers[0].id > 0, "the answer has an id of its own");
}

/// `who`'s tap under `key` in `chat` by the path of a first tap, opened as
/// the engine opens it (with the group's date): the community and person
/// it opened for, or `None` (the ordinary path answers).
async fn first_tap_in(
    store: &Store,
    group: &std::sync::Arc<GroupCommit>,
    who: &PlatformUser,
    key: &str,
    chat: &str,
) -> Option<(i64, i64)> {
    let opening = Opening {
        group_chat: Some(chat),
        today: Some(t0().date_naive()),
        ..pressing(who, key, TOKEN)
    };
    let opened = store
        .open_registering(opening, group, &Default::default(), None)
        .await
        .unwrap();
    opened.map(|(_, community, person, _)| (community.id, person.id))
}

/// A busy round's first taps arrive together: newcomers, a member who has
/// spoken before, someone a coordinator removed. They are registered
/// together (on SQLite in one transaction, its newcomers in a few
/// statements for all), and each comes out as it would alone: every
/// newcomer a member heard from this week, the member as she was, the
/// removed one refused.
async fn first_taps_that_come_together_register_each_as_alone(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, _) = round_with_a_button(&store).await;
    let mut tx = store.begin().await.unwrap();
    let ola_id = tx
        .open_update(in_group(&ola(), "hello", None))
        .await
        .unwrap();
    let ola_id = ola_id.member.expect("a member").0.id;
    let gone = PlatformUser {
        user_id: "66".into(),
        display_name: "Gone".into(),
        language_code: None,
    };
    let gone_id = tx.open_update(in_group(&gone, "bye", None)).await.unwrap();
    let gone_id = gone_id.member.expect("a member").0.id;
    assert!(tx.remove_member(community, gone_id, t0()).await.unwrap());
    tx.commit().await.unwrap();

    let newcomers: Vec<PlatformUser> = (0..6)
        .map(|n| PlatformUser {
            user_id: format!("{}", 100 + n),
            display_name: format!("Newcomer {n}"),
            language_code: Some("cy".into()),
        })
        .collect();
    let mut everyone = newcomers.clone();
    everyone.push(ola());
    everyone.push(gone.clone());
    // The first newcomer taps twice (two keys) in the same moment.
    everyone.push(newcomers[0].clone());
    let keys: Vec<String> = (0..everyone.len()).map(|n| format!("t{n}")).collect();
    let group = std::sync::Arc::new(GroupCommit::default());
    let taps = everyone.iter().zip(&keys).map(|(who, key)| {
        let (store, group) = (store.clone(), group.clone());
        async move {
            let opened = first_tap_in(&store, &group, who, key, "-5").await;
            opened.map(|(_, person)| person)
        }
    });
    let opened = futures::future::join_all(taps).await;
    assert_eq!(opened[6], Some(ola_id), "Ola as she was");
    assert_eq!(opened[7], None, "someone removed is refused");
    assert_eq!(opened[8], opened[0], "one person, tapping twice");
    let mut look = store.begin().await.unwrap();
    for (n, id) in opened.iter().take(6).enumerate() {
        let id = id.unwrap_or_else(|| panic!("newcomer {n} is a member"));
        assert!(look.membership(community, id).await.unwrap().is_some());
    }
    assert!(look.membership(community, gone_id).await.unwrap().is_none());
    look.rollback().await.unwrap();
    let weeks = "SELECT COUNT(*) FROM member_weeks w JOIN people p ON p.id = w.person_id \
                 WHERE p.display_name LIKE 'Newcomer %'";
    assert_eq!(crate::support::count(&store, weeks).await, 6);
    let people = "SELECT COUNT(*) FROM people WHERE platform_language = 'cy'";
    assert_eq!(crate::support::count(&store, people).await, 6);
}

/// Walkers who belong to two groups press in both at the same moment,
/// with someone new to one group, and a stranger in a chat Kettle has no
/// community for. They are registered together: each newcomer becomes a
/// member of the groups they pressed in and of no other, and the press in
/// the unknown chat is refused.
async fn first_taps_in_several_groups_at_once_join_each_its_own(backend: &str) {
    let (_db, store) = store(backend).await;
    let (five, _) = round_with_a_button(&store).await;
    let six = community(&store, "-6").await;
    let walkers: Vec<PlatformUser> = (0..4)
        .map(|n| PlatformUser {
            user_id: format!("{}", 200 + n),
            display_name: format!("Walker {n}"),
            language_code: None,
        })
        .collect();
    let presses = [
        (0, "-5"),
        (0, "-6"),
        (1, "-6"),
        (1, "-5"),
        (2, "-5"),
        (3, "-7"),
    ];
    let keys: Vec<String> = (0..presses.len()).map(|n| format!("w{n}")).collect();
    let group = std::sync::Arc::new(GroupCommit::default());
    let taps = presses.iter().zip(&keys).map(|((who, chat), key)| {
        let (store, group, who) = (store.clone(), group.clone(), &walkers[*who]);
        async move { first_tap_in(&store, &group, who, key, chat).await }
    });
    let opened = futures::future::join_all(taps).await;
    let [a5, a6, b6, b5, c5, stranger] = opened.as_slice() else {
        panic!("six presses");
    };
    assert_eq!(*stranger, None, "no community in that chat");
    let (a5, a6, b6, b5, c5) = (
        a5.unwrap(),
        a6.unwrap(),
        b6.unwrap(),
        b5.unwrap(),
        c5.unwrap(),
    );
    assert_eq!([a5.0, a6.0, b6.0, b5.0, c5.0], [five, six, six, five, five]);
    assert_eq!(a5.1, a6.1, "one walker, two groups");
    assert_eq!(b5.1, b6.1);
    let mut look = store.begin().await.unwrap();
    for (community, person) in [a5, a6, b6, b5, c5] {
        assert!(look.membership(community, person).await.unwrap().is_some());
    }
    assert!(
        look.membership(six, c5.1).await.unwrap().is_none(),
        "pressed only in -5"
    );
    look.rollback().await.unwrap();
    let weeks = "SELECT COUNT(*) FROM member_weeks w JOIN people p ON p.id = w.person_id \
                 WHERE p.display_name LIKE 'Walker %'";
    assert_eq!(crate::support::count(&store, weeks).await, 5);
}

fn nia() -> PlatformUser {
    PlatformUser {
        user_id: "77".into(),
        display_name: "Nia".into(),
        language_code: None,
    }
}

/// Nia, new to the group, is registered by her first update (key `w1`)
/// in a transaction still open when `second` begins; it commits a moment
/// later. Her id, how the first found her, and what `second` found.
async fn while_nias_first_is_written<T: Send + 'static>(
    store: &Store,
    second: impl std::future::Future<Output = T> + Send + 'static,
) -> (i64, Joined, T) {
    let _ = round_with_a_button(store).await;
    let mut first = store.begin().await.unwrap();
    let opened = first
        .open_update(in_group(&nia(), "w1", None))
        .await
        .unwrap();
    let (nia_id, joined) = opened.member.map(|m| (m.0.id, m.2)).expect("a member");
    let second = tokio::spawn(second);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    first.commit().await.unwrap();
    (nia_id, joined, second.await.unwrap())
}

/// Nia taps twice in a moment. Her first tap's registration is still
/// being written (its transaction open) when the second's begins; the
/// second waits for it, then finds her a member, as she is, and does not
/// take her for someone refused.
async fn a_registration_that_waits_for_the_same_newcomers_other_finds_them(backend: &str) {
    let (_db, store) = store(backend).await;
    let registering = store.clone();
    let second = async move {
        let group = std::sync::Arc::new(GroupCommit::default());
        let nia = nia();
        let opening = pressing(&nia, "n2", TOKEN);
        let opened = registering
            .open_registering(opening, &group, &Default::default(), None)
            .await;
        opened.unwrap().map(|(_, _, person, _)| person.id)
    };
    let (nia_id, _, second) = while_nias_first_is_written(&store, second).await;
    assert_eq!(second, Some(nia_id), "Nia, a member");
}

/// Nia, new to the group, says two things at once. The first is still
/// being written when the second is opened on the ordinary path; the
/// second waits for it, then finds her a member (already, not joined
/// twice).
async fn a_newcomers_two_words_at_once_find_her_a_member_both_times(backend: &str) {
    let (_db, store) = store(backend).await;
    let opening = store.clone();
    let second = async move {
        let mut tx = opening.begin().await.unwrap();
        let opened = tx.open_update(in_group(&nia(), "w2", None)).await.unwrap();
        tx.commit().await.unwrap();
        opened.member.map(|m| (m.0.id, m.2))
    };
    let (nia_id, joined, second) = while_nias_first_is_written(&store, second).await;
    assert_eq!(joined, Joined::New);
    assert_eq!(second, Some((nia_id, Joined::Already)), "Nia, a member");
}

/// A round's first minutes: eight newcomers tap the posted "Good" button
/// at the same moment, with Ola, a member this Kettle has not seen since
/// it started. On Postgres their reads go together (`store::group_reads`)
/// and their registrations with their answers; on SQLite they register
/// together. Each answer is written once, for the one who tapped it, and
/// each newcomer is a member of the group.
async fn newcomers_tapping_a_posted_button_at_once_are_each_counted_as_themselves(backend: &str) {
    let (_db, store) = store(backend).await;
    let (community, round_id) = round_with_a_button(&store).await;
    let mut tx = store.begin().await.unwrap();
    let opened = tx.open_update(in_group(&ola(), "hi", None)).await.unwrap();
    let ola_id = opened.member.expect("a member").0.id;
    tx.commit().await.unwrap();
    let mut everyone: Vec<PlatformUser> = (0..8)
        .map(|n| PlatformUser {
            user_id: format!("{}", 300 + n),
            display_name: format!("Tapper {n}"),
            language_code: None,
        })
        .collect();
    everyone.push(ola());
    let group = std::sync::Arc::new(GroupCommit::default());
    let taps = everyone.iter().enumerate().map(|(n, who)| {
        let (store, group) = (store.clone(), group.clone());
        async move {
            let key = format!("p{n}");
            let tapping = Some(PostedButton::Answer);
            let opening = pressing(who, &key, TOKEN);
            let (mut tx, _, person, _) = store
                .open_registering(opening, &group, &Default::default(), tapping)
                .await
                .unwrap()
                .expect("a first tap opens beside its write");
            let round = tx.share_round(round_id).await.unwrap().unwrap();
            let good = Answer::Mood(Mood::Good);
            tx.answer_round(&round, person.id, good, Visibility::Shared, t0())
                .await
                .unwrap();
            assert!(tx.commit().await.unwrap(), "new");
            (person.display_name, person.id)
        }
    });
    let tapped = futures::future::join_all(taps).await;
    for ((name, _), who) in tapped.iter().zip(&everyone) {
        assert_eq!(name, &who.display_name);
    }
    assert_eq!(tapped[8].1, ola_id, "Ola as she was");
    let mut look = store.begin().await.unwrap();
    let answers = look.round_answers(round_id).await.unwrap();
    for (name, id) in &tapped {
        assert!(
            look.membership(community, *id).await.unwrap().is_some(),
            "{name}"
        );
        let theirs = answers.iter().filter(|a| a.person_id == Some(*id)).count();
        assert_eq!(theirs, 1, "{name}'s answer, once");
    }
    look.rollback().await.unwrap();
    assert_eq!(answers.len(), 9);
    let people = "SELECT COUNT(DISTINCT id) FROM people WHERE display_name LIKE 'Tapper %'";
    assert_eq!(crate::support::count(&store, people).await, 8);
}

on_both_backends!(
    a_first_tap_by_someone_removed_before_its_write_counts_nothing,
    a_newcomers_first_tap_joins_them_and_is_written_with_the_group,
    first_taps_that_come_together_register_each_as_alone,
    first_taps_in_several_groups_at_once_join_each_its_own,
    a_registration_that_waits_for_the_same_newcomers_other_finds_them,
    a_newcomers_two_words_at_once_find_her_a_member_both_times,
    newcomers_tapping_a_posted_button_at_once_are_each_counted_as_themselves,
);
