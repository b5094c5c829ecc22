//! The console's side of delivery: prints each message with its number,
//! where it went and its numbered choices, and remembers the choices so a
//! later `!2` can press one.

use super::{Profile, GROUP_PREFIX};
use crate::channels::{Delivery, DeliveryError};
use crate::domain::{Channel, Choice, Layout, Outgoing};
use crate::store::ClaimedMessage;
use async_trait::async_trait;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::sync::{Arc, Mutex};

#[derive(Default)]
pub struct Screen {
    /// Choices of each message by its number.
    choices: HashMap<i64, Vec<Choice>>,
    /// The newest message with choices, per chat.
    latest: HashMap<String, i64>,
    /// Messages whose choices are answered with a typed number, not `!n`.
    numbered: HashSet<i64>,
    /// Who pressed, by press id, to show whom an answer is for.
    pressers: HashMap<String, String>,
    /// Payloads of private-chat links shown as text, by their short name
    /// (`p1`, `p2`…): a script then follows one by sending `start p1`.
    links: Vec<String>,
    /// One-time `/link` codes shown, by their short name (`c1`, `c2`…):
    /// codes are random, and a script's transcript must not be.
    codes: Vec<String>,
}

impl Screen {
    /// The code behind a short name, as in `/link c1`.
    pub fn link_code(&self, name: &str) -> Option<String> {
        let n: usize = name.strip_prefix('c')?.parse().ok()?;
        self.codes.get(n.checked_sub(1)?).cloned()
    }

    /// `text` with each `/link CODE` shown as `/link c1`, `/link c2`….
    fn short_codes(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find("/link ") {
            let (before, after) = rest.split_at(at + "/link ".len());
            out.push_str(before);
            let code: String = after
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                .collect();
            if code.len() == 6 {
                let n = match self.codes.iter().position(|c| *c == code) {
                    Some(i) => i + 1,
                    None => {
                        self.codes.push(code.clone());
                        self.codes.len()
                    }
                };
                out.push_str(&format!("c{n}"));
                rest = &after[code.len()..];
            } else {
                rest = after;
            }
        }
        out.push_str(rest);
        out
    }

    pub fn remember_press(&mut self, press_id: &str, who: &str) {
        self.pressers.insert(press_id.to_string(), who.to_string());
    }

    /// The payload behind a link's short name, as shown (`p1`).
    pub fn link_payload(&self, name: &str) -> Option<String> {
        let n: usize = name.strip_prefix('p')?.parse().ok()?;
        self.links.get(n.checked_sub(1)?).cloned()
    }

    fn link_name(&mut self, payload: &str) -> String {
        let n = match self.links.iter().position(|p| p == payload) {
            Some(i) => i + 1,
            None => {
                self.links.push(payload.to_string());
                self.links.len()
            }
        };
        format!("p{n}")
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
        if self.numbered.contains(&id) {
            return Err(format!(
                "message #{id} has no buttons: answer it by sending the number, as in `bob: {n}`"
            ));
        }
        let choices = self
            .choices
            .get(&id)
            .ok_or(format!("message #{id} has no choices"))?;
        choices
            .get(n - 1)
            .cloned()
            .ok_or(format!("message #{id} has no choice {n}"))
    }

    fn remember(&mut self, id: i64, chat_id: &str, choices: &[Choice], layout: Layout) {
        if choices.is_empty() {
            return;
        }
        self.choices.insert(id, choices.to_vec());
        self.latest.insert(chat_id.to_string(), id);
        if layout == Layout::Numbered {
            self.numbered.insert(id);
        }
    }

    /// A message's text and choices as the profile shows them.
    fn body(&mut self, profile: Profile, text: &str, choices: &[Choice], layout: Layout) -> String {
        let text = self.short_codes(text);
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
        let mut labels = vec![];
        for (i, c) in choices.iter().enumerate() {
            match (&c.url, &c.private_start) {
                (Some(url), _) => labels.push(format!("[{}] {} <{url}>", i + 1, c.label)),
                (None, Some(payload)) if profile == Profile::Whatsapp => {
                    let name = self.link_name(payload);
                    out.push_str(&format!(
                        "  🔗 {}: https://wa.me/console?text=start%20{name}\n",
                        c.label
                    ));
                }
                (None, Some(_)) => labels.push(format!("[{}] {} (private chat)", i + 1, c.label)),
                (None, None) if layout == Layout::Numbered => {}
                (None, None) => labels.push(format!("[{}] {}", i + 1, c.label)),
            }
        }
        if !labels.is_empty() {
            let list = if layout == Layout::List {
                "(list) "
            } else {
                ""
            };
            out.push_str(&format!("  {list}{}\n", labels.join("  ")));
        }
        out
    }
}

/// A message from an earlier session that still has choices, drawn again
/// (as last edited) and remembered so its choices can be pressed.
pub fn shown_again(
    screen: &mut Screen,
    profile: Profile,
    id: i64,
    chat_id: &str,
    outgoing: &Outgoing,
) -> Option<String> {
    let (text, choices, layout) = match outgoing {
        Outgoing::Send {
            text,
            choices,
            layout,
            ..
        }
        | Outgoing::Edit {
            text,
            choices,
            layout,
            ..
        } => (text, choices, *layout),
        Outgoing::Answer { .. } => return None,
    };
    if choices.is_empty() {
        return None;
    }
    screen.remember(id, chat_id, choices, layout);
    Some(format!(
        "#{id} → {} (shown again)\n{}",
        where_to(chat_id),
        screen.body(profile.of_chat(chat_id), text, choices, layout)
    ))
}

/// Prints to stdout (or any writer, for tests).
pub struct ConsoleDelivery {
    pub screen: Arc<Mutex<Screen>>,
    pub out: Arc<Mutex<Box<dyn Write + Send>>>,
    pub profile: Profile,
}

/// Where a message went: a member's private chat, the console's own group,
/// or another group by its name.
pub fn where_to(chat_id: &str) -> String {
    for platform in [Profile::Telegram, Profile::Whatsapp] {
        if let Some(name) = chat_id.strip_prefix(platform.prefix()) {
            let platform = platform.prefix().trim_end_matches(':');
            return format!("#{name}@{platform}");
        }
    }
    match (
        chat_id.strip_prefix("dm:"),
        chat_id.strip_prefix(GROUP_PREFIX),
    ) {
        (Some(who), _) => format!("{who} (dm)"),
        (None, Some(name)) => format!("#{name}"),
        (None, None) => "group".to_string(),
    }
}

#[async_trait]
impl Delivery for ConsoleDelivery {
    fn channel(&self) -> Channel {
        Channel::Console
    }

    async fn deliver(&self, msg: &ClaimedMessage) -> Result<Option<String>, DeliveryError> {
        let mut screen = self.screen.lock().unwrap_or_else(|e| e.into_inner());
        let profile = self.profile.of_chat(&msg.chat_id);
        let edits = profile.capabilities().of(msg.chat_kind).edits;
        let printed = match &msg.outgoing {
            Outgoing::Send {
                text,
                choices,
                file,
                layout,
                ..
            } => {
                screen.remember(msg.id, &msg.chat_id, choices, *layout);
                let mut s = format!(
                    "#{} → {}\n{}",
                    msg.id,
                    where_to(&msg.chat_id),
                    screen.body(profile, text, choices, *layout)
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
                layout,
            } if edits => {
                screen.choices.insert(*target, choices.clone());
                let body = screen.body(profile, text, choices, *layout);
                format!("#{target} edited\n{body}")
            }
            // A chat that cannot edit gets the message as it is now, anew.
            Outgoing::Edit {
                target,
                text,
                choices,
                layout,
            } => {
                screen.remember(msg.id, &msg.chat_id, choices, *layout);
                let body = screen.body(profile, text, choices, *layout);
                let to = where_to(&msg.chat_id);
                format!("#{} → {to} (#{target} again, as it is now)\n{body}", msg.id)
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
