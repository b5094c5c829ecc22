//! What Kettle's buttons do. An action is stored in the database behind an
//! opaque token and never sent to a platform, so a forged press cannot name
//! one; only the app reads them, which is why they live here and not in the
//! vocabulary adapters share.

use crate::domain::checkin::{Answer, Visibility};
use crate::domain::meeting::rsvp::Rsvp;
use crate::domain::meeting::time_poll::Availability;
use crate::domain::poll::ballot::BallotStep;
use crate::domain::poll::proposal::Stance;
use serde::{Deserialize, Serialize};

/// What a button does. Stored in the database behind an opaque token, never
/// sent to the platform, so a forged press cannot name an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    JoinCommunity {
        community_id: i64,
        prompt: JoinPrompt,
    },
    /// An answer in a check-in round, or (no round) a private check-in.
    CheckinAnswer {
        round_id: Option<i64>,
        answer: Answer,
    },
    /// Opens a round's private view (behind a deep link's payload).
    CheckinOpen { round_id: i64 },
    /// Who may see one answer; pressed by its author in private.
    CheckinVisibility {
        answer_id: i64,
        visibility: Visibility,
    },
    /// Which community a private check-in is for.
    CheckinFor { community_id: i64 },
    /// The organiser keeps or drops a suggested time while drafting.
    MeetPick { option_id: i64 },
    /// The organiser is done choosing times: members may answer.
    MeetOpen { poll_id: i64 },
    /// Yes / if need be / no to one time.
    MeetAnswer {
        option_id: i64,
        availability: Availability,
    },
    /// Opens a poll's private view, in the member's own zone (deep link).
    MeetMine { poll_id: i64 },
    /// Confirms one time (organiser or coordinators only).
    MeetConfirm { poll_id: i64, option_id: i64 },
    /// Going / maybe / can't.
    MeetRsvp { meeting_id: i64, rsvp: Rsvp },
    /// A coordinator marks who came.
    MeetAttended { meeting_id: i64, person_id: i64 },
    /// A coordinator confirms the list of who came: only then it counts.
    MeetAttendanceConfirm { meeting_id: i64 },
    /// One tap on a poll in the group: choose (single) or tick (multiple).
    PollVote { poll_id: i64, option: u8 },
    /// One tap on a proposal in the group.
    PollStance { poll_id: i64, stance: Stance },
    /// Opens the member's private ballot for a poll (deep link).
    PollBallot { poll_id: i64 },
    /// A step while building a ballot privately.
    PollStep { poll_id: i64, step: BallotStep },
    /// A button while setting a poll up privately.
    PollSetup { change: SetupChange },
}

/// A button while setting up a poll step by step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum SetupChange {
    /// No more options: on to the rules.
    OptionsDone,
    Kind {
        kind: u8,
    },
    Anonymous,
    Results,
    Deadline,
    Quorum,
    Post,
    Cancel,
}

/// Which message a Join button sits on, so its count can be refreshed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JoinPrompt {
    Welcome,
    Nudge,
}
