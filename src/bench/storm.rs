//! The reminder storm: 100,000 reminders booked, 10,000 of them due in the
//! same minute, two for each of 5,000 groups. First the due jobs run (each
//! turns a reminder into an outgoing message, in the job's transaction);
//! then the outbox drains through the real send budget on a simulated
//! clock, so the platform's pace is measured without waiting for it, and
//! every send time is checked against Telegram's limits.

use crate::app::Engine;
use crate::clock::ManualClock;
use crate::config::SendLimits;
use crate::domain::Channel;
use crate::jobs::Job;
use crate::store::{on_pool, Store};
use chrono::{DateTime, Duration, DurationRound, Utc};
use sqlx::types::Json;
use std::collections::HashMap;
use std::time::Instant;

pub const BOOKED: usize = 100_000;
pub const DUE: usize = 10_000;
pub const GROUPS: usize = DUE / 2;
/// Rows per multi-row insert while setting up.
const CHUNK: usize = 1_000;

pub struct Storm {
    /// Due reminders turned into outgoing messages, per second of wall time.
    pub jobs_per_second: f64,
    pub jobs_seconds: f64,
    /// From the first send to the last, on the simulated clock.
    pub drain_seconds: f64,
    /// DUE ÷ the global limit: no sender could be faster.
    pub floor_seconds: f64,
    /// Wall time the sender's database work took for the whole drain.
    pub claim_seconds: f64,
    /// The most sends in any one second.
    pub most_in_a_second: usize,
    /// The shortest gap between two sends to one chat.
    pub least_chat_gap: f64,
    /// The most sends to one group in any minute.
    pub most_in_a_group_minute: usize,
}

pub async fn run(engine_template: &Engine, limits: &SendLimits) -> anyhow::Result<Storm> {
    let store = &engine_template.store;
    let t0 = Utc::now().duration_trunc(Duration::seconds(1))?;
    // Earlier workloads' replies count as delivered and their timed work
    // (redraws) as done, so the storm runs and drains alone.
    for sql in [
        "UPDATE outbox SET status = 'sent' WHERE status = 'pending'",
        "UPDATE jobs SET status = 'done' WHERE status = 'pending'",
    ] {
        on_pool!(store, |p| sqlx::query(sql)
            .execute(p)
            .await?
            .rows_affected());
    }
    book(store, t0).await?;

    // Every due reminder, run by one job runner as the real binary runs it.
    let clock = ManualClock::new(t0 + Duration::seconds(61));
    let engine = Engine::new(
        store.clone(),
        engine_template.translator.clone(),
        clock.clone(),
        (*engine_template.settings).clone(),
    );
    let started = Instant::now();
    let mut ran = 0;
    loop {
        let n = crate::jobs::run_due_together(&engine, "storm", crate::jobs::AT_ONCE).await?;
        if n == 0 {
            break;
        }
        ran += n;
    }
    let jobs_seconds = started.elapsed().as_secs_f64();
    anyhow::ensure!(ran == DUE, "{ran} reminders ran, {DUE} were due");

    // Drain on a simulated clock: claim what the budget allows now, and
    // move the clock on to the last granted slot (or a quarter second).
    let started = Instant::now();
    let mut now = t0 + Duration::seconds(61);
    let mut sends: Vec<(DateTime<Utc>, String)> = Vec::with_capacity(DUE);
    let mut idle = 0;
    while sends.len() < DUE && idle < 10_000 {
        let batch = store
            .claim_outbox(Channel::Telegram, now, limits, Duration::seconds(60), 50)
            .await?;
        if batch.is_empty() {
            now += Duration::milliseconds(250);
            idle += 1;
            continue;
        }
        for m in &batch {
            store.mark_sent(m.id, None, m.send_at).await?;
            sends.push((m.send_at, m.chat_id.clone()));
            now = now.max(m.send_at);
        }
    }
    let claim_seconds = started.elapsed().as_secs_f64();
    anyhow::ensure!(sends.len() == DUE, "{} of {DUE} sent", sends.len());
    Ok(check(sends, limits, jobs_seconds, claim_seconds))
}

fn check(
    mut sends: Vec<(DateTime<Utc>, String)>,
    limits: &SendLimits,
    jobs_seconds: f64,
    claim_seconds: f64,
) -> Storm {
    sends.sort();
    let first = sends.first().map(|s| s.0).unwrap_or_default();
    let last = sends.last().map(|s| s.0).unwrap_or_default();
    let second = Duration::seconds(1);
    let mut most_in_a_second = 0;
    let mut start = 0;
    for end in 0..sends.len() {
        while sends[end].0 - sends[start].0 >= second {
            start += 1;
        }
        most_in_a_second = most_in_a_second.max(end - start + 1);
    }
    let mut by_chat: HashMap<&str, Vec<DateTime<Utc>>> = HashMap::new();
    for (at, chat) in &sends {
        by_chat.entry(chat).or_default().push(*at);
    }
    let mut least_chat_gap = f64::INFINITY;
    let mut most_in_a_group_minute = 0;
    for times in by_chat.values() {
        for pair in times.windows(2) {
            least_chat_gap = least_chat_gap.min((pair[1] - pair[0]).as_seconds_f64());
        }
        let in_a_minute = times
            .iter()
            .map(|t| {
                times
                    .iter()
                    .filter(|u| **u >= *t && **u - *t < Duration::minutes(1))
                    .count()
            })
            .max()
            .unwrap_or(0);
        most_in_a_group_minute = most_in_a_group_minute.max(in_a_minute);
    }
    let per_send = 1.0 / f64::from(limits.global_per_second.max(1));
    Storm {
        jobs_per_second: DUE as f64 / jobs_seconds,
        jobs_seconds,
        drain_seconds: (last - first).as_seconds_f64() + per_send,
        floor_seconds: DUE as f64 * per_send,
        claim_seconds,
        most_in_a_second,
        least_chat_gap,
        most_in_a_group_minute,
    }
}

/// Books the storm (untimed): groups, meetings and their reminder jobs,
/// in multi-row inserts. The due ones fall within the minute after `t0`.
async fn book(store: &Store, t0: DateTime<Utc>) -> anyhow::Result<()> {
    for chunk in (0..GROUPS).collect::<Vec<_>>().chunks(CHUNK) {
        on_pool!(store, |p| {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO communities (channel, chat_id, title, time_zone, language, created_at) ",
            );
            q.push_values(chunk, |mut row, g| {
                row.push_bind("telegram")
                    .push_bind(format!("-77{g:06}"))
                    .push_bind(format!("Storm group {g}"))
                    .push_bind("Europe/London")
                    .push_bind("en")
                    .push_bind(t0);
            });
            q.build().execute(p).await?.rows_affected()
        });
    }
    let sql = "SELECT id FROM communities WHERE chat_id LIKE '-77%' ORDER BY chat_id";
    let groups: Vec<i64> = on_pool!(store, |p| sqlx::query_scalar(sql).fetch_all(p).await?);
    let tz = chrono_tz::Europe::London;
    let starts = |i: usize| -> DateTime<Utc> {
        if i < DUE {
            t0 + Duration::minutes(60) + Duration::milliseconds((i * 60_000 / DUE) as i64)
        } else {
            t0 + Duration::days(7) + Duration::seconds(i as i64)
        }
    };
    for chunk in (0..BOOKED).collect::<Vec<_>>().chunks(CHUNK) {
        on_pool!(store, |p| {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO meetings (community_id, title, starts_local, time_zone, starts_at, \
                 minutes, uid, created_at) ",
            );
            q.push_values(chunk, |mut row, &i| {
                let at = starts(i);
                let local = at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string();
                row.push_bind(groups[i % groups.len()])
                    .push_bind("Residents' meeting")
                    .push_bind(local)
                    .push_bind("Europe/London")
                    .push_bind(at)
                    .push_bind(60)
                    .push_bind(format!("storm-{i}@kettle"))
                    .push_bind(t0);
            });
            q.build().execute(p).await?.rows_affected()
        });
    }
    let sql = "SELECT id FROM meetings WHERE uid LIKE 'storm-%' ORDER BY id";
    let meetings: Vec<i64> = on_pool!(store, |p| sqlx::query_scalar(sql).fetch_all(p).await?);
    for chunk in (0..meetings.len()).collect::<Vec<_>>().chunks(CHUNK) {
        on_pool!(store, |p| {
            let mut q =
                sqlx::QueryBuilder::new("INSERT INTO jobs (kind, unique_key, payload, due_at) ");
            q.push_values(chunk, |mut row, &i| {
                let job = Job::MeetReminder {
                    meeting_id: meetings[i],
                    sequence: 0,
                    minutes_before: 60,
                };
                let payload = serde_json::to_value(&job).unwrap_or_default();
                row.push_bind(job.kind())
                    .push_bind(format!("storm:{i}"))
                    .push_bind(Json(payload))
                    .push_bind(starts(i) - Duration::minutes(60));
            });
            q.build().execute(p).await?.rows_affected()
        });
    }
    Ok(())
}
