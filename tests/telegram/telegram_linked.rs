//! Two linked Telegram groups of one tenants' association, through the
//! real binary: when Priya leaves the main group, Kettle asks Telegram
//! whether she is still in the youth group, and she stays a member while
//! she is; when she has left both, she leaves the community.

use crate::support::telegram::{self as tg, text_of, FakeTelegram};
use crate::support::{count, count_reaching, Kettle, TestDb};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);
const MAIN: i64 = -800;
const YOUTH: i64 = -801;

/// The community's current members named Priya (0 or 1).
const PRIYA_IN: &str = "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
    JOIN communities c ON c.id = m.community_id \
    WHERE p.display_name = 'Priya' AND c.linked_to IS NULL AND c.active AND m.left_at IS NULL";

async fn leaving_one_linked_telegram_group_asks_telegram_about_the_other(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (morgan, sam, priya) = (
        tg::user(11, "Morgan", "en"),
        tg::user(12, "Sam", "en"),
        tg::user(13, "Priya", "en"),
    );
    fake.set_admins(MAIN, vec![tg::admin(&morgan)]);
    fake.set_admins(YOUTH, vec![tg::admin(&sam)]);
    fake.push(tg::bot_added(1, MAIN, "Mill Lane Tenants", &morgan));
    fake.push(tg::bot_added(2, YOUTH, "Mill Lane Youth", &sam));
    let _kettle = Kettle::telegram(&fake, &db.url, &[]);

    // Morgan asks for a code; Sam sends it in the youth group.
    fake.push(tg::group_text(3, MAIN, &morgan, "/link"));
    let asked = |f: &FakeTelegram| {
        f.messages_to(MAIN)
            .iter()
            .map(text_of)
            .find(|t| t.starts_with("To show this group's"))
    };
    fake.wait_for("a code", WAIT, |f| asked(f).is_some()).await;
    let code = asked(&fake)
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.trim().strip_prefix("/link ").map(str::to_string))
        })
        .expect("a code");
    fake.push(tg::group_text(4, YOUTH, &sam, &format!("/link {code}")));
    fake.wait_for("linked", WAIT, |f| {
        f.messages_to(YOUTH)
            .iter()
            .any(|m| text_of(m).contains("is now linked"))
    })
    .await;
    fake.push(tg::group_text(5, MAIN, &priya, "hello"));
    fake.push(tg::group_text(6, YOUTH, &priya, "hi all"));
    assert_eq!(count_reaching(&store, PRIYA_IN, 1).await, 1);

    // She leaves the main group; Telegram says she is in the youth group.
    fake.push(tg::left(7, MAIN, &priya));
    fake.wait_for("Telegram asked", WAIT, |f| {
        f.sent("getChatMember")
            .iter()
            .any(|c| c.body["chat_id"] == YOUTH && c.body["user_id"] == 13)
    })
    .await;
    fake.push(tg::group_text(8, MAIN, &morgan, "/help"));
    fake.wait_for("the help after it", WAIT, |f| {
        f.messages_to(MAIN)
            .iter()
            .any(|m| text_of(m).starts_with("Here's what I can do"))
    })
    .await;
    assert_eq!(count(&store, PRIYA_IN).await, 1, "still in the youth group");

    // Then she leaves the youth group too, and is in neither.
    fake.set_outsider(MAIN, 13);
    fake.set_outsider(YOUTH, 13);
    fake.push(tg::left(9, YOUTH, &priya));
    let left = PRIYA_IN.replace("m.left_at IS NULL", "m.left_at IS NOT NULL");
    assert_eq!(count_reaching(&store, &left, 1).await, 1, "in neither");
    assert_eq!(count(&store, PRIYA_IN).await, 0);
}

on_both_backends!(leaving_one_linked_telegram_group_asks_telegram_about_the_other);
