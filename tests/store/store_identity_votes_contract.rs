//! Linking two accounts merges their votes by the stated rule, checked
//! against a reference written here on random polls, on SQLite and
//! Postgres: in an open poll the later vote stands (the person's on a tie)
//! and the poll counts one merged vote; a closed poll keeps the totals it
//! announced; an anonymous ballot cast from one account becomes the
//! person's.

use crate::identity_support::*;
use crate::support::store::*;
use kettle::domain::Channel;
use kettle::store::{NewPoll, PersonLinked};
use rand::{Rng, SeedableRng};

/// One random poll for the reference: who of the two voted what, when.
#[derive(Debug, Clone)]
struct Case {
    anonymous: bool,
    closed: bool,
    /// (choice, minutes after t0) for the person and the account.
    person: Option<(usize, i64)>,
    account: Option<(usize, i64)>,
}

impl Case {
    fn random(rng: &mut impl Rng) -> Case {
        let vote = |rng: &mut dyn rand::RngCore| {
            rng.random_bool(0.7)
                .then(|| (rng.random_range(0..3), rng.random_range(0..5)))
        };
        let mut case = Case {
            anonymous: rng.random_bool(0.3),
            closed: rng.random_bool(0.3),
            person: vote(rng),
            account: vote(rng),
        };
        // An open anonymous poll both voted in refuses the link (tested
        // on its own below).
        if case.anonymous && !case.closed && case.person.is_some() {
            case.account = None;
        }
        case
    }

    /// What the reference expects after linking: the poll's ballots (by
    /// choice, sorted), its voter count, and whether a vote was merged.
    fn expected(&self) -> (Vec<usize>, i64, bool) {
        let both = self.person.is_some() && self.account.is_some();
        let ballots: Vec<usize> = match (self.person, self.account) {
            // Closed polls keep their announced totals.
            (Some(p), Some(a)) if self.closed => vec![p.0, a.0],
            // Open: the later vote stands; the person's on a tie.
            (Some(p), Some(a)) => vec![if a.1 > p.1 { a.0 } else { p.0 }],
            (p, a) => p.into_iter().chain(a).map(|v| v.0).collect(),
        };
        let mut ballots = ballots;
        ballots.sort_unstable();
        let count = ballots.len() as i64;
        (ballots, count, both && !self.closed)
    }
}

async fn votes_merge_by_the_later_vote_as_the_reference_says(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x6d65);
    for round in 0..4 {
        let community = community(&store, &format!("-{}", 10 + round)).await;
        let mut tx = store.begin().await.unwrap();
        let t = tx
            .register_member(
                community,
                Channel::Telegram,
                &user(&format!("t{round}"), "T"),
                t0(),
            )
            .await
            .unwrap()
            .unwrap()
            .0;
        let w = tx
            .register_member(
                community,
                Channel::Whatsapp,
                &user(&format!("w{round}"), "W"),
                t0(),
            )
            .await
            .unwrap()
            .unwrap()
            .0;
        let cases: Vec<Case> = (0..8).map(|_| Case::random(&mut rng)).collect();
        let o = priorities();
        let mut polls = vec![];
        for case in &cases {
            let r = rules(case.anonymous);
            let new = NewPoll {
                community_id: community,
                creator_id: w.id,
                question: "Which first?",
                rules: &r,
                options: &o,
                now: t0(),
                deadline: None,
            };
            let poll = tx.create_poll(new).await.unwrap();
            if let Some(v) = case.person {
                cast(&mut tx, poll.id, case.anonymous, t.id, v).await;
            }
            if let Some(v) = case.account {
                cast(&mut tx, poll.id, case.anonymous, w.id, v).await;
            }
            if case.closed {
                tx.close_poll(poll.id, t0(), 5).await.unwrap();
            }
            polls.push(poll.id);
        }
        tx.commit().await.unwrap();

        let linked = link(&store, &format!("CODE{round}"), &t, &w).await;
        let merged_votes = cases.iter().filter(|c| c.expected().2).count() as u64;
        assert_eq!(
            linked,
            PersonLinked::Linked {
                person: t.clone(),
                merged_votes
            },
            "{cases:?}"
        );
        let mut tx = store.begin().await.unwrap();
        for (case, poll) in cases.iter().zip(&polls) {
            let (ballots, count, merged) = case.expected();
            let got = choices(tx.poll_ballots(*poll).await.unwrap());
            assert_eq!(got, ballots, "{case:?}");
            assert_eq!(tx.count_voters(*poll).await.unwrap(), count, "{case:?}");
            let record = tx.poll(*poll).await.unwrap().unwrap();
            assert_eq!(record.merged_votes, i64::from(merged), "{case:?}");
            if !case.closed {
                let voters = tx.poll_voters(*poll).await.unwrap();
                assert!(!voters.contains(&w.id), "the account votes as the person");
            }
        }
        tx.commit().await.unwrap();
    }
}

on_both_backends!(votes_merge_by_the_later_vote_as_the_reference_says);
