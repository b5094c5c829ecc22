//! Counting ranked ballots, where each member puts some or all options in
//! order. Two methods, both deterministic and order-independent:
//!
//! - **Schulze** (the default): compares every pair of options by how many
//!   members ranked one above the other, then lets the strongest chains of
//!   such wins decide. An option that beats every other head to head (a
//!   Condorcet winner) always wins.
//! - **Instant runoff**: the option with fewest first choices drops out
//!   and its ballots move to their next choice, until one option has more
//!   than half.
//!
//! Options a ballot leaves out rank below every option it names, level
//! with each other.

pub use crate::domain::poll::schulze::{schulze, SchulzeResult};

/// One member's order: option indexes, most preferred first, no repeats.
/// A byte each: a poll has far fewer than 256 options, and a million
/// ballots then fit in a few megabytes.
pub type Ranking = Vec<u8>;

/// Pairwise preferences: `d[a][b]` is how many ranked `a` above `b`.
pub fn pairwise<B: AsRef<[u8]>>(options: usize, ballots: &[B]) -> Vec<Vec<u64>> {
    let mut d = vec![vec![0u64; options]; options];
    let mut position = vec![usize::MAX; options];
    for ballot in ballots {
        position.fill(usize::MAX);
        for (place, &option) in ballot.as_ref().iter().enumerate() {
            let option = usize::from(option);
            if option < options && position[option] == usize::MAX {
                position[option] = place;
            }
        }
        for a in 0..options {
            for b in 0..options {
                if a != b && position[a] < position[b] {
                    d[a][b] += 1;
                }
            }
        }
    }
    d
}

/// One round of instant runoff: the first-choice counts of the options
/// still in, and who dropped out at its end (if nobody had a majority).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub counts: Vec<(usize, u64)>,
    pub eliminated: Option<usize>,
    /// How the option to drop was chosen when several had the fewest.
    pub tie_break: Option<TieBreak>,
    /// Ballots with no option left in the running.
    pub exhausted: u64,
}

/// Why one of several options level on fewest first choices dropped out.
/// Stated in the poll's rules before voting, and in the round that used it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TieBreak {
    /// It had fewer first choices in this earlier round (counted from 1).
    EarlierRound(usize),
    /// Level in every round so far: it was listed later.
    ListedLater,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunoffResult {
    pub winner: Option<usize>,
    pub rounds: Vec<Round>,
}

/// Instant runoff. A tie for fewest is broken by the earlier rounds,
/// latest first (fewest there goes), then by listing order (the option
/// listed later goes), so the count never depends on chance and can be
/// checked by hand.
pub fn instant_runoff<B: AsRef<[u8]>>(options: usize, ballots: &[B]) -> RunoffResult {
    let mut running: Vec<usize> = (0..options).collect();
    let mut rounds: Vec<Round> = vec![];
    while !running.is_empty() {
        let mut is_running = vec![false; options];
        for &o in &running {
            is_running[o] = true;
        }
        let mut first_choices = vec![0u64; options];
        let mut exhausted = 0;
        for ballot in ballots {
            let first = ballot
                .as_ref()
                .iter()
                .map(|&o| usize::from(o))
                .find(|&o| is_running.get(o).copied().unwrap_or(false));
            match first {
                Some(o) => first_choices[o] += 1,
                None => exhausted += 1,
            }
        }
        let counts: Vec<(usize, u64)> = running.iter().map(|&o| (o, first_choices[o])).collect();
        let active: u64 = counts.iter().map(|(_, n)| n).sum();
        let top = counts
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some(&(leader, votes)) = top {
            if votes * 2 > active || running.len() == 1 {
                rounds.push(Round {
                    counts,
                    eliminated: None,
                    tie_break: None,
                    exhausted,
                });
                return RunoffResult {
                    winner: (votes > 0).then_some(leader),
                    rounds,
                };
            }
        }
        let (loser, tie_break) = fewest(&counts, &rounds);
        running.retain(|&o| o != loser);
        rounds.push(Round {
            counts,
            eliminated: Some(loser),
            tie_break,
            exhausted,
        });
    }
    RunoffResult {
        winner: None,
        rounds,
    }
}

/// The option to drop from this round's counts, and the tie-break that
/// chose it if several had the fewest.
fn fewest(counts: &[(usize, u64)], earlier: &[Round]) -> (usize, Option<TieBreak>) {
    let low = counts.iter().map(|c| c.1).min().unwrap_or(0);
    let mut level: Vec<usize> = counts.iter().filter(|c| c.1 == low).map(|c| c.0).collect();
    if level.len() == 1 {
        return (level[0], None);
    }
    for (i, round) in earlier.iter().enumerate().rev() {
        let had = |o: usize| round.counts.iter().find(|c| c.0 == o).map_or(0, |c| c.1);
        let low = level.iter().map(|&o| had(o)).min().unwrap_or(0);
        level.retain(|&o| had(o) == low);
        if level.len() == 1 {
            return (level[0], Some(TieBreak::EarlierRound(i + 1)));
        }
    }
    let last = level.iter().copied().max().unwrap_or(0);
    (last, Some(TieBreak::ListedLater))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballots(groups: &[(usize, &str)], names: &str) -> Vec<Ranking> {
        let index = |c: char| names.find(c).unwrap();
        groups
            .iter()
            .flat_map(|(n, order)| {
                std::iter::repeat_n(
                    order.chars().map(|c| index(c) as u8).collect::<Ranking>(),
                    *n,
                )
            })
            .collect()
    }

    /// The Tennessee capital example: 42% Memphis, 26% Nashville, 15%
    /// Chattanooga, 17% Knoxville, each ranking by distance. Instant runoff
    /// elects Knoxville; Nashville, who beats every other city head to
    /// head, wins under Schulze.
    #[test]
    fn the_tennessee_example_under_both_methods() {
        let b = ballots(
            &[(42, "MNCK"), (26, "NCKM"), (15, "CKNM"), (17, "KCNM")],
            "MNCK",
        );
        let irv = instant_runoff(4, &b);
        assert_eq!(irv.winner, Some(3), "Knoxville");
        let dropped: Vec<Option<usize>> = irv.rounds.iter().map(|r| r.eliminated).collect();
        assert_eq!(
            dropped,
            vec![Some(2), Some(1), None],
            "Chattanooga, then Nashville"
        );
        assert_eq!(irv.rounds[2].counts, vec![(0, 42), (3, 58)]);
        assert_eq!(schulze(4, &b).winner(), Some(1), "Nashville");
    }

    #[test]
    fn a_runoff_round_says_when_a_tie_break_chose_who_dropped_out() {
        let listed = ballots(&[(2, "A"), (1, "B"), (1, "C")], "ABC");
        let r = instant_runoff(3, &listed);
        assert_eq!(r.rounds[0].eliminated, Some(2), "C, listed later");
        assert_eq!(r.rounds[0].tie_break, Some(TieBreak::ListedLater));
        let earlier = ballots(&[(4, "A"), (2, "B"), (3, "C"), (1, "DB")], "ABCD");
        let r = instant_runoff(4, &earlier);
        assert_eq!(r.rounds[0].tie_break, None, "D alone had fewest");
        assert_eq!(r.rounds[1].eliminated, Some(1), "B had fewer in round 1");
        assert_eq!(r.rounds[1].tie_break, Some(TieBreak::EarlierRound(1)));
        assert_eq!(r.winner, Some(0));
    }

    #[test]
    fn options_left_out_rank_below_those_named() {
        let b = vec![vec![2], vec![2, 0], vec![1]];
        let d = pairwise(3, &b);
        assert_eq!((d[2][0], d[0][2]), (2, 0));
        assert_eq!((d[0][1], d[1][0]), (1, 1));
    }

    #[test]
    fn a_dead_heat_stays_level_and_nobody_wins() {
        let b = vec![vec![0, 1], vec![1, 0]];
        let result = schulze(2, &b);
        assert_eq!(result.order, vec![vec![0, 1]]);
        assert_eq!(result.winner(), None);
        assert_eq!(
            instant_runoff::<Ranking>(2, &[]).winner,
            None,
            "no ballots, no winner"
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn ballots() -> impl Strategy<Value = (usize, Vec<Ranking>)> {
        (2usize..7).prop_flat_map(|n| {
            let ballot = Just((0..n as u8).collect::<Vec<_>>())
                .prop_shuffle()
                .prop_flat_map(move |order| (Just(order), 1..=n))
                .prop_map(|(order, keep)| order[..keep].to_vec());
            (Just(n), prop::collection::vec(ballot, 0..40))
        })
    }

    proptest! {
        /// Shuffling the ballots never changes either count.
        #[test]
        fn the_order_of_ballots_does_not_matter((n, mut b) in ballots(), seed in any::<u64>()) {
            let before = (schulze(n, &b), instant_runoff(n, &b));
            let len = b.len().max(1);
            b.rotate_left((seed as usize) % len);
            b.reverse();
            prop_assert_eq!(before, (schulze(n, &b), instant_runoff(n, &b)));
        }

        /// An option that beats every other head to head wins under Schulze.
        #[test]
        fn a_condorcet_winner_always_wins((n, b) in ballots()) {
            let d = pairwise(n, &b);
            let condorcet = (0..n).find(|&a| (0..n).all(|x| x == a || d[a][x] > d[x][a]));
            if let Some(c) = condorcet {
                prop_assert_eq!(schulze(n, &b).winner(), Some(c));
            }
        }

        /// The order lists every option once; the runoff winner, if any,
        /// had a majority of the ballots still counting in the last round.
        #[test]
        fn results_are_complete_and_majorities_real((n, b) in ballots()) {
            let s = schulze(n, &b);
            let mut all: Vec<usize> = s.order.concat();
            all.sort();
            prop_assert_eq!(all, (0..n).collect::<Vec<_>>());
            let r = instant_runoff(n, &b);
            if let (Some(w), Some(last)) = (r.winner, r.rounds.last()) {
                let total: u64 = last.counts.iter().map(|c| c.1).sum();
                let won = last.counts.iter().find(|c| c.0 == w).map_or(0, |c| c.1);
                prop_assert!(won * 2 > total || last.counts.len() == 1);
            }
        }
    }
}
