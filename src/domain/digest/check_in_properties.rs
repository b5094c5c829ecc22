//! No two digests of one week differ by exactly one answer, whatever the
//! check-ins and whenever digests are asked for; and one digest's figures
//! agree with each other.

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

fn spread_of(d: &Digest) -> [u32; 6] {
    d.check_ins.spread.as_ref().map_or([0; 6], |s| {
        [s.rough, s.low, s.okay, s.good, s.great, s.pass]
    })
}

proptest! {
    /// Seen from outside: a round opened on Sunday night and still open
    /// counted in the next week's digest, and one more answer a minute
    /// later gave a digest exactly one answer apart.
    #[test]
    fn no_two_digests_of_a_week_differ_by_exactly_one_answer(
        rounds in prop::collection::vec(round(), 0..5),
        private in prop::collection::vec((-600i64..WEEK + 600, 0usize..6), 0..6),
        moments in prop::collection::vec(0i64..WEEK + 3 * 24 * 60, 2..8),
    ) {
        let digests: Vec<Digest> = moments
            .iter()
            .map(|&m| build(&week_at(&rounds, &private, t(m))))
            .collect();
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
