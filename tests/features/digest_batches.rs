//! Digests built many at a time: the weekly job reads a batch of
//! communities' weeks with one statement per kind of fact. A support team
//! running Kettle for many groups must get, for each group, exactly the
//! digest it would get alone: nothing of one group in another's, however
//! the weeks are mixed (the same group twice, weeks apart, in any order).

use crate::support::TestDb;
use kettle::app::digest::{week_data, weeks_data};
use kettle::bench::digest_mix::varied;
use kettle::domain::time::week::IsoWeek;
use kettle::store::CommunityRecord;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

async fn many_weeks_read_at_once_are_each_week_read_alone(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let last = IsoWeek::at(chrono::Utc::now(), chrono_tz::Europe::London).previous();
    for seed in 0..4u64 {
        let groups = varied(&store, 12, last, seed).await.unwrap();
        let mut tx = store.begin().await.unwrap();
        let mut communities: Vec<CommunityRecord> = vec![];
        for id in &groups {
            communities.push(tx.community_by_id(*id).await.unwrap().unwrap());
        }
        // Each group's last two weeks, some twice, in a random order; read
        // as of now and as of the middle of last week (a week still running).
        let mut rng = StdRng::seed_from_u64(seed);
        let mut asked: Vec<(&CommunityRecord, IsoWeek)> = communities
            .iter()
            .flat_map(|c| [(c, last), (c, last.previous())])
            .collect();
        for _ in 0..5 {
            let again = asked[rng.random_range(0..asked.len())];
            asked.push(again);
        }
        asked.shuffle(&mut rng);
        let middle =
            last.monday().and_hms_opt(12, 0, 0).unwrap().and_utc() + chrono::Duration::days(3);
        for as_of in [chrono::Utc::now(), middle] {
            let together = weeks_data(&mut tx, &asked, as_of).await.unwrap();
            assert_eq!(together.len(), asked.len());
            let mut facts = 0;
            for (&(community, week), batch) in asked.iter().zip(&together) {
                let alone = week_data(&mut tx, community, week, as_of).await.unwrap();
                assert_eq!(batch, &alone, "group {} {week} (seed {seed})", community.id);
                facts += alone.members.len()
                    + alone.meetings.len()
                    + alone.rounds.len()
                    + alone.check_ins.len()
                    + alone.polls.len();
            }
            assert!(facts > 0, "the groups had a life (seed {seed})");
        }
        tx.rollback().await.unwrap();
    }
}

on_both_backends!(many_weeks_read_at_once_are_each_week_read_alone);
