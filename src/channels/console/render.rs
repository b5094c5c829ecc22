//! The console's side of delivery: prints each message with its number,
//! where it went and its numbered choices, and remembers the choices so a
//! later `!2` can press one.

use crate::channels::{Delivery, DeliveryError};
use crate::domain::{Channel, Choice, Outgoing};
use crate::store::ClaimedMessage;
use async_trait::async_trait;
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};

#[derive(Default)]
pub struct Screen {
    /// Choices of each message by its number.
    choices: HashMap<i64, Vec<Choice>>,
    /// The newest message with choices, per chat.
    latest: HashMap<String, i64>,
    /// Who pressed, by press id, to show whom an answer is for.
    pressers: HashMap<String, String>,
}

impl Screen {
    pub fn remember_press(&mut self, press_id: &str, who: &str) {
        self.pressers.insert(press_id.to_string(), who.to_string());
    }

    /// The token behind choice `n` (from 1) of a message, or why not.
    pub fn choice(&self, chat_id: &str, message: Option<i64>, n: usize) -> Result<Choice, String> {
        let id = match message {
            Some(id) => id,
            None => *self
                .latest
                .get(chat_id)
                .ok_or("there is no message with choices here yet")?,
        };
        let choices = self
            .choices
            .get(&id)
            .ok_or(format!("message #{id} has no choices"))?;
        choices
            .get(n - 1)
            .cloned()
            .ok_or(format!("message #{id} has no choice {n}"))
    }
}

/// A message from an earlier session that still has choices, drawn again
/// (as last edited) and remembered so its choices can be pressed.
pub fn shown_again(
    screen: &mut Screen,
    id: i64,
    chat_id: &str,
    outgoing: &Outgoing,
) -> Option<String> {
    let (text, choices) = match outgoing {
        Outgoing::Send { text, choices, .. } | Outgoing::Edit { text, choices, .. } => {
            (text, choices)
        }
        Outgoing::Answer { .. } => return None,
    };
    if choices.is_empty() {
        return None;
    }
    screen.choices.insert(id, choices.clone());
    screen.latest.insert(chat_id.to_string(), id);
    Some(format!(
        "#{id} → {} (shown again)\n{}",
        where_to(chat_id),
        body(text, choices)
    ))
}

/// Prints to stdout (or any writer, for tests).
pub struct ConsoleDelivery {
    pub screen: Arc<Mutex<Screen>>,
    pub out: Arc<Mutex<Box<dyn Write + Send>>>,
}

fn where_to(chat_id: &str) -> String {
    match chat_id.strip_prefix("dm:") {
        Some(who) => format!("{who} (dm)"),
        None => "group".to_string(),
    }
}

fn body(text: &str, choices: &[Choice]) -> String {
    let mut out: String = text
        .lines()
        .map(|l| {
            if l.trim().is_empty() {
                "\n".to_string()
            } else {
                format!("  {l}\n")
            }
        })
        .collect();
    if !choices.is_empty() {
        let labels: Vec<String> = choices
            .iter()
            .enumerate()
            .map(|(i, c)| match (&c.url, &c.private_start) {
                (Some(url), _) => format!("[{}] {} <{url}>", i + 1, c.label),
                (None, Some(_)) => format!("[{}] {} (private chat)", i + 1, c.label),
                (None, None) => format!("[{}] {}", i + 1, c.label),
            })
            .collect();
        out.push_str(&format!("  {}\n", labels.join("  ")));
    }
    out
}

#[async_trait]
impl Delivery for ConsoleDelivery {
    fn channel(&self) -> Channel {
        Channel::Console
    }

    async fn deliver(&self, msg: &ClaimedMessage) -> Result<Option<String>, DeliveryError> {
        let mut screen = self.screen.lock().unwrap_or_else(|e| e.into_inner());
        let printed = match &msg.outgoing {
            Outgoing::Send {
                text,
                choices,
                file,
            } => {
                if !choices.is_empty() {
                    screen.choices.insert(msg.id, choices.clone());
                    screen.latest.insert(msg.chat_id.clone(), msg.id);
                }
                let mut s = format!(
                    "#{} → {}\n{}",
                    msg.id,
                    where_to(&msg.chat_id),
                    body(text, choices)
                );
                if let Some(f) = file {
                    s.push_str(&format!("  (file {} · {} bytes)\n", f.name, f.bytes.len()));
                }
                s
            }
            Outgoing::Edit {
                target,
                text,
                choices,
            } => {
                screen.choices.insert(*target, choices.clone());
                format!("#{target} edited\n{}", body(text, choices))
            }
            Outgoing::Answer { press_id, text } => match text {
                Some(text) => {
                    let who = screen.pressers.get(press_id).cloned().unwrap_or_default();
                    format!("  (to {who} only) {text}\n")
                }
                None => String::new(),
            },
        };
        drop(screen);
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        out.write_all(printed.as_bytes())
            .and_then(|_| out.flush())
            .map_err(|e| DeliveryError::Temporary(e.to_string()))?;
        Ok(Some(msg.id.to_string()))
    }
}
