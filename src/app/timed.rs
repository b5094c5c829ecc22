//! The timed work Kettle's use cases book, and what each kind does when it
//! falls due. Jobs live in the database ([`crate::store::jobs`]); the runner
//! that claims and leases them is [`crate::jobs`], which depends on this,
//! never the other way round.

use super::{checkin, digest, meeting, poll, redraw, send_join_nudge, AppError, Turn};
use crate::domain::occasion::Occasion;
use crate::store::{JobRecord, StoreResult, Tx};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// Every kind of timed work Kettle does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Job {
    /// One gentle "who is still not here?" message after a group is set up.
    JoinNudge { community_id: i64 },
    /// Daily: forget what is no longer needed, then schedule tomorrow's.
    Housekeeping,
    /// A check-in round's time is up.
    CheckinClose { round_id: i64 },
    /// One occurrence of a recurring check-in (its local date is its identity).
    CheckinScheduled {
        schedule_id: i64,
        version: i32,
        date: chrono::NaiveDate,
    },
    /// A round's group message is drawn again (see [`super::redraw`]).
    RoundRedraw { round_id: i64 },
    /// A private check-in can no longer change: settle it.
    CheckinSettle { answer_id: i64 },
    /// A time poll's deadline: answers stop, the organiser is asked to confirm.
    MeetDeadline { poll_id: i64 },
    /// Nobody confirmed a time: Kettle picks the best.
    MeetAutoPick { poll_id: i64 },
    /// Two thirds through a time poll: book a nudge for each member who
    /// has not answered.
    MeetNudge { poll_id: i64 },
    /// One member's nudge, outside their quiet hours.
    MeetNudgePerson { poll_id: i64, person_id: i64 },
    /// A reminder before a meeting (for the meeting as it was at `sequence`).
    MeetReminder {
        meeting_id: i64,
        sequence: i32,
        minutes_before: i64,
    },
    /// A series' meeting has ended: make the next occurrence.
    MeetSeriesNext {
        series_id: i64,
        version: i32,
        after: chrono::NaiveDate,
    },
    /// A poll's group message is drawn again (see [`super::redraw`]).
    PollRedraw { poll_id: i64 },
    /// A poll's deadline: it closes and the result is posted.
    PollClose { poll_id: i64 },
    /// A day's nudges for a poll: one booked per member who has not voted.
    PollNudge { poll_id: i64, round: i32 },
    /// One member's nudge, outside quiet hours.
    PollNudgePerson { poll_id: i64, person_id: i64 },
    /// A decision is due for review: coordinators are reminded.
    PollReview {
        poll_id: i64,
        date: chrono::NaiveDate,
    },
    /// A community's digest for one week (under one version of its settings).
    WeeklyDigest {
        community_id: i64,
        version: i32,
        week: crate::domain::time::week::IsoWeek,
    },
}

/// How long inbox keys, delivered messages and finished jobs are kept.
pub const KEEP_FOR: Duration = Duration::days(30);

impl Job {
    /// The name stored with the job.
    pub fn kind(&self) -> &'static str {
        match self {
            Job::JoinNudge { .. } => "join_nudge",
            Job::Housekeeping => "housekeeping",
            Job::CheckinClose { .. } => "checkin_close",
            Job::CheckinScheduled { .. } => "checkin_scheduled",
            Job::CheckinSettle { .. } => "checkin_settle",
            Job::RoundRedraw { .. } => "round_redraw",
            Job::PollRedraw { .. } => "poll_redraw",
            Job::MeetDeadline { .. } => "meet_deadline",
            Job::MeetAutoPick { .. } => "meet_auto_pick",
            Job::MeetNudge { .. } => "meet_nudge",
            Job::MeetNudgePerson { .. } => "meet_nudge_person",
            Job::MeetReminder { .. } => "meet_reminder",
            Job::MeetSeriesNext { .. } => "meet_series_next",
            Job::PollClose { .. } => "poll_close",
            Job::PollNudge { .. } => "poll_nudge",
            Job::PollNudgePerson { .. } => "poll_nudge_person",
            Job::PollReview { .. } => "poll_review",
            Job::WeeklyDigest { .. } => "weekly_digest",
        }
    }

    /// What the messages this job starts are for (see
    /// [`crate::domain::occasion`]); `None` for work that only answers or
    /// redraws what people already see.
    pub fn occasion(&self) -> Option<Occasion> {
        match self {
            Job::MeetReminder { .. } | Job::PollReview { .. } => Some(Occasion::Reminder),
            Job::JoinNudge { .. }
            | Job::MeetNudgePerson { .. }
            | Job::PollNudgePerson { .. }
            | Job::CheckinScheduled { .. } => Some(Occasion::Nudge),
            Job::WeeklyDigest { .. } => Some(Occasion::Digest),
            _ => None,
        }
    }

    /// Schedules the job once per `unique_key`.
    pub async fn schedule(
        &self,
        tx: &mut Tx,
        unique_key: &str,
        due_at: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let payload = serde_json::to_value(self).unwrap_or_default();
        tx.schedule_job(self.kind(), unique_key, &payload, due_at)
            .await
    }

    /// Schedules the job once per `unique_key`, for a caller that need not
    /// know whether this booked it (it may be written with the commit).
    pub async fn schedule_later(
        &self,
        tx: &mut Tx,
        unique_key: &str,
        due_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        let payload = serde_json::to_value(self).unwrap_or_default();
        tx.schedule_job_later(self.kind(), unique_key, payload, due_at)
            .await
    }
}

/// Runs a claimed job in `turn`, marking it done there, in the same
/// transaction as its effects. `false` (nothing done) when the lease was
/// lost: another process has the job, and the caller takes back the turn.
pub async fn run_claimed(
    turn: &mut Turn<'_>,
    record: &JobRecord,
    owner: &str,
) -> Result<bool, AppError> {
    if !turn.tx.complete_job(record.id, owner, turn.now).await? {
        return Ok(false);
    }
    execute(turn, record).await?;
    Ok(true)
}

/// Does a job's work inside the transaction that also marks it done.
pub async fn execute(turn: &mut Turn<'_>, record: &JobRecord) -> Result<(), AppError> {
    let job: Job = match serde_json::from_value(record.payload.clone()) {
        Ok(job) => job,
        Err(e) => {
            // Written by a newer or older Kettle: drop it rather than loop on it.
            tracing::warn!(job = record.id, error = %e, "unknown job skipped");
            return Ok(());
        }
    };
    tracing::debug!(job = record.id, kind = job.kind(), "running job");
    turn.occasion = job.occasion();
    match job {
        Job::JoinNudge { community_id } => send_join_nudge(turn, community_id).await,
        Job::CheckinClose { round_id } => {
            let Some(round) = turn.tx.round(round_id).await? else {
                return Ok(());
            };
            if let Some(community) = turn.tx.community_by_id(round.community_id).await? {
                checkin::close(turn, &community, round_id).await?;
            }
            Ok(())
        }
        Job::CheckinScheduled {
            schedule_id,
            version,
            date,
        } => checkin::fire(turn, schedule_id, version, date).await,
        Job::CheckinSettle { answer_id } => checkin::settle(turn, answer_id).await,
        Job::RoundRedraw { round_id } => redraw::round(turn, round_id).await,
        Job::PollRedraw { poll_id } => redraw::poll(turn, poll_id).await,
        Job::MeetDeadline { poll_id } => meeting::deadline(turn, poll_id).await,
        Job::MeetAutoPick { poll_id } => meeting::auto_pick(turn, poll_id).await,
        Job::MeetNudge { poll_id } => meeting::nudge(turn, poll_id).await,
        Job::MeetNudgePerson { poll_id, person_id } => {
            meeting::nudge_person(turn, poll_id, person_id).await
        }
        Job::MeetReminder {
            meeting_id,
            sequence,
            minutes_before,
        } => meeting::remind(turn, meeting_id, sequence, minutes_before).await,
        Job::MeetSeriesNext {
            series_id,
            version,
            after,
        } => meeting::series_next(turn, series_id, version, after).await,
        Job::PollClose { poll_id } => poll::close(turn, poll_id).await,
        Job::PollNudge { poll_id, round } => poll::nudge_round(turn, poll_id, round).await,
        Job::PollNudgePerson { poll_id, person_id } => {
            poll::nudge_person(turn, poll_id, person_id).await
        }
        Job::PollReview { poll_id, date } => poll::review(turn, poll_id, date).await,
        Job::WeeklyDigest {
            community_id,
            version,
            week,
        } => digest::weekly::run(turn, community_id, version, week).await,
        Job::Housekeeping => {
            let inbox_days = Duration::days(i64::from(turn.engine.settings.inbox_days));
            let pruned = turn
                .tx
                .prune(turn.now - inbox_days, turn.now - KEEP_FOR)
                .await?;
            let words = turn.tx.forget_old_words(turn.now).await?;
            let attendance = turn.tx.forget_old_attendance(turn.now).await?;
            tracing::info!(
                inbox = pruned.inbox,
                outbox = pruned.outbox,
                jobs = pruned.jobs,
                checkin_words = words,
                attendance,
                "housekeeping"
            );
            schedule_housekeeping(&mut turn.tx, turn.now + Duration::days(1)).await?;
            Ok(())
        }
    }
}

/// Schedules the daily housekeeping for `at`'s day, once however many
/// processes ask (the key is the day).
pub async fn schedule_housekeeping(tx: &mut Tx, at: DateTime<Utc>) -> StoreResult<bool> {
    let key = format!("housekeeping:{}", at.format("%Y-%m-%d"));
    Job::Housekeeping.schedule(tx, &key, at).await
}
