//! A database made by the endpoint before versioned migrations (the
//! schema below is the one it created then, copied as it was) is migrated
//! at start and keeps its rows: they get due dates, a history, and can be
//! triaged; their keys still answer with their references.

mod support;

use rusqlite::{params, Connection};
use serde_json::json;
use support::*;

/// The only table the endpoint made before migrations existed.
const SCHEMA_BEFORE_MIGRATIONS: &str = "PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS submissions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  reference TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);";

#[test]
fn a_database_from_before_migrations_is_migrated_and_keeps_its_rows() {
    let (dir, file) = sqlite_file("migrations");
    {
        let conn = Connection::open(&file).unwrap();
        conn.execute_batch(SCHEMA_BEFORE_MIGRATIONS).unwrap();
        for (n, market, received_at) in [
            (1, "NL", "2020-03-02T09:00:00.000Z"),
            (2, "FR", "2020-03-02T09:00:00.000Z"),
        ] {
            let key = key(n);
            let mut body = submission(&key);
            body["market"] = json!(market);
            conn.execute(
                "INSERT INTO submissions (idempotency_key, reference, kind, body, received_at)
                 VALUES (?1, ?2, 'complaint', ?3, ?4)",
                params![
                    key,
                    format!("CW-0B6F-{n:04}"),
                    body.to_string(),
                    received_at
                ],
            )
            .unwrap();
        }
    }

    let endpoint = Endpoint::start(&["--db", &file]);
    let agent = client();
    let (status, list) = staff(
        &agent,
        "GET",
        &format!("{}/api/submissions", endpoint.base),
        None,
    );
    assert_eq!(status, 200, "{list}");
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    // Due 14 days after arrival in the Netherlands, 20 working days in
    // France; both long past, so overdue.
    let due: Vec<(&str, &str, bool)> = items
        .iter()
        .map(|i| {
            (
                i["reference"].as_str().unwrap(),
                i["due"].as_str().unwrap(),
                i["overdue"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        due,
        [
            ("CW-0B6F-0001", "2020-03-16", true),
            ("CW-0B6F-0002", "2020-03-30", true)
        ]
    );
    let (status, record) = staff(
        &agent,
        "GET",
        &format!("{}/api/submissions/CW-0B6F-0002", endpoint.base),
        None,
    );
    assert_eq!(status, 200);
    let record: serde_json::Value = serde_json::from_str(&record).unwrap();
    assert_eq!(record["history"][0]["action"], "created");
    assert_eq!(record["history"][0]["at"], "2020-03-02T09:00:00.000Z");
    assert_eq!(record["submission"]["market"], "FR");

    // An old key still answers with its reference; a reused one is refused.
    let (status, body) = submit(&agent, &endpoint.base, &key(1), &submission(&key(1)));
    assert_eq!(
        (status, body["reference"].as_str()),
        (200, Some("CW-0B6F-0001"))
    );
    let mut other = submission(&key(1));
    other["fields"]["wanted_outcome"] = json!("Something else");
    let (status, _) = submit(&agent, &endpoint.base, &key(1), &other);
    assert_eq!(status, 422);
    // New rows continue the numbering.
    let (status, body) = submit(&agent, &endpoint.base, &key(3), &submission(&key(3)));
    assert_eq!(
        (status, body["reference"].as_str()),
        (201, Some("CW-0B6F-0003"))
    );
    let (status, _) = staff(
        &agent,
        "PATCH",
        &format!("{}/api/submissions/CW-0B6F-0001", endpoint.base),
        Some(&json!({"status": "answered"})),
    );
    assert_eq!(status, 200);
    drop(endpoint);

    let conn = Connection::open(&file).unwrap();
    let versions: Vec<i64> = conn
        .prepare("SELECT version FROM schema_migrations ORDER BY version")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(versions, [1, 2, 3]);
    // A second start finds nothing to do and changes nothing.
    drop(conn);
    let again = Endpoint::start(&["--db", &file]);
    let (_, list) = staff(
        &agent,
        "GET",
        &format!("{}/api/submissions", again.base),
        None,
    );
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 3);
    drop(again);
    let _ = std::fs::remove_dir_all(dir);
}
