//! `--log-requests`: one line per request on stderr with the method, the
//! path and the status, never the query (a staff search may be a name).

mod support;

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

#[test]
fn each_request_is_logged_by_method_path_and_status_without_its_query() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_complaint-endpoint"))
        .args(["--port", "0", "--max-seconds", "60", "--log-requests"])
        .env("CW_STAFF_TOKENS", format!("tester:{}", support::TOKEN))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the endpoint binary starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout is piped"))
        .read_line(&mut line)
        .expect("the endpoint prints its address");
    let base = line.trim().trim_start_matches("listening on ").to_string();
    let agent = support::client();
    let (status, _) = support::staff(
        &agent,
        "GET",
        &format!("{base}/api/submissions?q=Anna%20de%20Vries"),
        None,
    );
    assert_eq!(status, 200);
    let (status, _) = support::staff(
        &agent,
        "GET",
        &format!("{base}/api/submissions/CW-NONE"),
        None,
    );
    assert_eq!(status, 404);
    let _ = child.kill();
    let _ = child.wait();
    let mut log = String::new();
    let _ = child
        .stderr
        .take()
        .expect("stderr is piped")
        .read_to_string(&mut log);
    assert!(
        log.lines()
            .any(|l| l.contains("method=GET path=/api/submissions}") && l.contains("status=200")),
        "{log}"
    );
    assert!(
        log.lines()
            .any(|l| l.contains("path=/api/submissions/CW-NONE}") && l.contains("status=404")),
        "{log}"
    );
    assert!(
        !log.contains("Anna") && !log.contains("q="),
        "the query is not logged: {log}"
    );
}
