//! Meetings: finding a time (time polls), announcing it, RSVPs, reminders,
//! repeating series and calendar files. Pure; the time words and zones
//! they read are shared with check-ins and digests in [`super::time`].

pub mod command;
pub mod ics;
pub mod reminders;
pub mod repeat;
pub mod rsvp;
pub mod time_poll;
