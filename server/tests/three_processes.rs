//! Three endpoint processes on one PostgreSQL database: 1,000 submissions
//! sent round-robin, every key three times at once to three different
//! processes, leave exactly one row per key, and every answer for a key
//! names the same reference. Runs when `CW_TEST_DATABASE` is a
//! `postgres://` URL (scripts/test sets it); otherwise it says it skipped.

mod support;

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::Instant;

use serde_json::Value;
use support::*;

const SUBMISSIONS: usize = 1000;
const WORKERS: usize = 16;

/// Three endpoint processes on the database `CW_TEST_DATABASE` names, or
/// `None` (and a line saying the test skipped) when it names none.
fn three_on_postgres() -> Option<Vec<Endpoint>> {
    let Some(url) = postgres() else {
        eprintln!("skipped: CW_TEST_DATABASE is not a postgres:// URL");
        return None;
    };
    Some(
        (0..3)
            .map(|_| Endpoint::start(&["--database", &url]))
            .collect(),
    )
}

#[test]
fn three_processes_on_one_postgres_store_each_key_once() {
    let Some(endpoints) = three_on_postgres() else {
        return;
    };
    let bases: Vec<String> = endpoints.iter().map(|e| e.base.clone()).collect();
    let started = Instant::now();
    let answers: Mutex<Vec<(usize, u16, Value)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for w in 0..WORKERS {
            let (bases, answers) = (&bases, &answers);
            s.spawn(move || {
                let agent = client();
                for n in (w..SUBMISSIONS).step_by(WORKERS) {
                    let key = key(n);
                    let body = submission(&key);
                    // The same key to all three processes at once, starting
                    // with a different one each time (round-robin).
                    let got: Vec<(u16, Value)> = std::thread::scope(|s| {
                        let sends: Vec<_> = (0..3)
                            .map(|i| {
                                let (agent, key, body) = (&agent, &key, &body);
                                let base = &bases[(n + i) % 3];
                                s.spawn(move || submit(agent, base, key, body))
                            })
                            .collect();
                        sends.into_iter().map(|h| h.join().unwrap()).collect()
                    });
                    let mut all = answers.lock().unwrap();
                    all.extend(got.into_iter().map(|(st, v)| (n, st, v)));
                }
            });
        }
    });
    let sent = started.elapsed();

    let answers = answers.into_inner().unwrap();
    assert_eq!(answers.len(), SUBMISSIONS * 3);
    let mut by_key: HashMap<usize, Vec<(u16, String)>> = HashMap::new();
    for (n, status, body) in &answers {
        let reference = body["reference"].as_str().unwrap_or_default().to_string();
        by_key.entry(*n).or_default().push((*status, reference));
    }
    let mut wrong = Vec::new();
    for (n, got) in &by_key {
        let created = got.iter().filter(|(s, _)| *s == 201).count();
        let repeated = got.iter().filter(|(s, _)| *s == 200).count();
        let refs: HashSet<&String> = got.iter().map(|(_, r)| r).collect();
        if created != 1 || repeated != 2 || refs.len() != 1 || got[0].1.is_empty() {
            wrong.push(format!("key {n}: {got:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} keys went wrong: {:#?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );

    // Exactly one row per key, read back through the staff export.
    let (status, ndjson) = staff(
        &client(),
        "GET",
        &format!("{}/api/submissions/export?format=ndjson", bases[1]),
        None,
    );
    assert_eq!(status, 200);
    let mut rows_per_key: HashMap<String, usize> = HashMap::new();
    let mut references = HashSet::new();
    for line in ndjson.lines() {
        let record: Value = serde_json::from_str(line).unwrap();
        *rows_per_key
            .entry(record["submission"]["id"].as_str().unwrap().to_string())
            .or_default() += 1;
        references.insert(record["reference"].as_str().unwrap().to_string());
    }
    assert_eq!(rows_per_key.len(), SUBMISSIONS);
    assert!(rows_per_key.values().all(|&c| c == 1));
    let answered: HashSet<String> = by_key.values().map(|g| g[0].1.clone()).collect();
    assert_eq!(references, answered);
    eprintln!(
        "three processes: {} requests for {SUBMISSIONS} keys in {:.1} s",
        SUBMISSIONS * 3,
        sent.as_secs_f64()
    );
}

/// Files are in the database, so a submission with a file sent to two
/// processes at once is stored once, and any process serves the file.
#[test]
fn a_file_sent_to_one_process_is_served_by_the_others() {
    use sha2::Digest;
    let Some(endpoints) = three_on_postgres() else {
        return;
    };
    let key = key(5000);
    let mut photo = vec![0xFF, 0xD8, 0xFF, 0xE0];
    photo.extend((0..100_000u32).map(|i| (i * 13 % 256) as u8));
    let mut doc = submission(&key);
    doc["schema"] = "complaint-widget/v2".into();
    doc["attachments"] = serde_json::json!([{
        "part": "file0", "name": "photo.jpg", "type": "image/jpeg",
        "bytes": photo.len(),
        "sha256": hex(&sha2::Sha256::digest(&photo)),
    }]);
    let boundary = "cw-three-processes-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"submission\"; filename=\"blob\"\r\n\
Content-Type: application/json\r\n\r\n{doc}\r\n--{boundary}\r\n\
Content-Disposition: form-data; name=\"file0\"; filename=\"photo.jpg\"\r\n\
Content-Type: image/jpeg\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&photo);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let statuses: Vec<(u16, String)> = std::thread::scope(|s| {
        let sends: Vec<_> = endpoints[..2]
            .iter()
            .map(|e| {
                let (base, body, key) = (&e.base, &body, &key);
                s.spawn(move || {
                    let mut res = client()
                        .post(&format!("{base}/api/submissions"))
                        .header(
                            "content-type",
                            &format!("multipart/form-data; boundary={boundary}"),
                        )
                        .header("idempotency-key", key)
                        .send(&body[..])
                        .expect("the endpoint answers");
                    let status = res.status().as_u16();
                    (status, res.body_mut().read_to_string().unwrap_or_default())
                })
            })
            .collect();
        sends.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut codes: Vec<u16> = statuses.iter().map(|(s, _)| *s).collect();
    codes.sort();
    assert_eq!(codes, [200, 201], "{statuses:?}");
    let answer: Value = serde_json::from_str(&statuses[0].1).unwrap();
    let reference = answer["reference"].as_str().unwrap();
    let mut res = client()
        .get(&format!(
            "{}/api/submissions/{reference}/attachments/0",
            endpoints[2].base
        ))
        .header("authorization", &format!("Bearer {TOKEN}"))
        .call()
        .expect("the endpoint answers");
    assert_eq!(res.status().as_u16(), 200);
    let got = res
        .body_mut()
        .with_config()
        .limit(1 << 20)
        .read_to_vec()
        .unwrap();
    assert!(got == photo, "the third process serves the same bytes");
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
