-- 0020 background jobs and the bulk upload of certificate data 证书数据上报 (issue 11 point 6).
-- Decisions 0030 (the job runner) and 0031 (the upload). Frozen once shipped; PostgreSQL 15 and PGlite alike.

-- One row per background job. A worker (any server process) claims a ready job with
-- SELECT … FOR UPDATE SKIP LOCKED and holds a lease (locked_by, locked_until) that it renews with
-- every committed step; a job whose lease ran out (its process died) is claimed again and resumes from
-- what it committed. Only the lease holder may commit a step (the step's transaction re-reads the row
-- FOR UPDATE and checks locked_by), so two processes never apply the same step.
CREATE TABLE background_jobs (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('certificate_upload')),
  status text NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
  locked_by text,
  locked_until timestamptz,
  cancel_requested boolean NOT NULL DEFAULT false,
  -- Why it failed, in Chinese, stating exactly what was committed before.
  failure text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  CHECK (status <> 'running' OR (locked_by IS NOT NULL AND locked_until IS NOT NULL))
);
CREATE INDEX background_jobs_ready_idx ON background_jobs (created_at) WHERE status IN ('queued', 'running');

-- 证书数据上报: one upload of one institution's certificate file. Its progress is committed with every
-- batch (rows_done is the last data row of the file whose batch is committed), so a restart resumes
-- after it and a failure states it exactly.
CREATE TABLE certificate_uploads (
  id uuid PRIMARY KEY REFERENCES background_jobs (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  file_format text NOT NULL CHECK (file_format IN ('csv', 'xlsx')),
  file_sha256 char(64) NOT NULL,
  file_size bigint NOT NULL CHECK (file_size >= 0),
  chunk_count integer NOT NULL CHECK (chunk_count >= 0),
  rows_done integer NOT NULL DEFAULT 0,
  accepted integer NOT NULL DEFAULT 0,
  rejected integer NOT NULL DEFAULT 0,
  already_present integer NOT NULL DEFAULT 0,
  batches_done integer NOT NULL DEFAULT 0,
  -- How far into the file the committed rows reach, for the time left (bytes of the stored file).
  bytes_done bigint NOT NULL DEFAULT 0,
  -- The rules applied, as the audit row records them: {"rules": [...], "catalogue": "..."}.
  rules_applied jsonb NOT NULL DEFAULT '{}'::jsonb,
  uploaded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- The register's upload_id (0017) names the upload a certificate came from; no foreign key from the
-- partitioned register, so that the bulk insert pays no extra lookup per row (decision 0031).
CREATE INDEX certificate_uploads_institution_idx ON certificate_uploads (institution_id, created_at DESC);

-- The uploaded file, in 1 MiB pieces: every server process can read it (several on one PostgreSQL),
-- it is never held whole in memory, and it is removed once the job has ended. Written while the file
-- arrives, before the upload row exists (a job is queued only once its whole file is stored): hence no
-- foreign key; pieces of a file whose request broke off are removed at the next upload start.
CREATE TABLE certificate_upload_chunks (
  upload_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 0),
  bytes bytea NOT NULL,
  PRIMARY KEY (upload_id, seq)
);

-- The rejected rows: row number as the sheet numbers it (header = 1), column, reason in Chinese.
CREATE TABLE certificate_upload_rejections (
  upload_id uuid NOT NULL REFERENCES certificate_uploads (id),
  row_no integer NOT NULL CHECK (row_no >= 2),
  column_name text NOT NULL,
  code text NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (upload_id, row_no)
);
