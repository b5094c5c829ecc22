//! Configuration, read from the environment once at start-up and validated
//! there, so a mistake stops Kettle with a clear message instead of failing
//! later. Secrets are wrapped so they never reach a log line.

use crate::domain::{Language, TimeZone};
use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

/// A value that must never be printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogFormat {
    Human,
    Json,
}

#[derive(Debug, Clone)]
pub struct TelegramConfig {
    pub token: Secret,
    pub api_url: reqwest::Url,
    /// Set for webhook mode; long polling otherwise.
    pub webhook: Option<WebhookConfig>,
}

#[derive(Debug, Clone)]
pub struct WebhookConfig {
    pub public_url: reqwest::Url,
    pub secret: Secret,
}

/// Kettle's WhatsApp channel through a self-hosted WAHA bridge.
#[derive(Debug, Clone)]
pub struct WhatsAppBridgeConfig {
    /// The WAHA server, e.g. `http://waha:3000`.
    pub url: reqwest::Url,
    /// Sent as `X-Api-Key` on every call.
    pub api_key: Secret,
    /// The WAHA session (one WhatsApp number).
    pub session: String,
    /// Signs every webhook (`X-Webhook-Hmac`, HMAC-SHA512).
    pub hmac_key: Secret,
    /// Far gentler than Telegram's: numbers get banned.
    pub send_limits: SendLimits,
}

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

#[derive(Debug, Clone)]
pub struct Config {
    /// `None` means "the default": a SQLite file for `run`, memory for piped console scripts.
    pub database_url: Option<Secret>,
    pub telegram: Option<TelegramConfig>,
    pub http_addr: SocketAddr,
    pub default_time_zone: TimeZone,
    pub default_language: Language,
    pub log_format: LogFormat,
    pub join_nudge_after: Duration,
    /// Telegram's send limits (`KETTLE_SEND_*`).
    pub send_limits: SendLimits,
    pub whatsapp: Option<WhatsAppBridgeConfig>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{name}: {problem}")]
pub struct ConfigError {
    pub name: &'static str,
    pub problem: String,
}

fn bad(name: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        name,
        problem: problem.into(),
    }
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Builds the config from any lookup, so tests need not touch the process environment.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        Ok(Config {
            database_url: get("DATABASE_URL").map(Secret::new),
            telegram: telegram(&get)?,
            http_addr: parse_or(&get, "KETTLE_HTTP_ADDR", "127.0.0.1:8080", |v| {
                v.parse::<SocketAddr>().map_err(|e| e.to_string())
            })?,
            default_time_zone: parse_or(&get, "KETTLE_DEFAULT_TIMEZONE", "Europe/London", |v| {
                TimeZone::parse(v).map_err(|_| "not an IANA time zone such as Europe/London".into())
            })?,
            default_language: parse_or(&get, "KETTLE_DEFAULT_LANGUAGE", "en", |v| {
                Language::from_platform_code(v)
                    .ok_or_else(|| "use one of en, cy, pl, uk, ar".into())
            })?,
            log_format: parse_or(&get, "KETTLE_LOG_FORMAT", "human", |v| match v {
                "human" => Ok(LogFormat::Human),
                "json" => Ok(LogFormat::Json),
                _ => Err("use human or json".into()),
            })?,
            join_nudge_after: parse_or(&get, "KETTLE_JOIN_NUDGE_AFTER", "24h", duration)?,
            send_limits: send_limits(&get)?,
            whatsapp: whatsapp(&get)?,
        })
    }
}

fn duration(v: &str) -> Result<Duration, String> {
    humantime::parse_duration(v).map_err(|e| format!("{e} (try 24h, 90m or 30s)"))
}

fn parse_or<T>(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: &str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<T, ConfigError> {
    let raw = get(name).unwrap_or_else(|| default.to_string());
    parse(raw.trim()).map_err(|problem| bad(name, problem))
}

fn telegram(get: &impl Fn(&str) -> Option<String>) -> Result<Option<TelegramConfig>, ConfigError> {
    let Some(token) = get("TELEGRAM_BOT_TOKEN") else {
        return Ok(None);
    };
    if !token.contains(':') {
        return Err(bad(
            "TELEGRAM_BOT_TOKEN",
            "does not look like a token from @BotFather",
        ));
    }
    let api_url = parse_or(get, "TELEGRAM_API_URL", "https://api.telegram.org", |v| {
        reqwest::Url::parse(v).map_err(|e| e.to_string())
    })?;
    let webhook = match (get("TELEGRAM_WEBHOOK_URL"), get("TELEGRAM_WEBHOOK_SECRET")) {
        (None, None) => None,
        (Some(url), Some(secret)) => Some(WebhookConfig {
            public_url: reqwest::Url::parse(&url)
                .map_err(|e| bad("TELEGRAM_WEBHOOK_URL", e.to_string()))?,
            secret: webhook_secret(secret)?,
        }),
        (Some(_), None) => {
            return Err(bad(
                "TELEGRAM_WEBHOOK_SECRET",
                "is needed with TELEGRAM_WEBHOOK_URL",
            ))
        }
        (None, Some(_)) => {
            return Err(bad(
                "TELEGRAM_WEBHOOK_URL",
                "is needed with TELEGRAM_WEBHOOK_SECRET",
            ))
        }
    };
    Ok(Some(TelegramConfig {
        token: Secret::new(token),
        api_url,
        webhook,
    }))
}

/// Telegram accepts 1–256 characters of A–Z, a–z, 0–9, `_` and `-`.
fn webhook_secret(secret: String) -> Result<Secret, ConfigError> {
    let ok = (1..=256).contains(&secret.len())
        && secret
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok {
        Ok(Secret::new(secret))
    } else {
        Err(bad(
            "TELEGRAM_WEBHOOK_SECRET",
            "use 1–256 letters, digits, _ or -",
        ))
    }
}

fn count(v: &str) -> Result<u32, String> {
    v.parse::<u32>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or("use a whole number above 0".to_string())
}

/// Telegram's limits keep their first names, `KETTLE_SEND_*`.
fn send_limits(get: &impl Fn(&str) -> Option<String>) -> Result<SendLimits, ConfigError> {
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

fn whatsapp(
    get: &impl Fn(&str) -> Option<String>,
) -> Result<Option<WhatsAppBridgeConfig>, ConfigError> {
    let Some(url) = get("WHATSAPP_BRIDGE_URL") else {
        for name in ["WHATSAPP_BRIDGE_API_KEY", "WHATSAPP_BRIDGE_HMAC_KEY"] {
            if get(name).is_some() {
                return Err(bad(name, "is set but WHATSAPP_BRIDGE_URL is not"));
            }
        }
        return Ok(None);
    };
    let url = reqwest::Url::parse(url.trim())
        .map_err(|e| bad("WHATSAPP_BRIDGE_URL", format!("{e} (try http://waha:3000)")))?;
    let api_key = get("WHATSAPP_BRIDGE_API_KEY").ok_or_else(|| {
        bad(
            "WHATSAPP_BRIDGE_API_KEY",
            "is needed with WHATSAPP_BRIDGE_URL",
        )
    })?;
    let hmac_key = get("WHATSAPP_BRIDGE_HMAC_KEY").ok_or_else(|| {
        bad(
            "WHATSAPP_BRIDGE_HMAC_KEY",
            "is needed with WHATSAPP_BRIDGE_URL: set the same key in WAHA's webhook (hmac.key)",
        )
    })?;
    let session = get("WHATSAPP_BRIDGE_SESSION").unwrap_or_else(|| "default".into());
    let d = SendLimits::whatsapp();
    let send_limits = SendLimits {
        global_per_minute: parse_or(
            get,
            "WHATSAPP_SEND_PER_MINUTE",
            &d.global_per_minute.to_string(),
            count,
        )?,
        chat_interval: parse_or(get, "WHATSAPP_SEND_CHAT_INTERVAL", "3s", duration)?,
        group_per_minute: parse_or(
            get,
            "WHATSAPP_SEND_GROUP_PER_MINUTE",
            &d.group_per_minute.to_string(),
            count,
        )?,
        jitter: parse_or(get, "WHATSAPP_SEND_JITTER", "1s", |v| match v {
            "0" => Ok(Duration::ZERO),
            v => duration(v),
        })?,
        ..d
    };
    Ok(Some(WhatsAppBridgeConfig {
        url,
        api_key: Secret::new(api_key.trim()),
        session: session.trim().to_string(),
        hmac_key: Secret::new(hmac_key.trim()),
        send_limits,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn nothing_configured_means_console_defaults() {
        let c = config(&[]).unwrap();
        assert!(c.telegram.is_none());
        assert!(c.database_url.is_none());
        assert_eq!(c.default_time_zone.name(), "Europe/London");
        assert_eq!(c.send_limits, SendLimits::default());
    }

    #[test]
    fn mistakes_name_the_variable() {
        let err = config(&[("KETTLE_DEFAULT_TIMEZONE", "Mars/Base")]).unwrap_err();
        assert_eq!(err.name, "KETTLE_DEFAULT_TIMEZONE");
        let err = config(&[
            ("TELEGRAM_BOT_TOKEN", "123:abc"),
            ("TELEGRAM_WEBHOOK_URL", "https://x.example/hook"),
        ])
        .unwrap_err();
        assert_eq!(err.name, "TELEGRAM_WEBHOOK_SECRET");
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let c = config(&[
            ("TELEGRAM_BOT_TOKEN", "123:very-secret"),
            ("WHATSAPP_BRIDGE_URL", "http://waha:3000"),
            ("WHATSAPP_BRIDGE_API_KEY", "api-very-secret"),
            ("WHATSAPP_BRIDGE_HMAC_KEY", "hmac-very-secret"),
        ])
        .unwrap();
        let printed = format!("{c:?}");
        assert!(!printed.contains("very-secret"), "{printed}");
    }

    #[test]
    fn whatsapp_needs_its_url_key_and_hmac_key_and_is_gentle_by_default() {
        assert!(config(&[]).unwrap().whatsapp.is_none());
        let err = config(&[("WHATSAPP_BRIDGE_URL", "http://waha:3000")]).unwrap_err();
        assert_eq!(err.name, "WHATSAPP_BRIDGE_API_KEY");
        let err = config(&[
            ("WHATSAPP_BRIDGE_URL", "http://waha:3000"),
            ("WHATSAPP_BRIDGE_API_KEY", "k"),
        ])
        .unwrap_err();
        assert_eq!(err.name, "WHATSAPP_BRIDGE_HMAC_KEY");
        let err = config(&[("WHATSAPP_BRIDGE_HMAC_KEY", "h")]).unwrap_err();
        assert_eq!(err.name, "WHATSAPP_BRIDGE_HMAC_KEY");
        let wa = config(&[
            ("WHATSAPP_BRIDGE_URL", "http://waha:3000"),
            ("WHATSAPP_BRIDGE_API_KEY", "k"),
            ("WHATSAPP_BRIDGE_HMAC_KEY", "h"),
        ])
        .unwrap()
        .whatsapp
        .unwrap();
        assert_eq!(wa.session, "default");
        assert_eq!(wa.send_limits, SendLimits::whatsapp());
        assert_eq!(
            wa.send_limits.global_interval(),
            chrono::Duration::seconds(4)
        );
        assert_eq!(wa.send_limits.chat_gap(), chrono::Duration::seconds(4));
        assert_eq!(
            SendLimits::default().global_interval(),
            chrono::Duration::microseconds(33_334)
        );
    }
}
