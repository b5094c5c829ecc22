//! Reading the days and times people type ("monday", "pon", "7pm",
//! "19.30", "3 Dec"), in every language Kettle speaks. Pure.

use chrono::{NaiveTime, Weekday};

/// Weekday names in every language Kettle speaks, and short forms.
#[allow(clippy::too_many_lines)] // a table of words, one per line, not logic
pub fn weekday(text: &str) -> Option<Weekday> {
    const NAMES: [(&[&str], Weekday); 7] = [
        (
            &[
                "monday",
                "mon",
                "llun",
                "dydd llun",
                "poniedziałek",
                "pon",
                "понеділок",
                "пн",
                "الاثنين",
                "الإثنين",
            ],
            Weekday::Mon,
        ),
        (
            &[
                "tuesday",
                "tue",
                "tues",
                "mawrth",
                "dydd mawrth",
                "wtorek",
                "wt",
                "вівторок",
                "вт",
                "الثلاثاء",
            ],
            Weekday::Tue,
        ),
        (
            &[
                "wednesday",
                "wed",
                "mercher",
                "dydd mercher",
                "środa",
                "sr",
                "śr",
                "середа",
                "ср",
                "الأربعاء",
                "الاربعاء",
            ],
            Weekday::Wed,
        ),
        (
            &[
                "thursday",
                "thu",
                "thur",
                "thurs",
                "iau",
                "dydd iau",
                "czwartek",
                "czw",
                "четвер",
                "чт",
                "الخميس",
            ],
            Weekday::Thu,
        ),
        (
            &[
                "friday",
                "fri",
                "gwener",
                "dydd gwener",
                "piątek",
                "pt",
                "пʼятниця",
                "п'ятниця",
                "пт",
                "الجمعة",
            ],
            Weekday::Fri,
        ),
        (
            &[
                "saturday",
                "sat",
                "sadwrn",
                "dydd sadwrn",
                "sobota",
                "sob",
                "субота",
                "сб",
                "السبت",
            ],
            Weekday::Sat,
        ),
        (
            &[
                "sunday",
                "sun",
                "sul",
                "dydd sul",
                "niedziela",
                "niedz",
                "nd",
                "неділя",
                "нд",
                "الأحد",
                "الاحد",
            ],
            Weekday::Sun,
        ),
    ];
    let text = text.trim().trim_end_matches('s'); // "mondays"
    NAMES
        .iter()
        .find(|(names, _)| names.iter().any(|n| n.trim_end_matches('s') == text))
        .map(|(_, day)| *day)
}

/// `19:00`, `19.30`, `7pm`, `7:30pm` or `19h`.
pub fn time_of_day(text: &str) -> Option<NaiveTime> {
    let text = text.trim().to_lowercase();
    let (clock, pm) = match (text.strip_suffix("pm"), text.strip_suffix("am")) {
        (Some(c), _) => (c.trim(), Some(true)),
        (_, Some(c)) => (c.trim(), Some(false)),
        _ => (text.trim_end_matches('h'), None),
    };
    let (h, m) = clock
        .split_once([':', '.'])
        .map_or((clock, "0"), |(h, m)| (h, m));
    let (mut hour, minute): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if let Some(pm) = pm {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = match (hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
    }
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// Month names and short forms in every language Kettle speaks (Polish and
/// Ukrainian dates use the genitive: "3 grudnia", "3 грудня").
#[allow(clippy::too_many_lines)] // a table of words, one per line, not logic
pub fn month(text: &str) -> Option<u32> {
    const NAMES: [&[&str]; 12] = [
        &[
            "january",
            "jan",
            "ionawr",
            "styczeń",
            "stycznia",
            "sty",
            "січень",
            "січня",
            "يناير",
            "كانون الثاني",
        ],
        &[
            "february",
            "feb",
            "chwefror",
            "luty",
            "lutego",
            "lut",
            "лютий",
            "лютого",
            "فبراير",
            "شباط",
        ],
        &[
            "march",
            "mar",
            "mawrth",
            "marzec",
            "marca",
            "березень",
            "березня",
            "مارس",
            "آذار",
        ],
        &[
            "april",
            "apr",
            "ebrill",
            "kwiecień",
            "kwietnia",
            "kwi",
            "квітень",
            "квітня",
            "أبريل",
            "نيسان",
        ],
        &[
            "may",
            "mai",
            "maj",
            "maja",
            "травень",
            "травня",
            "مايو",
            "أيار",
        ],
        &[
            "june",
            "jun",
            "mehefin",
            "czerwiec",
            "czerwca",
            "cze",
            "червень",
            "червня",
            "يونيو",
            "حزيران",
        ],
        &[
            "july",
            "jul",
            "gorffennaf",
            "lipiec",
            "lipca",
            "lip",
            "липень",
            "липня",
            "يوليو",
            "تموز",
        ],
        &[
            "august",
            "aug",
            "awst",
            "sierpień",
            "sierpnia",
            "sie",
            "серпень",
            "серпня",
            "أغسطس",
            "آب",
        ],
        &[
            "september",
            "sep",
            "sept",
            "medi",
            "wrzesień",
            "września",
            "wrz",
            "вересень",
            "вересня",
            "سبتمبر",
            "أيلول",
        ],
        &[
            "october",
            "oct",
            "hydref",
            "październik",
            "października",
            "paź",
            "жовтень",
            "жовтня",
            "أكتوبر",
            "تشرين الأول",
        ],
        &[
            "november",
            "nov",
            "tachwedd",
            "listopad",
            "listopada",
            "lis",
            "листопад",
            "листопада",
            "نوفمبر",
            "تشرين الثاني",
        ],
        &[
            "december",
            "dec",
            "rhagfyr",
            "grudzień",
            "grudnia",
            "gru",
            "грудень",
            "грудня",
            "ديسمبر",
            "كانون الأول",
        ],
    ];
    let text = text.trim().trim_end_matches('.').to_lowercase();
    NAMES
        .iter()
        .position(|names| names.contains(&text.as_str()))
        .map(|i| i as u32 + 1)
}

/// `18:00-21:30` (also with `–` or ` to `): a stretch of one day.
pub fn time_range(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    let text = text.trim().to_lowercase();
    let (from, to) = text
        .split_once(['-', '–'])
        .or_else(|| text.split_once(" to "))?;
    Some((time_of_day(from)?, time_of_day(to)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_in_every_language() {
        assert_eq!(month("Dec"), Some(12));
        assert_eq!(month("grudnia"), Some(12));
        assert_eq!(month("грудня"), Some(12));
        assert_eq!(month("Rhagfyr"), Some(12));
        assert_eq!(month("sept."), Some(9));
        assert_eq!(month("smarch"), None);
    }

    #[test]
    fn ranges_of_a_day_are_read() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(time_range("18:00-21:30"), Some((t(18, 0), t(21, 30))));
        assert_eq!(time_range("10am – 8pm"), Some((t(10, 0), t(20, 0))));
        assert_eq!(time_range("9 to 17"), Some((t(9, 0), t(17, 0))));
        assert_eq!(time_range("evening"), None);
    }
}
