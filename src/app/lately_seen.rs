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

/// What a lately seen button does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    /// Answers a check-in round.
    Answer,
    /// Votes on a poll in its group.
    Vote,
}

impl LatelySeen {
    /// Whether a press of `token` by `user_id` in `chat` is likely a known
    /// member's tap on a button that does `does`.
    pub fn likely(&self, chat: &ChatAddress, user_id: &str, token: &str, does: Button) -> bool {
        let members = self.members.lock().unwrap_or_else(|e| e.into_inner());
        let member = members
            .get(&key(chat, user_id))
            .is_some_and(|when| when.elapsed() < FRESH_FOR);
        drop(members);
        member && self.button(token) == Some(does)
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
