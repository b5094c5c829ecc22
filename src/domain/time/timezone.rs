//! IANA time zones, parsed once at the boundary so the rest of Kettle cannot
//! hold an invalid one.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A valid IANA time zone such as `Europe/London`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeZone(chrono_tz::Tz);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeZoneError {
    #[error("no time zone given")]
    Empty,
    #[error("unknown time zone")]
    Unknown { suggestion: Option<String> },
}

impl TimeZone {
    pub fn tz(self) -> chrono_tz::Tz {
        self.0
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// Accepts exact names, any letter case and spaces for underscores
    /// (`europe/isle of man`); otherwise offers the closest real name.
    pub fn parse(input: &str) -> Result<TimeZone, TimeZoneError> {
        let cleaned = input.trim().replace(' ', "_");
        if cleaned.is_empty() {
            return Err(TimeZoneError::Empty);
        }
        if let Ok(tz) = chrono_tz::Tz::from_str(&cleaned) {
            return Ok(TimeZone(tz));
        }
        let lower = cleaned.to_lowercase();
        if let Some(tz) = chrono_tz::TZ_VARIANTS
            .iter()
            .find(|tz| tz.name().to_lowercase() == lower)
        {
            return Ok(TimeZone(*tz));
        }
        Err(TimeZoneError::Unknown {
            suggestion: Self::closest(&lower),
        })
    }

    /// Compares city to city (`londn` ~ `London`), so a real but unlisted
    /// city such as Cardiff gets no misleading guess.
    fn closest(lower: &str) -> Option<String> {
        let wanted = lower.rsplit('/').next().unwrap_or(lower);
        chrono_tz::TZ_VARIANTS
            .iter()
            .filter(|tz| tz.name().contains('/'))
            .map(|tz| {
                let name = tz.name().to_lowercase();
                let city = name.rsplit('/').next().unwrap_or(&name).to_string();
                (strsim::jaro_winkler(wanted, &city), tz.name())
            })
            .filter(|(score, _)| *score >= 0.9)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, name)| name.to_string())
    }
}

impl Default for TimeZone {
    fn default() -> Self {
        TimeZone(chrono_tz::Europe::London)
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl TryFrom<String> for TimeZone {
    type Error = TimeZoneError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        TimeZone::parse(&value)
    }
}

impl From<TimeZone> for String {
    fn from(tz: TimeZone) -> String {
        tz.name().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_loosely_typed_names_are_accepted() {
        assert_eq!(
            TimeZone::parse("Europe/London").unwrap().name(),
            "Europe/London"
        );
        assert_eq!(
            TimeZone::parse(" europe/warsaw ").unwrap().name(),
            "Europe/Warsaw"
        );
        assert_eq!(
            TimeZone::parse("America/New York").unwrap().name(),
            "America/New_York"
        );
    }

    #[test]
    fn a_typo_gets_a_suggestion() {
        match TimeZone::parse("Europe/Londn") {
            Err(TimeZoneError::Unknown { suggestion }) => {
                assert_eq!(suggestion.as_deref(), Some("Europe/London"))
            }
            other => panic!("expected a suggestion, got {other:?}"),
        }
        match TimeZone::parse("Kyiv") {
            Err(TimeZoneError::Unknown { suggestion }) => {
                assert_eq!(suggestion.as_deref(), Some("Europe/Kyiv"))
            }
            other => panic!("expected a suggestion, got {other:?}"),
        }
    }

    #[test]
    fn a_real_city_without_its_own_zone_gets_no_wrong_guess() {
        assert!(matches!(
            TimeZone::parse("Europe/Cardiff"),
            Err(TimeZoneError::Unknown { suggestion: None })
        ));
    }

    #[test]
    fn nonsense_gets_no_suggestion_and_empty_is_its_own_error() {
        assert!(matches!(
            TimeZone::parse("qqqqqqqqqq"),
            Err(TimeZoneError::Unknown { suggestion: None })
        ));
        assert_eq!(TimeZone::parse("  "), Err(TimeZoneError::Empty));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Every real zone name is accepted in any letter case.
        #[test]
        fn every_iana_name_is_accepted_in_any_case(i in 0..chrono_tz::TZ_VARIANTS.len(), upper: bool) {
            let name = chrono_tz::TZ_VARIANTS[i].name();
            let typed = if upper { name.to_uppercase() } else { name.to_lowercase() };
            prop_assert_eq!(TimeZone::parse(&typed).map(|z| z.name()), Ok(name));
        }

        /// Nothing typed makes it panic.
        #[test]
        fn any_input_is_read_safely(input in "\\PC{0,40}") {
            let _ = TimeZone::parse(&input);
        }
    }
}
