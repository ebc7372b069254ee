-- The inbox: status, assignee, deadline, history and the webhook outbox.
ALTER TABLE submissions ADD COLUMN body_hash TEXT;
ALTER TABLE submissions ADD COLUMN market TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN status TEXT NOT NULL DEFAULT 'new';
ALTER TABLE submissions ADD COLUMN assignee TEXT;
ALTER TABLE submissions ADD COLUMN due TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN closed_at TEXT;
CREATE INDEX submissions_due ON submissions (due, received_at, seq);
CREATE INDEX submissions_closed ON submissions (closed_at) WHERE closed_at IS NOT NULL;

CREATE TABLE events (
  id BIGSERIAL PRIMARY KEY,
  submission_seq BIGINT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  from_value TEXT,
  to_value TEXT,
  note TEXT
);
CREATE INDEX events_submission ON events (submission_seq, id);

CREATE TABLE outbox (
  id BIGSERIAL PRIMARY KEY,
  reference TEXT NOT NULL,
  payload TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL, -- Unix time in milliseconds
  lease_until BIGINT NOT NULL DEFAULT 0, -- likewise; 0: not leased
  delivered_at TEXT,
  failed_at TEXT,
  last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
