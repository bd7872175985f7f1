-- 0031 renewal and exit (issue 15): what ends an institution's filing or selection, whatever the route,
-- and what follows it.
-- - institution_exits: one row per exit — gz-rules §13 voluntary, §14 lapse (自动终止), §15 ordered;
--   1x-exit §3 on application or by revocation; mohrss-violations §14 / mohrss-filing 二(十一) termination —
--   with its scope (1x-exit §2: the institution, some of its certificate programmes, or some occupations of
--   a filing), the day it took effect, the wrap-up period and when the wrap-up was completed. The lapse of
--   one entry on one day is unique: a daily job run by two processes writes it once.
-- - exit_wrap_up_waivers: an item of the wrap-up checklist (1x-exit §9, gz-rules §13–15) the authority
--   waives with its reason; the checklist itself is computed from the institution's own data.
-- - session_archives: an evaluation session's records archived (评价资料归档, gz-rules §13–14).
-- - reentry_bars: 1x-exit §10 — the entity (USCC and legal representative) may not take part in a
--   recruitment call until the last barred day.
-- - renewal_reminders: the 90/60/30-day reminders of a validity's end (issue 15 point 1), sent once.
-- - scheduled_runs: a daily job's run for one day, claimed by the first process to insert it.
-- - directory_entries.renews_entry_id: the entry a renewal (gz-rules §8–12) continues.
-- - directory_entry_programmes.withdrawn_*: one 1+X certificate programme withdrawn (1x-exit §2 ¶2).
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

ALTER TABLE directory_entries ADD COLUMN renews_entry_id uuid REFERENCES directory_entries (id);
CREATE INDEX directory_entries_renews_idx ON directory_entries (renews_entry_id) WHERE renews_entry_id IS NOT NULL;

CREATE TABLE institution_exits (
  id uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institutions (id),
  branch_id uuid REFERENCES branches (id),
  -- The filing or selection the exit ends (or narrows); null only when every live entry goes.
  entry_id uuid REFERENCES directory_entries (id),
  regime text NOT NULL CHECK (regime IN ('gz-rules', '1x-exit', '1x-selection', 'mohrss-filing', 'mohrss-violations')),
  route text NOT NULL CHECK (route IN ('lapse', 'voluntary', 'ordered')),
  scope text NOT NULL CHECK (scope IN ('institution', 'programmes', 'occupations')),
  programme_seqs integer[] NOT NULL DEFAULT '{}',
  -- [{"occupationCode": "4-10-01-06", "level": 3}, …] for an exit of some occupations.
  occupations jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Whether the institution (or the branch) left the registry with it (1x-exit §2: the last programme).
  institution_exited boolean NOT NULL,
  case_id uuid REFERENCES cases (id),
  authority_id uuid NOT NULL REFERENCES authorities (id),
  terminated_on date NOT NULL,
  -- The last day of the wrap-up (gz-rules §14: 15 days; §15: the time the authority sets); null when the
  -- wrap-up precedes the end (gz-rules §13) or the text sets none.
  wrap_up_due date,
  wrap_up_completed_on date,
  wrap_up_completed_by uuid REFERENCES users (id),
  reason text NOT NULL CHECK (length(reason) BETWEEN 2 AND 2000),
  citations jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((scope = 'programmes') = (cardinality(programme_seqs) > 0))
);
CREATE INDEX institution_exits_institution_idx ON institution_exits (institution_id, terminated_on DESC);
CREATE INDEX institution_exits_authority_idx ON institution_exits (authority_id, terminated_on DESC);
CREATE UNIQUE INDEX institution_exits_lapse_uq ON institution_exits (entry_id, terminated_on) WHERE route = 'lapse';
CREATE UNIQUE INDEX institution_exits_case_uq ON institution_exits (case_id) WHERE case_id IS NOT NULL;

ALTER TABLE directory_entry_programmes ADD COLUMN withdrawn_on date;
ALTER TABLE directory_entry_programmes ADD COLUMN exit_id uuid REFERENCES institution_exits (id);
ALTER TABLE directory_entry_programmes ADD CONSTRAINT directory_entry_programmes_withdrawn_ck
  CHECK ((withdrawn_on IS NULL) = (exit_id IS NULL));

CREATE TABLE exit_wrap_up_waivers (
  exit_id uuid NOT NULL REFERENCES institution_exits (id),
  item text NOT NULL CHECK (item IN ('fees_without_exam', 'exams_without_certificates',
    'certificate_data_not_uploaded', 'records_not_archived')),
  reason text NOT NULL CHECK (length(reason) BETWEEN 2 AND 2000),
  waived_by uuid REFERENCES users (id),
  waived_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (exit_id, item)
);

CREATE TABLE session_archives (
  session_id uuid PRIMARY KEY REFERENCES evaluation_sessions (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  archived_on date NOT NULL,
  -- Where the records are kept (档案室, an archive box number, an electronic archive reference).
  location text NOT NULL CHECK (length(location) BETWEEN 2 AND 500),
  archived_by uuid REFERENCES users (id),
  archived_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX session_archives_institution_idx ON session_archives (institution_id);

CREATE TABLE reentry_bars (
  id uuid PRIMARY KEY,
  exit_id uuid NOT NULL UNIQUE REFERENCES institution_exits (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  uscc text NOT NULL,
  legal_representative text NOT NULL,
  institution_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('voluntary', 'revocation')),
  decided_on date NOT NULL,
  last_barred_day date NOT NULL CHECK (last_barred_day > decided_on),
  citations jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reentry_bars_uscc_idx ON reentry_bars (uscc, last_barred_day);
CREATE INDEX reentry_bars_legal_rep_idx ON reentry_bars (legal_representative, last_barred_day);

CREATE TABLE renewal_reminders (
  entry_id uuid NOT NULL REFERENCES directory_entries (id),
  valid_to date NOT NULL,
  days_before smallint NOT NULL CHECK (days_before > 0),
  sent_on date NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entry_id, valid_to, days_before)
);

CREATE TABLE scheduled_runs (
  job text NOT NULL,
  run_on date NOT NULL,
  ran_by text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  outcome jsonb,
  PRIMARY KEY (job, run_on)
);
