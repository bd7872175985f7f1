-- 0007 public notices (issue 4): the notices (公示) that entry procedures publish before deciding —
-- mohrss-filing 二(十)4, 1x-selection §16 — and the objections (异议) the public raises during them, each
-- answered by the deciding authority before the decision. Frozen once shipped; PostgreSQL 15 and PGlite.

CREATE TABLE public_notices (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  procedure text NOT NULL,
  authority_id uuid NOT NULL REFERENCES authorities (id),
  jurisdiction_code text NOT NULL REFERENCES jurisdictions (code),
  title text NOT NULL,
  body text NOT NULL,
  -- Who the notice is about, as published (a later rename does not change what was published).
  subject_name text NOT NULL,
  published_on date NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- How the period was computed: its length and unit, and where the length comes from — a parameter
  -- of the governing text, or the authority where the text says 公示 without a length (with its reason).
  period_days integer NOT NULL CHECK (period_days >= 1),
  period_unit text NOT NULL CHECK (period_unit IN ('calendar_days', 'working_days')),
  basis_kind text NOT NULL CHECK (basis_kind IN ('parameter', 'authority')),
  basis_parameter_id text,
  basis_reason text,
  explanation_zh text NOT NULL,
  citations jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- The notice document (PDF) issued with it, kept with the case.
  document_id uuid REFERENCES documents (id),
  published_by uuid REFERENCES users (id),
  published_at timestamptz NOT NULL DEFAULT now(),
  -- Closed once the decision it prepared was taken (outcome as published: 已备案 / 不予备案 …).
  closed_on date,
  outcome text,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (starts_on > published_on),
  CHECK (ends_on >= starts_on),
  CHECK (basis_kind <> 'parameter' OR basis_parameter_id IS NOT NULL),
  CHECK (basis_kind <> 'authority' OR basis_reason IS NOT NULL),
  CHECK ((closed_on IS NULL) = (outcome IS NULL))
);
-- A case runs at most one notice at a time.
CREATE UNIQUE INDEX public_notices_case_open_uq ON public_notices (case_id) WHERE closed_on IS NULL;
CREATE INDEX public_notices_published_idx ON public_notices (published_on DESC);
CREATE INDEX public_notices_case_idx ON public_notices (case_id);

-- Objections from the public (no account needed). The objector's name and contact are personal data:
-- stored encrypted (AES-256-GCM, src/identity/personal-data.ts) with masked copies; the public sees the
-- masked name only, the deciding authority the contact (to reply).
CREATE TABLE objections (
  id uuid PRIMARY KEY,
  notice_id uuid NOT NULL REFERENCES public_notices (id),
  -- 异议1, 异议2 … within the notice.
  seq integer NOT NULL CHECK (seq >= 1),
  submitter_name_enc text NOT NULL,
  submitter_name_masked text NOT NULL,
  contact_enc text NOT NULL,
  contact_masked text NOT NULL,
  text text NOT NULL,
  submitted_on date NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  -- open → answered: the authority's answer and whether the objection was found founded (查实).
  answer text,
  finding text CHECK (finding IN ('founded', 'unfounded')),
  answered_by uuid REFERENCES users (id),
  answered_at timestamptz,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (notice_id, seq),
  CHECK ((answer IS NULL) = (answered_at IS NULL)),
  CHECK ((answer IS NULL) = (finding IS NULL))
);
CREATE INDEX objections_notice_idx ON objections (notice_id);
