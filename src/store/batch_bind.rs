//! The group write's parameters (see [`super::batch_sql`]), bound to
//! either of the two ways a batch reaches Postgres: the writer's pipeline
//! (`store::pg_pipeline`, tokio-postgres) or, should that be unavailable,
//! an sqlx query on the writer's own connection (`store::own_connection`).
//! Each part of the batch binds its arrays once, in order, whichever it is.

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
