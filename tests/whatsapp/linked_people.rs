//! One person on both platforms: Ben is in the tenants' WhatsApp group and,
//! as a younger resident's helper, in its linked Telegram group too. He
//! votes from both before he knows better; linking his accounts makes him
//! one member, the later vote stands and the result says so; `/forget`
//! from one account takes what he did from either.

use crate::linked::{button, Both, LiftPoll, AMINA, BEN, TG, WAIT};
use crate::support::telegram::{self as tg, text_of};
use crate::support::waha::GROUP;
use serde_json::Value;

/// Ben's Telegram account.
fn ben_on_telegram() -> Value {
    tg::user(13, "Ben", "en")
}

/// The newest private Telegram message to Ben starting with `start`.
async fn to_ben_on_telegram(both: &Both, start: &str) -> String {
    both.telegram
        .wait_for(start, WAIT, |f| {
            f.messages_to(13)
                .iter()
                .any(|m| text_of(m).starts_with(start))
        })
        .await;
    let sent = both.telegram.messages_to(13);
    let found = sent.iter().rev().find(|m| text_of(m).starts_with(start));
    found.map(text_of).unwrap_or_default()
}

async fn a_member_with_linked_accounts_is_counted_once(backend: &str) {
    let both = Both::start(backend).await;
    both.link().await;
    let ben = ben_on_telegram();

    let LiftPoll {
        posted,
        poll_id,
        lift,
        lights,
        ..
    } = both.lift_poll().await;

    // Ben votes for the lights on WhatsApp, Amina for the lift; later Ben
    // taps the lift on Telegram: as two members, that is three votes.
    for event in [
        both.waha
            .poll_vote(&poll_id, BEN, &[&lights], 1_767_600_100, false),
        both.waha
            .poll_vote(&poll_id, AMINA, &[&lift], 1_767_600_150, false),
    ] {
        both.waha.deliver(&both.url, &event).await;
    }
    both.waha.settle().await;
    let lift_button = button(&posted, "The lift");
    both.telegram
        .push(tg::press(21, "p1", TG, 1, &ben, &lift_button));
    both.telegram
        .wait_for("Ben's Telegram vote taken", WAIT, |f| {
            f.sent("answerCallbackQuery").len() == 1
        })
        .await;

    // Ben asks for a code on Telegram and sends it from WhatsApp.
    both.telegram.push(tg::private_text(22, &ben, "/me link"));
    let asked = to_ben_on_telegram(&both, "Your code:").await;
    assert!(asked.contains("the later answer stands"), "{asked}");
    let code = asked
        .lines()
        .find_map(|l| l.trim().strip_prefix("/me link "))
        .expect("a code")
        .to_string();
    let send = |body: &str| both.waha.private_message(BEN, "Ben", body);
    both.waha.deliver(&both.url, &send("/me link ZZZ999")).await;
    both.waha
        .wait_for_text(BEN, "That code doesn't work", &both.log)
        .await;
    both.waha
        .deliver(&both.url, &send(&format!("/me link {code}")))
        .await;
    let done = both
        .waha
        .wait_for_text(BEN, "Done: your accounts are one member now.", &both.log)
        .await;
    assert!(
        done.contains("One vote you had cast from both accounts was merged"),
        "{done}"
    );
    assert!(done.contains("privately on Telegram"), "{done}");
    let told = to_ben_on_telegram(&both, "Your WhatsApp account (Ben)").await;
    assert!(told.contains("one member"), "{told}");
    both.waha.deliver(&both.url, &send("/me")).await;
    let accounts = both
        .waha
        .wait_for_text(
            BEN,
            "Your accounts: Telegram (Ben), WhatsApp (Ben)",
            &both.log,
        )
        .await;
    assert!(accounts.contains("one member"), "{accounts}");
    // In the group, /me points to the private chat.
    both.whatsapp(BEN, "Ben", "/me").await;
    both.whatsapp_text("Send /me to me in a private chat").await;

    // From now on either account is Ben: voting again on WhatsApp replaces
    // his vote rather than adding one.
    let again = both
        .waha
        .poll_vote(&poll_id, BEN, &[&lift], 1_767_600_300, false);
    both.waha.deliver(&both.url, &again).await;
    both.waha.settle().await;

    // One result, in both chats: two voters, Ben's later vote standing.
    both.telegram
        .push(tg::group_text(23, TG, &both.morgan, "/poll close"));
    let on_telegram = both.telegram_text("📊 Result: Fix the lift").await;
    let on_telegram = on_telegram["text"].as_str().unwrap_or_default().to_string();
    let on_whatsapp = both.whatsapp_text("📊 Result: Fix the lift").await;
    for result in [&on_telegram, &on_whatsapp] {
        assert!(result.contains("2 of "), "{result}");
        assert!(result.contains("1. The lift — 2 (100%)"), "{result}");
        assert!(
            result.contains(
                "One person had voted from two accounts before linking them: only their later vote counts."
            ),
            "{result}"
        );
    }
    assert_eq!(on_telegram, on_whatsapp);
    assert!(both.waha.texts_to(GROUP).len() > 1);

    // Forgetting from WhatsApp takes what Ben did from Telegram too: his
    // memberships (the tower's own, resting while linked, and the
    // community's) and his vote, cast on Telegram.
    both.waha.deliver(&both.url, &send("/forget confirm")).await;
    let gone = both
        .waha
        .wait_for_text(BEN, "Done: I've forgotten you.", &both.log)
        .await;
    assert!(gone.contains("(2 groups, 0 check-ins, 1 votes.)"), "{gone}");
    both.telegram.push(tg::private_text(24, &ben, "/me"));
    let fresh = to_ben_on_telegram(&both, "You use me on Telegram.").await;
    assert!(fresh.contains("/me link"), "met as someone new: {fresh}");
    both.telegram.push(tg::private_text(25, &ben, "/me unlink"));
    to_ben_on_telegram(&both, "Your account isn't linked to another.").await;
}

on_both_backends!(a_member_with_linked_accounts_is_counted_once);
