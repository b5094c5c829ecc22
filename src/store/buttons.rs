//! Buttons: the platform only sees an opaque token; what it does, and who
//! may press it, is decided here from the database. What a button does is
//! the app's own type (`app::Action`); the store keeps it as JSON and never
//! looks inside, so storage does not depend on the use cases.

use super::{on_read, on_tx, StoreResult, Tx};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use sqlx::types::Json;

#[derive(Debug, Clone, PartialEq)]
pub struct ButtonRecord<A> {
    pub community_id: i64,
    /// Only this person may press it, when set.
    pub person_id: Option<i64>,
    /// The outbox message the button is on.
    pub message_id: Option<i64>,
    pub action: A,
}

impl Tx {
    pub async fn create_button<A: Serialize + Sync>(
        &mut self,
        token: &str,
        button: &ButtonRecord<A>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql =
            "INSERT INTO buttons (token, community_id, person_id, message_id, action, created_at) \
                   VALUES ($1, $2, $3, $4, $5, $6)";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(token)
            .bind(button.community_id)
            .bind(button.person_id)
            .bind(button.message_id)
            .bind(Json(&button.action))
            .bind(now)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    pub async fn button<A: DeserializeOwned>(
        &mut self,
        token: &str,
    ) -> StoreResult<Option<ButtonRecord<A>>> {
        let sql =
            "SELECT community_id, person_id, message_id, action FROM buttons WHERE token = $1";
        type R = (i64, Option<i64>, Option<i64>, Json<serde_json::Value>);
        // The statement that opened the press may have read it already.
        let known = self.known_button(token).map(|b| {
            b.map(|b| {
                let action = Json(b.action.clone());
                (b.community_id, b.person_id, b.message_id, action)
            })
        });
        let row: Option<R> = match known {
            Some(row) => row,
            None => on_read!(self, |c| sqlx::query_as(sql)
                .bind(token)
                .fetch_optional(&mut *c)
                .await?),
        };
        Ok(
            row.and_then(|(community_id, person_id, message_id, Json(action))| {
                // An action this build does not know (older or newer) is a stale button.
                let action = serde_json::from_value(action)
                    .inspect_err(|e| tracing::warn!(error = %e, "unknown button action"))
                    .ok()?;
                Some(ButtonRecord {
                    community_id,
                    person_id,
                    message_id,
                    action,
                })
            }),
        )
    }

    /// The buttons on a message, with their tokens, so an edit can keep them.
    pub async fn buttons_on<A: DeserializeOwned>(
        &mut self,
        message_id: i64,
    ) -> StoreResult<Vec<(String, A)>> {
        let sql = "SELECT token, action FROM buttons WHERE message_id = $1";
        let rows: Vec<(String, Json<serde_json::Value>)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(message_id)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows
            .into_iter()
            .filter_map(|(token, Json(action))| Some((token, serde_json::from_value(action).ok()?)))
            .collect())
    }
}
