-- 0021 a priority for background jobs (decision 0030, addendum): what a person starts and waits for
-- (an upload from the page) goes before bulk work queued by the system (the demo world's history
-- uploads), which on a fresh start otherwise kept a newcomer's first upload waiting for minutes.
-- Within one priority, first come, first served. Frozen once shipped; PostgreSQL 15 and PGlite alike.
ALTER TABLE background_jobs ADD COLUMN priority smallint NOT NULL DEFAULT 0 CHECK (priority BETWEEN -10 AND 10);
DROP INDEX background_jobs_ready_idx;
CREATE INDEX background_jobs_ready_idx ON background_jobs (priority DESC, created_at)
  WHERE status IN ('queued', 'running');
