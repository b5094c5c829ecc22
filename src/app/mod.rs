//! Kettle's use cases. Each inbound update is handled in one transaction:
//! the inbox record, every state change and every outgoing message commit
//! together or not at all.

mod action;
mod button_spec;
mod buttons;
pub mod checkin;
mod commands;
mod declared;
pub mod digest;
mod edits;
pub mod flood;
mod group;
mod guard;
mod join;
mod layout;
mod leaving;
mod link;
pub(crate) mod linked;
mod me;
mod opening;
pub use linked::Shown;
mod lately_seen;
pub mod meeting;
pub mod poll;
mod privacy;
mod private;
pub mod reach;
pub mod redraw;
mod settings;
pub mod timed;
pub(crate) mod turn;
mod typed;
mod zones;

pub use action::{Action, JoinPrompt, SetupChange};
pub use join::send_join_nudge;
pub use turn::Turn;

use crate::clock::SharedClock;
use crate::domain::{
    Capabilities, Channel, ChatAddress, ChatKind, Inbound, InboundEvent, Language, PlatformUser,
    Role, TimeZone,
};
use crate::i18n::Translator;
use crate::store::{Opening, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashMap;
use std::sync::Arc;
use tracing::Instrument;
use turn::Platform;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Kettle's records do not say whether the sender is in this group
    /// chat, and the update cannot be handled fairly without knowing.
    #[error("the platform must say whether the sender is in this chat")]
    AskPlatform { chat: ChatAddress },
}

/// What became of an inbound update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handled {
    Done,
    /// Seen before; nothing was done.
    Duplicate,
    /// Nothing was done or recorded: ask the platform whether the sender is
    /// in `chat`, put the answer in the update's context
    /// ([`crate::domain::MembershipFact`]) and hand it over again.
    AskPlatform {
        chat: ChatAddress,
    },
    /// Past the sender's or the chat's flood limit: dropped unrecorded.
    Limited,
}

pub use guard::MAX_INPUT;

/// Defaults a new community starts with, and gentle timings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub default_time_zone: TimeZone,
    pub default_language: Language,
    pub join_nudge_after: chrono::Duration,
    /// Who runs this Kettle, for `/privacy`.
    pub operator_contact: Option<String>,
    /// How long an update's key is kept (see `Config::inbox_days`).
    pub inbox_days: u32,
    /// How many commands and presses a member and a chat may send a
    /// minute; `None` for no limit (the console).
    pub flood: Option<flood::FloodLimits>,
}

/// Everything a use case needs. Cheap to clone.
/// Wakes every sender waiting on it, each channel's alike. A wake that
/// comes while a sender is busy is kept for it, so none is ever missed.
#[derive(Debug, Clone, Default)]
pub struct Wake(Arc<tokio::sync::watch::Sender<u64>>);

impl Wake {
    pub fn wake(&self) {
        self.0.send_modify(|n| *n = n.wrapping_add(1));
    }

    pub fn subscribe(&self) -> tokio::sync::watch::Receiver<u64> {
        self.0.subscribe()
    }
}

#[derive(Debug, Clone)]
pub struct Engine {
    pub store: Store,
    pub translator: Translator,
    pub clock: SharedClock,
    pub settings: Arc<Settings>,
    /// Woken after a commit that queued messages, so local senders (one
    /// per channel) start at once.
    pub outbox_ready: Wake,
    /// Woken after a commit that queued answers to presses, which go out on
    /// their own path, at once.
    pub answers_ready: Wake,
    /// What each channel's chats can do, as its adapter declared
    /// ([`Engine::declare`]); a channel not declared is assumed rich.
    channels: Arc<HashMap<Channel, Capabilities>>,
    /// Chats of a channel that go through another door (WhatsApp's Cloud
    /// API beside its bridge), by the prefix of their ids.
    doors: Arc<Vec<(Channel, &'static str, Capabilities)>>,
    flood: Option<Arc<flood::Flood>>,
    /// Where this engine's fast-path updates commit together.
    commits: Arc<crate::store::GroupCommit>,
    /// What the fast path lately read of members (see
    /// [`crate::store::KnownMembers`]).
    known: Arc<crate::store::KnownMembers>,
    /// Chats' time zones lately seen (see [`zones`]).
    zones: Arc<zones::Zones>,
    /// Members, and check-in and vote buttons, lately seen (see [`lately_seen`]).
    seen: Arc<lately_seen::LatelySeen>,
}

impl Engine {
    pub fn new(
        store: Store,
        translator: Translator,
        clock: SharedClock,
        settings: Settings,
    ) -> Engine {
        let flood = settings.flood.map(|l| Arc::new(flood::Flood::new(l)));
        let commits = Arc::new(crate::store::GroupCommit::default());
        Engine {
            flood,
            store,
            translator,
            clock,
            settings: Arc::new(settings),
            outbox_ready: Wake::default(),
            answers_ready: Wake::default(),
            channels: Arc::default(),
            doors: Arc::default(),
            commits,
            known: Arc::default(),
            zones: Arc::default(),
            seen: Arc::default(),
        }
    }

    /// The group chat's local date, where the one-statement opening (Postgres)
    /// can use it and the chat's zone was lately seen; SQLite notes a first
    /// word with a statement of its own, so it asks nothing here.
    fn zone_known(&self, group: bool, chat: &ChatAddress, at: DateTime<Utc>) -> Option<NaiveDate> {
        (group && self.store.opens_in_one_statement())
            .then(|| self.zones.today(chat, at))
            .flatten()
    }

    /// Handles one update exactly once, however often it is delivered.
    pub async fn handle(&self, inbound: Inbound) -> Result<Handled, AppError> {
        let span = tracing::info_span!(
            "update",
            channel = inbound.chat.channel.as_str(),
            key = %inbound.key,
            chat = %inbound.chat.chat_id,
        );
        self.handle_inner(inbound).instrument(span).await
    }

    async fn handle_inner(&self, inbound: Inbound) -> Result<Handled, AppError> {
        // Typing in a chat shows one is in it, even when what was typed
        // turns out to be the answer to numbered choices.
        let typed = matches!(inbound.event, InboundEvent::Text(_));
        // Before any database work: a flood costs nothing but this check.
        match self.flood_verdict(&inbound) {
            flood::Verdict::Allow => {}
            verdict => return self.limited(&inbound, verdict).await,
        }
        let inbound = self.typed_answer(inbound).await?;
        if self.overlong(&inbound) {
            return self.too_long(&inbound).await;
        }
        match self.run(&inbound, typed, true).await {
            // A known member's tap whose round closed as it was written:
            // nothing was, so it runs again the ordinary way.
            Err(AppError::Store(StoreError::Stale)) => {
                tracing::debug!("read went stale; running the update again");
                self.run(&inbound, typed, false).await
            }
            other => other,
        }
    }

    /// Runs the update once; the fast path only when `fast` allows it.
    async fn run(&self, inbound: &Inbound, typed: bool, fast: bool) -> Result<Handled, AppError> {
        let group_chat =
            (inbound.chat.kind == ChatKind::Group).then_some(inbound.chat.chat_id.as_str());
        let speaker = match inbound.event {
            InboundEvent::Text(_) | InboundEvent::ButtonPressed { .. } => inbound.sender.as_ref(),
            _ => None,
        };
        // Saying something in a group shows one is in it; pressing a button
        // does not (anyone who can see a public group's message can press),
        // so a presser is made a member only on the platform's word.
        let register = match inbound.event {
            _ if typed => true,
            InboundEvent::ButtonPressed { .. } => {
                inbound.context.member_of(&inbound.chat.chat_id) == Some(true)
            }
            _ => false,
        };
        let at = self.clock.now();
        let opening = Opening {
            channel: inbound.chat.channel,
            key: &inbound.key,
            at,
            group_chat,
            sender: speaker,
            register,
            today: self.zone_known(group_chat.is_some(), &inbound.chat, at),
            press: match &inbound.event {
                InboundEvent::ButtonPressed { token, .. } => Some(token.as_str()),
                _ => None,
            },
        };
        let Some((mut turn, opened)) = self.open(inbound, opening, fast).await? else {
            return Ok(self.duplicate());
        };
        if let (Some(user), Some(_)) = (speaker, &opened.member) {
            self.seen.member(&inbound.chat, &user.user_id);
        }
        turn.platform = Platform {
            membership: inbound.context.membership.clone(),
            channel: Some(inbound.chat.channel),
            replied_to: inbound.context.replied_to.clone(),
        };
        let routed = match inbound.chat.kind {
            ChatKind::Group => group::handle(&mut turn, inbound, opened).await,
            ChatKind::Private => private::handle(&mut turn, inbound).await,
        };
        match routed {
            // Found when a deferred turn began; dropping the turn rolls back.
            Err(AppError::Store(StoreError::AlreadyHandled)) => return Ok(self.duplicate()),
            // Dropping the turn rolls back: nothing is recorded, not even
            // the inbox key, so the update comes back with the answer.
            Err(AppError::AskPlatform { chat }) => {
                tracing::debug!("asking the platform about the sender's membership");
                return Ok(Handled::AskPlatform { chat });
            }
            other => other?,
        }
        if let (Some(does), Some(token)) = (turn.tapped, opening.press) {
            self.seen.tap_token(token, does);
        }
        if !turn.commit().await? {
            return Ok(self.duplicate());
        }
        metrics::counter!("kettle_updates_handled_total", "channel" => inbound.chat.channel.as_str())
            .increment(1);
        Ok(Handled::Done)
    }

    fn duplicate(&self) -> Handled {
        metrics::counter!("kettle_duplicates_ignored_total").increment(1);
        tracing::debug!("duplicate update ignored");
        Handled::Duplicate
    }

    /// Records an update that kept failing, so it stops blocking the others.
    pub async fn give_up(&self, inbound: &Inbound) -> Result<(), AppError> {
        let mut tx = self.store.begin().await?;
        tx.record_failed_inbound(
            inbound.chat.channel.as_str(),
            &inbound.key,
            self.clock.now(),
        )
        .await?;
        tx.commit().await?;
        metrics::counter!("kettle_updates_failed_total", "channel" => inbound.chat.channel.as_str())
            .increment(1);
        Ok(())
    }

    /// Makes a person a coordinator of the group chat's community (or not).
    /// Used by the console's `:coordinator`; on chat platforms, the group's admins are synced instead.
    pub async fn set_coordinator(
        &self,
        chat: &crate::domain::ChatAddress,
        user: &PlatformUser,
        coordinator: bool,
        only_if_none: bool,
    ) -> Result<bool, AppError> {
        let mut turn = Turn::begin(self).await?;
        let Some(community) = turn
            .tx
            .community_by_chat(chat.channel, &chat.chat_id)
            .await?
        else {
            turn.tx.rollback().await?;
            return Ok(false);
        };
        if only_if_none
            && !turn
                .tx
                .members_with_role(community.id, Role::Coordinator)
                .await?
                .is_empty()
        {
            turn.tx.rollback().await?;
            return Ok(false);
        }
        let person = group::admit(&mut turn, &community, user).await?;
        let role = if coordinator {
            Role::Coordinator
        } else {
            Role::Member
        };
        turn.tx.set_role(community.id, person.id, role).await?;
        turn.commit().await?;
        Ok(true)
    }

    /// Runs one claimed job in its own transaction; see [`timed`].
    pub async fn run_job(
        &self,
        job: &crate::store::JobRecord,
        owner: &str,
    ) -> Result<bool, AppError> {
        let mut turn = Turn::begin(self).await?;
        if !timed::run_claimed(&mut turn, job, owner).await? {
            turn.tx.rollback().await?;
            return Ok(false);
        }
        turn.commit().await?;
        Ok(true)
    }
}
