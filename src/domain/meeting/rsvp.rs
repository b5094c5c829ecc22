//! A member's answer to a confirmed meeting.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rsvp {
    Going,
    Maybe,
    Cant,
}

impl Rsvp {
    pub const ALL: [Rsvp; 3] = [Rsvp::Going, Rsvp::Maybe, Rsvp::Cant];

    pub fn as_str(self) -> &'static str {
        match self {
            Rsvp::Going => "going",
            Rsvp::Maybe => "maybe",
            Rsvp::Cant => "cant",
        }
    }

    pub fn parse(s: &str) -> Option<Rsvp> {
        Rsvp::ALL.into_iter().find(|r| r.as_str() == s)
    }
}
