//! A tenants' WhatsApp group takes Kettle in: its admins become
//! coordinators, members ask for help in their own language, and a
//! check-in is answered by number in the group and privately through the
//! `wa.me` link, with the group seeing counts only.

use crate::support::waha::{start_code, Scene, GROUP};
use crate::support::{count, count_reaching};

const AMINA: &str = "447700900111@c.us";
const BRYN: &str = "447700900222@c.us";
/// Carys writes from a hidden id; the bridge knows her number.
const CARYS_LID: &str = "208899100@lid";
const CARYS: &str = "447700900333@c.us";

async fn a_group_takes_kettle_in_and_checks_in(backend: &str) {
    let Scene {
        fake,
        db,
        kettle,
        url,
        log,
    } = Scene::start(
        backend,
        &[
            (AMINA, "superadmin"),
            (BRYN, "participant"),
            (CARYS_LID, "participant"),
        ],
        &[],
    )
    .await;
    fake.set_lid(CARYS_LID, CARYS);

    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    fake.wait_for("the welcome", &log, |f| !f.texts_to(GROUP).is_empty())
        .await;
    let welcome = &fake.texts_to(GROUP)[0];
    assert!(
        welcome.starts_with("Hello, Elm Court Tenants!"),
        "{welcome}"
    );
    assert!(
        welcome.contains("1 · Join"),
        "numbered, no buttons: {welcome}"
    );

    // Bryn asks for help, then for Welsh, in the group.
    fake.deliver(&url, &fake.group_message(BRYN, "Bryn", "/help"))
        .await;
    fake.wait_for("help", &log, |f| f.texts_to(GROUP).len() >= 2)
        .await;
    assert!(fake.texts_to(GROUP)[1].starts_with("Here's what I can do:"));
    fake.deliver(&url, &fake.group_message(BRYN, "Bryn", "/lang cy"))
        .await;
    fake.deliver(&url, &fake.group_message(BRYN, "Bryn", "/help"))
        .await;
    fake.wait_for("help in Welsh", &log, |f| {
        f.texts_to(GROUP)
            .iter()
            .any(|t| t.starts_with("Dyma beth alla i ei wneud:"))
    })
    .await;

    // Amina, the group's admin, is a coordinator; Bryn is not.
    let store = db.store().await;
    let coordinators = |id: &str| {
        format!(
            "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
             WHERE p.platform_user_id = '{id}' AND m.role = 'coordinator'"
        )
    };
    assert_eq!(count(&store, &coordinators(AMINA)).await, 1);
    assert_eq!(count(&store, &coordinators(BRYN)).await, 0);

    // Amina starts a check-in: numbered in the text, a private link written out.
    let before = fake.texts_to(GROUP).len();
    fake.deliver(&url, &fake.group_message(AMINA, "Amina", "/checkin"))
        .await;
    fake.wait_for("the round", &log, |f| f.texts_to(GROUP).len() > before)
        .await;
    fake.settle().await;
    let round = fake.texts_to(GROUP)[before].clone();
    assert!(
        round.starts_with("Check-in: How are you arriving today?"),
        "{round}"
    );
    assert!(round.contains("3 · Okay"), "{round}");
    assert!(
        round.contains("https://wa.me/447700900000?text=start%20"),
        "{round}"
    );
    let code = start_code(&round).unwrap();

    // Bryn answers with a number; ordinary talk in between answers nothing.
    fake.deliver(
        &url,
        &fake.group_message(BRYN, "Bryn", "running late, sorry"),
    )
    .await;
    fake.deliver(&url, &fake.group_message(BRYN, "Bryn", "4"))
        .await;
    // Carys follows the link from her hidden id: her phone types the code.
    fake.deliver(
        &url,
        &fake.private_message(CARYS_LID, "Carys", &format!("start {code}")),
    )
    .await;
    fake.wait_for("Carys's private check-in", &log, |f| {
        f.texts_to(CARYS_LID)
            .iter()
            .chain(f.texts_to(CARYS).iter())
            .any(|t| t.starts_with("Check-in in Elm Court Tenants"))
    })
    .await;
    fake.settle().await;
    let private_chat = if fake.texts_to(CARYS).is_empty() {
        CARYS_LID
    } else {
        CARYS
    };
    let view = fake.texts_to(private_chat).last().cloned().unwrap();
    assert!(
        view.contains("1 · Rough"),
        "numbered in private too: {view}"
    );
    fake.deliver(&url, &fake.private_message(CARYS_LID, "Carys", "2"))
        .await;

    let counted = "SELECT COUNT(*) FROM checkin_answers";
    assert_eq!(
        count_reaching(&store, counted, 2).await,
        2,
        "Bryn's 4 and Carys's 2"
    );
    // Carys is one member, known by her number, whichever id she wrote from;
    // both ids are kept, for when the bridge cannot be asked.
    let both = format!(
        "SELECT COUNT(*) FROM whatsapp_lids WHERE lid = '{CARYS_LID}' AND phone_id = '{CARYS}'"
    );
    assert_eq!(count(&store, &both).await, 1);
    assert_eq!(
        count(
            &store,
            &format!("SELECT COUNT(*) FROM people WHERE platform_user_id = '{CARYS_LID}'")
        )
        .await,
        0
    );
    // Nothing in the group names who answered what.
    for text in fake.texts_to(GROUP) {
        assert!(!text.contains("Bryn") && !text.contains("Carys"), "{text}");
    }
    drop(kettle);
}

#[tokio::test]
async fn a_group_takes_kettle_in_and_checks_in_on_sqlite() {
    a_group_takes_kettle_in_and_checks_in("sqlite").await;
}

#[tokio::test]
async fn a_group_takes_kettle_in_and_checks_in_on_postgres() {
    a_group_takes_kettle_in_and_checks_in("postgres").await;
}
