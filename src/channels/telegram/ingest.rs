//! Taking one Telegram update into Kettle: map it, add what only the Bot API
//! can tell (a group's admins and size), and hand it to the engine.

use super::inbound::{to_inbound, user};
use crate::app::{AppError, Engine};
use crate::channels::handover::hand_over;
use crate::domain::{
    ChatAddress, ChatKind, Inbound, InboundEvent, MembershipFact, PlatformContext,
};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use teloxide::prelude::Requester;
use teloxide::types::{ChatId, Update, UserId};
use teloxide::Bot;

/// How long a group's admin list is trusted before it is asked for again.
const ADMINS_FRESH_FOR: Duration = Duration::from_secs(300);
/// How long the Bot API's word on one person being in one group is kept.
const MEMBERSHIP_FRESH_FOR: Duration = Duration::from_secs(60);
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(5);

pub struct TelegramIngest {
    pub bot: Bot,
    pub engine: Engine,
    pub me: UserId,
    refreshed: Mutex<HashMap<String, Instant>>,
    /// (chat, user) → whether they are in it, and when Telegram said so.
    members: Mutex<HashMap<(String, String), (bool, Instant)>>,
}

impl TelegramIngest {
    pub fn new(bot: Bot, engine: Engine, me: UserId) -> TelegramIngest {
        TelegramIngest {
            bot,
            engine,
            me,
            refreshed: Mutex::new(HashMap::new()),
            members: Mutex::new(HashMap::new()),
        }
    }

    /// Handles one update. `Err` only when even recording the failure failed
    /// (the database is down): the caller must not acknowledge the update.
    pub async fn ingest(&self, update: Update) -> Result<(), AppError> {
        let Some(mut inbound) = to_inbound(&update, self.me, self.engine.clock.now()) else {
            return Ok(());
        };
        if self.needs_context(&inbound) {
            let replied_to = inbound.context.replied_to.take();
            inbound.context = PlatformContext {
                replied_to,
                ..self.fetch_context(&inbound.chat).await
            };
        }
        hand_over(&self.engine, inbound, |chat, inbound| async move {
            self.membership(&chat, &inbound).await
        })
        .await
    }

    /// Membership changes always refresh; commands refresh a stale list, so
    /// coordinator rights follow the group's admins.
    fn needs_context(&self, inbound: &Inbound) -> bool {
        if inbound.chat.kind != ChatKind::Group {
            return false;
        }
        let always = matches!(
            inbound.event,
            InboundEvent::BotAdded | InboundEvent::MembersJoined(_) | InboundEvent::MemberLeft(_)
        );
        let command = matches!(&inbound.event, InboundEvent::Text(t) if t.starts_with('/'));
        let mut refreshed = self.refreshed.lock().unwrap_or_else(|e| e.into_inner());
        let stale = refreshed
            .get(&inbound.chat.chat_id)
            .is_none_or(|at| at.elapsed() > ADMINS_FRESH_FOR);
        let refresh = always || (command && stale);
        if refresh {
            refreshed.insert(inbound.chat.chat_id.clone(), Instant::now());
        }
        refresh
    }

    /// Whether the update's sender is in `chat`, from the Bot API
    /// (getChatMember), kept for a minute. A failed lookup counts as "not
    /// in it": nobody is let in on a guess.
    async fn membership(&self, chat: &ChatAddress, inbound: &Inbound) -> MembershipFact {
        let user_id = inbound
            .membership_subject()
            .map(|u| u.user_id.clone())
            .unwrap_or_default();
        let key = (chat.chat_id.clone(), user_id);
        let cached = self
            .members
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .filter(|(_, at)| at.elapsed() < MEMBERSHIP_FRESH_FOR)
            .map(|(member, _)| *member);
        let member = match cached {
            Some(member) => member,
            None => {
                let member = self.ask_membership(&key.0, &key.1).await;
                let mut members = self.members.lock().unwrap_or_else(|e| e.into_inner());
                members.retain(|_, (_, at)| at.elapsed() < MEMBERSHIP_FRESH_FOR);
                members.insert(key.clone(), (member, Instant::now()));
                member
            }
        };
        MembershipFact {
            chat_id: key.0,
            member,
        }
    }

    async fn ask_membership(&self, chat_id: &str, user_id: &str) -> bool {
        let (Ok(chat), Ok(user)) = (chat_id.parse::<i64>(), user_id.parse::<u64>()) else {
            return false;
        };
        let asked = self.bot.get_chat_member(ChatId(chat), UserId(user));
        match tokio::time::timeout(LOOKUP_TIMEOUT, asked).await {
            Ok(Ok(member)) => member.is_present(),
            other => {
                tracing::warn!(
                    ok = other.is_ok(),
                    "could not ask Telegram whether someone is in a group"
                );
                false
            }
        }
    }

    async fn fetch_context(&self, chat: &ChatAddress) -> PlatformContext {
        let Ok(id) = chat.chat_id.parse::<i64>() else {
            return PlatformContext::default();
        };
        let admins =
            tokio::time::timeout(LOOKUP_TIMEOUT, self.bot.get_chat_administrators(ChatId(id)));
        let count =
            tokio::time::timeout(LOOKUP_TIMEOUT, self.bot.get_chat_member_count(ChatId(id)));
        let (admins, count) = tokio::join!(admins, count);
        let admins = match admins {
            Ok(Ok(list)) => Some(
                list.iter()
                    .filter(|m| !m.user.is_bot)
                    .map(|m| user(&m.user))
                    .collect(),
            ),
            other => {
                tracing::warn!(ok = other.is_ok(), "could not fetch the group's admins");
                None
            }
        };
        // Telegram counts Kettle itself; people are what matter here.
        let member_count = count
            .ok()
            .and_then(Result::ok)
            .map(|n| i64::from(n).saturating_sub(1));
        PlatformContext {
            admins,
            member_count,
            ..PlatformContext::default()
        }
    }
}
