-- 0028 leads and rectifications (issue 14 points 2 and 6).
-- - leads: the authority's ledger of problems to look into (工作台账, 1x-selection §26, 1x-exit §7(1),
--   dept-pilot 四(三), mohrss-filing 一(十七) / 二(十三)): public complaints (投诉举报), the hotline,
--   letters, the certificate platform, biweekly reports, inspections, the breaches the system detects
--   (mohrss-violations §15 ¶2 data-access alerts). authority_id is the authority handling it NOW: routing
--   (to the authority with jurisdiction, or the industry department) moves the lead, lead_events keeps the
--   history. A duplicate is closed with outcome 'duplicate' and duplicate_of pointing at the original —
--   never deleted.
--   A public complaint carries the SHA-256 of its tracking code (the code itself is shown once to the
--   complainant and never stored) and the complainant's contact details encrypted like document numbers
--   (src/identity/personal-data.ts): only the handling authority's staff read them.
-- - lead_events: append-only history (every step, the authority that took it, internal notes).
-- - lead_response_requests: §26 督促…回应和整改 — the institution is asked to respond by a date the
--   authority sets (no default: the text sets none), and its response is recorded.
-- - rectifications: 责令限期整改 orders. status is one of open | reported | accepted | rejected:
--     open      — ordered, no report pending;
--     reported  — the institution reported, awaiting the authority's verification;
--     accepted  — verified as rectified (final);
--     rejected  — the last report was not accepted (the authority may have set a new deadline; the
--                 institution may report again).
--   "overdue" is not stored: status <> 'accepted' AND today > deadline (the deadline day itself is not
--   overdue; docs/decisions/0039). Other features (1x-exit §5(5)–(6) grounds, mohrss-violations §13(5))
--   read this table with that reading.
-- - rectification_reports: each report with its evidence (stored_files by sha256) and its verification.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

CREATE TABLE rectifications (
  id uuid PRIMARY KEY,
  authority_id uuid NOT NULL REFERENCES authorities (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  -- The certificate programme concerned (directory_entry_programmes.seq of the institution's entry), if any.
  programme_seq integer,
  source text NOT NULL CHECK (source IN ('inspection', 'lead', 'rating', 'violation_case', 'ground')),
  source_id text NOT NULL,
  subject text NOT NULL CHECK (length(subject) BETWEEN 2 AND 2000),
  opened_on date NOT NULL,
  deadline date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reported', 'accepted', 'rejected')),
  reported_on date,
  verified_on date,
  -- The verification's words: why accepted, or why not rectified.
  outcome text,
  citations jsonb NOT NULL DEFAULT '[]'::jsonb,
  opened_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (deadline >= opened_on)
);
CREATE INDEX rectifications_authority_idx ON rectifications (authority_id, status, deadline);
CREATE INDEX rectifications_institution_idx ON rectifications (institution_id, status);
CREATE INDEX rectifications_source_idx ON rectifications (source, source_id);

CREATE TABLE rectification_reports (
  id uuid PRIMARY KEY,
  rectification_id uuid NOT NULL REFERENCES rectifications (id),
  seq integer NOT NULL,
  reported_on date NOT NULL,
  reported_by uuid REFERENCES users (id),
  text text NOT NULL CHECK (length(text) BETWEEN 2 AND 5000),
  -- [{ sha256, name, mediaType, size }]: the evidence files (stored_files).
  files jsonb NOT NULL DEFAULT '[]'::jsonb,
  verdict text CHECK (verdict IN ('accepted', 'rejected')),
  verified_on date,
  verified_by uuid REFERENCES users (id),
  reason text,
  new_deadline date,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (rectification_id, seq),
  CHECK (verdict IS NULL OR verified_on IS NOT NULL)
);

CREATE TABLE leads (
  id uuid PRIMARY KEY,
  -- The authority handling the lead now (routing moves it; lead_events keeps who had it).
  authority_id uuid NOT NULL REFERENCES authorities (id),
  institution_id uuid REFERENCES institutions (id),
  -- Whom the complaint is about when it names no institution of the directory (free text).
  subject_text text,
  source text NOT NULL CHECK (source IN ('complaint', 'hotline', 'letter', 'certificate_platform',
    'biweekly_report', 'inspection', 'violation_detection', 'data_access')),
  source_ref text,
  summary text NOT NULL CHECK (length(summary) BETWEEN 2 AND 5000),
  status text NOT NULL DEFAULT 'received' CHECK (status IN (
    'received', 'triaged', 'routed', 'investigating', 'answered', 'closed')),
  received_on date NOT NULL,
  triaged_on date,
  answered_on date,
  closed_on date,
  outcome text CHECK (outcome IN ('substantiated', 'not_substantiated', 'duplicate')),
  duplicate_of uuid REFERENCES leads (id),
  violation_case_id uuid REFERENCES cases (id),
  rectification_id uuid REFERENCES rectifications (id),
  data_access_alert_id uuid UNIQUE REFERENCES data_access_alerts (id),
  -- Public complaints only: SHA-256 (hex) of the tracking code, and the contact details (encrypted).
  tracking_hash text UNIQUE,
  contact_enc text,
  -- The answer to the complainant, shown on the tracking page once given.
  answer text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (closed_on IS NULL OR outcome IS NOT NULL),
  CHECK ((outcome IS NOT DISTINCT FROM 'duplicate') = (duplicate_of IS NOT NULL)),
  CHECK (duplicate_of IS NULL OR duplicate_of <> id)
);
CREATE INDEX leads_authority_idx ON leads (authority_id, status, received_on);
CREATE INDEX leads_institution_idx ON leads (institution_id);
CREATE INDEX leads_duplicate_idx ON leads (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE lead_events (
  id uuid PRIMARY KEY,
  lead_id uuid NOT NULL REFERENCES leads (id),
  seq integer NOT NULL,
  action text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  -- The authority that took the step (the handling one at the time), and who.
  authority_id uuid REFERENCES authorities (id),
  actor_user_id uuid REFERENCES users (id),
  on_date date NOT NULL,
  -- Internal: never shown to the complainant or the institution.
  note text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (lead_id, seq)
);

CREATE TABLE lead_response_requests (
  id uuid PRIMARY KEY,
  lead_id uuid NOT NULL REFERENCES leads (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  authority_id uuid NOT NULL REFERENCES authorities (id),
  -- What the institution is asked about: the authority's words, never the complainant's identity.
  question text NOT NULL CHECK (length(question) BETWEEN 2 AND 2000),
  requested_on date NOT NULL,
  -- Set by the authority (1x-selection §26 sets no period); with its reason.
  due_on date NOT NULL,
  due_reason text NOT NULL CHECK (length(due_reason) BETWEEN 2 AND 500),
  response text,
  responded_on date,
  responded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (due_on >= requested_on),
  CHECK ((response IS NULL) = (responded_on IS NULL))
);
CREATE INDEX lead_response_requests_institution_idx ON lead_response_requests (institution_id, responded_on);
CREATE INDEX lead_response_requests_lead_idx ON lead_response_requests (lead_id);
