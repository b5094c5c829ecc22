//! Members the fast path has lately read, kept in memory (Postgres only).
//!
//! On Postgres a known member's word in their group cost two statements in
//! a row: the steady read (see [`super::deferred`]), then the group write.
//! Measured, the read was a third of the server's work per update, and the
//! server's processor, not the disk, bounds Kettle there. So the read is
//! kept, with the row versions (`xmin`) of the community, person and
//! membership it came from, and the group write checks those versions with
//! the update's other writes. If any row changed since (a new role, a new
//! time zone, a departure: by this process or another), nothing of the
//! update is written; it comes back stale and runs again the ordinary way,
//! and the entry is dropped. So the update never acts on facts older than
//! its own commit, as with a fresh read. (The read is now the opening
//! statement that registers someone not kept, `store::first_press`: one
//! statement finds or makes the member and returns the same versions.)
//!
//! SQLite keeps reading: a read there is a hand-off to its connection's
//! thread, and the check would cost the same in its one writer.

use super::{CommunityRecord, PersonRecord};
use crate::domain::{Channel, PlatformUser, Role};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// At most this many members are kept; past it, the memory starts afresh.
/// About half a kilobyte each.
const MOST: usize = 20_000;

/// What a member's opening found, and the row versions it found it at.
#[derive(Debug)]
pub(super) struct Known {
    pub(super) community: CommunityRecord,
    pub(super) person: PersonRecord,
    pub(super) role: Role,
    pub(super) last_heard_on: Option<String>,
    pub(super) check: Check,
}

/// The rows a kept read came from, by id and version: the group write
/// finds them unchanged, or the update is stale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Check {
    pub(super) community_id: i64,
    pub(super) person_id: i64,
    pub(super) community_version: String,
    pub(super) person_version: String,
    pub(super) membership_version: String,
}

/// Who a kept read is for: the account in the chat.
pub(super) type Key = (Channel, String, String);

/// The members this engine's fast path has lately read. One per engine.
#[derive(Default)]
pub struct KnownMembers {
    entries: Mutex<HashMap<Key, Arc<Known>>>,
}

impl std::fmt::Debug for KnownMembers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KnownMembers").finish_non_exhaustive()
    }
}

impl KnownMembers {
    pub(super) fn key(channel: Channel, chat: &str, user: &PlatformUser) -> Key {
        (channel, chat.to_string(), user.user_id.clone())
    }

    /// The kept read for `user` in the chat, if it still matches what the
    /// platform says of them (the steady read's own conditions: the same
    /// name, and the same language unless the platform said none).
    pub(super) fn get(&self, key: &Key, user: &PlatformUser) -> Option<Arc<Known>> {
        let known = self.lock().get(key).cloned()?;
        let person = &known.person;
        let same_language = user.language_code.is_none()
            || user.language_code.as_deref() == person.platform_language.as_deref();
        (person.display_name == user.display_name && same_language).then_some(known)
    }

    pub(super) fn keep(&self, key: Key, known: Known) {
        let mut entries = self.lock();
        if entries.len() >= MOST {
            entries.clear();
        }
        entries.insert(key, Arc::new(known));
    }

    pub(super) fn forget(&self, key: &Key) {
        self.lock().remove(key);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, Arc<Known>>> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Whether the rows a kept read came from are unchanged (see [`Check`]),
/// for `cv`'s rows (`n`, `community_id`, `person_id` and the three
/// versions): those whose rows changed, or whose community has since been
/// linked to another chat. Shared by [`still_holds`] and the group write.
///
/// The linked chat is looked for by key, one community at a time. As
/// `OR EXISTS (…)`, the plan `auto_explain` showed for the benchmark's
/// batches hashed every community's `linked_to` (a sequential scan of
/// `communities`): cheap while there are few, but a generic plan made then
/// could go on reading every community for each batch until an `ANALYZE`,
/// as the votes' inbox check did (`group_votes::VOTES_WRITES`).
pub(super) const CHANGED: &str = "
    SELECT cv.n FROM cv
    LEFT JOIN LATERAL (
        SELECT true AS linked FROM communities l
        WHERE l.linked_to = cv.community_id LIMIT 1) l ON true
    WHERE l.linked IS NOT NULL OR NOT EXISTS (
        SELECT 1 FROM communities c
        JOIN memberships m ON m.community_id = c.id AND m.person_id = cv.person_id
        JOIN people p ON p.id = cv.person_id
        WHERE c.id = cv.community_id AND CAST(c.xmin AS text) = cv.xc
          AND CAST(p.xmin AS text) = cv.xp AND CAST(m.xmin AS text) = cv.xm)";

/// Whether a kept read still holds, checked in a transaction about to write.
pub(super) async fn still_holds(
    t: &mut sqlx::PgConnection,
    check: &Check,
) -> super::StoreResult<bool> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "WITH cv AS (SELECT 0 AS n, $1::bigint AS community_id, $2::bigint AS person_id, \
             $3::text AS xc, $4::text AS xp, $5::text AS xm) \
             SELECT NOT EXISTS ({CHANGED})"
        )
    });
    Ok(sqlx::query_scalar(&SQL)
        .bind(check.community_id)
        .bind(check.person_id)
        .bind(&check.community_version)
        .bind(&check.person_version)
        .bind(&check.membership_version)
        .fetch_one(t)
        .await?)
}
