//! Kettle's WhatsApp bridge (WAHA) settings: `WHATSAPP_BRIDGE_*` and its
//! own, gentler, `WHATSAPP_SEND_*` limits.

use super::limits::{count, SendLimits};
use super::{bad, duration, parse_or, ConfigError, Secret};
use std::time::Duration;

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

pub(super) fn read(
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
