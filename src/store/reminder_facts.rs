//! A batch of due reminders read at once: their meetings, communities,
//! agendas and RSVPs in one statement each (see `week_sets::over_ids`),
//! so a reminder job costs its writes and little else. A reminder changes
//! none of what it reads, so reading ahead gives what reading in turn would.

use super::meetings::{MeetingRow, COLUMNS as MEETING_COLUMNS};
use super::people::{PersonRow, COLUMNS as PERSON_COLUMNS};
use super::week_sets::over_ids;
use super::{CommunityRecord, MeetingRecord, PersonRecord, StoreResult, Tx};
use crate::domain::meeting::rsvp::Rsvp;
use std::collections::HashMap;

/// What one reminder needs, read ahead.
#[derive(Debug, Clone)]
pub struct ReminderFacts {
    pub meeting: MeetingRecord,
    pub community: Option<CommunityRecord>,
    /// Its agenda, in order.
    pub agenda: Vec<String>,
    /// Who answered what, ordered as [`Tx::rsvps`] orders them.
    pub rsvps: Vec<(PersonRecord, Rsvp)>,
}

#[derive(sqlx::FromRow)]
struct AgendaRow {
    meeting_id: i64,
    item: String,
}

#[derive(sqlx::FromRow)]
struct RsvpRow {
    meeting_id: i64,
    #[sqlx(flatten)]
    person: PersonRow,
    response: String,
}

impl Tx {
    /// The facts of each meeting in `meeting_ids` that still exists.
    pub async fn reminder_facts(
        &mut self,
        meeting_ids: &[i64],
    ) -> StoreResult<HashMap<i64, ReminderFacts>> {
        let sql = format!("SELECT {MEETING_COLUMNS} FROM meetings WHERE id IN {{IDS}}");
        let rows: Vec<MeetingRow> = over_ids(self, &sql, meeting_ids).await?;
        let meetings: Vec<MeetingRecord> = rows
            .into_iter()
            .map(TryInto::try_into)
            .collect::<StoreResult<_>>()?;
        let mut community_ids: Vec<i64> = meetings.iter().map(|m| m.community_id).collect();
        community_ids.sort_unstable();
        community_ids.dedup();
        let communities: HashMap<i64, CommunityRecord> = self
            .communities_by_ids(&community_ids)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        let mut facts: HashMap<i64, ReminderFacts> = meetings
            .into_iter()
            .map(|meeting| {
                let community = communities.get(&meeting.community_id).cloned();
                let facts = ReminderFacts {
                    meeting,
                    community,
                    agenda: vec![],
                    rsvps: vec![],
                };
                (facts.meeting.id, facts)
            })
            .collect();
        let sql = "SELECT meeting_id, item FROM meeting_agenda WHERE meeting_id IN {IDS} \
                   ORDER BY meeting_id, id";
        for row in over_ids::<AgendaRow>(self, sql, meeting_ids).await? {
            if let Some(f) = facts.get_mut(&row.meeting_id) {
                f.agenda.push(row.item);
            }
        }
        let sql = format!(
            "SELECT r.meeting_id, {}, r.response FROM people p \
             JOIN meeting_rsvps r ON r.person_id = p.id \
             WHERE r.meeting_id IN {{IDS}} ORDER BY r.meeting_id, p.display_name, p.id",
            super::ingest::prefixed(PERSON_COLUMNS, "p", "")
        );
        for row in over_ids::<RsvpRow>(self, &sql, meeting_ids).await? {
            let (Some(f), Some(rsvp)) =
                (facts.get_mut(&row.meeting_id), Rsvp::parse(&row.response))
            else {
                continue;
            };
            f.rsvps.push((row.person.into(), rsvp));
        }
        Ok(facts)
    }
}
