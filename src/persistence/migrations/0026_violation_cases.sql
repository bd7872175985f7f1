-- 0026 violation cases (issue 13; mohrss-violations §16–20, 1x-exit §7(3)–(4)). A violation case is a case
-- of the generic engine (procedure 'violation-case'); its archive is case_events (append-only, §20).
-- - cases.decider_institution_id: the institution that determines a candidate's or a staff member's case
--   (§16 ¶1–2); NULL when the authority decides (institution cases, and staff cases it takes itself);
-- - violation_effects: every effect a decision applied (a cancelled result, an invalidated certificate, a
--   ban, a suspension …) with what it touched, so that a review that revokes or varies the decision (§19)
--   undoes exactly those and nothing else;
-- - institution_sanctions: what an authority imposed on an institution (§12 interview, §13 warning,
--   suspension during the rectification period, 诚信不良档案, §14 termination, 1x-exit §7(4) measures);
--   the standing (institutions.status) is set from them, and the directory shows the suspension's period;
-- - violation_publications: what the public site shows of a published decision, written at publication
--   with names already masked — the public query never touches a private table;
-- - evaluation_bans / staff_sanctions: lifted_on when a review revokes the decision;
-- - data_access_thresholds / data_access_alerts: §15 ¶2 reading beyond one's rights, detected from the
--   verification interfaces' usage against a threshold the authority sets.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

ALTER TABLE cases ADD COLUMN decider_institution_id uuid REFERENCES institutions (id);
CREATE INDEX cases_decider_institution_idx ON cases (decider_institution_id, awaiting)
  WHERE decider_institution_id IS NOT NULL;

CREATE TABLE violation_effects (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  -- The case event that applied it, and the one that undid it (a review, §19).
  applied_seq integer NOT NULL,
  kind text NOT NULL CHECK (kind IN (
    'result_cancellation', 'certificate_invalidation', 'certificate_withdrawal', 'evaluation_ban',
    'staff_work_ban', 'assessor_revocation', 'interview', 'warning', 'suspension', 'credit_blacklist',
    'filing_termination', 'data_access_revocation', 'x_measure', 'publication')),
  -- What it touched (a candidate, a certificate, a ban, a sanction …) and what to restore.
  target_id uuid,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  applied_on date NOT NULL,
  undone_seq integer,
  undone_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX violation_effects_case_idx ON violation_effects (case_id);

CREATE TABLE institution_sanctions (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN (
    'interview', 'warning', 'suspension', 'credit_blacklist', 'filing_termination', 'x_measure')),
  -- For x_measure: which of 1x-exit §7(4) (interview_x, warning_x, circular, rectification_x,
  -- scale_limit, funding_cut); NULL otherwise.
  measure text,
  article text NOT NULL,
  starts_on date NOT NULL,
  -- The rectification deadline of a warning / suspension (§13 限期整改), set by the authority.
  due_on date,
  -- When the rectification was accepted (the suspension ends) or a review lifted the sanction.
  ended_on date,
  end_reason text,
  published boolean NOT NULL DEFAULT false,
  -- The standing before a suspension or termination, restored when a review revokes it.
  previous_status text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (due_on IS NULL OR due_on >= starts_on),
  CHECK (ended_on IS NULL OR end_reason IS NOT NULL)
);
CREATE INDEX institution_sanctions_institution_idx ON institution_sanctions (institution_id, kind);

CREATE TABLE violation_publications (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  published_on date NOT NULL,
  subject_kind text NOT NULL CHECK (subject_kind IN ('candidate', 'staff', 'institution')),
  -- An institution by its name; a person by the masked name only (the one masking policy).
  subject_name text NOT NULL,
  institution_name text NOT NULL,
  jurisdiction_code text NOT NULL REFERENCES jurisdictions (code),
  decided_by text NOT NULL,
  decision_number text NOT NULL,
  decided_on date NOT NULL,
  charge text NOT NULL,
  charge_en text NOT NULL,
  sanctions text NOT NULL,
  sanctions_en text NOT NULL,
  articles jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- 诚信不良档案 (§13 列入诚信不良档案并向社会公布).
  bad_credit boolean NOT NULL DEFAULT false,
  -- Set when a review revokes the decision: the entry stays, marked as revoked.
  revoked_on date
);
CREATE INDEX violation_publications_published_idx ON violation_publications (published_on DESC, id);

ALTER TABLE evaluation_bans ADD COLUMN lifted_on date;
ALTER TABLE staff_sanctions ADD COLUMN lifted_on date;

CREATE TABLE data_access_thresholds (
  authority_id uuid PRIMARY KEY REFERENCES authorities (id),
  -- Certificates one verifier organisation may read in a day before a lead is raised.
  certificates_per_day integer NOT NULL CHECK (certificates_per_day BETWEEN 1 AND 10000000),
  reason text NOT NULL CHECK (length(reason) BETWEEN 2 AND 500),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE data_access_alerts (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES verifier_organisations (id),
  day date NOT NULL,
  certificates integer NOT NULL,
  threshold integer NOT NULL,
  authority_id uuid NOT NULL REFERENCES authorities (id),
  raised_at timestamptz NOT NULL DEFAULT now(),
  handled_at timestamptz,
  handled_by uuid REFERENCES users (id),
  outcome text CHECK (outcome IN ('revoked', 'case_opened', 'no_breach')),
  note text,
  UNIQUE (organisation_id, day)
);
