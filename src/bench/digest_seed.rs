//! The digest workload's data, written straight into the tables in
//! batches of literal rows (ids, numbers and fixed words only): a year in
//! one group, and one week in each of many small groups.

use super::digests::{COMMUNITIES, YEAR_MEMBERS, YEAR_POLLS, YEAR_WEEKS};
use crate::domain::poll::{Ballot, PollOption, PollRules};
use crate::domain::time::week::IsoWeek;
use crate::store::Store;
use chrono::{DateTime, Datelike, Duration, SecondsFormat, Utc};

/// Writes the year-long group and the small groups, ending with `last`.
/// Returns the year-long group's id, its weeks (oldest first) and the
/// small groups' ids.
pub async fn seed(store: &Store, last: IsoWeek) -> anyhow::Result<(i64, Vec<IsoWeek>, Vec<i64>)> {
    let mut ids = next_ids(store).await?;
    let mut rows = Rows::default();
    let (year_id, weeks) = year(&mut rows, &mut ids, last);
    let everyone = people(&mut rows, &mut ids, 8, midnight(last) - Duration::days(60));
    rows.write(store).await?;
    // Written a thousand groups at a time, so the harness's own memory
    // stays out of the peak it reports.
    let mut groups = Vec::with_capacity(COMMUNITIES);
    for start in (0..COMMUNITIES).step_by(1000) {
        let mut rows = Rows::default();
        let range = start..(start + 1000).min(COMMUNITIES);
        groups.extend(many(&mut rows, &mut ids, last, &everyone, range));
        rows.write(store).await?;
    }
    Ok((year_id, weeks, groups))
}

/// The rows above carry their own ids; Postgres's id sequences are moved
/// past them so Kettle's own inserts that follow get fresh ones. (SQLite
/// takes the next id from the table itself.)
pub(super) async fn catch_up_ids(store: &Store) -> anyhow::Result<()> {
    let Store::Postgres(pool) = store else {
        return Ok(());
    };
    for table in [
        "communities",
        "people",
        "meetings",
        "checkin_rounds",
        "checkin_answers",
        "polls",
        "outbox",
    ] {
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
             (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
        );
        sqlx::query(&sql).execute(pool).await?;
    }
    Ok(())
}

/// Timestamps as sqlx writes them, so SQLite's text comparisons agree.
pub(super) fn ts(t: DateTime<Utc>) -> String {
    format!("'{}'", t.to_rfc3339_opts(SecondsFormat::AutoSi, false))
}

async fn scalar(store: &Store, sql: &str) -> anyhow::Result<i64> {
    Ok(crate::store::on_pool!(store, |p| sqlx::query_scalar::<
        _,
        i64,
    >(sql)
    .fetch_one(p)
    .await?))
}

/// Inserts `rows` (each a parenthesised tuple of literals) in batches.
pub(super) async fn insert(store: &Store, into: &str, rows: &[String]) -> anyhow::Result<()> {
    for chunk in rows.chunks(500) {
        let sql = format!("INSERT INTO {into} VALUES {}", chunk.join(", "));
        crate::store::on_pool!(store, |p| sqlx::raw_sql(&sql)
            .execute(p)
            .await?
            .rows_affected());
    }
    Ok(())
}

/// Where each table's new ids start.
pub(super) struct Ids {
    pub(super) community: i64,
    pub(super) person: i64,
    pub(super) meeting: i64,
    pub(super) round: i64,
    pub(super) answer: i64,
    pub(super) poll: i64,
    /// Posted messages (`traffic_seed`).
    pub(super) message: i64,
}

pub(super) async fn next_ids(store: &Store) -> anyhow::Result<Ids> {
    let max = |t: &'static str| format!("SELECT COALESCE(MAX(id), 0) + 1 FROM {t}");
    Ok(Ids {
        community: scalar(store, &max("communities")).await?,
        person: scalar(store, &max("people")).await?,
        meeting: scalar(store, &max("meetings")).await?,
        round: scalar(store, &max("checkin_rounds")).await?,
        answer: scalar(store, &max("checkin_answers")).await?,
        poll: scalar(store, &max("polls")).await?,
        message: scalar(store, &max("outbox")).await?,
    })
}

/// Rows for the tables a digest reads, accumulated then written in batches.
#[derive(Default)]
pub(super) struct Rows {
    communities: Vec<String>,
    people: Vec<String>,
    memberships: Vec<String>,
    member_weeks: Vec<String>,
    meetings: Vec<String>,
    rsvps: Vec<String>,
    attendance: Vec<String>,
    rounds: Vec<String>,
    answers: Vec<String>,
    polls: Vec<String>,
    voters: Vec<String>,
}

const ANSWERS: [&str; 6] = ["rough", "low", "okay", "good", "great", "pass"];

impl Rows {
    pub(super) fn community(
        &mut self,
        id: i64,
        chat: &str,
        members: usize,
        created: DateTime<Utc>,
    ) {
        self.communities.push(format!(
            "({id}, 'telegram', '{chat}', 'Bench group {id}', 'Europe/London', 'en', {members}, TRUE, {}, 'counted', 90)",
            ts(created)
        ));
    }

    pub(super) fn meeting(&mut self, id: i64, community: i64, at: DateTime<Utc>, people: &[i64]) {
        let local = at.format("%Y-%m-%d %H:%M");
        self.meetings.push(format!(
            "({id}, {community}, NULL, NULL, 'Group meeting', '{local}', 'Europe/London', {}, 60, NULL, \
             'bench-{id}', 0, 'scheduled', NULL, NULL, {})",
            ts(at),
            ts(at - Duration::days(7))
        ));
        for (k, p) in people.iter().enumerate() {
            let response = match k % 6 {
                0..=3 => "going",
                4 => "maybe",
                _ => "cant",
            };
            self.rsvps.push(format!(
                "({id}, {p}, '{response}', {})",
                ts(at - Duration::days(2))
            ));
            if k % 6 != 5 && k % 3 != 2 {
                self.attendance.push(format!("({id}, {p})"));
            }
        }
    }

    pub(super) fn round(
        &mut self,
        ids: &mut Ids,
        community: i64,
        at: DateTime<Utc>,
        answers: usize,
    ) {
        let id = ids.round;
        ids.round += 1;
        self.rounds.push(format!(
            "({id}, {community}, NULL, NULL, NULL, {}, {}, {}, NULL)",
            ts(at),
            ts(at + Duration::hours(1)),
            ts(at + Duration::hours(1))
        ));
        for k in 0..answers {
            let answer = ids.answer;
            ids.answer += 1;
            self.answers.push(format!(
                "({answer}, {community}, {id}, NULL, '{}', 'counted', NULL, {})",
                ANSWERS[(k + id as usize) % ANSWERS.len()],
                ts(at)
            ));
        }
    }

    pub(super) fn poll(&mut self, id: i64, community: i64, opened: DateTime<Utc>, voters: &[i64]) {
        let rules = serde_json::to_string(&PollRules::default()).unwrap_or_default();
        let options: Vec<PollOption> = ["Lighting", "Youth club", "Bins"]
            .iter()
            .map(|l| PollOption {
                label: l.to_string(),
                cost: None,
            })
            .collect();
        let options = serde_json::to_string(&options).unwrap_or_default();
        let closed = opened + Duration::days(2);
        let (outcome, outcome_at) = if id % 4 == 0 {
            ("'Go ahead'".to_string(), ts(closed + Duration::days(1)))
        } else {
            ("NULL".to_string(), "NULL".to_string())
        };
        self.polls.push(format!(
            "({id}, {community}, NULL, 'Which first?', 'single', FALSE, '{rules}', '{options}', 'closed', \
             {}, {}, {}, {}, NULL, {outcome}, {outcome_at}, NULL)",
            ts(opened),
            ts(closed),
            ts(closed),
            voters.len() + 2
        ));
        for (k, p) in voters.iter().enumerate() {
            let ballot =
                serde_json::to_string(&Ballot::Choose(vec![(k % 3) as u8])).unwrap_or_default();
            self.voters.push(format!(
                "({id}, {p}, '{ballot}', NULL, {})",
                ts(opened + Duration::hours(3))
            ));
        }
    }

    pub(super) async fn write(&self, store: &Store) -> anyhow::Result<()> {
        insert(store, "communities (id, channel, chat_id, title, time_zone, language, member_count, active, created_at, checkin_visibility, checkin_words_days)", &self.communities).await?;
        insert(store, "people (id, channel, platform_user_id, display_name, language, platform_language, time_zone, private_chat_id, created_at)", &self.people).await?;
        insert(
            store,
            "memberships (community_id, person_id, role, joined_at, left_at, last_heard_on)",
            &self.memberships,
        )
        .await?;
        insert(
            store,
            "member_weeks (community_id, person_id, week_start)",
            &self.member_weeks,
        )
        .await?;
        insert(store, "meetings (id, community_id, series_id, occurrence, title, starts_local, time_zone, starts_at, minutes, place, uid, sequence, status, organiser_id, message_id, created_at)", &self.meetings).await?;
        insert(
            store,
            "meeting_rsvps (meeting_id, person_id, response, answered_at)",
            &self.rsvps,
        )
        .await?;
        insert(
            store,
            "meeting_attendance (meeting_id, person_id)",
            &self.attendance,
        )
        .await?;
        insert(store, "checkin_rounds (id, community_id, question, opened_by, schedule_id, opened_at, closes_at, closed_at, message_id)", &self.rounds).await?;
        insert(store, "checkin_answers (id, community_id, round_id, person_id, answer, visibility, words, answered_at)", &self.answers).await?;
        insert(store, "polls (id, community_id, creator_id, question, kind, anonymous, rules, options, status, created_at, deadline, closed_at, members_at_close, message_id, outcome, outcome_at, review_on)", &self.polls).await?;
        insert(
            store,
            "poll_voters (poll_id, person_id, ballot, reason, voted_at)",
            &self.voters,
        )
        .await?;
        Ok(())
    }
}

pub(super) fn people(rows: &mut Rows, ids: &mut Ids, n: usize, created: DateTime<Utc>) -> Vec<i64> {
    (0..n)
        .map(|k| {
            let id = ids.person;
            ids.person += 1;
            rows.people.push(format!(
                "({id}, 'telegram', 'digest-bench-{id}', 'Member {k}', NULL, NULL, NULL, NULL, {})",
                ts(created)
            ));
            id
        })
        .collect()
}

pub(super) fn member(
    rows: &mut Rows,
    community: i64,
    person: i64,
    joined: DateTime<Utc>,
    heard: DateTime<Utc>,
) {
    rows.memberships.push(format!(
        "({community}, {person}, 'member', {}, NULL, '{}')",
        ts(joined),
        heard.format("%Y-%m-%d")
    ));
    let day = heard.date_naive();
    let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
    rows.member_weeks.push(format!(
        "({community}, {person}, '{}')",
        monday.format("%Y-%m-%d")
    ));
}

/// The year-long group: returns its id and its 52 weeks, oldest first.
fn year(rows: &mut Rows, ids: &mut Ids, last: IsoWeek) -> (i64, Vec<IsoWeek>) {
    let weeks: Vec<IsoWeek> = {
        let mut w = vec![last];
        while w.len() < YEAR_WEEKS {
            let earlier = w[w.len() - 1].previous();
            w.push(earlier);
        }
        w.reverse();
        w
    };
    let start = midnight(weeks[0]);
    let community = ids.community;
    ids.community += 1;
    rows.community(
        community,
        "digest-bench-year",
        YEAR_MEMBERS,
        start - Duration::days(7),
    );
    let people = people(rows, ids, YEAR_MEMBERS, start - Duration::days(7));
    for (k, &p) in people.iter().enumerate() {
        let heard = if k % 5 == 0 { start } else { midnight(last) };
        member(rows, community, p, start - Duration::days(7), heard);
    }
    for &week in &weeks {
        let monday = midnight(week);
        let id = ids.meeting;
        ids.meeting += 1;
        rows.meeting(
            id,
            community,
            monday + Duration::hours(24 + 19),
            &people[..30],
        );
        for d in 0..7 {
            rows.round(
                ids,
                community,
                monday + Duration::days(d) + Duration::hours(19),
                12,
            );
        }
    }
    let span = (YEAR_WEEKS * 7 * 24) as i64;
    for k in 0..YEAR_POLLS {
        let opened = start + Duration::hours(span * k as i64 / YEAR_POLLS as i64 + 10);
        let id = ids.poll;
        ids.poll += 1;
        rows.poll(id, community, opened, &people[..25]);
    }
    (community, weeks)
}

/// Small groups `range`, each with one week: a meeting, a round, a poll.
/// The same eight `people` are in every group: the people table stays small.
pub(super) fn many(
    rows: &mut Rows,
    ids: &mut Ids,
    week: IsoWeek,
    people: &[i64],
    range: std::ops::Range<usize>,
) -> Vec<i64> {
    let monday = midnight(week);
    range
        .map(|i| {
            let community = ids.community;
            ids.community += 1;
            rows.community(community, &chat(i), 8, monday - Duration::days(60));
            for (k, &p) in people.iter().enumerate() {
                let heard = if k == 7 {
                    monday - Duration::days(40)
                } else {
                    monday + Duration::days(1)
                };
                member(rows, community, p, monday - Duration::days(60), heard);
            }
            let id = ids.meeting;
            ids.meeting += 1;
            rows.meeting(id, community, monday + Duration::hours(43), &people[..5]);
            rows.round(ids, community, monday + Duration::hours(43), 6);
            let id = ids.poll;
            ids.poll += 1;
            rows.poll(id, community, monday + Duration::hours(58), &people[..5]);
            community
        })
        .collect()
}

/// The chat of the `i`th of [`many`]'s groups.
pub(super) fn chat(i: usize) -> String {
    format!("digest-bench-{i}")
}

pub(super) fn midnight(week: IsoWeek) -> DateTime<Utc> {
    week.monday().and_time(chrono::NaiveTime::MIN).and_utc()
}
