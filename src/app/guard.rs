//! What is turned away before any work: floods (see [`super::flood`]) and
//! text longer than any command or answer can be.

use super::{flood, AppError, Engine, Handled, Turn};
use crate::domain::{ChatKind, Inbound, InboundEvent, Language};

/// The longest text Kettle reads as a command or a private answer: longer
/// than any of them can be, and far short of what a platform allows.
pub const MAX_INPUT: usize = 2000;

impl Engine {
    /// Whether the update may be handled under the flood limits. Only what
    /// Kettle acts on counts: commands, presses, votes, and anything said
    /// to it privately.
    pub(super) fn flood_verdict(&self, inbound: &Inbound) -> flood::Verdict {
        let (Some(flood), Some(sender)) = (&self.flood, &inbound.sender) else {
            return flood::Verdict::Allow;
        };
        let acts = match &inbound.event {
            InboundEvent::Text(text) => {
                inbound.chat.kind == ChatKind::Private
                    || text.trim_start().starts_with('/')
                    || (crate::domain::capabilities::typed_number(text).is_some()
                        && self.abilities(&inbound.chat).may_number())
            }
            InboundEvent::ButtonPressed { .. } | InboundEvent::PollVoted { .. } => true,
            _ => false,
        };
        if !acts {
            return flood::Verdict::Allow;
        }
        let now = self.clock.now();
        flood.check(
            inbound.chat.channel,
            &sender.user_id,
            &inbound.chat.chat_id,
            now,
        )
    }

    /// Text Kettle would act on (a command, or anything said to it
    /// privately) that is longer than any command or answer can be.
    pub(super) fn overlong(&self, inbound: &Inbound) -> bool {
        match &inbound.event {
            InboundEvent::Text(text) => {
                (inbound.chat.kind == ChatKind::Private || text.trim_start().starts_with('/'))
                    && text.chars().count() > MAX_INPUT
            }
            _ => false,
        }
    }

    /// Says the text is too long, once (the update is recorded), and
    /// does nothing else with it.
    pub(super) async fn too_long(&self, inbound: &Inbound) -> Result<Handled, AppError> {
        let mut turn = Turn::begin(self).await?;
        let fresh = turn
            .tx
            .record_inbound(inbound.chat.channel.as_str(), &inbound.key, turn.now)
            .await?;
        if !fresh {
            turn.tx.rollback().await?;
            return Ok(self.duplicate());
        }
        let code = inbound
            .sender
            .as_ref()
            .and_then(|s| s.language_code.as_deref());
        let lang = Language::negotiate(None, code, self.settings.default_language);
        let max = (MAX_INPUT as i64).into();
        let text = turn.t(lang, "input-too-long", &[("max", max)]);
        turn.say(&inbound.chat, text).await?;
        turn.commit().await?;
        Ok(Handled::Done)
    }

    /// A flooded update: dropped, with one kind word the first time.
    pub(super) async fn limited(
        &self,
        inbound: &Inbound,
        verdict: flood::Verdict,
    ) -> Result<Handled, AppError> {
        metrics::counter!("kettle_updates_limited_total", "channel" => inbound.chat.channel.as_str())
            .increment(1);
        tracing::info!("flood limit reached; update dropped");
        if verdict == flood::Verdict::DropWithNotice {
            let code = inbound
                .sender
                .as_ref()
                .and_then(|s| s.language_code.as_deref());
            let lang = Language::negotiate(None, code, self.settings.default_language);
            let mut turn = Turn::begin(self).await?;
            let text = turn.t(lang, "slow-down", &[]);
            match &inbound.event {
                InboundEvent::ButtonPressed {
                    press_id: Some(press_id),
                    ..
                } => {
                    turn.answer(&inbound.chat, Some(press_id), None, Some(text))
                        .await?
                }
                _ => turn.say(&inbound.chat, text).await?,
            }
            turn.commit().await?;
        }
        Ok(Handled::Limited)
    }
}
