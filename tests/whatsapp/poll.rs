//! A recovery community's anonymous ranked poll on WhatsApp: the group
//! message links each member to a private ballot, built step by step by
//! number; the result names the winner and nobody's ballot.

use crate::support::count;
use crate::support::waha::{start_code, FakeWaha, Scene, GROUP};

const MORGAN: &str = "447700900111@c.us";
const ALI: &str = "447700900222@c.us";
const BRYN: &str = "447700900333@c.us";

/// Sends `number` privately, waits for the next message, and lets it settle.
async fn answer(fake: &FakeWaha, url: &str, log: &str, who: &str, number: &str) {
    let before = fake.texts_to(who).len();
    fake.deliver(url, &fake.private_message(who, "Member", number))
        .await;
    fake.wait_for("the ballot's next step", log, |f| {
        f.texts_to(who).len() > before
    })
    .await;
    fake.settle().await;
}

async fn an_anonymous_ranked_poll_is_voted_privately(backend: &str) {
    let Scene {
        fake,
        db,
        kettle,
        url,
        log,
    } = Scene::start(
        backend,
        &[
            (MORGAN, "admin"),
            (ALI, "participant"),
            (BRYN, "participant"),
        ],
        &[],
    )
    .await;

    fake.deliver(&url, &fake.kettle_added("Harbour Recovery"))
        .await;
    fake.deliver(
        &url,
        &fake.group_message(
            MORGAN,
            "Morgan",
            "/poll ranked What first? | Peer support | Crèche | Transport | anonymous | deadline none",
        ),
    )
    .await;
    let poll = fake.wait_for_text(GROUP, "📊 What first?", &log).await;
    let code = start_code(&poll).expect("a private link");

    for who in [ALI, BRYN] {
        fake.deliver(
            &url,
            &fake.private_message(who, "Member", &format!("start {code}")),
        )
        .await;
        fake.wait_for("the ballot", &log, |f| !f.texts_to(who).is_empty())
            .await;
        fake.settle().await;
        let ballot = fake.texts_to(who).last().cloned().unwrap();
        assert!(ballot.contains("2 · 1. Crèche"), "{ballot}");
        answer(&fake, &url, &log, who, "2").await; // Crèche first
        let ballot = fake.texts_to(who).last().cloned().unwrap();
        assert!(ballot.contains("4 · ✅ Confirm"), "{ballot}");
        answer(&fake, &url, &log, who, "4").await;
        let done = fake.texts_to(who).last().cloned().unwrap();
        assert!(done.starts_with("Your anonymous vote is in"), "{done}");
    }

    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", "/poll close"))
        .await;
    let result = fake
        .wait_for_text(GROUP, "📊 Result: What first?", &log)
        .await;
    assert!(result.contains("Winner: Crèche"), "{result}");
    assert!(result.contains("2 of 3 voted"), "{result}");
    let store = db.store().await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM poll_ballots").await, 2);
    drop(kettle);
}

/// A named poll goes out as WhatsApp's own poll. Ali changes her vote,
/// Bryn's vote arrives twice and an older one of his arrives late, and
/// Carys's vote is lost on the way; the result counts each member once,
/// as they last chose.
async fn a_native_poll_counts_each_member_as_they_last_chose(backend: &str) {
    const CARYS: &str = "447700900444@c.us";
    let Scene {
        fake,
        db: _db,
        kettle,
        url,
        log,
    } = Scene::start(
        backend,
        &[
            (MORGAN, "admin"),
            (ALI, "participant"),
            (BRYN, "participant"),
            (CARYS, "participant"),
        ],
        &[],
    )
    .await;
    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    let ask = "/poll Which evening? | Tue | Wed | Thu | deadline none";
    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", ask))
        .await;
    fake.wait_for("the native poll", &log, |f| !f.polls().is_empty())
        .await;
    let (chat, poll_id, name, options) = fake.polls()[0].clone();
    assert_eq!(chat, GROUP);
    assert_eq!(name, "📊 Which evening?");
    assert_eq!(options, ["1. Tue", "2. Wed", "3. Thu"]);
    let rules = fake.text_starting(GROUP, "📊 Which evening?").unwrap();
    assert!(
        rules.contains("Choose one."),
        "the rules come first: {rules}"
    );
    assert!(
        !rules.contains("1 · "),
        "no numbers beside a native poll: {rules}"
    );
    let order: Vec<String> = fake
        .calls()
        .into_iter()
        .filter(|c| c.path == "/api/sendPoll" || c.body["text"].as_str() == Some(rules.as_str()))
        .map(|c| c.path)
        .collect();
    assert_eq!(
        order,
        ["/api/sendText", "/api/sendPoll"],
        "the rules come first"
    );

    let vote =
        |who: &str, chosen: &[&str], ts: i64| fake.poll_vote(&poll_id, who, chosen, ts, false);
    fake.deliver(&url, &vote(ALI, &["1. Tue"], 100)).await;
    fake.deliver(&url, &vote(ALI, &["2. Wed"], 110)).await;
    let bryn = vote(BRYN, &["3. Thu"], 120);
    fake.deliver(&url, &bryn).await;
    fake.deliver(&url, &bryn).await;
    fake.deliver(&url, &vote(BRYN, &["1. Tue"], 115)).await;
    fake.deliver(&url, &fake.poll_vote(&poll_id, CARYS, &[], 125, true))
        .await;
    fake.deliver(&url, &vote(MORGAN, &["2. Wed"], 130)).await;
    fake.wait_for("Carys asked to vote again", &log, |f| {
        f.texts_to(GROUP)
            .iter()
            .any(|t| t.contains("your vote in the poll didn't reach me"))
    })
    .await;

    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", "/poll close"))
        .await;
    let result = fake
        .wait_for_text(GROUP, "📊 Result: Which evening?", &log)
        .await;
    assert!(result.contains("3 of 4 voted"), "{result}");
    assert!(result.contains("1. Wed — 2"), "{result}");
    assert!(result.contains("2. Thu — 1"), "{result}");
    assert!(result.contains("3. Tue — 0"), "{result}");
    assert_eq!(fake.polls().len(), 1, "the poll is never posted again");
    drop(kettle);
}

/// A multiple-choice native poll: each vote is the whole set ticked now.
async fn a_multiple_choice_native_poll_takes_the_whole_selection(backend: &str) {
    let Scene {
        fake,
        db: _db,
        kettle,
        url,
        log,
    } = Scene::start(backend, &[(MORGAN, "admin"), (ALI, "participant")], &[]).await;
    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    let ask = "/poll multiple Snacks? | Tea | Cake | Fruit | deadline none";
    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", ask))
        .await;
    fake.wait_for("the native poll", &log, |f| !f.polls().is_empty())
        .await;
    let sent = fake
        .calls()
        .into_iter()
        .find(|c| c.path == "/api/sendPoll")
        .unwrap();
    assert_eq!(sent.body["poll"]["multipleAnswers"], true);
    let poll_id = fake.polls()[0].1.clone();
    let vote =
        |who: &str, chosen: &[&str], ts: i64| fake.poll_vote(&poll_id, who, chosen, ts, false);
    fake.deliver(&url, &vote(ALI, &["1. Tea", "2. Cake"], 100))
        .await;
    fake.deliver(&url, &vote(ALI, &["2. Cake", "3. Fruit"], 101))
        .await;
    fake.deliver(&url, &vote(MORGAN, &["1. Tea"], 102)).await;
    fake.deliver(&url, &vote(MORGAN, &[], 103)).await; // taken back
    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", "/poll close"))
        .await;
    let result = fake.wait_for_text(GROUP, "📊 Result: Snacks?", &log).await;
    assert!(result.contains("1 of 2 voted"), "{result}");
    assert!(result.contains("Cake — 1"), "{result}");
    assert!(result.contains("Fruit — 1"), "{result}");
    assert!(result.contains("Tea — 0"), "{result}");
    drop(kettle);
}

#[tokio::test]
async fn a_multiple_choice_native_poll_takes_the_whole_selection_on_sqlite() {
    a_multiple_choice_native_poll_takes_the_whole_selection("sqlite").await;
}

#[tokio::test]
async fn a_multiple_choice_native_poll_takes_the_whole_selection_on_postgres() {
    a_multiple_choice_native_poll_takes_the_whole_selection("postgres").await;
}

#[tokio::test]
async fn a_native_poll_counts_each_member_as_they_last_chose_on_sqlite() {
    a_native_poll_counts_each_member_as_they_last_chose("sqlite").await;
}

#[tokio::test]
async fn a_native_poll_counts_each_member_as_they_last_chose_on_postgres() {
    a_native_poll_counts_each_member_as_they_last_chose("postgres").await;
}

#[tokio::test]
async fn an_anonymous_ranked_poll_is_voted_privately_on_sqlite() {
    an_anonymous_ranked_poll_is_voted_privately("sqlite").await;
}

#[tokio::test]
async fn an_anonymous_ranked_poll_is_voted_privately_on_postgres() {
    an_anonymous_ranked_poll_is_voted_privately("postgres").await;
}
