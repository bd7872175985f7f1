-- 0017 the certificate register 证书登记 and the candidates of evaluation sessions (issue 11 points 2, 5).
-- The shared contract of the certificate wing (shared/design/certificates.md): candidates on a session,
-- the codes the provinces assign for certificate numbers, the serial counters, the register itself
-- (partitioned by year of issue, built for 10⁸ rows: docs/scale.md) and its append-only status history.
-- Later migrations of issue 11 add bans, fees, staff, results and uploads around these tables.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

-- 考生: a person registered on one evaluation session. The document number is stored as everywhere
-- else (security.md "Personal data"): AES-256-GCM ciphertext, keyed hash for lookups, masked copy.
CREATE TABLE candidates (
  id uuid PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES evaluation_sessions (id),
  -- Copied from the session so that every scoped query filters on one column.
  institution_id uuid NOT NULL REFERENCES institutions (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  doc_type text NOT NULL,
  doc_enc text NOT NULL,
  doc_hmac text NOT NULL,
  doc_masked text NOT NULL,
  -- gz-rules §5(1): a school evaluates its own full-time students in the graduation year or after all
  -- courses; NULL for other kinds of institution.
  student_status text CHECK (student_status IN ('graduation_year', 'all_courses_completed')),
  status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'withdrawn')),
  withdrawn_reason text,
  -- The overall result worked out from the subject results and the session's pass marks (issue 11
  -- point 4); NULL until decided. Certificates go to 'passed' candidates of a closed session.
  overall_result text CHECK (overall_result IN ('passed', 'failed')),
  result_decided_at timestamptz,
  -- The registration checks as run (ban register, student status …): {"asOf", "findings": [...]}.
  findings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (status <> 'withdrawn' OR withdrawn_reason IS NOT NULL)
);
-- One person once per session (under the current key's hash; rotation re-indexes).
CREATE UNIQUE INDEX candidates_session_doc_idx ON candidates (session_id, doc_hmac);
CREATE INDEX candidates_institution_idx ON candidates (institution_id, created_at DESC);
CREATE INDEX candidates_doc_idx ON candidates (doc_hmac);

-- Positions 2–13 of a certificate number (decision 0024): the ministry's institution code (or 0000) and
-- the institution (site) sequence the province assigns. One row per institution, or per branch filed
-- in its own province; a certificate cannot be numbered before its issuer has one.
CREATE TABLE certificate_issuer_codes (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  branch_id uuid REFERENCES branches (id),
  kind_letter char(1) NOT NULL CHECK (kind_letter IN ('Y', 'S')),
  institution_code char(4) NOT NULL CHECK (institution_code ~ '^[0-9]{4}$'),
  province_code char(2) NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
  site_sequence char(6) NOT NULL CHECK (site_sequence ~ '^[0-9]{6}$'),
  assigned_by_authority_id uuid REFERENCES authorities (id),
  assigned_by uuid REFERENCES users (id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind_letter, institution_code, province_code, site_sequence)
);
CREATE UNIQUE INDEX certificate_issuer_codes_issuer_idx
  ON certificate_issuer_codes (institution_id, COALESCE(branch_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- One counter per number prefix (positions 1–16): serials are taken with
-- INSERT … ON CONFLICT DO UPDATE … RETURNING inside the issuing transaction, a range per batch, so two
-- server processes never take the same number (decision 0024).
CREATE TABLE certificate_serials (
  prefix char(16) PRIMARY KEY,
  last_serial integer NOT NULL CHECK (last_serial BETWEEN 0 AND 999999)
);

-- 证书登记: every certificate, issued here from a closed session or brought in by an upload (证书数据上报).
-- Partitioned by the year of issue, which positions 14–15 of the number also carry: the unique key
-- (issue_year, number) is therefore unique on the number alone, and a lookup by number touches one
-- partition (docs/scale.md).
CREATE TABLE certificates (
  id uuid NOT NULL,
  issue_year smallint NOT NULL CHECK (issue_year BETWEEN 2000 AND 2099),
  number char(22) NOT NULL CHECK (number ~ '^[YS][0-9]{21}$'),
  issued_on date NOT NULL,
  institution_id uuid NOT NULL,
  branch_id uuid,
  -- Issued here: the session and candidate; uploaded: the upload job (one of the two).
  session_id uuid,
  candidate_id uuid,
  upload_id uuid,
  holder_name text NOT NULL,
  holder_doc_type text NOT NULL,
  holder_doc_enc text NOT NULL,
  holder_doc_hmac text NOT NULL,
  holder_doc_masked text NOT NULL,
  occupation_code text NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'invalidated', 'withdrawn')),
  status_changed_at timestamptz,
  -- When the certificate could first be verified: the delay from session end to this is shown per
  -- institution (issue 11 point 5).
  queryable_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, issue_year),
  UNIQUE (number, issue_year),
  CHECK (extract(year FROM issued_on) = issue_year),
  CHECK (substr(number, 14, 2) = lpad((issue_year % 100)::text, 2, '0')),
  CHECK (substr(number, 16, 1) = level::text),
  CHECK ((session_id IS NULL) = (candidate_id IS NULL)),
  CHECK ((session_id IS NULL) <> (upload_id IS NULL))
) PARTITION BY RANGE (issue_year);
-- The verification by name + document, the institution views and the renewal counts
-- (institution × occupation × year) each have their index (docs/scale.md).
CREATE INDEX certificates_doc_idx ON certificates (holder_doc_hmac);
CREATE INDEX certificates_institution_idx ON certificates (institution_id, issue_year, number)
  INCLUDE (issued_on, occupation_code, level, status);
CREATE INDEX certificates_session_idx ON certificates (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX certificates_upload_idx ON certificates (upload_id) WHERE upload_id IS NOT NULL;
CREATE INDEX certificates_branch_idx ON certificates (branch_id) WHERE branch_id IS NOT NULL;
CREATE UNIQUE INDEX certificates_candidate_idx ON certificates (candidate_id, issue_year) WHERE candidate_id IS NOT NULL;

CREATE TABLE certificates_before_2015 PARTITION OF certificates FOR VALUES FROM (2000) TO (2015);
CREATE TABLE certificates_2015 PARTITION OF certificates FOR VALUES FROM (2015) TO (2016);
CREATE TABLE certificates_2016 PARTITION OF certificates FOR VALUES FROM (2016) TO (2017);
CREATE TABLE certificates_2017 PARTITION OF certificates FOR VALUES FROM (2017) TO (2018);
CREATE TABLE certificates_2018 PARTITION OF certificates FOR VALUES FROM (2018) TO (2019);
CREATE TABLE certificates_2019 PARTITION OF certificates FOR VALUES FROM (2019) TO (2020);
CREATE TABLE certificates_2020 PARTITION OF certificates FOR VALUES FROM (2020) TO (2021);
CREATE TABLE certificates_2021 PARTITION OF certificates FOR VALUES FROM (2021) TO (2022);
CREATE TABLE certificates_2022 PARTITION OF certificates FOR VALUES FROM (2022) TO (2023);
CREATE TABLE certificates_2023 PARTITION OF certificates FOR VALUES FROM (2023) TO (2024);
CREATE TABLE certificates_2024 PARTITION OF certificates FOR VALUES FROM (2024) TO (2025);
CREATE TABLE certificates_2025 PARTITION OF certificates FOR VALUES FROM (2025) TO (2026);
CREATE TABLE certificates_2026 PARTITION OF certificates FOR VALUES FROM (2026) TO (2027);
CREATE TABLE certificates_2027 PARTITION OF certificates FOR VALUES FROM (2027) TO (2028);
CREATE TABLE certificates_2028 PARTITION OF certificates FOR VALUES FROM (2028) TO (2029);
CREATE TABLE certificates_2029 PARTITION OF certificates FOR VALUES FROM (2029) TO (2030);
CREATE TABLE certificates_2030 PARTITION OF certificates FOR VALUES FROM (2030) TO (2031);
CREATE TABLE certificates_after_2030 PARTITION OF certificates FOR VALUES FROM (2031) TO (2100);

-- Every change of a certificate's status, append-only (issue 11 point 5): what it was, what it became,
-- the reason, the articles and the decision that caused it. Issuance itself is the certificate row.
CREATE TABLE certificate_status_history (
  id uuid PRIMARY KEY,
  certificate_id uuid NOT NULL,
  issue_year smallint NOT NULL,
  from_status text NOT NULL CHECK (from_status IN ('valid', 'invalidated', 'withdrawn')),
  to_status text NOT NULL CHECK (to_status IN ('valid', 'invalidated', 'withdrawn')),
  reason text NOT NULL,
  -- Citations as the rules give them: [{"regime": "mohrss-violations", "article": "§6"}, …].
  articles jsonb NOT NULL,
  -- The decision that caused it: a case (violation decision) and/or its document, when there is one.
  decision_case_id uuid REFERENCES cases (id),
  decision_document_id uuid REFERENCES documents (id),
  effective_on date NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (certificate_id, issue_year) REFERENCES certificates (id, issue_year),
  CHECK (from_status <> to_status)
);
CREATE INDEX certificate_status_history_cert_idx ON certificate_status_history (certificate_id, changed_at);

CREATE FUNCTION certificate_status_history_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'certificate_status_history is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER certificate_status_history_no_change
  BEFORE UPDATE OR DELETE ON certificate_status_history
  FOR EACH ROW EXECUTE FUNCTION certificate_status_history_append_only();
