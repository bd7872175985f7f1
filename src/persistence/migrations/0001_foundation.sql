-- 0001 foundation: reference data, registry, identity, audit.
-- Frozen in time: never edit after it has shipped; add a new numbered file instead.
-- Written for both PostgreSQL 15 (server) and PostgreSQL 18 (PGlite).

CREATE TABLE jurisdictions (
  code text PRIMARY KEY,                -- GB/T 2260 six-digit code; '000000' for the national level
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('national', 'province', 'prefecture', 'county')),
  parent_code text REFERENCES jurisdictions (code),
  source text NOT NULL
);

CREATE TABLE skill_levels (
  level smallint PRIMARY KEY CHECK (level BETWEEN 1 AND 5),
  name_zh text NOT NULL,
  title_zh text NOT NULL,
  name_en text NOT NULL
);

CREATE TABLE occupation_editions (
  edition text PRIMARY KEY,
  title text NOT NULL,
  source text NOT NULL,
  row_count integer NOT NULL DEFAULT 0,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE occupations (
  code text PRIMARY KEY CHECK (code ~ '^[1-8]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
  name text NOT NULL,
  major_code text NOT NULL,
  major_name text NOT NULL,
  middle_code text NOT NULL,
  middle_name text NOT NULL,
  minor_code text NOT NULL,
  minor_name text NOT NULL,
  edition text NOT NULL REFERENCES occupation_editions (edition)
);
CREATE INDEX occupations_major_idx ON occupations (major_code);

-- Which occupations have a national skill standard or a filed evaluation norm (mohrss-filing 二(六)).
CREATE TABLE occupation_standards (
  id uuid PRIMARY KEY,
  occupation_code text NOT NULL REFERENCES occupations (code),
  kind text NOT NULL CHECK (kind IN ('national_standard', 'evaluation_norm')),
  title text NOT NULL,
  document_no text,
  issued_on date,
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX occupation_standards_occ_idx ON occupation_standards (occupation_code);

CREATE TABLE authorities (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('national_centre', 'mohrss', 'provincial_hrss', 'prefectural_hrss',
    'industry_department', 'joint_conference_office', 'delegated_unit')),
  jurisdiction_code text NOT NULL REFERENCES jurisdictions (code),
  industry text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE institutions (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('employer', 'school', 'social_org', 'industry_org', 'training_org')),
  uscc text NOT NULL UNIQUE,
  legal_representative text NOT NULL,
  address text NOT NULL,
  jurisdiction_code text NOT NULL REFERENCES jurisdictions (code),
  authority_id uuid REFERENCES authorities (id),
  status text NOT NULL DEFAULT 'registered'
    CHECK (status IN ('registered', 'active', 'suspended', 'exited')),
  contact_phone text,
  established_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX institutions_jurisdiction_idx ON institutions (jurisdiction_code);
CREATE INDEX institutions_kind_idx ON institutions (kind);

CREATE TABLE branches (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  name text NOT NULL,
  uscc text,
  address text NOT NULL,
  jurisdiction_code text NOT NULL REFERENCES jurisdictions (code),
  status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'active', 'suspended', 'exited')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX branches_institution_idx ON branches (institution_id);

-- People's document numbers are stored encrypted (AES-256-GCM) with an HMAC index and a masked copy
-- (security.md "Personal data"); the plain number is never stored.
CREATE TABLE staff (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  branch_id uuid REFERENCES branches (id),
  name text NOT NULL,
  id_doc_type text NOT NULL,
  id_number_enc text NOT NULL,
  id_number_hmac text NOT NULL,
  id_number_masked text NOT NULL,
  phone text,
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_institution_idx ON staff (institution_id);
CREATE INDEX staff_hmac_idx ON staff (id_number_hmac);

CREATE TABLE staff_roles (
  id uuid PRIMARY KEY,
  staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('full_time_staff', 'assessor', 'quality_supervisor', 'exam_admin')),
  occupation_code text REFERENCES occupations (code),
  level smallint CHECK (level BETWEEN 1 AND 5),
  CHECK (role <> 'assessor' OR occupation_code IS NOT NULL)
);
CREATE INDEX staff_roles_staff_idx ON staff_roles (staff_id);

CREATE TABLE sites (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  branch_id uuid REFERENCES branches (id),
  name text NOT NULL,
  address text NOT NULL,
  tenure text NOT NULL CHECK (tenure IN ('owned', 'leased')),
  lease_start date,
  lease_end date,
  floor_area_m2 numeric(10, 2) NOT NULL CHECK (floor_area_m2 >= 0),
  functional_rooms text[] NOT NULL DEFAULT '{}',
  exam_rooms integer NOT NULL DEFAULT 0 CHECK (exam_rooms >= 0),
  computer_seats integer NOT NULL DEFAULT 0 CHECK (computer_seats >= 0),
  desk_spacing_cm integer CHECK (desk_spacing_cm >= 0),
  cctv_exam_rooms boolean NOT NULL DEFAULT false,
  cctv_full_coverage boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (tenure <> 'leased' OR lease_end IS NOT NULL)
);
CREATE INDEX sites_institution_idx ON sites (institution_id);

CREATE TABLE institution_scopes (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  occupation_code text NOT NULL REFERENCES occupations (code),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  valid_from date,
  valid_to date,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('pending', 'active', 'suspended', 'ended')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (institution_id, occupation_code, level)
);
CREATE INDEX institution_scopes_occ_idx ON institution_scopes (occupation_code, level);

CREATE TABLE institution_status_history (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  from_status text,
  to_status text NOT NULL,
  reason text,
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by uuid
);

CREATE TABLE experts (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  employer_name text NOT NULL,
  employer_uscc text,
  title text,
  specialties text[] NOT NULL DEFAULT '{}',
  phone text,
  id_number_enc text,
  id_number_hmac text,
  id_number_masked text,
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE expert_pools (
  id uuid PRIMARY KEY,
  authority_id uuid NOT NULL REFERENCES authorities (id),
  name text NOT NULL,
  description text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE expert_pool_members (
  pool_id uuid NOT NULL REFERENCES expert_pools (id) ON DELETE CASCADE,
  expert_id uuid NOT NULL REFERENCES experts (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (pool_id, expert_id)
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('authority_staff', 'institution_staff', 'expert', 'sysadmin')),
  authority_id uuid REFERENCES authorities (id),
  institution_id uuid REFERENCES institutions (id),
  expert_id uuid REFERENCES experts (id),
  disabled boolean NOT NULL DEFAULT false,
  failed_login_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'authority_staff' OR authority_id IS NOT NULL),
  CHECK (role <> 'institution_staff' OR institution_id IS NOT NULL),
  CHECK (role <> 'expert' OR expert_id IS NOT NULL)
);

-- Sessions live in the database so that several server processes can serve one user.
-- The cookie carries a random token; only its SHA-256 is stored.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  absolute_expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Working-day calendar: State Council holidays and swapped working days, replaceable per year.
CREATE TABLE calendar_years (
  year integer PRIMARY KEY,
  source text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE calendar_days (
  day date PRIMARY KEY,
  year integer NOT NULL REFERENCES calendar_years (year),
  kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name text NOT NULL
);

-- Audit log. Rows are written in the same transaction as the change; the chain columns
-- (chain_seq, prev_hash, row_hash) are filled afterwards by the sequencer in commit order,
-- so that chaining never takes a global lock on the request path.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  request_id text,
  actor_user_id uuid,
  actor_role text,
  actor_authority_id uuid,
  actor_institution_id uuid,
  entity text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL,
  before_hash text,
  after_hash text,
  before_data jsonb,
  after_data jsonb,
  citations jsonb NOT NULL DEFAULT '[]'::jsonb,
  chain_seq bigint UNIQUE,
  prev_hash text,
  row_hash text
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_log_unchained_idx ON audit_log (id) WHERE chain_seq IS NULL;

CREATE TABLE audit_chain_head (
  id integer PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

-- Audit rows are append-only: content columns never change and rows are never deleted by the
-- application. Only the sequencer may fill the chain columns once.
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('skillreg.audit_purge', true) = 'on' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
  END IF;
  IF OLD.chain_seq IS NOT NULL
     OR NEW.occurred_at IS DISTINCT FROM OLD.occurred_at
     OR NEW.entity IS DISTINCT FROM OLD.entity
     OR NEW.entity_id IS DISTINCT FROM OLD.entity_id
     OR NEW.action IS DISTINCT FROM OLD.action
     OR NEW.actor_user_id IS DISTINCT FROM OLD.actor_user_id
     OR NEW.before_hash IS DISTINCT FROM OLD.before_hash
     OR NEW.after_hash IS DISTINCT FROM OLD.after_hash
     OR NEW.before_data IS DISTINCT FROM OLD.before_data
     OR NEW.after_data IS DISTINCT FROM OLD.after_data
     OR NEW.citations IS DISTINCT FROM OLD.citations THEN
    RAISE EXCEPTION 'audit_log rows cannot be edited';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
