//! What the statement that opens a press reads in passing (on Postgres
//! the opening statement, see [`super::pg_tx`]; on either backend the
//! steady read of a known member, see [`super::deferred`]): the button,
//! and for a check-in tap the round and the presser's answer so far, from
//! which a tap stages what it writes late ([`super::late_writes`]).

use super::late_writes::StagedAnswer;
use super::{AnswerRecord, RoundRecord, Tx};
use crate::domain::checkin::{Answer, RoundTimes, Visibility};
use chrono::{DateTime, Utc};
use sqlx::types::Json;

/// What the statement that opened a press found, read in passing so the
/// press needs no statement of its own to find it.
#[derive(Debug, Clone)]
pub(super) struct PressFacts {
    pub(super) token: String,
    /// `None`: no button has this token.
    pub(super) button: Option<RawButton>,
    /// The round a check-in button answers: share-locked until the commit
    /// when the opening statement read it ([`super::Lock::Share`]); read
    /// without a lock by a steady read, whose commit checks it again.
    pub(super) round: Option<RoundRecord>,
    /// The presser (a group member), with their current answer in that
    /// round, or the id a first answer will have.
    pub(super) answering: Option<Answering>,
    /// For a vote, its poll and the presser's ballot, where the statement
    /// read them (`store::press_polls`).
    pub(super) poll: Option<super::press_polls::PressPoll>,
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
    /// None yet: the first answer gets this id, taken from the table's
    /// sequence when the press was opened (Postgres); `None` where the
    /// table gives it as the commit writes the answer (SQLite, which has
    /// no sequences).
    Nothing { new_id: Option<i64> },
    Answered {
        id: i64,
        answer: String,
        visibility: String,
        words: Option<String>,
    },
}

/// SQLite's steady read's `a_new_id` for a first answer: no id yet, the
/// table gives one when the commit writes it ([`Before::Nothing`]).
pub(super) const GIVEN_WHEN_WRITTEN: i64 = -1;

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

/// The press's columns of the row that opened it (the same names on
/// both backends).
#[derive(sqlx::FromRow)]
pub(super) struct PressRow {
    b_community_id: Option<i64>,
    b_person_id: Option<i64>,
    b_message_id: Option<i64>,
    b_action: Option<Json<serde_json::Value>>,
    r_id: Option<i64>,
    r_community_id: Option<i64>,
    r_question: Option<String>,
    r_schedule_id: Option<i64>,
    r_opened_at: Option<DateTime<Utc>>,
    r_closes_at: Option<DateTime<Utc>>,
    r_closed_at: Option<DateTime<Utc>>,
    r_message_id: Option<i64>,
    a_id: Option<i64>,
    a_answer: Option<String>,
    a_visibility: Option<String>,
    a_words: Option<String>,
    a_new_id: Option<i64>,
    #[sqlx(flatten)]
    poll: super::press_polls::PressPollRow,
}

impl PressFacts {
    /// What `row` says of the press of `token` by `presser` (id and name),
    /// when the reading found them as a member.
    pub(super) fn new(token: &str, row: PressRow, presser: Option<(i64, String)>) -> PressFacts {
        let button = match (row.b_community_id, row.b_action) {
            (Some(community_id), Some(Json(action))) => Some(RawButton {
                community_id,
                person_id: row.b_person_id,
                message_id: row.b_message_id,
                action,
            }),
            _ => None,
        };
        let round = match (
            row.r_id,
            row.r_community_id,
            row.r_opened_at,
            row.r_closes_at,
        ) {
            (Some(id), Some(community_id), Some(opened_at), Some(closes_at)) => Some(RoundRecord {
                id,
                community_id,
                question: row.r_question,
                schedule_id: row.r_schedule_id,
                times: RoundTimes {
                    opened_at,
                    closes_at,
                    closed_at: row.r_closed_at,
                },
                message_id: row.r_message_id,
            }),
            _ => None,
        };
        let before = match (row.a_id, row.a_answer, row.a_visibility, row.a_new_id) {
            (Some(id), Some(answer), Some(visibility), _) => Some(Before::Answered {
                id,
                answer,
                visibility,
                words: row.a_words,
            }),
            (None, _, _, Some(new_id)) => Some(Before::Nothing {
                new_id: (new_id != GIVEN_WHEN_WRITTEN).then_some(new_id),
            }),
            _ => None,
        };
        let poll = row.poll.read_for(presser.as_ref().map(|(id, _)| *id));
        let answering = match (before, presser) {
            (Some(before), Some((person_id, name))) => Some(Answering {
                person_id,
                name,
                before,
            }),
            _ => None,
        };
        PressFacts {
            token: token.to_string(),
            button,
            round,
            answering,
            poll,
        }
    }

    /// The poll the reading found, if it is `id` and was read for
    /// `person_id`'s press.
    pub(super) fn poll(&self, id: i64, person_id: i64) -> Option<&super::press_polls::PressPoll> {
        self.poll
            .as_ref()
            .filter(|p| p.read.poll.id == id && p.person_id == person_id)
    }

    /// The button for `token`: `Some(None)` if the reading found none;
    /// `None` if it read for another token.
    pub(super) fn button(&self, token: &str) -> Option<Option<&RawButton>> {
        (self.token == token).then_some(self.button.as_ref())
    }

    /// The round the reading found, if it is `id`.
    pub(super) fn round(&self, id: i64) -> Option<&RoundRecord> {
        self.round.as_ref().filter(|r| r.id == id)
    }

    /// `person_id`'s answer in `round`, to be written late, when the
    /// reading found what it replaces; `None` otherwise. A changed answer
    /// keeps its row, visibility and words, as the upsert does. (Should the
    /// same person's other tap give a first answer in between, this one
    /// changes it, and the id returned is one the table never used: nothing
    /// reads a group tap's id.)
    pub(super) fn answer(
        &self,
        round: &RoundRecord,
        person_id: i64,
        answer: Answer,
        visibility: Visibility,
        at: DateTime<Utc>,
    ) -> Option<(AnswerRecord, Option<Answer>, StagedAnswer)> {
        self.round(round.id)?;
        let answering = self
            .answering
            .as_ref()
            .filter(|a| a.person_id == person_id)?;
        let (id, kept, words, previous) = match &answering.before {
            Before::Nothing { new_id } => (*new_id, visibility, None, None),
            Before::Answered {
                id,
                answer,
                visibility,
                words,
            } => (
                Some(*id),
                Visibility::parse(visibility)?,
                words.clone(),
                Some(Answer::parse(answer)?),
            ),
        };
        let record = AnswerRecord {
            // A first answer on SQLite has its id only once written; a
            // group tap's record is read for its answer and visibility, not
            // its id (the private chat's taps, which offer buttons by the
            // id, are never staged).
            id: id.unwrap_or_default(),
            community_id: round.community_id,
            round_id: Some(round.id),
            person_id: Some(person_id),
            name: Some(answering.name.clone()),
            answer,
            visibility: kept,
            words,
            answered_at: at,
        };
        let staged = StagedAnswer {
            id,
            community_id: round.community_id,
            round_id: round.id,
            person_id,
            answer,
            visibility,
            at,
        };
        Some((record, previous, staged))
    }
}

impl Tx {
    /// What the statement that opened this press read, while nothing since
    /// has written (see [`Tx::forget_press`]).
    fn press_facts(&self) -> Option<&PressFacts> {
        match self {
            Tx::Postgres(t) => t.press.as_deref(),
            Tx::Deferred(d) => d.press(),
            Tx::Sqlite(_) => None,
        }
    }

    /// The button for `token` as the opening read it: `Some(None)` if it
    /// found none; `None` if it did not look.
    pub(super) fn known_button(&self, token: &str) -> Option<Option<&RawButton>> {
        self.press_facts()?.button(token)
    }

    /// The round `id` as the opening read it (on a begun Postgres
    /// transaction, share-locked since).
    pub(super) fn known_round(&self, id: i64) -> Option<&RoundRecord> {
        self.press_facts()?.round(id)
    }

    /// Stages `person_id`'s answer in `round` for the commit, when the
    /// opening read what it replaces (see [`PressFacts::answer`]); `None`
    /// (nothing staged) otherwise.
    pub(super) fn stage_answer(
        &mut self,
        round: &RoundRecord,
        person_id: i64,
        answer: Answer,
        visibility: Visibility,
        at: DateTime<Utc>,
    ) -> Option<(AnswerRecord, Option<Answer>)> {
        let (record, previous, staged) = self
            .press_facts()?
            .answer(round, person_id, answer, visibility, at)?;
        match self {
            Tx::Postgres(t) => t.late().answer = Some(staged),
            Tx::Deferred(d) => d.late().answer = Some(staged),
            Tx::Sqlite(_) => return None,
        }
        // Read once: a second tap in the same transaction reads afresh.
        self.forget_press();
        Some((record, previous))
    }
}
