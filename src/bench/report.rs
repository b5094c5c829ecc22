//! Printing the benchmark's findings, each against the reference inserts
//! measured in the same run.

use super::{acks, digests, storm, Measured};
use std::time::Duration;

pub(super) fn print_storm(
    backend: &str,
    s: &storm::Storm,
    reference: &Measured,
    limits: &crate::config::SendLimits,
) {
    println!(
        "{backend:<9} reminder storm: {} booked, {} due in one minute across {} groups",
        storm::BOOKED,
        storm::DUE,
        storm::GROUPS
    );
    println!(
        "{backend:<9}   due reminders → outbox: {:.0}/s ({:.0}% of reference), {:.1} s for all",
        s.jobs_per_second,
        100.0 * s.jobs_per_second / reference.per_second,
        s.jobs_seconds
    );
    println!(
        "{backend:<9}   drain: {:.1} s against the platform floor of {:.1} s ({:.3}× the floor); sender's database work {:.1} s",
        s.drain_seconds,
        s.floor_seconds,
        s.drain_seconds / s.floor_seconds,
        s.claim_seconds
    );
    let ok = s.most_in_a_second <= limits.global_per_second as usize
        && s.least_chat_gap >= limits.chat_interval.as_secs_f64()
        && s.most_in_a_group_minute <= limits.group_per_minute as usize;
    println!(
        "{backend:<9}   limits {}: at most {} sends in any second (limit {}), {:.2} s between sends to one chat (limit {:.0} s), {} per group per minute (limit {})",
        if ok { "kept" } else { "EXCEEDED" },
        s.most_in_a_second,
        limits.global_per_second,
        s.least_chat_gap,
        limits.chat_interval.as_secs_f64(),
        s.most_in_a_group_minute,
        limits.group_per_minute
    );
}

pub(super) fn print_acks(backend: &str, a: &acks::Acks) {
    let ms = |t: Duration| t.as_secs_f64() * 1000.0;
    println!(
        "{backend:<9} press acknowledgements through the sender and a fake Bot API ({} of {} answered):",
        a.answered, a.offered
    );
    println!(
        "{backend:<9}   burst: {} presses at once in one group, all acknowledged in {:.2} s: {:.0}/s (target ≥ 1,000/s); the last was handled at {:.2} s",
        a.burst,
        a.burst_seconds,
        a.burst_per_second,
        a.burst_handled_seconds
    );
    println!(
        "{backend:<9}   steady: {} presses at {}/s, press to acknowledgement p50 {:.0} ms, p99 {:.0} ms (target p99 < 250 ms)",
        a.paced,
        acks::OFFERED_PER_SECOND,
        ms(a.paced_p50),
        ms(a.paced_p99)
    );
}

pub(super) fn print_digests(backend: &str, d: &digests::DigestBench, reference: &Measured) {
    let ms = |t: Duration| t.as_secs_f64() * 1000.0;
    println!(
        "{backend:<9} digests (read, built, rendered, stored; {:.1} s to write the data):",
        d.seed_seconds
    );
    println!(
        "{backend:<9}   a year in one group ({} members, weekly meetings, {} polls, daily check-ins): {} digests in {:.2} s, {:.1} ms each (p50 {:.1}, p99 {:.1})",
        digests::YEAR_MEMBERS,
        digests::YEAR_POLLS,
        digests::YEAR_WEEKS,
        d.year_seconds,
        1000.0 / d.year.per_second,
        ms(d.year.p50),
        ms(d.year.p99)
    );
    println!(
        "{backend:<9}   {} groups, one week each, by the weekly job in batches of up to {}: {:.1} s in all, {:.2} ms a digest ({:.0}/s, {:.0}% of reference inserts/s), a batch p50 {:.1} ms, p99 {:.1} ms",
        digests::COMMUNITIES,
        crate::jobs::BATCH,
        d.many_seconds,
        1000.0 / d.many.per_second,
        d.many.per_second,
        100.0 * d.many.per_second / reference.per_second,
        ms(d.many.p50),
        ms(d.many.p99)
    );
    print_profile(backend, &d.many);
}

pub(super) fn print_row(backend: &str, path: &str, m: &Measured, reference: Option<&Measured>) {
    let ratio = reference.map(|r| {
        format!(
            "  ({:.0}% of reference)",
            100.0 * m.per_second / r.per_second
        )
    });
    let statements = if m.statements > 0.0 {
        format!(
            "  {:.1} statements each; of {:.2} ms, database {:.2} ms",
            m.statements,
            m.mean * 1000.0,
            m.database * 1000.0
        )
    } else {
        String::new()
    };
    println!(
        "{backend:<9} {path:<18} {:>10.0} {:>8.2} {:>8.2}{}{statements}",
        m.per_second,
        m.p50.as_secs_f64() * 1000.0,
        m.p99.as_secs_f64() * 1000.0,
        ratio.unwrap_or_default()
    );
    print_profile(backend, m);
}

/// Where the path's database time went, per operation, how the group
/// writer was used, and where an update's time went around it (with
/// `--profile`): an update that waits long for its batch to go is held up
/// by the writer; one whose time is mostly outside it, by its own reads.
fn print_profile(backend: &str, m: &Measured) {
    let ops = m.operations.max(1);
    let written: u64 = m.batches.iter().sum();
    if !m.profile.is_empty() && written > 0 {
        let sizes: Vec<String> = (m.batches.iter().enumerate())
            .filter(|(_, n)| **n > 0)
            .map(|(size, n)| format!("{size}:{n}"))
            .collect();
        println!(
            "{backend:<9}     group writer: {written} batches, {:.1} updates each (size:batches, 16 for 16 or more: {}), busy {:.0}% of the run",
            m.batched as f64 / written as f64,
            sizes.join(" "),
            100.0 * m.writer_busy
        );
        let per_op = |seconds: f64| seconds * 1000.0 / ops as f64;
        let h = &m.held;
        println!(
            "{backend:<9}     of an update's {:.2} ms: {:.2} ms outside the writer (its own work and reads), {:.2} ms waiting for its batch to go, {:.2} ms its batch's write, {:.2} ms its answer coming back",
            m.mean * 1000.0,
            (m.mean * 1000.0 - per_op(h.held)).max(0.0),
            per_op(h.queued),
            per_op(h.writing),
            per_op(h.held - h.queued - h.writing).max(0.0)
        );
    }
    for (statement, n, seconds) in m.profile.iter().take(14) {
        println!(
            "{backend:<9}     {:>6.2} ms {:>5.2}× {statement}",
            seconds * 1000.0 / ops as f64,
            *n as f64 / ops as f64
        );
    }
}
