//! Reading `/outcome`: which poll, what was decided, and when to look at
//! it again.

/// `/outcome [#12] What was decided | review 3 months`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeCommand {
    pub number: Option<i64>,
    pub text: String,
    /// When to look at it again, as typed: a date or a span of time.
    pub review: Option<String>,
}

/// The longest outcome kept, in characters.
pub const MAX_OUTCOME: usize = 500;

impl OutcomeCommand {
    /// `None` when there is no text to record.
    pub fn parse(args: Option<&str>) -> Option<OutcomeCommand> {
        let args = args?.trim();
        let (number, rest) = match args.strip_prefix('#') {
            Some(after) => {
                let (n, rest) = after.split_once(char::is_whitespace)?;
                (Some(n.parse().ok()?), rest.trim())
            }
            None => (None, args),
        };
        let (text, review) = match rest.rsplit_once('|') {
            Some((text, tail)) => {
                let tail = tail.trim();
                let lower = tail.to_lowercase();
                match lower.strip_prefix("review") {
                    Some(_) => (
                        text.trim(),
                        Some(tail.get("review".len()..).unwrap_or("").trim().to_string()),
                    ),
                    None => (rest, None),
                }
            }
            None => (rest, None),
        };
        let text: String = text.chars().take(MAX_OUTCOME).collect();
        (!text.is_empty()).then_some(OutcomeCommand {
            number,
            text,
            review: review.filter(|r| !r.is_empty()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_outcome_names_its_poll_and_review_if_it_likes() {
        let o = OutcomeCommand::parse(Some("#12 We fund the lights | review 3 months")).unwrap();
        assert_eq!(o.number, Some(12));
        assert_eq!(o.text, "We fund the lights");
        assert_eq!(o.review.as_deref(), Some("3 months"));
        let o = OutcomeCommand::parse(Some("Ask the council | about bins")).unwrap();
        assert_eq!(o.text, "Ask the council | about bins");
        assert_eq!(o.review, None);
        assert_eq!(OutcomeCommand::parse(Some("  ")), None);
        assert_eq!(OutcomeCommand::parse(None), None);
    }

    proptest! {
        #[test]
        fn any_outcome_text_is_read_safely(text in "\\PC{0,120}") {
            let _ = OutcomeCommand::parse(Some(&text));
        }
    }
}
