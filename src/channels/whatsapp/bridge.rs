//! What Kettle knows about its WAHA bridge while it runs: the client, the
//! session's health, Kettle's own number (for `wa.me` links) and the phone
//! ids behind hidden `@lid` ones.

use super::waha::Waha;
use crate::channels::ChannelHealth;
use crate::store::Store;
use std::collections::HashMap;
use std::sync::{Mutex, RwLock};
use std::time::{Duration, Instant};

/// How long the bridge's word on a hidden id is kept.
const LID_FRESH_FOR: Duration = Duration::from_secs(3600);
/// At most this many hidden ids remembered.
const LID_CACHE: usize = 10_000;

pub struct Bridge {
    pub waha: Waha,
    /// Where hidden ids' phone ids are kept once known.
    store: Store,
    pub health: ChannelHealth,
    me: RwLock<Option<String>>,
    lids: Mutex<HashMap<String, (Option<String>, Instant)>>,
}

impl Bridge {
    pub fn new(waha: Waha, store: Store) -> Bridge {
        Bridge {
            waha,
            store,
            health: ChannelHealth::new("whatsapp"),
            me: RwLock::new(None),
            lids: Mutex::new(HashMap::new()),
        }
    }

    /// Kettle's own id on WhatsApp, as an envelope or the session says.
    pub fn learn_me(&self, id: &str) {
        let mut me = self.me.write().unwrap_or_else(|e| e.into_inner());
        if me.as_deref() != Some(id) {
            *me = Some(id.to_string());
        }
    }

    pub fn me(&self) -> Option<String> {
        self.me.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Kettle's number, digits only (for `wa.me/<number>`), asking the
    /// bridge if no webhook has said it yet.
    pub async fn own_number(&self) -> Option<String> {
        if self.me().is_none() {
            if let Ok(info) = self.waha.session_info().await {
                if let Some(me) = info.me {
                    self.learn_me(&me);
                }
            }
        }
        let me = self.me()?;
        let digits: String = me
            .split('@')
            .next()
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        (me.ends_with("@c.us") && !digits.is_empty()).then_some(digits)
    }

    /// Records the session's state from `session.status` or a check, and
    /// says in the log what to do when it is not working.
    pub fn session_is(&self, status: &str) {
        let problem = problem_of(status);
        if self.health.set(problem.clone()) {
            match problem {
                None => tracing::info!(status, "WhatsApp session is working"),
                Some(p) => tracing::warn!(status, "WhatsApp is not delivering: {p}"),
            }
        }
    }

    /// The bridge could not be reached at all.
    pub fn unreachable(&self, error: &str) {
        let problem = "the WhatsApp bridge (WAHA) cannot be reached: check that it runs \
                       and WHATSAPP_BRIDGE_URL and WHATSAPP_BRIDGE_API_KEY"
            .to_string();
        if self.health.set(Some(problem.clone())) {
            tracing::warn!(error, "WhatsApp is not delivering: {problem}");
        }
    }

    /// The id Kettle knows a person by: their phone id when the bridge has
    /// ever said it for a hidden `@lid` (both are kept, see
    /// `store::whatsapp_lids`), else the hidden id itself, so the same person
    /// is one member whichever form a message arrives in.
    pub async fn identity(&self, id: &str) -> String {
        if !id.ends_with("@lid") {
            return id.to_string();
        }
        let cached = self
            .lids
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(id)
            .filter(|(_, at)| at.elapsed() < LID_FRESH_FOR)
            .map(|(pn, _)| pn.clone());
        let phone = match cached {
            Some(phone) => phone,
            None => {
                let phone = match self.store.phone_of_lid(id).await {
                    Ok(Some(known)) => Some(known),
                    _ => match self.waha.phone_of(id).await {
                        Ok(phone) => {
                            if let Some(phone) = &phone {
                                if let Err(e) = self.store.remember_lid(id, phone).await {
                                    tracing::warn!(error = %e, "could not keep a hidden id's phone id");
                                }
                            }
                            phone
                        }
                        // Not cached: asked again next time.
                        Err(_) => return id.to_string(),
                    },
                };
                let mut lids = self.lids.lock().unwrap_or_else(|e| e.into_inner());
                if lids.len() >= LID_CACHE {
                    lids.retain(|_, (_, at)| at.elapsed() < LID_FRESH_FOR);
                }
                if lids.len() < LID_CACHE {
                    lids.insert(id.to_string(), (phone.clone(), Instant::now()));
                }
                phone
            }
        };
        phone.unwrap_or_else(|| id.to_string())
    }
}

/// What an operator should do about a session in `status`; `None` when it works.
pub fn problem_of(status: &str) -> Option<String> {
    let what = match status {
        "WORKING" => return None,
        "SCAN_QR_CODE" => {
            "the WhatsApp session is waiting for its QR code: open WAHA's dashboard and \
             scan it from the phone of Kettle's number (Settings → Linked devices)"
        }
        "STARTING" => "the WhatsApp session is starting; messages wait until it works",
        "PASSKEY_REQUIRED" | "PASSKEY_CONFIRMATION_REQUIRED" => {
            "the WhatsApp session needs the passkey confirmed on the phone of Kettle's number"
        }
        _ => {
            "the WhatsApp session has stopped or failed: restart it in WAHA's dashboard, \
             and scan the QR code again if asked"
        }
    };
    Some(format!("{what} (status {status})"))
}
