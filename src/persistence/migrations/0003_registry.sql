-- 0003 registry (issue 2): what the registry API needs beyond 0001.
-- Frozen once shipped; written for PostgreSQL 15 and PGlite alike.

-- A scope row is edited (validity, status) like every other registry record.
ALTER TABLE institution_scopes ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- The same person cannot be listed twice as staff of one institution (looked up by the HMAC index,
-- never by the number itself).
CREATE UNIQUE INDEX staff_institution_person_uq ON staff (institution_id, id_number_hmac);

-- Experts: the kind of document their number is (as for staff), and the authority that registered
-- them, which keeps the record visible to that authority before the expert joins one of its pools.
ALTER TABLE experts ADD COLUMN id_doc_type text;
ALTER TABLE experts ADD COLUMN registered_by_authority_id uuid REFERENCES authorities (id);
ALTER TABLE experts ADD CONSTRAINT experts_id_number_complete CHECK (
  (id_number_enc IS NULL AND id_number_hmac IS NULL AND id_number_masked IS NULL AND id_doc_type IS NULL)
  OR (id_number_enc IS NOT NULL AND id_number_hmac IS NOT NULL AND id_number_masked IS NOT NULL AND id_doc_type IS NOT NULL)
);
CREATE UNIQUE INDEX experts_person_uq ON experts (id_number_hmac) WHERE id_number_hmac IS NOT NULL;
CREATE INDEX experts_employer_uscc_idx ON experts (employer_uscc);
CREATE INDEX expert_pool_members_expert_idx ON expert_pool_members (expert_id);
CREATE INDEX expert_pools_authority_idx ON expert_pools (authority_id);

-- Conflicts of interest an expert declares (or an authority records) against an institution, so that
-- a later expert-panel draw can leave the expert out of that institution's reviews and inspections.
-- The current employer (experts.employer_uscc) is a conflict without a row here.
CREATE TABLE expert_conflicts (
  id uuid PRIMARY KEY,
  expert_id uuid NOT NULL REFERENCES experts (id),
  institution_id uuid REFERENCES institutions (id),
  institution_uscc text,
  institution_name text NOT NULL,
  relation text NOT NULL CHECK (relation IN ('former_employment', 'part_time', 'relative', 'financial', 'training', 'other')),
  reason text,
  declared_at timestamptz NOT NULL DEFAULT now(),
  declared_by uuid,
  CHECK (institution_id IS NOT NULL OR institution_uscc IS NOT NULL)
);
CREATE INDEX expert_conflicts_expert_idx ON expert_conflicts (expert_id);
CREATE INDEX expert_conflicts_uscc_idx ON expert_conflicts (institution_uscc);
CREATE INDEX expert_conflicts_institution_idx ON expert_conflicts (institution_id);
