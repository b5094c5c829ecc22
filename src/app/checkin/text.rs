//! How check-ins read, in each language. Only what the domain's views allow
//! reaches these functions: the group text never sees a hidden name.

use crate::app::Turn;
use crate::domain::checkin::{Answer, CoordinatorBrief, GroupView, Spread, Visibility};
use crate::domain::Language;
use crate::store::{CommunityRecord, RoundRecord};
use chrono::{DateTime, Utc};

pub fn answer(turn: &Turn<'_>, lang: Language, a: Answer) -> String {
    turn.t(lang, &format!("checkin-answer-{}", a.as_str()), &[])
}

pub fn visibility(turn: &Turn<'_>, lang: Language, v: Visibility) -> String {
    turn.t(lang, &format!("checkin-visibility-{}", v.as_str()), &[])
}

pub fn question(turn: &Turn<'_>, lang: Language, round: &RoundRecord) -> String {
    round
        .question
        .clone()
        .unwrap_or_else(|| turn.t(lang, "checkin-default-question", &[]))
}

/// A time in the community's zone: `19:30`, or with its date when it is
/// not within the next day.
pub fn local_time(turn: &Turn<'_>, community: &CommunityRecord, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&community.time_zone.tz());
    if at - turn.now < chrono::Duration::hours(20) {
        local.format("%H:%M").to_string()
    } else {
        local.format("%Y-%m-%d %H:%M").to_string()
    }
}

pub fn spread(turn: &Turn<'_>, lang: Language, s: Option<Spread>) -> String {
    match s {
        None => turn.t(lang, "checkin-spread-hidden", &[]),
        Some(s) => {
            let mut args: Vec<(&str, crate::i18n::Arg)> = crate::domain::checkin::Mood::ALL
                .iter()
                .map(|m| {
                    let key = Answer::Mood(*m).as_str();
                    (key, i64::from(s.count(*m)).into())
                })
                .collect();
            args.push(("pass", i64::from(s.passes).into()));
            turn.t(lang, "checkin-spread", &args)
        }
    }
}

/// The group message while a round is open (and once it has closed).
pub fn round(
    turn: &Turn<'_>,
    lang: Language,
    community: &CommunityRecord,
    round: &RoundRecord,
    view: &GroupView,
) -> String {
    let q = question(turn, lang, round);
    let head = if round.times.is_open(turn.now) {
        let key = match turn.by_number(&community.chat()) {
            true => "checkin-round-by-number",
            false => "checkin-round",
        };
        turn.t(
            lang,
            key,
            &[
                ("question", q.into()),
                (
                    "until",
                    local_time(turn, community, round.times.closes_at).into(),
                ),
                (
                    "visibility",
                    visibility(turn, lang, community.checkin_visibility).into(),
                ),
            ],
        )
    } else {
        turn.t(lang, "checkin-round-closed", &[("question", q.into())])
    };
    format!("{head}\n\n{}", body(turn, lang, view))
}

/// The summary posted when a round closes.
pub fn summary(turn: &Turn<'_>, lang: Language, round: &RoundRecord, view: &GroupView) -> String {
    let q = question(turn, lang, round);
    format!(
        "{}\n\n{}",
        turn.t(lang, "checkin-summary", &[("question", q.into())]),
        body(turn, lang, view)
    )
}

/// Counts, the spread when safe, and shared answers with their words.
fn body(turn: &Turn<'_>, lang: Language, view: &GroupView) -> String {
    let mut lines = vec![
        turn.t(
            lang,
            "checkin-progress",
            &[
                ("checked", i64::from(view.checked_in).into()),
                ("missing", i64::from(view.not_heard).into()),
            ],
        ),
        spread(turn, lang, view.spread),
    ];
    if !view.shared.is_empty() {
        lines.push(turn.t(lang, "checkin-shared-heading", &[]));
        for (name, a, words) in &view.shared {
            lines.push(line(name, &answer(turn, lang, *a), words.as_deref()));
        }
    }
    lines.join("\n")
}

fn line(name: &str, answer: &str, words: Option<&str>) -> String {
    match words {
        Some(w) => format!("• {name}: {answer} — “{w}”"),
        None => format!("• {name}: {answer}"),
    }
}

/// The coordinators' private brief at close.
pub fn brief(
    turn: &Turn<'_>,
    lang: Language,
    community: &CommunityRecord,
    round: &RoundRecord,
    brief: &CoordinatorBrief,
    unmet: i64,
) -> String {
    let q = question(turn, lang, round);
    let mut lines = vec![turn.t(
        lang,
        "checkin-brief-heading",
        &[
            ("title", community.title.as_str().into()),
            ("question", q.into()),
        ],
    )];
    if brief.not_heard.is_empty() && unmet == 0 {
        lines.push(turn.t(lang, "checkin-brief-everyone", &[]));
    }
    if !brief.not_heard.is_empty() {
        lines.push(turn.t(
            lang,
            "checkin-brief-missing",
            &[
                ("count", (brief.not_heard.len() as i64).into()),
                ("names", brief.not_heard.join(", ").into()),
            ],
        ));
    }
    if unmet > 0 {
        lines.push(turn.t(lang, "checkin-brief-unmet", &[("count", unmet.into())]));
    }
    if !brief.rough.is_empty() {
        lines.push(String::new());
        lines.push(turn.t(lang, "checkin-brief-rough", &[]));
        let rough = answer(
            turn,
            lang,
            Answer::Mood(crate::domain::checkin::Mood::Rough),
        );
        for (name, words) in &brief.rough {
            lines.push(line(name, &rough, words.as_deref()));
        }
    }
    if !brief.words.is_empty() {
        lines.push(String::new());
        lines.push(turn.t(lang, "checkin-brief-words", &[]));
        let anonymous = turn.t(lang, "checkin-anonymous", &[]);
        for (name, a, words) in &brief.words {
            let name = name.as_deref().unwrap_or(&anonymous);
            lines.push(line(name, &answer(turn, lang, *a), Some(words)));
        }
    }
    lines.join("\n")
}
