-- 0014 import of existing filings (issue 10 point 1, docs/decisions/0022-filings-import.md): a
-- deployment brings in the institutions filed or selected before SkillReg existed from the
-- operator's Excel/CSV sheet. Each run is a batch (file name, its SHA-256, who, when, the counts and
-- the row-by-row report); a directory entry comes either from a case (the procedure that decided it)
-- or from an import batch (the last batch that wrote it), never from neither. The filing code is the
-- import's key: the same file twice changes nothing, a changed row updates its entry.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

CREATE TABLE filing_import_batches (
  id uuid PRIMARY KEY,
  file_name text NOT NULL,
  file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  imported_on date NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by uuid REFERENCES users (id),
  rows_total integer NOT NULL CHECK (rows_total >= 0),
  inserted integer NOT NULL CHECK (inserted >= 0),
  updated integer NOT NULL CHECK (updated >= 0),
  unchanged integer NOT NULL CHECK (unchanged >= 0)
);
CREATE INDEX filing_import_batches_at_idx ON filing_import_batches (imported_at DESC);

ALTER TABLE directory_entries ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE directory_entries ADD COLUMN import_batch_id uuid REFERENCES filing_import_batches (id);
-- The row of the sheet the entry came from (for the report and the directory's 来源).
ALTER TABLE directory_entries ADD COLUMN import_row integer CHECK (import_row IS NULL OR import_row >= 1);
ALTER TABLE directory_entries ADD CONSTRAINT directory_entries_source_ck
  CHECK ((case_id IS NULL) <> (import_batch_id IS NULL));
-- One live imported entry per filing code.
CREATE UNIQUE INDEX directory_entries_import_code_uq ON directory_entries (filing_code)
  WHERE import_batch_id IS NOT NULL AND withdrawn_at IS NULL;
CREATE INDEX directory_entries_filing_code_idx ON directory_entries (filing_code);
