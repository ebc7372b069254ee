//! Where submissions live: one interface ([`Store`]) over two databases,
//! SQLite (embedded, the default) and PostgreSQL (for several endpoint
//! processes). Both keep the same tables, made by the versioned scripts in
//! `server/migrations/<backend>/`, applied at start.
//!
//! The store owns every rule the database enforces: one row per
//! idempotency key, the history of each submission, and the webhook outbox
//! written in the same transaction as the change it reports. It knows
//! nothing about HTTP.

pub mod deadline;
mod postgres;
mod sqlite;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use deadline::Day;

/// Where a submission stands in the inbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Arrived, nobody has picked it up.
    New,
    /// Someone works on it.
    InProgress,
    /// The shopper has had an answer.
    Answered,
    /// Done; the retention period starts.
    Closed,
}

impl Status {
    /// Every status, in the order a submission usually moves.
    pub const ALL: [Status; 4] = [
        Status::New,
        Status::InProgress,
        Status::Answered,
        Status::Closed,
    ];

    /// The stored and API name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::InProgress => "in_progress",
            Status::Answered => "answered",
            Status::Closed => "closed",
        }
    }

    /// The status named `text`, if any.
    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// One line of the inbox list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The reference the shopper was given.
    pub reference: String,
    /// `feedback`, `complaint`, `escalation` or `purchase_problem`.
    pub kind: String,
    /// The market's country code (empty for none).
    pub market: String,
    /// The shopper's language (the submission's locale).
    pub language: String,
    /// Where it stands.
    pub status: Status,
    /// Who works on it.
    pub assignee: Option<String>,
    /// When the endpoint received it (RFC 3339 UTC).
    pub created_at: String,
    /// The due date (`YYYY-MM-DD`), see [`deadline`].
    pub due: String,
    /// Not answered or closed, and past the due date.
    pub overdue: bool,
}

impl Summary {
    /// The API's JSON (camelCase).
    pub fn to_json(&self) -> Value {
        json!({
            "reference": self.reference,
            "kind": self.kind,
            "market": self.market,
            "language": self.language,
            "status": self.status.as_str(),
            "assignee": self.assignee,
            "createdAt": self.created_at,
            "due": self.due,
            "overdue": self.overdue,
        })
    }
}

/// One submission with everything staff see.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// The list fields.
    pub summary: Summary,
    /// The stored payload, as the widget sent it.
    pub submission: Value,
    /// What happened to it, oldest first.
    pub history: Vec<Event>,
    /// Files sent with it, in list order (without their bytes).
    pub attachments: Vec<FileInfo>,
}

impl Record {
    /// The API's JSON: the summary's fields, then `submission`, `history`
    /// and `attachments`.
    pub fn to_json(&self) -> Value {
        let mut v = self.summary.to_json();
        v["submission"] = self.submission.clone();
        v["history"] = Value::Array(self.history.iter().map(Event::to_json).collect());
        v["attachments"] = Value::Array(
            self.attachments
                .iter()
                .map(|a| a.to_json(&self.summary.reference))
                .collect(),
        );
        v
    }
}

/// A stored file's description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileInfo {
    /// Its place in the submission's `attachments` (0, 1, …).
    pub n: i32,
    /// The name the shopper's file had.
    pub name: String,
    /// Its media type, as its first bytes showed.
    pub media_type: String,
    /// Its size in bytes.
    pub bytes: i64,
    /// SHA-256 of its bytes (hex).
    pub sha256: String,
}

impl FileInfo {
    /// The staff download address of file `n` of submission `reference`.
    pub fn url(reference: &str, n: i32) -> String {
        format!("/api/submissions/{reference}/attachments/{n}")
    }

    /// The API's JSON, with the staff download address.
    pub fn to_json(&self, reference: &str) -> Value {
        json!({
            "n": self.n, "name": self.name, "type": self.media_type,
            "bytes": self.bytes, "sha256": self.sha256,
            "url": FileInfo::url(reference, self.n),
        })
    }
}

/// A checked file, ready to store with its submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewFile {
    /// The name the shopper's file had.
    pub name: String,
    /// Its media type (checked against its first bytes).
    pub media_type: String,
    /// SHA-256 of `data` (hex).
    pub sha256: String,
    /// The bytes.
    pub data: Vec<u8>,
}

/// One entry of a submission's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// When (RFC 3339 UTC).
    pub at: String,
    /// The staff token's name, or `shopper` for the submission itself.
    pub actor: String,
    /// `created`, `status`, `assignee` or `note`.
    pub action: String,
    /// The value before a change.
    pub from: Option<String>,
    /// The value after a change.
    pub to: Option<String>,
    /// A note's text.
    pub text: Option<String>,
}

impl Event {
    /// The API's JSON.
    pub fn to_json(&self) -> Value {
        json!({
            "at": self.at, "actor": self.actor, "action": self.action,
            "from": self.from, "to": self.to, "text": self.text,
        })
    }
}

/// Which submissions to list. List order: overdue first, then due date,
/// then arrival.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this status.
    pub status: Option<Status>,
    /// Only this kind.
    pub kind: Option<String>,
    /// Only this market (country code).
    pub market: Option<String>,
    /// Only overdue (`true`) or only not overdue (`false`).
    pub overdue: Option<bool>,
    /// Text anywhere in the reference or the submission (case-insensitive).
    pub q: Option<String>,
    /// The `next` cursor of the previous page.
    pub after: Option<String>,
    /// Page size (1 to [`MAX_PAGE`]; 0 means [`DEFAULT_PAGE`]).
    pub limit: u32,
}

/// The page size when none is asked for.
pub const DEFAULT_PAGE: u32 = 50;
/// The largest page.
pub const MAX_PAGE: u32 = 500;

impl Filter {
    fn page_size(&self) -> u32 {
        match self.limit {
            0 => DEFAULT_PAGE,
            n => n.min(MAX_PAGE),
        }
    }
}

/// A staff change to one submission; `None` leaves a field as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// The new status.
    pub status: Option<Status>,
    /// The new assignee (`Some(None)` removes it).
    pub assignee: Option<Option<String>>,
    /// A note to add to the history.
    pub note: Option<String>,
}

/// Why the store failed.
#[derive(Debug)]
pub enum StoreError {
    /// The database refused or could not be reached; the text says why.
    Database(String),
    /// A cursor that this endpoint did not make.
    BadCursor,
    /// A stored row that cannot be read back.
    Corrupt(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Database(e) => write!(f, "database error: {e}"),
            StoreError::BadCursor => write!(
                f,
                "the `after` cursor is not one this endpoint made; start again without it"
            ),
            StoreError::Corrupt(e) => write!(f, "a stored row cannot be read: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// What storing a submission did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// A new row, with its reference.
    Created(String),
    /// The key was known with the same body: the first reference.
    Repeated(String),
    /// The key was known with a different body.
    KeyReused,
}

/// A checked submission, ready to store.
#[derive(Clone, Debug)]
pub struct NewSubmission {
    /// The `Idempotency-Key` (equal to the payload's `id`).
    pub key: String,
    /// The payload's kind.
    pub kind: String,
    /// The payload's market code (empty for none).
    pub market: String,
    /// The payload's locale.
    pub language: String,
    /// The payload as stored.
    pub body: String,
    /// [`body_hash`] of the payload.
    pub body_hash: String,
    /// When it arrived (RFC 3339 UTC).
    pub received_at: String,
    /// Its due date.
    pub due: String,
    /// Its files, in the order the payload lists them.
    pub files: Vec<NewFile>,
}

impl NewSubmission {
    /// Reads the stored columns out of a checked payload.
    pub fn from_payload(key: &str, payload: &Value) -> NewSubmission {
        let text = |name: &str| {
            payload
                .get(name)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let kind = text("kind");
        let market = text("market");
        let received_at = deadline::now_rfc3339();
        let due = deadline::due(&kind, &market, &received_at);
        NewSubmission {
            key: key.to_string(),
            language: text("locale"),
            body: payload.to_string(),
            body_hash: body_hash(payload),
            kind,
            market,
            received_at,
            due,
            files: Vec::new(),
        }
    }
}

/// A webhook event waiting in the outbox.
#[derive(Clone, Debug)]
pub struct OutboxItem {
    /// The row id, also the event id the receiver sees.
    pub id: i64,
    /// The event without its id (see [`OutboxItem::body`]).
    pub payload: String,
    /// Attempts so far, this one included.
    pub attempts: i32,
}

impl OutboxItem {
    /// The body sent: the payload with `"id": "evt_<row id>"` first.
    pub fn body(&self) -> String {
        let rest = self.payload.trim_start().strip_prefix('{').unwrap_or("}");
        let sep = if rest.trim_start().starts_with('}') {
            ""
        } else {
            ","
        };
        format!("{{\"id\":\"{}\"{sep}{rest}", self.event_id())
    }

    /// `evt_<row id>`.
    pub fn event_id(&self) -> String {
        format!("evt_{}", self.id)
    }
}

/// SHA-256 (hex) of the payload's canonical JSON (keys sorted at every
/// level, no spaces), so the same submission sent again with its keys in
/// another order is the same body.
pub fn body_hash(payload: &Value) -> String {
    fn canonical(v: &Value, out: &mut String) {
        match v {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                out.push('{');
                for (i, k) in keys.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::String(k.clone()).to_string());
                    out.push(':');
                    canonical(&map[k], out);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    canonical(item, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut text = String::new();
    canonical(payload, &mut text);
    hex(&Sha256::digest(text.as_bytes()))
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A reference people can read out on the phone: `CW-` + four hex digits of
/// the key + `-` + a running number.
pub fn reference_for(key: &str, seq: i64) -> String {
    let head: String = key
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(4)
        .collect::<String>()
        .to_uppercase();
    format!("CW-{head:0>4}-{seq:04}")
}

/// What a known key means: the same body is a repeat (the first
/// reference), a different one a reused key. Rows stored before body hashes
/// existed are hashed from their stored body.
fn repeated(
    reference: String,
    stored_hash: Option<String>,
    stored_body: &str,
    hash: &str,
) -> Stored {
    let stored_hash = stored_hash.unwrap_or_else(|| {
        serde_json::from_str(stored_body)
            .map(|v: Value| body_hash(&v))
            .unwrap_or_default()
    });
    if stored_hash == hash {
        Stored::Repeated(reference)
    } else {
        Stored::KeyReused
    }
}

/// The webhook event for a new submission.
fn created_event(s: &NewSubmission, reference: &str) -> String {
    let submission: Value = serde_json::from_str(&s.body).unwrap_or(Value::Null);
    json!({
        "type": "submission.created",
        "createdAt": s.received_at,
        "data": {
            "reference": reference, "kind": s.kind, "market": s.market,
            "language": s.language, "status": "new", "due": s.due,
            "createdAt": s.received_at, "submission": submission,
            "attachments": s.files.iter().enumerate().map(|(n, f)| json!({
                "n": n, "name": f.name, "type": f.media_type,
                "bytes": f.data.len(), "sha256": f.sha256,
                "url": FileInfo::url(reference, n as i32),
            })).collect::<Vec<_>>(),
        },
    })
    .to_string()
}

/// The webhook event for a status change.
fn status_event(reference: &str, actor: &str, from: Status, to: Status, at: &str) -> String {
    json!({
        "type": "submission.status_changed",
        "createdAt": at,
        "data": { "reference": reference, "from": from.as_str(), "to": to.as_str(), "actor": actor },
    })
    .to_string()
}

/// The keyset position of a row in list order: (not overdue, due,
/// received_at, seq). Opaque to clients: hex of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Cursor {
    late: bool,
    due: String,
    received_at: String,
    seq: i64,
}

impl Cursor {
    fn encode(&self) -> String {
        let text = format!(
            "{}|{}|{}|{}",
            u8::from(self.late),
            self.due,
            self.received_at,
            self.seq
        );
        hex(text.as_bytes())
    }

    fn decode(text: &str) -> Result<Cursor, StoreError> {
        let bytes = (0..text.len())
            .step_by(2)
            .map(|i| {
                text.get(i..i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            })
            .collect::<Option<Vec<u8>>>()
            .ok_or(StoreError::BadCursor)?;
        let text = String::from_utf8(bytes).map_err(|_| StoreError::BadCursor)?;
        let mut parts = text.split('|');
        let mut next = || parts.next().ok_or(StoreError::BadCursor);
        let late = next()? == "1";
        let due = next()?.to_string();
        let received_at = next()?.to_string();
        let seq = next()?.parse().map_err(|_| StoreError::BadCursor)?;
        Ok(Cursor {
            late,
            due,
            received_at,
            seq,
        })
    }
}

/// A stored row as both backends read it.
struct Row {
    seq: i64,
    reference: String,
    kind: String,
    market: String,
    language: String,
    status: String,
    assignee: Option<String>,
    received_at: String,
    due: String,
}

impl Row {
    fn summary(self, today: Day) -> Result<Summary, StoreError> {
        let status = Status::parse(&self.status).ok_or_else(|| {
            StoreError::Corrupt(format!(
                "{}: unknown status {:?}",
                self.reference, self.status
            ))
        })?;
        Ok(Summary {
            overdue: deadline::overdue(&self.status, &self.due, today),
            reference: self.reference,
            kind: self.kind,
            market: self.market,
            language: self.language,
            status,
            assignee: self.assignee,
            created_at: self.received_at,
            due: self.due,
        })
    }

    fn cursor(&self, today: Day) -> Cursor {
        Cursor {
            late: deadline::overdue(&self.status, &self.due, today),
            due: self.due.clone(),
            received_at: self.received_at.clone(),
            seq: self.seq,
        }
    }
}

/// `%text%` for LIKE, with `\` escaping `%`, `_` and `\` in the text.
fn like_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// A value bound to a query, for either backend (PostgreSQL wants the
/// exact integer width its column or expression has).
pub(crate) enum Arg {
    Text(String),
    Int4(i32),
    Int8(i64),
}

/// The list query for both backends: the SQL, with placeholders written
/// by `mark` (`?N` for SQLite, `$N` for PostgreSQL), and its arguments.
/// Overdue first, then by due date, arrival and sequence; `after` continues
/// a keyset page.
fn list_query(
    f: &Filter,
    after: Option<&Cursor>,
    today: Day,
    limit: u32,
    mark: fn(usize) -> String,
) -> (String, Vec<Arg>) {
    let mut args = vec![Arg::Text(today.iso())];
    let bind = |args: &mut Vec<Arg>, v: Arg| {
        args.push(v);
        mark(args.len())
    };
    let late = format!(
        "(CASE WHEN status IN ('new', 'in_progress') AND due < {} THEN 1 ELSE 0 END)",
        mark(1)
    );
    let mut sql = format!("SELECT {ROW_COLUMNS} FROM submissions WHERE 1 = 1");
    if let Some(s) = f.status {
        let p = bind(&mut args, Arg::Text(s.as_str().to_string()));
        sql.push_str(&format!(" AND status = {p}"));
    }
    if let Some(k) = &f.kind {
        let p = bind(&mut args, Arg::Text(k.clone()));
        sql.push_str(&format!(" AND kind = {p}"));
    }
    if let Some(m) = &f.market {
        let p = bind(&mut args, Arg::Text(m.to_uppercase()));
        sql.push_str(&format!(" AND market = {p}"));
    }
    if let Some(o) = f.overdue {
        sql.push_str(&format!(" AND {late} = {}", u8::from(o)));
    }
    if let Some(q) = f.q.as_deref().filter(|q| !q.trim().is_empty()) {
        let p = bind(&mut args, Arg::Text(like_pattern(q.trim())));
        sql.push_str(&format!(
            " AND (lower(body) LIKE {p} ESCAPE '\\' OR lower(reference) LIKE {p} ESCAPE '\\')"
        ));
    }
    if let Some(c) = after {
        let a = bind(&mut args, Arg::Int4(1 - i32::from(c.late)));
        let b = bind(&mut args, Arg::Text(c.due.clone()));
        let r = bind(&mut args, Arg::Text(c.received_at.clone()));
        let s = bind(&mut args, Arg::Int8(c.seq));
        sql.push_str(&format!(
            " AND (1 - {late}, due, received_at, seq) > ({a}, {b}, {r}, {s})"
        ));
    }
    sql.push_str(&format!(
        " ORDER BY {late} DESC, due, received_at, seq LIMIT {limit}"
    ));
    (sql, args)
}

/// The columns of a list row, in [`Row`] order.
const ROW_COLUMNS: &str =
    "seq, reference, kind, market, language, status, assignee, received_at, due";

/// The database behind the endpoint, and whether changes also go to the
/// webhook outbox.
#[derive(Clone)]
pub struct Store {
    db: Db,
    webhooks: bool,
}

#[derive(Clone)]
enum Db {
    Sqlite(sqlite::Sqlite),
    Postgres(postgres::Postgres),
}

/// Opens what `--database` names: `postgres://…` / `postgresql://…`, or
/// `sqlite:PATH`, or a plain path (SQLite), and brings its tables up to
/// date. With `webhooks`, new submissions and status changes are written to
/// the outbox.
pub async fn open(database: &str, webhooks: bool) -> Result<Store, StoreError> {
    let db = if database.starts_with("postgres://") || database.starts_with("postgresql://") {
        Db::Postgres(postgres::Postgres::open(database).await?)
    } else {
        let path = database.strip_prefix("sqlite:").unwrap_or(database);
        Db::Sqlite(sqlite::Sqlite::open(path)?)
    };
    Ok(Store { db, webhooks })
}

impl Store {
    /// `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self.db {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// Stores a checked submission once per key.
    pub async fn submit(&self, s: &NewSubmission) -> Result<Stored, StoreError> {
        match &self.db {
            Db::Sqlite(db) => db.submit(s, self.webhooks),
            Db::Postgres(db) => db.submit(s, self.webhooks).await,
        }
    }

    /// One page of the list and the cursor of the next, if any.
    pub async fn list(&self, f: &Filter) -> Result<(Vec<Summary>, Option<String>), StoreError> {
        let today = Day::today();
        let after = f.after.as_deref().map(Cursor::decode).transpose()?;
        let size = f.page_size();
        let mut rows = match &self.db {
            Db::Sqlite(db) => db.list(f, after.as_ref(), today, size + 1)?,
            Db::Postgres(db) => db.list(f, after.as_ref(), today, size + 1).await?,
        };
        let next = if rows.len() > size as usize {
            rows.truncate(size as usize);
            rows.last().map(|r| r.cursor(today).encode())
        } else {
            None
        };
        let items = rows
            .into_iter()
            .map(|r| r.summary(today))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((items, next))
    }

    /// One submission with its history.
    pub async fn get(&self, reference: &str) -> Result<Option<Record>, StoreError> {
        let found = match &self.db {
            Db::Sqlite(db) => db.get(reference)?,
            Db::Postgres(db) => db.get(reference).await?,
        };
        let Some((row, body, history, attachments)) = found else {
            return Ok(None);
        };
        let submission = serde_json::from_str(&body)
            .map_err(|e| StoreError::Corrupt(format!("{}: {e}", row.reference)))?;
        Ok(Some(Record {
            summary: row.summary(Day::today())?,
            submission,
            history,
            attachments,
        }))
    }

    /// File `n` of submission `reference`: its description and bytes.
    pub async fn attachment(
        &self,
        reference: &str,
        n: i32,
    ) -> Result<Option<(FileInfo, Vec<u8>)>, StoreError> {
        match &self.db {
            Db::Sqlite(db) => db.attachment(reference, n),
            Db::Postgres(db) => db.attachment(reference, n).await,
        }
    }

    /// Applies a staff change, records it in the history (and a status
    /// change in the outbox); `None` if there is no such submission.
    pub async fn change(
        &self,
        reference: &str,
        actor: &str,
        c: &Change,
    ) -> Result<Option<Record>, StoreError> {
        let found = match &self.db {
            Db::Sqlite(db) => db.change(reference, actor, c, self.webhooks)?,
            Db::Postgres(db) => db.change(reference, actor, c, self.webhooks).await?,
        };
        if !found {
            return Ok(None);
        }
        self.get(reference).await
    }

    /// Deletes one submission, its files, its history and its webhook
    /// events; whether it existed.
    pub async fn erase(&self, reference: &str) -> Result<bool, StoreError> {
        match &self.db {
            Db::Sqlite(db) => db.erase(reference),
            Db::Postgres(db) => db.erase(reference).await,
        }
    }

    /// Erases every submission closed before `closed_before` (RFC 3339);
    /// returns their references.
    pub async fn erase_closed_before(
        &self,
        closed_before: &str,
    ) -> Result<Vec<String>, StoreError> {
        match &self.db {
            Db::Sqlite(db) => db.erase_closed_before(closed_before),
            Db::Postgres(db) => db.erase_closed_before(closed_before).await,
        }
    }

    /// Moves a submission's arrival, due date and closing `days` days into
    /// the past, as if it had been stored then (for tests of deadlines and
    /// retention); whether it exists.
    #[cfg(any(test, feature = "test-controls"))]
    pub async fn backdate(&self, reference: &str, days: i64) -> Result<bool, StoreError> {
        let shift = |t: &str| match Day::parse(t) {
            Some(d) => format!("{}{}", Day(d.0 - days).iso(), t.get(10..).unwrap_or("")),
            None => t.to_string(),
        };
        let times = match &self.db {
            Db::Sqlite(db) => db.times(reference)?,
            Db::Postgres(db) => db.times(reference).await?,
        };
        let Some((received_at, due, closed_at)) = times else {
            return Ok(false);
        };
        let (r, d, c) = (
            shift(&received_at),
            shift(&due),
            closed_at.as_deref().map(shift),
        );
        match &self.db {
            Db::Sqlite(db) => db.set_times(reference, &r, &d, c.as_deref())?,
            Db::Postgres(db) => db.set_times(reference, &r, &d, c.as_deref()).await?,
        }
        Ok(true)
    }

    /// Every stored submission, oldest first (for tests and inspection).
    pub async fn all(&self) -> Result<Vec<Value>, StoreError> {
        match &self.db {
            Db::Sqlite(db) => db.all(),
            Db::Postgres(db) => db.all().await,
        }
    }

    /// Takes up to `n` outbox events due now and leases them for
    /// `lease_ms` milliseconds (no other process takes them meanwhile).
    pub async fn claim_outbox(&self, n: i64, lease_ms: i64) -> Result<Vec<OutboxItem>, StoreError> {
        let now = deadline::unix_now_ms();
        match &self.db {
            Db::Sqlite(db) => db.claim_outbox(now, n, lease_ms),
            Db::Postgres(db) => db.claim_outbox(now, n, lease_ms).await,
        }
    }

    /// Records the outcome of a delivery: delivered (the row keeps when,
    /// and drops the payload with its personal data), retry later, or given
    /// up (the payload stays, with the last error, for inspection).
    pub async fn finish_outbox(&self, id: i64, outcome: &Delivery) -> Result<(), StoreError> {
        match &self.db {
            Db::Sqlite(db) => db.finish_outbox(id, outcome),
            Db::Postgres(db) => db.finish_outbox(id, outcome).await,
        }
    }
}

/// How one webhook delivery ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// The receiver answered 2xx.
    Delivered,
    /// Try again at this Unix time in milliseconds; the text says what
    /// went wrong.
    Retry(i64, String),
    /// No more attempts; the text says what went wrong last.
    GaveUp(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_hash_ignores_key_order_and_spacing() {
        let a: Value = serde_json::from_str(r#"{"a": 1, "b": {"y": [1, 2], "x": "é"}}"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"b":{"x":"é","y":[1,2]},"a":1}"#).unwrap();
        let c: Value = serde_json::from_str(r#"{"b":{"x":"e","y":[1,2]},"a":1}"#).unwrap();
        assert_eq!(body_hash(&a), body_hash(&b));
        assert_ne!(body_hash(&a), body_hash(&c));
    }

    #[test]
    fn cursors_round_trip_and_strangers_are_refused() {
        let c = Cursor {
            late: true,
            due: "2026-11-16".into(),
            received_at: "2026-11-02T09:00:00.000Z".into(),
            seq: 42,
        };
        assert_eq!(Cursor::decode(&c.encode()).unwrap(), c);
        assert!(matches!(Cursor::decode("zz"), Err(StoreError::BadCursor)));
        assert!(matches!(Cursor::decode("31"), Err(StoreError::BadCursor)));
    }

    /// The `submission.created` event describes the files (name, type,
    /// size, hash, staff download address) and never carries their bytes.
    #[test]
    fn created_events_describe_files_without_their_bytes() {
        let payload = json!({"kind": "complaint", "market": "NL", "locale": "nl"});
        let mut s = NewSubmission::from_payload("k", &payload);
        s.files = vec![NewFile {
            name: "bon.pdf".into(),
            media_type: "application/pdf".into(),
            sha256: "ab".repeat(32),
            data: b"%PDF-1.7 SECRET".to_vec(),
        }];
        let event = created_event(&s, "CW-0000-0007");
        assert!(!event.contains("SECRET"), "{event}");
        let event: Value = serde_json::from_str(&event).unwrap();
        assert_eq!(
            event["data"]["attachments"],
            json!([{
                "n": 0, "name": "bon.pdf", "type": "application/pdf", "bytes": 15,
                "sha256": "ab".repeat(32),
                "url": "/api/submissions/CW-0000-0007/attachments/0",
            }])
        );
    }

    #[test]
    fn outbox_bodies_carry_the_event_id_first() {
        let item = OutboxItem {
            id: 7,
            payload: r#"{"type":"x"}"#.into(),
            attempts: 1,
        };
        let v: Value = serde_json::from_str(&item.body()).unwrap();
        assert_eq!(v["id"], "evt_7");
        assert_eq!(v["type"], "x");
    }

    #[test]
    fn references_are_readable() {
        assert_eq!(reference_for("abcd-ef", 42), "CW-ABCD-0042");
    }

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern("50%_A\\"), "%50\\%\\_a\\\\%");
    }
}
