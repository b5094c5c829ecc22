//! One unit of work: a transaction plus the helpers use cases share for
//! talking to people.

use super::button_spec::choices;
pub(crate) use super::button_spec::new_token;
pub use super::button_spec::{choice_for, ButtonSpec};
use super::{AppError, Engine};
use crate::domain::digest::WeekData;
use crate::domain::time::week::IsoWeek;
use crate::domain::{
    Channel, ChatAddress, ChatKind, FileAttachment, Language, Layout, MembershipFact, Outgoing,
    Role,
};
use crate::i18n::Args;
use crate::store::CommunityRecord;
use crate::store::{ButtonRecord, NewMessage, PersonRecord, Tx};
use chrono::{DateTime, Utc};

pub struct Turn<'e> {
    pub tx: Tx,
    pub engine: &'e Engine,
    pub now: DateTime<Utc>,
    /// Whether the commit wakes the message sender, the answer sender, or both.
    queued: bool,
    answered: bool,
    /// What the platform said about the sender, for an inbound update.
    pub platform: Platform,
    /// What a batch of timed jobs read before running (see
    /// [`crate::jobs::batches`]).
    pub read_ahead: ReadAhead,
    /// What the timed job being run is for, stamped on what it sends (see
    /// [`crate::domain::occasion`]); `None` for updates people send.
    pub occasion: Option<crate::domain::occasion::Occasion>,
    /// What button this turn took a tap on in a group, if any: a check-in
    /// answer or a vote (the engine then knows the button for one: see
    /// `app::lately_seen`).
    pub(crate) tapped: Option<super::lately_seen::Button>,
}

/// Facts a batch of timed jobs read at once, before running, each taken
/// by the job that needs it.
#[derive(Debug, Default)]
pub struct ReadAhead {
    /// Weeks' facts for digest jobs, by community and week (see
    /// [`super::digest::weekly::read_ahead`]).
    pub weeks: std::collections::HashMap<(i64, IsoWeek), WeekData>,
    /// The communities of a batch of digest jobs, by id.
    pub communities: std::collections::HashMap<i64, crate::store::CommunityRecord>,
    /// Their settings, routes, coordinators and stored weeks, by id.
    pub digest_jobs: std::collections::HashMap<i64, crate::store::DigestJobFacts>,
    /// Meetings' facts for reminder jobs, by meeting (see
    /// [`super::meeting::read_ahead`]).
    pub reminders: std::collections::HashMap<i64, crate::store::ReminderFacts>,
}

/// What an update's platform said about its sender, and which platform it
/// came from. Empty for timed work, which never asks.
#[derive(Debug, Clone, Default)]
pub struct Platform {
    pub membership: Option<MembershipFact>,
    pub channel: Option<Channel>,
    /// Whose message the update replies to (see `PlatformContext`).
    pub replied_to: Option<String>,
}

impl Platform {
    /// Only the community's own platform can say who is in its chat.
    fn can_ask(&self, community: &CommunityRecord) -> bool {
        self.channel == Some(community.channel) && community.channel.can_ask_membership()
    }
}

impl<'e> Turn<'e> {
    pub async fn begin(engine: &'e Engine) -> Result<Turn<'e>, AppError> {
        Ok(Turn {
            tx: engine.store.begin().await?,
            engine,
            now: engine.clock.now(),
            queued: false,
            answered: false,
            tapped: None,
            platform: Platform::default(),
            read_ahead: Default::default(),
            occasion: None,
        })
    }

    /// A turn on a deferred transaction (see [`crate::store::deferred`]).
    pub fn deferred(engine: &'e Engine, tx: Tx) -> Turn<'e> {
        Turn {
            tx,
            engine,
            now: engine.clock.now(),
            queued: false,
            answered: false,
            tapped: None,
            platform: Platform::default(),
            read_ahead: Default::default(),
            occasion: None,
        }
    }

    /// Commits. `false` means a deferred turn found the update was a
    /// duplicate, and nothing was written.
    pub async fn commit(self) -> Result<bool, AppError> {
        let fresh = self.tx.commit().await?;
        if self.queued && fresh {
            self.engine.outbox_ready.wake();
        }
        if self.answered && fresh {
            self.engine.answers_ready.wake();
        }
        Ok(fresh)
    }

    /// Kettle's words for `id` in `lang`.
    pub fn t(&self, lang: Language, id: &str, args: Args<'_>) -> String {
        self.engine.translator.t(lang, id, args)
    }

    /// `phrase` in `lang`.
    pub fn say_in(&self, lang: Language, phrase: &crate::i18n::Phrase) -> String {
        self.t(lang, phrase.id, &phrase.args)
    }

    /// `person`'s role in `community` if they are a current member. When
    /// Kettle's records do not know them, the platform's word decides: a
    /// member it confirms is recorded (joining, or coming back); without
    /// its word, the update is handed back to ask it
    /// ([`AppError::AskPlatform`]).
    pub async fn member_role(
        &mut self,
        community: &CommunityRecord,
        person: &PersonRecord,
    ) -> Result<Option<Role>, AppError> {
        if let Some(role) = self.tx.membership(community.id, person.id).await? {
            return Ok(Some(role));
        }
        let said = self
            .platform
            .membership
            .as_ref()
            .filter(|m| m.chat_id == community.chat_id)
            .map(|m| m.member);
        match said {
            Some(true) => {
                self.tx
                    .join_community(community.id, person.id, self.now)
                    .await?;
                Ok(self.tx.membership(community.id, person.id).await?)
            }
            Some(false) => Ok(None),
            None if self.platform.can_ask(community) => Err(AppError::AskPlatform {
                chat: community.chat(),
            }),
            None => Ok(None),
        }
    }

    /// The language to use with a person, given the community's default.
    /// Whether choices in `chat` are answered by sending their number (so
    /// the words say "send the number", not "tap", and everyone in a group
    /// sees the answer).
    pub fn by_number(&self, chat: &ChatAddress) -> bool {
        self.engine.abilities(chat).answers_by == crate::domain::AnswerBy::Number
    }

    pub fn language_of(&self, person: &PersonRecord, fallback: Language) -> Language {
        Language::negotiate(
            person.language,
            person.platform_language.as_deref(),
            fallback,
        )
    }

    /// Queues a message with buttons; returns its outbox id.
    pub async fn send(
        &mut self,
        to: &ChatAddress,
        text: String,
        buttons: Vec<ButtonSpec>,
    ) -> Result<i64, AppError> {
        let tokens: Vec<String> = buttons.iter().map(|_| new_token()).collect();
        let laid = self.lay_out(to, text, choices(&buttons, &tokens)).await?;
        let out = Outgoing::Send {
            text: laid.text,
            choices: laid.choices,
            file: None,
            layout: laid.layout,
            occasion: None,
        };
        let id = self.queue(to, out, self.now).await?;
        self.store_buttons(buttons, tokens, id).await?;
        if let Some(numbered) = laid.numbered {
            self.tx.number_choices(to, id, &numbered).await?;
        }
        Ok(id)
    }

    /// Sends the platform's own poll named `text`, one option per button
    /// (for named polls only: everyone sees who voted what); votes come
    /// back as `PollVoted`.
    pub async fn send_native_poll(
        &mut self,
        to: &ChatAddress,
        text: String,
        buttons: Vec<ButtonSpec>,
        multiple: bool,
    ) -> Result<i64, AppError> {
        let tokens: Vec<String> = buttons.iter().map(|_| new_token()).collect();
        let out = Outgoing::Send {
            text,
            choices: choices(&buttons, &tokens),
            file: None,
            layout: Layout::NativePoll { multiple },
            occasion: None,
        };
        let id = self.queue(to, out, self.now).await?;
        self.store_buttons(buttons, tokens, id).await?;
        Ok(id)
    }

    pub(super) async fn store_buttons(
        &mut self,
        buttons: Vec<ButtonSpec>,
        tokens: Vec<String>,
        message_id: i64,
    ) -> Result<(), AppError> {
        for (spec, token) in buttons.into_iter().zip(tokens) {
            // The engine now knows what the button does: its first press
            // takes the fast path, as a later one does (a guess only: a
            // button whose turn then fails costs that press one read).
            if let Some(does) = super::lately_seen::does(&spec) {
                self.engine.seen.tap_token(&token, does);
            }
            let record = ButtonRecord {
                community_id: spec.community_id,
                person_id: spec.person_id,
                message_id: Some(message_id),
                action: spec.action,
            };
            self.tx.create_button(&token, &record, self.now).await?;
        }
        Ok(())
    }

    /// Queues a plain text message.
    pub async fn say(&mut self, to: &ChatAddress, text: String) -> Result<(), AppError> {
        let out = Outgoing::Send {
            text,
            choices: vec![],
            file: None,
            layout: Layout::Buttons,
            occasion: None,
        };
        self.queue_later(to, out).await
    }

    /// Queues a long text (a digest) as as few messages as the chat takes,
    /// split between paragraphs, then lines.
    pub async fn say_long(&mut self, to: &ChatAddress, text: String) -> Result<(), AppError> {
        let limit = self.engine.abilities(to).comfortable_text();
        for part in super::digest::text::split(&[text], limit) {
            self.say(to, part).await?;
        }
        Ok(())
    }

    /// Queues a file (a calendar file, an export) with a short caption.
    pub async fn send_file(
        &mut self,
        to: &ChatAddress,
        caption: String,
        file: FileAttachment,
    ) -> Result<(), AppError> {
        let out = Outgoing::Send {
            text: caption,
            choices: vec![],
            file: Some(file),
            layout: Layout::Buttons,
            occasion: None,
        };
        self.queue_later(to, out).await
    }

    /// Acknowledges a button press, with an optional short notice to the
    /// presser. Where the platform cannot acknowledge presses (or the press
    /// was a typed number), a notice goes to the presser in writing: in
    /// their private chat for a press in a group (left out if they have
    /// none: what they pressed shows in the group anyway).
    pub async fn answer(
        &mut self,
        to: &ChatAddress,
        press_id: Option<&str>,
        presser: Option<&PersonRecord>,
        text: Option<String>,
    ) -> Result<(), AppError> {
        match press_id {
            Some(press_id) if self.engine.abilities(to).acknowledges_presses => {
                let out = Outgoing::Answer {
                    press_id: press_id.to_string(),
                    text,
                };
                self.queue_later(to, out).await
            }
            _ => {
                let Some(text) = text else { return Ok(()) };
                let private = match to.kind {
                    ChatKind::Private => Some(to.clone()),
                    ChatKind::Group => {
                        presser
                            .and_then(|p| p.private_chat_id.clone())
                            .map(|chat_id| ChatAddress {
                                channel: to.channel,
                                chat_id,
                                kind: ChatKind::Private,
                            })
                    }
                };
                match private {
                    Some(chat) => self.say(&chat, text).await,
                    None => Ok(()),
                }
            }
        }
    }

    /// Queues a message to go out no sooner than `not_before`.
    pub(super) async fn queue(
        &mut self,
        to: &ChatAddress,
        outgoing: Outgoing,
        not_before: DateTime<Utc>,
    ) -> Result<i64, AppError> {
        let msg = NewMessage {
            not_before,
            ..self.message(to, outgoing)
        };
        Ok(self.tx.enqueue(&msg).await?)
    }

    /// For messages whose outbox id nobody needs: a deferred turn can then
    /// write them with its commit, in the same statement.
    async fn queue_later(&mut self, to: &ChatAddress, outgoing: Outgoing) -> Result<(), AppError> {
        let msg = self.message(to, outgoing);
        Ok(self.tx.enqueue_later(msg).await?)
    }

    fn message(&mut self, to: &ChatAddress, mut outgoing: Outgoing) -> NewMessage {
        match &mut outgoing {
            Outgoing::Answer { .. } => self.answered = true,
            Outgoing::Send { occasion, .. } => {
                *occasion = self.occasion;
                self.queued = true;
            }
            Outgoing::Edit { .. } => self.queued = true,
        }
        NewMessage {
            channel: to.channel,
            chat_id: to.chat_id.clone(),
            chat_kind: to.kind,
            outgoing,
            not_before: self.now,
        }
    }
}
