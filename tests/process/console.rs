//! The console chat through the real binary: a scripted conversation gives
//! exactly the transcript in `tests/console/*.expected`, every time.
//! Regenerate after an intended change with `UPDATE_GOLDEN=1 cargo test --test console`.

use std::io::Write;
use std::process::{Command, Stdio};

fn run_script(script: &str, profile: &str) -> String {
    run_as(script.as_bytes(), None, profile)
}

/// Runs the console on `input`; on a database file when given (as a
/// console reopened on its `kettle.db`), otherwise in memory.
fn run_bytes(input: &[u8], database: Option<&std::path::Path>) -> String {
    let url = database.map(|path| format!("sqlite:{}", path.display()));
    run_as(input, url.as_deref(), "telegram")
}

/// As [`run_bytes`], on any database URL, behaving like `profile`'s chats
/// (`kettle console --as`).
pub(crate) fn run_as(input: &[u8], database: Option<&str>, profile: &str) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kettle"));
    command
        .args(["console", "--as", profile])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    if let Some(url) = database {
        command.env("DATABASE_URL", url);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kettle");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "kettle console failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A golden script, and how it runs: `whatsapp_*.script` as WhatsApp's
/// chats would, the rest as Telegram's.
fn script(name: &str) -> (String, &'static str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/console");
    let script = std::fs::read_to_string(dir.join(format!("{name}.script"))).unwrap();
    let profile = if name.starts_with("whatsapp_") {
        "whatsapp"
    } else {
        "telegram"
    };
    (script, profile)
}

fn golden(name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/console");
    let (script, profile) = script(name);
    let actual = run_script(&script, profile);
    let expected_path = dir.join(format!("{name}.expected"));
    if std::env::var("UPDATE_GOLDEN").is_ok() {
        std::fs::write(&expected_path, &actual).unwrap();
    }
    let expected =
        std::fs::read_to_string(&expected_path).expect("golden file (UPDATE_GOLDEN=1 makes it)");
    assert_eq!(actual, expected, "console transcript changed");
    assert_eq!(
        run_script(&script, profile),
        actual,
        "the same script gives the same output"
    );
}

#[test]
fn a_tenants_group_tries_every_foundation_command_in_the_console() {
    golden("foundation");
}

#[test]
fn a_recovery_group_checks_in_at_the_start_of_its_meeting() {
    golden("checkin");
}

#[test]
fn a_tenants_group_finds_a_time_and_is_reminded_with_its_agenda() {
    golden("meeting");
}

#[test]
fn a_neighbourhood_group_polls_ranks_and_weighs_a_proposal() {
    golden("poll");
}

/// Seen from outside: two partial ballots made Kettle announce Birch as
/// the winner "head to head" where Apple and Birch are level, and a cycle
/// was explained with a head-to-head claim that was false.
#[test]
fn ties_cycles_blank_ballots_and_impossible_quorums_are_told_truthfully() {
    golden("results");
}

/// Seen from outside: `:clock +1000000y` panicked, `+250000y` silenced
/// everything after it, and `:clock 9999-12-31 23:59` never finished.
#[test]
fn a_clock_moved_absurdly_far_is_refused_and_the_chat_goes_on() {
    let out = run_script(
        "alice: hello\n:clock +1000000y\n:clock +250000y\n:clock 9999-12-31 23:59\nalice: /help\n",
        "telegram",
    );
    assert_eq!(
        out.matches("the clock moves at most 5 years at a time")
            .count(),
        3,
        "{out}"
    );
    assert!(out.contains("/checkin"), "help still answered: {out}");
}

/// Seen from outside: a line that is not UTF-8 silently ended the script.
#[test]
fn a_line_that_is_not_text_is_named_and_the_script_goes_on() {
    let out = run_bytes(b"alice: hello\nalice: caf\xe9\nalice: /help\n", None);
    assert!(
        out.contains("console: line 2 could not be read (it is not UTF-8 text); skipped"),
        "{out}"
    );
    assert!(out.contains("/checkin"), "the next line was read: {out}");
}

/// Seen from outside: a reply queued behind a poll's debounced edit was
/// never printed when the script ended first.
#[test]
fn a_reply_right_after_a_vote_is_printed_before_the_script_ends() {
    let out = run_script(
        "alice: hello\nalice: /poll Paint? | Yes | No\nbob: !1\nalice: /settings\n",
        "telegram",
    );
    assert!(out.contains("Settings for Console group"), "{out}");
}

/// Seen from outside: a console reopened on its database could not press
/// the open round's buttons. They are shown again, and work.
#[test]
fn a_reopened_console_shows_its_open_choices_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kettle.db");
    run_bytes(b"alice: hello\nalice: /checkin\n", Some(&db));
    let out = run_bytes(b"bob: !3\n", Some(&db));
    assert!(out.contains("(shown again)"), "{out}");
    assert!(
        out.contains("Check-in: How are you arriving today?"),
        "{out}"
    );
    assert!(out.contains("(to bob only) Got it: Okay"), "{out}");
}

/// Seen from outside: Alice spoke again on Monday morning before the
/// digest was built, and dropped out of the week she was heard in
/// ("2 members · 1 heard from this week"). Each week heard in is kept.
#[test]
fn speaking_again_never_takes_a_member_out_of_the_week_they_were_heard_in() {
    let out = run_script(
        "alice: hello\nalice (dm): /start\nbob: hello\n:clock 2026-01-12 08:00\nalice: hello\n:clock 2026-01-12 09:00\n",
        "telegram",
    );
    assert!(
        out.contains("👥 2 members · 2 heard from this week"),
        "{out}"
    );
}

#[test]
fn a_recovery_group_checks_in_on_whatsapp_by_sending_numbers() {
    golden("whatsapp_checkin");
}

#[test]
fn a_tenants_group_finds_a_time_on_whatsapp() {
    golden("whatsapp_meeting");
}

#[test]
fn a_recovery_community_ranks_priorities_on_whatsapp() {
    golden("whatsapp_poll");
}

#[test]
fn coordinators_get_the_weekly_digest_on_whatsapp_for_each_of_their_groups() {
    golden("whatsapp_digest");
}

/// A tenants' association links its main group and a tower block's
/// WhatsApp group: one check-in, one meeting and one poll across both,
/// each chat in its own language, then the tower goes its own way.
#[test]
fn a_tenants_association_links_two_chats_into_one_community() {
    golden("linked");
}

/// The production store gives the same WhatsApp and linked-chat
/// conversations, word for word, as the embedded one the golden files
/// were made on; and the neighbourhood group's polls, whose votes take a
/// path of their own on Postgres (an anonymous vote tapped twice among
/// them).
#[tokio::test]
async fn the_whatsapp_linked_and_poll_conversations_are_the_same_on_postgres() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/console");
    for name in [
        "poll",
        "whatsapp_checkin",
        "whatsapp_meeting",
        "whatsapp_poll",
        "whatsapp_digest",
        "linked",
    ] {
        let db = crate::support::TestDb::postgres().await;
        let (script, profile) = script(name);
        let actual = run_as(script.as_bytes(), Some(&db.url), profile);
        let expected = std::fs::read_to_string(dir.join(format!("{name}.expected"))).unwrap();
        assert_eq!(actual, expected, "{name} on Postgres");
    }
}

/// A coordinator removes a member by replying to them in the console:
/// the member hears privately, and Kettle no longer acts on their word in
/// that group.
#[test]
fn a_coordinator_removes_a_member_in_reply_to_them() {
    let out = run_script(
        "alice: hello\nalice (dm): /start\nbob: hello\nbob (dm): /start\n\
         alice (reply bob): /remove\nbob: /help\nalice: /remove carol\n",
        "telegram",
    );
    assert!(
        out.contains("#4 → bob (dm)\n  Hello. A coordinator of Console group has taken you out"),
        "{out}"
    );
    assert!(
        out.contains("Done: bob no longer takes part in Console group"),
        "{out}"
    );
    assert!(
        out.contains("> bob: /help\n> alice: /remove carol\n"),
        "nothing for bob: {out}"
    );
    assert!(out.contains("I couldn't find that member."), "{out}");
}

/// Too long is said plainly, never cut: a question, a title, a whole
/// command; and a coordinator removes someone by name in private.
#[test]
fn overlong_input_is_refused_and_removal_works_by_name_in_private() {
    let question = "q".repeat(301);
    let title = "t".repeat(121);
    let command = format!("/help {}", "h".repeat(2001));
    let script = format!(
        "alice: hello\nalice (dm): /start\nbob: hello\nbob (dm): /start\n\
         alice: /poll {question} | a | b\nalice: /meet {title}\nalice: {command}\n\
         alice (dm): /remove bob\nalice: /settings attendance 180\n"
    );
    let out = run_script(&script, "telegram");
    assert_eq!(
        out.matches("That's longer than I can take (300 characters at most)")
            .count(),
        1,
        "{out}"
    );
    assert!(out.contains("(120 characters at most)"), "{out}");
    assert!(out.contains("(2000 characters at most)"), "{out}");
    assert!(!out.contains("📊"), "no poll was posted: {out}");
    assert!(
        out.contains("Done: bob no longer takes part in Console group"),
        "{out}"
    );
    assert!(out.contains("taken you out of the group's polls"), "{out}");
    assert!(
        out.contains("From now on, who came to a meeting is kept 180 days."),
        "{out}"
    );
}
