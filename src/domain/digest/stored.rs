//! The digest as data: what is stored (as JSON, read by the coordinators'
//! SQL views) and rendered. Field names are the views' contract: add
//! fields freely, but rename or drop one only with a new schema version.

use crate::domain::poll::result::Headline;
use crate::domain::time::week::IsoWeek;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The digest, as stored and as rendered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    pub schema_version: u32,
    pub community_id: i64,
    pub community: String,
    pub time_zone: String,
    pub week: IsoWeek,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub built_at: DateTime<Utc>,
    /// False while the week is still running.
    pub complete: bool,
    /// Built more than a day after the week ended (after downtime, or
    /// asked for later with no stored record): figures that change over
    /// time (members, open polls and times, votes so far) are as they were
    /// when built, not at the week's end. The text says so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    pub members: Members,
    pub meetings: Meetings,
    pub check_ins: CheckIns,
    pub polls: Polls,
    pub time_polls: Vec<TimePollLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Members {
    /// Members at the end of the week (or now, for a week still running),
    /// or the platform's count if it knows of more.
    pub count: u32,
    /// Members who said or pressed anything in the group in the week
    /// (kept per week, so a later word never takes it away).
    pub heard_this_week: u32,
    pub joined: Vec<i64>,
    pub left: Vec<i64>,
    /// Members who joined over four weeks ago and have not been heard
    /// from in this week or the three before: in the group's copy only as
    /// a number.
    pub not_heard: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meetings {
    pub held: Vec<HeldMeeting>,
    pub cancelled: u32,
    pub upcoming: Vec<UpcomingMeeting>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeldMeeting {
    pub meeting_id: i64,
    pub title: String,
    pub starts_local: String,
    pub going: u32,
    pub maybe: u32,
    pub cant: u32,
    /// `None`: nobody confirmed who came ("not recorded", not zero).
    pub came: Option<u32>,
    pub came_said_going: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpcomingMeeting {
    pub meeting_id: i64,
    pub title: String,
    pub starts_local: String,
    pub going: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckIns {
    pub rounds: u32,
    /// How many answered each round, in the order they opened.
    pub round_answers: Vec<u32>,
    /// Every check-in in the week, passes included.
    pub total: u32,
    pub private: u32,
    /// How people arrived, counted in batches of three or more (see
    /// `digest::check_ins`): an open round waits for its close,
    /// private check-ins for the week's end.
    pub spread: Option<SpreadCounts>,
    pub round_still_open: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpreadCounts {
    pub rough: u32,
    pub low: u32,
    pub okay: u32,
    pub good: u32,
    pub great: u32,
    pub pass: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Polls {
    pub opened: Vec<PollLine>,
    pub closed: Vec<ClosedPoll>,
    /// Open at the end of the week (opened this week or before).
    pub still_open: Vec<PollLine>,
    pub decisions: Vec<Decision>,
    pub reviews_due: Vec<Review>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PollLine {
    pub poll_id: i64,
    pub question: String,
    pub kind: String,
    pub anonymous: bool,
    pub voted: u64,
    pub members: u64,
}

/// A poll that closed in the week: its line (stored flat beside the
/// result, as the views read it) and the result as announced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClosedPoll {
    #[serde(flatten)]
    pub poll: PollLine,
    pub quorum_met: bool,
    pub result: Headline,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub poll_id: i64,
    pub question: String,
    pub outcome: String,
    pub review_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub poll_id: i64,
    pub question: String,
    pub outcome: Option<String>,
    pub review_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimePollLine {
    pub time_poll_id: i64,
    pub title: String,
    pub answered: u32,
    pub members: u32,
}

impl Digest {
    /// Whether anything at all happened or is coming: a quiet week says so
    /// in one line instead of a list of empty sections.
    pub fn is_quiet(&self) -> bool {
        self.meetings.held.is_empty()
            && self.meetings.upcoming.is_empty()
            && self.meetings.cancelled == 0
            && self.check_ins.total == 0
            && self.check_ins.rounds == 0
            && self.polls.opened.is_empty()
            && self.polls.closed.is_empty()
            && self.polls.still_open.is_empty()
            && self.polls.decisions.is_empty()
            && self.polls.reviews_due.is_empty()
            && self.time_polls.is_empty()
            && self.members.joined.is_empty()
            && self.members.left.is_empty()
    }
}
