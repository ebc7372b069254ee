//! The SQLite backend: one connection behind a mutex (SQLite writes one at
//! a time anyway), write transactions taken with `BEGIN IMMEDIATE` so that
//! two processes on the same file queue instead of failing.

use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde_json::{json, Value};

use super::deadline::{self, Day};
use super::{
    created_event, reference_for, status_event, Arg, Change, Cursor, Delivery, Event, FileInfo,
    Filter, NewSubmission, OutboxItem, Row, StoreError, Stored, ROW_COLUMNS,
};

/// The versioned scripts, applied in order.
const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        include_str!("../../migrations/sqlite/0001_submissions.sql"),
    ),
    (2, include_str!("../../migrations/sqlite/0002_inbox.sql")),
    (
        3,
        include_str!("../../migrations/sqlite/0003_attachments.sql"),
    ),
];

fn db(e: rusqlite::Error) -> StoreError {
    StoreError::Database(e.to_string())
}

/// An open SQLite database.
#[derive(Clone)]
pub struct Sqlite {
    conn: Arc<Mutex<Connection>>,
}

impl Sqlite {
    /// Opens (and if needed creates) the file at `path` (`:memory:` works)
    /// and applies the migrations it has not had.
    pub fn open(path: &str) -> Result<Sqlite, StoreError> {
        let mut conn = Connection::open(path).map_err(db)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(db)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE IF NOT EXISTS schema_migrations (
               version INTEGER PRIMARY KEY,
               applied_at TEXT NOT NULL
             );",
        )
        .map_err(db)?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db)?;
        for (version, script) in MIGRATIONS {
            let done: bool = tx
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?1)",
                    [version],
                    |r| r.get(0),
                )
                .map_err(db)?;
            if done {
                continue;
            }
            tx.execute_batch(script)
                .map_err(|e| StoreError::Database(format!("migration {version}: {e}")))?;
            if *version == 2 {
                backfill(&tx)?;
            }
            tx.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)",
                params![version, deadline::now_rfc3339()],
            )
            .map_err(db)?;
        }
        tx.commit().map_err(db)?;
        Ok(Sqlite {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    fn lock(&self) -> Result<MutexGuard<'_, Connection>, StoreError> {
        self.conn
            .lock()
            .map_err(|_| StoreError::Database("the database lock is poisoned".into()))
    }

    pub fn submit(&self, s: &NewSubmission, webhooks: bool) -> Result<Stored, StoreError> {
        let mut conn = self.lock()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db)?;
        let existing: Option<(String, Option<String>, String)> = tx
            .query_row(
                "SELECT reference, body_hash, body FROM submissions WHERE idempotency_key = ?1",
                [&s.key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(db)?;
        if let Some((reference, hash, body)) = existing {
            return Ok(super::repeated(reference, hash, &body, &s.body_hash));
        }
        // The highest number ever given (sqlite_sequence keeps it after the
        // row is erased), so no reference is given twice.
        let next: i64 = tx
            .query_row(
                "SELECT MAX(
                   COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'submissions'), 0),
                   COALESCE((SELECT MAX(seq) FROM submissions), 0)) + 1",
                [],
                |r| r.get(0),
            )
            .map_err(db)?;
        let reference = reference_for(&s.key, next);
        tx.execute(
            "INSERT INTO submissions (seq, idempotency_key, reference, kind, body, received_at,
               body_hash, market, language, due)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                next,
                s.key,
                reference,
                s.kind,
                s.body,
                s.received_at,
                s.body_hash,
                s.market,
                s.language,
                s.due
            ],
        )
        .map_err(db)?;
        for (n, f) in s.files.iter().enumerate() {
            tx.execute(
                "INSERT INTO attachments (submission_seq, n, name, media_type, size, sha256, data)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    next,
                    n as i64,
                    f.name,
                    f.media_type,
                    f.data.len() as i64,
                    f.sha256,
                    f.data
                ],
            )
            .map_err(db)?;
        }
        add_event(
            &tx,
            next,
            &s.received_at,
            "shopper",
            "created",
            None,
            None,
            None,
        )?;
        if webhooks {
            add_outbox(&tx, &reference, &created_event(s, &reference))?;
        }
        tx.commit().map_err(db)?;
        Ok(Stored::Created(reference))
    }

    pub fn list(
        &self,
        f: &Filter,
        after: Option<&Cursor>,
        today: Day,
        limit: u32,
    ) -> Result<Vec<Row>, StoreError> {
        let (sql, args) = super::list_query(f, after, today, limit, |n| format!("?{n}"));
        let args: Vec<Box<dyn rusqlite::ToSql>> = args
            .into_iter()
            .map(|a| -> Box<dyn rusqlite::ToSql> {
                match a {
                    Arg::Text(t) => Box::new(t),
                    Arg::Int4(n) => Box::new(i64::from(n)),
                    Arg::Int8(n) => Box::new(n),
                }
            })
            .collect();
        let conn = self.lock()?;
        let mut stmt = conn.prepare(&sql).map_err(db)?;
        let params: Vec<&dyn rusqlite::ToSql> = args.iter().map(|a| a.as_ref()).collect();
        let rows = stmt.query_map(params.as_slice(), row).map_err(db)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(db)
    }

    #[allow(clippy::type_complexity)]
    pub fn get(
        &self,
        reference: &str,
    ) -> Result<Option<(Row, String, Vec<Event>, Vec<FileInfo>)>, StoreError> {
        let conn = self.lock()?;
        let found = conn
            .query_row(
                &format!("SELECT {ROW_COLUMNS}, body FROM submissions WHERE reference = ?1"),
                [reference],
                |r| Ok((row(r)?, r.get::<_, String>(9)?)),
            )
            .optional()
            .map_err(db)?;
        let Some((row, body)) = found else {
            return Ok(None);
        };
        let mut stmt = conn
            .prepare(
                "SELECT at, actor, action, from_value, to_value, note FROM events
                 WHERE submission_seq = ?1 ORDER BY id",
            )
            .map_err(db)?;
        let history = stmt
            .query_map([row.seq], |r| {
                Ok(Event {
                    at: r.get(0)?,
                    actor: r.get(1)?,
                    action: r.get(2)?,
                    from: r.get(3)?,
                    to: r.get(4)?,
                    text: r.get(5)?,
                })
            })
            .map_err(db)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(db)?;
        let mut stmt = conn
            .prepare(
                "SELECT n, name, media_type, size, sha256 FROM attachments
                 WHERE submission_seq = ?1 ORDER BY n",
            )
            .map_err(db)?;
        let files = stmt
            .query_map([row.seq], file_info)
            .map_err(db)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(db)?;
        Ok(Some((row, body, history, files)))
    }

    pub fn attachment(
        &self,
        reference: &str,
        n: i32,
    ) -> Result<Option<(FileInfo, Vec<u8>)>, StoreError> {
        let conn = self.lock()?;
        conn.query_row(
            "SELECT a.n, a.name, a.media_type, a.size, a.sha256, a.data
             FROM attachments a JOIN submissions s ON s.seq = a.submission_seq
             WHERE s.reference = ?1 AND a.n = ?2",
            params![reference, n],
            |r| Ok((file_info(r)?, r.get::<_, Vec<u8>>(5)?)),
        )
        .optional()
        .map_err(db)
    }

    pub fn change(
        &self,
        reference: &str,
        actor: &str,
        c: &Change,
        webhooks: bool,
    ) -> Result<bool, StoreError> {
        let mut conn = self.lock()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db)?;
        let found: Option<(i64, String, Option<String>)> = tx
            .query_row(
                "SELECT seq, status, assignee FROM submissions WHERE reference = ?1",
                [reference],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(db)?;
        let Some((seq, status, assignee)) = found else {
            return Ok(false);
        };
        let at = deadline::now_rfc3339();
        if let Some(to) = c.status.filter(|to| to.as_str() != status) {
            let closed_at = (to == super::Status::Closed).then_some(at.as_str());
            tx.execute(
                "UPDATE submissions SET status = ?1, closed_at = ?2 WHERE seq = ?3",
                params![to.as_str(), closed_at, seq],
            )
            .map_err(db)?;
            add_event(
                &tx,
                seq,
                &at,
                actor,
                "status",
                Some(&status),
                Some(to.as_str()),
                None,
            )?;
            if webhooks {
                let from = super::Status::parse(&status).unwrap_or(super::Status::New);
                add_outbox(
                    &tx,
                    reference,
                    &status_event(reference, actor, from, to, &at),
                )?;
            }
        }
        if let Some(to) = c.assignee.as_ref().filter(|to| **to != assignee) {
            tx.execute(
                "UPDATE submissions SET assignee = ?1 WHERE seq = ?2",
                params![to, seq],
            )
            .map_err(db)?;
            add_event(
                &tx,
                seq,
                &at,
                actor,
                "assignee",
                assignee.as_deref(),
                to.as_deref(),
                None,
            )?;
        }
        if let Some(note) = c.note.as_deref().filter(|n| !n.trim().is_empty()) {
            add_event(&tx, seq, &at, actor, "note", None, None, Some(note))?;
        }
        tx.commit().map_err(db)?;
        Ok(true)
    }

    pub fn erase(&self, reference: &str) -> Result<bool, StoreError> {
        let mut conn = self.lock()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db)?;
        let found = erase_in(&tx, reference)?;
        tx.commit().map_err(db)?;
        Ok(found)
    }

    pub fn erase_closed_before(&self, closed_before: &str) -> Result<Vec<String>, StoreError> {
        let mut conn = self.lock()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db)?;
        let references = {
            let mut stmt = tx
                .prepare(
                    "SELECT reference FROM submissions
                     WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < ?1",
                )
                .map_err(db)?;
            let rows = stmt
                .query_map([closed_before], |r| r.get::<_, String>(0))
                .map_err(db)?;
            rows.collect::<Result<Vec<_>, _>>().map_err(db)?
        };
        for reference in &references {
            erase_in(&tx, reference)?;
        }
        tx.commit().map_err(db)?;
        Ok(references)
    }

    pub fn all(&self) -> Result<Vec<Value>, StoreError> {
        let conn = self.lock()?;
        let mut stmt = conn
            .prepare(
                "SELECT idempotency_key, reference, kind, body, received_at, status
                 FROM submissions ORDER BY seq",
            )
            .map_err(db)?;
        let rows = stmt
            .query_map([], |r| {
                let body: String = r.get(3)?;
                Ok(json!({
                    "idempotencyKey": r.get::<_, String>(0)?,
                    "reference": r.get::<_, String>(1)?,
                    "kind": r.get::<_, String>(2)?,
                    "body": serde_json::from_str::<Value>(&body).unwrap_or(Value::Null),
                    "receivedAt": r.get::<_, String>(4)?,
                    "status": r.get::<_, String>(5)?,
                }))
            })
            .map_err(db)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(db)
    }

    #[cfg(any(test, feature = "test-controls"))]
    pub fn times(
        &self,
        reference: &str,
    ) -> Result<Option<(String, String, Option<String>)>, StoreError> {
        self.lock()?
            .query_row(
                "SELECT received_at, due, closed_at FROM submissions WHERE reference = ?1",
                [reference],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(db)
    }

    #[cfg(any(test, feature = "test-controls"))]
    pub fn set_times(
        &self,
        reference: &str,
        received_at: &str,
        due: &str,
        closed_at: Option<&str>,
    ) -> Result<(), StoreError> {
        self.lock()?
            .execute(
                "UPDATE submissions SET received_at = ?1, due = ?2, closed_at = ?3 WHERE reference = ?4",
                params![received_at, due, closed_at, reference],
            )
            .map_err(db)?;
        Ok(())
    }

    pub fn claim_outbox(
        &self,
        now: i64,
        n: i64,
        lease_ms: i64,
    ) -> Result<Vec<OutboxItem>, StoreError> {
        let mut conn = self.lock()?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db)?;
        let items = {
            let mut stmt = tx
                .prepare(
                    "UPDATE outbox SET lease_until = ?1 + ?2, attempts = attempts + 1
                     WHERE id IN (SELECT id FROM outbox
                       WHERE delivered_at IS NULL AND failed_at IS NULL
                         AND next_attempt_at <= ?1 AND lease_until <= ?1
                       ORDER BY id LIMIT ?3)
                     RETURNING id, payload, attempts",
                )
                .map_err(db)?;
            let rows = stmt
                .query_map(params![now, lease_ms, n], |r| {
                    Ok(OutboxItem {
                        id: r.get(0)?,
                        payload: r.get(1)?,
                        attempts: r.get(2)?,
                    })
                })
                .map_err(db)?;
            rows.collect::<Result<Vec<_>, _>>().map_err(db)?
        };
        tx.commit().map_err(db)?;
        let mut items = items;
        items.sort_by_key(|i| i.id);
        Ok(items)
    }

    pub fn finish_outbox(&self, id: i64, outcome: &Delivery) -> Result<(), StoreError> {
        let conn = self.lock()?;
        let now = deadline::now_rfc3339();
        match outcome {
            Delivery::Delivered => conn.execute(
                "UPDATE outbox SET delivered_at = ?1, payload = '', lease_until = 0, last_error = NULL WHERE id = ?2",
                params![now, id],
            ),
            Delivery::Retry(at, error) => conn.execute(
                "UPDATE outbox SET next_attempt_at = ?1, lease_until = 0, last_error = ?2 WHERE id = ?3",
                params![at, error, id],
            ),
            Delivery::GaveUp(error) => conn.execute(
                "UPDATE outbox SET failed_at = ?1, lease_until = 0, last_error = ?2 WHERE id = ?3",
                params![now, error, id],
            ),
        }
        .map_err(db)?;
        Ok(())
    }
}

fn file_info(r: &rusqlite::Row<'_>) -> rusqlite::Result<FileInfo> {
    Ok(FileInfo {
        n: r.get(0)?,
        name: r.get(1)?,
        media_type: r.get(2)?,
        bytes: r.get(3)?,
        sha256: r.get(4)?,
    })
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        seq: r.get(0)?,
        reference: r.get(1)?,
        kind: r.get(2)?,
        market: r.get(3)?,
        language: r.get(4)?,
        status: r.get(5)?,
        assignee: r.get(6)?,
        received_at: r.get(7)?,
        due: r.get(8)?,
    })
}

#[allow(clippy::too_many_arguments)]
fn add_event(
    tx: &Transaction<'_>,
    seq: i64,
    at: &str,
    actor: &str,
    action: &str,
    from: Option<&str>,
    to: Option<&str>,
    note: Option<&str>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO events (submission_seq, at, actor, action, from_value, to_value, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![seq, at, actor, action, from, to, note],
    )
    .map_err(db)?;
    Ok(())
}

fn add_outbox(tx: &Transaction<'_>, reference: &str, payload: &str) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO outbox (reference, payload, next_attempt_at) VALUES (?1, ?2, ?3)",
        params![reference, payload, deadline::unix_now_ms()],
    )
    .map_err(db)?;
    Ok(())
}

fn erase_in(tx: &Transaction<'_>, reference: &str) -> Result<bool, StoreError> {
    let seq: Option<i64> = tx
        .query_row(
            "SELECT seq FROM submissions WHERE reference = ?1",
            [reference],
            |r| r.get(0),
        )
        .optional()
        .map_err(db)?;
    let Some(seq) = seq else {
        return Ok(false);
    };
    tx.execute("DELETE FROM attachments WHERE submission_seq = ?1", [seq])
        .map_err(db)?;
    tx.execute("DELETE FROM events WHERE submission_seq = ?1", [seq])
        .map_err(db)?;
    tx.execute("DELETE FROM outbox WHERE reference = ?1", [reference])
        .map_err(db)?;
    tx.execute("DELETE FROM submissions WHERE seq = ?1", [seq])
        .map_err(db)?;
    Ok(true)
}

/// Fills the columns migration 2 added for rows stored before it, and gives
/// each its `created` history entry.
fn backfill(tx: &Transaction<'_>) -> Result<(), StoreError> {
    let old = {
        let mut stmt = tx
            .prepare("SELECT seq, kind, body, received_at FROM submissions WHERE due = ''")
            .map_err(db)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .map_err(db)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(db)?
    };
    for (seq, kind, body, received_at) in old {
        let payload: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
        let text = |name: &str| {
            payload
                .get(name)
                .and_then(Value::as_str)
                .unwrap_or_default()
        };
        let market = text("market");
        tx.execute(
            "UPDATE submissions SET body_hash = ?1, market = ?2, language = ?3, due = ?4 WHERE seq = ?5",
            params![
                super::body_hash(&payload),
                market,
                text("locale"),
                deadline::due(&kind, market, &received_at),
                seq
            ],
        )
        .map_err(db)?;
        add_event(
            tx,
            seq,
            &received_at,
            "shopper",
            "created",
            None,
            None,
            None,
        )?;
    }
    Ok(())
}
