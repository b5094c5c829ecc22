//! Flood limits: how many commands and presses one member, and one chat,
//! may send Kettle a minute. Past the limit an update is dropped before
//! any work (nothing queued, no database write), and the sender is told
//! once, kindly, per flood.
//!
//! A token bucket per member and per chat, on the engine's clock (so the
//! console's and tests' clocks drive it too). Kept in memory: each process
//! limits what it receives, which bounds the work it can be made to do.

pub use crate::config::FloodLimits;
use crate::domain::Channel;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::sync::Mutex;

/// What to do with one update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// Drop it, and tell the sender (the first drop of a flood).
    DropWithNotice,
    /// Drop it quietly: they have been told.
    Drop,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: DateTime<Utc>,
    /// Told about this flood already; cleared once the bucket half refills.
    told: bool,
}

impl Bucket {
    fn refill(&mut self, now: DateTime<Utc>, per_minute: u32) {
        let elapsed = (now - self.at).num_milliseconds().max(0) as f64 / 60_000.0;
        let capacity = f64::from(per_minute);
        self.tokens = (self.tokens + elapsed * capacity).min(capacity);
        self.at = now.max(self.at);
        if self.tokens >= capacity / 2.0 {
            self.told = false;
        }
    }
}

/// The most buckets kept; past it, full (idle) ones are forgotten first.
const MAX_BUCKETS: usize = 100_000;

#[derive(Debug)]
pub struct Flood {
    limits: FloodLimits,
    buckets: Mutex<HashMap<(Channel, bool, String), Bucket>>,
}

impl Flood {
    pub fn new(limits: FloodLimits) -> Flood {
        Flood {
            limits,
            buckets: Mutex::default(),
        }
    }

    /// Takes one token from the member's bucket and the chat's. Both must
    /// have one; a drop takes none (so a flood cannot starve itself longer
    /// than its own rate).
    pub fn check(&self, channel: Channel, member: &str, chat: &str, now: DateTime<Utc>) -> Verdict {
        let Ok(mut buckets) = self.buckets.lock() else {
            return Verdict::Allow; // a poisoned lock limits nothing, and breaks nothing
        };
        if buckets.len() >= MAX_BUCKETS {
            let (member_cap, chat_cap) = (
                f64::from(self.limits.member_per_minute),
                f64::from(self.limits.chat_per_minute),
            );
            buckets.retain(|(_, is_chat, _), b| {
                let mut b = *b;
                let cap = if *is_chat { chat_cap } else { member_cap };
                b.refill(now, cap as u32);
                b.tokens < cap
            });
        }
        let mut take = |is_chat: bool, id: &str, per_minute: u32| {
            let bucket = buckets
                .entry((channel, is_chat, id.to_string()))
                .or_insert(Bucket {
                    tokens: f64::from(per_minute),
                    at: now,
                    told: false,
                });
            bucket.refill(now, per_minute);
            bucket.tokens >= 1.0
        };
        let member_ok = take(false, member, self.limits.member_per_minute);
        let chat_ok = take(true, chat, self.limits.chat_per_minute);
        let key = match (member_ok, chat_ok) {
            (true, true) => {
                for (is_chat, id) in [(false, member), (true, chat)] {
                    if let Some(b) = buckets.get_mut(&(channel, is_chat, id.to_string())) {
                        b.tokens -= 1.0;
                    }
                }
                return Verdict::Allow;
            }
            (false, _) => (channel, false, member.to_string()),
            (true, false) => (channel, true, chat.to_string()),
        };
        match buckets.get_mut(&key) {
            Some(b) if !b.told => {
                b.told = true;
                Verdict::DropWithNotice
            }
            _ => Verdict::Drop,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn t(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_767_600_000 + seconds, 0).unwrap()
    }

    fn flood(member: u32, chat: u32) -> Flood {
        Flood::new(FloodLimits {
            member_per_minute: member,
            chat_per_minute: chat,
        })
    }

    #[test]
    fn a_member_past_the_limit_is_told_once_then_dropped_until_it_refills() {
        let f = flood(5, 100);
        let tg = Channel::Telegram;
        let verdicts: Vec<Verdict> = (0..8).map(|_| f.check(tg, "sam", "g", t(0))).collect();
        assert_eq!(&verdicts[..5], &[Verdict::Allow; 5]);
        assert_eq!(verdicts[5], Verdict::DropWithNotice);
        assert_eq!(&verdicts[6..], &[Verdict::Drop; 2]);
        // Another member in the same chat is unaffected.
        assert_eq!(f.check(tg, "ann", "g", t(0)), Verdict::Allow);
        // Twelve seconds give one back; half a minute, a fresh notice if needed.
        assert_eq!(f.check(tg, "sam", "g", t(12)), Verdict::Allow);
        assert_eq!(f.check(tg, "sam", "g", t(12)), Verdict::Drop);
        for _ in 0..3 {
            assert_eq!(f.check(tg, "sam", "g", t(48)), Verdict::Allow);
        }
    }

    #[test]
    fn a_chat_flooded_by_many_accounts_is_limited_as_a_whole() {
        let f = flood(100, 10);
        let verdicts: Vec<Verdict> = (0..12)
            .map(|n| f.check(Channel::Whatsapp, &format!("m{n}"), "g", t(0)))
            .collect();
        assert_eq!(
            verdicts.iter().filter(|v| **v == Verdict::Allow).count(),
            10
        );
        assert_eq!(verdicts[10], Verdict::DropWithNotice);
        assert_eq!(verdicts[11], Verdict::Drop);
        assert_eq!(
            f.check(Channel::Whatsapp, "m0", "other", t(0)),
            Verdict::Allow
        );
        let later = t(0) + Duration::minutes(1);
        assert_eq!(
            f.check(Channel::Whatsapp, "m11", "g", later),
            Verdict::Allow
        );
    }
}
