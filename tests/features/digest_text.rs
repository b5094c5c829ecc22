//! The digest as its readers see it, from a fixed week of facts: the
//! group's copy and the coordinators' copy, in English and Welsh, and the
//! stored JSON the coordinators' views read. Golden files live in
//! `tests/digest/`; `UPDATE_GOLDEN=1 cargo test --test digest_text`
//! rewrites them after a deliberate change.

use chrono::{DateTime, NaiveDate, Utc};
use kettle::app::digest::text::{render, render_combined, Audience, MESSAGE_LIMIT};
use kettle::domain::checkin::pulse::PulseEntry;
use kettle::domain::checkin::{Answer, Mood};
use kettle::domain::digest::*;
use kettle::domain::poll::result::Headline;
use kettle::domain::time::week::IsoWeek;
use kettle::domain::Language;
use kettle::i18n::Translator;
use std::path::PathBuf;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn member(id: i64, name: &str, joined: &str, heard: Option<&str>) -> MemberFact {
    MemberFact {
        person_id: id,
        name: name.into(),
        joined_at: at(joined),
        left_at: None,
        heard_weeks: heard.map(|d| monday_of(day(d))).into_iter().collect(),
    }
}

/// Rose Court Tenants, week 47 of 2026, built on Monday morning.
fn rose_court_week() -> WeekData {
    let mut gone = member(9, "Ivy", "2025-02-01T10:00:00Z", Some("2026-11-02"));
    gone.left_at = Some(at("2026-11-19T08:00:00Z"));
    let mood = |m| Answer::Mood(m);
    let check_in = |when: &str, answer, round| PulseEntry {
        at: at(when),
        answer,
        round,
    };
    WeekData {
        community_id: 4,
        community: "Rose Court Tenants".into(),
        time_zone: chrono_tz::Europe::London,
        week: IsoWeek::parse("2026-W47").unwrap(),
        as_of: at("2026-11-23T09:00:00Z"),
        members: vec![
            member(1, "Morgan", "2025-01-10T10:00:00Z", Some("2026-11-22")),
            member(2, "Ali", "2025-01-10T10:00:00Z", Some("2026-11-17")),
            member(3, "Bea", "2025-03-01T10:00:00Z", Some("2026-11-19")),
            member(4, "Cai", "2025-03-01T10:00:00Z", Some("2026-11-17")),
            member(5, "Dee", "2025-04-01T10:00:00Z", Some("2026-10-01")),
            member(6, "Fern", "2025-04-01T10:00:00Z", None),
            member(7, "Gus", "2026-11-18T19:30:00Z", Some("2026-11-18")),
            member(8, "Hal", "2025-05-01T10:00:00Z", Some("2026-11-05")),
            gone,
        ],
        platform_count: Some(9),
        meetings: vec![
            MeetingFact {
                id: 11,
                title: "Tenants' meeting".into(),
                starts_local: "2026-11-17 19:00".into(),
                starts_at: at("2026-11-17T19:00:00Z"),
                cancelled: false,
                going: 5,
                maybe: 1,
                cant: 2,
                came: Some(6),
                came_said_going: 4,
            },
            MeetingFact {
                id: 12,
                title: "Garden tidy".into(),
                starts_local: "2026-11-21 10:00".into(),
                starts_at: at("2026-11-21T10:00:00Z"),
                cancelled: true,
                going: 2,
                maybe: 0,
                cant: 0,
                came: None,
                came_said_going: 0,
            },
            MeetingFact {
                id: 13,
                title: "Tenants' meeting".into(),
                starts_local: "2026-11-24 19:00".into(),
                starts_at: at("2026-11-24T19:00:00Z"),
                cancelled: false,
                going: 3,
                maybe: 0,
                cant: 0,
                came: None,
                came_said_going: 0,
            },
        ],
        rounds: vec![RoundFact {
            id: 21,
            opened_at: at("2026-11-17T19:00:00Z"),
            closed: true,
            answered: 5,
        }],
        check_ins: vec![
            check_in("2026-11-17T19:02:00Z", mood(Mood::Rough), Some(21)),
            check_in("2026-11-17T19:02:00Z", mood(Mood::Okay), Some(21)),
            check_in("2026-11-17T19:02:00Z", mood(Mood::Good), Some(21)),
            check_in("2026-11-17T19:02:00Z", mood(Mood::Good), Some(21)),
            check_in("2026-11-17T19:02:00Z", Answer::Pass, Some(21)),
            check_in("2026-11-20T00:00:00Z", mood(Mood::Low), None),
        ],
        polls: vec![
            PollFact {
                id: 31,
                question: "What should we push for first?".into(),
                kind: "ranked".into(),
                anonymous: true,
                created_at: at("2026-11-16T12:00:00Z"),
                closed_at: Some(at("2026-11-20T12:00:00Z")),
                voted: 7,
                members: 9,
                result: Some((
                    Headline::Leading {
                        labels: vec!["Damp repairs".into()],
                    },
                    true,
                )),
                outcome: Some("Write to the housing association about damp".into()),
                outcome_at: Some(at("2026-11-21T10:00:00Z")),
                review_on: Some(day("2027-02-21")),
            },
            PollFact {
                id: 32,
                question: "Fund the community fridge?".into(),
                kind: "proposal".into(),
                anonymous: false,
                created_at: at("2026-11-19T12:00:00Z"),
                closed_at: None,
                voted: 3,
                members: 9,
                result: None,
                outcome: None,
                outcome_at: None,
                review_on: None,
            },
            PollFact {
                id: 28,
                question: "Switch the bins rota?".into(),
                kind: "single".into(),
                anonymous: false,
                created_at: at("2026-08-01T12:00:00Z"),
                closed_at: Some(at("2026-08-08T12:00:00Z")),
                voted: 6,
                members: 8,
                result: None,
                outcome: Some("Rota switched to Thursdays".into()),
                outcome_at: Some(at("2026-08-09T12:00:00Z")),
                review_on: Some(day("2026-11-20")),
            },
        ],
        time_polls: vec![TimePollFact {
            id: 41,
            title: "Christmas social".into(),
            answered: 4,
            members: 9,
            deadline: Some(at("2026-11-24T18:00:00Z")),
        }],
    }
}

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/digest")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", path.display()));
    assert_eq!(actual, expected, "{name} differs from its golden file");
}

#[test]
fn the_coordinators_read_the_week_with_names_in_english_and_welsh() {
    let data = rose_court_week();
    let digest = build(&data);
    let t = Translator::load().unwrap();
    let names = names(&data);
    for (lang, file) in [
        (Language::En, "week47.coordinators.en.txt"),
        (Language::Cy, "week47.coordinators.cy.txt"),
    ] {
        golden(
            file,
            &render(&t, lang, &digest, &names, Audience::Coordinators),
        );
    }
}

#[test]
fn the_groups_copy_has_numbers_and_no_names() {
    let data = rose_court_week();
    let digest = build(&data);
    let t = Translator::load().unwrap();
    for (lang, file) in [
        (Language::En, "week47.group.en.txt"),
        (Language::Cy, "week47.group.cy.txt"),
    ] {
        let text = render(&t, lang, &digest, &names(&data), Audience::Group);
        for name in [
            "Morgan", "Ali", "Bea", "Cai", "Dee", "Fern", "Gus", "Hal", "Ivy",
        ] {
            assert!(
                !text.contains(name),
                "{name} named in the group's copy:\n{text}"
            );
        }
        golden(file, &text);
    }
}

#[test]
fn the_stored_form_is_a_stable_contract_for_the_views() {
    let digest = build(&rose_court_week());
    let json = serde_json::to_string_pretty(&digest).unwrap();
    assert!(!json.contains("Dee"), "no names are stored");
    golden("week47.json", &format!("{json}\n"));
}

#[test]
fn a_support_team_with_many_groups_gets_messages_that_fit() {
    let t = Translator::load().unwrap();
    let data = rose_court_week();
    let one = (build(&data), names(&data));
    let many: Vec<_> = (0..12).map(|_| one.clone()).collect();
    let messages = render_combined(&t, Language::En, &many);
    assert!(messages.len() > 1);
    assert!(messages.iter().all(|m| m.chars().count() <= MESSAGE_LIMIT));
    assert!(messages[0].starts_with("📋 Weekly digests for 12 groups (2026-W47)"));
    let all = messages.join("\n\n");
    assert_eq!(
        all.matches("📋 Weekly digest for Rose Court Tenants")
            .count(),
        12
    );
}

/// The Monday of a day's week: how heard-from weeks are kept.
fn monday_of(d: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// Sensitive mode, and members since forgotten: a name the digest may not
/// show leaves its line as a number, never an empty list.
#[test]
fn quiet_members_whose_names_are_withheld_are_counted() {
    let t = Translator::load().unwrap();
    let data = rose_court_week();
    let digest = build(&data);
    let mut names = names(&data);
    for id in &digest.members.not_heard {
        names.remove(id);
    }
    let text = render(&t, Language::En, &digest, &names, Audience::Coordinators);
    assert!(text.contains("New: Gus"), "others keep their names: {text}");
    assert!(!text.contains("Dee") && !text.contains("Fern"), "{text}");
    assert!(
        text.contains("🔕 2 members haven't been heard from in 4 weeks. To see who, send /digest"),
        "{text}"
    );
}
