//! Fuzz targets: everything Kettle reads from outside (typed commands,
//! typed times, Telegram updates, WAHA events) is fed the regression
//! corpus in `tests/fuzz-corpus/`, then random input, and must never
//! panic. Bounded, so it runs with every `scripts/test`; a longer hunt is
//! `PROPTEST_CASES=100000 cargo test --lib fuzz`.

use crate::domain::checkin::command::CheckinCommand;
use crate::domain::digest::command::DigestCommand;
use crate::domain::meeting::command::MeetCommand;
use crate::domain::poll::command::PollCommand;
use crate::domain::poll::outcome_command::OutcomeCommand;
use crate::domain::time::{clock_words, hours, recurrence, timezone, week, when};
use crate::domain::Command;
use chrono::{DateTime, Utc};
use proptest::prelude::*;
use serde_json::Value;

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_767_600_000, 0).unwrap_or_default()
}

/// Everything a typed command goes through.
fn command(text: &str) {
    let _ = Command::parse(text).map(|c| Command::suggest(&format!("{c:?}")));
    let args = text.split_once(' ').map(|(_, rest)| rest);
    let today = now().date_naive();
    let _ = PollCommand::parse(args);
    let _ = MeetCommand::parse(args);
    let _ = CheckinCommand::parse(args);
    let _ = DigestCommand::parse(args, today);
    let _ = OutcomeCommand::parse(args);
    let _ = crate::domain::capabilities::typed_number(text);
    let _ = crate::domain::vocabulary::stand_in_name(text);
    let _ = crate::domain::Language::from_platform_code(text);
}

/// Everything a typed time goes through, in zones with odd offsets and
/// clock changes.
fn time(text: &str) {
    for tz in [
        chrono_tz::Europe::London,
        chrono_tz::Pacific::Chatham,
        chrono_tz::Australia::Lord_Howe,
    ] {
        let _ = when::parse(text, now(), tz);
    }
    let _ = clock_words::weekday(text);
    let _ = clock_words::time_of_day(text);
    let _ = clock_words::month(text);
    let _ = clock_words::time_range(text);
    let _ = hours::AvailableHours::default().parse(text);
    let _ = hours::QuietHours::parse(text);
    let _ = recurrence::Weekly::parse(text);
    let _ = timezone::TimeZone::parse(text);
    let _ = week::IsoWeek::parse(text);
}

/// A Bot API update, as the webhook or long polling would hand it over.
fn telegram(json: &str) {
    if let Ok(update) = serde_json::from_str::<teloxide::types::Update>(json) {
        let me = teloxide::types::UserId(999);
        let _ = crate::channels::telegram::inbound::to_inbound(&update, me, now());
    }
}

/// A WAHA webhook body.
fn whatsapp(json: &str) {
    use crate::channels::whatsapp::events;
    if let Ok(envelope) = serde_json::from_str::<events::Envelope>(json) {
        let _ = events::read(&envelope, "fallback", now());
    }
    let _ = events::kind_of(json);
    let _ = events::address(json);
    let _ = crate::channels::whatsapp::waha::message_key(json);
}

/// The corpus files of one target, as text.
fn corpus(target: &str) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-corpus")
        .join(target);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            let name = entry.file_name().to_string_lossy().to_string();
            (name, String::from_utf8_lossy(&bytes).to_string())
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{target}: an empty corpus tests nothing");
    files
}

/// Known-good payloads with one value swapped for anything, recursively:
/// the shapes a sloppy or hostile sender could produce.
fn mutated(seeds: Vec<Value>) -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::from),
    ];
    let any_json = leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    (
        prop::sample::select(seeds),
        any::<prop::sample::Index>(),
        any_json,
    )
        .prop_map(|(mut seed, at, replacement)| {
            let mut slots = 0;
            count_slots(&seed, &mut slots);
            let mut target = at.index(slots.max(1));
            replace_slot(&mut seed, &mut target, &replacement);
            seed.to_string()
        })
}

fn count_slots(v: &Value, n: &mut usize) {
    *n += 1;
    match v {
        Value::Array(items) => items.iter().for_each(|x| count_slots(x, n)),
        Value::Object(map) => map.values().for_each(|x| count_slots(x, n)),
        _ => {}
    }
}

fn replace_slot(v: &mut Value, target: &mut usize, with: &Value) -> bool {
    if *target == 0 {
        *v = with.clone();
        return true;
    }
    *target -= 1;
    match v {
        Value::Array(items) => items.iter_mut().any(|x| replace_slot(x, target, with)),
        Value::Object(map) => map.values_mut().any(|x| replace_slot(x, target, with)),
        _ => false,
    }
}

fn seeds(target: &str) -> Vec<Value> {
    corpus(target)
        .into_iter()
        .filter_map(|(_, text)| serde_json::from_str(&text).ok())
        .collect()
}

#[test]
fn the_corpus_never_panics_a_parser() {
    for (_, text) in corpus("commands") {
        command(&text);
    }
    for (_, text) in corpus("times") {
        time(&text);
    }
    for (_, text) in corpus("telegram") {
        telegram(&text);
    }
    for (_, text) in corpus("whatsapp") {
        whatsapp(&text);
    }
}

/// 256 cases per target in the test command; `PROPTEST_CASES` for more.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Text shaped like Kettle's commands: a command word, then words, bars,
/// numbers, times and anything else.
fn command_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("|".to_string()),
        "(tue|mon|sun|every|deadline|agree|quorum|review|anonymous|ranked|budget|score|points|place|length|hours|off|on|group|last|week|here|[0-9]{1,3}%|#?[0-9]{1,4}|[0-9]{1,2}:[0-9]{2}|[0-9]{1,6}[dhmy]|£[0-9]{1,5})".prop_map(String::from),
        "\\PC{0,12}".prop_map(String::from),
    ];
    (
        "/(poll|meet|checkin|digest|outcome|settings|tz|lang|quiet|agenda|forget|pulse|x)",
        prop::collection::vec(word, 0..12),
    )
        .prop_map(|(cmd, words)| format!("{cmd} {}", words.join(" ")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn commands_never_panic(text in prop_oneof![command_text(), "\\PC{0,80}"]) {
        command(&text);
    }

    #[test]
    fn typed_times_never_panic(text in prop_oneof![
        "(tue|wed|sat|today|tomorrow|[0-9]{1,2} (dec|mar|oct)|[0-9]{4}-[0-9]{2}-[0-9]{2}) [0-9]{1,2}(:[0-9]{2})?( ?(am|pm))?",
        "(weekdays|weekends|every day|mon|sat) [0-9]{1,2}(:[0-9]{2})?-[0-9]{1,2}(:[0-9]{2})?",
        "\\PC{0,40}",
    ]) {
        time(&text);
    }

    #[test]
    fn telegram_updates_never_panic(json in mutated(seeds("telegram"))) {
        telegram(&json);
    }

    #[test]
    fn whatsapp_events_never_panic(json in mutated(seeds("whatsapp"))) {
        whatsapp(&json);
    }
}
