//! Laying a message's choices out for what its chat can do (see
//! [`crate::domain::capabilities`]): buttons, a list, or numbers written
//! into the text.

use super::turn::Turn;
use super::AppError;
use crate::domain::capabilities::fit_label;
use crate::domain::{ChatAddress, Choice, Language, Layout};

/// WhatsApp keeps a poll option to 100 characters.
const NATIVE_OPTION: usize = 100;

/// A message's text and choices as laid out for its chat; `numbered`, the
/// tokens its numbers stand for, when they are written into the text
/// (empty: choices that are not numbered, in a chat where numbers may be).
pub(super) struct LaidOut {
    pub text: String,
    pub choices: Vec<Choice>,
    pub layout: Layout,
    pub numbered: Option<Vec<String>>,
}

impl Turn<'_> {
    /// Lays `choices` out for what `to` can do: buttons, a list, or numbers
    /// written into the text (with a line saying how to answer, in the
    /// chat's language).
    pub(super) async fn lay_out(
        &mut self,
        to: &ChatAddress,
        text: String,
        mut choices: Vec<Choice>,
    ) -> Result<LaidOut, AppError> {
        let abilities = self.engine.abilities(to);
        let layout = abilities.layout(&choices);
        let width = match layout {
            Layout::Buttons => abilities.button_label,
            Layout::List => abilities.row_title,
            Layout::Numbered => 0,
            Layout::NativePoll { .. } => NATIVE_OPTION,
        };
        if layout != Layout::Numbered {
            for c in &mut choices {
                c.label = fit_label(&c.label, width);
            }
            // Where numbers may be typed, a message with buttons is still
            // the newest with choices: numbers then answer nothing older.
            let pressable = choices.iter().any(|c| c.token.is_some());
            let numbered = (abilities.may_number() && pressable).then(Vec::new);
            return Ok(LaidOut {
                text,
                choices,
                layout,
                numbered,
            });
        }
        let (chosen, platform) = self.tx.chat_language(to).await?;
        let lang = Language::negotiate(
            chosen,
            platform.as_deref(),
            self.engine.settings.default_language,
        );
        let numbered: Vec<(usize, &Choice)> = choices
            .iter()
            .filter(|c| c.token.is_some())
            .enumerate()
            .collect();
        let mut text = text;
        if !numbered.is_empty() {
            text.push('\n');
            for (i, c) in &numbered {
                text.push_str(&format!("\n{} · {}", i + 1, c.label));
            }
            let count = numbered.len() as i64;
            text.push('\n');
            text.push_str(&self.t(lang, "choices-answer-by-number", &[("count", count.into())]));
        }
        let tokens = numbered
            .iter()
            .filter_map(|(_, c)| c.token.clone())
            .collect();
        Ok(LaidOut {
            text,
            choices,
            layout,
            numbered: Some(tokens),
        })
    }
}
