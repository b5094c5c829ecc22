//! Configuration, read from the environment once at start-up and validated
//! there, so a mistake stops Kettle with a clear message instead of failing
//! later. Secrets are wrapped so they never reach a log line.

use crate::domain::{Language, TimeZone};

mod limits;
mod whatsapp;
mod whatsapp_cloud;

pub use limits::{FloodLimits, SendLimits};
use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;
pub use whatsapp::WhatsAppBridgeConfig;
pub use whatsapp_cloud::{Occasion, WhatsAppCloudConfig};

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
    /// The official WhatsApp Cloud API (`WHATSAPP_CLOUD_*`), for private
    /// chats through a business number.
    pub whatsapp_cloud: Option<WhatsAppCloudConfig>,
    /// Who runs this Kettle, shown as given on `/privacy`
    /// (`KETTLE_OPERATOR_CONTACT`): a name, a chat handle, a phone number.
    pub operator_contact: Option<String>,
    /// How long an update's key is kept to recognise a redelivery
    /// (`KETTLE_INBOX_DAYS`, default 7: longer than any platform retries).
    pub inbox_days: u32,
    /// Flood limits on commands and presses; `None` for the console.
    pub flood: Option<FloodLimits>,
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
            send_limits: limits::telegram(&get)?,
            whatsapp: whatsapp::read(&get)?,
            whatsapp_cloud: whatsapp_cloud::read(&get)?,
            operator_contact: operator_contact(&get)?,
            inbox_days: parse_or(&get, "KETTLE_INBOX_DAYS", "7", |v| match v.parse::<u32>() {
                Ok(days @ 1..=365) => Ok(days),
                _ => Err("a number of days from 1 to 365".into()),
            })?,
            flood: Some(limits::flood(&get)?),
        })
    }
}

fn operator_contact(get: &impl Fn(&str) -> Option<String>) -> Result<Option<String>, ConfigError> {
    let Some(contact) = get("KETTLE_OPERATOR_CONTACT") else {
        return Ok(None);
    };
    let contact = contact.trim().to_string();
    if contact.chars().count() > 200 || contact.chars().any(char::is_control) {
        return Err(bad(
            "KETTLE_OPERATOR_CONTACT",
            "one line of at most 200 characters",
        ));
    }
    Ok(Some(contact))
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
