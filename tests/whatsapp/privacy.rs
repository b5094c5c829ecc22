//! Privacy and misuse on WhatsApp through the bridge: a flood from one
//! number is dropped with one kind notice while the rest of the group is
//! still answered; a member gets their data and takes it back.

use crate::support::count;
use crate::support::waha::{Scene, GROUP};

const AMINA: &str = "447700900111@c.us";
const BRYN: &str = "447700900222@c.us";

async fn a_flood_from_one_number_is_dropped_with_one_notice(backend: &str) {
    let limit = ("KETTLE_MEMBER_ACTIONS_PER_MINUTE", "4".to_string());
    let Scene {
        fake,
        db,
        kettle,
        url,
        log,
    } = Scene::start(
        backend,
        &[(AMINA, "admin"), (BRYN, "participant")],
        &[limit],
    )
    .await;
    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    fake.wait_for("the welcome", &log, |f| !f.texts_to(GROUP).is_empty())
        .await;
    for _ in 0..25 {
        fake.deliver(&url, &fake.group_message(BRYN, "Bryn", "/help"))
            .await;
    }
    fake.deliver(&url, &fake.group_message(AMINA, "Amina", "/privacy"))
        .await;
    fake.wait_for_text(GROUP, "🔒 What I keep", &log).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let texts = fake.texts_to(GROUP);
    let helps = texts
        .iter()
        .filter(|t| t.starts_with("Here's what I can do"))
        .count();
    let notices = texts
        .iter()
        .filter(|t| t.contains("sending me a lot"))
        .count();
    assert_eq!((helps, notices), (4, 1), "{texts:#?}");
    let store = db.store().await;
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM inbox").await,
        6,
        "the welcome, four answers and Amina's: the dropped ones leave nothing"
    );
    // Numbers sent as answers count too: Amina has three left.
    for _ in 0..6 {
        fake.deliver(&url, &fake.group_message(AMINA, "Amina", "1"))
            .await;
    }
    fake.wait_for("a second notice", &log, |f| {
        f.texts_to(GROUP)
            .iter()
            .filter(|t| t.contains("sending me a lot"))
            .count()
            == 2
    })
    .await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM inbox").await, 9);
    drop(kettle);
}

/// Bryn, on WhatsApp, asks for his data and then to be forgotten: the
/// file comes to his private chat, and afterwards his number is nowhere.
async fn a_member_takes_their_data_back_on_whatsapp(backend: &str) {
    let Scene {
        fake,
        db,
        kettle,
        url,
        log,
    } = Scene::start(backend, &[(AMINA, "admin"), (BRYN, "participant")], &[]).await;
    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    fake.wait_for("the welcome", &log, |f| !f.texts_to(GROUP).is_empty())
        .await;
    fake.deliver(&url, &fake.group_message(BRYN, "Bryn", "/privacy"))
        .await;
    fake.wait_for_text(GROUP, "🔒 What I keep", &log).await;
    fake.deliver(
        &url,
        &fake.private_message(BRYN, "Bryn", "/quiet 22:00-07:00"),
    )
    .await;
    fake.deliver(&url, &fake.private_message(BRYN, "Bryn", "/mydata"))
        .await;
    fake.wait_for("the file", &log, |f| !f.files_to(BRYN).is_empty())
        .await;
    let (name, mime, data) = fake.files_to(BRYN).remove(0);
    assert!(name.starts_with("kettle_my_data_"), "{name}");
    assert_eq!(mime, "application/json");
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .unwrap();
    let mine: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(mine["identity"]["platform_user_id"], BRYN, "{mine:#}");
    assert_eq!(mine["identity"]["quiet_hours"], "22:00-07:00");

    fake.deliver(&url, &fake.private_message(BRYN, "Bryn", "/forget"))
        .await;
    fake.wait_for_text(BRYN, "⚠️ This erases you", &log).await;
    fake.deliver(&url, &fake.private_message(BRYN, "Bryn", "/forget confirm"))
        .await;
    fake.wait_for_text(BRYN, "Done: I've forgotten you.", &log)
        .await;
    let store = db.store().await;
    let number = BRYN.split('@').next().unwrap();
    let traces = format!(
        "SELECT (SELECT COUNT(*) FROM people WHERE platform_user_id LIKE '%{number}%') \
         + (SELECT COUNT(*) FROM outbox WHERE chat_id LIKE '%{number}%') \
         + (SELECT COUNT(*) FROM whatsapp_lids WHERE phone_id LIKE '%{number}%') \
         + (SELECT COUNT(*) FROM inbox WHERE key LIKE '%{number}%')"
    );
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(count(&store, &traces).await, 0, "his number is nowhere");
    drop(kettle);
}

on_both_backends!(
    a_flood_from_one_number_is_dropped_with_one_notice,
    a_member_takes_their_data_back_on_whatsapp
);
