//! What the integration tests share: endpoint processes on 127.0.0.1 that
//! stop when dropped, an HTTP client, and valid submissions.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

/// The staff token the tests' endpoints accept (as `tester`).
pub const TOKEN: &str = "integration-test-token-0123456789";

/// One `complaint-endpoint` process; killed when dropped.
pub struct Endpoint {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
}

impl Endpoint {
    /// Starts the binary with `args` (on a free port, rate limit off, the
    /// test token, a 5-minute bound) and waits for its `listening on` line.
    pub fn start(args: &[&str]) -> Endpoint {
        let mut child = Command::new(env!("CARGO_BIN_EXE_complaint-endpoint"))
            .args(["--port", "0", "--rate-limit", "0", "--max-seconds", "300"])
            .args(args)
            .env("CW_STAFF_TOKENS", format!("tester:{TOKEN}"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the endpoint binary starts");
        let stdout = child.stdout.take().expect("stdout is piped");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the endpoint prints its address");
        let base = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_string();
        Endpoint { child, base }
    }

    /// Kills the process at once (SIGKILL), as a crash would.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Endpoint {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP client that returns every status instead of failing on 4xx/5xx.
pub fn client() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

/// Sends a submission; returns the status and the JSON answer.
pub fn submit(agent: &ureq::Agent, base: &str, key: &str, body: &Value) -> (u16, Value) {
    let mut res = agent
        .post(&format!("{base}/api/submissions"))
        .header("content-type", "application/json")
        .header("idempotency-key", key)
        .send(body.to_string().as_bytes())
        .expect("the endpoint answers");
    let status = res.status().as_u16();
    let text = res.body_mut().read_to_string().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// A staff request with the test token; returns the status and the body.
pub fn staff(agent: &ureq::Agent, method: &str, url: &str, body: Option<&Value>) -> (u16, String) {
    let auth = format!("Bearer {TOKEN}");
    let res = match (method, body) {
        ("GET", _) => agent.get(url).header("authorization", &auth).call(),
        ("PATCH", Some(b)) => agent
            .patch(url)
            .header("authorization", &auth)
            .header("content-type", "application/json")
            .send(b.to_string().as_bytes()),
        ("DELETE", _) => agent.delete(url).header("authorization", &auth).call(),
        other => panic!("no helper for {other:?}"),
    };
    let mut res = res.expect("the endpoint answers");
    let status = res.status().as_u16();
    (status, res.body_mut().read_to_string().unwrap_or_default())
}

/// The key (and id) of test submission `n`: a valid UUID v4.
pub fn key(n: usize) -> String {
    format!("0b6f2c1e-9d3a-4f5b-8c7d-{n:012x}")
}

/// A valid complaint with id `key`.
pub fn submission(key: &str) -> Value {
    json!({
        "schema": "complaint-widget/v1", "id": key, "createdAt": "2026-11-22T10:00:00.000Z",
        "kind": "complaint", "contactedBefore": false, "locale": "nl", "market": "NL",
        "fields": {
            "complaint_category": "refund",
            "what_went_wrong": "Refund missing",
            "wanted_outcome": "Pay it back"
        },
        "contact": { "name": "Anna", "email": "anna@example.nl" }
    })
}

/// The PostgreSQL URL under test, with a fresh schema, if
/// `CW_TEST_DATABASE` names PostgreSQL.
pub fn postgres() -> Option<String> {
    let url = std::env::var("CW_TEST_DATABASE").ok()?;
    if !url.starts_with("postgres") {
        return None;
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    Some(
        rt.block_on(complaint_endpoint::testing::fresh_database())
            .expect("a fresh schema"),
    )
}

/// A path for a SQLite file in a fresh temporary directory.
pub fn sqlite_file(name: &str) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!(
        "cw-it-{}-{name}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let file = dir.join("endpoint.sqlite");
    let path = file.to_string_lossy().into_owned();
    (dir, path)
}
