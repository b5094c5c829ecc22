//! Numbers typed as answers: on channels whose messages number their
//! choices (no buttons), "2" is a press of the second.

use super::{AppError, Engine};
use crate::domain::{Inbound, InboundEvent};

impl Engine {
    /// A number sent in a chat whose messages may number their choices is
    /// taken as a press of that choice on the newest numbered message
    /// shown there; any other text stays text.
    pub(super) async fn typed_answer(&self, inbound: Inbound) -> Result<Inbound, AppError> {
        let InboundEvent::Text(text) = &inbound.event else {
            return Ok(inbound);
        };
        let number = match crate::domain::capabilities::typed_number(text) {
            Some(n) if self.abilities(&inbound.chat).may_number() => n,
            _ => return Ok(inbound),
        };
        Ok(
            match self.store.numbered_choice(&inbound.chat, number).await? {
                Some(token) => Inbound {
                    event: InboundEvent::ButtonPressed {
                        token,
                        press_id: None,
                    },
                    ..inbound
                },
                None => inbound,
            },
        )
    }
}
