//! How meetings read, in each language: dates in the reader's words, the
//! time poll's group message, and the calendar file.

use crate::app::Turn;
use crate::domain::meeting::ics::{self, CalendarEvent};
use crate::domain::meeting::rsvp::Rsvp;
use crate::domain::meeting::time_poll::{Availability, OptionTally};
use crate::domain::time::hours::{AvailableHours, Window};
use crate::domain::{FileAttachment, Language, TimeZone};
use crate::store::{CommunityRecord, MeetingRecord, OptionRecord, TimePollRecord};
use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};

/// `Tuesday 24 November, 19:00`, in the reader's language; with the year
/// (`Monday 29 March 2027, 01:30`) whenever it is not this year.
pub fn when(turn: &Turn<'_>, lang: Language, local: NaiveDateTime) -> String {
    when_with(&turn.engine.translator, lang, local, Some(turn.now.year()))
}

/// [`when`] for callers with only the translator (digests render outside a
/// turn, and their heading names the week and its year).
pub fn when_with(
    t: &crate::i18n::Translator,
    lang: Language,
    local: NaiveDateTime,
    this_year: Option<i32>,
) -> String {
    let weekday = t.t(
        lang,
        &format!("weekday-{}", local.weekday().num_days_from_monday()),
        &[],
    );
    let month = t.t(lang, &format!("month-{}", local.month()), &[]);
    let key = match this_year {
        Some(year) if year != local.year() => "meet-when-year",
        _ => "meet-when",
    };
    t.t(
        lang,
        key,
        &[
            ("weekday", weekday.into()),
            ("day", i64::from(local.day()).into()),
            ("month", month.into()),
            ("year", local.year().to_string().into()),
            ("time", local.format("%H:%M").to_string().into()),
        ],
    )
}

/// The community's hours, in the reader's words.
pub fn hours(turn: &Turn<'_>, lang: Language, hours: &AvailableHours) -> String {
    let part = |key: &str, w: Option<Window>| {
        let window = match w {
            Some(w) => w.format(),
            None => turn.t(lang, "meet-hours-off", &[]),
        };
        turn.t(lang, key, &[("window", window.into())])
    };
    format!(
        "{}, {}",
        part("meet-hours-weekdays", hours.weekdays),
        part("meet-hours-weekends", hours.weekends)
    )
}

/// An instant as a clock in `zone` shows it.
pub fn when_in(turn: &Turn<'_>, lang: Language, at: DateTime<Utc>, zone: TimeZone) -> String {
    when(turn, lang, at.with_timezone(&zone.tz()).naive_local())
}

/// `1 h 30 min`.
pub fn length(turn: &Turn<'_>, lang: Language, minutes: i32) -> String {
    turn.t(
        lang,
        "meet-length-value",
        &[
            ("hours", i64::from(minutes / 60).into()),
            ("minutes", i64::from(minutes % 60).into()),
        ],
    )
}

pub fn availability(turn: &Turn<'_>, lang: Language, a: Availability) -> String {
    turn.t(lang, &format!("meet-answer-{}", a.as_str()), &[])
}

pub fn rsvp(turn: &Turn<'_>, lang: Language, r: Rsvp) -> String {
    turn.t(lang, &format!("meet-rsvp-{}", r.as_str()), &[])
}

/// The icon on an answer button, the same in every language.
pub fn icon(a: Availability) -> &'static str {
    match a {
        Availability::Yes => "✅",
        Availability::IfNeedBe => "🤷",
        Availability::No => "❌",
    }
}

/// The time poll as the group sees it: the rules first, then each time
/// with its counts, and how many have answered.
pub fn poll_message(
    turn: &Turn<'_>,
    community: &CommunityRecord,
    poll: &TimePollRecord,
    options: &[OptionRecord],
    tallies: &[(i64, OptionTally)],
    answered: usize,
    members: i64,
) -> String {
    let lang = community.language;
    let deadline = poll
        .deadline
        .map(|d| when_in(turn, lang, d, poll.time_zone))
        .unwrap_or_default();
    let mut lines = vec![
        turn.t(
            lang,
            "meet-poll-heading",
            &[("title", poll.title.as_str().into())],
        ),
        turn.t(
            lang,
            match turn.by_number(&community.chat()) {
                true => "meet-poll-rules-by-number",
                false => "meet-poll-rules",
            },
            &[
                ("deadline", deadline.into()),
                ("zone", poll.time_zone.name().into()),
                ("length", length(turn, lang, poll.minutes).into()),
            ],
        ),
    ];
    if let Some(place) = &poll.place {
        lines.push(turn.t(lang, "meet-place-line", &[("place", place.as_str().into())]));
    }
    lines.push(String::new());
    for (n, option) in options.iter().enumerate() {
        let t = tallies
            .iter()
            .find(|(id, _)| *id == option.id)
            .map(|(_, t)| *t)
            .unwrap_or_default();
        lines.push(format!(
            "{}. {} — ✅ {} · 🤷 {} · ❌ {}",
            n + 1,
            when(turn, lang, option.local),
            t.yes,
            t.if_need_be,
            t.no
        ));
    }
    lines.push(String::new());
    lines.push(turn.t(
        lang,
        "meet-poll-answered",
        &[
            ("answered", (answered as i64).into()),
            ("members", members.into()),
        ],
    ));
    lines.join("\n")
}

/// The meeting's calendar file. `description` carries the agenda.
pub fn calendar_file(
    meeting: &MeetingRecord,
    now: DateTime<Utc>,
    description: Option<&str>,
) -> FileAttachment {
    let event = CalendarEvent {
        uid: &meeting.uid,
        sequence: meeting.sequence,
        stamp: now,
        local_start: meeting.local,
        tz: meeting.time_zone.tz(),
        minutes: meeting.minutes,
        title: &meeting.title,
        location: meeting.place.as_deref(),
        description,
        cancelled: meeting.cancelled,
    };
    FileAttachment {
        name: "meeting.ics".into(),
        mime: "text/calendar".into(),
        bytes: ics::render(&event).into_bytes(),
    }
}

/// `Tuesday 24 November, 19:00–20:00 (Europe/London)`, at the place if any.
pub fn meeting_line(turn: &Turn<'_>, lang: Language, meeting: &MeetingRecord) -> String {
    meeting_line_in(turn, lang, meeting, meeting.time_zone)
}

/// The same, as a clock in `zone` shows it (a member's own, in private).
pub fn meeting_line_in(
    turn: &Turn<'_>,
    lang: Language,
    meeting: &MeetingRecord,
    zone: TimeZone,
) -> String {
    let start = if zone == meeting.time_zone {
        meeting.local
    } else {
        meeting.starts_at.with_timezone(&zone.tz()).naive_local()
    };
    let end = start + Duration::minutes(i64::from(meeting.minutes));
    let mut line = turn.t(
        lang,
        "meet-meeting-line",
        &[
            ("title", meeting.title.as_str().into()),
            ("when", when(turn, lang, start).into()),
            ("end", end.format("%H:%M").to_string().into()),
            ("zone", zone.name().into()),
        ],
    );
    if let Some(place) = &meeting.place {
        line.push('\n');
        line.push_str(&turn.t(lang, "meet-place-line", &[("place", place.as_str().into())]));
    }
    line
}
