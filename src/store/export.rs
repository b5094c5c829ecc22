//! `/mydata`: everything Kettle holds about one person, as JSON. Each
//! section is one query, so adding a table that holds people means adding
//! a section here (and a line in `erasure`).

use super::{on_read, PersonRecord, StoreResult, Tx};
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};

/// A JSON value from a column holding JSON text (a ballot, a poll's
/// options), or the text itself if it is not JSON.
fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_string()))
}

impl Tx {
    /// Every record linked to `person`, section by section. What is
    /// detached (anonymous ballots, settled check-ins) is not linked, so
    /// it cannot be found, and is not here.
    pub async fn export_person(&mut self, person: &PersonRecord) -> StoreResult<Value> {
        let id = person.id;
        let mut out = Map::new();
        let created: Option<(String, DateTime<Utc>)> = on_read!(self, |c| sqlx::query_as(
            "SELECT channel, created_at FROM people WHERE id = $1"
        )
        .bind(id)
        .fetch_optional(&mut *c)
        .await?);
        let (channel, since) = created.unzip();
        let quiet: Option<(String,)> = on_read!(self, |c| sqlx::query_as(
            "SELECT quiet FROM person_quiet_hours WHERE person_id = $1"
        )
        .bind(id)
        .fetch_optional(&mut *c)
        .await?);
        out.insert(
            "identity".into(),
            json!({
                "channel": channel,
                "platform_user_id": person.platform_user_id,
                "display_name": person.display_name,
                "language_chosen": person.language.map(|l| l.code()),
                "language_of_your_app": person.platform_language,
                "time_zone": person.time_zone.map(|z| z.name().to_string()),
                "private_chat_started": person.private_chat_id.is_some(),
                "quiet_hours": quiet.map(|(q,)| q),
                "first_seen": since,
            }),
        );
        let accounts: Vec<Value> = self
            .linked_accounts(id)
            .await?
            .iter()
            .map(|a| {
                json!({
                    "channel": a.channel.as_str(),
                    "platform_user_id": a.platform_user_id,
                    "display_name": a.display_name,
                    "private_chat_started": a.private_chat_id.is_some(),
                })
            })
            .collect();
        if !accounts.is_empty() {
            out.insert("linked_accounts".into(), Value::Array(accounts));
        }
        if let Some(window) = self.cloud_window_export(person).await? {
            out.insert("whatsapp_business_number".into(), window);
        }
        out.insert("memberships".into(), self.memberships_export(id).await?);
        out.insert("check_ins".into(), self.check_ins_export(id).await?);
        out.insert("votes".into(), self.votes_export(id).await?);
        out.insert("meetings".into(), self.meetings_export(id).await?);
        out.insert("created".into(), self.created_export(id).await?);
        Ok(Value::Object(out))
    }

    /// What the WhatsApp Cloud API's 24-hour window needs kept: when the
    /// person last wrote to the business number (never what).
    async fn cloud_window_export(&mut self, person: &PersonRecord) -> StoreResult<Option<Value>> {
        let Some(chat) =
            crate::domain::whatsapp_ids::cloud_chat_of_person(&person.platform_user_id)
        else {
            return Ok(None);
        };
        let sql =
            "SELECT last_inbound_at, template_only FROM whatsapp_cloud_chats WHERE chat_id = $1";
        let row: Option<(Option<DateTime<Utc>>, bool)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(&chat)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(|(last, template_only)| {
            json!({"last_wrote_at": last, "must_write_first": template_only})
        }))
    }

    async fn memberships_export(&mut self, id: i64) -> StoreResult<Value> {
        let sql = "SELECT c.title, c.channel, m.role, m.joined_at, m.left_at, m.last_heard_on \
                   FROM memberships m JOIN communities c ON c.id = m.community_id \
                   WHERE m.person_id = $1 ORDER BY m.joined_at";
        type Row = (
            String,
            String,
            String,
            DateTime<Utc>,
            Option<DateTime<Utc>>,
            Option<String>,
        );
        let rows: Vec<Row> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(id)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows
            .into_iter()
            .map(|(group, channel, role, joined, left, heard)| {
                json!({"group": group, "channel": channel, "role": role, "joined_at": joined,
                       "left_at": left, "last_heard_on": heard})
            })
            .collect())
    }

    async fn check_ins_export(&mut self, id: i64) -> StoreResult<Value> {
        let sql = "SELECT c.title, a.answer, a.visibility, a.words, a.answered_at \
                   FROM checkin_answers a JOIN communities c ON c.id = a.community_id \
                   WHERE a.person_id = $1 ORDER BY a.answered_at";
        type Row = (String, String, String, Option<String>, DateTime<Utc>);
        let rows: Vec<Row> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(id)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows
            .into_iter()
            .map(|(group, answer, visibility, words, at)| {
                json!({"group": group, "answer": answer, "who_may_see": visibility,
                       "words": words, "answered_at": at})
            })
            .collect())
    }

    async fn votes_export(&mut self, id: i64) -> StoreResult<Value> {
        let polls =
            "SELECT c.title, p.question, p.options, p.anonymous, v.ballot, v.reason, v.voted_at \
                     FROM poll_voters v JOIN polls p ON p.id = v.poll_id \
                     JOIN communities c ON c.id = p.community_id \
                     WHERE v.person_id = $1 ORDER BY p.id";
        type Vote = (
            String,
            String,
            String,
            bool,
            Option<String>,
            Option<String>,
            Option<DateTime<Utc>>,
        );
        let rows: Vec<Vote> = on_read!(self, |c| sqlx::query_as(polls)
            .bind(id)
            .fetch_all(&mut *c)
            .await?);
        let polls: Vec<Value> = rows
            .into_iter()
            .map(
                |(group, question, options, anonymous, ballot, reason, at)| {
                    let ballot = match (anonymous, ballot) {
                        (true, _) => json!("anonymous: not linked to you, so not here"),
                        (false, Some(b)) => parsed(&b),
                        (false, None) => Value::Null,
                    };
                    json!({"group": group, "question": question, "options": parsed(&options),
                       "ballot": ballot, "reason": reason, "voted_at": at})
                },
            )
            .collect();
        let times = "SELECT t.title, o.starts_local, a.availability, a.answered_at \
                     FROM time_poll_answers a JOIN time_poll_options o ON o.id = a.option_id \
                     JOIN time_polls t ON t.id = o.poll_id WHERE a.person_id = $1 \
                     ORDER BY o.starts_at";
        let rows: Vec<(String, String, String, DateTime<Utc>)> =
            on_read!(self, |c| sqlx::query_as(times)
                .bind(id)
                .fetch_all(&mut *c)
                .await?);
        let times: Vec<Value> = rows
            .into_iter()
            .map(|(title, time, availability, at)| {
                json!({"meeting": title, "time": time, "answer": availability, "answered_at": at})
            })
            .collect();
        Ok(json!({"polls": polls, "meeting_times": times}))
    }

    async fn meetings_export(&mut self, id: i64) -> StoreResult<Value> {
        let rsvps = "SELECT m.title, m.starts_local, r.response, r.answered_at \
                     FROM meeting_rsvps r JOIN meetings m ON m.id = r.meeting_id \
                     WHERE r.person_id = $1 ORDER BY m.starts_at";
        let rows: Vec<(String, String, String, DateTime<Utc>)> =
            on_read!(self, |c| sqlx::query_as(rsvps)
                .bind(id)
                .fetch_all(&mut *c)
                .await?);
        let rsvps: Vec<Value> = rows
            .into_iter()
            .map(|(title, starts, response, at)| {
                json!({"meeting": title, "starts": starts, "answer": response, "answered_at": at})
            })
            .collect();
        let came = "SELECT m.title, m.starts_local FROM meeting_attendance a \
                    JOIN meetings m ON m.id = a.meeting_id WHERE a.person_id = $1 \
                    ORDER BY m.starts_at";
        let rows: Vec<(String, String)> = on_read!(self, |c| sqlx::query_as(came)
            .bind(id)
            .fetch_all(&mut *c)
            .await?);
        let came: Vec<Value> = rows
            .into_iter()
            .map(|(title, starts)| json!({"meeting": title, "starts": starts}))
            .collect();
        let agenda = "SELECT m.title, g.item, g.added_at FROM meeting_agenda g \
                      JOIN meetings m ON m.id = g.meeting_id WHERE g.person_id = $1 \
                      ORDER BY g.added_at";
        let rows: Vec<(String, String, DateTime<Utc>)> = on_read!(self, |c| sqlx::query_as(agenda)
            .bind(id)
            .fetch_all(&mut *c)
            .await?);
        let agenda: Vec<Value> = rows
            .into_iter()
            .map(|(title, item, at)| json!({"meeting": title, "item": item, "added_at": at}))
            .collect();
        Ok(json!({"answers": rsvps, "attended": came, "agenda_items": agenda}))
    }

    /// Polls, meetings and time polls they started, and settings they made.
    async fn created_export(&mut self, id: i64) -> StoreResult<Value> {
        let mut out = Map::new();
        let queries = [
            (
                "polls",
                "SELECT question, created_at FROM polls WHERE creator_id = $1 ORDER BY id",
            ),
            (
                "outcomes_recorded",
                "SELECT COALESCE(outcome, ''), outcome_at FROM polls WHERE outcome_by = $1 ORDER BY id",
            ),
            (
                "meeting_time_polls",
                "SELECT title, created_at FROM time_polls WHERE organiser_id = $1 ORDER BY id",
            ),
            (
                "meetings",
                "SELECT title, created_at FROM meetings WHERE organiser_id = $1 ORDER BY id",
            ),
            (
                "meeting_series",
                "SELECT title, created_at FROM meeting_series WHERE organiser_id = $1 ORDER BY id",
            ),
            (
                "check_in_rounds",
                "SELECT COALESCE(question, ''), opened_at FROM checkin_rounds WHERE opened_by = $1 ORDER BY id",
            ),
            (
                "check_in_schedules",
                "SELECT at_time, created_at FROM checkin_schedules WHERE created_by = $1 ORDER BY id",
            ),
            (
                "poll_being_set_up",
                "SELECT COALESCE(question, ''), updated_at FROM poll_setups WHERE person_id = $1",
            ),
            (
                "ballots_being_filled_in",
                "SELECT p.question, d.updated_at FROM poll_ballot_drafts d \
                 JOIN polls p ON p.id = d.poll_id WHERE d.person_id = $1 ORDER BY p.id",
            ),
        ];
        for (name, sql) in queries {
            let rows: Vec<(String, Option<DateTime<Utc>>)> =
                on_read!(self, |c| sqlx::query_as(sql)
                    .bind(id)
                    .fetch_all(&mut *c)
                    .await?);
            let list: Vec<Value> = rows
                .into_iter()
                .map(|(what, at)| json!({"what": what, "when": at}))
                .collect();
            out.insert(name.into(), Value::Array(list));
        }
        Ok(Value::Object(out))
    }
}
