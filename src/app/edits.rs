//! Changing messages already sent: edits in place, and the redraws of
//! live messages (counts while people answer), paced to what each chat
//! can take; where a chat cannot edit, the message is posted anew.

use super::button_spec::{choices, new_token, ButtonSpec};
use super::{AppError, Turn};
use crate::domain::{ChatAddress, ChatKind, Choice, Outgoing};

impl Turn<'_> {
    /// Queues an edit that puts new buttons on an earlier message, for
    /// the rare edits whose buttons change (not for busy messages: each
    /// call makes new tokens).
    pub async fn edit_with_buttons(
        &mut self,
        to: &ChatAddress,
        target: i64,
        text: String,
        buttons: Vec<ButtonSpec>,
    ) -> Result<(), AppError> {
        let tokens: Vec<String> = buttons.iter().map(|_| new_token()).collect();
        let choices = choices(&buttons, &tokens);
        self.edit(to, target, text, choices).await?;
        self.store_buttons(buttons, tokens, target).await
    }

    /// Queues an edit of an earlier message: its final state, at once.
    pub async fn edit(
        &mut self,
        to: &ChatAddress,
        target: i64,
        text: String,
        choices: Vec<Choice>,
    ) -> Result<i64, AppError> {
        let live_every = self.engine.abilities(to).live_every;
        let now = chrono::Duration::zero();
        self.edit_paced(to, target, text, choices, now, live_every)
            .await
    }

    /// Queues a refresh of a live message (counts while people answer):
    /// edited at most as often as the chat's channel allows, or re-posted
    /// now and then where it cannot edit.
    pub async fn edit_live(
        &mut self,
        to: &ChatAddress,
        target: i64,
        text: String,
        choices: Vec<Choice>,
    ) -> Result<i64, AppError> {
        let every = self.engine.abilities(to).live_every;
        self.edit_paced(to, target, text, choices, every, every)
            .await
    }

    /// Queues a live message's redraw, at once: its redraw job already
    /// keeps to the chat's pace (see [`super::redraw`]).
    pub async fn redraw(
        &mut self,
        to: &ChatAddress,
        target: i64,
        text: String,
        choices: Vec<Choice>,
    ) -> Result<i64, AppError> {
        let now = chrono::Duration::zero();
        self.edit_paced(to, target, text, choices, now, now).await
    }

    /// Queues an edit to go out no sooner than `after`. Edits of one message
    /// made meanwhile replace its text, so a busy message is edited at most
    /// once per `after`: debouncing, well inside platform limits. On a chat
    /// that cannot edit, the adapter posts the message anew: in a private
    /// chat at once (it answers the person's own step); in a group only
    /// while it has choices, and no sooner than `repost_after`.
    async fn edit_paced(
        &mut self,
        to: &ChatAddress,
        target: i64,
        text: String,
        choices: Vec<Choice>,
        after: chrono::Duration,
        repost_after: chrono::Duration,
    ) -> Result<i64, AppError> {
        let abilities = self.engine.abilities(to);
        let after = match (abilities.edits, to.kind) {
            (true, _) | (false, ChatKind::Private) => after,
            // A group message with choices is live: re-posted now and then.
            (false, ChatKind::Group) if !choices.is_empty() => after.max(repost_after),
            // Its final state (choices gone) is said by the closing message
            // that goes with it: no re-post, and none still waiting.
            (false, ChatKind::Group) => {
                self.tx.drop_waiting_edits(target).await?;
                return Ok(target);
            }
        };
        let laid = self.lay_out(to, text, choices).await?;
        let out = Outgoing::Edit {
            target,
            text: laid.text,
            choices: laid.choices,
            layout: laid.layout,
        };
        let id = self.queue(to, out, self.now + after).await?;
        if let Some(numbered) = laid.numbered {
            // An edit in place keeps the message where it was; a re-post
            // is the newest message, and its numbers are the ones to answer.
            let shown_by = if abilities.edits { target } else { id };
            self.tx.number_choices(to, shown_by, &numbered).await?;
        }
        Ok(id)
    }
}
