//! One community across a Telegram group and a WhatsApp group: the
//! coordinators link them with a one-time code, and from then on a poll or
//! a check-in started in either shows in both, answers from both count
//! together once per person, and the result goes to both. Then the
//! WhatsApp group goes its own way again.

use crate::support::telegram::{self as tg, text_of, FakeTelegram};
use crate::support::waha::{FakeWaha, GROUP, ME};
use crate::support::{free_port, wait_healthy, Kettle, TestDb};
use serde_json::Value;
use std::time::Duration;

pub(crate) const WAIT: Duration = Duration::from_secs(20);
/// The Telegram group.
pub(crate) const TG: i64 = -500;
pub(crate) const AMINA: &str = "447700900111@c.us";
pub(crate) const BEN: &str = "447700900222@c.us";

pub(crate) struct Both {
    pub(crate) telegram: FakeTelegram,
    pub(crate) waha: FakeWaha,
    pub(crate) url: String,
    pub(crate) log: String,
    pub(crate) morgan: Value,
    pub(crate) priya: Value,
    _kettle: Kettle,
    _db: TestDb,
}

impl Both {
    /// Kettle in a Telegram group (Morgan coordinates, Priya is in it) and
    /// a WhatsApp group (Amina is its admin, Ben is in it), not yet linked.
    pub(crate) async fn start(backend: &str) -> Both {
        let telegram = FakeTelegram::start().await;
        let waha = FakeWaha::start().await;
        waha.set_participants(
            GROUP,
            &[(AMINA, "admin"), (BEN, "participant"), (ME, "admin")],
        );
        let db = TestDb::of(backend).await;
        let morgan = tg::user(11, "Morgan", "en");
        let priya = tg::user(12, "Priya", "en");
        telegram.set_admins(TG, vec![tg::admin(&morgan)]);
        telegram.push(tg::bot_added(1, TG, "Mill Lane Tenants", &morgan));
        let addr = format!("127.0.0.1:{}", free_port());
        let vars = crate::support::waha::bridge_env(&waha, &addr);
        let kettle = Kettle::telegram(&telegram, &db.url, &vars);
        let log = kettle.log.display().to_string();
        let url = format!("http://{addr}");
        wait_healthy(&format!("{url}/healthz")).await;
        waha.deliver(&url, &waha.kettle_added("Elm Court Tower"))
            .await;
        Both {
            telegram,
            waha,
            url,
            log,
            morgan,
            priya,
            _kettle: kettle,
            _db: db,
        }
    }

    pub(crate) async fn whatsapp(&self, from: &str, name: &str, text: &str) {
        self.waha
            .deliver(&self.url, &self.waha.group_message(from, name, text))
            .await;
    }

    /// The newest Telegram group message starting with `start`.
    pub(crate) async fn telegram_text(&self, start: &str) -> Value {
        self.telegram
            .wait_for(start, WAIT, |f| {
                f.messages_to(TG)
                    .iter()
                    .any(|m| text_of(m).starts_with(start))
            })
            .await;
        let found = self.telegram.messages_to(TG).into_iter().rev();
        found
            .into_iter()
            .find(|m| text_of(m).starts_with(start))
            .map(|m| m.body)
            .unwrap_or_default()
    }

    pub(crate) async fn whatsapp_text(&self, start: &str) -> String {
        self.waha.wait_for_text(GROUP, start, &self.log).await
    }

    /// Morgan asks for a code on Telegram; Amina sends it on WhatsApp.
    pub(crate) async fn link(&self) {
        self.telegram
            .push(tg::group_text(10, TG, &self.morgan, "/link"));
        let asked = self.telegram_text("To show this group's").await;
        let text = asked["text"].as_str().unwrap_or_default();
        let code = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("/link "))
            .expect("a code")
            .to_string();
        // Ben is no coordinator; a made-up code is refused; Amina's works.
        self.whatsapp(BEN, "Ben", &format!("/link {code}")).await;
        self.whatsapp_text("Only coordinators can link").await;
        self.whatsapp(AMINA, "Amina", "/link ZZZ999").await;
        self.whatsapp_text("That code doesn't work").await;
        self.whatsapp(AMINA, "Amina", &format!("/link {code}"))
            .await;
        let done = self
            .whatsapp_text("🔗 Elm Court Tower (WhatsApp) is now linked")
            .await;
        assert!(done.contains("2 chats"), "{done}");
        self.telegram_text("🔗 Elm Court Tower (WhatsApp) is now linked")
            .await;
    }
}

/// The lift-or-lights poll Morgan starts on Telegram, as both chats show it.
pub(crate) struct LiftPoll {
    /// The Telegram message, with its buttons.
    pub(crate) posted: Value,
    /// On WhatsApp the same poll is the platform's own (named, one
    /// choice): its chat, id, name, and its two options.
    pub(crate) chat: String,
    pub(crate) poll_id: String,
    pub(crate) name: String,
    pub(crate) lift: String,
    pub(crate) lights: String,
}

impl Both {
    /// Morgan starts the poll on Telegram; it shows on WhatsApp too.
    pub(crate) async fn lift_poll(&self) -> LiftPoll {
        self.telegram.push(tg::group_text(
            20,
            TG,
            &self.morgan,
            "/poll Fix the lift or the lights first? | The lift | The lights | deadline none",
        ));
        let posted = self.telegram_text("📊 Fix the lift").await;
        self.waha
            .wait_for("the WhatsApp poll", &self.log, |f| !f.polls().is_empty())
            .await;
        let (chat, poll_id, name, options) = self.waha.polls()[0].clone();
        let pick = |word: &str| options.iter().find(|o| o.contains(word)).unwrap().clone();
        LiftPoll {
            posted,
            chat,
            poll_id,
            name,
            lift: pick("lift"),
            lights: pick("lights"),
        }
    }
}

/// The callback data of the button labelled `label` on a Telegram message.
pub(crate) fn button(message: &Value, label: &str) -> String {
    message["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .find(|b| b["text"].as_str().is_some_and(|t| t.contains(label)))
        .and_then(|b| b["callback_data"].as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("no {label} button on {message}"))
}

async fn a_poll_started_on_telegram_is_answered_on_whatsapp_with_one_result(backend: &str) {
    let both = Both::start(backend).await;
    both.link().await;

    let LiftPoll {
        posted,
        chat,
        poll_id,
        name,
        lift,
        lights,
    } = both.lift_poll().await;
    assert_eq!(chat, GROUP);
    assert!(name.contains("Fix the lift"), "{name}");

    // Ben changes his mind (his later vote stands); Amina votes; Priya taps.
    let vote =
        |who: &str, chosen: &str, ts: i64| both.waha.poll_vote(&poll_id, who, &[chosen], ts, false);
    for event in [
        vote(BEN, &lights, 1_767_600_100),
        vote(BEN, &lift, 1_767_600_200),
        vote(AMINA, &lift, 1_767_600_150),
    ] {
        both.waha.deliver(&both.url, &event).await;
    }
    let lights_button = button(&posted, "The lights");
    both.telegram
        .push(tg::press(21, "p1", TG, 1, &both.priya, &lights_button));
    both.telegram
        .wait_for("Priya's vote taken", WAIT, |f| {
            f.sent("answerCallbackQuery").iter().any(|c| {
                c.body["text"]
                    .as_str()
                    .unwrap_or("")
                    .contains("Your vote is in")
            })
        })
        .await;
    both.waha.settle().await;

    both.telegram
        .push(tg::group_text(22, TG, &both.morgan, "/poll close"));
    let on_telegram = both.telegram_text("📊 Result: Fix the lift").await;
    let on_telegram = on_telegram["text"].as_str().unwrap_or_default().to_string();
    let on_whatsapp = both.whatsapp_text("📊 Result: Fix the lift").await;
    for result in [&on_telegram, &on_whatsapp] {
        assert!(result.contains("3 of "), "{result}");
        assert!(result.contains("1. The lift — 2 (67%)"), "{result}");
        assert!(result.contains("2. The lights — 1 (33%)"), "{result}");
    }
    assert_eq!(
        on_telegram, on_whatsapp,
        "one result, told the same in both"
    );
}

async fn a_check_in_runs_across_both_chats_until_they_are_unlinked(backend: &str) {
    let both = Both::start(backend).await;
    both.link().await;

    // Amina opens the round on WhatsApp; it shows on Telegram too.
    both.whatsapp(AMINA, "Amina", "/checkin").await;
    let round = both.telegram_text("Check-in: How are you arriving").await;
    let asked = both.whatsapp_text("Check-in: How are you arriving").await;
    assert!(asked.contains("1 · Rough"), "numbered on WhatsApp: {asked}");
    let good = button(&round, "Good");
    let okay = button(&round, "Okay");
    both.telegram
        .push(tg::press(30, "p1", TG, 1, &both.priya, &good));
    both.telegram
        .push(tg::press(33, "p2", TG, 1, &both.morgan, &okay));
    both.whatsapp(BEN, "Ben", "2").await;
    both.telegram
        .wait_for("both taps taken", WAIT, |f| {
            f.sent("answerCallbackQuery").len() == 2
        })
        .await;
    both.waha.settle().await;
    both.whatsapp(AMINA, "Amina", "/checkin close").await;
    let closed_tg = both.telegram_text("Check-in closed").await;
    let closed_tg = closed_tg["text"].as_str().unwrap_or_default().to_string();
    let closed_wa = both.whatsapp_text("Check-in closed").await;
    for summary in [&closed_tg, &closed_wa] {
        assert!(summary.contains("Checked in: 3"), "{summary}");
        assert!(summary.contains("Low 1 · Okay 1 · Good 1"), "{summary}");
    }

    // Morgan takes the WhatsApp group out again; its people go with it.
    both.telegram
        .push(tg::group_text(34, TG, &both.morgan, "/unlink 2"));
    both.whatsapp_text("This group is no longer linked to")
        .await;
    both.telegram_text("Elm Court Tower (WhatsApp) is no longer linked")
        .await;
    both.telegram
        .push(tg::group_text(35, TG, &both.morgan, "/checkin"));
    both.telegram_text("Check-in: How are you arriving").await;
    let rounds = |f: &FakeWaha| {
        f.texts_to(GROUP)
            .iter()
            .filter(|t| t.starts_with("Check-in: How are you arriving"))
            .count()
    };
    both.waha.settle().await;
    assert_eq!(rounds(&both.waha), 1, "the new round stays on Telegram");
    // And the WhatsApp group's own round counts its own people.
    both.whatsapp(AMINA, "Amina", "/checkin").await;
    both.waha
        .wait_for("its own round", &both.log, |f| rounds(f) == 2)
        .await;
    let own = both.waha.texts_to(GROUP);
    let own = own
        .iter()
        .rev()
        .find(|t| t.starts_with("Check-in: How are you arriving"))
        .unwrap();
    assert!(own.contains("Not heard from yet: 2"), "{own}");
}

on_both_backends!(
    a_poll_started_on_telegram_is_answered_on_whatsapp_with_one_result,
    a_check_in_runs_across_both_chats_until_they_are_unlinked
);
