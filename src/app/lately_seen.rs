//! What this process has lately seen: who is a member of which group
//! chat, and which buttons answer a check-in round or vote on a poll. A
//! tap on one of those by one of them tries the fast path (read without a
//! transaction, the answer or vote written with the commit: see
//! [`crate::store::deferred`]; a vote only on SQLite, whose one writer it
//! would otherwise hold, see `store::deferred_votes`); any
//! other press goes straight to the statement that registers the presser
//! and reads the button on the way, which costs one statement fewer when
//! the press then writes something else (a vote, an RSVP). Only a guess:
//! a wrong one costs one read, never a wrong answer, so other processes'
//! changes need not reach it.

use crate::domain::ChatAddress;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const FRESH_FOR: Duration = Duration::from_secs(600);
/// Enough for every member of the busiest groups; past it the stale go.
const MOST: usize = 100_000;

#[derive(Debug, Default)]
pub struct LatelySeen {
    members: Mutex<HashMap<(String, String), Instant>>,
    taps: Mutex<HashMap<String, Button>>,
}

/// What a lately seen button does: the store's own word for it, which
/// also tells it how to read a newcomer's first press on one
/// (`store::newcomer_taps`).
pub use crate::store::PostedButton as Button;

/// What a button about to be posted does, if it is one the group taps:
/// a check-in round's answer or a poll's vote or stance, for anyone in
/// the community.
pub(super) fn does(spec: &super::button_spec::ButtonSpec) -> Option<Button> {
    use crate::app::Action;
    if spec.person_id.is_some() || spec.opens_private {
        return None;
    }
    match spec.action {
        Action::CheckinAnswer {
            round_id: Some(_), ..
        } => Some(Button::Answer),
        Action::PollVote { .. } | Action::PollStance { .. } => Some(Button::Vote),
        _ => None,
    }
}

impl LatelySeen {
    /// Whether `user_id` was lately seen as a member of `chat`: their
    /// press on a button the group taps is likely a known member's.
    pub fn is_member(&self, chat: &ChatAddress, user_id: &str) -> bool {
        let members = self.members.lock().unwrap_or_else(|e| e.into_inner());
        members
            .get(&key(chat, user_id))
            .is_some_and(|when| when.elapsed() < FRESH_FOR)
    }

    pub fn member(&self, chat: &ChatAddress, user_id: &str) {
        let mut members = self.members.lock().unwrap_or_else(|e| e.into_inner());
        if members.len() >= MOST {
            members.retain(|_, when| when.elapsed() < FRESH_FOR);
            if members.len() >= MOST {
                members.clear();
            }
        }
        members.insert(key(chat, user_id), Instant::now());
    }

    /// What `token` was lately seen doing.
    pub fn button(&self, token: &str) -> Option<Button> {
        let taps = self.taps.lock().unwrap_or_else(|e| e.into_inner());
        taps.get(token).copied()
    }

    /// `token` does `does` (a round's or poll's buttons live as long as it
    /// does; the set is simply cleared when it grows large).
    pub fn tap_token(&self, token: &str, does: Button) {
        let mut taps = self.taps.lock().unwrap_or_else(|e| e.into_inner());
        if taps.len() >= MOST {
            taps.clear();
        }
        taps.insert(token.to_string(), does);
    }
}

fn key(chat: &ChatAddress, user_id: &str) -> (String, String) {
    (
        format!("{}:{}", chat.channel.as_str(), chat.chat_id),
        user_id.to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::Button;
    use crate::app::{Engine, Settings};
    use crate::domain::{
        Channel, ChatAddress, ChatKind, Inbound, InboundEvent, Language, PlatformContext,
        PlatformUser, TimeZone,
    };

    fn said(key: &str, event: InboundEvent, sender: Option<&PlatformUser>) -> Inbound {
        Inbound {
            key: key.into(),
            chat: group(),
            chat_title: Some("Riverside tenants".into()),
            sender: sender.cloned(),
            event,
            context: PlatformContext::default(),
            received_at: chrono::Utc::now(),
        }
    }

    fn group() -> ChatAddress {
        ChatAddress {
            channel: Channel::Telegram,
            chat_id: "-100".into(),
            kind: ChatKind::Group,
        }
    }

    /// Morgan opens a check-in round and a poll in the group: the engine
    /// knows their buttons from the moment they are posted, so the first
    /// tap on each takes the fast path as every later one does. (Before,
    /// each button's first press went the slow way: on a busy evening
    /// across fifty groups, one tap in sixteen.)
    #[tokio::test]
    async fn a_rounds_and_a_polls_buttons_are_known_as_soon_as_they_are_posted() {
        let store = crate::startup::open_store("sqlite::memory:").await.unwrap();
        let settings = Settings {
            default_time_zone: TimeZone::default(),
            default_language: Language::En,
            join_nudge_after: chrono::Duration::hours(24),
            operator_contact: None,
            inbox_days: 7,
            flood: None,
        };
        let translator = crate::i18n::Translator::load().unwrap();
        let clock = std::sync::Arc::new(crate::clock::SystemClock);
        let kettle = Engine::new(store.clone(), translator, clock, settings);
        let morgan = PlatformUser {
            user_id: "1".into(),
            display_name: "Morgan".into(),
            language_code: Some("en".into()),
        };
        kettle
            .handle(said("k1", InboundEvent::BotAdded, None))
            .await
            .unwrap();
        kettle
            .set_coordinator(&group(), &morgan, true, false)
            .await
            .unwrap();
        for (key, text) in [
            ("k2", "/checkin"),
            ("k3", "/poll Paint the hall? | Yes | No"),
        ] {
            let event = InboundEvent::Text(text.into());
            kettle
                .handle(said(key, event, Some(&morgan)))
                .await
                .unwrap();
        }
        let buttons: Vec<(String, String)> = crate::store::on_pool!(&store, |p| {
            sqlx::query_as(
                "SELECT token, CAST(action AS TEXT) FROM buttons WHERE person_id IS NULL",
            )
            .fetch_all(p)
            .await
            .unwrap()
        });
        let kinds = |does: Button| {
            buttons
                .iter()
                .filter(|(t, _)| kettle.seen.button(t) == Some(does))
                .count()
        };
        let answers = buttons
            .iter()
            .filter(|(_, a)| a.contains("checkin_answer"))
            .count();
        let votes = buttons
            .iter()
            .filter(|(_, a)| a.contains("poll_vote"))
            .count();
        assert!(answers > 0 && votes > 0, "{buttons:?}");
        assert_eq!(kinds(Button::Answer), answers);
        assert_eq!(kinds(Button::Vote), votes);
    }
}
