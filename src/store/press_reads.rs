//! The steady read of a press, as SQL: the button, the round it answers,
//! the presser's answer there and the id a first answer will have, whose
//! row [`super::press_facts::PressRow`] decodes. A known member's read
//! (`store::steady`, and its batches, `store::group_reads`) and a
//! newcomer's (`store::newcomer_taps`) are made of the same parts.

use super::press_facts::GIVEN_WHEN_WRITTEN;

/// The steady read for a press, on Postgres and on SQLite ($6: the token):
/// the button, the round it answers, the presser's answer there, and the
/// id a first answer will have (Postgres takes it from the sequence; on
/// SQLite the table gives it at the write). No row is locked: the commit
/// writes the answer only while the round is open.
pub(super) static STEADY_PRESS: std::sync::LazyLock<(String, String)> =
    std::sync::LazyLock::new(|| {
        let poll = super::press_polls::POLL_COLUMNS.as_str();
        (
            super::steady::steady(
                &(press_columns(&first_answer_id(NEXT_ANSWER_ID)) + poll),
                &(press_joins(ANSWER_BY_KEY) + &super::press_polls::steady_joins(true)),
                true,
            ),
            super::steady::steady(
                &(press_columns(&first_answer_id(&GIVEN_WHEN_WRITTEN.to_string())) + poll),
                &(press_joins(
                    "LEFT JOIN checkin_answers pa ON pa.round_id = r.id AND pa.person_id = p.id",
                ) + &super::press_polls::steady_joins(false)),
                false,
            ),
        )
    });

/// The steady read on Postgres for a press on a check-in round's answer
/// button ($6), as [`STEADY_PRESS`] reads it but for a poll's part: a
/// tap reads no poll, and each part of a read costs the server its
/// tables and their indexes even where it finds nothing.
pub(super) static STEADY_ANSWER: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    super::steady::steady(
        &press_columns(&first_answer_id(NEXT_ANSWER_ID)),
        &press_joins(ANSWER_BY_KEY),
        true,
    )
});

/// A press read's joins: the button `bt` of the token `$6`, the round `r`
/// it answers, and the presser's answer there as `pa` (`answer`, which
/// joins it by the presser `p`).
pub(super) fn press_joins(answer: &str) -> String {
    format!(
        "LEFT JOIN buttons bt ON bt.token = $6 \
         LEFT JOIN checkin_rounds r ON bt.action ->> 'action' = 'checkin_answer' \
           AND r.id = CAST(bt.action ->> 'round_id' AS BIGINT) \
         {answer}"
    )
}

/// A press read's columns of [`PressRow`] (but a poll's), from
/// [`press_joins`]; `new_id`: what a first answer's id will be.
pub(super) fn press_columns(new_id: &str) -> String {
    format!(
        "{BUTTON_COLUMNS}, \
         r.id AS r_id, r.community_id AS r_community_id, r.question AS r_question, \
         r.schedule_id AS r_schedule_id, r.opened_at AS r_opened_at, \
         r.closes_at AS r_closes_at, r.closed_at AS r_closed_at, r.message_id AS r_message_id, \
         pa.id AS a_id, pa.answer AS a_answer, pa.visibility AS a_visibility, \
         pa.words AS a_words, {new_id} AS a_new_id"
    )
}

/// The button's columns of [`PressRow`], from `bt`.
const BUTTON_COLUMNS: &str = ", bt.community_id AS b_community_id, bt.person_id AS b_person_id, \
     bt.message_id AS b_message_id, bt.action AS b_action";

/// A vote's read on Postgres (the poll's part is the caller's): its
/// button, and no round or answer, which a vote button has none of. Each
/// part of a read costs the server its tables and their indexes even
/// where it finds nothing.
pub(super) static VOTE_COLUMNS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "{BUTTON_COLUMNS}, \
         NULL::bigint AS r_id, NULL::bigint AS r_community_id, NULL::text AS r_question, \
         NULL::bigint AS r_schedule_id, NULL::timestamptz AS r_opened_at, \
         NULL::timestamptz AS r_closes_at, NULL::timestamptz AS r_closed_at, \
         NULL::bigint AS r_message_id, NULL::bigint AS a_id, NULL::text AS a_answer, \
         NULL::text AS a_visibility, NULL::text AS a_words, NULL::bigint AS a_new_id"
    )
});

/// [`VOTE_COLUMNS`]' join: the button of the token `$6`.
pub(super) const VOTE_JOINS: &str = "LEFT JOIN buttons bt ON bt.token = $6";

/// The steady read on Postgres for a press on a poll's vote or stance
/// button ($6): [`STEADY_PRESS`] without a round's part.
pub(super) static STEADY_VOTE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    super::steady::steady(
        &(VOTE_COLUMNS.to_string() + &super::press_polls::POLL_COLUMNS),
        &(VOTE_JOINS.to_string() + &super::press_polls::steady_joins(true)),
        true,
    )
});

/// `given` as a first answer's id where the round is open and the presser
/// has no answer there: on Postgres taken from the sequence as the press
/// is read ([`NEXT_ANSWER_ID`]).
pub(super) fn first_answer_id(given: &str) -> String {
    format!("CASE WHEN r.id IS NOT NULL AND r.closed_at IS NULL AND pa.id IS NULL THEN {given} END")
}

pub(super) const NEXT_ANSWER_ID: &str = "nextval('checkin_answers_id_seq')";

/// The presser's answer in the round, looked up on Postgres by its whole
/// key in a `LATERAL` subquery with a `LIMIT`, which the planner cannot
/// turn into a join: as a join its plan, cached while the tables were
/// small, searched the key's index by the round alone and filtered every
/// answer of the round for the presser's, so each press in a busy round
/// cost more than the last (seen with `auto_explain`: 1,800 answers
/// filtered per press near the end of a round of 2,000).
pub(super) const ANSWER_BY_KEY: &str = "LEFT JOIN LATERAL (\
    SELECT id, answer, visibility, words FROM checkin_answers \
    WHERE round_id = r.id AND person_id = p.id LIMIT 1) pa ON true";

#[cfg(test)]
mod tests {
    /// Postgres's steady press read finds the presser's answer by its whole
    /// key (see [`super::ANSWER_BY_KEY`]), so a press late in a busy round
    /// costs what the first did; SQLite's plans are made per statement and
    /// keep the plain join.
    #[test]
    fn a_press_finds_its_answer_by_the_whole_key() {
        let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let (postgres, sqlite) = (&super::STEADY_PRESS.0, &super::STEADY_PRESS.1);
        let lookup = squeeze(
            "LEFT JOIN LATERAL (SELECT id, answer, visibility, words FROM checkin_answers \
             WHERE round_id = r.id AND person_id = p.id LIMIT 1) pa ON true",
        );
        assert!(squeeze(postgres).contains(&lookup), "{postgres}");
        assert!(
            !postgres.contains("JOIN checkin_answers pa ON"),
            "{postgres}"
        );
        assert!(!sqlite.contains("LATERAL"), "{sqlite}");
    }
}
