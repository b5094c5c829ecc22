//! Taking one WhatsApp update into Kettle: one identity per person (a
//! hidden `@lid` mapped to the phone id when the bridge can say it), the
//! group's admins as its coordinators (from `participants/v2`), then the
//! engine.

use super::bridge::Bridge;
use super::events::Participant;
use crate::app::{AppError, Engine};
use crate::channels::handover::hand_over;
use crate::domain::{ChatAddress, ChatKind, Inbound, InboundEvent, MembershipFact};
use crate::domain::{PlatformContext, PlatformUser};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a group's participant list is trusted before it is asked for again.
const PARTICIPANTS_FRESH_FOR: Duration = Duration::from_secs(300);
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(10);

/// A group's participants as Kettle knows them (id, whether admin).
type People = Vec<(String, bool)>;

pub struct WhatsAppIngest {
    pub bridge: Arc<Bridge>,
    pub engine: Engine,
    /// Each group's participants (ids as Kettle knows them, and whether
    /// admin), and when the bridge said so.
    groups: Mutex<HashMap<String, (People, Instant)>>,
}

impl WhatsAppIngest {
    pub fn new(bridge: Arc<Bridge>, engine: Engine) -> WhatsAppIngest {
        WhatsAppIngest {
            bridge,
            engine,
            groups: Mutex::new(HashMap::new()),
        }
    }

    /// Admins were promoted or demoted: ask afresh on the next update.
    pub fn forget_group(&self, group: &str) {
        self.groups
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(group);
    }

    /// Handles one update. `Err` only when the database is down: the
    /// webhook then fails, and WAHA delivers it again.
    pub async fn ingest(&self, mut inbound: Inbound) -> Result<(), AppError> {
        if let Some(sender) = &mut inbound.sender {
            sender.user_id = self.bridge.identity(&sender.user_id).await;
        }
        let replied_to = match inbound.context.replied_to.take() {
            Some(id) => Some(self.bridge.identity(&id).await),
            None => None,
        };
        match &mut inbound.event {
            InboundEvent::MembersJoined(people) => {
                for p in people.iter_mut() {
                    p.user_id = self.bridge.identity(&p.user_id).await;
                }
            }
            InboundEvent::MemberLeft(p) => p.user_id = self.bridge.identity(&p.user_id).await,
            _ => {}
        }
        if inbound.chat.kind == ChatKind::Group {
            let always = matches!(
                inbound.event,
                InboundEvent::BotAdded
                    | InboundEvent::MembersJoined(_)
                    | InboundEvent::MemberLeft(_)
            );
            if always {
                self.forget_group(&inbound.chat.chat_id);
            }
            let is_command = matches!(&inbound.event, InboundEvent::Text(t) if t.starts_with('/'));
            if always || is_command {
                inbound.context = self.context(&inbound.chat.chat_id).await;
            }
        }
        inbound.context.replied_to = replied_to;
        hand_over(&self.engine, inbound, |chat, inbound| async move {
            self.membership(&chat, &inbound).await
        })
        .await
    }

    /// The group's admins and head count, from a fresh enough list.
    async fn context(&self, group: &str) -> PlatformContext {
        let Some(people) = self.participants(group).await else {
            return PlatformContext::default();
        };
        let me = self.bridge.me();
        let people: Vec<_> = people
            .into_iter()
            .filter(|(id, _)| Some(id) != me.as_ref())
            .collect();
        PlatformContext {
            admins: Some(
                people
                    .iter()
                    .filter(|(_, admin)| *admin)
                    .map(|(id, _)| super::events::person(id))
                    .collect::<Vec<PlatformUser>>(),
            ),
            member_count: Some(people.len() as i64),
            ..PlatformContext::default()
        }
    }

    /// Whether the sender is in `chat`, by its participant list. A failed
    /// lookup counts as "not in it": nobody is let in on a guess.
    pub async fn membership(&self, chat: &ChatAddress, inbound: &Inbound) -> MembershipFact {
        let user = inbound.membership_subject().map(|u| u.user_id.as_str());
        let member = match self.participants(&chat.chat_id).await {
            Some(people) => people.iter().any(|(id, _)| Some(id.as_str()) == user),
            None => false,
        };
        MembershipFact {
            chat_id: chat.chat_id.clone(),
            member,
        }
    }

    async fn participants(&self, group: &str) -> Option<People> {
        let cached = self
            .groups
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(group)
            .filter(|(_, at)| at.elapsed() < PARTICIPANTS_FRESH_FOR)
            .map(|(people, _)| people.clone());
        if cached.is_some() {
            return cached;
        }
        let asked = self.bridge.waha.participants(group);
        let list: Vec<Participant> = match tokio::time::timeout(LOOKUP_TIMEOUT, asked).await {
            Ok(Ok(list)) => list,
            other => {
                tracing::warn!(
                    ok = other.is_ok(),
                    "could not fetch the WhatsApp group's participants"
                );
                return None;
            }
        };
        let mut people = Vec::with_capacity(list.len());
        for p in list {
            let role = p.role.as_deref().unwrap_or("participant");
            if role == "left" {
                continue;
            }
            let admin = matches!(role, "admin" | "superadmin");
            people.push((self.bridge.identity(&p.id).await, admin));
        }
        let mut groups = self.groups.lock().unwrap_or_else(|e| e.into_inner());
        groups.retain(|_, (_, at)| at.elapsed() < PARTICIPANTS_FRESH_FOR);
        groups.insert(group.to_string(), (people.clone(), Instant::now()));
        Some(people)
    }
}
