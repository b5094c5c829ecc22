//! Each backend in a process of its own, as Kettle is deployed: one
//! process, one store. Run one after the other in one process, the second
//! backend's peak memory also held what the first had left behind (memory
//! freed, but kept by the allocator), and the tally, run last, came on top
//! of both: a figure no deployment ever sees. So a run with both backends
//! starts this binary once per backend (`--only <backend> --part`), relays
//! what each prints, and reports each one's peak; the tally runs here.

use super::BenchArgs;
use anyhow::Context;
use tokio::io::{AsyncBufReadExt, BufReader};

pub(super) const BACKENDS: [&str; 2] = ["sqlite", "postgres"];

/// The backends a run does: both, or the one `--only` names.
pub(super) fn chosen(only: Option<&str>) -> impl Iterator<Item = &'static str> + '_ {
    BACKENDS
        .into_iter()
        .filter(move |backend| only.is_none_or(|only| only == *backend))
}

/// What a part prints of its peak memory, after its backend's name.
const PEAK: &str = "peak RSS: ";

/// Runs each backend's part in a child process, one after the other;
/// returns each one's peak resident memory in MB.
pub(super) async fn run_each(args: &BenchArgs) -> anyhow::Result<Vec<(&'static str, f64)>> {
    let exe = std::env::current_exe().context("finding the benchmark's own binary")?;
    let mut peaks = vec![];
    for backend in BACKENDS {
        let mut child = tokio::process::Command::new(&exe)
            .args(part_args(args, backend))
            // By the environment, not the command line: the server's
            // address may hold a password.
            .env("TEST_DATABASE_URL", &args.postgres)
            .stdout(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .with_context(|| format!("starting the {backend} part"))?;
        let stdout = child.stdout.take().context("a part's output")?;
        let mut lines = BufReader::new(stdout).lines();
        while let Some(line) = lines.next_line().await? {
            if let Some(mb) = peak_in(&line, backend) {
                peaks.push((backend, mb));
            }
            println!("{line}");
        }
        let status = child.wait().await?;
        anyhow::ensure!(status.success(), "the {backend} part failed ({status})");
    }
    Ok(peaks)
}

/// The arguments for `backend`'s part: this run's, narrowed to it.
fn part_args(args: &BenchArgs, backend: &str) -> Vec<String> {
    let mut out: Vec<String> = ["--only", backend, "--part"].map(String::from).to_vec();
    out.extend(["--updates".into(), args.updates.to_string()]);
    out.extend(["--concurrency".into(), args.concurrency.to_string()]);
    for workload in &args.workloads {
        out.extend(["--workload".into(), workload.clone()]);
    }
    if args.profile {
        out.push("--profile".into());
    }
    out
}

/// A part's last line: its backend's peak memory, as [`peak_in`] reads it.
pub(super) fn print_peak(backend: &str, mb: Option<f64>) {
    println!("{}", peak_line(backend, mb.unwrap_or(f64::NAN)));
}

fn peak_line(backend: &str, mb: f64) -> String {
    format!("{backend:<9} {PEAK}{mb:.1} MB")
}

/// The MB in a part's line `<backend> peak RSS: <MB> MB`.
fn peak_in(line: &str, backend: &str) -> Option<f64> {
    let rest = line
        .strip_prefix(backend)?
        .trim_start()
        .strip_prefix(PEAK)?;
    rest.split_whitespace().next()?.parse().ok()
}

/// The last line of a run: each backend's peak, and this process's.
pub(super) fn print_peaks(peaks: &[(&str, f64)], here: Option<f64>) {
    let here = here.unwrap_or(f64::NAN);
    if peaks.is_empty() {
        println!("peak RSS: {here:.1} MB");
        return;
    }
    let each: Vec<String> = peaks
        .iter()
        .map(|(backend, mb)| format!("{backend} {mb:.1} MB"))
        .collect();
    println!(
        "peak RSS: {}, each backend in a process of its own; the tally's process {here:.1} MB",
        each.join(", ")
    );
}

/// The process's peak resident memory (VmHWM), in MB.
pub(super) fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::{peak_in, peak_line};

    #[test]
    fn a_parts_peak_is_read_from_its_own_line_only() {
        assert_eq!(
            peak_in(&peak_line("postgres", 41.5), "postgres"),
            Some(41.5)
        );
        assert_eq!(peak_in("sqlite    peak RSS: 43.1 MB", "sqlite"), Some(43.1));
        assert_eq!(peak_in("postgres  peak RSS: 7 MB", "postgres"), Some(7.0));
        assert_eq!(peak_in("sqlite    peak RSS: 43.1 MB", "postgres"), None);
        assert_eq!(peak_in("sqlite    kettle ingest  3564", "sqlite"), None);
    }
}
