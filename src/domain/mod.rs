//! The pure heart of Kettle: types and rules with no I/O, so they can be
//! unit- and property-tested and shared by every channel.

pub mod ballot;
pub mod capabilities;
pub mod checkin;
pub mod checkin_command;
pub mod checkin_round;
pub mod clock_words;
pub mod command;
pub mod digest;
pub mod digest_command;
pub mod hours;
pub mod ics;
pub mod language;
pub mod meet_command;
pub mod outcome_command;
pub mod poll;
pub mod poll_command;
pub mod poll_result;
pub mod poll_rule_words;
pub mod proposal;
pub mod pulse;
pub mod ranked;
pub mod recurrence;
pub mod reminders;
pub mod repeat;
pub mod rsvp;
pub mod schulze;
pub mod tally;
pub mod time_poll;
pub mod timezone;
pub mod vocabulary;
pub mod week;
pub mod when;

pub use capabilities::{Abilities, AnswerBy, Capabilities, Layout};
pub use command::{Command, CommandError};
pub use language::Language;
pub use timezone::{TimeZone, TimeZoneError};
pub use vocabulary::{
    Action, BallotStep, Channel, ChatAddress, ChatKind, Choice, FileAttachment, Inbound,
    InboundEvent, JoinPrompt, MembershipFact, Outgoing, PlatformContext, PlatformUser, Role,
    SetupChange,
};
