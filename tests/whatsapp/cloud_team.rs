//! A support team's own chat on the business number: a group the
//! business made (WhatsApp's Groups API, up to eight people, by invite
//! link). WhatsApp cannot say who coordinates it, so the operator names
//! them with `kettle coordinator`; the group then works as any other,
//! its choices numbered.

use crate::cloud::{start, ALI_WA, MORGAN_WA};
use crate::support::cloud::{due_now, wrote_hours_ago, FakeCloud};
use crate::support::waha::{Scene, GROUP};
use crate::support::{count, count_reaching, get_text};

/// The business-made group of a support team: WhatsApp cannot say who
/// coordinates it, so the operator names them (`kettle coordinator`).
async fn a_support_teams_own_group_on_the_business_number(backend: &str) {
    const TEAM: &str = "Y2FwaV9ncm91cDoxNzA1";
    let (scene, cloud) = start(backend, "").await;
    let Scene {
        fake,
        db,
        url,
        log,
        kettle,
    } = scene;
    let store = db.store().await;

    // Kettle hears the group for the first time: a community, and a welcome there.
    cloud
        .deliver(
            &url,
            &cloud.group_text(TEAM, MORGAN_WA, "Morgan", "/checkin"),
        )
        .await;
    cloud
        .wait_for_shown(TEAM, "Only coordinators can start", &log)
        .await;
    let welcome = &cloud.sent_to(TEAM)[0];
    assert_eq!(welcome["recipient_type"], "group", "{welcome}");
    assert_eq!(welcome["type"], "text", "{welcome}");
    let id = count(
        &store,
        "SELECT id FROM communities WHERE chat_id = 'cloud:group:Y2FwaV9ncm91cDoxNzA1'",
    )
    .await;

    // The operator names Morgan; a bridged or Telegram group is refused.
    let cli = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kettle"))
            .args(args)
            .env_clear()
            .env("DATABASE_URL", &db.url)
            .output()
            .unwrap()
    };
    let named = cli(&[
        "coordinator",
        "--community",
        &id.to_string(),
        "--number",
        "+44 7700 900111",
    ]);
    assert!(
        named.status.success(),
        "{}",
        String::from_utf8_lossy(&named.stderr)
    );
    assert!(String::from_utf8_lossy(&named.stdout).contains("is now a coordinator"));
    let wrong = cli(&[
        "coordinator",
        "--community",
        &id.to_string(),
        "--number",
        "12",
    ]);
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("country code"));
    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    fake.wait_for("the bridged group's welcome", &log, |f| {
        !f.texts_to(GROUP).is_empty()
    })
    .await;
    let bridged = count(&store, "SELECT MAX(id) FROM communities").await;
    let refused = cli(&[
        "coordinator",
        "--community",
        &bridged.to_string(),
        "--number",
        "+44 7700 900222",
    ]);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("from its group's admins"), "{said}");

    // Now Morgan starts a round, numbered in the group, and Ali answers.
    cloud
        .deliver(
            &url,
            &cloud.group_text(TEAM, MORGAN_WA, "Morgan", "/checkin"),
        )
        .await;
    let round = cloud.wait_for_shown(TEAM, "Check-in:", &log).await;
    assert!(FakeCloud::shown(&round).contains("3 · Okay"), "{round}");
    cloud
        .deliver(&url, &cloud.group_text(TEAM, ALI_WA, "Ali", "4"))
        .await;
    let counted = "SELECT COUNT(*) FROM checkin_answers";
    assert_eq!(crate::support::count_reaching(&store, counted, 1).await, 1);

    // Priya joins through the invite link: WhatsApp says so, and she is a
    // member before she has said a word (so a private step is hers too);
    // when she leaves, she is not.
    const PRIYA_WA: &str = "447700900333";
    let joined = format!(
        "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
         WHERE m.community_id = {id} AND p.platform_user_id = '{PRIYA_WA}@c.us'"
    );
    cloud
        .deliver(&url, &cloud.participants(TEAM, true, &[PRIYA_WA]))
        .await;
    assert_eq!(count_reaching(&store, &joined, 1).await, 1);
    cloud
        .deliver(&url, &cloud.participants(TEAM, false, &[PRIYA_WA]))
        .await;
    let left = format!("{joined} AND m.left_at IS NOT NULL");
    assert_eq!(count_reaching(&store, &left, 1).await, 1);

    // The group's talk opens its 24-hour window (only the time is kept)
    // and is otherwise not taken in.
    let inbox = count(&store, "SELECT COUNT(*) FROM inbox").await;
    cloud
        .deliver(
            &url,
            &cloud.group_text(TEAM, ALI_WA, "Ali", "see you all at six"),
        )
        .await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM inbox").await, inbox);
    let window = "SELECT COUNT(*) FROM whatsapp_cloud_chats \
                  WHERE chat_id = 'cloud:group:Y2FwaV9ncm91cDoxNzA1' AND last_inbound_at IS NOT NULL";
    assert_eq!(count(&store, window).await, 1);

    // A day on, nobody has written: the round's close waits for the group
    // (WhatsApp would refuse it), and goes when someone writes.
    let chat = "cloud:group:Y2FwaV9ncm91cDoxNzA1";
    wrote_hours_ago(&store, chat, 25).await;
    let before = cloud.sent_to(TEAM).len();
    due_now(&store, "checkin_close").await;
    let held = format!(
        "SELECT COUNT(*) FROM outbox WHERE chat_id = '{chat}' AND status = 'pending' \
         AND last_error LIKE '%someone in the group%'"
    );
    assert!(count_reaching(&store, &held, 1).await >= 1);
    assert_eq!(
        cloud.sent_to(TEAM).len(),
        before,
        "nothing sent outside the window"
    );
    cloud
        .deliver(&url, &cloud.group_text(TEAM, ALI_WA, "Ali", "morning all"))
        .await;
    cloud
        .wait_for("the round's close", &log, |c| {
            c.sent_to(TEAM).len() > before
        })
        .await;

    // The operator takes Morgan's role back.
    let undone = cli(&[
        "coordinator",
        "--community",
        &id.to_string(),
        "--number",
        "+44 7700 900111",
        "--remove",
    ]);
    assert!(String::from_utf8_lossy(&undone.stdout).contains("is no longer a coordinator"));
    let coordinators = format!(
        "SELECT COUNT(*) FROM memberships WHERE role = 'coordinator' AND community_id = {id}"
    );
    assert_eq!(count(&store, &coordinators).await, 0);
    drop(kettle);
}

/// A token Meta no longer takes: `/healthz` says what to do, and what
/// members are sent waits in the outbox, nothing lost.
async fn a_refused_token_shows_on_the_health_check(backend: &str) {
    let cloud = FakeCloud::start().await;
    let mut env = cloud.env("");
    env.retain(|(k, _)| *k != "WHATSAPP_CLOUD_TOKEN");
    env.push(("WHATSAPP_CLOUD_TOKEN", "EAAG-expired".to_string()));
    let scene = Scene::start(backend, &[], &env).await;
    let health = get_text(&format!("{}/healthz", scene.url)).await;
    assert!(health.starts_with("degraded"), "{health}");
    assert!(
        health.contains("whatsapp-cloud: degraded") && health.contains("WHATSAPP_CLOUD_TOKEN"),
        "{health}"
    );
    assert!(
        !health.contains("EAAG"),
        "no secret on the health check: {health}"
    );
    cloud
        .deliver(&scene.url, &cloud.text(ALI_WA, "Ali", "/help"))
        .await;
    let store = scene.db.store().await;
    let waiting = "SELECT COUNT(*) FROM outbox WHERE status = 'pending'";
    assert_eq!(count_reaching(&store, waiting, 1).await, 1);
    assert!(cloud.sent().is_empty());
    assert!(
        cloud.refused() > 0,
        "Kettle tried, and Meta refused the token"
    );
    drop(scene);
}

on_both_backends!(
    a_support_teams_own_group_on_the_business_number,
    a_refused_token_shows_on_the_health_check
);
