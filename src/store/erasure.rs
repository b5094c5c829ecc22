//! `/forget`: erasing one person everywhere Kettle holds them, in one
//! transaction, the same on both backends.
//!
//! What a community decided stays decided: a closed poll keeps its totals
//! (the person's ballot becomes an anonymous one and the poll remembers one
//! more forgotten voter, so turnout and quorum never change), a check-in
//! keeps its count (cut loose from the person, words gone), a digest keeps
//! its numbers (the person's id in its member lists becomes 0). Everything
//! that names them, holds their words or says what they chose goes.

use super::{on_read, on_tx, PersonRecord, StoreResult, Tx};
use crate::domain::Channel;
use serde_json::Value;

/// What was erased, for the farewell message and the log (counts only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Erased {
    pub memberships: u64,
    pub check_ins: u64,
    pub votes: u64,
    pub replies: u64,
}

/// The id a forgotten member has in a stored digest's member lists.
pub const FORGOTTEN_ID: i64 = 0;

/// Rows that only ever hold the person, deleted outright.
const DELETE_BY_PERSON: [&str; 11] = [
    "time_poll_answers",
    "meeting_rsvps",
    "meeting_attendance",
    "member_weeks",
    "memberships",
    "person_quiet_hours",
    "poll_ballot_drafts",
    "poll_setups",
    "checkin_word_prompts",
    "native_poll_votes",
    "buttons",
];

impl Tx {
    /// Erases `person` and everything that identifies them.
    pub async fn forget_person(&mut self, person: &PersonRecord) -> StoreResult<Erased> {
        let id = person.id;
        let mut needles = self.words_of(id).await?;
        let mut erased = Erased {
            memberships: self.count_where("memberships", id).await?,
            check_ins: self.count_where("checkin_answers", id).await?,
            votes: self.count_where("poll_voters", id).await?,
            replies: 0,
        };
        self.detach_ballots(id).await?;
        // Check-ins stay as counts, cut loose and coarsened to the hour.
        let checkins = "UPDATE checkin_answers SET person_id = NULL, words = NULL, \
                        answered_at = COALESCE((SELECT r.opened_at FROM checkin_rounds r \
                        WHERE r.id = checkin_answers.round_id), answered_at) WHERE person_id = $1";
        on_tx!(self, |c| sqlx::query(checkins)
            .bind(id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        self.forget_named_in_actions(id).await?;
        // Their accounts on other platforms (`/me link`) go with them: the
        // rows by cascade, their chats, names and ids here.
        let accounts = self.linked_accounts(id).await?;
        let ids: Vec<i64> = std::iter::once(id)
            .chain(accounts.iter().map(|a| a.id))
            .collect();
        self.forget_in_digests(id, &ids).await?;
        for table in DELETE_BY_PERSON {
            let sql = format!("DELETE FROM {table} WHERE person_id = $1");
            erased.replies += on_tx!(self, |c| sqlx::query(&sql)
                .bind(id)
                .execute(&mut *c)
                .await?
                .rows_affected());
        }
        let lids = "DELETE FROM whatsapp_lids WHERE phone_id = $1 OR lid = $1";
        for account in std::iter::once(person).chain(&accounts) {
            self.forget_private_chat(account.channel, account).await?;
            needles.push(account.platform_user_id.clone());
            on_tx!(self, |c| sqlx::query(lids)
                .bind(&account.platform_user_id)
                .execute(&mut *c)
                .await?
                .rows_affected());
        }
        // The longest first: "Dana" must not eat into "Dana W" before
        // "Dana W" is found whole.
        let mut names: Vec<&str> = std::iter::once(person)
            .chain(&accounts)
            .map(|a| a.display_name.as_str())
            .collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        self.scrub_outbox(&names, &needles).await?;
        // The linked accounts' rows go by cascade (`same_as`).
        let people = "DELETE FROM people WHERE id = $1";
        on_tx!(self, |c| sqlx::query(people)
            .bind(id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(erased)
    }

    /// Messages still waiting for `chat` (a farewell to someone just
    /// forgotten) are deleted once delivered, keeping nothing of them.
    pub async fn erase_when_sent(&mut self, channel: Channel, chat: &str) -> StoreResult<()> {
        let sql = "UPDATE outbox SET erase_when_sent = TRUE \
                   WHERE channel = $1 AND chat_id = $2 AND status = 'pending'";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(channel.as_str())
            .bind(chat)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Words only they wrote: check-in words and reasons, to scrub from
    /// messages not yet sent.
    async fn words_of(&mut self, id: i64) -> StoreResult<Vec<String>> {
        let sql = "SELECT words FROM checkin_answers WHERE person_id = $1 AND words IS NOT NULL \
                   UNION SELECT reason FROM poll_voters WHERE person_id = $1 AND reason IS NOT NULL \
                   UNION SELECT reason FROM poll_ballot_drafts WHERE person_id = $1 AND reason IS NOT NULL";
        let rows: Vec<(String,)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(id)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows.into_iter().map(|(w,)| w).collect())
    }

    async fn count_where(&mut self, table: &str, id: i64) -> StoreResult<u64> {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE person_id = $1");
        let (n,): (i64,) = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_one(&mut *c)
            .await?);
        Ok(n.max(0) as u64)
    }

    /// A closed poll keeps its totals: a named ballot becomes an anonymous
    /// one (without its reason). An anonymous ballot is already detached
    /// and still counts, open or closed. A named ballot in an open poll is
    /// withdrawn, as if never cast. Either way the voter record goes, and
    /// a poll whose ballot stays remembers one more forgotten voter.
    async fn detach_ballots(&mut self, id: i64) -> StoreResult<()> {
        let named: Vec<(i64, String)> = on_read!(self, |c| sqlx::query_as(
            "SELECT v.poll_id, v.ballot FROM poll_voters v JOIN polls p ON p.id = v.poll_id \
             WHERE v.person_id = $1 AND p.status = 'closed' AND v.ballot IS NOT NULL"
        )
        .bind(id)
        .fetch_all(&mut *c)
        .await?);
        let urn =
            "INSERT INTO poll_ballots (id, poll_id, ballot, reason) VALUES ($1, $2, $3, NULL)";
        for (poll_id, ballot) in named {
            let token = super::ballots::ballot_key();
            on_tx!(self, |c| sqlx::query(urn)
                .bind(token)
                .bind(poll_id)
                .bind(ballot)
                .execute(&mut *c)
                .await?
                .rows_affected());
        }
        let kept = "UPDATE polls SET forgotten_voters = forgotten_voters + 1 WHERE id IN \
                    (SELECT v.poll_id FROM poll_voters v JOIN polls p ON p.id = v.poll_id \
                     WHERE v.person_id = $1 AND (p.anonymous OR p.status = 'closed'))";
        let voters = "DELETE FROM poll_voters WHERE person_id = $1";
        on_tx!(self, |c| {
            sqlx::query(kept).bind(id).execute(&mut *c).await?;
            sqlx::query(voters)
                .bind(id)
                .execute(&mut *c)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    /// Buttons and timed jobs that name the person inside their action
    /// (a coordinator's "who came" button, a personal nudge) go too.
    async fn forget_named_in_actions(&mut self, id: i64) -> StoreResult<()> {
        for (table, key) in [("buttons", "token"), ("jobs", "CAST(id AS TEXT)")] {
            let json = if table == "buttons" {
                "action"
            } else {
                "payload"
            };
            let sql = format!(
                "SELECT {key}, CAST({json} AS TEXT) FROM {table} \
                 WHERE CAST({json} AS TEXT) LIKE '%person_id%'"
            );
            let rows: Vec<(String, String)> =
                on_read!(self, |c| sqlx::query_as(&sql).fetch_all(&mut *c).await?);
            let delete = format!("DELETE FROM {table} WHERE {key} = $1");
            for (row, action) in rows {
                let names_them = serde_json::from_str::<Value>(&action)
                    .ok()
                    .and_then(|a| a.get("person_id").and_then(Value::as_i64))
                    == Some(id);
                if names_them {
                    on_tx!(self, |c| sqlx::query(&delete)
                        .bind(&row)
                        .execute(&mut *c)
                        .await?
                        .rows_affected());
                }
            }
        }
        Ok(())
    }

    /// Stored digests keep their counts: the person's id (and their linked
    /// accounts' ids, `ids`) in a member list becomes [`FORGOTTEN_ID`]; the
    /// digests are those of the communities `id` is in.
    async fn forget_in_digests(&mut self, id: i64, ids: &[i64]) -> StoreResult<()> {
        for table in ["digests", "digest_history"] {
            let version = if table == "digests" { "0" } else { "version" };
            let select = format!(
                "SELECT community_id, period, {version}, CAST(digest AS TEXT) FROM {table} \
                 WHERE community_id IN (SELECT community_id FROM memberships WHERE person_id = $1)"
            );
            let rows: Vec<(i64, String, i32, String)> = on_read!(self, |c| sqlx::query_as(&select)
                .bind(id)
                .fetch_all(&mut *c)
                .await?);
            let update = format!(
                "UPDATE {table} SET digest = $3 WHERE community_id = $1 AND period = $2 \
                 AND {version} = $4"
            );
            for (community, period, version, text) in rows {
                let Ok(mut digest) = serde_json::from_str::<Value>(&text) else {
                    continue;
                };
                let mut changed = false;
                for id in ids {
                    changed |= replace_member(&mut digest, *id);
                }
                if !changed {
                    continue;
                }
                let json = sqlx::types::Json(digest);
                on_tx!(self, |c| sqlx::query(&update)
                    .bind(community)
                    .bind(&period)
                    .bind(&json)
                    .bind(version)
                    .execute(&mut *c)
                    .await?
                    .rows_affected());
            }
        }
        Ok(())
    }

    /// Messages not yet sent (and the console's, which keeps its text for
    /// its transcript) that name the person (by any of their accounts'
    /// `names`) or quote their words: a name becomes a stand-in, the words
    /// an ellipsis. Each is searched for once.
    async fn scrub_outbox(&mut self, names: &[&str], words: &[String]) -> StoreResult<()> {
        let sql = "SELECT id, CAST(payload AS TEXT) FROM outbox \
                   WHERE CAST(payload AS TEXT) LIKE $1 ESCAPE '\\'";
        let update = "UPDATE outbox SET payload = $2 WHERE id = $1";
        let needles = names
            .iter()
            .copied()
            .chain(words.iter().map(String::as_str));
        for needle in needles.filter(|n| !n.trim().is_empty()) {
            let pattern = format!("%{}%", like_escape(needle));
            let rows: Vec<(i64, String)> = on_read!(self, |c| sqlx::query_as(sql)
                .bind(&pattern)
                .fetch_all(&mut *c)
                .await?);
            for (id, payload) in rows {
                let Ok(mut value) = serde_json::from_str::<Value>(&payload) else {
                    continue;
                };
                scrub_strings(&mut value, names, words);
                let json = sqlx::types::Json(value);
                on_tx!(self, |c| sqlx::query(update)
                    .bind(id)
                    .bind(&json)
                    .execute(&mut *c)
                    .await?
                    .rows_affected());
            }
        }
        Ok(())
    }
}

/// Replaces `id` with [`FORGOTTEN_ID`] in a digest's member lists.
fn replace_member(digest: &mut Value, id: i64) -> bool {
    let mut changed = false;
    if let Some(members) = digest.get_mut("members").and_then(Value::as_object_mut) {
        for list in ["joined", "left", "not_heard"] {
            if let Some(ids) = members.get_mut(list).and_then(Value::as_array_mut) {
                for entry in ids.iter_mut().filter(|e| e.as_i64() == Some(id)) {
                    *entry = Value::from(FORGOTTEN_ID);
                    changed = true;
                }
            }
        }
    }
    changed
}

/// Every string inside `value`, with `words` cut and each of `names` (as
/// a whole word) replaced by a neutral stand-in.
fn scrub_strings(value: &mut Value, names: &[&str], words: &[String]) {
    match value {
        Value::String(s) => {
            for name in names {
                *s = scrub(s, name, words);
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|v| scrub_strings(v, names, words)),
        Value::Object(map) => map
            .values_mut()
            .for_each(|v| scrub_strings(v, names, words)),
        _ => {}
    }
}

/// The text with `words` replaced by "…" and `name` by "someone", where the
/// name stands as a whole word (so "Sam" leaves "Samosa" alone).
pub fn scrub(text: &str, name: &str, words: &[String]) -> String {
    let mut out = text.to_string();
    for w in words.iter().filter(|w| !w.trim().is_empty()) {
        out = out.replace(w.as_str(), "…");
    }
    if name.trim().is_empty() {
        return out;
    }
    let mut result = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + name.len()..].chars().next();
        let whole =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        result.push_str(&rest[..at]);
        result.push_str(if whole { "someone" } else { name });
        rest = &rest[at + name.len()..];
    }
    result.push_str(rest);
    result
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_replaced_only_where_it_stands_as_a_word() {
        let words = vec!["tired but here".to_string()];
        assert_eq!(
            scrub("Sam: tired but here (Samosa night)", "Sam", &words),
            "someone: … (Samosa night)"
        );
        assert_eq!(scrub("Going: Ann, Sam", "Sam", &[]), "Going: Ann, someone");
    }

    #[test]
    fn a_digest_keeps_its_counts_when_a_member_is_forgotten() {
        let mut d =
            serde_json::json!({"members": {"joined": [4, 7], "left": [], "not_heard": [7]}});
        assert!(replace_member(&mut d, 7));
        assert_eq!(
            d,
            serde_json::json!({"members": {"joined": [4, 0], "left": [], "not_heard": [0]}})
        );
        assert!(!replace_member(&mut d, 9));
    }
}
