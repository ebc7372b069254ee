//! Webhooks lose nothing: a receiver that fails its first 5 requests still
//! gets every event (3 new submissions, 1 status change) exactly once, with
//! a valid signature, although the endpoint is killed in the middle and a
//! new process takes over the same database (a SQLite file, or PostgreSQL
//! when `CW_TEST_DATABASE` names it, where two new processes share it).

mod support;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use complaint_endpoint::webhook::signature;
use serde_json::{json, Value};
use support::*;

const SECRET: &str = "whsec_integration_test";
const FAILURES: usize = 5;

/// What the receiver saw: every request's event id and whether it was
/// accepted (2xx), and any request whose signature did not check out.
#[derive(Default)]
struct Seen {
    requests: Vec<(String, bool)>,
    accepted: Vec<Value>,
    bad_signatures: Vec<String>,
}

/// A receiver on 127.0.0.1 that answers 500 to its first `FAILURES`
/// requests and 204 after that. Runs until the test process ends.
fn receiver() -> (String, Arc<Mutex<Seen>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Seen::default()));
    let shared = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(1000) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut headers = HashMap::new();
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            loop {
                line.clear();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                if let Some((k, v)) = line.split_once(':') {
                    headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
                }
            }
            let length: usize = headers
                .get("content-length")
                .and_then(|l| l.parse().ok())
                .unwrap_or(0);
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let body = String::from_utf8_lossy(&body).into_owned();
            let id = headers
                .get("complaint-event-id")
                .cloned()
                .unwrap_or_default();
            let mut seen = shared.lock().unwrap();
            let accept = seen.requests.len() >= FAILURES;
            let signed = headers
                .get("complaint-signature")
                .cloned()
                .unwrap_or_default();
            let t: i64 = signed
                .split(',')
                .find_map(|p| p.strip_prefix("t="))
                .and_then(|t| t.parse().ok())
                .unwrap_or(0);
            if signature(SECRET, t, &body) != signed {
                seen.bad_signatures.push(id.clone());
            }
            seen.requests.push((id, accept));
            if accept {
                seen.accepted
                    .push(serde_json::from_str(&body).unwrap_or(Value::Null));
            }
            drop(seen);
            let status = if accept {
                "204 No Content"
            } else {
                "500 Internal Server Error"
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
            );
        }
    });
    (url, seen)
}

fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    done()
}

#[test]
fn every_event_arrives_exactly_once_across_failures_and_a_restart() {
    let (url, seen) = receiver();
    let (dir, file) = sqlite_file("webhooks");
    let database = postgres().unwrap_or(file);
    let args = [
        "--database",
        &database,
        "--webhook",
        &url,
        "--webhook-secret",
        SECRET,
        // Two seconds before the first retry: the process is killed inside
        // them (wide enough for a loaded machine).
        "--webhook-retry-ms",
        "2000",
    ];
    let first = Endpoint::start(&args);
    let agent = client();
    let mut references = Vec::new();
    for n in 0..3 {
        let (status, body) = submit(&agent, &first.base, &key(n), &submission(&key(n)));
        assert_eq!(status, 201, "{body}");
        references.push(body["reference"].as_str().unwrap().to_string());
    }
    let (status, text) = staff(
        &agent,
        "PATCH",
        &format!("{}/api/submissions/{}", first.base, references[0]),
        Some(&json!({"status": "in_progress"})),
    );
    assert_eq!(status, 200, "{text}");

    // The four events' first attempts all fail; while they wait for their
    // retry, the process dies.
    assert!(
        wait_until(Duration::from_secs(20), || seen
            .lock()
            .unwrap()
            .requests
            .len()
            >= 4),
        "the first attempts never came"
    );
    std::thread::sleep(Duration::from_millis(300));
    first.kill();
    let before = seen.lock().unwrap().requests.len();

    // On PostgreSQL two processes take over together: neither sends an
    // event the other is sending.
    let second = Endpoint::start(&args);
    let third = database
        .starts_with("postgres")
        .then(|| Endpoint::start(&args));
    let delivered = wait_until(Duration::from_secs(30), || {
        seen.lock().unwrap().accepted.len() >= 4
    });
    // Time for a duplicate to show up, if there were one.
    std::thread::sleep(Duration::from_millis(1500));
    drop(second);
    drop(third);

    let seen = seen.lock().unwrap();
    assert!(delivered, "not every event arrived: {:?}", seen.requests);
    assert!(
        (4..=FAILURES).contains(&before),
        "{before} requests before the restart"
    );
    assert!(seen.bad_signatures.is_empty(), "{:?}", seen.bad_signatures);
    let mut ids: Vec<&str> = seen
        .accepted
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(
        ids.len(),
        4,
        "an event was accepted twice: {:?}",
        seen.requests
    );
    assert_eq!(seen.accepted.len(), 4, "{:?}", seen.requests);
    let failed = seen.requests.iter().filter(|(_, ok)| !ok).count();
    assert_eq!(failed, FAILURES);
    let mut created: Vec<&str> = seen
        .accepted
        .iter()
        .filter(|e| e["type"] == "submission.created")
        .map(|e| e["data"]["reference"].as_str().unwrap())
        .collect();
    created.sort();
    assert_eq!(
        created,
        references.iter().map(String::as_str).collect::<Vec<_>>()
    );
    let changed: Vec<&Value> = seen
        .accepted
        .iter()
        .filter(|e| e["type"] == "submission.status_changed")
        .collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(
        changed[0]["data"],
        json!({"reference": references[0], "from": "new", "to": "in_progress", "actor": "tester"})
    );
    let _ = std::fs::remove_dir_all(dir);
}
