//! Rendering late. A tap or a vote records itself and asks for its group
//! message to be redrawn; the redraw is a job, booked once per stretch of
//! the chat's `live_every` (the job's key names the stretch), that draws the
//! message from what is recorded when it runs. So a burst of taps costs one
//! drawing, and a tap takes no lock that another tap waits for.
//!
//! The job falls due a little after its stretch ends ([`GRACE`]), so taps
//! made in the stretch have committed by the time it reads them. A tap that
//! somehow commits later still shows with the next redraw, and the close
//! (which waits for every tap being counted) always draws the final state.

use super::timed::Job;
use super::{checkin, poll, AppError, Turn};
use crate::domain::ChatAddress;
use chrono::{DateTime, Duration, Utc};

/// How long after its stretch a redraw falls due.
pub const GRACE: Duration = Duration::seconds(1);

/// A group message that shows counts while people answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Live {
    Round(i64),
    Poll(i64),
}

/// Books the redraw of `live` (shown in `chat`) for the end of this
/// stretch, once however many taps ask.
pub async fn later(turn: &mut Turn<'_>, chat: &ChatAddress, live: Live) -> Result<(), AppError> {
    let every = turn.engine.abilities(chat).live_every;
    let (stretch, due) = stretch(turn.now, every);
    let (job, key) = match live {
        Live::Round(round_id) => (
            Job::RoundRedraw { round_id },
            format!("redraw:round:{round_id}:{stretch}"),
        ),
        Live::Poll(poll_id) => (
            Job::PollRedraw { poll_id },
            format!("redraw:poll:{poll_id}:{stretch}"),
        ),
    };
    job.schedule_later(&mut turn.tx, &key, due).await?;
    Ok(())
}

/// Which stretch of `every` `now` falls in, and when its redraw is due.
fn stretch(now: DateTime<Utc>, every: Duration) -> (i64, DateTime<Utc>) {
    let every = every.num_milliseconds().max(1);
    let n = now.timestamp_millis().div_euclid(every);
    let end = DateTime::from_timestamp_millis((n + 1) * every).unwrap_or(now);
    (n, end + GRACE)
}

/// The redraw job: the round's message as it is now, unless it has closed
/// (its close drew it last).
pub async fn round(turn: &mut Turn<'_>, round_id: i64) -> Result<(), AppError> {
    let Some(round) = turn.tx.share_round(round_id).await? else {
        return Ok(());
    };
    if round.times.closed_at.is_some() {
        return Ok(());
    }
    match turn.tx.community_by_id(round.community_id).await? {
        Some(community) => checkin::refresh_round(turn, &community, &round).await,
        None => Ok(()),
    }
}

/// The redraw job for a poll, while it is open.
pub async fn poll(turn: &mut Turn<'_>, poll_id: i64) -> Result<(), AppError> {
    let Some(poll) = turn.tx.share_poll(poll_id).await? else {
        return Ok(());
    };
    if poll.state != crate::store::PollState::Open {
        return Ok(());
    }
    match turn.tx.community_by_id(poll.community_id).await? {
        Some(community) => poll::refresh(turn, &community, &poll).await,
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn taps_in_one_stretch_share_a_redraw_due_just_after_it() {
        let every = Duration::seconds(5);
        let at = |s: u32| Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, s).single().unwrap();
        let (a, due_a) = stretch(at(0), every);
        let (b, due_b) = stretch(at(4), every);
        let (c, _) = stretch(at(5), every);
        assert_eq!(a, b);
        assert_eq!(due_a, due_b);
        assert_eq!(due_a, at(6));
        assert_eq!(c, a + 1);
    }

    #[test]
    fn every_tap_is_covered_by_a_redraw_due_after_it() {
        let every = Duration::seconds(3);
        let start = Utc
            .with_ymd_and_hms(2026, 3, 29, 0, 59, 0)
            .single()
            .unwrap();
        for ms in (0..20_000).step_by(137) {
            let now = start + Duration::milliseconds(ms);
            let (_, due) = stretch(now, every);
            assert!(due - now > GRACE);
            assert!(due <= now + every + GRACE);
        }
    }
}
