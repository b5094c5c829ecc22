//! A digest in words. Two copies of the same digest: the group's, with
//! numbers only, and the coordinators', which names new, departed and
//! quiet members. Pure: a digest, names and a translator in, text out.

use crate::app::meeting::text::when_with;
use crate::app::poll::text::headline_with;
use crate::domain::digest::{Digest, PollLine};
use crate::domain::Language;
use crate::i18n::{Arg, Translator};
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use std::collections::BTreeMap;

/// Long texts are cut into messages the chat will take.
pub use super::split::split;

/// Who will read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Anyone in the group: numbers, never names.
    Group,
    /// Coordinators (privately, or in their own chat): names too.
    Coordinators,
}

/// The most a digest message takes when no chat is in view (the `kettle
/// digest` command): what every channel Kettle speaks can carry. In a chat,
/// [`crate::app::Turn::say_long`] splits by that chat's own limit.
pub const MESSAGE_LIMIT: usize = crate::domain::Capabilities::RICH.group.comfortable_text();

/// Lists longer than this end with "…and N more".
const LIST_LIMIT: usize = 10;

pub fn render(
    t: &Translator,
    lang: Language,
    digest: &Digest,
    names: &BTreeMap<i64, String>,
    audience: Audience,
) -> String {
    let r = Render { t, lang };
    let mut out = vec![r.heading(digest)];
    if digest.is_quiet() {
        out.push(r.t("digest-quiet-week", &[]));
    }
    out.push(r.members(digest, names, audience));
    out.extend(r.meetings(digest));
    out.extend(r.check_ins(digest));
    out.extend(r.polls(digest));
    if digest.approximate {
        let built = r.date(digest.built_at.date_naive());
        out.push(r.t("digest-approximate", &[("built", built.into())]));
    }
    out.join("\n\n")
}

/// Several communities' digests for one coordinators' chat, as messages
/// that each fit the platform's limit (split between communities, or
/// between lines of one very long digest).
pub fn render_combined(
    t: &Translator,
    lang: Language,
    digests: &[(Digest, BTreeMap<i64, String>)],
) -> Vec<String> {
    let week = digests
        .first()
        .map(|(d, _)| d.week.to_string())
        .unwrap_or_default();
    let heading = t.t(
        lang,
        "digest-combined-heading",
        &[
            ("count", (digests.len() as i64).into()),
            ("week", week.into()),
        ],
    );
    let parts: Vec<String> = std::iter::once(heading)
        .chain(
            digests
                .iter()
                .map(|(d, names)| render(t, lang, d, names, Audience::Coordinators)),
        )
        .collect();
    split(&parts, MESSAGE_LIMIT)
}

struct Render<'a> {
    t: &'a Translator,
    lang: Language,
}

impl Render<'_> {
    fn t(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.t.t(self.lang, id, args)
    }

    fn date(&self, d: NaiveDate) -> String {
        let month = self.t(&format!("month-{}", d.month()), &[]);
        self.t(
            "digest-date",
            &[("day", i64::from(d.day()).into()), ("month", month.into())],
        )
    }

    fn when(&self, starts_local: &str) -> String {
        NaiveDateTime::parse_from_str(starts_local, "%Y-%m-%d %H:%M")
            .map(|local| when_with(self.t, self.lang, local, None))
            .unwrap_or_else(|_| starts_local.to_string())
    }

    fn heading(&self, d: &Digest) -> String {
        let key = if d.complete {
            "digest-heading"
        } else {
            "digest-heading-so-far"
        };
        self.t(
            key,
            &[
                ("group", d.community.as_str().into()),
                ("from", self.date(d.starts_on).into()),
                ("to", self.date(d.ends_on).into()),
                ("week", d.week.to_string().into()),
            ],
        )
    }

    fn members(&self, d: &Digest, names: &BTreeMap<i64, String>, audience: Audience) -> String {
        let m = &d.members;
        let mut lines = vec![self.t(
            "digest-members",
            &[
                ("count", i64::from(m.count).into()),
                ("heard", i64::from(m.heard_this_week).into()),
            ],
        )];
        let named = |ids: &[i64]| {
            let known: Vec<String> = ids.iter().filter_map(|id| names.get(id).cloned()).collect();
            self.capped(known).join(", ")
        };
        // Coordinators see the names they may see; members since forgotten,
        // or quiet ones in sensitive mode, stay a number (`withheld_key`).
        let mut group = |ids: &[i64], names_key: &str, count_key: &str, withheld_key: &str| {
            if ids.is_empty() {
                return;
            }
            let known = named(ids);
            let count = [("count", (ids.len() as i64).into())];
            lines.push(match audience {
                Audience::Coordinators if !known.is_empty() => {
                    self.t(names_key, &[("names", known.into())])
                }
                Audience::Coordinators => self.t(withheld_key, &count),
                Audience::Group => self.t(count_key, &count),
            });
        };
        group(
            &m.joined,
            "digest-joined-names",
            "digest-joined-count",
            "digest-joined-count",
        );
        group(
            &m.left,
            "digest-left-names",
            "digest-left-count",
            "digest-left-count",
        );
        group(
            &m.not_heard,
            "digest-not-heard-names",
            "digest-not-heard-count",
            "digest-not-heard-withheld",
        );
        lines.join("\n")
    }

    fn meetings(&self, d: &Digest) -> Option<String> {
        let m = &d.meetings;
        if m.held.is_empty() && m.cancelled == 0 && m.upcoming.is_empty() {
            return None;
        }
        let mut lines = vec![self.t("digest-meetings", &[])];
        let held = m.held.iter().map(|h| {
            let args = [
                ("title", h.title.as_str().into()),
                ("when", self.when(&h.starts_local).into()),
                ("came", i64::from(h.came.unwrap_or(0)).into()),
                ("going", i64::from(h.going).into()),
                ("both", i64::from(h.came_said_going).into()),
                ("maybe", i64::from(h.maybe).into()),
                ("cant", i64::from(h.cant).into()),
            ];
            let key = match h.came {
                None => "digest-meeting-unmarked",
                Some(_) => "digest-meeting-held",
            };
            self.t(key, &args)
        });
        lines.extend(self.capped(held.collect()));
        if m.cancelled > 0 {
            let count = i64::from(m.cancelled);
            lines.push(self.t("digest-meetings-cancelled", &[("count", count.into())]));
        }
        let upcoming = m.upcoming.iter().map(|u| {
            self.t(
                "digest-upcoming",
                &[
                    ("title", u.title.as_str().into()),
                    ("when", self.when(&u.starts_local).into()),
                    ("going", i64::from(u.going).into()),
                ],
            )
        });
        lines.extend(self.capped(upcoming.collect()));
        Some(lines.join("\n"))
    }

    fn check_ins(&self, d: &Digest) -> Option<String> {
        let c = &d.check_ins;
        if c.total == 0 && c.rounds == 0 {
            return None;
        }
        let mut lines = vec![self.t(
            "digest-checkins",
            &[
                ("total", i64::from(c.total).into()),
                ("rounds", i64::from(c.rounds).into()),
                ("private", i64::from(c.private).into()),
            ],
        )];
        if !c.round_answers.is_empty() {
            let answers: Vec<String> = c.round_answers.iter().map(u32::to_string).collect();
            lines.push(self.t(
                "digest-checkin-rounds",
                &[("answers", answers.join(", ").into())],
            ));
        }
        lines.push(match c.spread {
            Some(s) => {
                let n = |v: u32| Arg::from(i64::from(v));
                let spread = self.t(
                    "checkin-spread",
                    &[
                        ("rough", n(s.rough)),
                        ("low", n(s.low)),
                        ("okay", n(s.okay)),
                        ("good", n(s.good)),
                        ("great", n(s.great)),
                        ("pass", n(s.pass)),
                    ],
                );
                self.t("digest-spread", &[("spread", spread.into())])
            }
            None => self.t("digest-spread-hidden", &[]),
        });
        if c.round_still_open {
            lines.push(self.t("digest-round-open", &[]));
        }
        Some(lines.join("\n"))
    }

    fn polls(&self, d: &Digest) -> Vec<String> {
        let p = &d.polls;
        let mut sections = vec![];
        let turnout = |l: &PollLine| -> [(&str, Arg); 4] {
            [
                ("id", l.poll_id.into()),
                ("question", l.question.as_str().into()),
                ("voted", (l.voted.min(i64::MAX as u64) as i64).into()),
                ("members", (l.members.min(i64::MAX as u64) as i64).into()),
            ]
        };
        let closed_ids: Vec<i64> = p.closed.iter().map(|c| c.poll.poll_id).collect();
        let opened_ids: Vec<i64> = p.opened.iter().map(|o| o.poll_id).collect();
        let mut lines = vec![];
        for c in &p.closed {
            let result = headline_with(self.t, self.lang, &c.result);
            let [id, question, voted, members] = turnout(&c.poll);
            let args = [id, question, voted, members, ("result", result.into())];
            let mut line = self.t("digest-poll-closed", &args);
            if !c.quorum_met {
                line = format!("{line}\n   {}", self.t("digest-poll-no-quorum", &[]));
            }
            lines.push(line);
        }
        for o in p.opened.iter().filter(|o| !closed_ids.contains(&o.poll_id)) {
            lines.push(self.t("digest-poll-opened", &turnout(o)));
        }
        for o in p
            .still_open
            .iter()
            .filter(|o| !opened_ids.contains(&o.poll_id))
        {
            lines.push(self.t("digest-poll-open", &turnout(o)));
        }
        if !lines.is_empty() {
            let mut section = vec![self.t("digest-polls", &[])];
            section.extend(self.capped(lines));
            sections.push(section.join("\n"));
        }
        let mut decided: Vec<String> = p
            .decisions
            .iter()
            .map(|dec| {
                self.t(
                    "digest-decided",
                    &[
                        ("id", dec.poll_id.into()),
                        ("question", dec.question.as_str().into()),
                        ("outcome", dec.outcome.as_str().into()),
                    ],
                )
            })
            .collect();
        decided.extend(p.reviews_due.iter().map(|r| {
            self.t(
                "digest-review",
                &[
                    ("id", r.poll_id.into()),
                    ("question", r.question.as_str().into()),
                    ("when", self.date(r.review_on).into()),
                ],
            )
        }));
        if !decided.is_empty() {
            sections.push(self.capped(decided).join("\n"));
        }
        let finding: Vec<String> = d
            .time_polls
            .iter()
            .map(|tp| {
                self.t(
                    "digest-time-poll",
                    &[
                        ("title", tp.title.as_str().into()),
                        ("answered", i64::from(tp.answered).into()),
                        ("members", i64::from(tp.members).into()),
                    ],
                )
            })
            .collect();
        if !finding.is_empty() {
            sections.push(self.capped(finding).join("\n"));
        }
        sections
    }

    /// At most [`LIST_LIMIT`] items, then "…and N more".
    fn capped(&self, mut items: Vec<String>) -> Vec<String> {
        if items.len() > LIST_LIMIT {
            let more = (items.len() - LIST_LIMIT) as i64;
            items.truncate(LIST_LIMIT);
            items.push(self.t("digest-more", &[("count", more.into())]));
        }
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_digests_are_split_between_parts_then_between_lines() {
        let parts = vec!["a".repeat(6), "b".repeat(6), "c".repeat(3)];
        assert_eq!(
            split(&parts, 11),
            vec!["a".repeat(6), format!("{}\n\nccc", "b".repeat(6))]
        );
        let long = format!("{}\n{}", "x".repeat(8), "y".repeat(8));
        assert_eq!(split(&[long], 10), vec!["x".repeat(8), "y".repeat(8)]);
        let one_line = "z".repeat(25);
        let pieces = split(&[one_line], 10);
        assert!(pieces.iter().all(|p| p.chars().count() <= 10));
        assert_eq!(pieces.concat(), "z".repeat(25));
    }
}
