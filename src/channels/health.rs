//! A channel's own word on whether it can deliver now, for `/healthz` and
//! the log. The database can be fine while a channel is not (a WhatsApp
//! bridge whose number was logged out): messages then wait in the outbox,
//! and the operator is told what to do.

use std::sync::{Arc, RwLock};

#[derive(Clone, Debug)]
pub struct ChannelHealth {
    name: &'static str,
    problem: Arc<RwLock<Option<String>>>,
}

impl ChannelHealth {
    pub fn new(name: &'static str) -> ChannelHealth {
        ChannelHealth {
            name,
            problem: Arc::new(RwLock::new(None)),
        }
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    /// What is wrong, in words an operator can act on; `None` when well.
    pub fn problem(&self) -> Option<String> {
        self.problem
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Records the channel's state; says whether it changed.
    pub fn set(&self, problem: Option<String>) -> bool {
        let mut current = self.problem.write().unwrap_or_else(|e| e.into_inner());
        let changed = *current != problem;
        let up = if problem.is_none() { 1.0 } else { 0.0 };
        metrics::gauge!("kettle_channel_up", "channel" => self.name).set(up);
        *current = problem;
        changed
    }
}
