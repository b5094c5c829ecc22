//! The binary's edges: migrations on their own, and configuration mistakes
//! stopping Kettle with a message that names the variable (and no secret).

use crate::support::{count, TestDb, BACKENDS};
use std::process::Command;

fn kettle(args: &[&str], vars: &[(&str, &str)]) -> std::process::Output {
    run(env!("CARGO_BIN_EXE_kettle"), args, vars)
}

fn run(binary: &str, args: &[&str], vars: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(binary);
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.output().expect("run the binary")
}

#[tokio::test]
async fn migrate_prepares_an_empty_database_on_both_backends() {
    for backend in BACKENDS {
        let db = TestDb::of(backend).await;
        let out = kettle(&["migrate"], &[("DATABASE_URL", &db.url)]);
        assert!(
            out.status.success(),
            "{backend}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("database is up to date"));
        let again = kettle(&["migrate"], &[("DATABASE_URL", &db.url)]);
        assert!(
            again.status.success(),
            "{backend}: migrating twice is harmless"
        );
        let store = kettle::store::Store::connect(&db.url).await.unwrap();
        assert_eq!(count(&store, "SELECT COUNT(*) FROM communities").await, 0);
    }
}

#[test]
fn a_configuration_mistake_names_the_variable_and_hides_secrets() {
    let out = kettle(
        &["run"],
        &[
            ("TELEGRAM_BOT_TOKEN", "123:super-secret"),
            (
                "TELEGRAM_WEBHOOK_URL",
                "https://kettle.example.org/telegram/webhook",
            ),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("TELEGRAM_WEBHOOK_SECRET"), "{err}");
    assert!(!err.contains("super-secret"), "{err}");
}

#[test]
fn an_unreachable_database_is_a_clear_error_without_the_password() {
    let out = kettle(
        &["migrate"],
        &[(
            "DATABASE_URL",
            "postgres://kettle:hunter2@127.0.0.1:1/kettle",
        )],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not open the database"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
}

/// The benchmark is its own binary (`--features bench`, which the test
/// command turns on), so the production `kettle` carries none of it.
#[cfg(feature = "bench")]
#[test]
fn the_benchmark_reports_ingest_against_its_reference_on_both_backends() {
    let admin = crate::support::postgres_admin_url();
    let out = run(
        env!("CARGO_BIN_EXE_kettle-bench"),
        &["--updates", "60", "--concurrency", "2"],
        &[("TEST_DATABASE_URL", &admin)],
    );
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A backend's line for `path`.
    let row = |backend: &str, path: &str| {
        report
            .lines()
            .find(|l| l.starts_with(backend) && l.contains(path))
    };
    assert!(report.contains("peak RSS:"), "{report}");
    // Each backend ran in a process of its own and said its own peak; its
    // ingest and its votes by the same voters again were set against its
    // reference; every count the run checks came out as expected.
    for backend in BACKENDS {
        assert!(
            report.contains(&format!("{backend:<9} reference inserts")),
            "{report}"
        );
        for path in ["kettle ingest", "votes again"] {
            let line = row(backend, path);
            assert!(
                line.is_some_and(|l| l.contains("% of reference")),
                "{path}: {report}"
            );
        }
        assert!(row(backend, "peak RSS:").is_some(), "{report}");
    }
    assert!(!report.contains("MISMATCH"), "{report}");
}

/// A maintainer profiling ingest sees where an update's time went around
/// the group writer, on each backend: the parts add up to the update's
/// mean, and its batch's write took some of it. (The first 500 updates
/// are each a member's first word, written the ordinary way; the rest go
/// through the group writer.)
#[cfg(feature = "bench")]
#[test]
fn the_benchmark_profile_splits_an_updates_time_around_the_writer() {
    let admin = crate::support::postgres_admin_url();
    for backend in BACKENDS {
        let out = run(
            env!("CARGO_BIN_EXE_kettle-bench"),
            &[
                "--updates",
                "1000",
                "--concurrency",
                "4",
                "--only",
                backend,
                "--workload",
                "ingest",
                "--profile",
            ],
            &[("TEST_DATABASE_URL", &admin)],
        );
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{report}");
        let line = report
            .lines()
            .find(|l| l.starts_with(backend) && l.contains("of an update's"))
            .unwrap_or_else(|| panic!("no split for {backend}: {report}"));
        // "of an update's 1.20 ms: 0.10 ms outside …, 0.20 ms waiting …,
        // 0.80 ms its batch's write, 0.10 ms its answer coming back"
        let figures: Vec<f64> = line
            .split_whitespace()
            .zip(line.split_whitespace().skip(1))
            .filter(|(_, unit)| unit.trim_end_matches([':', ',']) == "ms")
            .filter_map(|(x, _)| x.parse().ok())
            .collect();
        assert_eq!(figures.len(), 5, "{line}");
        let parts: f64 = figures[1..].iter().sum();
        assert!((parts - figures[0]).abs() <= 0.03, "{line}");
        assert!(figures[3] > 0.0, "{line}");
    }
}

/// The growth table and the two-process figure, in miniature: every path
/// gets a figure at both sizes (the smaller before and after the larger),
/// its change and how far the smaller's two agree; and two workers report
/// together.
#[cfg(feature = "bench")]
#[test]
fn the_benchmark_reports_growth_and_two_processes() {
    let admin = crate::support::postgres_admin_url();
    let bench = env!("CARGO_BIN_EXE_kettle-bench");
    let env = [("TEST_DATABASE_URL", admin.as_str())];
    let small = ["--updates", "30", "--concurrency", "2"];
    let growth = run(
        bench,
        &[&["--growth", "--growth-sizes", "20,50"][..], &small[..]].concat(),
        &env,
    );
    let report = String::from_utf8_lossy(&growth.stdout);
    assert!(growth.status.success(), "{report}");
    for backend in BACKENDS {
        for path in [
            "kettle ingest",
            "taps, one round",
            "taps, 50 rounds",
            "vote burst",
        ] {
            let row = report
                .lines()
                .find(|l| l.starts_with(backend) && l.contains(path));
            let figures = row.map(|l| l.split_whitespace().rev().take(5).collect::<Vec<_>>());
            assert!(
                figures.is_some_and(|f| f.len() == 5
                    && f[..2].iter().all(|x| x.ends_with('%'))
                    && f[2..].iter().all(|x| x.parse::<f64>().is_ok())),
                "{path}: {report}"
            );
        }
    }
    let two = run(
        bench,
        &[&["--two-processes"][..], &small[..]].concat(),
        &env,
    );
    let report = String::from_utf8_lossy(&two.stdout);
    assert!(two.status.success(), "{report}");
    for path in ["ingest", "taps"] {
        let row = report
            .lines()
            .find(|l| l.starts_with(&format!("postgres  {path}")));
        assert!(row.is_some_and(|l| l.contains("× one)")), "{report}");
    }
}

/// A support team asks for a week's digest from the command line: the
/// coordinators' copy (or the group's, or the stored JSON) is printed and
/// the digest stored; mistakes are named plainly.
#[tokio::test]
async fn kettle_digest_prints_and_stores_a_week_on_both_backends() {
    use crate::support::checkin::*;
    use chrono::{TimeZone as _, Utc};
    for backend in BACKENDS {
        let db = TestDb::of(backend).await;
        let store = db.store().await;
        let (engine, _clock) = engine_at(
            store.clone(),
            Utc.with_ymd_and_hms(2026, 11, 17, 19, 0, 0).unwrap(),
        );
        let morgan = group_with_coordinator(&engine, 4).await;
        engine.handle(said(&morgan, "/checkin")).await.unwrap();
        for (id, name, answer) in [(2, "Ali", "good"), (3, "Bea", "okay"), (4, "Cai", "rough")] {
            let t = token(&store, answer).await;
            engine.handle(pressed(&person(id, name), &t)).await.unwrap();
        }
        engine
            .handle(said(&morgan, "/checkin close"))
            .await
            .unwrap();
        let id = count(&store, "SELECT id FROM communities")
            .await
            .to_string();
        let url = db.url.as_str();

        let out = kettle(
            &["digest", "--community", &id, "--week", "2026-W47"],
            &[("DATABASE_URL", url)],
        );
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{backend}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            text.starts_with(
                "📋 Weekly digest for Harbour Recovery Group: 16 November – 22 November (2026-W47)"
            ),
            "{text}"
        );
        assert!(
            text.contains("New: Morgan, Ali, Bea, Cai"),
            "the coordinators' copy: {text}"
        );
        assert!(text.contains("Rough 1 · Low 0 · Okay 1 · Good 1"), "{text}");
        assert_eq!(
            count(
                &store,
                "SELECT COUNT(*) FROM digests WHERE period = '2026-W47'"
            )
            .await,
            1
        );

        let out = kettle(
            &[
                "digest",
                "--community",
                &id,
                "--week",
                "2026-W47",
                "--group-copy",
                "--language",
                "pl",
            ],
            &[("DATABASE_URL", url)],
        );
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Nowi członkowie: 4"), "{text}");
        assert!(!text.contains("Morgan"), "{text}");

        let out = kettle(
            &[
                "digest",
                "--community",
                &id,
                "--week",
                "2026-W47",
                "--format",
                "json",
            ],
            &[("DATABASE_URL", url)],
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(json["week"], "2026-W47");
        assert_eq!(json["schema_version"], 1);
        assert_eq!(json["check_ins"]["spread"]["rough"], 1);

        let out = kettle(
            &["digest", "--community", &id, "--week", "week 47"],
            &[("DATABASE_URL", url)],
        );
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("write it like 2026-W47"));
        let out = kettle(&["digest", "--community", "999"], &[("DATABASE_URL", url)]);
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("there is no community 999"));
    }
}
