//! What this process has lately seen: who is a member of which group
//! chat, and which buttons answer a check-in round or vote on a poll. A
//! tap on one of those tries the fast path (read without a transaction,
//! the answer or vote written with the commit: see
//! [`crate::store::deferred`]), after registering the presser on their own
//! if they were not lately seen (`store::first_press`); a vote only on
//! SQLite, whose one writer it would otherwise hold. Any other press goes
//! straight to the statement that registers the presser and reads the
//! button on the way, which on Postgres costs one statement fewer when the
//! press then writes something else (a vote, an RSVP). Only a guess:
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
    /// Whether `user_id` was lately seen as a member of `chat`.
    pub fn member_lately(&self, chat: &ChatAddress, user_id: &str) -> bool {
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
