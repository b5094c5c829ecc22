//! The Schulze method (strongest paths, winning votes), as its author
//! defines it, with what a result message needs to explain itself.
//!
//! Every pair of options is compared by how many members ranked one above
//! the other. A *link* from `a` to `b` exists when more preferred `a` to
//! `b` than `b` to `a`; its strength is the number who preferred `a`. A
//! *chain* is a run of links, as strong as its weakest link. `a` is ahead
//! of `b` when `a`'s strongest chain to `b` is stronger than `b`'s back.
//! That relation is transitive but not every pair is comparable, so the
//! winners are the options nobody is ahead of — possibly several, a tie —
//! and the full order is peeled off in tiers of such options.

use crate::domain::poll::ranked::pairwise;

/// The Schulze result: the full order as tiers (options in one tier are
/// level with each other), the head-to-head counts, and the strongest
/// chains that explain the order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchulzeResult {
    pub order: Vec<Vec<usize>>,
    /// `pairwise[a][b]`: how many ranked `a` above `b`.
    pub pairwise: Vec<Vec<u64>>,
    /// `strength[a][b]`: the strength of the strongest chain from `a` to
    /// `b` (0 when there is none).
    pub strength: Vec<Vec<u64>>,
}

pub fn schulze<B: AsRef<[u8]>>(options: usize, ballots: &[B]) -> SchulzeResult {
    let d = pairwise(options, ballots);
    let strength = strongest_chains(&d);
    let ahead = |a: usize, b: usize| strength[a][b] > strength[b][a];
    let mut left: Vec<usize> = (0..options).collect();
    let mut order = vec![];
    while !left.is_empty() {
        let tier: Vec<usize> = left
            .iter()
            .copied()
            .filter(|&a| !left.iter().any(|&b| ahead(b, a)))
            .collect();
        // "Ahead" is a strict partial order, so some option is always
        // unbeaten; the guard only keeps a broken invariant from looping.
        let tier = if tier.is_empty() { left.clone() } else { tier };
        left.retain(|o| !tier.contains(o));
        order.push(tier);
    }
    SchulzeResult {
        order,
        pairwise: d,
        strength,
    }
}

/// Widest paths over the links (Floyd–Warshall with min/max).
fn strongest_chains(d: &[Vec<u64>]) -> Vec<Vec<u64>> {
    let n = d.len();
    let mut p = vec![vec![0u64; n]; n];
    for a in 0..n {
        for b in 0..n {
            if a != b && d[a][b] > d[b][a] {
                p[a][b] = d[a][b];
            }
        }
    }
    for k in 0..n {
        for a in 0..n {
            if a == k || p[a][k] == 0 {
                continue;
            }
            for b in 0..n {
                if b != k && b != a {
                    p[a][b] = p[a][b].max(p[a][k].min(p[k][b]));
                }
            }
        }
    }
    p
}

impl SchulzeResult {
    /// The single winner, if there is no tie at the top.
    pub fn winner(&self) -> Option<usize> {
        match self.order.first() {
            Some(top) if top.len() == 1 => Some(top[0]),
            _ => None,
        }
    }

    /// The option that more members preferred to each other option, head
    /// to head, if there is one. When there is, it is the winner.
    pub fn beats_every_other(&self) -> Option<usize> {
        let d = &self.pairwise;
        (0..d.len()).find(|&a| (0..d.len()).all(|b| b == a || d[a][b] > d[b][a]))
    }

    /// A strongest chain from `from` to `to`: the options it passes
    /// through, `from` first and `to` last, with as few links as any chain
    /// of that strength. `None` when there is no chain at all.
    pub fn chain(&self, from: usize, to: usize) -> Option<Vec<usize>> {
        let need = *self.strength.get(from)?.get(to)?;
        if need == 0 {
            return None;
        }
        let d = &self.pairwise;
        let n = d.len();
        let link = |a: usize, b: usize| d[a][b] > d[b][a] && d[a][b] >= need;
        // Breadth first over links at least as strong as the chain.
        let mut came_from = vec![usize::MAX; n];
        came_from[from] = from;
        let mut queue = std::collections::VecDeque::from([from]);
        while let Some(a) = queue.pop_front() {
            if a == to {
                break;
            }
            for (b, via) in came_from.iter_mut().enumerate() {
                if *via == usize::MAX && link(a, b) {
                    *via = a;
                    queue.push_back(b);
                }
            }
        }
        if came_from[to] == usize::MAX {
            return None;
        }
        let mut path = vec![to];
        while let Some(&last) = path.last() {
            if last == from {
                break;
            }
            path.push(came_from[last]);
        }
        path.reverse();
        Some(path)
    }
}

#[cfg(test)]
mod tests;
