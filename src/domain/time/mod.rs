//! Time as people say it and as zones make it: the words for days and
//! times in every language, available and quiet hours, repeating wall-clock
//! times, typed meeting times, zones and ISO weeks. Shared by check-ins,
//! meetings, polls and digests, so all of them read "tue 19:00" alike.

pub mod clock_words;
pub mod hours;
pub mod recurrence;
pub mod timezone;
pub mod week;
pub mod when;
