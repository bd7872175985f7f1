-- The pieces of an uploaded file are kept only until the job ends. Compressing each 1 MiB piece on the
-- way in (pglz, bytea's default) and decompressing it on the way out cost the database CPU that the
-- upload's COPY into the register needs (decision 0032, third addendum): stored as they are.
ALTER TABLE certificate_upload_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
