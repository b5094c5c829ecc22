//! The one statement a group commit writes on Postgres (see
//! [`super::group_commit`]), composed of only the parts its batch needs:
//! every part costs the server work even when it writes nothing (each
//! writing part opens its table and every index of it, for no row at
//! all). At most 128 texts, each prepared once per connection when
//! first used; the parameters keep their numbers in all of them (sqlx
//! names every parameter's type, so a text need not use them all).
//!
//! - `$1`–`$4`: every update's inbox row (`n` says which update a row of
//!   any part belongs to);
//! - `$5`–`$9`: the day and week each member was heard in;
//! - `$10`–`$18`: the replies, in the order queued;
//! - `$19`–`$32`: taps' rounds, answers and job bookings
//!   ([`super::group_taps`]);
//! - `$33`–`$38`: the rows kept reads stand on ([`super::known`]);
//! - `$39`–`$47`: votes ([`super::group_votes`]);
//! - `$48`–`$58`: newcomers registered with their first tap or vote
//!   ([`super::newcomer_taps`]).
//!
//! An update that is stale (its tap's round or its vote's poll closed, a
//! row its kept read stands on changed, or its voter's ballot) writes
//! nothing. The statement returns each new update's `n` with `true`, each
//! stale one's with `false`; a duplicate's is missing, a stale one's too
//! when its key was in the inbox already (see [`HANDLED`]).

use super::group_taps::{TAPS_ANSWERS, TAPS_JOBS, TAPS_STALE};
use super::group_votes::{HOLDS_FIRST, VOTES_ALL, VOTES_STALE, VOTES_WRITES};

/// What a batch holds, so its statement has only the parts it needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(super) struct Parts {
    /// Taps' answers.
    pub(super) answers: bool,
    /// Kept reads to check.
    pub(super) checks: bool,
    pub(super) votes: bool,
    /// Newcomers to register.
    pub(super) registers: bool,
    /// Members heard on a new day. Most batches have none: a member is
    /// heard once a day, and a busy evening's taps and votes are mostly
    /// members already heard that day.
    pub(super) heard: bool,
    /// Replies. A tap or a vote sends none of its own (the group message
    /// is edited later, by a job), so a batch of them has none.
    pub(super) messages: bool,
    /// Job bookings: a tap's or a vote's redraw, most often. A batch of
    /// votes books them but has no answers to check or write.
    pub(super) jobs: bool,
}

impl Parts {
    const ALL: usize = 128;

    /// What `commits` hold.
    pub(super) fn of(commits: &[&super::group_commit::Commit]) -> Parts {
        let any =
            |holds: fn(&super::group_commit::Commit) -> bool| commits.iter().any(|c| holds(c));
        Parts {
            answers: any(|c| c.answer.is_some()),
            checks: any(|c| c.check.is_some()),
            votes: any(|c| c.vote.is_some()),
            registers: any(|c| c.newcomer.is_some()),
            heard: any(|c| c.heard.is_some()),
            messages: any(|c| !c.pending.is_empty()),
            jobs: any(|c| !c.jobs.is_empty()),
        }
    }

    fn index(self) -> usize {
        [
            self.answers,
            self.checks,
            self.votes,
            self.registers,
            self.heard,
            self.messages,
            self.jobs,
        ]
        .iter()
        .enumerate()
        .map(|(bit, on)| usize::from(*on) << bit)
        .sum()
    }

    /// The parts whose text is the `i`th (for the story that sends them all).
    #[cfg(test)]
    fn of_index(i: usize) -> Parts {
        let on = |bit: usize| i & (1 << bit) != 0;
        Parts {
            answers: on(0),
            checks: on(1),
            votes: on(2),
            registers: on(3),
            heard: on(4),
            messages: on(5),
            jobs: on(6),
        }
    }
}

/// The statement for a batch that holds `parts`, composed the first time
/// it is asked for: a process uses a handful of the texts.
pub(super) fn batch_sql(parts: Parts) -> &'static str {
    static TEXTS: [std::sync::OnceLock<String>; Parts::ALL] =
        [const { std::sync::OnceLock::new() }; Parts::ALL];
    TEXTS
        .get(parts.index())
        .map_or("", |text| text.get_or_init(|| compose(parts)))
}

fn compose(parts: Parts) -> String {
    let Parts {
        answers,
        checks,
        votes,
        registers,
        heard,
        messages,
        jobs,
    } = parts;
    let mut ctes = vec![];
    let mut stale = vec![];
    if registers {
        ctes.push(REGISTER_PEOPLE.to_string());
    }
    if votes {
        ctes.push(VOTES_ALL.to_string());
    }
    if registers {
        let after_holds = match votes {
            true => {
                ctes.push(HOLDS_FIRST.to_string());
                " AND (SELECT COUNT(*) FROM rheld) >= 0"
            }
            false => "",
        };
        ctes.push(REGISTER_MEMBERS.replace("{after_holds}", after_holds));
        stale.push("rstale");
    }
    // A newcomer's membership is made by this very statement, which does
    // not see it: `rstale` stands for the check instead.
    let unless = |n: &str| match registers {
        true => format!(" AND {n} NOT IN (SELECT n FROM rv)"),
        false => String::new(),
    };
    if answers {
        ctes.push(TAPS_STALE.replace("{unless_newcomer}", &unless("a.n")));
        stale.push("stale");
    }
    if checks {
        ctes.push(format!("{CHECKS}, changed AS ({})", super::known::CHANGED));
        stale.push("changed");
    }
    if votes {
        ctes.push(VOTES_STALE.replace("{unless_newcomer}", &unless("vall.n")));
        stale.push("vstale");
    }
    let skip: String = stale
        .iter()
        .map(|s| format!(" AND v.n NOT IN (SELECT n FROM {s})"))
        .collect();
    if votes {
        // The votes are written first: an update whose vote finds its
        // voter's record changed is not recorded (`vfail`).
        ctes.push(format!("vq AS ({BATCH_V} WHERE true{skip})"));
        ctes.push(VOTES_WRITES.to_string());
        stale.push("vfail");
    } else {
        ctes.push(format!("v AS ({BATCH_V} WHERE true{skip})"));
    }
    ctes.push(BATCH_INBOX.to_string());
    if heard {
        ctes.push(BATCH_HEARD.to_string());
    }
    if messages {
        ctes.push(BATCH_SENT.to_string());
    }
    if answers {
        ctes.push(TAPS_ANSWERS.to_string());
    }
    if jobs {
        ctes.push(TAPS_JOBS.replace("{not_booked}", &super::jobs::not_booked("jv.key")));
    }
    let stale: String = stale
        .iter()
        .map(|s| {
            format!(
                " UNION ALL SELECT s.n, false FROM {s} s \
                 LEFT JOIN LATERAL ({HANDLED}) h ON true WHERE h.handled IS NULL"
            )
        })
        .collect();
    format!("WITH {} SELECT n, true FROM fresh{stale}", ctes.join(",\n"))
}

/// Whether stale update `s` was in the inbox when the statement began: if
/// so it repeats an update handled before, most often a newcomer's press
/// delivered twice, the first written by the batch just ahead, so the
/// repeat, read before that, found no membership and came out stale. It
/// is told it came before, as a duplicate (its row is left out), rather
/// than run again the ordinary way only to find the same. (A vote beaten
/// so is already found by its key: `group_votes::VOTES_WRITES`.)
///
/// Looked up for the stale updates only, and each by its key: a lookup
/// for every update of every batch, planned while the inbox was nearly
/// empty, read the whole inbox each time (ingest 10 % slower).
const HANDLED: &str = "
        SELECT true AS handled
        FROM unnest($1::int[], $2::text[], $3::text[]) AS k(n, channel, key)
        JOIN inbox i ON i.channel = k.channel AND i.key = k.key
        WHERE k.n = s.n LIMIT 1";

/// The batch's updates.
const BATCH_V: &str = "
        SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::timestamptz[])
            AS v(n, channel, key, at)";

/// What every batch writes, after `v`: the inbox rows. Only the new
/// updates (`fresh`) write anything more. The rows go in ordered by their
/// keys, as every batch writes them: a repeated delivery waits for the
/// batch that holds the first, and two batches written alongside, each
/// with repeats of the other's, would otherwise wait on each other
/// crosswise (`store::alongside`).
const BATCH_INBOX: &str = "
    ins AS (
        INSERT INTO inbox (channel, key, received_at) SELECT channel, key, at FROM v
        ORDER BY channel, key
        ON CONFLICT (channel, key) DO NOTHING RETURNING channel, key),
    fresh AS (
        SELECT v.n FROM v JOIN ins ON ins.channel = v.channel AND ins.key = v.key)";

/// The days and weeks the new updates' members were heard in. (Two
/// batches that note the same member are never written alongside:
/// `store::alongside`.)
const BATCH_HEARD: &str = "
    hv AS (
        SELECT * FROM unnest($5::int[], $6::bigint[], $7::bigint[], $8::text[], $9::text[])
            AS h(n, community_id, person_id, day, week)
        WHERE h.n IN (SELECT n FROM fresh)),
    heard AS (
        UPDATE memberships m SET last_heard_on = hv.day FROM hv
        WHERE m.community_id = hv.community_id AND m.person_id = hv.person_id
          AND (m.last_heard_on IS NULL OR m.last_heard_on < hv.day)),
    weeks AS (
        INSERT INTO member_weeks (community_id, person_id, week_start)
        SELECT community_id, person_id, week FROM hv ORDER BY community_id, week, person_id
        ON CONFLICT DO NOTHING)";

/// The new updates' replies, in the order queued.
const BATCH_SENT: &str = "
    mv AS (
        SELECT * FROM unnest($10::int[], $11::text[], $12::text[], $13::text[], $14::text[],
                             $15::text[], $16::text[], $17::bigint[], $18::timestamptz[])
            WITH ORDINALITY AS mv(n, channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, ord)
        WHERE mv.n IN (SELECT n FROM fresh)),
    sent AS (
        INSERT INTO outbox (channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, created_at)
        SELECT channel, chat_id, chat_kind, lane, kind, payload::jsonb, target_id, not_before, not_before
        FROM mv ORDER BY ord)";

/// Newcomers registered with their first tap or vote
/// ([`super::newcomer_taps`]):
/// their people (the id the read took from the sequence), then their
/// memberships, heard from the day they join, and those weeks. One
/// account's two taps in a batch make one person, with the first tap's id;
/// a person or a membership some other update made in between is not made
/// again, and the taps that counted on making it are stale (`rstale`):
/// they write nothing and run again the ordinary way. Rows go in ordered
/// by their keys, as every batch writes them, so two batches never wait on
/// each other crosswise. With votes in the batch, the voters' holds are
/// taken between the people and the memberships (`{after_holds}`; see
/// [`HOLDS_FIRST`]).
const REGISTER_PEOPLE: &str = "
    rv AS (
        SELECT * FROM unnest($48::int[], $49::bigint[], $50::bool[], $51::text[], $52::text[],
                             $53::text[], $54::text[], $55::bigint[], $56::text[], $57::text[],
                             $58::timestamptz[])
            AS rv(n, person_id, new_person, channel, user_id, name, language, community_id,
                  day, week, at)),
    pins AS (
        INSERT INTO people (id, channel, platform_user_id, display_name, platform_language, created_at)
        SELECT DISTINCT ON (channel, user_id) person_id, channel, user_id, name, language, at
        FROM rv WHERE new_person ORDER BY channel, user_id, n
        ON CONFLICT (channel, platform_user_id) DO NOTHING
        RETURNING id)";

/// After [`REGISTER_PEOPLE`] (and the holds): the memberships, their
/// weeks, and the taps whose registration another update made first.
const REGISTER_MEMBERS: &str = "
    joined AS (
        INSERT INTO memberships (community_id, person_id, joined_at, last_heard_on)
        SELECT DISTINCT ON (community_id, person_id) community_id, person_id, at, day
        FROM rv WHERE (NOT new_person OR person_id IN (SELECT id FROM pins)){after_holds}
        ORDER BY community_id, person_id, n
        ON CONFLICT (community_id, person_id) DO NOTHING
        RETURNING community_id, person_id),
    rweeks AS (
        INSERT INTO member_weeks (community_id, person_id, week_start)
        SELECT DISTINCT rv.community_id, rv.person_id, rv.week FROM rv
        JOIN joined ON joined.community_id = rv.community_id AND joined.person_id = rv.person_id
        ON CONFLICT DO NOTHING),
    rstale AS (
        SELECT rv.n FROM rv LEFT JOIN joined
          ON joined.community_id = rv.community_id AND joined.person_id = rv.person_id
        WHERE joined.person_id IS NULL)";

/// The rows kept reads stand on, as [`super::known::CHANGED`] reads them.
const CHECKS: &str = "
    cv AS (
        SELECT * FROM unnest($33::int[], $34::bigint[], $35::bigint[], $36::text[],
                             $37::text[], $38::text[])
            AS cv(n, community_id, person_id, xc, xp, xm))";

#[cfg(test)]
mod tests {
    /// A tap's membership check finds the membership by its whole key
    /// (see [`super::super::group_taps::TAPS_STALE`]), in every text that writes taps.
    #[test]
    fn a_taps_membership_is_found_by_its_whole_key() {
        let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let lookup = squeeze(
            "LEFT JOIN LATERAL ( SELECT true AS current FROM memberships cm \
             WHERE cm.community_id = open.community_id AND cm.person_id = a.person_id \
             AND cm.left_at IS NULL AND cm.removed_at IS NULL LIMIT 1) cm ON true",
        );
        for checks in [false, true] {
            let tapping = super::Parts {
                answers: true,
                checks,
                ..super::Parts::default()
            };
            let text = squeeze(super::batch_sql(tapping));
            assert!(text.contains(&lookup), "{text}");
            assert!(
                !text.contains("EXISTS (SELECT 1 FROM memberships cm"),
                "{text}"
            );
            assert!(!squeeze(super::batch_sql(super::Parts {
                answers: false,
                ..tapping
            }))
            .contains("memberships cm"));
        }
    }

    /// Every text the group write may send is one Postgres takes, with
    /// the write's own parameters. Which text a batch sends depends on
    /// what arrives together, so a story may never happen to send some of
    /// them: each is sent here, for an empty batch.
    #[tokio::test]
    async fn postgres_takes_every_text() {
        use crate::store::sam_in_a_group::{drop_postgres, on_postgres};
        let (pool, name) = on_postgres(&[]).await;
        for i in 0..super::Parts::ALL {
            let parts = super::Parts::of_index(i);
            let query = super::super::batch_bind::batch_query(&[], parts).unwrap();
            let rows = query.fetch_all(&pool).await;
            assert!(
                rows.as_ref().is_ok_and(Vec::is_empty),
                "{parts:?}: {rows:?}"
            );
        }
        drop_postgres(pool, &name).await;
    }
}
