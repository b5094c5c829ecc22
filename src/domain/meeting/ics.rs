//! Calendar files (RFC 5545) for a meeting, so people can add it to
//! whatever calendar they use without an account anywhere. The start is
//! given in the community's zone with a VTIMEZONE built from the zone's
//! real transitions around the meeting, so calendars that do not know the
//! zone's name still place it right.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone as _, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use std::fmt::Write as _;

/// One meeting as a calendar sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent<'a> {
    /// Stable for the life of the meeting, so an update replaces it.
    pub uid: &'a str,
    /// Bumped on every change.
    pub sequence: i32,
    pub stamp: DateTime<Utc>,
    pub local_start: NaiveDateTime,
    pub tz: Tz,
    pub minutes: i32,
    pub title: &'a str,
    pub location: Option<&'a str>,
    pub description: Option<&'a str>,
    pub cancelled: bool,
}

/// The file's text: CRLF line ends, long lines folded at 75 octets.
pub fn render(event: &CalendarEvent<'_>) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Kettle//Community meetings//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        format!(
            "METHOD:{}",
            if event.cancelled { "CANCEL" } else { "PUBLISH" }
        ),
    ];
    lines.extend(vtimezone(event.tz, event.local_start.date()));
    lines.extend([
        "BEGIN:VEVENT".into(),
        format!("UID:{}", text(event.uid)),
        format!("DTSTAMP:{}", event.stamp.format("%Y%m%dT%H%M%SZ")),
        format!(
            "DTSTART;TZID={}:{}",
            event.tz.name(),
            event.local_start.format("%Y%m%dT%H%M%S")
        ),
        format!("DURATION:PT{}M", event.minutes.max(1)),
        format!("SEQUENCE:{}", event.sequence),
        format!("SUMMARY:{}", text(event.title)),
        format!(
            "STATUS:{}",
            if event.cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            }
        ),
    ]);
    if let Some(location) = event.location {
        lines.push(format!("LOCATION:{}", text(location)));
    }
    if let Some(description) = event.description {
        lines.push(format!("DESCRIPTION:{}", text(description)));
    }
    lines.extend(["END:VEVENT".into(), "END:VCALENDAR".into()]);
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line into chunks of at most 75 octets, never inside a
/// character (§3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // Continuation lines start with a space, which counts.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// The zone's rules around `date`: every change of offset from a year
/// before to a year after, or one fixed observance for a zone without any.
fn vtimezone(tz: Tz, date: NaiveDate) -> Vec<String> {
    let from = Utc
        .with_ymd_and_hms(date.year() - 1, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let to = from + Duration::days(3 * 366);
    let mut lines = vec!["BEGIN:VTIMEZONE".into(), format!("TZID:{}", tz.name())];
    let mut before = tz.offset_from_utc_datetime(&from.naive_utc());
    let mut changes = 0;
    let mut day = from;
    while day < to {
        let next = day + Duration::days(1);
        let after = tz.offset_from_utc_datetime(&next.naive_utc());
        if after.fix() != before.fix() {
            let at = change_within(tz, day, next);
            lines.extend(observance(at, before, after));
            changes += 1;
        }
        before = after;
        day = next;
    }
    if changes == 0 {
        let offset = tz.offset_from_utc_datetime(&from.naive_utc());
        let epoch = Utc
            .with_ymd_and_hms(1970, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_default();
        let mut fixed = observance(epoch, offset, offset);
        fixed[1] = "DTSTART:19700101T000000".into();
        lines.extend(fixed);
    }
    lines.push("END:VTIMEZONE".into());
    lines
}

/// The first whole minute in `(start, end]` with the offset in force at `end`.
fn change_within(tz: Tz, start: DateTime<Utc>, end: DateTime<Utc>) -> DateTime<Utc> {
    let target = tz.offset_from_utc_datetime(&end.naive_utc()).fix();
    let at = |minute: i64| start + Duration::minutes(minute);
    let (mut lo, mut hi) = (0, (end - start).num_minutes());
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if tz.offset_from_utc_datetime(&at(mid).naive_utc()).fix() == target {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    at(hi)
}

fn observance(
    at: DateTime<Utc>,
    before: chrono_tz::TzOffset,
    after: chrono_tz::TzOffset,
) -> Vec<String> {
    let kind = if after.dst_offset().is_zero() {
        "STANDARD"
    } else {
        "DAYLIGHT"
    };
    let from_secs = before.fix().local_minus_utc();
    // DTSTART is the moment of change as the clocks showed it just before.
    let local = at.naive_utc() + Duration::seconds(i64::from(from_secs));
    let mut lines = vec![
        format!("BEGIN:{kind}"),
        format!("DTSTART:{}", local.format("%Y%m%dT%H%M%S")),
        format!("TZOFFSETFROM:{}", offset(from_secs)),
        format!("TZOFFSETTO:{}", offset(after.fix().local_minus_utc())),
    ];
    if let Some(name) = after.abbreviation() {
        lines.push(format!("TZNAME:{}", text(name)));
    }
    lines.push(format!("END:{kind}"));
    lines
}

/// `+0530`, `-0330`, `+1030`.
fn offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.abs();
    let mut s = format!("{sign}{:02}{:02}", secs / 3600, (secs % 3600) / 60);
    if secs % 60 != 0 {
        let _ = write!(s, "{:02}", secs % 60);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event<'a>(tz: Tz, local: &str) -> CalendarEvent<'a> {
        CalendarEvent {
            uid: "m-1@kettle",
            sequence: 0,
            stamp: Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap(),
            local_start: NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap(),
            tz,
            minutes: 90,
            title: "Tenants' meeting; bins, lights",
            location: Some("Community room, 2 Mill Lane"),
            description: None,
            cancelled: false,
        }
    }

    #[test]
    fn the_file_has_every_field_calendars_need() {
        let ics = render(&event(chrono_tz::Europe::London, "2026-12-03 18:30"));
        for needed in [
            "BEGIN:VCALENDAR\r\n",
            "VERSION:2.0\r\n",
            "PRODID:",
            "METHOD:PUBLISH\r\n",
            "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n",
            "BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\n",
            "BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n",
            "UID:m-1@kettle\r\n",
            "DTSTAMP:20261123T120000Z\r\n",
            "DTSTART;TZID=Europe/London:20261203T183000\r\n",
            "DURATION:PT90M\r\n",
            "SEQUENCE:0\r\n",
            "SUMMARY:Tenants' meeting\\; bins\\, lights\r\n",
            "LOCATION:Community room\\, 2 Mill Lane\r\n",
            "END:VCALENDAR\r\n",
        ] {
            assert!(ics.contains(needed), "missing {needed:?} in\n{ics}");
        }
    }

    #[test]
    fn a_cancellation_says_so() {
        let mut e = event(chrono_tz::Europe::London, "2026-12-03 18:30");
        e.cancelled = true;
        e.sequence = 2;
        let ics = render(&e);
        assert!(ics.contains("METHOD:CANCEL\r\n"));
        assert!(ics.contains("STATUS:CANCELLED\r\n"));
        assert!(ics.contains("SEQUENCE:2\r\n"));
    }

    #[test]
    fn zones_without_clock_changes_and_odd_offsets_are_described() {
        let ics = render(&event(chrono_tz::Asia::Kolkata, "2026-12-03 18:30"));
        assert!(ics.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\n"));
        let ics = render(&event(chrono_tz::Australia::Lord_Howe, "2026-12-03 18:30"));
        assert!(ics.contains("TZOFFSETFROM:+1030\r\nTZOFFSETTO:+1100\r\n"));
    }

    #[test]
    fn long_lines_fold_without_splitting_a_character() {
        let mut e = event(chrono_tz::Europe::Kyiv, "2026-12-03 18:30");
        let title = "Збори мешканців будинку щодо опалення та ремонту під'їзду".repeat(2);
        e.title = &title;
        let ics = render(&e);
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{title}")));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::domain::time::recurrence::{instant_of, local_kind, LocalKind};
    use proptest::prelude::*;

    const ZONES: [Tz; 6] = [
        chrono_tz::Europe::London,
        chrono_tz::America::New_York,
        chrono_tz::Asia::Kolkata,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::Europe::Berlin,
        chrono_tz::America::St_Johns,
    ];

    fn value<'p>(props: &'p [ical::property::Property], name: &str) -> Option<&'p str> {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.as_deref())
    }

    fn seconds(offset: &str) -> i64 {
        let sign = if offset.starts_with('-') { -1 } else { 1 };
        let h: i64 = offset[1..3].parse().unwrap();
        let m: i64 = offset[3..5].parse().unwrap();
        sign * (h * 3600 + m * 60)
    }

    proptest! {
        /// Parsed back by an independent reader, the file names the meeting
        /// and its zone, and the start read through the file's own VTIMEZONE
        /// (the latest observance begun by then) is the instant Kettle meant,
        /// across the 2026 clock changes in every zone tried.
        #[test]
        fn the_file_parses_back_to_the_same_instant(
            zone in 0usize..ZONES.len(),
            day in 0i64..365,
            hour in 0u32..24,
            minute in prop::sample::select(vec![0u32, 30]),
        ) {
            let tz = ZONES[zone];
            let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(day);
            let local = date.and_hms_opt(hour, minute, 0).unwrap();
            prop_assume!(local_kind(local, tz) == LocalKind::Once);
            let event = CalendarEvent {
                uid: "m-7@kettle",
                sequence: 3,
                stamp: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
                local_start: local,
                tz,
                minutes: 60,
                title: "Residents, together",
                location: None,
                description: Some("Agenda:\n1. Bins"),
                cancelled: false,
            };
            let ics = render(&event);
            let mut parser = ical::IcalParser::new(ics.as_bytes());
            let calendar = parser.next().expect("one calendar").expect("parses");
            prop_assert_eq!(calendar.events.len(), 1);
            let props = &calendar.events[0].properties;
            prop_assert_eq!(value(props, "UID"), Some("m-7@kettle"));
            prop_assert_eq!(value(props, "SEQUENCE"), Some("3"));
            prop_assert_eq!(value(props, "SUMMARY"), Some("Residents\\, together"));
            let start = props.iter().find(|p| p.name == "DTSTART").unwrap();
            let tzid = start.params.as_ref().unwrap().iter().find(|(k, _)| k == "TZID").unwrap();
            prop_assert_eq!(tzid.1[0].as_str(), tz.name());
            let start_local = NaiveDateTime::parse_from_str(start.value.as_deref().unwrap(), "%Y%m%dT%H%M%S").unwrap();
            prop_assert_eq!(start_local, local);
            // Resolve through the VTIMEZONE: the observance with the latest onset not after the start.
            let vtz = &calendar.timezones[0];
            let mut best: Option<(NaiveDateTime, i64)> = None;
            for t in &vtz.transitions {
                let onset = NaiveDateTime::parse_from_str(value(&t.properties, "DTSTART").unwrap(), "%Y%m%dT%H%M%S").unwrap();
                let to = seconds(value(&t.properties, "TZOFFSETTO").unwrap());
                if onset <= local && best.is_none_or(|(b, _)| onset > b) {
                    best = Some((onset, to));
                }
            }
            let (_, offset) = best.expect("an observance in force");
            let resolved = local - Duration::seconds(offset);
            prop_assert_eq!(resolved, instant_of(local, tz).naive_utc());
        }
    }
}
