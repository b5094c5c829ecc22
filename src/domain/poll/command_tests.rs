//! Reading `/poll`: kinds, rules, options and their mistakes.

use super::*;
use crate::domain::poll::proposal::Quorum;
use proptest::prelude::*;

fn create(s: &str) -> PollDraft {
    match PollCommand::parse(Some(s)) {
        Ok(PollCommand::Create(d)) => d,
        other => panic!("{s}: {other:?}"),
    }
}

#[test]
fn an_overlong_question_or_option_is_refused_never_cut() {
    let long = "x".repeat(MAX_QUESTION + 1);
    assert_eq!(
        PollCommand::parse(Some(&format!("{long} | a | b"))),
        Err(PollCommandError::TooLong(MAX_QUESTION))
    );
    let label = "y".repeat(MAX_LABEL + 1);
    assert_eq!(
        PollCommand::parse(Some(&format!("Which? | {label} | b"))),
        Err(PollCommandError::TooLong(MAX_LABEL))
    );
    let just = "z".repeat(MAX_LABEL);
    assert_eq!(
        create(&format!("Which? | {just} | b")).options[0].label,
        just
    );
}

#[test]
fn a_quick_poll_is_single_choice_with_the_usual_rules() {
    let d = create("What should we focus on? | Street lighting | Youth club | Bins");
    assert_eq!(d.question, "What should we focus on?");
    assert_eq!(d.options.len(), 3);
    assert_eq!(d.options[1].label, "Youth club");
    assert_eq!(d.rules, PollRules::default());
}

#[test]
fn kinds_and_rules_follow_the_question() {
    let d = create(
        "ranked What first? | A | B | C | anonymous | results after close | deadline 3d | quorum 50% | runoff",
    );
    assert_eq!(
        d.rules.kind,
        PollKind::Ranked {
            method: RankMethod::Runoff
        }
    );
    assert!(d.rules.anonymous);
    assert_eq!(d.rules.results, ResultsShown::AfterClose);
    assert_eq!(d.rules.deadline_minutes, Some(3 * 24 * 60));
    assert_eq!(d.rules.quorum, Quorum::Percent(50));
    let d = create("multiple Which evenings? | Mon | Tue | Wed | max 2 | quorum 12");
    assert_eq!(d.rules.kind, PollKind::Multiple { max: Some(2) });
    assert_eq!(d.rules.quorum, Quorum::People(12));
    let d = create("Keep Thursdays? | Yes | No | anonymous");
    assert_eq!(
        d.rules.results,
        ResultsShown::AfterClose,
        "anonymous waits for the close"
    );
    let d = create("Keep Thursdays? | Yes | No | anonymous | results live");
    assert_eq!(d.rules.results, ResultsShown::Live, "unless asked");
    let d = create("proposal We hire the hall for winter | agree 75% | deadline none");
    assert_eq!(d.rules.kind, PollKind::Proposal { agree_percent: 75 });
    assert_eq!(d.rules.deadline_minutes, None);
    assert!(d.options.is_empty());
    let d = create("dots 10 Spread ten points | A | B");
    assert_eq!(d.rules.kind, PollKind::Points { points: 10 });
    assert_eq!(d.question, "Spread ten points");
}

#[test]
fn a_budget_reads_costs_from_its_options() {
    let d = create(
        "budget £10,000 Community chest | Lighting £6,000 | Youth club: 3000 | Bins 2,500 | spend at least 70% | at least 2 projects",
    );
    assert_eq!(
        d.rules.kind,
        PollKind::Budget {
            budget: 10_000,
            min_spent_percent: 70,
            min_projects: 2
        }
    );
    assert_eq!(d.options[0].label, "Lighting");
    assert_eq!(d.options[0].cost, Some(6_000));
    assert_eq!(d.options[1].label, "Youth club");
    assert_eq!(d.options[2].cost, Some(2_500));
    assert_eq!(
        PollCommand::parse(Some("budget 100 X | A 10 | B")),
        Err(PollCommandError::NoCost("B".into()))
    );
}

#[test]
fn mistakes_are_named() {
    let e = |s: &str| PollCommand::parse(Some(s)).unwrap_err();
    assert_eq!(e("Only one? | A"), PollCommandError::TooFewOptions);
    assert_eq!(e("| A | B"), PollCommandError::NoQuestion);
    assert_eq!(e("Q | A | a"), PollCommandError::Repeated("a".into()));
    assert_eq!(e("proposal Q | A | B"), PollCommandError::ProposalOptions);
    assert_eq!(
        e("Q | A | B | deadline 2 minutes"),
        PollCommandError::Deadline("2 minutes".into())
    );
    assert_eq!(
        e("Q | A | B | quorum 150%"),
        PollCommandError::Share("150%".into())
    );
    assert_eq!(
        e("Q | A | B | agree 60%"),
        PollCommandError::NotForKind("agree 60%".into())
    );
    let many = format!(
        "Q | {}",
        (0..11)
            .map(|i| format!("o{i}"))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    assert_eq!(e(&many), PollCommandError::TooManyOptions);
}

#[test]
fn subcommands_and_the_guided_start() {
    assert_eq!(PollCommand::parse(None), Ok(PollCommand::Guided));
    assert_eq!(
        PollCommand::parse(Some("close")),
        Ok(PollCommand::Close(None))
    );
    assert_eq!(
        PollCommand::parse(Some("close #12")),
        Ok(PollCommand::Close(Some(12)))
    );
    assert_eq!(
        PollCommand::parse(Some("export 3")),
        Ok(PollCommand::Export(Some(3)))
    );
    // Without a bar, other text is a question that lacks options.
    assert_eq!(
        PollCommand::parse(Some("close the hall?")),
        Err(PollCommandError::TooFewOptions)
    );
}

proptest! {
    #[test]
    fn any_text_is_read_safely(text in "\\PC{0,120}") {
        let _ = PollCommand::parse(Some(&text));
    }
}
