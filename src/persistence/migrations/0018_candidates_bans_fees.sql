-- 0018 around the candidates of 0017 (issue 11 point 2; docs/decisions/0027):
-- - evaluation_bans: the evaluation-ban register 评价禁考名单 kept by the authorities (mohrss-violations
--   §6 当年不得参加评价, §7 2 年 / 5 年内不得参加评价), keyed by the hash of the document number so that a
--   registration at any institution in any province finds it;
-- - candidate_fees: fees collected and refunded per candidate (1x-selection §24 考核费用单独核算; what
--   1x-exit §9 已收费但未实施考核 needs at exit), amounts in fen;
-- - school_students: a school's student register 学籍名册 (gz-rules §5(1): 本校全日制在校学生，毕业年度或
--   专业全课程结课后), against which its candidates are checked.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

CREATE TABLE evaluation_bans (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  doc_type text NOT NULL,
  doc_enc text NOT NULL,
  doc_hmac text NOT NULL,
  doc_masked text NOT NULL,
  -- The ban's first and last day (both included): 不得参加评价 on any of them.
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- The article of mohrss-violations that imposes it: '6' or '6(1)'…, '7' or '7(1)'….
  article text NOT NULL CHECK (article ~ '^[67](\([1-7]\))?$'),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  -- The decision it comes from: a case of SkillReg (the violations procedure, later) or a reference
  -- to a written decision made elsewhere (文号); either may be unknown for an entry brought in by hand.
  decision_case_id uuid,
  decision_ref text,
  recorded_by_authority_id uuid NOT NULL REFERENCES authorities (id),
  recorded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_on <= ends_on)
);
CREATE INDEX evaluation_bans_doc_idx ON evaluation_bans (doc_hmac, ends_on);
CREATE INDEX evaluation_bans_authority_idx ON evaluation_bans (recorded_by_authority_id, created_at DESC);

CREATE TABLE candidate_fees (
  id uuid PRIMARY KEY,
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  -- Copied from the candidate so that every scoped query filters on one column.
  institution_id uuid NOT NULL REFERENCES institutions (id),
  kind text NOT NULL CHECK (kind IN ('collected', 'refunded')),
  amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
  on_date date NOT NULL,
  note text CHECK (note IS NULL OR length(note) <= 200),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX candidate_fees_candidate_idx ON candidate_fees (candidate_id, created_at);
CREATE INDEX candidate_fees_institution_idx ON candidate_fees (institution_id);

CREATE TABLE school_students (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  doc_type text NOT NULL,
  doc_enc text NOT NULL,
  doc_hmac text NOT NULL,
  doc_masked text NOT NULL,
  full_time boolean NOT NULL,
  graduation_year smallint NOT NULL CHECK (graduation_year BETWEEN 2000 AND 2099),
  all_courses_completed boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One row per student of a school; the import updates it in place (idempotent).
CREATE UNIQUE INDEX school_students_doc_idx ON school_students (institution_id, doc_hmac);
CREATE INDEX school_students_hmac_idx ON school_students (doc_hmac);
