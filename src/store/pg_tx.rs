//! A Postgres transaction that writes late. Every statement is a round
//! trip, and on a busy server round trips are most of what an update
//! costs. So the statement that opens a press also reads what the press
//! will need (its button, and for a check-in tap the round, locked as a
//! tap locks it, and the presser's answer so far: [`PressFacts`]), and the
//! writes a press ends with (a tap's answer, the booking of the group
//! message's redraw, any press's acknowledgement) wait in memory and go in
//! one statement just before the commit ([`Staged`]). So do job bookings made
//! with `Tx::schedule_job_later` and digests saved with
//! `Tx::save_digest_later`: a batch of weekly digest jobs books and stores
//! all of them in two statements, not two per digest.
//!
//! Nothing else can see the difference: any other statement in the same
//! transaction writes what waits first (see [`super::on_read`]), so every
//! read sees every write before it; what the opening read is forgotten at
//! the first write, which may change it; and a transaction dropped without
//! its commit drops what waits with it.

use super::batch_bind::Messages;
use super::late_digests::StagedDigest;
use super::late_votes::{self, StagedVote, VoteKind};
use super::late_writes::LateWrites;
use super::press_facts::PressFacts;
use super::{NewMessage, StoreResult, Voted};
use crate::domain::Outgoing;
use sqlx::types::Json;
use sqlx::{PgConnection, Postgres};

pub struct PgTx {
    tx: sqlx::Transaction<'static, Postgres>,
    /// What the opening statement read for a press (see [`PressFacts`]).
    pub(super) press: Option<Box<PressFacts>>,
    /// The poll and voter whose hold the opening took (see
    /// [`super::vote_hold`]), until the commit.
    pub(super) held: Option<(i64, i64)>,
    /// What the read under that hold found of that voter's ballot, until
    /// a write.
    pub(super) voted: Option<Voted>,
    staged: Staged,
}

/// Writes waiting for the next statement or the commit.
#[derive(Default)]
struct Staged {
    late: LateWrites,
    acks: Vec<NewMessage>,
    /// Digests a batch of digest jobs stored (see [`super::late_digests`]).
    digests: Vec<StagedDigest>,
    /// A vote cast (see [`super::late_votes`]).
    vote: Option<Box<StagedVote>>,
}

impl std::ops::Deref for PgTx {
    type Target = PgConnection;
    fn deref(&self) -> &PgConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for PgTx {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.tx
    }
}

impl PgTx {
    pub(super) fn new(tx: sqlx::Transaction<'static, Postgres>) -> PgTx {
        PgTx {
            tx,
            press: None,
            held: None,
            voted: None,
            staged: Staged::default(),
        }
    }

    pub(super) async fn commit(mut self) -> StoreResult<()> {
        self.flush().await?;
        Ok(self.tx.commit().await?)
    }

    pub(super) async fn rollback(self) -> StoreResult<()> {
        Ok(self.tx.rollback().await?)
    }

    /// Where a tap's answer (see [`PressFacts::answer`]) and, once it
    /// waits, the tap's bookings wait.
    pub(super) fn late(&mut self) -> &mut LateWrites {
        &mut self.staged.late
    }

    /// After a write, what the opening and the read under the voter's hold
    /// found may be out of date.
    pub(super) fn forget_press(&mut self) {
        self.press = None;
        self.voted = None;
    }

    /// Where a vote waits (see [`super::late_votes`]).
    pub(super) fn staged_vote(&mut self) -> &mut Option<Box<StagedVote>> {
        &mut self.staged.vote
    }

    /// Stages an acknowledgement of a press: a message nobody reads back,
    /// on a lane of its own, so writing it late changes no order. It goes
    /// in one statement with the other late writes (a vote's redraw
    /// booking, a tap's answer), or alone at the commit: never a statement
    /// more than writing it at once, and a vote one round trip fewer.
    pub(super) fn stage_ack(&mut self, msg: NewMessage) {
        debug_assert!(matches!(msg.outgoing, Outgoing::Answer { .. }));
        self.staged.acks.push(msg);
    }

    /// Stages a digest; one of the same week and community already waiting
    /// is written first, so the two are saved in order.
    pub(super) async fn stage_digest(&mut self, digest: StagedDigest) -> StoreResult<()> {
        if self.staged.digests.iter().any(|d| d.same_week(&digest)) {
            self.flush().await?;
        }
        self.staged.digests.push(digest);
        Ok(())
    }

    /// Writes whatever waits: the tap's writes in one statement, digests
    /// in another.
    pub(super) async fn flush(&mut self) -> StoreResult<()> {
        let staged = std::mem::take(&mut self.staged);
        super::late_digests::write(&mut self.tx, &staged.digests).await?;
        let LateWrites { answer: a, jobs } = staged.late;
        let v = staged.vote;
        if a.is_none() && staged.acks.is_empty() && jobs.is_empty() && v.is_none() {
            return Ok(());
        }
        let mut acks = Messages::default();
        for msg in &staged.acks {
            acks.push(0, msg)?;
        }
        let sql = flush_sql(
            a.is_some(),
            !jobs.is_empty(),
            !staged.acks.is_empty(),
            v.as_ref().map(|v| &v.kind),
        );
        let (at, key) = match v.as_ref().map(|v| &v.kind) {
            Some(VoteKind::Named { at }) => (Some(*at), None),
            Some(VoteKind::Anonymous { key }) => (None, Some(key.as_str())),
            None => (None, None),
        };
        sqlx::query(sql)
            .bind(a.as_ref().and_then(|a| a.id))
            .bind(a.as_ref().map(|a| a.community_id))
            .bind(a.as_ref().map(|a| a.round_id))
            .bind(a.as_ref().map(|a| a.person_id))
            .bind(a.as_ref().map(|a| a.answer.as_str()))
            .bind(a.as_ref().map(|a| a.visibility.as_str()))
            .bind(a.as_ref().map(|a| a.at))
            .bind(jobs.iter().map(|j| j.kind).collect::<Vec<_>>())
            .bind(jobs.iter().map(|j| j.key.as_str()).collect::<Vec<_>>())
            .bind(jobs.iter().map(|j| Json(&j.payload)).collect::<Vec<_>>())
            .bind(jobs.iter().map(|j| j.due).collect::<Vec<_>>())
            .bind(&acks.channel)
            .bind(&acks.chat_id)
            .bind(&acks.chat_kind)
            .bind(&acks.lane)
            .bind(&acks.kind)
            .bind(&acks.payload)
            .bind(&acks.target)
            .bind(&acks.not_before)
            .bind(v.as_ref().map(|v| v.poll_id))
            .bind(v.as_ref().map(|v| v.person_id))
            .bind(v.as_ref().map(|v| v.ballot.as_str()))
            .bind(v.as_ref().and_then(|v| v.reason.as_deref()))
            .bind(at)
            .bind(key)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }
}

/// The staged answer (an upsert, as `ANSWER_UPSERT`), the job bookings
/// (each once per key, a booked key skipped without touching the index),
/// the acknowledgements and the vote, in one statement. Only the parts
/// with something to write are in it, since every part costs the server
/// work even when it writes nothing: at most 23 texts, each prepared once.
fn flush_sql(answer: bool, jobs: bool, acks: bool, vote: Option<&VoteKind>) -> &'static str {
    static TEXTS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        (0..8 * late_votes::SHAPES)
            .map(|i| compose(i & 1 != 0, i & 2 != 0, i & 4 != 0, i >> 3))
            .collect()
    });
    let i = usize::from(answer)
        | usize::from(jobs) << 1
        | usize::from(acks) << 2
        | late_votes::shape(vote) << 3;
    TEXTS.get(i).map_or("", String::as_str)
}

fn compose(answer: bool, jobs: bool, acks: bool, vote: usize) -> String {
    let mut parts = late_votes::parts(vote);
    if answer {
        parts.push((
            "w0",
            "INSERT INTO checkin_answers (id, community_id, round_id, person_id, answer, visibility, answered_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (round_id, person_id)
        DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
        ));
    }
    if jobs {
        parts.push((
            "w1",
            "INSERT INTO jobs (kind, unique_key, payload, due_at)
        SELECT DISTINCT ON (key) kind, key, payload, due
        FROM unnest($8::text[], $9::text[], $10::jsonb[], $11::timestamptz[])
            WITH ORDINALITY AS j(kind, key, payload, due, ord)
        WHERE {not_booked}
        ORDER BY key, ord
        ON CONFLICT (unique_key) DO NOTHING",
        ));
    }
    if acks {
        parts.push((
            "w2",
            "INSERT INTO outbox (channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, created_at)
        SELECT channel, chat_id, chat_kind, lane, kind, payload::jsonb, target_id, not_before, not_before
        FROM unnest($12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
                    $17::text[], $18::bigint[], $19::timestamptz[])
            WITH ORDINALITY AS mv(channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, ord)
        ORDER BY ord",
        ));
    }
    let Some((_, last)) = parts.pop() else {
        return String::new();
    };
    let ctes: Vec<String> = parts
        .iter()
        .map(|(name, part)| format!("{name} AS ({part})"))
        .collect();
    let text = match ctes.is_empty() {
        true => last.to_string(),
        false => format!("WITH {} {last}", ctes.join(", ")),
    };
    text.replace("{not_booked}", &super::jobs::not_booked("j.key"))
}

#[cfg(test)]
mod tests {
    /// Every late write that books jobs tests each key by its own lookup
    /// (see `jobs::not_booked`), in every shape of the statement.
    #[test]
    fn late_bookings_look_each_key_up() {
        for answer in [false, true] {
            for acks in [false, true] {
                for vote in 0..super::late_votes::SHAPES {
                    let text = super::compose(answer, true, acks, vote);
                    assert!(
                        text.contains(&super::super::jobs::not_booked("j.key")),
                        "{text}"
                    );
                    assert!(!text.contains("{not_booked}"), "{text}");
                }
            }
        }
        let all = super::super::batch_sql::Parts {
            answers: true,
            checks: true,
            votes: true,
            registers: true,
            heard: true,
            messages: true,
            jobs: true,
        };
        let batch = super::super::batch_sql::batch_sql(all);
        assert!(
            batch.contains(&super::super::jobs::not_booked("jv.key")),
            "{batch}"
        );
    }
}
