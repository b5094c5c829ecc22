//! How fast Kettle may send on each channel, and reading Telegram's limits
//! (`KETTLE_SEND_*`) from the environment.

use super::{duration, parse_or, ConfigError};
use std::time::Duration;

/// How fast Kettle may send on one channel. Defaults are Telegram's
/// published limits; WhatsApp's are set by [`SendLimits::whatsapp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SendLimits {
    pub global_per_second: u32,
    /// Also at most this many a minute over the whole channel.
    pub global_per_minute: u32,
    pub chat_interval: Duration,
    pub group_per_minute: u32,
    /// A random pause of up to this long before each send (with a typing
    /// indicator where the channel has one), so a bridge looks like a person.
    /// It is added to every gap, so the limits hold however it falls.
    pub jitter: Duration,
}

impl Default for SendLimits {
    fn default() -> Self {
        SendLimits {
            global_per_second: 30,
            global_per_minute: u32::MAX,
            chat_interval: Duration::from_secs(1),
            group_per_minute: 20,
            jitter: Duration::ZERO,
        }
    }
}

impl SendLimits {
    /// WhatsApp through a bridge: one message every 3 s in a chat, 20 a
    /// minute overall, 10 a minute in a group, with up to 1 s of jitter on
    /// top (so at most 15 a minute with the defaults).
    pub fn whatsapp() -> SendLimits {
        SendLimits {
            global_per_second: 1,
            global_per_minute: 20,
            chat_interval: Duration::from_secs(3),
            group_per_minute: 10,
            jitter: Duration::from_secs(1),
        }
    }

    /// The shortest gap between two sends on the channel (jitter
    /// included); zero for none.
    pub fn global_interval(&self) -> chrono::Duration {
        let gap = |count: u32, span_us: i64| match i64::from(count.max(1)) {
            n if n >= 1_000_000 => 0,
            // Whole microseconds (what Postgres keeps), rounded up: 1/30 s
            // rounded down would let a 31st send into the same second.
            n => (span_us + n - 1) / n,
        };
        let us =
            gap(self.global_per_second, 1_000_000).max(if self.global_per_minute == u32::MAX {
                0
            } else {
                gap(self.global_per_minute, 60_000_000)
            });
        chrono::Duration::microseconds(us) + self.jitter_chrono()
    }

    /// The shortest gap between two sends in one chat (jitter included).
    pub fn chat_gap(&self) -> chrono::Duration {
        chrono::Duration::from_std(self.chat_interval).unwrap_or(chrono::Duration::seconds(1))
            + self.jitter_chrono()
    }

    fn jitter_chrono(&self) -> chrono::Duration {
        chrono::Duration::from_std(self.jitter).unwrap_or_default()
    }
}

pub(super) fn count(v: &str) -> Result<u32, String> {
    v.parse::<u32>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or("use a whole number above 0".to_string())
}

/// Telegram's limits keep their first names, `KETTLE_SEND_*`.
pub(super) fn telegram(get: &impl Fn(&str) -> Option<String>) -> Result<SendLimits, ConfigError> {
    let d = SendLimits::default();
    Ok(SendLimits {
        global_per_second: parse_or(
            get,
            "KETTLE_SEND_PER_SECOND",
            &d.global_per_second.to_string(),
            count,
        )?,
        chat_interval: parse_or(get, "KETTLE_SEND_CHAT_INTERVAL", "1s", duration)?,
        group_per_minute: parse_or(
            get,
            "KETTLE_SEND_GROUP_PER_MINUTE",
            &d.group_per_minute.to_string(),
            count,
        )?,
        ..d
    })
}

/// How many commands and presses one member, and one chat, may send a
/// minute (`KETTLE_MEMBER_ACTIONS_PER_MINUTE`, `KETTLE_CHAT_ACTIONS_PER_MINUTE`);
/// a burst of a whole minute's worth is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FloodLimits {
    pub member_per_minute: u32,
    pub chat_per_minute: u32,
}

impl Default for FloodLimits {
    /// Enough for a member filling in a ranked ballot, and for a group of
    /// a few hundred checking in at once.
    fn default() -> Self {
        FloodLimits {
            member_per_minute: 30,
            chat_per_minute: 300,
        }
    }
}

pub(super) fn flood(get: &impl Fn(&str) -> Option<String>) -> Result<FloodLimits, ConfigError> {
    let count = |v: &str| match v.parse::<u32>() {
        Ok(n @ 1..=100_000) => Ok(n),
        _ => Err("a number from 1 to 100000".to_string()),
    };
    Ok(FloodLimits {
        member_per_minute: parse_or(get, "KETTLE_MEMBER_ACTIONS_PER_MINUTE", "30", count)?,
        chat_per_minute: parse_or(get, "KETTLE_CHAT_ACTIONS_PER_MINUTE", "300", count)?,
    })
}
