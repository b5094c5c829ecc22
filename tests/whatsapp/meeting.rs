//! A tenants' WhatsApp group finds a time: answers by number, the
//! organiser confirms by number, and the calendar file arrives through
//! `sendFile`, ready to import.

use crate::support::meeting::day_ahead;
use crate::support::waha::{Scene, GROUP};
use base64::Engine as _;

const MORGAN: &str = "447700900111@c.us";
const ALI: &str = "447700900222@c.us";

async fn a_time_is_found_confirmed_and_sent_as_a_calendar_file(backend: &str) {
    let Scene {
        fake,
        db: _db,
        kettle,
        url,
        log,
    } = Scene::start(backend, &[(MORGAN, "admin"), (ALI, "participant")], &[]).await;

    fake.deliver(&url, &fake.kettle_added("Mill Lane Tenants"))
        .await;
    let ((first, first_name), (second, _)) = (day_ahead(2), day_ahead(3));
    let meet = format!("/meet Tenants' meeting | {first} 19:00 | {second} 19:00");
    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", &meet))
        .await;
    let poll = fake.wait_for_text(GROUP, "🗓 Finding a time", &log).await;
    fake.settle().await;
    assert!(
        poll.contains("1 · 1 ✅") && poll.contains("6 · 2 ❌"),
        "{poll}"
    );
    assert!(
        poll.contains("https://wa.me/447700900000?text=start%20"),
        "{poll}"
    );

    fake.deliver(&url, &fake.group_message(ALI, "Ali", "1"))
        .await;
    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", "/meet close"))
        .await;
    let ask = fake.wait_for_text(GROUP, "Time's up", &log).await;
    fake.settle().await;
    assert!(ask.contains(&format!("1 · 1. {first_name}")), "{ask}");
    fake.deliver(&url, &fake.group_message(MORGAN, "Morgan", "1"))
        .await;

    fake.wait_for("the calendar file", &log, |f| !f.files_to(GROUP).is_empty())
        .await;
    let announced = fake.text_starting(GROUP, "📅 Meeting confirmed").unwrap();
    assert!(announced.contains("1 · Going"), "{announced}");
    let (name, mime, data) = fake.files_to(GROUP)[0].clone();
    assert_eq!(name, "meeting.ics");
    assert!(mime.starts_with("text/calendar"), "{mime}");
    let ics = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .unwrap(),
    )
    .unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("DTSTART;TZID=Europe/London:"), "{ics}");
    assert!(ics.contains("T190000\r\n"), "{ics}");
    assert!(ics.contains("SUMMARY:Tenants' meeting\r\n"), "{ics}");
    drop(kettle);
}

#[tokio::test]
async fn a_time_is_found_confirmed_and_sent_as_a_calendar_file_on_sqlite() {
    a_time_is_found_confirmed_and_sent_as_a_calendar_file("sqlite").await;
}

#[tokio::test]
async fn a_time_is_found_confirmed_and_sent_as_a_calendar_file_on_postgres() {
    a_time_is_found_confirmed_and_sent_as_a_calendar_file("postgres").await;
}
