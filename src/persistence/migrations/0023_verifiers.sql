-- 0023 verifier organisations and their API keys (issue 12 point 2; decision 0035): employers' HR
-- offices, subsidy offices and others that check certificates in batches. Their keys are
-- certificate-data read rights in the sense of mohrss-violations §15 ¶2: an authority can revoke them
-- at once and order the deletion of what was read. Frozen once shipped; PostgreSQL 15 and PGlite alike.

-- 核验单位: who reads certificate data through a key (or the batch upload of the web app).
CREATE TABLE verifier_organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  uscc text CHECK (uscc ~ '^[0-9A-Z]{18}$'),
  kind text NOT NULL CHECK (kind IN ('employer', 'subsidy_office', 'other')),
  contact text NOT NULL CHECK (length(contact) BETWEEN 1 AND 200),
  -- Certificates checked per day (China's date), for the whole organisation: every key and the upload.
  daily_quota integer NOT NULL DEFAULT 10000 CHECK (daily_quota BETWEEN 1 AND 1000000),
  -- mohrss-violations §15 ¶2 立即取消其证书数据读取权限: every key fails on its next request.
  read_rights_revoked_at timestamptz,
  revoked_by uuid REFERENCES users (id),
  revocation_reason text,
  -- … 并责令其删除已读取的证书数据: the order as written, and when.
  deletion_order text,
  deletion_ordered_at timestamptz,
  deletion_ordered_by uuid REFERENCES users (id),
  -- The violation case that led here (issue 13 will set it).
  decision_case_id uuid REFERENCES cases (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((read_rights_revoked_at IS NULL) = (revocation_reason IS NULL)),
  CHECK ((deletion_order IS NULL) = (deletion_ordered_at IS NULL))
);
CREATE UNIQUE INDEX verifier_organisations_name_idx ON verifier_organisations (lower(name));
CREATE UNIQUE INDEX verifier_organisations_uscc_idx ON verifier_organisations (uscc) WHERE uscc IS NOT NULL;

-- A verifier account (核验单位账号) is bound to its organisation, as institution staff to theirs.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users
  ADD CONSTRAINT users_role_check
    CHECK (role IN ('authority_staff', 'institution_staff', 'expert', 'sysadmin', 'verifier')),
  ADD COLUMN verifier_id uuid REFERENCES verifier_organisations (id),
  ADD CONSTRAINT users_verifier_binding_check CHECK (role <> 'verifier' OR verifier_id IS NOT NULL);

-- API keys: only the SHA-256 of the key is kept, with its first characters to recognise it by. A
-- rotated key keeps working until expires_at (a day of grace); a revoked one stops at once.
CREATE TABLE verifier_api_keys (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES verifier_organisations (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  prefix text NOT NULL CHECK (prefix ~ '^srk_[0-9a-zA-Z]{8}$'),
  key_hash text NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  expires_at timestamptz,
  replaced_by uuid REFERENCES verifier_api_keys (id),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX verifier_api_keys_organisation_idx ON verifier_api_keys (organisation_id, created_at);

-- Usage per organisation, key and day (China's date): one upsert per batch request. key_id is null for
-- the batch upload of the web app, which counts against the same quota.
CREATE TABLE verifier_key_usage (
  organisation_id uuid NOT NULL REFERENCES verifier_organisations (id),
  key_id uuid REFERENCES verifier_api_keys (id),
  day date NOT NULL,
  requests integer NOT NULL DEFAULT 0 CHECK (requests >= 0),
  certificates integer NOT NULL DEFAULT 0 CHECK (certificates >= 0),
  CONSTRAINT verifier_key_usage_key UNIQUE NULLS NOT DISTINCT (organisation_id, key_id, day)
);
CREATE INDEX verifier_key_usage_day_idx ON verifier_key_usage (organisation_id, day);
