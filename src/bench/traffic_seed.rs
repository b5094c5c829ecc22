//! What a Kettle busy a while also holds, beside the groups' records
//! (`digest_seed`): the messages it posted, their buttons, its finished
//! jobs and the keys of the updates it handled lately. For the growth
//! table: without them those tables are nearly empty when the database is
//! analysed, Postgres plans its lookups on them as scans of a page or two,
//! and the workloads that follow fill them within the minute, before
//! autovacuum analyses them again. Timed so, the 1,000-community column
//! measured those scans (the outbox read whole for each button's key
//! check, buttons by token, jobs by key), not how cost grows.

use super::digest_seed::{insert, ts, Ids};
use crate::store::Store;
use chrono::{DateTime, Duration, Utc};

/// Updates handled lately in each group, still kept as inbox keys.
const KEYS: usize = 10;

/// The posted messages' rows, accumulated then written in batches.
#[derive(Default)]
pub(super) struct Traffic {
    outbox: Vec<String>,
    buttons: Vec<String>,
    jobs: Vec<String>,
    inbox: Vec<String>,
}

impl Traffic {
    /// Group `community` (chat `chat`), as its last week left it: the
    /// meeting's, the check-in round's and the poll's posts, sent, with
    /// their buttons; the jobs that reminded, closed and counted them,
    /// done; and the updates of its last days.
    pub(super) fn group(&mut self, ids: &mut Ids, community: i64, chat: &str, week: DateTime<Utc>) {
        let posts: [(&str, &[&str]); 3] = [
            ("rsvp", &["going", "maybe", "cant"]),
            (
                "checkin_answer",
                &["rough", "low", "okay", "good", "great", "pass"],
            ),
            ("poll_vote", &["0", "1", "2"]),
        ];
        for (n, (action, choices)) in posts.iter().enumerate() {
            let id = ids.message;
            ids.message += 1;
            let at = week + Duration::hours(43 + 5 * n as i64);
            // A sent message keeps no text (`store::outbox`).
            self.outbox.push(format!(
                "({id}, 'telegram', '{chat}', 'group', '{chat}', 'send', '{{}}', 'sent', 1, {at}, {at}, 'm{id}', {at})",
                at = ts(at)
            ));
            for (k, choice) in choices.iter().enumerate() {
                self.buttons.push(format!(
                    r#"('seed-{id}-{k}', {community}, NULL, {id}, '{{"action": "{action}", "choice": "{choice}"}}', {})"#,
                    ts(at)
                ));
            }
            self.jobs.push(format!(
                "('seed_{action}', 'seed:{action}:{community}', '{{}}', {due}, 'done', 1, {due})",
                due = ts(at + Duration::hours(2))
            ));
        }
        for k in 0..KEYS {
            self.inbox.push(format!(
                "('telegram', 'seed:{community}:{k}', {})",
                ts(Utc::now() - Duration::hours(3 * k as i64 + 1))
            ));
        }
    }

    pub(super) async fn write(&self, store: &Store) -> anyhow::Result<()> {
        insert(store, "outbox (id, channel, chat_id, chat_kind, lane, kind, payload, status, attempts, not_before, created_at, platform_message_id, sent_at)", &self.outbox).await?;
        insert(
            store,
            "buttons (token, community_id, person_id, message_id, action, created_at)",
            &self.buttons,
        )
        .await?;
        insert(
            store,
            "jobs (kind, unique_key, payload, due_at, status, attempts, done_at)",
            &self.jobs,
        )
        .await?;
        insert(store, "inbox (channel, key, received_at)", &self.inbox).await
    }
}
