//! What this process has lately seen: who is a member of which group
//! chat, and which buttons answer a check-in round. A tap on one of those
//! by one of them tries the fast path (read without a transaction, the
//! answer written with the commit: see [`crate::store::deferred`]); any
//! other press goes straight to the statement that registers the presser
//! and reads the button on the way, which costs one statement fewer when
//! the press then writes something else (a vote, an RSVP). Only a guess:
//! a wrong one costs one read, never a wrong answer, so other processes'
//! changes need not reach it.

use crate::domain::ChatAddress;
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const FRESH_FOR: Duration = Duration::from_secs(600);
/// Enough for every member of the busiest groups; past it the stale go.
const MOST: usize = 100_000;

#[derive(Debug, Default)]
pub struct LatelySeen {
    members: Mutex<HashMap<(String, String), Instant>>,
    taps: Mutex<HashSet<String>>,
}

impl LatelySeen {
    /// Whether a press of `token` by `user_id` in `chat` is likely a known
    /// member's check-in tap.
    pub fn likely_tap(&self, chat: &ChatAddress, user_id: &str, token: &str) -> bool {
        let members = self.members.lock().unwrap_or_else(|e| e.into_inner());
        let member = members
            .get(&key(chat, user_id))
            .is_some_and(|when| when.elapsed() < FRESH_FOR);
        drop(members);
        member && self.is_tap(token)
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

    /// Whether `token` was lately seen answering a check-in round.
    pub fn is_tap(&self, token: &str) -> bool {
        self.taps
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(token)
    }

    /// `token` answers a check-in round (a round's buttons live as long as
    /// it does; the set is simply cleared when it grows large).
    pub fn tap_token(&self, token: &str) {
        let mut taps = self.taps.lock().unwrap_or_else(|e| e.into_inner());
        if taps.len() >= MOST {
            taps.clear();
        }
        taps.insert(token.to_string());
    }
}

fn key(chat: &ChatAddress, user_id: &str) -> (String, String) {
    (
        format!("{}:{}", chat.channel.as_str(), chat.chat_id),
        user_id.to_string(),
    )
}
