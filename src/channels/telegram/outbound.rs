//! Delivering outbox messages through the Bot API: inline keyboards for
//! choices, edits, answers to button presses, documents for files.

use crate::channels::{Delivery, DeliveryError};
use crate::domain::{Channel, Choice, Outgoing};
use crate::store::ClaimedMessage;
use async_trait::async_trait;
use teloxide::payloads::{
    AnswerCallbackQuerySetters, EditMessageTextSetters, SendDocumentSetters, SendMessageSetters,
};
use teloxide::prelude::Requester;
use teloxide::types::{
    CallbackQueryId, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId,
};
use teloxide::{ApiError, Bot, RequestError};

pub struct TelegramDelivery {
    pub bot: Bot,
    /// The bot's @username, for links that open a private chat with it.
    pub username: Option<String>,
}

#[async_trait]
impl Delivery for TelegramDelivery {
    fn channel(&self) -> Channel {
        Channel::Telegram
    }

    async fn deliver(&self, msg: &ClaimedMessage) -> Result<Option<String>, DeliveryError> {
        let chat = ChatId(
            msg.chat_id
                .parse()
                .map_err(|_| DeliveryError::Permanent("not a Telegram chat id".into()))?,
        );
        match &msg.outgoing {
            Outgoing::Send {
                text,
                choices,
                file: None,
                ..
            } => {
                let mut req = self.bot.send_message(chat, text);
                if msg.protect {
                    req = req.protect_content(true);
                }
                if !choices.is_empty() {
                    req = req.reply_markup(keyboard(choices, self.username.as_deref()));
                }
                let sent = req.await.map_err(classify)?;
                Ok(Some(sent.id.0.to_string()))
            }
            Outgoing::Send {
                text,
                choices,
                file: Some(file),
                ..
            } => {
                let doc = InputFile::memory(file.bytes.clone()).file_name(file.name.clone());
                let mut req = self.bot.send_document(chat, doc).caption(text);
                if msg.protect {
                    req = req.protect_content(true);
                }
                if !choices.is_empty() {
                    req = req.reply_markup(keyboard(choices, self.username.as_deref()));
                }
                let sent = req.await.map_err(classify)?;
                Ok(Some(sent.id.0.to_string()))
            }
            Outgoing::Edit { text, choices, .. } => {
                let target = msg
                    .target_platform_id
                    .as_deref()
                    .and_then(|id| id.parse().ok())
                    .ok_or_else(|| {
                        DeliveryError::Permanent("the message to edit was never sent".into())
                    })?;
                let req = self
                    .bot
                    .edit_message_text(chat, MessageId(target), text)
                    .reply_markup(keyboard(choices, self.username.as_deref()));
                match req.await {
                    Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => {
                        Ok(Some(target.to_string()))
                    }
                    Err(e) => Err(classify(e)),
                }
            }
            Outgoing::Answer { press_id, text } => {
                let mut req = self
                    .bot
                    .answer_callback_query(CallbackQueryId(press_id.clone()));
                if let Some(text) = text {
                    req = req.text(text);
                }
                match req.await {
                    Ok(_) => Ok(None),
                    // Presses expire after a while; a late answer is simply dropped.
                    Err(RequestError::Api(_)) => Ok(None),
                    Err(e) => Err(classify(e)),
                }
            }
        }
    }
}

/// Short labels share rows of up to three; a long one gets a row of its own.
/// `username` is the bot's, for buttons that open a private chat with it.
pub fn keyboard(choices: &[Choice], username: Option<&str>) -> InlineKeyboardMarkup {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = vec![];
    let mut row: Vec<InlineKeyboardButton> = vec![];
    for choice in choices {
        let Some(b) = button(choice, username) else {
            continue;
        };
        if choice.label.chars().count() > 14 {
            rows.extend((!row.is_empty()).then(|| std::mem::take(&mut row)));
            rows.push(vec![b]);
            continue;
        }
        row.push(b);
        if row.len() == 3 {
            rows.push(std::mem::take(&mut row));
        }
    }
    rows.extend((!row.is_empty()).then_some(row));
    InlineKeyboardMarkup::new(rows)
}

fn button(choice: &Choice, username: Option<&str>) -> Option<InlineKeyboardButton> {
    let deep_link = match (&choice.private_start, username) {
        (Some(payload), Some(bot)) => Some(format!("https://t.me/{bot}?start={payload}")),
        _ => None,
    };
    if let Some(url) = deep_link
        .as_deref()
        .or(choice.url.as_deref())
        .and_then(|u| reqwest::Url::parse(u).ok())
    {
        return Some(InlineKeyboardButton::url(choice.label.clone(), url));
    }
    choice
        .token
        .clone()
        .map(|token| InlineKeyboardButton::callback(choice.label.clone(), token))
}

/// Sorts Telegram's answers into "wait", "moved", "unreachable", "their
/// fault" and "never". Any client error but a 429 is final for that
/// message, including the ones teloxide does not know by their text:
/// retrying a bad request only holds its chat up.
pub fn classify(err: RequestError) -> DeliveryError {
    match err {
        RequestError::RetryAfter(s) => DeliveryError::RetryAfter(s.duration()),
        RequestError::MigrateToChatId(id) => DeliveryError::ChatMigrated {
            new_chat_id: id.0.to_string(),
        },
        RequestError::Api(ApiError::Unknown(desc)) if is_server_error(&desc) => {
            DeliveryError::ServerError(desc)
        }
        RequestError::Api(api) => DeliveryError::Permanent(api.to_string()),
        // Not JSON: a proxy's error page in front of the Bot API.
        RequestError::InvalidJson { .. } => DeliveryError::ServerError(err.to_string()),
        other => DeliveryError::Temporary(other.to_string()),
    }
}

/// Telegram describes its 5xx answers by their HTTP reason phrase.
fn is_server_error(description: &str) -> bool {
    const PHRASES: [&str; 5] = [
        "internal server error",
        "bad gateway",
        "service unavailable",
        "gateway timeout",
        "server error",
    ];
    let d = description.to_ascii_lowercase();
    PHRASES.iter().any(|p| d.contains(p))
}
