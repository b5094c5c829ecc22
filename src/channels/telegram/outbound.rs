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
            } => {
                let mut req = self.bot.send_message(chat, text);
                if !choices.is_empty() {
                    req = req.reply_markup(keyboard(choices));
                }
                let sent = req.await.map_err(classify)?;
                Ok(Some(sent.id.0.to_string()))
            }
            Outgoing::Send {
                text,
                choices,
                file: Some(file),
            } => {
                let doc = InputFile::memory(file.bytes.clone()).file_name(file.name.clone());
                let mut req = self.bot.send_document(chat, doc).caption(text);
                if !choices.is_empty() {
                    req = req.reply_markup(keyboard(choices));
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
                    .reply_markup(keyboard(choices));
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

/// Short labels share a row (up to three), long ones get a row each.
pub fn keyboard(choices: &[Choice]) -> InlineKeyboardMarkup {
    let buttons: Vec<InlineKeyboardButton> = choices.iter().filter_map(button).collect();
    let short = buttons.len() <= 3 && choices.iter().all(|c| c.label.chars().count() <= 14);
    let rows: Vec<Vec<InlineKeyboardButton>> = if short {
        vec![buttons]
    } else {
        buttons.into_iter().map(|b| vec![b]).collect()
    };
    InlineKeyboardMarkup::new(rows)
}

fn button(choice: &Choice) -> Option<InlineKeyboardButton> {
    if let Some(url) = choice
        .url
        .as_deref()
        .and_then(|u| reqwest::Url::parse(u).ok())
    {
        return Some(InlineKeyboardButton::url(choice.label.clone(), url));
    }
    choice
        .token
        .clone()
        .map(|token| InlineKeyboardButton::callback(choice.label.clone(), token))
}

/// Sorts Telegram's answers into "wait", "moved", "try later" and "never".
pub fn classify(err: RequestError) -> DeliveryError {
    match err {
        RequestError::RetryAfter(s) => DeliveryError::RetryAfter(s.duration()),
        RequestError::MigrateToChatId(id) => DeliveryError::ChatMigrated {
            new_chat_id: id.0.to_string(),
        },
        RequestError::Api(ApiError::Unknown(desc)) => DeliveryError::Temporary(desc),
        RequestError::Api(api) => DeliveryError::Permanent(api.to_string()),
        other => DeliveryError::Temporary(other.to_string()),
    }
}
