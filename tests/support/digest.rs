//! Helpers for the digest stories: instants, and the digests a chat got.

use super::checkin::texts_to;
use chrono::{DateTime, TimeZone as _, Utc};
use kettle::store::Store;

pub fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

/// Messages to `chat` that are digests.
pub async fn digests_to(store: &Store, chat: &str) -> Vec<String> {
    texts_to(store, chat)
        .await
        .into_iter()
        .filter(|t| t.contains("📋"))
        .collect()
}
