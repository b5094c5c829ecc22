//! What a batch of weekly digest jobs reads about its communities beside
//! their weeks' facts (`digest_facts`): each community's digest settings,
//! the communities whose digests it receives as a coordinators' chat, its
//! coordinators, and which of its weeks already have a complete stored
//! digest. One statement each for the whole batch (see
//! `week_sets::over_ids`); digest jobs change none of it.

use super::digests::{settings_of, SettingsRow};
use super::people::{PersonRow, COLUMNS as PERSON_COLUMNS};
use super::week_sets::over_ids;
use super::{DigestSettings, PersonRecord, StoreResult, Tx};
use std::collections::{HashMap, HashSet};

/// One community's side of its digest job, read ahead.
#[derive(Debug, Clone, Default)]
pub struct DigestJobFacts {
    pub settings: DigestSettings,
    /// Communities whose digests go to this one (a coordinators' chat),
    /// ordered as [`Tx::digests_sent_to`] orders them.
    pub routed_here: Vec<i64>,
    /// Its coordinators, ordered as `Tx::members_with_role` orders them.
    pub coordinators: Vec<PersonRecord>,
    /// The weeks (`2026-W47`) with a complete stored digest.
    pub complete: HashSet<String>,
}

#[derive(sqlx::FromRow)]
struct CoordinatorRow {
    community_id: i64,
    #[sqlx(flatten)]
    person: PersonRow,
}

impl Tx {
    /// The digest-job facts of each community in `ids`.
    pub async fn digest_job_facts(
        &mut self,
        ids: &[i64],
    ) -> StoreResult<HashMap<i64, DigestJobFacts>> {
        let mut facts: HashMap<i64, DigestJobFacts> = ids
            .iter()
            .map(|&id| (id, DigestJobFacts::default()))
            .collect();
        let sql = "SELECT community_id, weekday, at_time, enabled, version, send_to, to_group \
                   FROM digest_settings WHERE community_id IN {IDS}";
        type Row = (i64, i16, String, bool, i32, Option<i64>, bool);
        for (id, weekday, at, enabled, version, send_to, to_group) in
            over_ids::<Row>(self, sql, ids).await?
        {
            let row: SettingsRow = (weekday, at, enabled, version, send_to, to_group);
            if let Some(f) = facts.get_mut(&id) {
                f.settings = settings_of(row)?;
            }
        }
        let sql = "SELECT s.send_to, s.community_id FROM digest_settings s \
                   JOIN communities c ON c.id = s.community_id \
                   WHERE s.send_to IN {IDS} AND c.active ORDER BY s.send_to, c.title, c.id";
        for (to, from) in over_ids::<(i64, i64)>(self, sql, ids).await? {
            if let Some(f) = facts.get_mut(&to) {
                f.routed_here.push(from);
            }
        }
        let sql = format!(
            "SELECT m.community_id, {} FROM people p JOIN memberships m ON m.person_id = p.id \
             WHERE m.community_id IN {{IDS}} AND m.left_at IS NULL AND m.role = 'coordinator' \
             ORDER BY m.community_id, p.display_name, p.id",
            super::ingest::prefixed(PERSON_COLUMNS, "p", "")
        );
        for row in over_ids::<CoordinatorRow>(self, &sql, ids).await? {
            if let Some(f) = facts.get_mut(&row.community_id) {
                f.coordinators.push(row.person.into());
            }
        }
        let sql =
            "SELECT community_id, period FROM digests WHERE community_id IN {IDS} AND complete";
        for (id, period) in over_ids::<(i64, String)>(self, sql, ids).await? {
            if let Some(f) = facts.get_mut(&id) {
                f.complete.insert(period);
            }
        }
        Ok(facts)
    }
}
