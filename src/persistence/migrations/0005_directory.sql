-- 0005 directory (issue 4): the public directory of filed and selected evaluation institutions —
-- what a filing or selection granted (filing code, validity, scope occupation × level, certificate
-- programmes), by which authority, on which case, published on which day; and its withdrawal
-- (filing cancelled, mohrss-filing 二(十一)). Frozen once shipped; PostgreSQL 15 and PGlite alike.

CREATE TABLE directory_entries (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  -- A branch filed locally (mohrss-filing 一(十)5, dept-pilot 三) has its own entry.
  branch_id uuid REFERENCES branches (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  procedure text NOT NULL,
  regime text NOT NULL,
  filing_code text NOT NULL,
  -- The published record keeps the names as they were published (a later rename is a new record).
  institution_name text NOT NULL,
  institution_kind text NOT NULL,
  branch_name text,
  jurisdiction_code text NOT NULL REFERENCES jurisdictions (code),
  authority_id uuid NOT NULL REFERENCES authorities (id),
  valid_from date NOT NULL,
  valid_to date,
  citations jsonb NOT NULL DEFAULT '[]'::jsonb,
  published_on date NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES users (id),
  withdrawn_on date,
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users (id),
  withdrawal_reason text,
  withdrawal_citations jsonb,
  withdrawal_case_id uuid REFERENCES cases (id),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CHECK ((withdrawn_on IS NULL) = (withdrawn_at IS NULL))
);
-- A case publishes at most one live entry.
CREATE UNIQUE INDEX directory_entries_case_live_uq ON directory_entries (case_id) WHERE withdrawn_at IS NULL;
CREATE INDEX directory_entries_institution_idx ON directory_entries (institution_id);
CREATE INDEX directory_entries_jurisdiction_idx ON directory_entries (jurisdiction_code);
CREATE INDEX directory_entries_published_idx ON directory_entries (published_on DESC) WHERE withdrawn_at IS NULL;

-- The scope a filing grants: occupation × level (what the institution may evaluate).
CREATE TABLE directory_entry_scopes (
  entry_id uuid NOT NULL REFERENCES directory_entries (id),
  occupation_code text NOT NULL REFERENCES occupations (code),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  PRIMARY KEY (entry_id, occupation_code, level)
);
CREATE INDEX directory_entry_scopes_occ_idx ON directory_entry_scopes (occupation_code, level);

-- 1+X: the certificate programmes (职业技能等级证书) a selected organisation runs (1x-selection §16).
CREATE TABLE directory_entry_programmes (
  entry_id uuid NOT NULL REFERENCES directory_entries (id),
  seq integer NOT NULL CHECK (seq >= 1),
  name text NOT NULL,
  code text,
  PRIMARY KEY (entry_id, seq)
);
