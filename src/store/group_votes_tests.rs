//! The group write's votes on Postgres (`store::group_votes`): each is
//! written only over what its read saw.

use crate::store::deferred_votes::LateVote;
use crate::store::group_commit::{write_postgres, Commit, Written};
use crate::store::late_votes::{StagedVote, VoteKind};
use crate::store::newcomer_taps::Newcomer;
use crate::store::own_connection::OwnConnection;
use crate::store::sam_in_a_group::{drop_postgres, on_postgres, SAM_GONE};

/// Poll 3 in Sam's group: pick several, named or anonymous.
fn poll(anonymous: bool) -> String {
    format!(
        "INSERT INTO polls (id, community_id, question, kind, anonymous, rules, options, \
         status, created_at) VALUES (3, 1, 'Which evenings?', 'multiple', {anonymous}, \
         '{{}}', '[]', 'open', '2026-12-03')"
    )
}

const SAM_TICKED_MONDAY: &str =
    "INSERT INTO poll_voters (poll_id, person_id, ballot) VALUES (3, 7, '[0]')";

/// Sam's tap (update `key`), read when their ballot was `seen`.
fn sams_tap(key: &str, ballot: &str, seen: Option<Option<&str>>, anonymous: bool) -> Commit {
    let kind = match anonymous {
        true => VoteKind::Anonymous {
            key: format!("urn-{key}"),
        },
        false => VoteKind::Named {
            at: chrono::Utc::now(),
        },
    };
    let vote = StagedVote::new(3, 7, ballot.into(), None, kind);
    let seen = seen.map(|b| b.map(str::to_string));
    Commit {
        vote: Some(LateVote { vote, seen }),
        ..Commit::sams(key)
    }
}

/// What the group write says of each tap after `setup`, with Sam's
/// ballot, how many anonymous ballots there are, and which updates
/// were recorded.
async fn written(setup: &[&str], taps: &[Commit]) -> (Vec<Written>, Option<String>, i64, i64) {
    let (pool, name) = on_postgres(setup).await;
    let commits: Vec<&Commit> = taps.iter().collect();
    let written = write_postgres(&pool, &OwnConnection::default(), &commits)
        .await
        .unwrap();
    let ballot: Option<Option<String>> =
        sqlx::query_scalar("SELECT ballot FROM poll_voters WHERE poll_id = 3 AND person_id = 7")
            .fetch_optional(&pool)
            .await
            .unwrap();
    let count = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql).fetch_one(&pool);
    let urn = count("SELECT COUNT(*) FROM poll_ballots").await.unwrap();
    let recorded = count("SELECT COUNT(*) FROM inbox").await.unwrap();
    drop_postgres(pool, &name).await;
    (written, ballot.flatten(), urn, recorded)
}

/// Sam ticked Monday, then taps Tuesday: the tick is added only over
/// the ballot Sam's tap read. Anything that changed the poll, Sam's
/// membership or their ballot since sends the tap back, with nothing
/// of its update recorded.
#[tokio::test]
async fn a_waiting_vote_on_postgres_is_written_only_over_what_it_read() {
    let named = poll(false);
    let tap = || [sams_tap("u1", "[0,1]", Some(Some("[0]")), false)];
    let as_read = written(&[&named, SAM_TICKED_MONDAY], &tap()).await;
    assert_eq!(as_read, (vec![Written::Fresh], Some("[0,1]".into()), 0, 1));

    let changes = [
        "UPDATE polls SET status = 'closed' WHERE id = 3",
        "UPDATE poll_voters SET ballot = '[2]' WHERE person_id = 7",
        "DELETE FROM poll_voters WHERE person_id = 7",
    ];
    for change in changes.into_iter().chain(SAM_GONE) {
        let (w, _, _, recorded) = written(&[&named, SAM_TICKED_MONDAY, change], &tap()).await;
        assert_eq!((w, recorded), (vec![Written::Stale], 0), "{change}");
    }
}

/// A first vote is written only where there is none: another of Sam's
/// taps that landed first sends it back. An anonymous one leaves its
/// ballot apart from Sam's record; a second is never written.
#[tokio::test]
async fn a_first_vote_on_postgres_is_written_only_where_there_was_none() {
    let first = || [sams_tap("u1", "[1]", None, false)];
    let named = poll(false);
    let fresh = written(&[&named], &first()).await;
    assert_eq!(fresh, (vec![Written::Fresh], Some("[1]".into()), 0, 1));
    let beaten = written(&[&named, SAM_TICKED_MONDAY], &first()).await;
    assert_eq!(beaten, (vec![Written::Stale], Some("[0]".into()), 0, 0));

    let anonymous = poll(true);
    let secret = || [sams_tap("u1", "[1]", None, true)];
    let fresh = written(&[&anonymous], &secret()).await;
    assert_eq!(fresh, (vec![Written::Fresh], None, 1, 1));
    let voted = "INSERT INTO poll_voters (poll_id, person_id) VALUES (3, 7)";
    let again = written(&[&anonymous, voted], &secret()).await;
    assert_eq!(again, (vec![Written::Stale], None, 0, 0));
}

/// Ola, new to Sam's group, votes, and her press is delivered twice.
/// The first made her a member and counted her vote before the
/// repeat, read before that, is written: it would make her a member
/// again, so it cannot stand on its read. It is told it came before,
/// not sent back to run again the ordinary way only to find the same.
/// Another press of hers read so is still sent back.
#[tokio::test]
async fn a_newcomers_repeated_vote_is_told_it_came_before() {
    let named = poll(false);
    let handled = [
        "INSERT INTO people (id, channel, platform_user_id, display_name, created_at) \
         VALUES (8, 'telegram', '8', 'Ola', '2026-12-03')",
        "INSERT INTO memberships (community_id, person_id, joined_at) \
         VALUES (1, 8, '2026-12-03')",
        "INSERT INTO poll_voters (poll_id, person_id, ballot) VALUES (3, 8, '[1]')",
        "INSERT INTO inbox (channel, key, received_at) VALUES ('telegram', 'u1', '2026-12-03')",
    ];
    let setup: Vec<&str> = [named.as_str()].into_iter().chain(handled).collect();
    let olas = |key: &str| {
        let kind = VoteKind::Named {
            at: chrono::Utc::now(),
        };
        Commit {
            vote: Some(LateVote {
                vote: StagedVote::new(3, 8, "[1]".into(), None, kind),
                seen: None,
            }),
            newcomer: Some(Newcomer::known_elsewhere(8, "8", 1)),
            ..Commit::sams(key)
        }
    };
    let repeat = written(&setup, &[olas("u1")]).await;
    assert_eq!(repeat, (vec![Written::Duplicate], None, 0, 1));
    let another = written(&setup, &[olas("u2")]).await;
    assert_eq!(another, (vec![Written::Stale], None, 0, 1));
}

/// Ola, known from another group, votes in Sam's group for the first
/// time, and her write is to make her a member. Another press of hers
/// is being registered on its own meanwhile: it holds her vote's hold
/// and is about to make her membership. The write waits for the hold
/// before it makes anything the other would wait for, so neither
/// waits on the other: her membership is made once, and the vote
/// (whose write was to make it) goes back to run again.
#[tokio::test]
async fn a_newcomers_vote_and_her_registration_elsewhere_never_deadlock() {
    let ola = "INSERT INTO people (id, channel, platform_user_id, display_name, created_at) \
               VALUES (8, 'telegram', '8', 'Ola', '2026-12-03')";
    let (pool, name) = on_postgres(&[&poll(false), ola]).await;
    let mut registering = pool.begin().await.unwrap();
    sqlx::query("SELECT pg_advisory_xact_lock(3, 8)")
        .execute(&mut *registering)
        .await
        .unwrap();
    let kind = VoteKind::Named {
        at: chrono::Utc::now(),
    };
    let vote = StagedVote::new(3, 8, "[1]".into(), None, kind);
    let commit = Commit {
        vote: Some(LateVote { vote, seen: None }),
        newcomer: Some(Newcomer::known_elsewhere(8, "8", 1)),
        ..Commit::sams("u1")
    };
    let writing = pool.clone();
    let write = tokio::spawn(async move {
        write_postgres(&writing, &OwnConnection::default(), &[&commit]).await
    });
    let waiting = "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted";
    while sqlx::query_scalar::<_, i64>(waiting)
        .fetch_one(&pool)
        .await
        .unwrap()
        == 0
    {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    sqlx::query(
        "INSERT INTO memberships (community_id, person_id, joined_at) \
         VALUES (1, 8, '2026-12-03') ON CONFLICT DO NOTHING",
    )
    .execute(&mut *registering)
    .await
    .expect("the registration does not wait for the vote's write");
    registering.commit().await.unwrap();
    let written = write.await.unwrap().expect("no deadlock");
    assert_eq!(written, vec![Written::Stale]);
    let members: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE person_id = 8")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(members, 1);
    drop_postgres(pool, &name).await;
}

/// A delivery handled before changes nothing; of Sam's two taps read
/// together, the second goes back to be read again over the first.
#[tokio::test]
async fn a_repeated_or_second_tap_on_postgres_is_not_written_blind() {
    let named = poll(false);
    let handled = "INSERT INTO inbox (channel, key, received_at) \
                   VALUES ('telegram', 'u1', '2026-12-03')";
    let tap = [sams_tap("u1", "[0,1]", Some(Some("[0]")), false)];
    let repeated = written(&[&named, SAM_TICKED_MONDAY, handled], &tap).await;
    assert_eq!(
        repeated,
        (vec![Written::Duplicate], Some("[0]".into()), 0, 1)
    );

    let both = [
        sams_tap("u1", "[0,1]", Some(Some("[0]")), false),
        sams_tap("u2", "[0,2]", Some(Some("[0]")), false),
    ];
    let together = written(&[&named, SAM_TICKED_MONDAY], &both).await;
    assert_eq!(
        together,
        (
            vec![Written::Fresh, Written::Stale],
            Some("[0,1]".into()),
            0,
            1
        )
    );
}
