-- 0021 the views of the certificate register (issue 11 point 7; decision 0029).
-- An institution's list is read newest year first and by number within the year, a page at a time
-- after the last key (keyset, never OFFSET): this index serves it without a sort, for 10⁸ rows as for
-- ten (docs/scale.md). Created on the partitioned table, so every partition has it.
CREATE INDEX certificates_institution_number_idx ON certificates (institution_id, issue_year, number);
