-- Files sent with a submission, kept in the database beside it: one
-- transaction stores a submission with its files (a retry never finds half
-- of them), every endpoint process sees them without a shared disk, erasure
-- deletes them with it, and a backup of the database has them too. `n` is
-- the file's place in the submission's `attachments` list.
CREATE TABLE attachments (
  submission_seq BIGINT NOT NULL,
  n INTEGER NOT NULL,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (submission_seq, n)
);
