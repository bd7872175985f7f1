-- 0025 the credit bank as a kind of verifier organisation (issue 12 point 4; 1x-selection §24): it
-- exports certificates as signed credentials by occupation and date range. Frozen once shipped.
ALTER TABLE verifier_organisations DROP CONSTRAINT verifier_organisations_kind_check;
ALTER TABLE verifier_organisations ADD CONSTRAINT verifier_organisations_kind_check
  CHECK (kind IN ('employer', 'subsidy_office', 'credit_bank', 'other'));
