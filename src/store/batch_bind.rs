//! The group write's parameters (see [`super::batch_sql`]), bound to
//! either of the two ways a batch reaches Postgres: the writer's pipeline
//! (`store::pg_pipeline`, tokio-postgres) or, should that be unavailable,
//! an sqlx query on the writer's own connection (`store::own_connection`).
//! Each part of the batch binds its arrays once, in order, whichever it is;
//! [`bind_batch`] binds them all.

use super::group_commit::Commit;
use super::outbox::MessageColumns;
use super::{NewMessage, StoreResult};
use chrono::{DateTime, Utc};
use sqlx::postgres::PgArguments;
use sqlx::query::Query;
use sqlx::Postgres;
use tokio_postgres::types::{ToSql, Type};

/// A value both drivers can send.
pub(super) trait Param:
    for<'q> sqlx::Encode<'q, Postgres> + sqlx::Type<Postgres> + ToSql + Send + Sync + 'static
{
}

impl<T> Param for T where
    T: for<'q> sqlx::Encode<'q, Postgres> + sqlx::Type<Postgres> + ToSql + Send + Sync + 'static
{
}

/// Where a batch's parameters are bound, in order.
pub(super) trait Bind: Sized {
    #[must_use]
    fn bind<T: Param>(self, value: T) -> Self;
}

/// The group write as an sqlx query.
pub(super) type Batch<'q> = Query<'q, Postgres, PgArguments>;

impl Bind for Batch<'_> {
    fn bind<T: Param>(self, value: T) -> Self {
        Query::bind(self, value)
    }
}

/// The group write's parameters for the pipeline, with their types: a
/// batch's text need not use every parameter (see [`super::batch_sql`]),
/// so the statement is prepared with all of them named, as sqlx does.
#[derive(Default)]
pub(super) struct Params {
    values: Vec<Box<dyn ToSql + Send + Sync>>,
    types: Vec<Type>,
}

impl Params {
    pub(super) fn values(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.values
            .iter()
            .map(|p| p.as_ref() as &(dyn ToSql + Sync))
            .collect()
    }

    pub(super) fn types(&self) -> &[Type] {
        &self.types
    }
}

impl Bind for Params {
    fn bind<T: Param>(mut self, value: T) -> Self {
        // Every parameter is one of Postgres's own types (arrays of
        // integers, text, timestamps, booleans), which have fixed oids.
        let oid = <T as sqlx::Type<Postgres>>::type_info().oid();
        let ty = oid
            .and_then(|o| Type::from_oid(o.0))
            .unwrap_or(Type::UNKNOWN);
        self.types.push(ty);
        self.values.push(Box::new(value));
        self
    }
}

/// The group write's statement for `commits`, with the text for `parts`
/// (what they hold: `Parts::of`), bound.
pub(super) fn batch_query<'q>(
    commits: &[&Commit],
    parts: super::batch_sql::Parts,
) -> StoreResult<Batch<'q>> {
    bind_batch(commits, sqlx::query(super::batch_sql::batch_sql(parts)))
}

/// Binds every parameter of the group write's statement for `commits`.
pub(super) fn bind_batch<B: Bind>(commits: &[&Commit], query: B) -> StoreResult<B> {
    let mut inbox = Inbox::default();
    let mut heard = Heard::default();
    let mut sent = Messages::default();
    for (n, commit) in commits.iter().enumerate() {
        let n = n as i32;
        inbox.n.push(n);
        inbox.channel.push(commit.channel.as_str().to_string());
        inbox.key.push(commit.key.clone());
        inbox.at.push(commit.at);
        if let Some((community, person, day, week)) = &commit.heard {
            heard.n.push(n);
            heard.community.push(*community);
            heard.person.push(*person);
            heard.day.push(day.clone());
            heard.week.push(week.clone());
        }
        for msg in &commit.pending {
            sent.push(n, msg)?;
        }
    }
    let checks = Checks::of(commits);
    let votes = super::group_votes::Votes::of(commits);
    let registers = super::newcomer_taps::Registers::of(commits);
    let query = query
        .bind(inbox.n)
        .bind(inbox.channel)
        .bind(inbox.key)
        .bind(inbox.at)
        .bind(heard.n)
        .bind(heard.community)
        .bind(heard.person)
        .bind(heard.day)
        .bind(heard.week)
        .bind(sent.n)
        .bind(sent.channel)
        .bind(sent.chat_id)
        .bind(sent.chat_kind)
        .bind(sent.lane)
        .bind(sent.kind)
        .bind(sent.payload)
        .bind(sent.target)
        .bind(sent.not_before);
    let query = super::group_taps::Taps::of(commits)?.bind(query);
    Ok(registers.bind(votes.bind(checks.bind(query))))
}

/// The batch as array columns for `unnest`; `n` says which update a row
/// belongs to.
#[derive(Default)]
struct Inbox {
    n: Vec<i32>,
    channel: Vec<String>,
    key: Vec<String>,
    at: Vec<DateTime<Utc>>,
}

/// The kept reads' rows ([`super::known::Check`]), `$33` onwards.
#[derive(Default)]
struct Checks {
    n: Vec<i32>,
    community: Vec<i64>,
    person: Vec<i64>,
    community_version: Vec<String>,
    person_version: Vec<String>,
    membership_version: Vec<String>,
}

impl Checks {
    fn of(commits: &[&Commit]) -> Checks {
        let mut checks = Checks::default();
        for (n, commit) in commits.iter().enumerate() {
            if let Some(c) = &commit.check {
                checks.n.push(n as i32);
                checks.community.push(c.community_id);
                checks.person.push(c.person_id);
                checks.community_version.push(c.community_version.clone());
                checks.person_version.push(c.person_version.clone());
                checks.membership_version.push(c.membership_version.clone());
            }
        }
        checks
    }

    fn bind<B: Bind>(self, query: B) -> B {
        query
            .bind(self.n)
            .bind(self.community)
            .bind(self.person)
            .bind(self.community_version)
            .bind(self.person_version)
            .bind(self.membership_version)
    }
}

#[derive(Default)]
struct Heard {
    n: Vec<i32>,
    community: Vec<i64>,
    person: Vec<i64>,
    day: Vec<String>,
    week: Vec<String>,
}

/// Messages as array columns, in outbox order (also for [`super::pg_tx`]).
#[derive(Default)]
pub(super) struct Messages {
    pub(super) n: Vec<i32>,
    pub(super) channel: Vec<String>,
    pub(super) chat_id: Vec<String>,
    pub(super) chat_kind: Vec<String>,
    pub(super) lane: Vec<String>,
    pub(super) kind: Vec<String>,
    pub(super) payload: Vec<String>,
    pub(super) target: Vec<Option<i64>>,
    pub(super) not_before: Vec<DateTime<Utc>>,
}

impl Messages {
    pub(super) fn push(&mut self, n: i32, msg: &NewMessage) -> StoreResult<()> {
        let c = MessageColumns::of(msg)?;
        self.n.push(n);
        self.channel.push(msg.channel.as_str().to_string());
        self.chat_id.push(msg.chat_id.clone());
        self.chat_kind.push(c.chat_kind.to_string());
        self.lane.push(c.lane);
        self.kind.push(c.kind.to_string());
        self.payload.push(c.payload);
        self.target.push(c.target);
        self.not_before.push(msg.not_before);
        Ok(())
    }
}
