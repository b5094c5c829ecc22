//! The official Cloud API beside the bridge: the residents' group stays on
//! the bridge, and members talk to Kettle privately through the business
//! number. Only Meta's signed webhooks come in; a reminder outside the
//! 24-hour window goes as the approved template, or waits for the member
//! (and the coordinators hear who cannot be reached, and why).

use crate::support::cloud::{remind_now, wrote_hours_ago, FakeCloud, APP_SECRET, VERIFY_TOKEN};
use crate::support::meeting::day_ahead;
use crate::support::waha::{Scene, GROUP};
use crate::support::{count, count_when, get_text, wait_healthy, Kettle};
use axum::http::StatusCode;

pub(crate) const MORGAN: &str = "447700900111@c.us";
pub(crate) const MORGAN_WA: &str = "447700900111";
pub(crate) const ALI: &str = "447700900222@c.us";
pub(crate) const ALI_WA: &str = "447700900222";

pub(crate) async fn start(backend: &str, templates: &str) -> (Scene, FakeCloud) {
    let cloud = FakeCloud::start().await;
    let scene = Scene::start(
        backend,
        &[(MORGAN, "admin"), (ALI, "participant")],
        &cloud.env(templates),
    )
    .await;
    (scene, cloud)
}

async fn the_door_is_locked_to_all_but_meta(backend: &str) {
    let (scene, cloud) = start(backend, "").await;
    let store = scene.db.store().await;
    let hook = format!("{}/whatsapp/cloud/webhook", scene.url);

    // Meta's verification handshake: the challenge back, for our token only.
    let ok = reqwest::get(format!(
        "{hook}?hub.mode=subscribe&hub.verify_token={VERIFY_TOKEN}&hub.challenge=1158201444"
    ))
    .await
    .unwrap();
    assert_eq!(ok.status().as_u16(), 200);
    assert_eq!(ok.text().await.unwrap(), "1158201444");
    let wrong = reqwest::get(format!(
        "{hook}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444"
    ))
    .await
    .unwrap();
    assert_eq!(wrong.status().as_u16(), 403);

    // Unsigned, signed with another secret, or a signature of another
    // body: refused, and nothing at all written.
    let help = cloud.text(ALI_WA, "Ali", "/help").to_string();
    assert_eq!(
        cloud.post(&scene.url, &help, None).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        cloud.post(&scene.url, &help, Some("not-the-secret")).await,
        StatusCode::UNAUTHORIZED
    );
    let other = cloud.text(ALI_WA, "Ali", "/mydata").to_string();
    let forged = reqwest::Client::new()
        .post(&hook)
        .header(
            "X-Hub-Signature-256",
            crate::support::cloud::sign(APP_SECRET, other.as_bytes()),
        )
        .body(help.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 401);
    for table in ["inbox", "people", "whatsapp_cloud_chats", "outbox"] {
        let n = count(&store, &format!("SELECT COUNT(*) FROM {table}")).await;
        assert_eq!(n, 0, "{table} was written by a forged webhook");
    }

    // Signed by Meta, and delivered three times: one answer.
    for _ in 0..3 {
        assert_eq!(
            cloud.post(&scene.url, &help, Some(APP_SECRET)).await,
            StatusCode::OK
        );
    }
    cloud
        .wait_for_shown(ALI_WA, "Here's what I can do", &scene.log)
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(cloud.sent_to(ALI_WA).len(), 1, "{:#?}", cloud.sent());
    assert_eq!(count(&store, "SELECT COUNT(*) FROM inbox").await, 1);
    drop(scene);
}

/// Waits until nothing to `wa_id` is pending or in flight.
async fn all_sent_to(store: &kettle::store::Store, wa_id: &str) {
    let open = format!(
        "SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'inflight') \
         AND chat_id = 'cloud:{wa_id}'"
    );
    assert_eq!(count_when(store, &open, |n| n == 0).await, 0);
}

async fn a_reminder_outside_the_window(backend: &str) {
    let (scene, cloud) = start(backend, "reminder=kettle_reminder").await;
    let Scene {
        fake,
        db,
        url,
        log,
        kettle: mut first,
    } = scene;
    let (url, log) = (&url, &log);
    let fake = &fake;
    let store = db.store().await;

    // The group is on the bridge; Morgan and Ali write to the business number.
    fake.deliver(url, &fake.kettle_added("Mill Lane Tenants"))
        .await;
    for (wa_id, name) in [(MORGAN_WA, "Morgan"), (ALI_WA, "Ali")] {
        cloud.deliver(url, &cloud.text(wa_id, name, "hello")).await;
    }
    let meet = format!("/meet Tenants' meeting | {} 19:00", day_ahead(2).0);
    fake.deliver(url, &fake.group_message(MORGAN, "Morgan", &meet))
        .await;
    fake.wait_for_text(GROUP, "🗓 Finding a time", log).await;
    fake.settle().await;
    fake.deliver(url, &fake.group_message(ALI, "Ali", "1"))
        .await;
    fake.deliver(url, &fake.group_message(MORGAN, "Morgan", "/meet close"))
        .await;
    fake.wait_for_text(GROUP, "Time's up", log).await;
    fake.settle().await;
    fake.deliver(url, &fake.group_message(MORGAN, "Morgan", "1"))
        .await;
    fake.wait_for_text(GROUP, "📅 Meeting confirmed", log).await;
    fake.settle().await;
    fake.deliver(url, &fake.group_message(ALI, "Ali", "1"))
        .await;
    // Ali's "going" is recorded before the reminder is due.
    let going = "SELECT COUNT(*) FROM meeting_rsvps WHERE response = 'going'";
    assert_eq!(crate::support::count_reaching(&store, going, 1).await, 1);

    // Everything said to Ali so far has gone out ("going" is acknowledged).
    all_sent_to(&store, ALI_WA).await;

    // A day and more later, Ali has not written: the reminder goes to
    // Ali as the approved template, in Ali's language, with the meeting.
    wrote_hours_ago(&store, &format!("cloud:{ALI_WA}"), 25).await;
    remind_now(&store, 60).await;
    let template = cloud.wait_for_shown(ALI_WA, "Tenants' meeting", log).await;
    assert_eq!(template["type"], "template", "{template}");
    assert_eq!(template["template"]["name"], "kettle_reminder");
    assert_eq!(template["template"]["language"]["code"], "en");
    let shown = FakeCloud::shown(&template);
    assert!(!shown.contains('\n'), "{shown}");
    // The fake has it; Kettle has also noted it sent before the kill below,
    // or the new Kettle would find it still in flight and hold it too.
    all_sent_to(&store, ALI_WA).await;

    // Now without templates (a new Kettle on the same database): the next
    // reminder waits for Ali, and Morgan hears why, once.
    first.kill_hard().await;
    let (kettle, url) = Kettle::whatsapp(fake, &db.url, &cloud.env(""));
    let log = &kettle.log.display().to_string();
    wait_healthy(&format!("{url}/healthz")).await;
    let before = cloud.sent_to(ALI_WA).len();
    remind_now(&store, 15).await;
    let told = cloud
        .wait_for_shown(MORGAN_WA, "I can't message Ali", log)
        .await;
    assert!(
        FakeCloud::shown(&told).contains("more than a day"),
        "{told}"
    );
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(cloud.sent_to(ALI_WA).len(), before, "{:#?}", cloud.sent());
    let held =
        "SELECT COUNT(*) FROM outbox WHERE chat_id = 'cloud:447700900222' AND status = 'pending'";
    assert_eq!(count(&store, held).await, 1);

    // Ali writes: the reminder goes at once, as an ordinary message.
    cloud
        .deliver(&url, &cloud.text(ALI_WA, "Ali", "thanks!"))
        .await;
    cloud
        .wait_for("the held reminder", log, |c| {
            c.sent_to(ALI_WA).len() > before
        })
        .await;
    let released = cloud.sent_to(ALI_WA)[before].clone();
    assert_eq!(released["type"], "text", "{released}");
    assert!(FakeCloud::shown(&released).contains("Tenants' meeting"));

    // WhatsApp says later that a message to Ali failed (re-engagement):
    // Morgan hears that Ali must write first.
    cloud.deliver(&url, &cloud.failed(ALI_WA, 131_047)).await;
    cloud
        .wait_for("the word that Ali must write first", log, |c| {
            c.sent_to(MORGAN_WA)
                .iter()
                .any(|m| FakeCloud::shown(m).contains("need to write to me first"))
        })
        .await;

    // And when WhatsApp refuses at once: Ali's answer waits, nothing is lost.
    cloud.needs_reengagement(ALI_WA);
    let before = cloud.sent_to(ALI_WA).len();
    cloud
        .deliver(&url, &cloud.text(ALI_WA, "Ali", "/help"))
        .await;
    let waiting = "SELECT COUNT(*) FROM outbox WHERE chat_id = 'cloud:447700900222' \
                   AND status = 'pending' AND last_error LIKE '%24-hour%'";
    assert_eq!(crate::support::count_reaching(&store, waiting, 1).await, 1);
    assert_eq!(cloud.sent_to(ALI_WA).len(), before);
    let notices = cloud
        .sent_to(MORGAN_WA)
        .iter()
        .filter(|m| FakeCloud::shown(m).contains("I can't message Ali"))
        .count();
    assert!(notices >= 2, "{:#?}", cloud.sent_to(MORGAN_WA));
    assert!(get_text(&format!("{url}/healthz")).await.starts_with("ok"));
    drop(kettle);
}

async fn members_check_in_privately_through_the_business_number(backend: &str) {
    let (scene, cloud) = start(backend, "").await;
    let Scene {
        fake,
        db,
        url,
        log,
        kettle,
    } = scene;
    let store = db.store().await;
    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;

    // Only a coordinator chooses; Morgan (an admin) picks the business number.
    fake.deliver(
        &url,
        &fake.group_message(ALI, "Ali", "/settings private via cloud"),
    )
    .await;
    fake.wait_for_text(GROUP, "Only the group's coordinators", &log)
        .await;
    fake.deliver(
        &url,
        &fake.group_message(MORGAN, "Morgan", "/settings private via cloud"),
    )
    .await;
    fake.wait_for_text(
        GROUP,
        "Done: members now talk to me privately through the business number",
        &log,
    )
    .await;
    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", "/settings"))
        .await;
    let settings = fake.wait_for_text(GROUP, "Settings", &log).await;
    assert!(
        settings.contains("Private chats: the business number"),
        "{settings}"
    );

    // The round's private link now opens the business number.
    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", "/checkin"))
        .await;
    let round = fake.wait_for_text(GROUP, "Check-in:", &log).await;
    assert!(
        round.contains("https://wa.me/447700900999?text=start%20"),
        "{round}"
    );
    let code = crate::support::waha::start_code(&round).unwrap();
    // Changing it back is as plain (and a wrong word says how).
    for (said, answer) in [
        (
            "/settings private via pigeon",
            "Send /settings private via cloud",
        ),
        (
            "/settings private via bridge",
            "Done: members now talk to me privately through the number in this group",
        ),
    ] {
        fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", said))
            .await;
        fake.wait_for_text(GROUP, answer, &log).await;
    }

    // Ali follows it: the private check-in comes with choices to press.
    cloud
        .deliver(&url, &cloud.text(ALI_WA, "Ali", &format!("start {code}")))
        .await;
    let view = cloud
        .wait_for_shown(ALI_WA, "Check-in in Elm Court Tenants", &log)
        .await;
    assert_eq!(view["type"], "interactive", "{view}");
    let kind = view["interactive"]["type"].as_str().unwrap().to_string();
    let first = if kind == "list" {
        let rows = view["interactive"]["action"]["sections"][0]["rows"]
            .as_array()
            .unwrap()
            .clone();
        assert!(rows.len() <= 10, "{view}");
        rows[1]["id"].as_str().unwrap().to_string()
    } else {
        let buttons = view["interactive"]["action"]["buttons"]
            .as_array()
            .unwrap()
            .clone();
        assert!(buttons.len() <= 3, "{view}");
        buttons[0]["reply"]["id"].as_str().unwrap().to_string()
    };
    cloud
        .deliver(&url, &cloud.press(ALI_WA, "Ali", &first, kind == "list"))
        .await;
    let counted = "SELECT COUNT(*) FROM checkin_answers";
    assert_eq!(crate::support::count_reaching(&store, counted, 1).await, 1);
    // Ali is one member, known by her number, through either door.
    let alis = format!("SELECT COUNT(*) FROM people WHERE platform_user_id = '{ALI}'");
    assert_eq!(count(&store, &alis).await, 1);
    let chat = format!(
        "SELECT COUNT(*) FROM people WHERE platform_user_id = '{ALI}' \
         AND private_chat_id = 'cloud:{ALI_WA}'"
    );
    assert_eq!(count(&store, &chat).await, 1);

    // What Kettle keeps says what the business number needs.
    cloud
        .deliver(&url, &cloud.text(ALI_WA, "Ali", "/privacy"))
        .await;
    let privacy = cloud.wait_for_shown(ALI_WA, "What I keep", &log).await;
    assert!(
        FakeCloud::shown(&privacy).contains("when you last wrote to me (never what)"),
        "{privacy}"
    );

    // Ali takes her data back through the business number, then leaves.
    cloud
        .deliver(&url, &cloud.text(ALI_WA, "Ali", "/mydata"))
        .await;
    cloud
        .wait_for("the data file", &log, |c| {
            c.sent_to(ALI_WA).iter().any(|m| {
                m["type"] == "document"
                    && m["document"]["filename"]
                        .as_str()
                        .is_some_and(|n| n.starts_with("kettle_my_data_"))
            })
        })
        .await;
    cloud
        .deliver(&url, &cloud.text(ALI_WA, "Ali", "/forget"))
        .await;
    cloud.wait_for_shown(ALI_WA, "This erases you", &log).await;
    cloud
        .deliver(&url, &cloud.text(ALI_WA, "Ali", "/forget confirm"))
        .await;
    cloud
        .wait_for_shown(ALI_WA, "Done: I've forgotten you.", &log)
        .await;
    let traces = format!(
        "SELECT (SELECT COUNT(*) FROM people WHERE platform_user_id LIKE '%{ALI_WA}%') \
         + (SELECT COUNT(*) FROM outbox WHERE chat_id LIKE '%{ALI_WA}%') \
         + (SELECT COUNT(*) FROM whatsapp_cloud_chats WHERE chat_id LIKE '%{ALI_WA}%')"
    );
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(count(&store, &traces).await, 0, "her number is nowhere");
    drop(kettle);
}

on_both_backends!(
    the_door_is_locked_to_all_but_meta,
    a_reminder_outside_the_window,
    members_check_in_privately_through_the_business_number
);
