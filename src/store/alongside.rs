//! Which batches the group writer may write alongside each other, on its
//! two connections (`store::writer_thread`): those that touch nothing of
//! each other whose order counts.

use super::group_commit::Waiting;
use crate::domain::{Channel, Outgoing};
use std::collections::HashSet;

/// What a batch writes that a later batch must not overtake.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(super) enum Touch {
    /// Messages to a chat: they go out in the outbox's order. (Not a
    /// press's acknowledgement: each answers its own press, at once, on a
    /// path of its own, so a round's taps, every one acknowledged in the
    /// group, may still go alongside.)
    Chat(Channel, String),
    /// A member's answer in a check-in round: the later answer stands.
    Answer { round_id: i64, person_id: i64 },
    /// A member heard on a new day: their membership's day and their
    /// week's row. Order does not matter here (the later day wins either
    /// way), but two batches alongside that both hold two such members
    /// could each lock one row and wait for the other's: the server then
    /// fails one after its deadlock timeout, a second's stall, and its
    /// updates are written one by one.
    Heard { community_id: i64, person_id: i64 },
}

pub(super) fn touches_of(batch: &[Waiting]) -> HashSet<Touch> {
    let commits = batch.iter().map(|w| &w.commit);
    let chats = commits
        .clone()
        .flat_map(|c| &c.pending)
        .filter(|m| !matches!(m.outgoing, Outgoing::Answer { .. }))
        .map(|m| Touch::Chat(m.channel, m.chat_id.clone()));
    let answers = commits
        .clone()
        .filter_map(|c| c.answer.as_ref())
        .map(|a| Touch::Answer {
            round_id: a.round_id,
            person_id: a.person_id,
        });
    let heard = commits
        .filter_map(|c| c.heard.as_ref())
        .map(|&(community_id, person_id, ..)| Touch::Heard {
            community_id,
            person_id,
        });
    chats.chain(answers).chain(heard).collect()
}

/// Whether a batch may be written on the writer's other connection, alongside the
/// one being written, rather than behind it.
///
/// Behind, on one connection, a batch waits for the server to commit the
/// one ahead, and half the writer's server time on the benchmark's ingest
/// was that wait: the flush of the commit to disk (`IO:WALSync`, 1,274 of
/// 1,998 samples of the writer's server process; executing, 577).
/// Alongside, the second batch is executed while the first is flushed,
/// and the server flushes the two together if it can.
///
/// Alongside, though, neither sees what the other writes until it has
/// committed, and either may reach a row first. That is harmless where the
/// two would write the same (a repeated update's inbox key, a job booked
/// twice) or the larger wins whatever the order (a member's day heard):
/// the second to touch such a row waits for the other's commit and then
/// finds it, as behind. It is not harmless for:
/// - replies to one chat, which must go out in the order their updates
///   came, and a member's two answers in one round, of which the later
///   must stand ([`Touch`]): they keep their order only when one batch is
///   committed before the next is written;
/// - a newcomer's first press, which stands on a read that the batch being
///   written may change (the same person registered in another group): it
///   would find that batch's person only once committed, and register
///   them again, or find it stale and run again, more often;
/// - a vote, which never goes while another batch is in hand
///   (`writer_thread::waits_for_the_one_ahead`).
///
/// A kept read's check (`known::CHANGED`) alongside sees its rows as they
/// stood before the other batch's commit, as if written first: no batch
/// changes what the check is for (a member gone, a community linked), only
/// the day a member was last heard.
///
/// Two batches alongside must also never wait on each other crosswise,
/// each holding a row the other needs: the server would fail one after
/// its deadlock timeout, a second's stall, and write its updates one by
/// one (`store::group_commit`). Rows with keys go in ordered by them, as
/// every batch writes them (a repeated delivery's inbox key, a job, a
/// newcomer's person and membership), so the second batch only ever waits
/// for the first; a membership's day heard is changed in no order the
/// statement can set, so batches that note the same member are not
/// written alongside ([`Touch::Heard`]).
pub(super) fn may_go_alongside(
    pending: &[Waiting],
    touches: &HashSet<Touch>,
    ahead: &HashSet<Touch>,
) -> bool {
    touches.is_disjoint(ahead)
        && pending
            .iter()
            .all(|w| w.commit.newcomer.is_none() && w.commit.vote.is_none())
}

#[cfg(test)]
mod tests {
    use super::{may_go_alongside, touches_of};
    use crate::domain::checkin::Answer;
    use crate::store::group_commit::{Commit, Waiting};
    use crate::store::sam_in_a_group::{acknowledged, answering, hearing, replying, waiting};

    /// A batch goes alongside the one being written only when none of its
    /// messages goes to the same chat (a press's acknowledgement aside),
    /// none of its answers is by the same member in the same round, and it
    /// notes none of the same members heard on a new day.
    #[test]
    fn only_batches_that_touch_nothing_of_the_other_go_alongside() {
        let alongside = |batch: &[Waiting], ahead: &[Waiting]| {
            may_go_alongside(batch, &touches_of(batch), &touches_of(ahead))
        };
        let ahead = [waiting(replying("a", "-1", "Hello"))];
        assert!(alongside(&[waiting(replying("b", "-2", "Hi"))], &ahead));
        let same = [
            waiting(replying("c", "-2", "Hi")),
            waiting(replying("d", "-1", "Yes")),
        ];
        assert!(!alongside(&same, &ahead));
        assert!(alongside(&[waiting(Commit::sams("e"))], &ahead));
        assert!(alongside(&[waiting(acknowledged("h", "-1"))], &ahead));
        let pass = [waiting(answering("f", 7, 1001, Answer::Pass))];
        assert!(alongside(&pass, &ahead));
        assert!(!alongside(
            &[waiting(answering("g", 7, 1002, Answer::Pass))],
            &pass
        ));
        let heard = [waiting(hearing("i", 100)), waiting(hearing("j", 101))];
        assert!(alongside(&[waiting(hearing("k", 102))], &heard));
        assert!(!alongside(&[waiting(hearing("l", 101))], &heard));
    }
}
