//! `/forget` through the real binary, on both databases: a member takes
//! part in everything for a week, asks to be forgotten, and then every
//! table and column is searched for them.

use crate::support::{count, TestDb, BACKENDS};
use kettle::store::Store;
use serde_json::Value;

const LIFE: &str = include_str!("../console/forget_life.script");
/// A console reopened on its database starts its clock afresh: the day
/// after her week, she asks.
const FORGET: &str = ":clock 2026-01-13 10:00\nzephyrine (dm): /forget\n:clock +10s\n\
                      zephyrine (dm): /forget confirm\n:clock +10s\n";

/// What identifies her: her chat account (also her name in the console)
/// and the words she wrote.
const NEEDLES: [&str; 3] = ["zephyrine", "lantern moth", "nightjar reasons"];

/// Columns that hold a person's id.
const PERSON_COLUMNS: [&str; 7] = [
    "person_id",
    "creator_id",
    "organiser_id",
    "opened_by",
    "created_by",
    "outcome_by",
    "send_to_by",
];

#[tokio::test]
async fn a_member_who_asks_to_be_forgotten_leaves_no_trace_in_any_table() {
    for backend in BACKENDS {
        let db = TestDb::of(backend).await;
        let lived = super::console::run_as(LIFE.as_bytes(), Some(&db.url), "telegram");
        assert!(lived.contains("lantern moth quietly"), "{lived}");
        let store = db.store().await;
        let id = count(
            &store,
            "SELECT id FROM people WHERE platform_user_id = 'zephyrine'",
        )
        .await;
        let before = traces(&store, id).await;
        for table in [
            "people",
            "memberships",
            "checkin_answers",
            "poll_voters",
            "meeting_rsvps",
            "time_poll_answers",
            "outbox",
            "polls",
            "person_quiet_hours",
            "member_weeks",
        ] {
            assert!(
                before.iter().any(|t| t.starts_with(&format!("{table}."))),
                "{backend}: the search must see her in {table} first: {before:#?}"
            );
        }
        let closed_before = voted(&store, 1).await;
        let mine = my_data_file(&store).await;
        assert_eq!(mine["identity"]["time_zone"], "Europe/Warsaw", "{mine:#}");
        assert_eq!(mine["identity"]["quiet_hours"], "22:00-07:00", "{mine:#}");
        assert_eq!(mine["check_ins"][0]["words"], "lantern moth quietly");
        assert_eq!(mine["check_ins"][0]["who_may_see"], "coordinators");
        let votes = mine["votes"]["polls"].as_array().unwrap();
        assert!(
            votes
                .iter()
                .any(|v| v["reason"] == "nightjar reasons of mine"),
            "{mine:#}"
        );
        assert_eq!(mine["meetings"]["answers"][0]["answer"], "going");
        assert_eq!(
            mine["meetings"]["agenda_items"][0]["item"],
            "Bins rota for the winter"
        );
        assert_eq!(
            mine["created"]["polls"][0]["what"],
            "Plants on the balconies?"
        );
        assert!(mine["not_included"]
            .as_str()
            .unwrap()
            .contains("Anonymous votes"));

        let out = super::console::run_as(FORGET.as_bytes(), Some(&db.url), "telegram");
        assert!(out.contains("This erases you from Kettle"), "{out}");
        assert!(out.contains("Done: I've forgotten you."), "{out}");

        let after = traces(&store, id).await;
        assert!(after.is_empty(), "{backend}: still holds her: {after:#?}");
        assert_eq!(
            voted(&store, 1).await,
            closed_before,
            "{backend}: a closed poll keeps its turnout"
        );
        assert_eq!(
            count(
                &store,
                "SELECT COUNT(*) FROM poll_ballots WHERE poll_id = 1"
            )
            .await,
            1,
            "{backend}: her closed named vote still counts, anonymously"
        );
        assert_eq!(
            count(&store, "SELECT COUNT(*) FROM checkin_answers").await,
            1,
            "{backend}: her check-in still counts, without her"
        );
    }
}

/// The `/mydata` file she was sent (the console keeps what it showed).
async fn my_data_file(store: &Store) -> Value {
    let sql = "SELECT CAST(payload AS TEXT) FROM outbox WHERE chat_id = 'dm:zephyrine' \
               AND CAST(payload AS TEXT) LIKE '%kettle_my_data%'";
    let payload = crate::support::strings(store, sql)
        .await
        .pop()
        .expect("a file");
    let payload: Value = serde_json::from_str(&payload).unwrap();
    let bytes: Vec<u8> = serde_json::from_value(payload["file"]["bytes"].clone()).unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

/// How many voted in a poll, as results count them.
async fn voted(store: &Store, poll: i64) -> i64 {
    count(
        store,
        &format!(
            "SELECT COUNT(*) + (SELECT forgotten_voters FROM polls WHERE id = {poll}) \
             FROM poll_voters WHERE poll_id = {poll}"
        ),
    )
    .await
}

/// Every `table.column` that still holds her: her name or words as text,
/// her id in a person column, or her id inside a JSON action, job or
/// digest member list.
async fn traces(store: &Store, id: i64) -> Vec<String> {
    let mut found = vec![];
    for (table, column) in columns(store).await {
        let text = format!("LOWER(CAST({column} AS TEXT))");
        let like = NEEDLES
            .iter()
            .map(|n| format!("{text} LIKE '%{n}%'"))
            .collect::<Vec<_>>()
            .join(" OR ");
        if count(store, &format!("SELECT COUNT(*) FROM {table} WHERE {like}")).await > 0 {
            found.push(format!("{table}.{column} (text)"));
        }
        if PERSON_COLUMNS.contains(&column.as_str())
            && count(
                store,
                &format!("SELECT COUNT(*) FROM {table} WHERE {column} = {id}"),
            )
            .await
                > 0
        {
            found.push(format!("{table}.{column} (id)"));
        }
        if ["action", "payload", "digest"].contains(&column.as_str()) {
            let sql = format!("SELECT CAST({column} AS TEXT) FROM {table}");
            for json in crate::support::strings(store, &sql).await {
                let value: Value = serde_json::from_str(&json).unwrap_or(Value::Null);
                if names_person(&value, id) {
                    found.push(format!("{table}.{column} (json)"));
                }
            }
        }
    }
    found
}

fn names_person(v: &Value, id: i64) -> bool {
    let member_lists = ["joined", "left", "not_heard"];
    match v {
        Value::Object(map) => map.iter().any(|(k, v)| {
            (k == "person_id" && v.as_i64() == Some(id))
                || (member_lists.contains(&k.as_str())
                    && v.as_array()
                        .is_some_and(|a| a.iter().any(|x| x.as_i64() == Some(id))))
                || names_person(v, id)
        }),
        Value::Array(items) => items.iter().any(|x| names_person(x, id)),
        _ => false,
    }
}

/// Every column of every table Kettle made.
async fn columns(store: &Store) -> Vec<(String, String)> {
    let rows: Vec<(String, String)> = match store {
        Store::Postgres(p) => sqlx::query_as(
            "SELECT c.table_name::text, c.column_name::text FROM information_schema.columns c \
             JOIN information_schema.tables t ON t.table_name = c.table_name \
             AND t.table_schema = c.table_schema \
             WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' \
             AND c.table_name NOT LIKE '\\_sqlx%'",
        )
        .fetch_all(p)
        .await
        .unwrap(),
        Store::Sqlite(p) => sqlx::query_as(
            "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
             AND m.name NOT LIKE '\\_sqlx%' ESCAPE '\\'",
        )
        .fetch_all(p)
        .await
        .unwrap(),
    };
    assert!(rows.len() > 100, "every table's columns: {}", rows.len());
    rows
}
