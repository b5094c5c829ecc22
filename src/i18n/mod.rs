//! Fluent translations, embedded in the binary so a deployment cannot ship
//! without them. English is the source; every locale has the same keys.

use crate::domain::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::Arc;

/// The raw Fluent sources, one per shipped language.
pub const SOURCES: [(Language, &str); 5] = [
    (Language::En, include_str!("../../locales/en/kettle.ftl")),
    (Language::Cy, include_str!("../../locales/cy/kettle.ftl")),
    (Language::Pl, include_str!("../../locales/pl/kettle.ftl")),
    (Language::Uk, include_str!("../../locales/uk/kettle.ftl")),
    (Language::Ar, include_str!("../../locales/ar/kettle.ftl")),
];

/// Looks up Kettle's words in each language. Cheap to clone.
#[derive(Clone)]
pub struct Translator {
    bundles: Arc<HashMap<Language, FluentBundle<FluentResource>>>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator").finish_non_exhaustive()
    }
}

/// Arguments for a message: pairs of variable name and value.
pub type Args<'a> = &'a [(&'a str, Arg)];

/// A value to put into a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

/// A message not yet put into words: its id and arguments, said later in
/// each reader's language (one community's chats can each read another).
#[derive(Debug, Clone)]
pub struct Phrase {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Phrase {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Phrase {
        Phrase { id, args }
    }
}

impl Translator {
    /// Parses every embedded locale. Fails only if a shipped file is broken,
    /// which the locale tests catch before release.
    pub fn load() -> Result<Translator, String> {
        let mut bundles = HashMap::new();
        for (lang, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_string())
                .map_err(|(_, errs)| format!("locale {lang}: {errs:?}"))?;
            let id: unic_langid::LanguageIdentifier =
                lang.code().parse().map_err(|e| format!("{e}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks confuse some chat clients and scripted tests.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errs| format!("locale {lang}: {errs:?}"))?;
            bundles.insert(lang, bundle);
        }
        Ok(Translator {
            bundles: Arc::new(bundles),
        })
    }

    /// Formats message `id` in `lang`, falling back to English and finally to
    /// the id itself, so a missing key shows up as text, never as a crash.
    pub fn t(&self, lang: Language, id: &str, args: Args<'_>) -> String {
        self.format(lang, id, args)
            .or_else(|| self.format(Language::En, id, args))
            .unwrap_or_else(|| {
                tracing::warn!(message_id = id, "missing translation");
                id.to_string()
            })
    }

    fn format(&self, lang: Language, id: &str, args: Args<'_>) -> Option<String> {
        let bundle = self.bundles.get(&lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(message_id = id, language = %lang, ?errors, "translation errors");
        }
        Some(text.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_formatted_with_their_variables() {
        let t = Translator::load().unwrap();
        let text = t.t(
            Language::En,
            "joined-so-far",
            &[("joined", 3.into()), ("total", 10.into())],
        );
        assert_eq!(text, "3 of 10 people have joined so far.");
        let text = t.t(Language::Cy, "button-join", &[]);
        assert_eq!(text, "Ymuno");
    }

    #[test]
    fn a_missing_key_falls_back_to_its_id() {
        let t = Translator::load().unwrap();
        assert_eq!(t.t(Language::Pl, "no-such-key", &[]), "no-such-key");
    }
}
