//! The console chat: a real channel on the terminal (or a piped script),
//! where one person can speak as several members of a local test group.
//! It is how newcomers and coordinators try Kettle, and how tests script it.

mod chats;
use chats::{title, user};
mod line;
mod profile;
mod render;

pub use line::{group_chat_id, in_group, parse, Line};
pub use profile::Profile;
use render::{shown_again, ConsoleDelivery, Screen};

use crate::app::{AppError, Engine};
use crate::channels::sender::Sender;
use crate::clock::{Clock, ManualClock};
use crate::config::SendLimits;
use crate::domain::{
    Channel, ChatAddress, ChatKind, Choice, Inbound, InboundEvent, PlatformContext, PlatformUser,
};
use chrono::{DateTime, TimeZone as _, Utc};
use std::collections::HashSet;
use std::io::Write;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufRead, AsyncBufReadExt};

pub const GROUP_CHAT_ID: &str = "group";
const GROUP_TITLE: &str = "Console group";
/// Other groups (`#gardeners alice: hi`) are `group:gardeners`.
pub const GROUP_PREFIX: &str = "group:";

/// Where piped scripts start in time, so the same script always gives the
/// same output: Monday 5 January 2026, 09:00 UTC.
pub fn script_start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

pub struct Console {
    engine: Engine,
    clock: Arc<ManualClock>,
    sender: Sender,
    screen: Arc<Mutex<Screen>>,
    out: Arc<Mutex<Box<dyn Write + Send>>>,
    session: String,
    seq: u64,
    /// Piped input is echoed so a transcript reads as a conversation.
    echo: bool,
    profile: Profile,
    /// Groups someone has spoken in: the first speaker coordinates.
    spoken_in: HashSet<String>,
    /// Groups Kettle has been added to.
    groups: HashSet<String>,
}

impl Console {
    pub fn new(
        engine: Engine,
        clock: Arc<ManualClock>,
        out: Box<dyn Write + Send>,
        echo: bool,
        profile: Profile,
    ) -> Console {
        let engine = engine
            .declare(Channel::Console, profile.capabilities())
            .declare_door(
                Channel::Console,
                Profile::Whatsapp.prefix(),
                Profile::Whatsapp.capabilities(),
            )
            .declare_door(
                Channel::Console,
                Profile::Telegram.prefix(),
                Profile::Telegram.capabilities(),
            );
        let screen = Arc::new(Mutex::new(Screen::default()));
        let out = Arc::new(Mutex::new(out));
        let delivery = ConsoleDelivery {
            screen: screen.clone(),
            out: out.clone(),
            profile,
        };
        // A terminal has no rate limits: zero spacing everywhere.
        let unlimited = SendLimits {
            global_per_second: u32::MAX,
            chat_interval: std::time::Duration::ZERO,
            group_per_minute: u32::MAX,
            ..SendLimits::default()
        };
        let sender = Sender {
            store: engine.store.clone(),
            delivery: Arc::new(delivery),
            limits: unlimited,
            clock: engine.clock.clone(),
        };
        let session = format!("{:016x}", rand::random::<u64>());
        Console {
            engine,
            clock,
            sender,
            screen,
            out,
            session,
            seq: 0,
            echo,
            profile,
            spoken_in: HashSet::new(),
            groups: HashSet::new(),
        }
    }

    /// Reads lines until the input ends.
    pub async fn run<R: AsyncBufRead + Unpin>(&mut self, input: R) -> Result<(), AppError> {
        crate::jobs::start_housekeeping(&self.engine).await?;
        self.show_again().await?;
        self.join_group(GROUP_CHAT_ID).await?;
        let mut input = input;
        let mut bytes = Vec::new();
        let mut number = 0;
        loop {
            bytes.clear();
            match input.read_until(b'\n', &mut bytes).await {
                Ok(0) => break,
                Ok(_) => number += 1,
                Err(e) => {
                    tracing::error!(error = %e, "console input failed");
                    break;
                }
            }
            let Ok(raw) = std::str::from_utf8(&bytes) else {
                self.print(&format!(
                    "console: line {number} could not be read (it is not UTF-8 text); skipped\n"
                ));
                continue;
            };
            let raw = raw.trim_end_matches(['\n', '\r']);
            let (group, rest) = in_group(raw);
            let line = parse(rest);
            if self.echo && (line != Line::Nothing || group.is_some()) {
                self.print(&format!("> {}\n", raw.trim()));
            }
            let group = match group.as_deref().map(group_chat_id) {
                None => GROUP_CHAT_ID.to_string(),
                Some(Ok(chat_id)) => chat_id,
                Some(Err(why)) => {
                    self.print(&format!("console: {why}\n"));
                    continue;
                }
            };
            if let Err(e) = self.step(&group, line).await {
                tracing::error!(error = %e, "console line failed");
                self.print("console: sorry, that went wrong; see the log.\n");
            }
        }
        Ok(())
    }

    /// On reopening a console's database: the messages whose choices are
    /// still live, drawn again so they can be pressed.
    async fn show_again(&mut self) -> Result<(), AppError> {
        for (id, chat, outgoing) in self.engine.store.console_screen().await? {
            let drawn = shown_again(&mut self.lock_screen(), self.profile, id, &chat, &outgoing);
            if let Some(text) = drawn {
                self.print(&text);
            }
        }
        Ok(())
    }

    async fn step(&mut self, group: &str, line: Line) -> Result<(), AppError> {
        if line != Line::Nothing && !self.groups.contains(group) {
            self.join_group(group).await?;
        }
        match line {
            Line::Say {
                who,
                dm,
                text,
                reply_to,
            } => {
                let chat = self.chat_for(group, &who, dm);
                if !dm && self.spoken_in.insert(group.to_string()) {
                    self.engine
                        .set_coordinator(&chat, &user(&who), true, true)
                        .await?;
                }
                let text = self.with_codes(text);
                let event = match dm.then(|| self.profile.opening(&text)).flatten() {
                    Some(payload) => InboundEvent::OpenedPrivately {
                        // A link's short name (`p1`) stands for its payload.
                        payload: payload.map(|p| self.lock_screen().link_payload(&p).unwrap_or(p)),
                    },
                    None => InboundEvent::Text(text),
                };
                let context = PlatformContext {
                    replied_to: reply_to.map(|other| user(&other).user_id),
                    ..self.context(&chat)
                };
                self.deliver_with(chat, Some(user(&who)), event, context)
                    .await
            }
            Line::Press {
                who,
                dm,
                message,
                choice,
            } => {
                let chat = self.chat_for(group, &who, dm);
                let found = self.lock_screen().choice(&chat.chat_id, message, choice);
                let token = match found {
                    // A link into the presser's private chat: as if they followed it.
                    Ok(Choice {
                        private_start: Some(payload),
                        ..
                    }) => {
                        let dm = self.chat_for(group, &who, true);
                        let event = InboundEvent::OpenedPrivately {
                            payload: Some(payload),
                        };
                        return self.deliver(dm, Some(user(&who)), event).await;
                    }
                    Ok(c) if c.token.is_some() => c.token.unwrap_or_default(),
                    Ok(c) => {
                        return self.note(&format!(
                            "console: that choice is a link: {}\n",
                            c.url.unwrap_or_default()
                        ))
                    }
                    Err(why) => return self.note(&format!("console: {why}\n")),
                };
                let press_id = format!("{}:press:{}", self.session, self.seq);
                self.lock_screen().remember_press(&press_id, &who);
                let event = InboundEvent::ButtonPressed {
                    token,
                    press_id: Some(press_id),
                };
                self.deliver(chat, Some(user(&who)), event).await
            }
            Line::ClockForward(by) => {
                self.clock
                    .advance(chrono::Duration::from_std(by).unwrap_or_default());
                self.settle().await
            }
            Line::ClockSet(at) => self.set_clock(at).await,
            Line::Coordinator(who) => {
                let chat = self.group(group);
                self.engine
                    .set_coordinator(&chat, &user(&who), true, false)
                    .await?;
                self.spoken_in.insert(group.to_string());
                self.note(&format!("console: {who} is now a coordinator\n"))
            }
            Line::Members(count) => {
                let chat = self.group(group);
                let context = PlatformContext {
                    member_count: Some(count),
                    ..self.context(&chat)
                };
                self.deliver_with(chat, None, InboundEvent::MembersJoined(vec![]), context)
                    .await?;
                self.note(&format!("console: the group now has {count} people\n"))
            }
            Line::Nothing => Ok(()),
            Line::Invalid(why) => self.note(&format!("console: {why}\n")),
        }
    }

    async fn set_clock(&mut self, at: chrono::NaiveDateTime) -> Result<(), AppError> {
        let mut tx = self.engine.store.begin().await?;
        let community = tx
            .community_by_chat(Channel::Console, GROUP_CHAT_ID)
            .await?;
        tx.rollback().await?;
        let zone = community.map_or(self.engine.settings.default_time_zone, |c| c.time_zone);
        let now = self.clock.now();
        let furthest = now + chrono::Duration::from_std(line::MAX_CLOCK_MOVE).unwrap_or_default();
        match zone.tz().from_local_datetime(&at).earliest() {
            Some(instant) if instant.with_timezone(&Utc) < now => {
                self.note("console: the clock only moves forward\n")
            }
            Some(instant) if instant.with_timezone(&Utc) > furthest => {
                self.note(&format!("console: {}\n", line::TOO_FAR))
            }
            Some(instant) => {
                self.clock.set(instant.with_timezone(&Utc));
                self.settle().await
            }
            None => self.note(&format!(
                "console: {at} does not exist in {zone} (the clocks change then)\n"
            )),
        }
    }

    async fn deliver(
        &mut self,
        chat: ChatAddress,
        sender: Option<PlatformUser>,
        event: InboundEvent,
    ) -> Result<(), AppError> {
        let context = self.context(&chat);
        self.deliver_with(chat, sender, event, context).await
    }

    async fn deliver_with(
        &mut self,
        chat: ChatAddress,
        sender: Option<PlatformUser>,
        event: InboundEvent,
        context: PlatformContext,
    ) -> Result<(), AppError> {
        self.seq += 1;
        let inbound = Inbound {
            key: format!("{}:{}", self.session, self.seq),
            chat_title: (chat.kind == ChatKind::Group).then(|| title(&chat.chat_id)),
            chat,
            sender,
            event,
            context,
            received_at: self.engine.clock.now(),
        };
        self.engine.handle(inbound).await?;
        self.settle().await
    }

    /// Runs due jobs and prints everything queued, until nothing is left.
    async fn settle(&mut self) -> Result<(), AppError> {
        loop {
            let ran = crate::jobs::run_due(&self.engine, "console").await?;
            let mut sent = 0;
            loop {
                let n = self.sender.run_once().await?;
                if n == 0 {
                    break;
                }
                sent += n;
            }
            if ran == 0 && sent == 0 {
                return Ok(());
            }
        }
    }

    /// Kettle arrives in a group: the console's own at the start, another
    /// the first time a line names it.
    async fn join_group(&mut self, group: &str) -> Result<(), AppError> {
        self.groups.insert(group.to_string());
        let chat = self.group(group);
        self.deliver(chat, None, InboundEvent::BotAdded).await
    }

    fn lock_screen(&self) -> std::sync::MutexGuard<'_, Screen> {
        self.screen.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Prints a console notice; always fine, so it can end a step.
    fn note(&self, text: &str) -> Result<(), AppError> {
        self.print(text);
        Ok(())
    }

    fn print(&self, text: &str) {
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
    }
}
