//! The PostgreSQL backend: a pool of connections, one transaction per
//! write. Several endpoint processes share one database: the unique key on
//! `idempotency_key` (with `ON CONFLICT DO NOTHING`) keeps one row per key,
//! references come from the table's sequence, migrations run under an
//! advisory lock, and the outbox is claimed with `FOR UPDATE SKIP LOCKED`
//! plus a lease, so no event goes out twice at once.

use std::str::FromStr;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Transaction};
use serde_json::{json, Value};
use tokio_postgres::types::ToSql;
use tokio_postgres::NoTls;

use super::deadline::{self, Day};
use super::{
    created_event, reference_for, status_event, Arg, Change, Cursor, Delivery, Event, FileInfo,
    Filter, NewSubmission, OutboxItem, Row, StoreError, Stored, ROW_COLUMNS,
};

/// The versioned scripts, applied in order.
const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        include_str!("../../migrations/postgres/0001_submissions.sql"),
    ),
    (2, include_str!("../../migrations/postgres/0002_inbox.sql")),
    (
        3,
        include_str!("../../migrations/postgres/0003_attachments.sql"),
    ),
];

/// Any fixed number: the advisory lock migrations hold, so that endpoint
/// processes starting together migrate one after the other.
const MIGRATION_LOCK: i64 = 0x0c0f_f1e5;

/// Connections per process.
const POOL_SIZE: usize = 16;

/// The error and its causes, on one line ("error connecting to server:
/// Connection refused …").
fn db(e: impl std::error::Error) -> StoreError {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let more = c.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        cause = c.source();
    }
    StoreError::Database(text)
}

type Param = Box<dyn ToSql + Sync + Send>;

/// A pool of connections to one PostgreSQL database.
#[derive(Clone)]
pub struct Postgres {
    pool: Pool,
}

impl Postgres {
    /// Connects to `url` (`postgres://user:password@host:port/db`, any
    /// parameter libpq's URLs take) and applies the migrations it has not had.
    pub async fn open(url: &str) -> Result<Postgres, StoreError> {
        let config = tokio_postgres::Config::from_str(url)
            .map_err(|e| StoreError::Database(format!("the database URL is not valid: {e}")))?;
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .build()
            .map_err(db)?;
        let store = Postgres { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        let mut client = self.pool.get().await.map_err(db)?;
        client
            .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(db)?;
        let result = async {
            client
                .batch_execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (
                       version BIGINT PRIMARY KEY,
                       applied_at TEXT NOT NULL
                     )",
                )
                .await
                .map_err(db)?;
            for (version, script) in MIGRATIONS {
                let done = client
                    .query_opt(
                        "SELECT 1 FROM schema_migrations WHERE version = $1",
                        &[version],
                    )
                    .await
                    .map_err(db)?
                    .is_some();
                if done {
                    continue;
                }
                let tx = client.transaction().await.map_err(db)?;
                tx.batch_execute(script)
                    .await
                    .map_err(|e| StoreError::Database(format!("migration {version}: {e}")))?;
                if *version == 2 {
                    backfill(&tx).await?;
                }
                tx.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                    &[version, &deadline::now_rfc3339()],
                )
                .await
                .map_err(db)?;
                tx.commit().await.map_err(db)?;
            }
            Ok::<(), StoreError>(())
        }
        .await;
        client
            .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(db)?;
        result
    }

    pub async fn submit(&self, s: &NewSubmission, webhooks: bool) -> Result<Stored, StoreError> {
        let mut client = self.pool.get().await.map_err(db)?;
        let tx = client.transaction().await.map_err(db)?;
        let seq: i64 = tx
            .query_one(
                "SELECT nextval(pg_get_serial_sequence('submissions', 'seq'))",
                &[],
            )
            .await
            .map_err(db)?
            .get(0);
        let reference = reference_for(&s.key, seq);
        let inserted = tx
            .query_opt(
                "INSERT INTO submissions (seq, idempotency_key, reference, kind, body, received_at,
                   body_hash, market, language, due)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                 ON CONFLICT (idempotency_key) DO NOTHING
                 RETURNING seq",
                &[
                    &seq,
                    &s.key,
                    &reference,
                    &s.kind,
                    &s.body,
                    &s.received_at,
                    &s.body_hash,
                    &s.market,
                    &s.language,
                    &s.due,
                ],
            )
            .await
            .map_err(db)?;
        if inserted.is_none() {
            // Another request stored this key first (and has committed: the
            // insert waited for it).
            tx.rollback().await.map_err(db)?;
            let row = client
                .query_one(
                    "SELECT reference, body_hash, body FROM submissions WHERE idempotency_key = $1",
                    &[&s.key],
                )
                .await
                .map_err(db)?;
            return Ok(super::repeated(
                row.get(0),
                row.get(1),
                row.get::<_, &str>(2),
                &s.body_hash,
            ));
        }
        for (n, f) in s.files.iter().enumerate() {
            tx.execute(
                "INSERT INTO attachments (submission_seq, n, name, media_type, size, sha256, data)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &seq,
                    &(n as i32),
                    &f.name,
                    &f.media_type,
                    &(f.data.len() as i64),
                    &f.sha256,
                    &f.data,
                ],
            )
            .await
            .map_err(db)?;
        }
        add_event(
            &tx,
            seq,
            &s.received_at,
            "shopper",
            "created",
            None,
            None,
            None,
        )
        .await?;
        if webhooks {
            add_outbox(&tx, &reference, &created_event(s, &reference)).await?;
        }
        tx.commit().await.map_err(db)?;
        Ok(Stored::Created(reference))
    }

    pub async fn list(
        &self,
        f: &Filter,
        after: Option<&Cursor>,
        today: Day,
        limit: u32,
    ) -> Result<Vec<Row>, StoreError> {
        let (sql, args) = super::list_query(f, after, today, limit, |n| format!("${n}"));
        let args: Vec<Param> = args
            .into_iter()
            .map(|a| -> Param {
                match a {
                    Arg::Text(t) => Box::new(t),
                    Arg::Int4(n) => Box::new(n),
                    Arg::Int8(n) => Box::new(n),
                }
            })
            .collect();
        let client = self.pool.get().await.map_err(db)?;
        let params: Vec<&(dyn ToSql + Sync)> = args
            .iter()
            .map(|a| a.as_ref() as &(dyn ToSql + Sync))
            .collect();
        let rows = client.query(&sql, &params).await.map_err(db)?;
        rows.iter().map(row).collect()
    }

    pub async fn get(
        &self,
        reference: &str,
    ) -> Result<Option<(Row, String, Vec<Event>, Vec<FileInfo>)>, StoreError> {
        let client = self.pool.get().await.map_err(db)?;
        let found = client
            .query_opt(
                &format!("SELECT {ROW_COLUMNS}, body FROM submissions WHERE reference = $1"),
                &[&reference],
            )
            .await
            .map_err(db)?;
        let Some(found) = found else {
            return Ok(None);
        };
        let body: String = found.try_get(9).map_err(db)?;
        let row = row(&found)?;
        let history = client
            .query(
                "SELECT at, actor, action, from_value, to_value, note FROM events
                 WHERE submission_seq = $1 ORDER BY id",
                &[&row.seq],
            )
            .await
            .map_err(db)?
            .iter()
            .map(|r| {
                Ok(Event {
                    at: r.try_get(0).map_err(db)?,
                    actor: r.try_get(1).map_err(db)?,
                    action: r.try_get(2).map_err(db)?,
                    from: r.try_get(3).map_err(db)?,
                    to: r.try_get(4).map_err(db)?,
                    text: r.try_get(5).map_err(db)?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let files = client
            .query(
                "SELECT n, name, media_type, size, sha256 FROM attachments
                 WHERE submission_seq = $1 ORDER BY n",
                &[&row.seq],
            )
            .await
            .map_err(db)?
            .iter()
            .map(file_info)
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Some((row, body, history, files)))
    }

    pub async fn attachment(
        &self,
        reference: &str,
        n: i32,
    ) -> Result<Option<(FileInfo, Vec<u8>)>, StoreError> {
        let client = self.pool.get().await.map_err(db)?;
        let found = client
            .query_opt(
                "SELECT a.n, a.name, a.media_type, a.size, a.sha256, a.data
                 FROM attachments a JOIN submissions s ON s.seq = a.submission_seq
                 WHERE s.reference = $1 AND a.n = $2",
                &[&reference, &n],
            )
            .await
            .map_err(db)?;
        found
            .map(|r| Ok((file_info(&r)?, r.try_get(5).map_err(db)?)))
            .transpose()
    }

    pub async fn change(
        &self,
        reference: &str,
        actor: &str,
        c: &Change,
        webhooks: bool,
    ) -> Result<bool, StoreError> {
        let mut client = self.pool.get().await.map_err(db)?;
        let tx = client.transaction().await.map_err(db)?;
        let found = tx
            .query_opt(
                "SELECT seq, status, assignee FROM submissions WHERE reference = $1 FOR UPDATE",
                &[&reference],
            )
            .await
            .map_err(db)?;
        let Some(found) = found else {
            return Ok(false);
        };
        let seq: i64 = found.get(0);
        let status: String = found.get(1);
        let assignee: Option<String> = found.get(2);
        let at = deadline::now_rfc3339();
        if let Some(to) = c.status.filter(|to| to.as_str() != status) {
            let closed_at = (to == super::Status::Closed).then_some(at.as_str());
            tx.execute(
                "UPDATE submissions SET status = $1, closed_at = $2 WHERE seq = $3",
                &[&to.as_str(), &closed_at, &seq],
            )
            .await
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
            )
            .await?;
            if webhooks {
                let from = super::Status::parse(&status).unwrap_or(super::Status::New);
                add_outbox(
                    &tx,
                    reference,
                    &status_event(reference, actor, from, to, &at),
                )
                .await?;
            }
        }
        if let Some(to) = c.assignee.as_ref().filter(|to| **to != assignee) {
            tx.execute(
                "UPDATE submissions SET assignee = $1 WHERE seq = $2",
                &[to, &seq],
            )
            .await
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
            )
            .await?;
        }
        if let Some(note) = c.note.as_deref().filter(|n| !n.trim().is_empty()) {
            add_event(&tx, seq, &at, actor, "note", None, None, Some(note)).await?;
        }
        tx.commit().await.map_err(db)?;
        Ok(true)
    }

    pub async fn erase(&self, reference: &str) -> Result<bool, StoreError> {
        let mut client = self.pool.get().await.map_err(db)?;
        let tx = client.transaction().await.map_err(db)?;
        let found = erase_in(&tx, reference).await?;
        tx.commit().await.map_err(db)?;
        Ok(found)
    }

    pub async fn erase_closed_before(
        &self,
        closed_before: &str,
    ) -> Result<Vec<String>, StoreError> {
        let mut client = self.pool.get().await.map_err(db)?;
        let tx = client.transaction().await.map_err(db)?;
        let references: Vec<String> = tx
            .query(
                "SELECT reference FROM submissions
                 WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < $1
                 FOR UPDATE",
                &[&closed_before],
            )
            .await
            .map_err(db)?
            .iter()
            .map(|r| r.get(0))
            .collect();
        for reference in &references {
            erase_in(&tx, reference).await?;
        }
        tx.commit().await.map_err(db)?;
        Ok(references)
    }

    pub async fn all(&self) -> Result<Vec<Value>, StoreError> {
        let client = self.pool.get().await.map_err(db)?;
        let rows = client
            .query(
                "SELECT idempotency_key, reference, kind, body, received_at, status
                 FROM submissions ORDER BY seq",
                &[],
            )
            .await
            .map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| {
                let body: &str = r.get(3);
                json!({
                    "idempotencyKey": r.get::<_, &str>(0),
                    "reference": r.get::<_, &str>(1),
                    "kind": r.get::<_, &str>(2),
                    "body": serde_json::from_str::<Value>(body).unwrap_or(Value::Null),
                    "receivedAt": r.get::<_, &str>(4),
                    "status": r.get::<_, &str>(5),
                })
            })
            .collect())
    }

    #[cfg(any(test, feature = "test-controls"))]
    pub async fn times(
        &self,
        reference: &str,
    ) -> Result<Option<(String, String, Option<String>)>, StoreError> {
        let client = self.pool.get().await.map_err(db)?;
        let row = client
            .query_opt(
                "SELECT received_at, due, closed_at FROM submissions WHERE reference = $1",
                &[&reference],
            )
            .await
            .map_err(db)?;
        Ok(row.map(|r| (r.get(0), r.get(1), r.get(2))))
    }

    #[cfg(any(test, feature = "test-controls"))]
    pub async fn set_times(
        &self,
        reference: &str,
        received_at: &str,
        due: &str,
        closed_at: Option<&str>,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await.map_err(db)?;
        client
            .execute(
                "UPDATE submissions SET received_at = $1, due = $2, closed_at = $3 WHERE reference = $4",
                &[&received_at, &due, &closed_at, &reference],
            )
            .await
            .map_err(db)?;
        Ok(())
    }

    pub async fn claim_outbox(
        &self,
        now: i64,
        n: i64,
        lease_ms: i64,
    ) -> Result<Vec<OutboxItem>, StoreError> {
        let client = self.pool.get().await.map_err(db)?;
        let rows = client
            .query(
                "UPDATE outbox SET lease_until = $1 + $2, attempts = attempts + 1
                 WHERE id IN (SELECT id FROM outbox
                   WHERE delivered_at IS NULL AND failed_at IS NULL
                     AND next_attempt_at <= $1 AND lease_until <= $1
                   ORDER BY id LIMIT $3
                   FOR UPDATE SKIP LOCKED)
                 RETURNING id, payload, attempts",
                &[&now, &lease_ms, &n],
            )
            .await
            .map_err(db)?;
        let mut items: Vec<OutboxItem> = rows
            .iter()
            .map(|r| OutboxItem {
                id: r.get(0),
                payload: r.get(1),
                attempts: r.get(2),
            })
            .collect();
        items.sort_by_key(|i| i.id);
        Ok(items)
    }

    pub async fn finish_outbox(&self, id: i64, outcome: &Delivery) -> Result<(), StoreError> {
        let client = self.pool.get().await.map_err(db)?;
        let now = deadline::now_rfc3339();
        match outcome {
            Delivery::Delivered => client.execute(
                "UPDATE outbox SET delivered_at = $1, payload = '', lease_until = 0, last_error = NULL WHERE id = $2",
                &[&now, &id],
            ).await,
            Delivery::Retry(at, error) => client.execute(
                "UPDATE outbox SET next_attempt_at = $1, lease_until = 0, last_error = $2 WHERE id = $3",
                &[at, error, &id],
            ).await,
            Delivery::GaveUp(error) => client.execute(
                "UPDATE outbox SET failed_at = $1, lease_until = 0, last_error = $2 WHERE id = $3",
                &[&now, error, &id],
            ).await,
        }
        .map_err(db)?;
        Ok(())
    }
}

fn file_info(r: &tokio_postgres::Row) -> Result<FileInfo, StoreError> {
    Ok(FileInfo {
        n: r.try_get(0).map_err(db)?,
        name: r.try_get(1).map_err(db)?,
        media_type: r.try_get(2).map_err(db)?,
        bytes: r.try_get(3).map_err(db)?,
        sha256: r.try_get(4).map_err(db)?,
    })
}

fn row(r: &tokio_postgres::Row) -> Result<Row, StoreError> {
    Ok(Row {
        seq: r.try_get(0).map_err(db)?,
        reference: r.try_get(1).map_err(db)?,
        kind: r.try_get(2).map_err(db)?,
        market: r.try_get(3).map_err(db)?,
        language: r.try_get(4).map_err(db)?,
        status: r.try_get(5).map_err(db)?,
        assignee: r.try_get(6).map_err(db)?,
        received_at: r.try_get(7).map_err(db)?,
        due: r.try_get(8).map_err(db)?,
    })
}

#[allow(clippy::too_many_arguments)]
async fn add_event(
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
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &[&seq, &at, &actor, &action, &from, &to, &note],
    )
    .await
    .map_err(db)?;
    Ok(())
}

async fn add_outbox(
    tx: &Transaction<'_>,
    reference: &str,
    payload: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO outbox (reference, payload, next_attempt_at) VALUES ($1, $2, $3)",
        &[&reference, &payload, &deadline::unix_now_ms()],
    )
    .await
    .map_err(db)?;
    Ok(())
}

async fn erase_in(tx: &Transaction<'_>, reference: &str) -> Result<bool, StoreError> {
    let found = tx
        .query_opt(
            "DELETE FROM submissions WHERE reference = $1 RETURNING seq",
            &[&reference],
        )
        .await
        .map_err(db)?;
    let Some(found) = found else {
        return Ok(false);
    };
    let seq: i64 = found.get(0);
    tx.execute("DELETE FROM attachments WHERE submission_seq = $1", &[&seq])
        .await
        .map_err(db)?;
    tx.execute("DELETE FROM events WHERE submission_seq = $1", &[&seq])
        .await
        .map_err(db)?;
    tx.execute("DELETE FROM outbox WHERE reference = $1", &[&reference])
        .await
        .map_err(db)?;
    Ok(true)
}

/// Fills the columns migration 2 added for rows stored before it, and gives
/// each its `created` history entry.
async fn backfill(tx: &Transaction<'_>) -> Result<(), StoreError> {
    let old = tx
        .query(
            "SELECT seq, kind, body, received_at FROM submissions WHERE due = ''",
            &[],
        )
        .await
        .map_err(db)?;
    for r in old {
        let seq: i64 = r.get(0);
        let kind: &str = r.get(1);
        let received_at: &str = r.get(3);
        let payload: Value = serde_json::from_str(r.get(2)).unwrap_or(Value::Null);
        let text = |name: &str| {
            payload
                .get(name)
                .and_then(Value::as_str)
                .unwrap_or_default()
        };
        let market = text("market");
        tx.execute(
            "UPDATE submissions SET body_hash = $1, market = $2, language = $3, due = $4 WHERE seq = $5",
            &[
                &super::body_hash(&payload),
                &market,
                &text("locale"),
                &deadline::due(kind, market, received_at),
                &seq,
            ],
        )
        .await
        .map_err(db)?;
        add_event(tx, seq, received_at, "shopper", "created", None, None, None).await?;
    }
    Ok(())
}
