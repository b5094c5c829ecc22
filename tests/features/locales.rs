//! Every shipped language says everything English says, with the same
//! variables, so no reader ever sees a raw key or a missing name.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use kettle::i18n::{Translator, SOURCES};
use std::collections::{BTreeMap, BTreeSet};

type Shape = BTreeMap<String, BTreeSet<String>>;

fn shape(source: &str) -> Shape {
    let resource =
        fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    let mut out = Shape::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                walk_pattern(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn walk_pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars);
        }
    }
}

fn walk_expression(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(inline) => walk_inline(inline, vars),
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars);
            for v in variants {
                walk_pattern(&v.value, vars);
            }
        }
    }
}

fn walk_inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(format!("${}", id.name));
        }
        InlineExpression::MessageReference { id, .. } => {
            vars.insert(format!("@{}", id.name));
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = shape(SOURCES[0].1);
    assert!(english.len() > 20, "English is the source of every message");
    for (lang, source) in &SOURCES[1..] {
        let other = shape(source);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
        for (key, vars) in &english {
            assert_eq!(
                &other[key], vars,
                "{lang}: message {key} uses different variables"
            );
        }
    }
}

#[test]
fn every_message_formats_cleanly_in_every_language() {
    let t = Translator::load().expect("locales load");
    let english = shape(SOURCES[0].1);
    for (lang, _) in SOURCES {
        for (key, vars) in &english {
            // A referenced message sees the caller's variables, so pass those too.
            let mut all = vars.clone();
            for r in vars.iter().filter_map(|v| v.strip_prefix('@')) {
                all.extend(english[r].iter().cloned());
            }
            let args: Vec<(&str, kettle::i18n::Arg)> = all
                .iter()
                .filter_map(|v| v.strip_prefix('$'))
                .map(|v| (v, kettle::i18n::Arg::Number(3)))
                .collect();
            let text = t.t(lang, key, &args);
            assert!(!text.is_empty() && text != *key, "{lang} {key}");
            assert!(
                !text.contains('{'),
                "{lang} {key}: unresolved placeholder in {text:?}"
            );
        }
    }
}

/// Seen from outside: "☕ 1 check-ins". Wherever English puts a number
/// before a noun, the noun follows Fluent's plural rules.
#[test]
fn one_of_anything_is_singular_in_english() {
    use kettle::domain::Language;
    use kettle::i18n::Arg;
    let t = Translator::load().expect("locales load");
    let one = |key: &str, vars: &[&'static str]| {
        let args: Vec<(&str, Arg)> = vars.iter().map(|v| (*v, Arg::Number(1))).collect();
        t.t(Language::En, key, &args)
    };
    let cases = [
        (
            "digest-checkins",
            vec!["total", "rounds", "private"],
            "☕ 1 check-in: 1 round and 1 private.",
        ),
        (
            "digest-members",
            vec!["count", "heard"],
            "👥 1 member · 1 heard from this week",
        ),
        (
            "poll-rule-quorum",
            vec!["needed", "members"],
            "Quorum: at least 1 of 1 member must vote.",
        ),
        (
            "poll-budget-min-projects",
            vec!["count"],
            "Choose at least 1 project.",
        ),
        (
            "checkin-keep-set",
            vec!["days"],
            "Check-in words will be deleted after 1 day. The counts stay.",
        ),
    ];
    for (key, vars, expected) in cases {
        assert_eq!(one(key, &vars), expected, "{key}");
    }
}

/// Every message id the code names exists in every language: a mistyped id
/// would otherwise show the reader a raw key. Ids are the literals shaped
/// like one (`poll-closed`); ids built with `format!("weekday-{n}")` are
/// checked as families (some `weekday-…` exists everywhere).
#[test]
fn every_message_id_used_in_code_exists_in_every_language() {
    // Literals shaped like ids that are not messages.
    const NOT_IDS: [&str; 15] = [
        "api-very-secret",
        "app-secret",
        "digest-bench-year",
        "hmac-very-secret",
        "kettle-bench",
        "my-secret-key",
        "no-such-key",
        "other-key",
        "verify-me",
        "very-secret",
        "whatsapp-cloud",
        "x-hub-signature-256",
        "x-telegram-bot-api-secret-token",
        "x-webhook-hmac",
        "x-webhook-hmac-algorithm",
    ];
    let id = regex::Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
    let family = regex::Regex::new(r#"format!\("([a-z][a-z0-9-]*-)\{"#).unwrap();
    let mut used = BTreeSet::new();
    let mut families = BTreeSet::new();
    for file in rust_files(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))) {
        let code = std::fs::read_to_string(&file).unwrap();
        used.extend(id.captures_iter(&code).map(|c| c[1].to_string()));
        for line in code.lines().filter(|l| l.contains("t(")) {
            families.extend(family.captures_iter(line).map(|c| c[1].to_string()));
        }
    }
    used.retain(|u| !NOT_IDS.contains(&u.as_str()));
    assert!(
        used.len() > 300,
        "the scan found the code's ids ({})",
        used.len()
    );
    for (lang, source) in SOURCES {
        let keys = shape(source);
        let missing: Vec<&String> = used.iter().filter(|u| !keys.contains_key(*u)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        for prefix in &families {
            assert!(
                keys.keys().any(|k| k.starts_with(prefix.as_str())),
                "{lang:?} has no {prefix}… message"
            );
        }
    }
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}
