-- 0010 demo clock: in a demonstration deployment (SKILLREG_DEMO, the default of `npm start`) the
-- system administrator may move the system date forward, so that a notice period or a validity
-- period can be seen to end without waiting for it (docs/decisions/0016-demo-clock.md). One row.
CREATE TABLE demo_clock (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  offset_days integer NOT NULL DEFAULT 0 CHECK (offset_days BETWEEN 0 AND 3650),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO demo_clock (id, offset_days) VALUES (true, 0);
