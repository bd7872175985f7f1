-- 0027 publicly checkable draws and double-random inspections (issue 14 point 1; 1x-selection §25
-- 双随机、一公开, mohrss-filing 一(十七)/二(十三) 事中事后监管; decision 0038).
-- - public_draws: one draw anyone can re-run. The commitment (SHA-256 hex of the seed) is published when
--   the draw is announced; the seed stays unserved until revealed_at, when the inputs (ordered candidate
--   lists, exclusions, sizes) and the result are written with it. Purpose 'inspection_round' (targets and
--   experts of a round) or 'review_panel' (an entry procedure's panel; committed_before_draw is false for
--   a panel drawn without the announced commitment, which the public page says).
-- - inspection_rounds: an authority's plan (scope, sizes, methods, pool, dates) and its draw;
-- - inspections: one per target drawn, with its experts, findings per item, outcome, evidence files,
--   and the rectification or violation case it led to; published_on puts it on the public site (一公开).
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

CREATE TABLE public_draws (
  id uuid PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('inspection_round', 'review_panel')),
  authority_id uuid NOT NULL REFERENCES authorities (id),
  -- A review panel's case (the round points to its draw from inspection_rounds.draw_id).
  case_id uuid REFERENCES cases (id),
  panel_id uuid REFERENCES review_panels (id),
  algorithm text NOT NULL CHECK (algorithm IN ('skillreg-panel/1', 'skillreg-inspection/1')),
  commitment text NOT NULL CHECK (commitment ~ '^[0-9a-f]{64}$'),
  -- Kept secret until revealed_at (the public reads it only then).
  seed text NOT NULL CHECK (seed ~ '^[0-9a-f]{32,128}$'),
  committed_at timestamptz NOT NULL DEFAULT now(),
  committed_by uuid REFERENCES users (id),
  committed_before_draw boolean NOT NULL DEFAULT true,
  revealed_at timestamptz,
  drawn_on date,
  inputs jsonb,
  result jsonb,
  CHECK ((revealed_at IS NULL) = (inputs IS NULL) AND (revealed_at IS NULL) = (result IS NULL)),
  CHECK ((purpose = 'review_panel') = (case_id IS NOT NULL))
);
-- One panel draw per case (review_panels has one technical-review panel per case).
CREATE UNIQUE INDEX public_draws_case_idx ON public_draws (case_id) WHERE case_id IS NOT NULL;

CREATE TABLE inspection_rounds (
  id uuid PRIMARY KEY,
  reference_no text NOT NULL UNIQUE,
  authority_id uuid NOT NULL REFERENCES authorities (id),
  title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'drawn', 'in_progress', 'completed')),
  -- Scope: the authority's jurisdiction (or, for the national bodies, the code they name), the kinds
  -- and, optionally, the occupations an institution must be filed for.
  jurisdiction_code text NOT NULL REFERENCES jurisdictions (code),
  institution_kinds text[] NOT NULL,
  occupation_codes text[] NOT NULL DEFAULT '{}',
  target_count integer NOT NULL CHECK (target_count BETWEEN 1 AND 500),
  experts_per_target integer NOT NULL CHECK (experts_per_target BETWEEN 1 AND 10),
  methods text[] NOT NULL,
  pool_id uuid NOT NULL REFERENCES expert_pools (id),
  planned_start date NOT NULL,
  planned_end date NOT NULL CHECK (planned_end >= planned_start),
  draw_id uuid NOT NULL REFERENCES public_draws (id),
  planned_on date NOT NULL,
  planned_by uuid REFERENCES users (id),
  drawn_on date,
  completed_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_rounds_authority_idx ON inspection_rounds (authority_id, created_at DESC);

CREATE TABLE inspections (
  id uuid PRIMARY KEY,
  round_id uuid NOT NULL REFERENCES inspection_rounds (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  -- As named at the draw (the public list keeps the name the round was published with).
  institution_name text NOT NULL,
  draw_rank integer NOT NULL CHECK (draw_rank >= 1),
  status text NOT NULL DEFAULT 'drawn' CHECK (status IN ('drawn', 'in_progress', 'concluded')),
  outcome text CHECK (outcome IN ('no_problems', 'rectify', 'violation_suspected')),
  conclusion text,
  concluded_on date,
  published_on date,
  rectification_id uuid,
  violation_case_id uuid REFERENCES cases (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (round_id, institution_id),
  CHECK ((status = 'concluded') = (outcome IS NOT NULL)),
  CHECK ((status = 'concluded') = (concluded_on IS NOT NULL)),
  CHECK (published_on IS NULL OR status = 'concluded')
);
CREATE INDEX inspections_institution_idx ON inspections (institution_id);

CREATE TABLE inspection_experts (
  inspection_id uuid NOT NULL REFERENCES inspections (id),
  expert_id uuid NOT NULL REFERENCES experts (id),
  draw_rank integer NOT NULL CHECK (draw_rank >= 1),
  expert_name text NOT NULL,
  PRIMARY KEY (inspection_id, expert_id)
);
CREATE INDEX inspection_experts_expert_idx ON inspection_experts (expert_id);

-- Findings per item (检查事项): a record per item, replaced only while the inspection is open.
CREATE TABLE inspection_findings (
  id uuid PRIMARY KEY,
  inspection_id uuid NOT NULL REFERENCES inspections (id),
  seq integer NOT NULL CHECK (seq >= 1),
  item text NOT NULL CHECK (length(item) BETWEEN 1 AND 200),
  method text NOT NULL CHECK (method IN ('materials', 'site_visit', 'interviews')),
  result text NOT NULL CHECK (result IN ('ok', 'problem')),
  note text CHECK (note IS NULL OR length(note) <= 2000),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid REFERENCES users (id),
  UNIQUE (inspection_id, seq)
);

-- Evidence files, content-addressed in the existing store (stored_files).
CREATE TABLE inspection_evidence (
  id uuid PRIMARY KEY,
  inspection_id uuid NOT NULL REFERENCES inspections (id),
  sha256 text NOT NULL REFERENCES stored_files (sha256),
  original_name text NOT NULL,
  media_type text NOT NULL,
  size bigint NOT NULL CHECK (size >= 0),
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  uploaded_by uuid REFERENCES users (id)
);
CREATE INDEX inspection_evidence_inspection_idx ON inspection_evidence (inspection_id);
