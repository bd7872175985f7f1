-- 0016 evaluation sessions 评价批次 (issue 11 point 1): a session opened by an institution or one of its
-- branches for one occupation × level at one of its registered sites, with its dates and the subjects the
-- occupation's standard prescribes for that level; the findings of the opening check
-- (mohrss-violations.evaluation_session.opening, §13–14) are kept with the date they were made on.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

-- The subjects (理论知识考试 theory, 技能考核 skills, 综合评审 comprehensive review) a standard prescribes per
-- level, as reference data kept by the authorities: {"5": ["theory", "skills"], "2": ["theory", "skills",
-- "comprehensive_review"]}. NULL = not recorded; a level absent from the object is not recorded either.
ALTER TABLE occupation_standards ADD COLUMN subjects_by_level jsonb;

CREATE TABLE evaluation_sessions (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  -- Opened by a branch filed locally (its own filing and province), or by the institution itself.
  branch_id uuid REFERENCES branches (id),
  site_id uuid NOT NULL REFERENCES sites (id),
  occupation_code text NOT NULL REFERENCES occupations (code),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- Copied from the standard when the session was opened (a later edit of the standard does not change it).
  subjects text[] NOT NULL CHECK (cardinality(subjects) >= 1
    AND subjects <@ ARRAY['theory', 'skills', 'comprehensive_review']::text[]),
  standard_id uuid NOT NULL REFERENCES occupation_standards (id),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'closed', 'cancelled')),
  -- {"check": …, "asOf": "YYYY-MM-DD", "outcome": "pass", "findings": [...]}: the opening check as run.
  findings jsonb NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  closed_by uuid REFERENCES users (id),
  cancelled_at timestamptz,
  cancelled_by uuid REFERENCES users (id),
  cancel_reason text,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (ends_on >= starts_on),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL)
);
CREATE INDEX evaluation_sessions_institution_idx ON evaluation_sessions (institution_id, starts_on DESC);
CREATE INDEX evaluation_sessions_branch_idx ON evaluation_sessions (branch_id) WHERE branch_id IS NOT NULL;
CREATE INDEX evaluation_sessions_starts_idx ON evaluation_sessions (starts_on DESC);
