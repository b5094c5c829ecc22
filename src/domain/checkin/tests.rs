use super::*;

fn answer(member: i64, answer: Answer, visibility: Visibility) -> Response {
    Response {
        member,
        name: format!("m{member}"),
        answer,
        visibility,
        words: Some(format!("w{member}")),
    }
}

#[test]
fn a_changed_answer_replaces_the_first() {
    let mut round = vec![];
    record(
        &mut round,
        answer(1, Answer::Mood(Mood::Low), Visibility::Shared),
    );
    record(
        &mut round,
        answer(1, Answer::Mood(Mood::Good), Visibility::Counted),
    );
    assert_eq!(round.len(), 1);
    assert_eq!(round[0].answer, Answer::Mood(Mood::Good));
}

#[test]
fn the_group_sees_only_what_people_chose_to_share() {
    let round = vec![
        answer(1, Answer::Mood(Mood::Rough), Visibility::Coordinators),
        answer(2, Answer::Mood(Mood::Great), Visibility::Shared),
        answer(3, Answer::Pass, Visibility::Counted),
    ];
    let view = group_view(&round, 5);
    assert_eq!(
        view.shared,
        vec![("m2".into(), Answer::Mood(Mood::Great), Some("w2".into()))]
    );
    assert_eq!((view.checked_in, view.not_heard), (3, 2));
    assert_eq!(view.spread.map(|s| s.passes), Some(1));
}

#[test]
fn a_spread_of_fewer_than_three_people_is_not_shown() {
    let round = vec![
        answer(1, Answer::Mood(Mood::Rough), Visibility::Counted),
        answer(2, Answer::Mood(Mood::Okay), Visibility::Counted),
    ];
    assert_eq!(group_view(&round, 2).spread, None);
}

#[test]
fn coordinators_hear_of_rough_answers_only_when_allowed() {
    let round = vec![
        answer(1, Answer::Mood(Mood::Rough), Visibility::Coordinators),
        answer(2, Answer::Mood(Mood::Rough), Visibility::Counted),
    ];
    let members = vec![
        (1, "m1".to_string()),
        (2, "m2".to_string()),
        (3, "Sam".to_string()),
    ];
    let brief = coordinator_brief(&round, &members);
    assert_eq!(brief.not_heard, vec!["Sam".to_string()]);
    assert_eq!(brief.rough, vec![("m1".into(), Some("w1".into()))]);
    // The anonymous rough answer's words reach coordinators without a name.
    assert_eq!(
        brief.words,
        vec![(None, Answer::Mood(Mood::Rough), "w2".to_string())]
    );
}

#[test]
fn answers_round_trip_through_their_stored_names() {
    for a in Answer::ALL {
        assert_eq!(Answer::parse(a.as_str()), Some(a));
    }
    for v in Visibility::ALL {
        assert_eq!(Visibility::parse(v.as_str()), Some(v));
    }
}
