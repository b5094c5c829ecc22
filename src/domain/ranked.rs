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

/// The Schulze result: the full order as tiers (options in one tier are
/// level), and the pairwise counts that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchulzeResult {
    pub order: Vec<Vec<usize>>,
    pub pairwise: Vec<Vec<u64>>,
}

impl SchulzeResult {
    /// The single winner, if there is no tie at the top.
    pub fn winner(&self) -> Option<usize> {
        match self.order.first() {
            Some(top) if top.len() == 1 => Some(top[0]),
            _ => None,
        }
    }
}

pub fn schulze<B: AsRef<[u8]>>(options: usize, ballots: &[B]) -> SchulzeResult {
    let d = pairwise(options, ballots);
    // Strongest path strengths (widest paths, Floyd–Warshall style).
    let mut p = vec![vec![0u64; options]; options];
    for a in 0..options {
        for b in 0..options {
            if a != b && d[a][b] > d[b][a] {
                p[a][b] = d[a][b];
            }
        }
    }
    for k in 0..options {
        for a in 0..options {
            if a == k {
                continue;
            }
            for b in 0..options {
                if b == k || b == a {
                    continue;
                }
                p[a][b] = p[a][b].max(p[a][k].min(p[k][b]));
            }
        }
    }
    // a is ahead of b when p[a][b] > p[b][a]; this relation is transitive,
    // so counting how many each is ahead of gives the order.
    let ahead = |a: usize| {
        (0..options)
            .filter(|&b| b != a && p[a][b] > p[b][a])
            .count()
    };
    let mut scored: Vec<(usize, usize)> = (0..options).map(|a| (ahead(a), a)).collect();
    scored.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    let mut order: Vec<Vec<usize>> = vec![];
    let mut last = None;
    for (wins, option) in scored {
        if last == Some(wins) {
            if let Some(tier) = order.last_mut() {
                tier.push(option);
            }
        } else {
            order.push(vec![option]);
        }
        last = Some(wins);
    }
    SchulzeResult { order, pairwise: d }
}

/// One round of instant runoff: the first-choice counts of the options
/// still in, and who dropped out at its end (if nobody had a majority).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub counts: Vec<(usize, u64)>,
    pub eliminated: Option<usize>,
    /// Ballots with no option left in the running.
    pub exhausted: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunoffResult {
    pub winner: Option<usize>,
    pub rounds: Vec<Round>,
}

/// Instant runoff. A tie for fewest is broken by the earlier rounds
/// (fewest there goes), then by listing order (the option listed later
/// goes), so the count never depends on chance and can be checked by hand.
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
                    exhausted,
                });
                return RunoffResult {
                    winner: (votes > 0).then_some(leader),
                    rounds,
                };
            }
        }
        let history = |o: usize| -> Vec<u64> {
            rounds
                .iter()
                .rev()
                .map(|r| r.counts.iter().find(|(x, _)| *x == o).map_or(0, |c| c.1))
                .collect()
        };
        let loser = counts
            .iter()
            .min_by(|a, b| {
                a.1.cmp(&b.1)
                    .then_with(|| history(a.0).cmp(&history(b.0)))
                    .then(b.0.cmp(&a.0))
            })
            .map(|c| c.0);
        running.retain(|o| Some(*o) != loser);
        rounds.push(Round {
            counts,
            eliminated: loser,
            exhausted,
        });
    }
    RunoffResult {
        winner: None,
        rounds,
    }
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

    /// The worked example from the Schulze method's description (45 voters,
    /// five candidates): the winner is E, and the order E > A > C > B > D.
    #[test]
    fn schulze_matches_the_published_worked_example() {
        let b = ballots(
            &[
                (5, "ACBED"),
                (5, "ADECB"),
                (8, "BEDAC"),
                (3, "CABED"),
                (7, "CAEBD"),
                (2, "CBADE"),
                (7, "DCEBA"),
                (8, "EBADC"),
            ],
            "ABCDE",
        );
        let result = schulze(5, &b);
        assert_eq!(result.pairwise[0][1], 20, "A over B");
        assert_eq!(result.pairwise[1][0], 25, "B over A");
        assert_eq!(result.winner(), Some(4));
        assert_eq!(
            result.order,
            vec![vec![4], vec![0], vec![2], vec![1], vec![3]]
        );
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
