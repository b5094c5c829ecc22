//! More groups for the database: alike, many of them, for the growth
//! table; and varied (each with its own members, meetings, rounds,
//! answers, polls and voters over two weeks, from a seeded generator) for
//! the tests that check many weeks read at once come back exactly as each
//! read alone, nothing of one group in another's.

use super::digest_seed::{catch_up_ids, chat, many, member, midnight, next_ids, people, Rows};
use super::traffic_seed::Traffic;
use crate::domain::time::week::IsoWeek;
use crate::store::Store;
use chrono::{Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Writes `n` varied groups whose activity falls in `last` and the week
/// before it; returns their ids.
pub async fn varied(store: &Store, n: usize, last: IsoWeek, seed: u64) -> anyhow::Result<Vec<i64>> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut ids = next_ids(store).await?;
    let mut rows = Rows::default();
    let first = midnight(last.previous());
    let mut groups = vec![];
    for _ in 0..n {
        let community = ids.community;
        ids.community += 1;
        let size = rng.random_range(1..=8);
        let created = first - Duration::days(rng.random_range(1..60));
        rows.community(
            community,
            &format!("digest-mix-{community}"),
            size + 2,
            created,
        );
        let everyone = people(&mut rows, &mut ids, size, created);
        for &p in &everyone {
            let heard = first + Duration::hours(rng.random_range(-24 * 40..24 * 14));
            member(&mut rows, community, p, created, heard);
        }
        // Anything from a day before the first week to a day after the last.
        let when = |rng: &mut StdRng| first + Duration::hours(rng.random_range(-24..24 * 15));
        for _ in 0..rng.random_range(0..3) {
            let id = ids.meeting;
            ids.meeting += 1;
            let going = rng.random_range(0..=everyone.len());
            rows.meeting(id, community, when(&mut rng), &everyone[..going]);
        }
        for _ in 0..rng.random_range(0..4) {
            let answers = rng.random_range(0..9);
            rows.round(&mut ids, community, when(&mut rng), answers);
        }
        for _ in 0..rng.random_range(0..4) {
            let id = ids.poll;
            ids.poll += 1;
            let voters = rng.random_range(0..=everyone.len());
            rows.poll(id, community, when(&mut rng), &everyone[..voters]);
        }
        groups.push(community);
    }
    rows.write(store).await?;
    catch_up_ids(store).await?;
    Ok(groups)
}

/// `n` small groups like the digest workload's, with eight new people for
/// every ten groups: the database of a Kettle that has been busy a while,
/// for the growth table.
pub async fn groups(store: &Store, n: usize) -> anyhow::Result<()> {
    let last = IsoWeek::at(Utc::now(), chrono_tz::Europe::London).previous();
    let since = midnight(last) - Duration::days(60);
    let mut ids = next_ids(store).await?;
    for start in (0..n).step_by(1000) {
        let (mut rows, mut traffic) = (Rows::default(), Traffic::default());
        for ten in (start..(start + 1000).min(n)).step_by(10) {
            let everyone = people(&mut rows, &mut ids, 8, since);
            let made = many(&mut rows, &mut ids, last, &everyone, ten..(ten + 10).min(n));
            for (i, community) in (ten..).zip(made) {
                traffic.group(&mut ids, community, &chat(i), midnight(last));
            }
        }
        rows.write(store).await?;
        traffic.write(store).await?;
    }
    catch_up_ids(store).await
}

/// After the bulk write, what a database that grew over months has had
/// done to it: vacuumed and analysed (autovacuum would have), so the
/// timing that follows is neither sharing the machine with autovacuum
/// nor planned on the statistics of an empty table.
pub(super) async fn settle(store: &crate::store::Store) -> anyhow::Result<()> {
    let sql = match store {
        crate::store::Store::Postgres(_) => "VACUUM ANALYZE",
        crate::store::Store::Sqlite(_) => "ANALYZE",
    };
    crate::store::on_pool!(store, |p| sqlx::raw_sql(sql)
        .execute(p)
        .await?
        .rows_affected());
    Ok(())
}
