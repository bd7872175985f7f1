-- 0002 seed runs: which one-time data loads (the demo data set, step by step) have been applied.
-- Reference data is upserted on every start; a step named here is never loaded again, so that
-- records users have since edited or removed are not brought back (docs/reference-data.md).
CREATE TABLE seed_runs (
  name text PRIMARY KEY,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
