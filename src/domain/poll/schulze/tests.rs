use super::*;

fn ballots(groups: &[(usize, &str)], names: &str) -> Vec<Vec<u8>> {
    let index = |c: char| names.find(c).unwrap() as u8;
    groups
        .iter()
        .flat_map(|(n, order)| std::iter::repeat_n(order.chars().map(index).collect(), *n))
        .collect()
}

/// Seen from outside: one member ranks Birch then Cedar, another only
/// Apple. Apple and Birch are level (no chain either way), Cedar is last.
#[test]
fn two_partial_ballots_leave_apple_and_birch_level() {
    let b = ballots(&[(1, "BC"), (1, "A")], "ABC");
    let result = schulze(3, &b);
    assert_eq!(result.order, vec![vec![0, 1], vec![2]]);
    assert_eq!(result.winner(), None);
    assert_eq!(result.beats_every_other(), None);
}

/// Seen from outside: 4 × A>B>C, 3 × B>C>A, 2 × C>A>B is a cycle. A
/// wins by the strongest chains (A→B→C at 6 beats C→A at 5) although C
/// beats A head to head.
#[test]
fn a_cycle_is_won_by_the_strongest_chain_not_head_to_head() {
    let b = ballots(&[(4, "ABC"), (3, "BCA"), (2, "CAB")], "ABC");
    let result = schulze(3, &b);
    assert_eq!(result.order, vec![vec![0], vec![1], vec![2]]);
    assert_eq!(result.beats_every_other(), None);
    assert_eq!((result.pairwise[2][0], result.pairwise[0][2]), (5, 4));
    assert_eq!(result.chain(0, 2), Some(vec![0, 1, 2]));
    assert_eq!((result.strength[0][2], result.strength[2][0]), (6, 5));
}

#[test]
fn a_condorcet_winner_is_named_as_one() {
    let b = ballots(&[(3, "ABC"), (2, "BAC"), (1, "CAB")], "ABC");
    let result = schulze(3, &b);
    assert_eq!(result.beats_every_other(), Some(0));
    assert_eq!(result.winner(), Some(0));
    assert_eq!(result.chain(0, 2), Some(vec![0, 2]));
}

#[test]
fn there_is_no_chain_where_nobody_wins_a_link() {
    let b = ballots(&[(1, "AB"), (1, "BA")], "AB");
    let result = schulze(2, &b);
    assert_eq!(result.chain(0, 1), None);
    assert_eq!(result.order, vec![vec![0, 1]]);
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
    assert_eq!(result.strength[4][3], 31, "E's strongest chain to D");
}

mod properties {
    use super::super::*;
    use proptest::prelude::*;

    fn electorate() -> impl Strategy<Value = (usize, Vec<Vec<u8>>)> {
        (2usize..8).prop_flat_map(|n| {
            let ballot = Just((0..n as u8).collect::<Vec<_>>())
                .prop_shuffle()
                .prop_flat_map(move |order| (Just(order), 0..=n))
                .prop_map(|(order, keep)| order[..keep].to_vec());
            (Just(n), prop::collection::vec(ballot, 0..30))
        })
    }

    proptest! {
        /// Every chain the result names is made of real head-to-head wins,
        /// and is exactly as strong as the strength it explains.
        #[test]
        fn chains_are_real_and_as_strong_as_claimed((n, b) in electorate()) {
            let r = schulze(n, &b);
            for from in 0..n {
                for to in (0..n).filter(|&t| t != from) {
                    match r.chain(from, to) {
                        None => prop_assert_eq!(r.strength[from][to], 0),
                        Some(chain) => {
                            prop_assert_eq!(chain.first(), Some(&from));
                            prop_assert_eq!(chain.last(), Some(&to));
                            let weakest = chain.windows(2).map(|w| {
                                let (a, b) = (w[0], w[1]);
                                assert!(r.pairwise[a][b] > r.pairwise[b][a]);
                                r.pairwise[a][b]
                            }).min();
                            prop_assert_eq!(weakest, Some(r.strength[from][to]));
                        }
                    }
                }
            }
        }

        /// The winner is ahead of every other option by its chains.
        #[test]
        fn a_single_winner_is_ahead_of_everyone((n, b) in electorate()) {
            let r = schulze(n, &b);
            if let Some(w) = r.winner() {
                for o in (0..n).filter(|&o| o != w) {
                    prop_assert!(r.strength[w][o] > r.strength[o][w]);
                }
            }
        }
    }
}
