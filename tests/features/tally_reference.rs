//! Ranked counts checked against references written here, from the
//! methods' definitions, sharing no code with Kettle's: random electorates
//! with partial ballots, ties and cycles, plus the cases seen wrong from
//! outside and published worked examples.

use kettle::domain::poll::ranked::{instant_runoff, schulze};
use proptest::prelude::*;

/// The Schulze method as its definition reads: pairwise preferences,
/// strongest paths by Floyd–Warshall, winners are those whose path to
/// every other is at least as strong as the path back.
mod reference {
    // Index loops, as the definitions are written, so it reads like them.
    #![allow(clippy::needless_range_loop)]

    pub fn preferences(n: usize, ballots: &[Vec<u8>]) -> Vec<Vec<u64>> {
        let mut d = vec![vec![0; n]; n];
        for ballot in ballots {
            // Unranked options share the last place.
            let rank_of = |o: usize| {
                ballot
                    .iter()
                    .position(|&x| usize::from(x) == o)
                    .unwrap_or(n)
            };
            for i in 0..n {
                for j in 0..n {
                    if rank_of(i) < rank_of(j) {
                        d[i][j] += 1;
                    }
                }
            }
        }
        d
    }

    pub fn paths(d: &[Vec<u64>]) -> Vec<Vec<u64>> {
        let n = d.len();
        let mut p = vec![vec![0; n]; n];
        for i in 0..n {
            for j in 0..n {
                if i != j && d[i][j] > d[j][i] {
                    p[i][j] = d[i][j];
                }
            }
        }
        for i in 0..n {
            for j in 0..n {
                if i == j {
                    continue;
                }
                for k in 0..n {
                    if i != k && j != k {
                        p[j][k] = std::cmp::max(p[j][k], std::cmp::min(p[j][i], p[i][k]));
                    }
                }
            }
        }
        p
    }

    /// The order: winners among those left, again and again.
    pub fn tiers(n: usize, ballots: &[Vec<u8>]) -> Vec<Vec<usize>> {
        let p = paths(&preferences(n, ballots));
        let mut remaining: Vec<usize> = (0..n).collect();
        let mut tiers = vec![];
        while !remaining.is_empty() {
            let winners: Vec<usize> = remaining
                .iter()
                .copied()
                .filter(|&x| remaining.iter().all(|&y| p[x][y] >= p[y][x]))
                .collect();
            remaining.retain(|x| !winners.contains(x));
            tiers.push(winners);
        }
        tiers
    }

    /// Instant runoff as the poll's rules state it: fewest first choices
    /// drops out; a tie for fewest goes to the one with fewer in the round
    /// before (then the one before that…), then to the one listed later.
    pub fn runoff(n: usize, ballots: &[Vec<u8>]) -> (Option<usize>, Vec<usize>) {
        let mut out: Vec<usize> = vec![];
        let mut history: Vec<Vec<u64>> = vec![];
        loop {
            let mut firsts = vec![0u64; n];
            for b in ballots {
                if let Some(&o) = b.iter().find(|&&o| !out.contains(&usize::from(o))) {
                    firsts[usize::from(o)] += 1;
                }
            }
            let alive: Vec<usize> = (0..n).filter(|o| !out.contains(o)).collect();
            let counting: u64 = alive.iter().map(|&o| firsts[o]).sum();
            let best = alive.iter().map(|&o| firsts[o]).max().unwrap_or(0);
            let leader = alive.iter().copied().find(|&o| firsts[o] == best);
            if alive.len() <= 1 || 2 * best > counting {
                return (leader.filter(|_| best > 0), out);
            }
            let fewest = alive.iter().map(|&o| firsts[o]).min().unwrap();
            let mut tied: Vec<usize> = alive
                .iter()
                .copied()
                .filter(|&o| firsts[o] == fewest)
                .collect();
            for earlier in history.iter().rev() {
                if tied.len() == 1 {
                    break;
                }
                let low = tied.iter().map(|&o| earlier[o]).min().unwrap();
                tied.retain(|&o| earlier[o] == low);
            }
            out.push(*tied.iter().max().unwrap());
            history.push(firsts);
        }
    }
}

fn electorate(
    options: std::ops::Range<usize>,
    voters: std::ops::Range<usize>,
) -> impl Strategy<Value = (usize, Vec<Vec<u8>>)> {
    options.prop_flat_map(move |n| {
        let ballot = Just((0..n as u8).collect::<Vec<_>>())
            .prop_shuffle()
            .prop_flat_map(move |order| (Just(order), 0..=n))
            .prop_map(|(order, keep)| order[..keep].to_vec());
        (Just(n), prop::collection::vec(ballot, voters.clone()))
    })
}

/// Electorates built from a few blocs of identical ballots, where ties
/// and cycles are common.
fn blocs() -> impl Strategy<Value = (usize, Vec<Vec<u8>>)> {
    electorate(3..6, 2..5)
        .prop_flat_map(|(n, kinds)| {
            let k = kinds.len();
            (Just(n), Just(kinds), prop::collection::vec(1usize..6, k))
        })
        .prop_map(|(n, kinds, sizes)| {
            let ballots = kinds
                .into_iter()
                .zip(sizes)
                .flat_map(|(b, size)| std::iter::repeat_n(b, size))
                .collect();
            (n, ballots)
        })
}

fn sorted(mut tiers: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    tiers.iter_mut().for_each(|t| t.sort());
    tiers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn schulze_agrees_with_the_reference_on_random_electorates((n, b) in electorate(3..8, 5..26)) {
        let ours = schulze(n, &b);
        prop_assert_eq!(sorted(ours.order.clone()), sorted(reference::tiers(n, &b)));
        prop_assert_eq!(&ours.pairwise, &reference::preferences(n, &b));
        prop_assert_eq!(&ours.strength, &reference::paths(&ours.pairwise));
    }

    #[test]
    fn schulze_agrees_with_the_reference_where_blocs_make_ties_and_cycles((n, b) in blocs()) {
        prop_assert_eq!(sorted(schulze(n, &b).order), sorted(reference::tiers(n, &b)));
    }

    #[test]
    fn runoff_agrees_with_the_reference((n, b) in electorate(2..8, 0..26)) {
        let ours = instant_runoff(n, &b);
        let (winner, out) = reference::runoff(n, &b);
        prop_assert_eq!(ours.winner, winner);
        let ours_out: Vec<usize> = ours.rounds.iter().filter_map(|r| r.eliminated).collect();
        prop_assert_eq!(ours_out, out);
    }

    #[test]
    fn runoff_agrees_with_the_reference_where_blocs_make_ties((n, b) in blocs()) {
        prop_assert_eq!(instant_runoff(n, &b).winner, reference::runoff(n, &b).0);
    }
}

fn ballots(groups: &[(usize, &str)], names: &str) -> Vec<Vec<u8>> {
    groups
        .iter()
        .flat_map(|(n, order)| {
            let b: Vec<u8> = order
                .chars()
                .map(|c| names.find(c).unwrap() as u8)
                .collect();
            std::iter::repeat_n(b, *n)
        })
        .collect()
}

#[test]
fn partial_ballots_seen_from_outside_give_a_tie_at_the_top() {
    let b = ballots(&[(1, "BC"), (1, "A")], "ABC");
    assert_eq!(sorted(schulze(3, &b).order), vec![vec![0, 1], vec![2]]);
    assert_eq!(reference::tiers(3, &b), vec![vec![0, 1], vec![2]]);
}

#[test]
fn the_cycle_seen_from_outside_is_won_by_a_without_a_head_to_head_sweep() {
    let b = ballots(&[(4, "ABC"), (3, "BCA"), (2, "CAB")], "ABC");
    assert_eq!(schulze(3, &b).order, vec![vec![0], vec![1], vec![2]]);
    assert_eq!(reference::tiers(3, &b), vec![vec![0], vec![1], vec![2]]);
}

/// 3 × ABCD, 2 × DABC, 2 × DBCA, 2 × CBDA: by hand, D beats A 6 to 3
/// and B's and D's strongest chains to each other are both 5, so B and D
/// are level at the top under winning votes.
#[test]
fn a_published_example_with_a_tie_at_the_top() {
    let b = ballots(
        &[(3, "ABCD"), (2, "DABC"), (2, "DBCA"), (2, "CBDA")],
        "ABCD",
    );
    let ours = schulze(4, &b);
    assert_eq!(sorted(ours.order.clone()), sorted(reference::tiers(4, &b)));
    assert_eq!(ours.winner(), None, "{:?}", ours.order);
}
