//! The digest's rules, each on the smallest week that shows it.

use super::*;
use crate::domain::checkin::{Answer, Mood};
use proptest::prelude::*;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Week 47 of 2026 (16–22 November) in London, built on the Monday after.
fn empty_week() -> WeekData {
    WeekData {
        community_id: 1,
        community: "Rose Court Tenants".into(),
        time_zone: chrono_tz::Europe::London,
        week: IsoWeek::parse("2026-W47").unwrap(),
        as_of: at("2026-11-23T09:00:00Z"),
        members: vec![],
        platform_count: None,
        meetings: vec![],
        rounds: vec![],
        check_ins: vec![],
        polls: vec![],
        time_polls: vec![],
    }
}

fn member(id: i64, joined: &str, heard: Option<&str>) -> MemberFact {
    MemberFact {
        person_id: id,
        name: format!("Member {id}"),
        joined_at: at(joined),
        left_at: None,
        heard_weeks: heard.map(|d| monday_of(day(d))).into_iter().collect(),
    }
}

fn check_in(when: &str, answer: Answer, round: Option<i64>) -> PulseEntry {
    PulseEntry {
        at: at(when),
        answer,
        round,
    }
}

#[test]
fn a_week_with_nothing_in_it_is_a_quiet_week() {
    let digest = build(&empty_week());
    assert!(digest.is_quiet());
    assert!(digest.complete);
    assert_eq!(digest.week.to_string(), "2026-W47");
    assert_eq!(digest.starts_on, day("2026-11-16"));
    assert_eq!(digest.ends_on, day("2026-11-22"));
}

#[test]
fn members_not_heard_from_in_four_weeks_are_counted_but_newcomers_are_not() {
    let mut week = empty_week();
    week.members = vec![
        // heard this week
        member(1, "2026-01-01T10:00:00Z", Some("2026-11-20")),
        // last heard 27 days before the week's last day: still within four weeks
        member(2, "2026-01-01T10:00:00Z", Some("2026-10-27")),
        // last heard 28 days before: quiet
        member(3, "2026-01-01T10:00:00Z", Some("2026-10-25")),
        // never heard, but joined a fortnight ago: not yet
        member(4, "2026-11-08T10:00:00Z", None),
        // never heard in months
        member(5, "2026-03-01T10:00:00Z", None),
    ];
    let digest = build(&week);
    assert_eq!(digest.members.count, 5);
    assert_eq!(digest.members.heard_this_week, 1);
    assert_eq!(digest.members.not_heard, vec![3, 5]);
}

#[test]
fn joining_and_leaving_count_in_the_week_they_happen() {
    let mut week = empty_week();
    let mut left = member(7, "2025-06-01T10:00:00Z", Some("2026-11-01"));
    left.left_at = Some(at("2026-11-18T12:00:00Z"));
    week.members = vec![member(6, "2026-11-17T19:00:00Z", Some("2026-11-17")), left];
    let digest = build(&week);
    assert_eq!(digest.members.joined, vec![6]);
    assert_eq!(digest.members.left, vec![7]);
    assert_eq!(digest.members.count, 1);
}

#[test]
fn how_people_arrived_is_hidden_below_three_check_ins() {
    // Built after the week is over: private check-ins count together.
    let mut week = empty_week();
    week.check_ins = vec![
        check_in("2026-11-17T19:05:00Z", Answer::Mood(Mood::Rough), None),
        check_in("2026-11-18T19:05:00Z", Answer::Pass, None),
    ];
    let digest = build(&week);
    assert_eq!(digest.check_ins.total, 2);
    assert_eq!(digest.check_ins.spread, None);

    week.check_ins.push(check_in(
        "2026-11-19T08:00:00Z",
        Answer::Mood(Mood::Good),
        None,
    ));
    let spread = build(&week).check_ins.spread.expect("three check-ins show");
    assert_eq!((spread.rough, spread.good, spread.pass), (1, 1, 1));
}

#[test]
fn answers_join_the_spread_only_in_batches_of_three() {
    let mut week = empty_week();
    week.as_of = at("2026-11-20T12:00:00Z");
    let round = |id, day: &str| RoundFact {
        id,
        opened_at: at(&format!("{day}T19:00:00Z")),
        closed: true,
        answered: 0,
    };
    week.rounds = vec![round(1, "2026-11-17"), round(2, "2026-11-18")];
    let mood = |m| Answer::Mood(m);
    week.check_ins = vec![
        // Tuesday's round: three answers
        check_in("2026-11-17T19:05:00Z", mood(Mood::Good), Some(1)),
        check_in("2026-11-17T19:05:00Z", mood(Mood::Okay), Some(1)),
        check_in("2026-11-17T19:05:00Z", mood(Mood::Great), Some(1)),
        // Wednesday's round: one answer
        check_in("2026-11-18T19:05:00Z", mood(Mood::Rough), Some(2)),
        // two private check-ins
        check_in("2026-11-19T00:00:00Z", mood(Mood::Low), None),
        check_in("2026-11-20T00:00:00Z", mood(Mood::Low), None),
    ];
    // While the week runs, only Tuesday's round shows.
    let running = build(&week).check_ins.spread.unwrap();
    assert_eq!((running.good, running.rough, running.low), (1, 0, 0));
    // Once it is over, the rest (three of them) joins together.
    week.as_of = at("2026-11-23T09:00:00Z");
    let done = build(&week).check_ins.spread.unwrap();
    assert_eq!((done.good, done.rough, done.low), (1, 1, 2));
    // Had there been only two left over, they would never show.
    week.check_ins.pop();
    let done = build(&week).check_ins.spread.unwrap();
    assert_eq!((done.good, done.rough, done.low), (1, 0, 0));
    assert_eq!(
        build(&week).check_ins.total,
        5,
        "every check-in is still counted"
    );
}

#[test]
fn an_open_rounds_answers_wait_for_its_close() {
    let mut week = empty_week();
    week.as_of = at("2026-11-19T19:10:00Z");
    week.rounds = vec![RoundFact {
        id: 9,
        opened_at: at("2026-11-19T19:00:00Z"),
        closed: false,
        answered: 3,
    }];
    week.check_ins = (0..3)
        .map(|_| check_in("2026-11-19T19:05:00Z", Answer::Mood(Mood::Low), Some(9)))
        .collect();
    let digest = build(&week);
    assert!(!digest.complete);
    // Seen from outside: "3 check-ins: 0 rounds and 0 private". An open
    // round joins no figure until it closes.
    assert_eq!(digest.check_ins.total, 0);
    assert_eq!(digest.check_ins.rounds, 0);
    assert!(digest.check_ins.round_still_open);
    assert_eq!(
        digest.check_ins.spread, None,
        "a diff of two digests must not show one answer"
    );
}

#[test]
fn meetings_held_are_kept_apart_from_those_coming_up() {
    let mut week = empty_week();
    let meeting = |id, when: &str, cancelled| MeetingFact {
        id,
        title: format!("Meeting {id}"),
        starts_local: when.into(),
        starts_at: at(when),
        cancelled,
        going: 5,
        maybe: 1,
        cant: 2,
        came: Some(6),
        came_said_going: 4,
    };
    week.meetings = vec![
        meeting(1, "2026-11-17T19:00:00Z", false),
        meeting(2, "2026-11-19T19:00:00Z", true),
        meeting(3, "2026-11-24T19:00:00Z", false),
        meeting(4, "2026-12-10T19:00:00Z", false),
    ];
    let digest = build(&week);
    assert_eq!(digest.meetings.held.len(), 1);
    assert_eq!(digest.meetings.held[0].came_said_going, 4);
    assert_eq!(digest.meetings.cancelled, 1);
    let upcoming: Vec<i64> = digest
        .meetings
        .upcoming
        .iter()
        .map(|m| m.meeting_id)
        .collect();
    assert_eq!(upcoming, vec![3]);
}

fn poll(id: i64, created: &str, closed: Option<&str>) -> PollFact {
    PollFact {
        id,
        question: format!("Question {id}"),
        kind: "single".into(),
        anonymous: id % 2 == 0,
        created_at: at(created),
        closed_at: closed.map(at),
        voted: 4,
        members: 6,
        result: closed.map(|_| {
            (
                Headline::Leading {
                    labels: vec!["Bins".into()],
                },
                true,
            )
        }),
        outcome: None,
        outcome_at: None,
        review_on: None,
    }
}

#[test]
fn polls_are_sorted_into_opened_closed_and_still_open() {
    let mut week = empty_week();
    let mut decided = poll(1, "2026-10-01T10:00:00Z", Some("2026-10-08T10:00:00Z"));
    decided.outcome = Some("Write to the council".into());
    decided.outcome_at = Some(at("2026-11-18T10:00:00Z"));
    decided.review_on = Some(day("2026-11-27"));
    week.polls = vec![
        decided,
        poll(2, "2026-11-16T10:00:00Z", Some("2026-11-20T10:00:00Z")),
        poll(3, "2026-11-17T10:00:00Z", None),
        poll(4, "2026-11-01T10:00:00Z", None),
    ];
    let digest = build(&week);
    let ids = |v: &[PollLine]| v.iter().map(|l| l.poll_id).collect::<Vec<_>>();
    assert_eq!(ids(&digest.polls.opened), vec![2, 3]);
    assert_eq!(digest.polls.closed.len(), 1);
    assert_eq!(digest.polls.closed[0].poll.poll_id, 2);
    assert_eq!(ids(&digest.polls.still_open), vec![3, 4]);
    assert_eq!(digest.polls.decisions[0].outcome, "Write to the council");
    // Seen from outside: a review was listed in two digests. It is due
    // once, in the week it falls in (27 November is in week 48).
    assert!(digest.polls.reviews_due.is_empty());
    week.week = IsoWeek::parse("2026-W48").unwrap();
    week.as_of = at("2026-11-30T09:00:00Z");
    let next = build(&week);
    assert_eq!(next.polls.reviews_due[0].review_on, day("2026-11-27"));
}

#[test]
fn time_polls_show_only_while_someone_has_not_answered() {
    let mut week = empty_week();
    let tp = |id, answered| TimePollFact {
        id,
        title: format!("Social {id}"),
        answered,
        members: 8,
        deadline: None,
    };
    week.time_polls = vec![tp(1, 8), tp(2, 3)];
    let digest = build(&week);
    assert_eq!(digest.time_polls.len(), 1);
    assert_eq!(digest.time_polls[0].time_poll_id, 2);
}

#[test]
fn the_stored_form_reads_back_the_same() {
    let mut week = empty_week();
    week.polls = vec![poll(
        2,
        "2026-11-16T10:00:00Z",
        Some("2026-11-20T10:00:00Z"),
    )];
    let digest = build(&week);
    let json = serde_json::to_string(&digest).unwrap();
    assert!(json.contains("\"week\":\"2026-W47\""));
    assert_eq!(serde_json::from_str::<Digest>(&json).unwrap(), digest);
}

proptest! {
    /// The digest is a function of the facts, not of the order a query
    /// happened to return them in.
    #[test]
    fn the_order_facts_arrive_in_changes_nothing(seed in any::<u64>(), answers in proptest::collection::vec(0usize..6, 0..12)) {
        let mut week = empty_week();
        week.check_ins = answers
            .iter()
            .enumerate()
            .map(|(i, &a)| check_in(&format!("2026-11-{:02}T10:00:00Z", 16 + i % 7), Answer::ALL[a], None))
            .collect();
        week.members = (1..8).map(|i| member(i, "2026-01-01T10:00:00Z", (i % 2 == 0).then_some("2026-11-18"))).collect();
        week.polls = (1..6).map(|i| poll(i, "2026-11-17T10:00:00Z", (i % 2 == 0).then_some("2026-11-19T10:00:00Z"))).collect();
        let digest = build(&week);
        let mut shuffled = week.clone();
        let n = seed as usize;
        let len = shuffled.check_ins.len().max(1);
        shuffled.check_ins.rotate_left(n % len);
        shuffled.members.reverse();
        shuffled.polls.rotate_left(n % 5);
        prop_assert_eq!(build(&shuffled), digest);
    }
}

/// The Monday of a day's week: how heard-from weeks are kept.
fn monday_of(d: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()))
}
