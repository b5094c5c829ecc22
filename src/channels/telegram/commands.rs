//! Telling Telegram which commands Kettle has, in each language, so the
//! app's command menu reads in the member's own language.

use crate::domain::Language;
use crate::i18n::Translator;
use teloxide::payloads::SetMyCommandsSetters;
use teloxide::prelude::Requester;
use teloxide::types::BotCommand;
use teloxide::Bot;

const MENU: [(&str, &str); 16] = [
    ("start", "cmd-start"),
    ("help", "cmd-help"),
    ("poll", "cmd-poll"),
    ("decisions", "cmd-decisions"),
    ("meet", "cmd-meet"),
    ("meetings", "cmd-meetings"),
    ("agenda", "cmd-agenda"),
    ("checkin", "cmd-checkin"),
    ("pulse", "cmd-pulse"),
    ("digest", "cmd-digest"),
    ("lang", "cmd-lang"),
    ("tz", "cmd-tz"),
    ("settings", "cmd-settings"),
    ("privacy", "cmd-privacy"),
    ("mydata", "cmd-mydata"),
    ("forget", "cmd-forget"),
];

fn commands(t: &Translator, lang: Language) -> Vec<BotCommand> {
    MENU.iter()
        .map(|(command, key)| BotCommand::new(*command, t.t(lang, key, &[])))
        .collect()
}

/// Registers the menu: English as the default, then one per language.
/// A failure is logged, not fatal: the commands still work when typed.
pub async fn register(bot: &Bot, t: &Translator) {
    if let Err(e) = bot.set_my_commands(commands(t, Language::En)).await {
        tracing::warn!(error = %e, "could not register the command menu");
        return;
    }
    for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        if let Err(e) = bot
            .set_my_commands(commands(t, lang))
            .language_code(lang.code())
            .await
        {
            tracing::warn!(error = %e, language = lang.code(), "could not register the command menu");
        }
    }
}
