//! The pure heart of Kettle: types and rules with no I/O, so they can be
//! unit- and property-tested and shared by every channel.

pub mod capabilities;
pub mod checkin;
pub mod command;
pub mod digest;
pub mod language;
pub mod meeting;
pub mod occasion;
pub mod poll;
pub mod time;
pub mod vocabulary;
pub mod whatsapp_ids;

pub use capabilities::{Abilities, AnswerBy, Capabilities, Layout};
pub use command::{Command, CommandError};
pub use language::Language;
pub use time::timezone::{TimeZone, TimeZoneError};
pub use vocabulary::{
    Channel, ChatAddress, ChatKind, Choice, FileAttachment, Inbound, InboundEvent, MembershipFact,
    Outgoing, PlatformContext, PlatformUser, Posted, Role,
};
