//! The official WhatsApp Cloud API's settings: `WHATSAPP_CLOUD_*`. For
//! operators with a WhatsApp Business number: private chats with members,
//! and the small business-created groups of the Groups API.

use super::{bad, ConfigError, Secret};
pub use crate::domain::occasion::Occasion;
use std::collections::BTreeMap;

/// Graph API's address and version, unless `WHATSAPP_CLOUD_API_URL` says otherwise.
pub const GRAPH_API: &str = "https://graph.facebook.com/v23.0";

/// Kettle's channel through the official WhatsApp Cloud API.
#[derive(Debug, Clone)]
pub struct WhatsAppCloudConfig {
    /// Graph API's base, e.g. `https://graph.facebook.com/v23.0` (a fake in tests).
    pub api_url: reqwest::Url,
    /// A system user's access token, sent as `Authorization: Bearer`.
    pub token: Secret,
    /// The business number's id (not the number itself).
    pub phone_number_id: String,
    /// Signs every webhook (`X-Hub-Signature-256`, HMAC-SHA256).
    pub app_secret: Secret,
    /// What Meta must send back in the webhook's verification handshake.
    pub verify_token: Secret,
    /// Approved template names per occasion, for members outside the
    /// 24-hour window. Each takes the message as its one body parameter.
    pub templates: BTreeMap<Occasion, String>,
}

const NAMES: [&str; 4] = [
    "WHATSAPP_CLOUD_TOKEN",
    "WHATSAPP_CLOUD_PHONE_NUMBER_ID",
    "WHATSAPP_CLOUD_APP_SECRET",
    "WHATSAPP_CLOUD_VERIFY_TOKEN",
];

pub(super) fn read(
    get: &impl Fn(&str) -> Option<String>,
) -> Result<Option<WhatsAppCloudConfig>, ConfigError> {
    let given: Vec<Option<String>> = NAMES.iter().map(|n| get(n)).collect();
    if given.iter().all(Option::is_none) {
        for name in ["WHATSAPP_CLOUD_TEMPLATES", "WHATSAPP_CLOUD_API_URL"] {
            if get(name).is_some() {
                return Err(bad(name, "is set but WHATSAPP_CLOUD_TOKEN is not"));
            }
        }
        return Ok(None);
    }
    if let Some((name, _)) = NAMES.iter().zip(&given).find(|(_, v)| v.is_none()) {
        return Err(bad(
            name,
            "is needed too: the Cloud API takes a token, the phone number id, \
             the app secret and a verify token",
        ));
    }
    let value = |i: usize| given[i].clone().unwrap_or_default().trim().to_string();
    let phone_number_id = value(1);
    if phone_number_id.is_empty() || !phone_number_id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(
            "WHATSAPP_CLOUD_PHONE_NUMBER_ID",
            "is the number's id from Meta's app dashboard (digits), not the phone number",
        ));
    }
    let api_url = get("WHATSAPP_CLOUD_API_URL").unwrap_or_else(|| GRAPH_API.into());
    let api_url = reqwest::Url::parse(api_url.trim().trim_end_matches('/'))
        .map_err(|e| bad("WHATSAPP_CLOUD_API_URL", format!("{e} (try {GRAPH_API})")))?;
    Ok(Some(WhatsAppCloudConfig {
        api_url,
        token: Secret::new(value(0)),
        phone_number_id,
        app_secret: Secret::new(value(2)),
        verify_token: Secret::new(value(3)),
        templates: templates(get("WHATSAPP_CLOUD_TEMPLATES").as_deref())?,
    }))
}

/// `reminder=kettle_reminder,nudge=kettle_nudge`: occasion = template name.
fn templates(raw: Option<&str>) -> Result<BTreeMap<Occasion, String>, ConfigError> {
    let mut out = BTreeMap::new();
    for pair in raw.unwrap_or_default().split(',').map(str::trim) {
        if pair.is_empty() {
            continue;
        }
        let problem = || {
            bad(
                "WHATSAPP_CLOUD_TEMPLATES",
                format!(
                    "'{pair}' is not occasion=template_name (occasions: reminder, nudge, digest; \
                     names: lower-case letters, digits and _)"
                ),
            )
        };
        let (occasion, name) = pair.split_once('=').ok_or_else(problem)?;
        let occasion = Occasion::parse(occasion.trim()).ok_or_else(problem)?;
        let name = name.trim();
        let valid = !name.is_empty()
            && name.len() <= 512
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !valid {
            return Err(problem());
        }
        out.insert(occasion, name.to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_from(pairs: &[(&str, &str)]) -> Result<Option<WhatsAppCloudConfig>, ConfigError> {
        read(&|name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    const ALL: [(&str, &str); 4] = [
        ("WHATSAPP_CLOUD_TOKEN", "EAAG-token"),
        ("WHATSAPP_CLOUD_PHONE_NUMBER_ID", "106540352242922"),
        ("WHATSAPP_CLOUD_APP_SECRET", "app-secret"),
        ("WHATSAPP_CLOUD_VERIFY_TOKEN", "verify-me"),
    ];

    #[test]
    fn all_four_are_needed_together_and_none_is_printed() {
        assert!(read_from(&[]).unwrap().is_none());
        let err = read_from(&ALL[..3]).unwrap_err();
        assert_eq!(err.name, "WHATSAPP_CLOUD_VERIFY_TOKEN");
        let config = read_from(&ALL).unwrap().unwrap();
        assert_eq!(config.api_url.as_str(), "https://graph.facebook.com/v23.0");
        assert!(config.templates.is_empty());
        let shown = format!("{config:?}");
        assert!(!shown.contains("EAAG-token") && !shown.contains("app-secret"));
        assert!(!shown.contains("verify-me"));
        let stray = read_from(&[("WHATSAPP_CLOUD_TEMPLATES", "reminder=x")]).unwrap_err();
        assert_eq!(stray.name, "WHATSAPP_CLOUD_TEMPLATES");
    }

    #[test]
    fn templates_are_named_per_occasion() {
        let mut pairs = ALL.to_vec();
        pairs.push((
            "WHATSAPP_CLOUD_TEMPLATES",
            " reminder=kettle_reminder, nudge=kettle_nudge ",
        ));
        let config = read_from(&pairs).unwrap().unwrap();
        assert_eq!(config.templates[&Occasion::Reminder], "kettle_reminder");
        assert_eq!(config.templates[&Occasion::Nudge], "kettle_nudge");
        assert!(!config.templates.contains_key(&Occasion::Digest));
        for wrong in ["reminder", "party=kettle", "nudge=Kettle Nudge"] {
            let mut pairs = ALL.to_vec();
            pairs.push(("WHATSAPP_CLOUD_TEMPLATES", wrong));
            assert!(read_from(&pairs).is_err(), "{wrong}");
        }
        let mut pairs = ALL.to_vec();
        pairs[1].1 = "+44 7700 900000";
        assert_eq!(
            read_from(&pairs).unwrap_err().name,
            "WHATSAPP_CLOUD_PHONE_NUMBER_ID"
        );
    }
}
