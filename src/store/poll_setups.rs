//! A poll being set up step by step in a member's private chat: the
//! question, then the options, then the rules, before it is posted.

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::poll::{PollOption, PollRules};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupStage {
    /// Waiting for the question to be typed.
    Question,
    /// Waiting for options to be typed.
    Options,
    /// Choosing the rules with buttons.
    Rules,
}

impl SetupStage {
    fn as_str(self) -> &'static str {
        match self {
            SetupStage::Question => "question",
            SetupStage::Options => "options",
            SetupStage::Rules => "rules",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PollSetup {
    pub person_id: i64,
    pub community_id: i64,
    pub stage: SetupStage,
    pub question: Option<String>,
    pub options: Vec<PollOption>,
    pub rules: PollRules,
    pub message_id: Option<i64>,
}

fn corrupt(e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("poll setup: {e}"))
}

type Row = (
    i64,
    i64,
    String,
    Option<String>,
    String,
    String,
    Option<i64>,
);

impl Tx {
    pub async fn poll_setup(&mut self, person_id: i64) -> StoreResult<Option<PollSetup>> {
        let sql = "SELECT person_id, community_id, stage, question, options, rules, message_id \
                   FROM poll_setups WHERE person_id = $1";
        let row: Option<Row> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(person_id)
            .fetch_optional(&mut *c)
            .await?);
        let Some((person_id, community_id, stage, question, options, rules, message_id)) = row
        else {
            return Ok(None);
        };
        let stage = match stage.as_str() {
            "question" => SetupStage::Question,
            "options" => SetupStage::Options,
            "rules" => SetupStage::Rules,
            other => return Err(corrupt(other)),
        };
        Ok(Some(PollSetup {
            person_id,
            community_id,
            stage,
            question,
            options: serde_json::from_str(&options).map_err(corrupt)?,
            rules: serde_json::from_str(&rules).map_err(corrupt)?,
            message_id,
        }))
    }

    /// Saves the set-up as it stands (one per member: a new one replaces it).
    pub async fn save_poll_setup(
        &mut self,
        setup: &PollSetup,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql = "INSERT INTO poll_setups (person_id, community_id, stage, question, options, \
                   rules, message_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                   ON CONFLICT (person_id) DO UPDATE SET community_id = excluded.community_id, \
                   stage = excluded.stage, question = excluded.question, options = excluded.options, \
                   rules = excluded.rules, message_id = excluded.message_id, \
                   updated_at = excluded.updated_at";
        let options = serde_json::to_string(&setup.options).map_err(corrupt)?;
        let rules = serde_json::to_string(&setup.rules).map_err(corrupt)?;
        on_tx!(self, |c| sqlx::query(sql)
            .bind(setup.person_id)
            .bind(setup.community_id)
            .bind(setup.stage.as_str())
            .bind(setup.question.as_deref())
            .bind(&options)
            .bind(&rules)
            .bind(setup.message_id)
            .bind(now)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    pub async fn drop_poll_setup(&mut self, person_id: i64) -> StoreResult<()> {
        let sql = "DELETE FROM poll_setups WHERE person_id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(person_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }
}
