//! The console chat through the real binary: a scripted conversation gives
//! exactly the transcript in `tests/console/*.expected`, every time.
//! Regenerate after an intended change with `UPDATE_GOLDEN=1 cargo test --test console`.

use std::io::Write;
use std::process::{Command, Stdio};

fn run_script(script: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kettle"))
        .arg("console")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kettle");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "kettle console failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn golden(name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/console");
    let script = std::fs::read_to_string(dir.join(format!("{name}.script"))).unwrap();
    let actual = run_script(&script);
    let expected_path = dir.join(format!("{name}.expected"));
    if std::env::var("UPDATE_GOLDEN").is_ok() {
        std::fs::write(&expected_path, &actual).unwrap();
    }
    let expected =
        std::fs::read_to_string(&expected_path).expect("golden file (UPDATE_GOLDEN=1 makes it)");
    assert_eq!(actual, expected, "console transcript changed");
    assert_eq!(
        run_script(&script),
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
