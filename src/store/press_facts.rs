//! What the statement that opens a press on Postgres reads in passing
//! (see [`super::pg_tx`]): the button, and for a check-in tap the round,
//! share-locked as a tap locks it, and the presser's answer so far.

use super::RoundRecord;
use crate::domain::checkin::RoundTimes;
use sqlx::postgres::PgRow;
use sqlx::types::Json;
use sqlx::Row;

/// What the statement that opened a press found, read in passing so the
/// press needs no statement of its own to find it.
#[derive(Debug, Clone)]
pub(super) struct PressFacts {
    pub(super) token: String,
    /// `None`: no button has this token.
    pub(super) button: Option<RawButton>,
    /// The round a check-in button answers, locked as [`super::Lock::Share`].
    pub(super) round: Option<RoundRecord>,
    /// The presser (a group member), with their current answer in that
    /// round, or the id a first answer will have.
    pub(super) answering: Option<Answering>,
}

#[derive(Debug, Clone)]
pub(super) struct RawButton {
    pub(super) community_id: i64,
    pub(super) person_id: Option<i64>,
    pub(super) message_id: Option<i64>,
    pub(super) action: serde_json::Value,
}

#[derive(Debug, Clone)]
pub(super) struct Answering {
    pub(super) person_id: i64,
    pub(super) name: String,
    pub(super) before: Before,
}

/// The presser's answer in the round before this press.
#[derive(Debug, Clone)]
pub(super) enum Before {
    /// None yet: the first answer gets this id (taken from the table's
    /// sequence when the press was opened).
    Nothing { new_id: i64 },
    Answered {
        id: i64,
        answer: String,
        visibility: String,
        words: Option<String>,
    },
}

/// The parts of the opening statement (`ingest::OPEN_UPDATE_PG`) that read
/// for a press ($11: its token, or ''): CTEs read before the community,
/// CTEs read once the presser is known (`p`), the columns, the joins.
/// The round is locked only when the button answers it; a first answer's
/// id is taken from the sequence only when the round is open and the
/// update new.
pub(super) const PRESS_CTES: (&str, &str, &str, &str) = (
    "btn AS (
            SELECT community_id, person_id, message_id, action FROM buttons
            WHERE $11 <> '' AND token = $11),
         rnd AS (
            SELECT id, community_id, question, schedule_id, opened_at, closes_at, closed_at, message_id
            FROM checkin_rounds
            WHERE id = (SELECT CAST(action->>'round_id' AS BIGINT) FROM btn
                        WHERE action->>'action' = 'checkin_answer')
            FOR SHARE)",
    "prev AS (
            SELECT id, answer, visibility, words FROM checkin_answers
            WHERE round_id = (SELECT id FROM rnd) AND person_id = (SELECT id FROM p))",
    "btn.community_id AS b_community_id, btn.person_id AS b_person_id,
                btn.message_id AS b_message_id, btn.action AS b_action,
                rnd.id AS r_id, rnd.community_id AS r_community_id, rnd.question AS r_question,
                rnd.schedule_id AS r_schedule_id, rnd.opened_at AS r_opened_at,
                rnd.closes_at AS r_closes_at, rnd.closed_at AS r_closed_at,
                rnd.message_id AS r_message_id,
                prev.id AS a_id, prev.answer AS a_answer, prev.visibility AS a_visibility,
                prev.words AS a_words,
                CASE WHEN rnd.id IS NOT NULL AND rnd.closed_at IS NULL AND p.id IS NOT NULL
                          AND prev.id IS NULL AND EXISTS (SELECT 1 FROM ins)
                     THEN nextval('checkin_answers_id_seq') END AS a_new_id",
    "LEFT JOIN btn ON TRUE
         LEFT JOIN rnd ON TRUE
         LEFT JOIN prev ON TRUE",
);

impl PressFacts {
    /// Reads the press's columns of the opening statement's row.
    pub(super) fn decode(token: &str, row: &PgRow) -> sqlx::Result<PressFacts> {
        let button = match row.try_get::<Option<i64>, _>("b_community_id")? {
            Some(community_id) => Some(RawButton {
                community_id,
                person_id: row.try_get("b_person_id")?,
                message_id: row.try_get("b_message_id")?,
                action: row.try_get::<Json<serde_json::Value>, _>("b_action")?.0,
            }),
            None => None,
        };
        let round = match row.try_get::<Option<i64>, _>("r_id")? {
            Some(id) => Some(RoundRecord {
                id,
                community_id: row.try_get("r_community_id")?,
                question: row.try_get("r_question")?,
                schedule_id: row.try_get("r_schedule_id")?,
                times: RoundTimes {
                    opened_at: row.try_get("r_opened_at")?,
                    closes_at: row.try_get("r_closes_at")?,
                    closed_at: row.try_get("r_closed_at")?,
                },
                message_id: row.try_get("r_message_id")?,
            }),
            None => None,
        };
        let before = match (
            row.try_get::<Option<i64>, _>("a_id")?,
            row.try_get::<Option<i64>, _>("a_new_id")?,
        ) {
            (Some(id), _) => Some(Before::Answered {
                id,
                answer: row.try_get("a_answer")?,
                visibility: row.try_get("a_visibility")?,
                words: row.try_get("a_words")?,
            }),
            (None, Some(new_id)) => Some(Before::Nothing { new_id }),
            (None, None) => None,
        };
        let answering = match (before, row.try_get::<Option<i64>, _>("p_id")?) {
            (Some(before), Some(person_id)) => Some(Answering {
                person_id,
                name: row.try_get("p_display_name")?,
                before,
            }),
            _ => None,
        };
        Ok(PressFacts {
            token: token.to_string(),
            button,
            round,
            answering,
        })
    }
}
