//! One community across several chats: the one-time codes that link a
//! chat to a community, the linked chats themselves, and the copies of a
//! group message shown in each (see migration 0016).
//!
//! A linked chat keeps its own row in `communities` for what is its own
//! (channel, chat id, title, language, head count); a chat is always seen
//! through its community, as a *view*: the community's id and settings
//! with the chat's own address and language (see [`VIEW`]).

use super::communities::{CommunityRow, COLUMNS};
use super::{on_read, on_tx, StoreResult, Tx};
use crate::domain::Channel;
use crate::store::CommunityRecord;
use chrono::{DateTime, Utc};

/// The columns a chat shows as its own; the rest are its community's.
const OWN: [&str; 4] = ["channel", "chat_id", "title", "language"];

/// The community's columns as seen from one chat: `a` is the community's
/// row, `b` the chat's own (the same row for the community's first chat).
/// The head count is the community's: its chats' counts added up (someone
/// in two chats counts twice until their accounts are one), so quorum and
/// turnout are the same whichever chat asks.
pub(super) fn view_columns(a: &str, b: &str) -> String {
    COLUMNS
        .split(", ")
        .map(|c| match c {
            // Linked rows are few and indexed apart: a community with none
            // pays one empty index probe.
            "member_count" => format!(
                "COALESCE((SELECT CAST(SUM(l.member_count) AS BIGINT) FROM communities l \
                 WHERE l.linked_to = {a}.id) + COALESCE({a}.member_count, 0), {a}.member_count) \
                 AS member_count"
            ),
            _ if OWN.contains(&c) => format!("{b}.{c} AS {c}"),
            _ => format!("{a}.{c} AS {c}"),
        })
        .chain([format!(
            "EXISTS (SELECT 1 FROM communities l WHERE l.linked_to = {a}.id) AS linked"
        )])
        .collect::<Vec<_>>()
        .join(", ")
}

/// The view of the chat `$1`/`$2`: through its community if linked.
pub(super) static VIEW: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| view(""));

/// [`VIEW`] with `extra` columns (of `a`, the community's row, and `b`,
/// the chat's).
pub(super) fn view(extra: &str) -> String {
    format!(
        "SELECT {}{extra} FROM communities b JOIN communities a ON a.id = COALESCE(b.linked_to, b.id) \
         WHERE b.channel = $1 AND b.chat_id = $2",
        view_columns("a", "b")
    )
}

/// What redeeming a link code came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Redeemed {
    /// The code's community, now shown in the chat too.
    Linked(i64),
    /// No such code, or it ran out: codes last 15 minutes, once.
    Unknown,
    /// The code was made in this very community.
    Same,
    /// The chat is already linked to a community (unlink it first).
    AlreadyLinked,
    /// The chat has something of its own still running (an open round or
    /// poll, a time poll, a coming meeting, a regular check-in or meeting).
    Busy,
    /// Other chats are linked to this one: it leads a community of its own.
    HasLinks,
}

/// A chat's row: what it is linked to, whether others are linked to it,
/// and whether it has something of its own still running ($2: now).
const STATE: &str = "SELECT c.linked_to, \
       EXISTS (SELECT 1 FROM communities l WHERE l.linked_to = c.id), \
       EXISTS (SELECT 1 FROM checkin_rounds r WHERE r.community_id = c.id AND r.closed_at IS NULL) \
       OR EXISTS (SELECT 1 FROM polls p WHERE p.community_id = c.id AND p.status = 'open') \
       OR EXISTS (SELECT 1 FROM time_polls t WHERE t.community_id = c.id \
                  AND t.status IN ('draft', 'open', 'closed')) \
       OR EXISTS (SELECT 1 FROM meetings m WHERE m.community_id = c.id \
                  AND m.status = 'scheduled' AND m.starts_at > $2) \
       OR EXISTS (SELECT 1 FROM meeting_series s WHERE s.community_id = c.id AND s.active) \
       OR EXISTS (SELECT 1 FROM checkin_schedules s WHERE s.community_id = c.id) \
     FROM communities c WHERE c.id = $1";

impl Tx {
    /// Stores a one-time code for linking another chat to `community_id`.
    pub async fn create_link_code(
        &mut self,
        code: &str,
        community_id: i64,
        expires_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql = "INSERT INTO link_codes (code, community_id, expires_at) VALUES ($1, $2, $3)";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(code)
            .bind(community_id)
            .bind(expires_at)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Takes `code` (once) and links the chat whose own row is `chat_row`
    /// to its community: the chat's current members become the
    /// community's (coordinators stay coordinators), and its own row rests
    /// (inactive) while linked. A chat with something still running of its
    /// own is refused before the code is taken, so it can be sent again.
    pub async fn redeem_link_code(
        &mut self,
        code: &str,
        chat_row: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<Redeemed> {
        let sql = "SELECT community_id FROM link_codes WHERE code = $1 AND expires_at > $2";
        let found: Option<(i64,)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(code)
            .bind(now)
            .fetch_optional(&mut *c)
            .await?);
        let Some((community_id,)) = found else {
            return Ok(Redeemed::Unknown);
        };
        let row: Option<(Option<i64>, bool, bool)> = on_read!(self, |c| sqlx::query_as(STATE)
            .bind(chat_row)
            .bind(now)
            .fetch_optional(&mut *c)
            .await?);
        match row {
            _ if community_id == chat_row => return Ok(Redeemed::Same),
            Some((Some(to), _, _)) if to == community_id => return Ok(Redeemed::Same),
            Some((Some(_), _, _)) | None => return Ok(Redeemed::AlreadyLinked),
            Some((None, true, _)) => return Ok(Redeemed::HasLinks),
            Some((None, false, true)) => return Ok(Redeemed::Busy),
            Some((None, false, false)) => {}
        }
        // Taking the code is what makes it work once: of two chats sending
        // it at the same moment, only the one whose delete took it links.
        let sql = "DELETE FROM link_codes WHERE code = $1";
        let taken = on_tx!(self, |c| sqlx::query(sql)
            .bind(code)
            .execute(&mut *c)
            .await?
            .rows_affected());
        if taken != 1 {
            return Ok(Redeemed::Unknown);
        }
        let statements = [
            "UPDATE communities SET linked_to = $1, active = FALSE WHERE id = $2",
            "INSERT INTO memberships (community_id, person_id, role, joined_at) \
             SELECT $1, m.person_id, m.role, m.joined_at FROM memberships m \
             WHERE m.community_id = $2 AND m.left_at IS NULL \
             ON CONFLICT (community_id, person_id) DO UPDATE SET left_at = NULL, \
               role = CASE WHEN excluded.role = 'coordinator' THEN 'coordinator' ELSE memberships.role END \
             WHERE memberships.removed_at IS NULL",
        ];
        for sql in statements {
            on_tx!(self, |c| sqlx::query(sql)
                .bind(community_id)
                .bind(chat_row)
                .execute(&mut *c)
                .await?
                .rows_affected());
        }
        Ok(Redeemed::Linked(community_id))
    }

    /// The chat's own row: its id and the community it is linked to.
    pub async fn chat_row(
        &mut self,
        channel: Channel,
        chat_id: &str,
    ) -> StoreResult<Option<(i64, Option<i64>)>> {
        let sql = "SELECT id, linked_to FROM communities WHERE channel = $1 AND chat_id = $2";
        Ok(on_read!(self, |c| sqlx::query_as(sql)
            .bind(channel.as_str())
            .bind(chat_id)
            .fetch_optional(&mut *c)
            .await?))
    }

    /// The community as each of its chats shows it: its first chat, then
    /// every linked chat in the order they were linked.
    pub async fn community_views(
        &mut self,
        community_id: i64,
    ) -> StoreResult<Vec<CommunityRecord>> {
        let sql = format!(
            "SELECT {} FROM communities a JOIN communities b ON b.id = a.id OR b.linked_to = a.id \
             WHERE a.id = $1 ORDER BY b.id <> a.id, b.id",
            view_columns("a", "b")
        );
        let rows: Vec<CommunityRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(community_id)
            .fetch_all(&mut *c)
            .await?);
        rows.into_iter().map(CommunityRecord::try_from).collect()
    }

    /// Unlinks a chat: it is a community of its own again. When no other
    /// of the community's chats is on its platform, the members on that
    /// platform were in the community through it, and go with it; when
    /// another is, Kettle cannot tell which chat they are in, so the
    /// community keeps them and the chat has the members it had before it
    /// was linked (others join as they speak). Returns `false` if the chat
    /// was not linked.
    pub async fn unlink_chat(&mut self, chat_row: i64, now: DateTime<Utc>) -> StoreResult<bool> {
        let sql = "SELECT linked_to FROM communities WHERE id = $1";
        let found: Option<(Option<i64>,)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(chat_row)
            .fetch_optional(&mut *c)
            .await?);
        let Some((Some(community_id),)) = found else {
            return Ok(false);
        };
        let statements = [
            "INSERT INTO memberships (community_id, person_id, role, joined_at) \
             SELECT $2, m.person_id, m.role, $3 FROM memberships m JOIN people p ON p.id = m.person_id \
             JOIN communities b ON b.id = $2 \
             WHERE m.community_id = $1 AND m.left_at IS NULL AND p.channel = b.channel \
               AND NOT EXISTS (SELECT 1 FROM communities o \
                               WHERE o.channel = b.channel AND o.id <> b.id \
                                 AND (o.id = $1 OR o.linked_to = $1)) \
             ON CONFLICT (community_id, person_id) DO UPDATE SET left_at = NULL \
             WHERE memberships.removed_at IS NULL",
            "UPDATE memberships SET left_at = $3 WHERE community_id = $1 AND left_at IS NULL \
             AND person_id IN (SELECT p.id FROM people p JOIN communities b ON b.id = $2 \
                               WHERE p.channel = b.channel) \
             AND NOT EXISTS (SELECT 1 FROM communities o JOIN communities b ON b.id = $2 \
                             WHERE o.channel = b.channel AND o.id <> b.id \
                               AND (o.id = $1 OR o.linked_to = $1))",
        ];
        for sql in statements {
            on_tx!(self, |c| sqlx::query(sql)
                .bind(community_id)
                .bind(chat_row)
                .bind(now)
                .execute(&mut *c)
                .await?
                .rows_affected());
        }
        let sql = "UPDATE communities SET linked_to = NULL, active = TRUE WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(chat_row)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(true)
    }

    /// Notes that `copy` shows `message` in another of its community's chats.
    pub async fn record_copy(&mut self, message: i64, copy: i64) -> StoreResult<()> {
        let sql = "INSERT INTO message_copies (message_id, copy_id) VALUES ($1, $2) \
                   ON CONFLICT DO NOTHING";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(message)
            .bind(copy)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Where `message` (sent to the community's first chat) is shown: that
    /// chat, then each chat still linked with a copy, as each chat's view,
    /// with the message's id there.
    pub async fn shown_in(
        &mut self,
        community_id: i64,
        message: i64,
    ) -> StoreResult<Vec<(CommunityRecord, i64)>> {
        let sql = format!(
            "SELECT {}, CAST($1 AS BIGINT) AS copy_id, CAST(0 AS BIGINT) AS n FROM communities a WHERE a.id = $2 \
             UNION ALL \
             SELECT {}, mc.copy_id, b.id AS n FROM message_copies mc JOIN outbox o ON o.id = mc.copy_id \
             JOIN communities b ON b.channel = o.channel AND b.chat_id = o.chat_id \
             JOIN communities a ON a.id = b.linked_to \
             WHERE mc.message_id = $1 AND a.id = $2 ORDER BY n",
            view_columns("a", "a"),
            view_columns("a", "b")
        );
        let rows: Vec<CopyRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(message)
            .bind(community_id)
            .fetch_all(&mut *c)
            .await?);
        rows.into_iter()
            .map(|r| Ok((CommunityRecord::try_from(r.community)?, r.copy_id)))
            .collect()
    }
}

#[derive(sqlx::FromRow)]
struct CopyRow {
    #[sqlx(flatten)]
    community: CommunityRow,
    copy_id: i64,
}
