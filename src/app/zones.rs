//! The time zones of chats this process has lately seen, so the first
//! statement of an update (on Postgres, the one that records it) can note
//! the member's first word of the day in the community's own date without
//! a statement of its own. Kept a minute: after a `/tz`, another process's
//! copy is at most that stale, and a stale zone only moves which local day
//! a first word is noted on.

use crate::domain::{ChatAddress, TimeZone};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const FRESH_FOR: Duration = Duration::from_secs(60);

#[derive(Debug, Default)]
pub struct Zones {
    seen: Mutex<HashMap<String, (TimeZone, Instant)>>,
}

impl Zones {
    /// The chat's local date at `at`, if its zone was seen within a minute.
    pub fn today(&self, chat: &ChatAddress, at: DateTime<Utc>) -> Option<NaiveDate> {
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let (tz, when) = seen.get(&key(chat))?;
        (when.elapsed() < FRESH_FOR).then(|| at.with_timezone(&tz.tz()).date_naive())
    }

    pub fn note(&self, chat: &ChatAddress, tz: TimeZone) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        // Chats come and go; a busy process keeps only those lately seen.
        if seen.len() > 10_000 {
            seen.retain(|_, (_, when)| when.elapsed() < FRESH_FOR);
        }
        seen.insert(key(chat), (tz, Instant::now()));
    }
}

fn key(chat: &ChatAddress) -> String {
    format!("{}:{}", chat.channel.as_str(), chat.chat_id)
}
