//! The languages Kettle speaks, and how a reader's language is chosen.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language Kettle ships translations for. English is the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Cy,
    Pl,
    Uk,
    Ar,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::Cy,
        Language::Pl,
        Language::Uk,
        Language::Ar,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Cy => "cy",
            Language::Pl => "pl",
            Language::Uk => "uk",
            Language::Ar => "ar",
        }
    }

    /// The language's own name, so a reader can find it in a list.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Cy => "Cymraeg",
            Language::Pl => "Polski",
            Language::Uk => "Українська",
            Language::Ar => "العربية",
        }
    }

    /// Reads a platform language code such as `en-GB` or `uk`; `None` when
    /// Kettle has no translation for it.
    pub fn from_platform_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Member's own choice first, then what their app says, then the community's default.
    pub fn negotiate(
        chosen: Option<Language>,
        platform: Option<&str>,
        community_default: Language,
    ) -> Language {
        chosen
            .or_else(|| platform.and_then(Language::from_platform_code))
            .unwrap_or(community_default)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::from_platform_code(s).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_codes_with_regions_are_understood() {
        assert_eq!(Language::from_platform_code("en-GB"), Some(Language::En));
        assert_eq!(Language::from_platform_code("UK"), Some(Language::Uk));
        assert_eq!(Language::from_platform_code("fr"), None);
    }

    #[test]
    fn members_own_choice_beats_their_app_which_beats_the_community() {
        assert_eq!(
            Language::negotiate(Some(Language::Cy), Some("pl"), Language::En),
            Language::Cy
        );
        assert_eq!(
            Language::negotiate(None, Some("pl"), Language::En),
            Language::Pl
        );
        assert_eq!(
            Language::negotiate(None, Some("fr"), Language::Uk),
            Language::Uk
        );
        assert_eq!(Language::negotiate(None, None, Language::Ar), Language::Ar);
    }
}
