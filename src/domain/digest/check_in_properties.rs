//! No two views of check-ins taken a moment apart differ by exactly one
//! answer, whatever the check-ins and whenever they are looked at: the
//! weekly digest, `/pulse`'s week, and a round's own group message. And
//! one digest's figures agree with each other.

use super::*;
use crate::domain::checkin::Answer;
use proptest::prelude::*;

/// Week 2 of 2026 in London: Monday 5 January 00:00 UTC.
fn week_start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-01-05T00:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// Minutes from the week's start (negative: the week before).
fn t(minutes: i64) -> DateTime<Utc> {
    week_start() + chrono::Duration::minutes(minutes)
}

/// A round: opened at `open` for `length` minutes, with answers this far in.
#[derive(Debug, Clone)]
struct Round {
    open: i64,
    length: i64,
    answers: Vec<(i64, usize)>,
}

const WEEK: i64 = 7 * 24 * 60;

fn round() -> impl Strategy<Value = Round> {
    (-24 * 60..WEEK + 60, 10i64..240).prop_flat_map(|(open, length)| {
        let answer = (0..length, 0usize..6);
        prop::collection::vec(answer, 0..7).prop_map(move |answers| Round {
            open,
            length,
            answers,
        })
    })
}

/// What the store hands the digest when it is asked for at `as_of`.
fn week_at(rounds: &[Round], private: &[(i64, usize)], as_of: DateTime<Utc>) -> WeekData {
    let mut facts = vec![];
    let mut check_ins = vec![];
    for (id, r) in rounds.iter().enumerate() {
        let answered: Vec<&(i64, usize)> = r
            .answers
            .iter()
            .filter(|a| t(r.open + a.0) <= as_of)
            .collect();
        facts.push(RoundFact {
            id: id as i64,
            opened_at: t(r.open),
            closed: t(r.open + r.length) <= as_of,
            answered: answered.len() as u32,
        });
        for (at, answer) in answered {
            check_ins.push(PulseEntry {
                at: t(r.open + at),
                answer: Answer::ALL[*answer],
                round: Some(id as i64),
            });
        }
    }
    for (at, answer) in private.iter().filter(|p| t(p.0) <= as_of) {
        check_ins.push(PulseEntry {
            at: t(*at),
            answer: Answer::ALL[*answer],
            round: None,
        });
    }
    WeekData {
        community_id: 1,
        community: "Harbour".into(),
        time_zone: chrono_tz::Europe::London,
        week: IsoWeek::parse("2026-W02").unwrap(),
        as_of,
        members: vec![],
        platform_count: None,
        meetings: vec![],
        rounds: facts,
        check_ins,
        polls: vec![],
        time_polls: vec![],
    }
}

/// A spread as six counts (none shown: all zero).
fn counts(s: Option<crate::domain::checkin::Spread>) -> [u32; 6] {
    s.map_or([0; 6], |s| {
        let [rough, low, okay, good, great] = s.moods;
        [rough, low, okay, good, great, s.passes]
    })
}

/// `/pulse`'s line for the week, looked at `as_of`.
fn pulse_at(data: &WeekData) -> [u32; 6] {
    use crate::domain::checkin::pulse::{weekly, PulseRound};
    let rounds: Vec<PulseRound> = data
        .rounds
        .iter()
        .map(|r| PulseRound {
            id: r.id,
            opened_at: r.opened_at,
            closed: r.closed,
        })
        .collect();
    let weeks = weekly(&data.check_ins, &rounds, data.time_zone, data.as_of, 3);
    let monday = week_start().date_naive();
    counts(
        weeks
            .into_iter()
            .find(|w| w.week_start == monday)
            .and_then(|w| w.spread),
    )
}

/// What each round's group message shows, looked at `as_of`.
fn rounds_at(data: &WeekData) -> Vec<[u32; 6]> {
    data.rounds
        .iter()
        .map(|r| {
            let mut spread = crate::domain::checkin::Spread::default();
            for e in data.check_ins.iter().filter(|e| e.round == Some(r.id)) {
                spread.add(e.answer);
            }
            let view = crate::domain::checkin::GroupView::from_tally(spread, &[], 20, !r.closed);
            counts(view.spread)
        })
        .collect()
}

/// Two looks at the same thing never differ by exactly one answer.
fn one_apart(x: &[u32; 6], y: &[u32; 6]) -> bool {
    x.iter().zip(y).map(|(p, q)| p.abs_diff(*q)).sum::<u32>() == 1
}

fn spread_of(d: &Digest) -> [u32; 6] {
    d.check_ins.spread.as_ref().map_or([0; 6], |s| {
        [s.rough, s.low, s.okay, s.good, s.great, s.pass]
    })
}

proptest! {
    /// Seen from outside: a round opened on Sunday night and still open
    /// counted in the next week's digest, and one more answer a minute
    /// later gave a digest exactly one answer apart.
    /// And from review: `/pulse` grew one answer at a time once a week
    /// had three, so two looks a moment apart showed one person's answer.
    #[test]
    fn no_two_views_of_check_ins_differ_by_exactly_one_answer(
        rounds in prop::collection::vec(round(), 0..5),
        private in prop::collection::vec((-600i64..WEEK + 600, 0usize..6), 0..6),
        moments in prop::collection::vec(0i64..WEEK + 3 * 24 * 60, 2..8),
    ) {
        let looks: Vec<WeekData> = moments
            .iter()
            .map(|&m| week_at(&rounds, &private, t(m)))
            .collect();
        let digests: Vec<Digest> = looks.iter().map(build).collect();
        for a in &looks {
            for b in &looks {
                let (x, y) = (pulse_at(a), pulse_at(b));
                prop_assert!(!one_apart(&x, &y), "pulse {:?} and {:?}", x, y);
                for (x, y) in rounds_at(a).iter().zip(&rounds_at(b)) {
                    prop_assert!(!one_apart(x, y), "round message {:?} and {:?}", x, y);
                }
            }
        }
        for a in &digests {
            let c = &a.check_ins;
            prop_assert_eq!(
                c.total,
                c.round_answers.iter().sum::<u32>() + c.private,
                "a digest's check-ins are its closed rounds' answers and the private ones"
            );
            prop_assert_eq!(c.rounds as usize, c.round_answers.len());
            for b in &digests {
                let (x, y) = (spread_of(a), spread_of(b));
                let apart: u32 = x.iter().zip(&y).map(|(p, q)| p.abs_diff(*q)).sum();
                prop_assert_ne!(apart, 1, "{:?} and {:?}", x, y);
            }
        }
    }
}
