//! Privacy and misuse on WhatsApp through the bridge: a flood from one
//! number is dropped with one kind notice, and the rest of the group is
//! still answered.

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
    drop(kettle);
}

on_both_backends!(a_flood_from_one_number_is_dropped_with_one_notice);
