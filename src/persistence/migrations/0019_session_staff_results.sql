-- 0019 staff on a session and results (issue 11 points 3 and 4; docs/decisions/0028).
-- - session_staff: the institution's staff assigned to a session as 考务管理人员, 考评人员 or 质量督导员
--   (mohrss-violations §21 ¶3 names the three; §12(2) 配备工作人员, §12(4) 质量督导), with the assignment
--   check as run;
-- - staff_sanctions: the staff-sanction register kept by the authorities (§9 取消当年参加评价工作的资格,
--   §10 吊销考评人员证书), keyed by the hash of the document number across all institutions;
-- - session_pass_marks: the pass mark (and full mark) of each subject, entered by the institution from
--   the standard — never a default;
-- - subject_results: per candidate per subject a score, absent, or cancelled (§5–7 取消成绩) with reason;
-- - result_corrections: after the session is closed, every change with who, when, why, old → new.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

CREATE TABLE session_staff (
  id uuid PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES evaluation_sessions (id),
  -- Copied from the session so that every scoped query filters on one column.
  institution_id uuid NOT NULL REFERENCES institutions (id),
  staff_id uuid NOT NULL REFERENCES staff (id),
  duty text NOT NULL CHECK (duty IN ('exam_admin', 'assessor', 'quality_supervisor')),
  -- {"check": …, "asOf": "YYYY-MM-DD", "outcome": "pass", "findings": [...]}: the assignment check as run.
  findings jsonb NOT NULL,
  assigned_by uuid REFERENCES users (id),
  assigned_at timestamptz NOT NULL DEFAULT now()
);
-- The same person once per session, whatever the duty (docs/decisions/0028).
CREATE UNIQUE INDEX session_staff_person_idx ON session_staff (session_id, staff_id);
CREATE INDEX session_staff_institution_idx ON session_staff (institution_id);

CREATE TABLE staff_sanctions (
  id uuid PRIMARY KEY,
  -- work_ban: §9 取消其当年参加评价工作的资格 (any duty); assessor_card_revoked: §10 吊销考评人员证书.
  kind text NOT NULL CHECK (kind IN ('work_ban', 'assessor_card_revoked')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  doc_type text NOT NULL,
  doc_enc text NOT NULL,
  doc_hmac text NOT NULL,
  doc_masked text NOT NULL,
  from_on date NOT NULL,
  -- NULL: no end (a revoked card stays revoked).
  to_on date,
  article text NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  -- The decision it comes from (文号), when there is one; the violations procedure fills it later.
  decision_ref text,
  decision_case_id uuid REFERENCES cases (id),
  recorded_by_authority_id uuid NOT NULL REFERENCES authorities (id),
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE INDEX staff_sanctions_doc_idx ON staff_sanctions (doc_hmac);

CREATE TABLE session_pass_marks (
  session_id uuid NOT NULL REFERENCES evaluation_sessions (id),
  subject text NOT NULL CHECK (subject IN ('theory', 'skills', 'comprehensive_review')),
  full_mark numeric(6, 2) NOT NULL CHECK (full_mark > 0),
  pass_mark numeric(6, 2) NOT NULL CHECK (pass_mark > 0 AND pass_mark <= full_mark),
  -- Where the institution took it from (the standard or norm and its clause).
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
  set_by uuid REFERENCES users (id),
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, subject)
);

CREATE TABLE subject_results (
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  subject text NOT NULL CHECK (subject IN ('theory', 'skills', 'comprehensive_review')),
  session_id uuid NOT NULL REFERENCES evaluation_sessions (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  outcome text NOT NULL CHECK (outcome IN ('scored', 'absent', 'cancelled')),
  score numeric(6, 2) CHECK (score >= 0),
  -- 取消成绩: the article (mohrss-violations §5, §6 or §7 with its item) and what happened.
  cancel_article text,
  cancel_reason text,
  entered_by uuid REFERENCES users (id),
  entered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (candidate_id, subject),
  CHECK ((outcome = 'scored') = (score IS NOT NULL)),
  CHECK ((outcome = 'cancelled') = (cancel_article IS NOT NULL AND cancel_reason IS NOT NULL))
);
CREATE INDEX subject_results_session_idx ON subject_results (session_id);

-- After the session is closed (issue 11 point 4): the record of every change, append-only.
CREATE TABLE result_corrections (
  id uuid PRIMARY KEY,
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  session_id uuid NOT NULL REFERENCES evaluation_sessions (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  subject text NOT NULL CHECK (subject IN ('theory', 'skills', 'comprehensive_review')),
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  overall_before text CHECK (overall_before IN ('passed', 'failed')),
  overall_after text CHECK (overall_after IN ('passed', 'failed')),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  corrected_by uuid REFERENCES users (id),
  corrected_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX result_corrections_session_idx ON result_corrections (session_id, corrected_at);

CREATE FUNCTION result_corrections_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'result_corrections is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER result_corrections_no_change
  BEFORE UPDATE OR DELETE ON result_corrections
  FOR EACH ROW EXECUTE FUNCTION result_corrections_append_only();
