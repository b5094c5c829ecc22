//! The facts a week's digest is built from, read for many communities'
//! weeks at once (see [`super::week_sets`]): members and the weeks they
//! were heard in, meetings with their RSVPs, check-in rounds and answers,
//! polls, and times still being found.

use super::polls::{PollRow, COLUMNS as POLL_COLUMNS};
use super::week_sets::{over_ids, over_windows, WeekWindow};
use super::{PollRecord, StoreResult, Tx};
use crate::domain::checkin::pulse::PulseEntry;
use crate::domain::digest::{MeetingFact, MemberFact, RoundFact, TimePollFact};
use crate::domain::poll::Ballot;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::BTreeMap;

/// One window's facts (see [`Tx::week_facts`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WeekFacts {
    /// Current members, and those who left since the week began.
    pub members: Vec<MemberFact>,
    /// Meetings starting from the week's start until its `ahead`.
    pub meetings: Vec<MeetingFact>,
    /// Rounds opened in the week.
    pub rounds: Vec<RoundFact>,
    /// The week's check-ins, with no person: private ones made in it, and
    /// every answer (up to `as_of`) in the rounds opened in it, whenever it
    /// came: a round belongs to its week.
    pub check_ins: Vec<PulseEntry>,
    /// Polls open at some time in the week, or whose outcome was recorded
    /// in it, or whose review falls in its review days; with how many voted.
    pub polls: Vec<(PollRecord, i64)>,
    /// Times still being found (open before `until`), with how many answered.
    pub time_polls: Vec<TimePollFact>,
}

const MEMBERS: &str = "SELECT w.n, m.person_id, p.display_name, m.joined_at, m.left_at \
    FROM {W} JOIN memberships m ON m.community_id = w.cid JOIN people p ON p.id = m.person_id \
    WHERE m.left_at IS NULL OR m.left_at >= w.t_start ORDER BY w.n, m.person_id";

const HEARD: &str = "SELECT w.n, h.person_id, h.week_start \
    FROM {W} JOIN member_weeks h ON h.community_id = w.cid \
    WHERE h.week_start >= w.heard_from AND h.week_start <= w.heard_to";

const MEETINGS: &str = "SELECT w.n, mt.id, mt.title, mt.starts_local, mt.starts_at, mt.status, \
    (SELECT COUNT(*) FROM meeting_rsvps r WHERE r.meeting_id = mt.id AND r.response = 'going'), \
    (SELECT COUNT(*) FROM meeting_rsvps r WHERE r.meeting_id = mt.id AND r.response = 'maybe'), \
    (SELECT COUNT(*) FROM meeting_rsvps r WHERE r.meeting_id = mt.id AND r.response = 'cant'), \
    CASE WHEN mt.attendance_recorded_at IS NULL THEN NULL \
         ELSE (SELECT COUNT(*) FROM meeting_attendance a WHERE a.meeting_id = mt.id) END, \
    (SELECT COUNT(*) FROM meeting_attendance a JOIN meeting_rsvps r \
       ON r.meeting_id = a.meeting_id AND r.person_id = a.person_id AND r.response = 'going' \
     WHERE a.meeting_id = mt.id) \
    FROM {W} JOIN meetings mt ON mt.community_id = w.cid \
    AND mt.starts_at >= w.t_start AND mt.starts_at < w.t_ahead ORDER BY w.n, mt.id";

const ROUNDS: &str = "SELECT w.n, r.id, r.opened_at, r.closed_at, \
    (SELECT COUNT(*) FROM checkin_answers a WHERE a.round_id = r.id) \
    FROM {W} JOIN checkin_rounds r ON r.community_id = w.cid \
    AND r.opened_at >= w.t_start AND r.opened_at < w.t_until ORDER BY w.n, r.id";

const CHECK_INS: &str = "SELECT w.n, a.answered_at, a.answer, a.round_id \
    FROM {W} JOIN checkin_answers a ON a.community_id = w.cid AND a.answered_at <= w.t_as_of \
    LEFT JOIN checkin_rounds r ON r.id = a.round_id \
    WHERE CASE WHEN a.round_id IS NULL \
      THEN a.answered_at >= w.t_start AND a.answered_at < w.t_until \
      ELSE r.opened_at >= w.t_start AND r.opened_at < w.t_until END \
    ORDER BY w.n, a.id";

const TIME_POLLS: &str = "SELECT w.n, tp.id, tp.title, tp.deadline, \
    (SELECT COUNT(DISTINCT a.person_id) FROM time_poll_answers a \
     JOIN time_poll_options o ON o.id = a.option_id WHERE o.poll_id = tp.id) \
    FROM {W} JOIN time_polls tp ON tp.community_id = w.cid \
    WHERE tp.status = 'open' AND tp.created_at < w.t_until ORDER BY w.n, tp.id";

#[derive(sqlx::FromRow)]
struct PollInWindow {
    n: i64,
    #[sqlx(flatten)]
    poll: PollRow,
    voted: i64,
}

fn polls_sql() -> String {
    let columns = POLL_COLUMNS
        .split(", ")
        .map(|c| format!("polls.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "SELECT w.n, {columns}, polls.forgotten_voters + \
           (SELECT COUNT(*) FROM poll_voters v WHERE v.poll_id = polls.id) AS voted \
         FROM {{W}} JOIN polls ON polls.community_id = w.cid AND ( \
           (polls.created_at < w.t_until AND (polls.closed_at IS NULL OR polls.closed_at >= w.t_start)) \
           OR (polls.outcome_at >= w.t_start AND polls.outcome_at < w.t_until) \
           OR (polls.review_on >= w.review_from AND polls.review_on < w.review_to)) \
         ORDER BY w.n, polls.id"
    )
}

/// The window a row belongs to.
fn at(all: &mut [WeekFacts], n: i64) -> Option<&mut WeekFacts> {
    usize::try_from(n).ok().and_then(|n| all.get_mut(n))
}

fn count(v: i64) -> u32 {
    u32::try_from(v).unwrap_or(0)
}

type RoundRow = (i64, i64, DateTime<Utc>, Option<DateTime<Utc>>, i64);
type TimePollRow = (i64, i64, String, Option<DateTime<Utc>>, i64);
type MemberRow = (i64, i64, String, DateTime<Utc>, Option<DateTime<Utc>>);
type MeetingRow = (
    i64,
    i64,
    String,
    String,
    DateTime<Utc>,
    String,
    i64,
    i64,
    i64,
    Option<i64>,
    i64,
);

impl Tx {
    /// Each window's facts, in the windows' order: seven statements
    /// however many windows there are.
    pub async fn week_facts(&mut self, windows: &[WeekWindow]) -> StoreResult<Vec<WeekFacts>> {
        let mut all = vec![WeekFacts::default(); windows.len()];
        self.members_into(&mut all, windows).await?;
        let meetings: Vec<MeetingRow> = over_windows(self, MEETINGS, windows).await?;
        for (n, id, title, starts_local, starts_at, status, going, maybe, cant, came, both) in
            meetings
        {
            if let Some(f) = at(&mut all, n) {
                f.meetings.push(MeetingFact {
                    id,
                    title,
                    starts_local,
                    starts_at,
                    cancelled: status == "cancelled",
                    going: count(going),
                    maybe: count(maybe),
                    cant: count(cant),
                    came: came.map(count),
                    came_said_going: count(both),
                });
            }
        }
        let rounds: Vec<RoundRow> = over_windows(self, ROUNDS, windows).await?;
        for (n, id, opened_at, closed_at, answered) in rounds {
            let as_of = usize::try_from(n).ok().and_then(|n| windows.get(n));
            if let (Some(f), Some(w)) = (at(&mut all, n), as_of) {
                f.rounds.push(RoundFact {
                    id,
                    opened_at,
                    closed: closed_at.is_some_and(|c| c <= w.as_of),
                    answered: count(answered),
                });
            }
        }
        let check_ins: Vec<(i64, DateTime<Utc>, String, Option<i64>)> =
            over_windows(self, CHECK_INS, windows).await?;
        let mut by_window: BTreeMap<i64, Vec<_>> = BTreeMap::new();
        for (n, answered_at, answer, round) in check_ins {
            by_window
                .entry(n)
                .or_default()
                .push((answered_at, answer, round));
        }
        for (n, rows) in by_window {
            if let Some(f) = at(&mut all, n) {
                f.check_ins = super::checkin_upkeep::pulse_of(rows)?;
            }
        }
        let polls: Vec<PollInWindow> = over_windows(self, &polls_sql(), windows).await?;
        for row in polls {
            if let Some(f) = at(&mut all, row.n) {
                f.polls.push((PollRecord::try_from(row.poll)?, row.voted));
            }
        }
        let time_polls: Vec<TimePollRow> = over_windows(self, TIME_POLLS, windows).await?;
        for (n, id, title, deadline, answered) in time_polls {
            if let Some(f) = at(&mut all, n) {
                // Members are counted by the caller, as every poll counts them.
                f.time_polls.push(TimePollFact {
                    id,
                    title,
                    answered: count(answered),
                    members: 0,
                    deadline,
                });
            }
        }
        Ok(all)
    }

    async fn members_into(
        &mut self,
        all: &mut [WeekFacts],
        windows: &[WeekWindow],
    ) -> StoreResult<()> {
        let rows: Vec<MemberRow> = over_windows(self, MEMBERS, windows).await?;
        let heard: Vec<(i64, i64, String)> = over_windows(self, HEARD, windows).await?;
        let mut weeks_of: BTreeMap<(i64, i64), Vec<NaiveDate>> = BTreeMap::new();
        for (n, person, week) in heard {
            if let Ok(monday) = NaiveDate::parse_from_str(&week, "%Y-%m-%d") {
                weeks_of.entry((n, person)).or_default().push(monday);
            }
        }
        for (n, person_id, name, joined_at, left_at) in rows {
            if let Some(f) = at(all, n) {
                f.members.push(MemberFact {
                    person_id,
                    name,
                    joined_at,
                    left_at,
                    heard_weeks: weeks_of.remove(&(n, person_id)).unwrap_or_default(),
                });
            }
        }
        Ok(())
    }

    /// Current members, and those who left since `since`, each with the
    /// weeks (their Mondays, from `weeks`) they were heard in.
    pub async fn digest_members(
        &mut self,
        community_id: i64,
        since: DateTime<Utc>,
        weeks: (NaiveDate, NaiveDate),
    ) -> StoreResult<Vec<MemberFact>> {
        let window = WeekWindow {
            community_id,
            start: since,
            until: since,
            ahead: since,
            as_of: since,
            heard: weeks,
            review: weeks,
        };
        let mut all = vec![WeekFacts::default()];
        self.members_into(&mut all, &[window]).await?;
        Ok(all.pop().map(|f| f.members).unwrap_or_default())
    }

    /// Every ballot of each of `polls`, named and anonymous alike, each
    /// poll's in an order that says nothing about who or when.
    pub async fn ballots_of_polls(
        &mut self,
        polls: &[i64],
    ) -> StoreResult<BTreeMap<i64, Vec<Ballot>>> {
        let sql = "SELECT poll_id, ballot FROM poll_voters \
                   WHERE poll_id IN {IDS} AND ballot IS NOT NULL \
                   UNION ALL SELECT poll_id, ballot FROM poll_ballots WHERE poll_id IN {IDS} \
                   ORDER BY 1, 2";
        let rows: Vec<(i64, String)> = over_ids(self, sql, polls).await?;
        let mut by_poll: BTreeMap<i64, Vec<Ballot>> = BTreeMap::new();
        for (poll, ballot) in rows {
            by_poll
                .entry(poll)
                .or_default()
                .push(super::ballots::decode(&ballot)?);
        }
        Ok(by_poll)
    }
}
