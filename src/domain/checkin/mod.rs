//! Check-ins: the round that starts a meeting ("how are you arriving?").
//! Pure rules: what an answer is, who may see it, what a summary may say.
//!
//! Nothing about an individual's answer reaches the group unless that person
//! chose to share it, and no breakdown covering fewer than [`MIN_GROUP`]
//! people is shown to anyone, so no one can be singled out.

pub mod command;
pub mod pulse;
pub mod round;

use serde::{Deserialize, Serialize};

pub use crate::domain::checkin::round::{Refusal, RoundTimes};

/// How someone is arriving, in words first (numbers only order them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mood {
    Rough,
    Low,
    Okay,
    Good,
    Great,
}

impl Mood {
    pub const ALL: [Mood; 5] = [Mood::Rough, Mood::Low, Mood::Okay, Mood::Good, Mood::Great];

    fn index(self) -> usize {
        self as usize
    }
}

/// An answer: a mood, or "pass" (always allowed, never questioned).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Mood(Mood),
    Pass,
}

impl Answer {
    /// Every answer in the order buttons show them.
    pub const ALL: [Answer; 6] = [
        Answer::Mood(Mood::Rough),
        Answer::Mood(Mood::Low),
        Answer::Mood(Mood::Okay),
        Answer::Mood(Mood::Good),
        Answer::Mood(Mood::Great),
        Answer::Pass,
    ];

    /// The stored (and message-id) name: `rough` … `great`, `pass`.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Mood(Mood::Rough) => "rough",
            Answer::Mood(Mood::Low) => "low",
            Answer::Mood(Mood::Okay) => "okay",
            Answer::Mood(Mood::Good) => "good",
            Answer::Mood(Mood::Great) => "great",
            Answer::Pass => "pass",
        }
    }

    pub fn parse(s: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// Who may see an answer, chosen by the person answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    /// With their name, in the group.
    Shared,
    /// With their name, to coordinators only.
    Coordinators,
    /// Only counted; no name anywhere.
    Counted,
}

impl Visibility {
    pub const ALL: [Visibility; 3] = [
        Visibility::Shared,
        Visibility::Coordinators,
        Visibility::Counted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Shared => "shared",
            Visibility::Coordinators => "coordinators",
            Visibility::Counted => "counted",
        }
    }

    pub fn parse(s: &str) -> Option<Visibility> {
        Visibility::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// One member's answer in a round. `member` is an opaque id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub member: i64,
    pub name: String,
    pub answer: Answer,
    pub visibility: Visibility,
    /// A few words, added privately; they follow the answer's visibility.
    pub words: Option<String>,
}

/// The least number of people any breakdown may cover.
pub const MIN_GROUP: u32 = 3;

/// Counts per mood, and passes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Spread {
    pub moods: [u32; 5],
    pub passes: u32,
}

impl Spread {
    pub fn of<'a>(responses: impl IntoIterator<Item = &'a Response>) -> Spread {
        let mut spread = Spread::default();
        for r in responses {
            spread.add(r.answer);
        }
        spread
    }

    pub fn add(&mut self, answer: Answer) {
        self.add_count(answer, 1);
    }

    /// Adds `n` of the same answer (a tally counted elsewhere).
    pub fn add_count(&mut self, answer: Answer, n: u32) {
        match answer {
            Answer::Mood(m) => self.moods[m.index()] += n,
            Answer::Pass => self.passes += n,
        }
    }

    /// Adds another tally's counts to this one.
    pub fn absorb(&mut self, other: Spread) {
        for (mine, theirs) in self.moods.iter_mut().zip(other.moods) {
            *mine += theirs;
        }
        self.passes += other.passes;
    }

    /// Everyone who checked in, passes included.
    pub fn people(&self) -> u32 {
        self.moods.iter().sum::<u32>() + self.passes
    }

    pub fn count(&self, mood: Mood) -> u32 {
        self.moods[mood.index()]
    }

    /// The spread, or nothing if it covers too few people to show safely.
    pub fn shown(self) -> Option<Spread> {
        (self.people() >= MIN_GROUP).then_some(self)
    }
}

/// Records an answer: one per member, and a new one replaces the old.
pub fn record(responses: &mut Vec<Response>, response: Response) {
    match responses.iter_mut().find(|r| r.member == response.member) {
        Some(existing) => *existing = response,
        None => responses.push(response),
    }
}

/// What the group may see while a round is open or after it closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupView {
    /// How many have checked in (always safe: it names no one).
    pub checked_in: u32,
    /// The spread, once the round has closed and if it covers enough
    /// people. Never while open: two looks a moment apart would differ by
    /// one answer, and show it.
    pub spread: Option<Spread>,
    /// Names, answers and words of those who chose to share, in answer order.
    pub shared: Vec<(String, Answer, Option<String>)>,
    /// Members who have not answered yet: a number, never names.
    pub not_heard: u32,
}

/// The group's view of a closed round.
pub fn group_view(responses: &[Response], members: u32) -> GroupView {
    let shared: Vec<&Response> = responses.iter().collect();
    GroupView::from_tally(Spread::of(responses), &shared, members, false)
}

/// Answers grouped by round (`None`: private check-ins), counted in
/// batches so that no two views a moment apart differ by one answer: a
/// closed round of [`MIN_GROUP`] or more joins whole; private check-ins and
/// smaller rounds join together once the period is over (`complete`) and
/// no round of it is still open, and only if there are [`MIN_GROUP`] or
/// more of them. The digest and `/pulse` both count this way.
pub fn batched(
    by_round: &std::collections::BTreeMap<Option<i64>, Spread>,
    complete: bool,
    round_still_open: bool,
) -> Spread {
    let (mut spread, mut rest) = (Spread::default(), Spread::default());
    for (round, s) in by_round {
        match round {
            Some(_) if s.people() >= MIN_GROUP => spread.absorb(*s),
            _ => rest.absorb(*s),
        }
    }
    if complete && !round_still_open && rest.people() >= MIN_GROUP {
        spread.absorb(rest);
    }
    spread
}

impl GroupView {
    /// The view from a tally already counted (by the database, say) and
    /// the answers among them; only the shared ones are used.
    pub fn from_tally(
        spread: Spread,
        answers: &[&Response],
        members: u32,
        open: bool,
    ) -> GroupView {
        GroupView {
            checked_in: spread.people(),
            spread: spread.shown().filter(|_| !open),
            shared: answers
                .iter()
                .filter(|r| r.visibility == Visibility::Shared)
                .map(|r| (r.name.clone(), r.answer, r.words.clone()))
                .collect(),
            not_heard: members.saturating_sub(spread.people()),
        }
    }
}

/// What coordinators are told privately at close, so someone can reach out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoordinatorBrief {
    /// Names of members not heard from in this round.
    pub not_heard: Vec<String>,
    /// "Rough" answers whose authors let coordinators see them, with words.
    pub rough: Vec<(String, Option<String>)>,
    /// Other words meant for coordinators: with a name when the author let
    /// coordinators see it, without one for "counted only" answers.
    pub words: Vec<(Option<String>, Answer, String)>,
}

/// `members` are everyone in the community, as (id, name).
pub fn coordinator_brief(responses: &[Response], members: &[(i64, String)]) -> CoordinatorBrief {
    let answered = |id: i64| responses.iter().any(|r| r.member == id);
    CoordinatorBrief {
        not_heard: members
            .iter()
            .filter(|(id, _)| !answered(*id))
            .map(|(_, name)| name.clone())
            .collect(),
        rough: responses
            .iter()
            .filter(|r| {
                r.answer == Answer::Mood(Mood::Rough) && r.visibility != Visibility::Counted
            })
            .map(|r| (r.name.clone(), r.words.clone()))
            .collect(),
        words: responses
            .iter()
            .filter(|r| {
                r.answer != Answer::Mood(Mood::Rough) || r.visibility == Visibility::Counted
            })
            .filter(|r| r.visibility != Visibility::Shared)
            .filter_map(|r| {
                let words = r.words.clone()?;
                let name = (r.visibility == Visibility::Coordinators).then(|| r.name.clone());
                Some((name, r.answer, words))
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_answer() -> impl Strategy<Value = Answer> {
        prop_oneof![
            Just(Answer::Pass),
            (0usize..5).prop_map(|i| Answer::Mood(Mood::ALL[i]))
        ]
    }

    fn any_visibility() -> impl Strategy<Value = Visibility> {
        prop_oneof![
            Just(Visibility::Shared),
            Just(Visibility::Coordinators),
            Just(Visibility::Counted)
        ]
    }

    fn taps() -> impl Strategy<Value = Vec<Response>> {
        prop::collection::vec((0i64..40, any_answer(), any_visibility()), 0..200).prop_map(|taps| {
            taps.into_iter()
                .map(|(member, answer, visibility)| Response {
                    member,
                    name: format!("m{member}"),
                    answer,
                    visibility,
                    words: None,
                })
                .collect()
        })
    }

    proptest! {
        /// However many times people tap, each has one answer: their last.
        #[test]
        fn one_answer_per_member_the_last_one(taps in taps()) {
            let mut round = vec![];
            for tap in &taps {
                record(&mut round, tap.clone());
            }
            let mut members: Vec<i64> = taps.iter().map(|t| t.member).collect();
            members.sort();
            members.dedup();
            prop_assert_eq!(round.len(), members.len());
            for r in &round {
                let last = taps.iter().rev().find(|t| t.member == r.member).unwrap();
                prop_assert_eq!(r, last);
            }
        }

        /// No name reaches the group unless its owner chose "shared", and no
        /// spread of fewer than three people is shown.
        #[test]
        fn the_group_view_never_exposes_anyone(taps in taps(), extra in 0u32..10) {
            let mut round = vec![];
            for tap in taps {
                record(&mut round, tap);
            }
            let view = group_view(&round, round.len() as u32 + extra);
            for (name, _, _) in &view.shared {
                let owner = round.iter().find(|r| &r.name == name).unwrap();
                prop_assert_eq!(owner.visibility, Visibility::Shared);
            }
            if let Some(spread) = view.spread {
                prop_assert!(spread.people() >= MIN_GROUP);
                prop_assert_eq!(spread.people() as usize, round.len());
            }
            prop_assert_eq!(view.not_heard, extra);
        }
    }
}
