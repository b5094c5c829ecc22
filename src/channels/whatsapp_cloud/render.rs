//! Kettle's outgoing vocabulary as Cloud API message bodies. Pure, so the
//! limits Meta documents are tested here: up to 3 reply buttons (titles of
//! 20 characters), lists of up to 10 rows (titles of 24), an interactive
//! body of 1,024 characters, and template parameters on one line.

use crate::domain::capabilities::fit_label;
use crate::domain::{Choice, Layout};
use serde_json::{json, Value};

pub const MAX_BUTTONS: usize = 3;
pub const BUTTON_TITLE: usize = 20;
pub const MAX_ROWS: usize = 10;
pub const ROW_TITLE: usize = 24;
/// An interactive message's body.
pub const INTERACTIVE_BODY: usize = 1_024;
/// A template's text parameter: kept well inside the template's body limit.
pub const TEMPLATE_TEXT: usize = 900;
/// A text message's body.
pub const TEXT_BODY: usize = 4_096;

/// Who a message is for: a member (`wa_id`) or a Groups API group.
pub fn recipient(to: &str, group: bool) -> Value {
    if group {
        json!({"recipient_type": "group", "to": to})
    } else {
        json!({"recipient_type": "individual", "to": to})
    }
}

fn with(mut base: Value, content: Value) -> Value {
    if let (Some(base), Some(content)) = (base.as_object_mut(), content.as_object()) {
        for (k, v) in content {
            base.insert(k.clone(), v.clone());
        }
    }
    base
}

/// The message for `text` and its choices. Pressable choices become reply
/// buttons or a list when the layout says so (private chats); otherwise
/// they are already numbered in the text. Text too long for an interactive
/// body is returned first, as its own message, with the choices after it
/// under `lead`. Links are written into the text by the caller.
pub fn messages(
    to: Value,
    text: &str,
    choices: &[Choice],
    layout: Layout,
    lead: &str,
) -> Vec<Value> {
    let pressable: Vec<&Choice> = choices.iter().filter(|c| c.token.is_some()).collect();
    let interactive = match layout {
        Layout::Buttons if !pressable.is_empty() && pressable.len() <= MAX_BUTTONS => Some(
            json!({"type": "button", "action": {"buttons": pressable.iter().map(|c| json!({
                "type": "reply",
                "reply": {"id": c.token, "title": fit_label(&c.label, BUTTON_TITLE)},
            })).collect::<Vec<_>>()}}),
        ),
        Layout::List if !pressable.is_empty() && pressable.len() <= MAX_ROWS => {
            Some(json!({"type": "list", "action": {
                "button": format!("☰ 1–{}", pressable.len()),
                "sections": [{"rows": pressable.iter().map(|c| json!({
                    "id": c.token, "title": fit_label(&c.label, ROW_TITLE),
                })).collect::<Vec<_>>()}],
            }}))
        }
        _ => None,
    };
    let Some(mut interactive) = interactive else {
        return split(text, TEXT_BODY)
            .into_iter()
            .map(|part| with(to.clone(), plain(&part)))
            .collect();
    };
    let mut out = vec![];
    let body = if text.chars().count() > INTERACTIVE_BODY {
        for part in split(text, TEXT_BODY) {
            out.push(with(to.clone(), plain(&part)));
        }
        lead.to_string()
    } else {
        text.to_string()
    };
    interactive["body"] = json!({"text": body});
    out.push(with(
        to,
        json!({"type": "interactive", "interactive": interactive}),
    ));
    out
}

fn plain(text: &str) -> Value {
    json!({"type": "text", "text": {"body": text, "preview_url": false}})
}

/// A document (already uploaded) with its caption.
pub fn document(to: Value, media_id: &str, name: &str, caption: &str) -> Value {
    let caption: String = caption.chars().take(INTERACTIVE_BODY).collect();
    with(
        to,
        json!({"type": "document", "document": {"id": media_id, "filename": name, "caption": caption}}),
    )
}

/// An approved template carrying `text` as its one body parameter.
pub fn template(to: Value, name: &str, language: &str, text: &str) -> Value {
    with(
        to,
        json!({"type": "template", "template": {
            "name": name,
            "language": {"policy": "deterministic", "code": language},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": one_line(text)}]}],
        }}),
    )
}

/// WhatsApp refuses template parameters with new lines, tabs or more than
/// four spaces in a row: lines are joined with " · ", runs of spaces made
/// one, and the whole cut to [`TEMPLATE_TEXT`] characters.
pub fn one_line(text: &str) -> String {
    let joined = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    fit_label(&joined, TEMPLATE_TEXT)
}

/// `text` in pieces of at most `limit` characters, cut at line ends where
/// it can be.
fn split(text: &str, limit: usize) -> Vec<String> {
    let mut parts = vec![];
    let mut current = String::new();
    for line in text.split_inclusive('\n') {
        if current.chars().count() + line.chars().count() > limit && !current.is_empty() {
            parts.push(std::mem::take(&mut current));
        }
        let mut line = line;
        while line.chars().count() > limit {
            let cut = line
                .char_indices()
                .nth(limit)
                .map_or(line.len(), |(i, _)| i);
            parts.push(line[..cut].to_string());
            line = &line[cut..];
        }
        current.push_str(line);
    }
    if !current.is_empty() || parts.is_empty() {
        parts.push(current);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(label: &str, token: &str) -> Choice {
        Choice {
            label: label.into(),
            token: Some(token.into()),
            url: None,
            private_start: None,
        }
    }

    #[test]
    fn three_choices_are_reply_buttons_with_their_tokens() {
        let choices = [
            choice("🙂 Good", "t1"),
            choice("😐 Okay", "t2"),
            choice("A very long label indeed, far too long", "t3"),
        ];
        let out = messages(
            recipient("447700900111", false),
            "How are you?",
            &choices,
            Layout::Buttons,
            "",
        );
        assert_eq!(out.len(), 1);
        let m = &out[0];
        assert_eq!(m["to"], "447700900111");
        assert_eq!(m["type"], "interactive");
        assert_eq!(m["interactive"]["type"], "button");
        assert_eq!(m["interactive"]["body"]["text"], "How are you?");
        let buttons = m["interactive"]["action"]["buttons"].as_array().unwrap();
        assert_eq!(buttons.len(), 3);
        assert_eq!(buttons[0]["reply"]["id"], "t1");
        for b in buttons {
            assert!(b["reply"]["title"].as_str().unwrap().chars().count() <= BUTTON_TITLE);
        }
    }

    #[test]
    fn up_to_ten_choices_are_a_list_and_a_long_text_goes_first() {
        let choices: Vec<Choice> = (1..=7)
            .map(|i| choice(&format!("Priority number {i} of seven"), &format!("t{i}")))
            .collect();
        let long = "Why this matters.\n".repeat(80);
        let out = messages(
            recipient("1", false),
            &long,
            &choices,
            Layout::List,
            "Choose one:",
        );
        assert_eq!(out.len(), 2);
        assert_eq!(out[0]["type"], "text");
        assert_eq!(out[0]["text"]["body"], long.as_str());
        let list = &out[1]["interactive"];
        assert_eq!(list["type"], "list");
        assert_eq!(list["body"]["text"], "Choose one:");
        let rows = list["action"]["sections"][0]["rows"].as_array().unwrap();
        assert_eq!(rows.len(), 7);
        assert!(rows
            .iter()
            .all(|r| r["title"].as_str().unwrap().chars().count() <= ROW_TITLE));
        assert!(list["action"]["button"].as_str().unwrap().chars().count() <= 20);
    }

    #[test]
    fn numbered_choices_and_groups_are_plain_text() {
        let choices = [choice("Yes", "t1")];
        let out = messages(
            recipient("G1", true),
            "1 · Yes",
            &choices,
            Layout::Numbered,
            "",
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0]["recipient_type"], "group");
        assert_eq!(out[0]["type"], "text");
        let huge = "x".repeat(TEXT_BODY * 2 + 5);
        let parts = messages(recipient("1", false), &huge, &[], Layout::Buttons, "");
        assert_eq!(parts.len(), 3);
    }

    #[test]
    fn a_template_parameter_is_one_line() {
        let m = template(
            recipient("1", false),
            "kettle_reminder",
            "cy",
            "Reminder:\n\n  Tenants   meeting\ttonight\n19:00",
        );
        let p = &m["template"]["components"][0]["parameters"][0]["text"];
        assert_eq!(p, "Reminder: · Tenants meeting tonight · 19:00");
        assert_eq!(m["template"]["language"]["code"], "cy");
        let long = one_line(&"word ".repeat(1_000));
        assert!(long.chars().count() <= TEMPLATE_TEXT);
    }
}
