//! What a channel's chats can do, declared by each adapter, and how a
//! message's choices are laid out given that.
//!
//! The app renders against these instead of assuming one platform: a chat
//! without edits gets live counts re-posted now and then; one without
//! buttons gets numbered choices answered by sending the number; one with
//! a few buttons gets a list when there are more choices than buttons.

use super::vocabulary::{ChatKind, Choice};
use chrono::Duration;
use serde::{Deserialize, Serialize};

/// How a person in a chat answers a message's choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerBy {
    /// Pressing a button or choosing a list row.
    Press,
    /// Sending the choice's number (or replying to the message with it).
    Number,
}

/// What one kind of chat (group or private) on a channel can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Abilities {
    /// Kettle can change a message it sent.
    pub edits: bool,
    /// A press can be answered with a short notice only the presser sees.
    pub acknowledges_presses: bool,
    /// Buttons one message can carry (0: none).
    pub buttons: usize,
    /// Characters a button's label can show.
    pub button_label: usize,
    /// Rows a list message can offer (0: no lists).
    pub list_rows: usize,
    /// Characters a list row's title can show.
    pub row_title: usize,
    /// The platform has polls of its own that people vote in.
    pub native_polls: bool,
    /// A link can open the member's private chat with Kettle, carrying a payload.
    pub private_link: bool,
    /// Characters one message can carry.
    pub text_limit: usize,
    /// How choices are answered when they fit in buttons or a list.
    pub answers_by: AnswerBy,
    /// How often a live message (counts while people answer) is refreshed:
    /// edited on channels with edits, re-posted on those without.
    pub live_every: Duration,
}

/// What a channel's chats can do, per kind of chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    pub group: Abilities,
    pub private: Abilities,
}

impl Capabilities {
    pub fn of(&self, kind: ChatKind) -> &Abilities {
        match kind {
            ChatKind::Group => &self.group,
            ChatKind::Private => &self.private,
        }
    }

    /// A channel that can do everything Kettle asks (edits, notices and as
    /// many buttons as a message needs): what a channel is assumed to be
    /// until its adapter says otherwise.
    pub const RICH: Capabilities = Capabilities {
        group: RICH_CHAT,
        private: RICH_CHAT,
    };
}

const RICH_CHAT: Abilities = Abilities {
    edits: true,
    acknowledges_presses: true,
    buttons: 100,
    button_label: 256,
    list_rows: 0,
    row_title: 0,
    native_polls: false,
    private_link: true,
    text_limit: 4_096,
    answers_by: AnswerBy::Press,
    live_every: Duration::seconds(5),
};

/// How a message's choices are shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// One button per choice.
    #[default]
    Buttons,
    /// A list the person opens and picks one row from.
    List,
    /// The choices are numbered in the text; the answer is the number.
    Numbered,
    /// The platform's own poll (WhatsApp's), one option per choice; votes
    /// come back as [`crate::domain::InboundEvent::PollVoted`]. Chosen by
    /// the app for named polls only: everyone sees who voted what.
    NativePoll { multiple: bool },
}

impl Abilities {
    /// The layout for `choices` in this kind of chat: buttons when they fit
    /// (in number and label length), else a list when it fits, else numbers.
    /// Links are not counted: every layout can show a link.
    pub fn layout(&self, choices: &[Choice]) -> Layout {
        let pressable: Vec<&Choice> = choices.iter().filter(|c| c.token.is_some()).collect();
        let fits = |count: usize, width: usize| {
            pressable.len() <= count && pressable.iter().all(|c| label_len(c) <= width)
        };
        if self.answers_by == AnswerBy::Number {
            return Layout::Numbered;
        }
        if fits(self.buttons, self.button_label) {
            Layout::Buttons
        } else if pressable.len() <= self.list_rows {
            Layout::List
        } else {
            Layout::Numbered
        }
    }

    /// The characters Kettle fills in one message: about 7% of the limit
    /// is left for the platform's own framing (3,800 of 4,096).
    pub const fn comfortable_text(&self) -> usize {
        self.text_limit * 950 / 1024
    }

    /// Whether a message to this kind of chat can ever be numbered, so that
    /// a typed number may be an answer.
    pub fn may_number(&self) -> bool {
        self.answers_by == AnswerBy::Number || self.buttons < RICH_CHAT.buttons
    }
}

fn label_len(choice: &Choice) -> usize {
    choice.label.chars().count()
}

/// `label` cut to `width` characters, ending in "…" when cut.
pub fn fit_label(label: &str, width: usize) -> String {
    if width == 0 || label.chars().count() <= width {
        return label.to_string();
    }
    let mut cut: String = label.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// A typed answer to numbered choices: a number alone, from 1 to 99
/// (`"2"`, `" 2. "`, `"#2"`). Anything else is conversation.
pub fn typed_number(text: &str) -> Option<u8> {
    let t = text
        .trim()
        .trim_start_matches('#')
        .trim_end_matches(['.', ')']);
    if t.is_empty() || t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|n| *n >= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(label: &str) -> Choice {
        Choice {
            label: label.into(),
            token: Some("t".into()),
            url: None,
            private_start: None,
        }
    }

    const FEW: Abilities = Abilities {
        buttons: 3,
        button_label: 20,
        list_rows: 10,
        row_title: 24,
        ..RICH_CHAT
    };

    #[test]
    fn three_short_choices_are_buttons_more_are_a_list_then_numbers() {
        let three: Vec<Choice> = ["Going", "Maybe", "Can't"].map(choice).to_vec();
        assert_eq!(FEW.layout(&three), Layout::Buttons);
        let five: Vec<Choice> = (1..=5).map(|i| choice(&format!("Option {i}"))).collect();
        assert_eq!(FEW.layout(&five), Layout::List);
        let thirteen: Vec<Choice> = (1..=13).map(|i| choice(&format!("{i}"))).collect();
        assert_eq!(FEW.layout(&thirteen), Layout::Numbered);
    }

    #[test]
    fn a_label_too_long_for_a_button_moves_to_a_list() {
        let long = vec![choice("A label of more than twenty characters")];
        assert_eq!(FEW.layout(&long), Layout::List);
    }

    #[test]
    fn links_do_not_take_a_button() {
        let mut choices: Vec<Choice> = ["Going", "Maybe", "Can't"].map(choice).to_vec();
        choices.push(Choice {
            token: None,
            private_start: Some("p".into()),
            ..choice("Vote privately")
        });
        assert_eq!(FEW.layout(&choices), Layout::Buttons);
    }

    #[test]
    fn a_rich_chat_always_has_buttons() {
        let many: Vec<Choice> = (1..=13).map(|i| choice(&format!("{i}"))).collect();
        assert_eq!(Capabilities::RICH.group.layout(&many), Layout::Buttons);
        assert!(!Capabilities::RICH.group.may_number());
    }

    #[test]
    fn only_a_number_alone_is_an_answer() {
        assert_eq!(typed_number("2"), Some(2));
        assert_eq!(typed_number(" 12. "), Some(12));
        assert_eq!(typed_number("#3"), Some(3));
        for chat in ["0", "100", "2 please", "two", "", "-1", "1.5"] {
            assert_eq!(typed_number(chat), None, "{chat}");
        }
    }

    #[test]
    fn labels_are_cut_with_an_ellipsis() {
        assert_eq!(fit_label("Street lighting", 20), "Street lighting");
        assert_eq!(fit_label("Street lighting and bins", 10), "Street li…");
    }
}
