-- 0029 1+X programme operations, monitoring ratings and the grounds raised from the data (issue 14
-- points 3–5; docs/decisions/0040).
-- - programme_operations: the dated records a 1+X training-evaluation organisation keeps about its
--   certificate programmes (1x-selection §17, §19, §20, §22, §24, §28): one table, a kind, the details of
--   the kind as JSON (validated by one zod schema per kind in src/use-cases/programme-operations/kinds.ts).
--   programme_seq is directory_entry_programmes.seq of the organisation's entry (NULL: the whole
--   organisation, e.g. an exam site serving every programme). A record is never edited: a wrong one is
--   withdrawn with a reason and a new one recorded.
-- - rating_indicator_sets: the office's indicator system for monitoring ratings (1x-selection §27), dated
--   and versioned like the parameters: each version applies from effective_from until the next one, with
--   its indicators (source, weight, scoring) and the A–D bands, and the reason the office gave (the text
--   sets no number).
-- - rating_runs / ratings: a run rates the organisations and their programmes for a period with one
--   version of the set; each rating keeps every input it was computed from; the office confirms it, and a
--   confirmed D opens a rectification order (rectifications, 0028) with the office's deadline.
-- - channel_problem_thresholds: 1x-exit §5(5) "反映问题较多" is no number: an authority sets how many
--   unresolved problems raise the ground, with its reason; none by default (no ground until one is set).
-- - supervision_grounds: a ground the system computed (on read) once a person acted on it: opened a
--   violation case, opened a rectification, took the exit route (issue 15), or dismissed it with a reason.
--   The natural key (institution, programme, rule, since) makes the record exactly once across processes.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

CREATE TABLE programme_operations (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  entry_id uuid NOT NULL REFERENCES directory_entries (id),
  programme_seq integer,
  kind text NOT NULL CHECK (kind IN ('exam_site', 'school_implementation', 'standard_version',
    'materials_version', 'question_bank_version', 'fee_standard', 'teacher_training',
    'recognising_company', 'evaluation')),
  occurred_on date NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users (id),
  withdrawal_reason text,
  CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);
CREATE INDEX programme_operations_institution_idx
  ON programme_operations (institution_id, programme_seq, kind, occurred_on DESC);

CREATE TABLE rating_indicator_sets (
  id uuid PRIMARY KEY,
  authority_id uuid NOT NULL REFERENCES authorities (id),
  version integer NOT NULL CHECK (version >= 1),
  effective_from date NOT NULL,
  -- [{ key, name, source, weight, target | penalty }] and { A, B, C } (minimum scores; below C is D).
  indicators jsonb NOT NULL,
  bands jsonb NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 2 AND 1000),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (authority_id, version),
  UNIQUE (authority_id, effective_from)
);

CREATE TABLE rating_runs (
  id uuid PRIMARY KEY,
  authority_id uuid NOT NULL REFERENCES authorities (id),
  indicator_set_id uuid NOT NULL REFERENCES rating_indicator_sets (id),
  period_from date NOT NULL,
  period_to date NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_to >= period_from)
);
CREATE INDEX rating_runs_authority_idx ON rating_runs (authority_id, period_to DESC);

CREATE TABLE ratings (
  id uuid PRIMARY KEY,
  run_id uuid NOT NULL REFERENCES rating_runs (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  -- NULL: the organisation as a whole; else the certificate programme's seq.
  programme_seq integer,
  score numeric(6, 2) NOT NULL,
  grade text NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
  -- Every input: [{ key, source, raw, score, weight, evidence }].
  inputs jsonb NOT NULL,
  confirmed_on date,
  confirmed_by uuid REFERENCES users (id),
  rectification_id uuid REFERENCES rectifications (id),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (run_id, institution_id, programme_seq)
);
CREATE INDEX ratings_institution_idx ON ratings (institution_id, grade);

CREATE TABLE channel_problem_thresholds (
  authority_id uuid PRIMARY KEY REFERENCES authorities (id),
  unresolved_problems integer NOT NULL CHECK (unresolved_problems BETWEEN 1 AND 10000),
  reason text NOT NULL CHECK (length(reason) BETWEEN 2 AND 500),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE supervision_grounds (
  id uuid PRIMARY KEY,
  authority_id uuid NOT NULL REFERENCES authorities (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  -- 0 = the organisation as a whole (a unique key cannot hold NULL as one value on PostgreSQL 15's default).
  programme_seq integer NOT NULL DEFAULT 0,
  rule_id text NOT NULL,
  -- The day the ground's period runs from (approval, the last update …): a later ground is a new one.
  since date NOT NULL,
  raised_on date NOT NULL,
  evidence jsonb NOT NULL DEFAULT '{}'::jsonb,
  state text NOT NULL CHECK (state IN ('acted', 'dismissed')),
  action text CHECK (action IN ('violation_case', 'rectification', 'exit')),
  case_id uuid REFERENCES cases (id),
  rectification_id uuid REFERENCES rectifications (id),
  reason text NOT NULL CHECK (length(reason) BETWEEN 2 AND 2000),
  acted_by uuid REFERENCES users (id),
  acted_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (institution_id, programme_seq, rule_id, since),
  CHECK ((state = 'acted') = (action IS NOT NULL))
);
CREATE INDEX supervision_grounds_authority_idx ON supervision_grounds (authority_id, acted_at DESC);
