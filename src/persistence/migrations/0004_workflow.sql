-- 0004 workflow (issue 4): the cases of the entry procedures, their event history, statutory
-- deadlines, application materials, stored files, decision documents and gap-free numbering.
-- Frozen once shipped; written for PostgreSQL 15 and PGlite alike.

-- One sequence per number prefix and year (发文字号 黔人社评备受〔2026〕3号, case reference
-- 黔人社评备申〔2026〕0001号). Incremented inside the transaction that uses the number, so a rolled-back
-- transaction leaves no gap, and the row lock orders concurrent issuers.
CREATE TABLE document_counters (
  scope text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  next integer NOT NULL DEFAULT 1 CHECK (next >= 1),
  PRIMARY KEY (scope, year)
);

-- A case: one application running through one procedure (a declared state machine, src/workflows).
CREATE TABLE cases (
  id uuid PRIMARY KEY,
  procedure text NOT NULL,
  reference_no text NOT NULL UNIQUE,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  branch_id uuid REFERENCES branches (id),
  -- The deciding authority, and the jurisdiction the case belongs to (for territorial scopes).
  authority_id uuid NOT NULL REFERENCES authorities (id),
  jurisdiction_code text NOT NULL REFERENCES jurisdictions (code),
  -- A branch filing follows the ministry filing of its employer (mohrss-filing 一(十)5).
  parent_case_id uuid REFERENCES cases (id),
  state text NOT NULL,
  -- Whose move it is, copied from the machine at each transition for the queues (待办).
  awaiting text CHECK (awaiting IN ('applicant', 'authority', 'experts', 'public')),
  snapshot jsonb NOT NULL DEFAULT '{}'::jsonb,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  submitted_at timestamptz,
  closed_at timestamptz,
  -- What a granted filing or selection grants: its validity period (the scope is in institution_scopes).
  valid_from date,
  valid_to date,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX cases_authority_idx ON cases (authority_id, awaiting);
CREATE INDEX cases_institution_idx ON cases (institution_id);
CREATE INDEX cases_jurisdiction_idx ON cases (jurisdiction_code);
CREATE INDEX cases_procedure_state_idx ON cases (procedure, state);
CREATE INDEX cases_parent_idx ON cases (parent_case_id) WHERE parent_case_id IS NOT NULL;

-- Every transition, in order: seq = the case version it produced (1 = opened). The primary key makes
-- a second writer of the same step fail even if the version check were bypassed.
CREATE TABLE case_events (
  case_id uuid NOT NULL REFERENCES cases (id),
  seq integer NOT NULL CHECK (seq >= 1),
  event text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  actor_user_id uuid REFERENCES users (id),
  actor_role text NOT NULL,
  citations jsonb NOT NULL DEFAULT '[]'::jsonb,
  findings jsonb NOT NULL DEFAULT '[]'::jsonb,
  payload jsonb,
  comment text,
  request_id text,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, seq)
);

-- The history of a case is a record: never edited, never deleted by the application.
CREATE FUNCTION case_events_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only';
END;
$$;
CREATE TRIGGER case_events_guard BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_guard();

-- Statutory deadlines (src/workflows/deadline.ts): the inputs (start, n, unit, pauses) are kept so
-- that a corrected calendar recomputes the due date; explanation_zh says how it was computed.
CREATE TABLE case_deadlines (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL,
  label_zh text NOT NULL,
  awaiting text CHECK (awaiting IN ('applicant', 'authority', 'experts', 'public')),
  unit text NOT NULL CHECK (unit IN ('working_days', 'calendar_days')),
  n integer NOT NULL CHECK (n >= 0),
  roll_to_working_day boolean NOT NULL DEFAULT true,
  parameter_id text NOT NULL,
  citation jsonb NOT NULL,
  start_date date NOT NULL,
  due_date date NOT NULL,
  pauses jsonb NOT NULL DEFAULT '[]'::jsonb,
  paused_from date,
  paused_days integer NOT NULL DEFAULT 0 CHECK (paused_days >= 0),
  status text NOT NULL CHECK (status IN ('running', 'paused', 'met', 'cancelled')),
  met_on date,
  explanation_zh text NOT NULL,
  calendar_known boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'paused') = (paused_from IS NOT NULL))
);
CREATE INDEX case_deadlines_case_idx ON case_deadlines (case_id);
CREATE INDEX case_deadlines_running_due_idx ON case_deadlines (due_date) WHERE status = 'running';
-- At most one open clock of a kind per case.
CREATE UNIQUE INDEX case_deadlines_open_uq ON case_deadlines (case_id, kind) WHERE status IN ('running', 'paused');

-- Uploaded and generated files, by content (SHA-256). The bytes live in the file store
-- (src/persistence/file-store.ts): files under the data directory, or stored_file_contents.
CREATE TABLE stored_files (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size >= 0),
  media_type text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Bytes kept in the database (PostgreSQL deployments: every server process sees them, and they
-- commit or roll back with the case; docs/decisions/0008-materials-and-documents.md).
CREATE TABLE stored_file_contents (
  sha256 text PRIMARY KEY REFERENCES stored_files (sha256),
  bytes bytea NOT NULL
);

-- Application materials (申请材料) per checklist item, versioned: a correction adds version n+1 and
-- marks the file it replaces superseded; nothing is deleted.
CREATE TABLE case_materials (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  checklist_item text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  sha256 text NOT NULL REFERENCES stored_files (sha256),
  original_name text NOT NULL,
  media_type text NOT NULL,
  size bigint NOT NULL CHECK (size >= 0),
  uploaded_by uuid REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  superseded_by uuid REFERENCES case_materials (id),
  superseded_at timestamptz,
  -- Taken out of a draft by the applicant without a replacement.
  removed_at timestamptz,
  UNIQUE (case_id, checklist_item, version)
);
CREATE INDEX case_materials_current_idx ON case_materials (case_id, checklist_item)
  WHERE superseded_by IS NULL AND removed_at IS NULL;

-- Decision documents (受理通知书, 补正材料通知书, 备案回执, 公布记录 …): numbered, rendered to PDF and kept
-- with the case and the transition that issued them.
CREATE TABLE documents (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  case_event_seq integer,
  kind text NOT NULL,
  number text NOT NULL UNIQUE,
  title text NOT NULL,
  sha256 text NOT NULL REFERENCES stored_files (sha256),
  issued_on date NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  issued_by uuid REFERENCES users (id),
  issuer_authority_id uuid REFERENCES authorities (id),
  citations jsonb NOT NULL DEFAULT '[]'::jsonb,
  FOREIGN KEY (case_id, case_event_seq) REFERENCES case_events (case_id, seq)
);
CREATE INDEX documents_case_idx ON documents (case_id);
