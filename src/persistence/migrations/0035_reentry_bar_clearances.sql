-- 0035 re-entry bar clearances (issue 15 point 7; docs/decisions/0046).
-- 1x-exit §10 bars the 主体 of an exited organisation from recruitment calls; SkillReg matches the entity by
-- its USCC (exact) and by its legal representative's name (normalised). A name alone may be shared by two
-- people, so an application matched only by the legal representative's name is refused with the bar shown,
-- and the authority that keeps the bar may record that the applicant's legal representative is a different
-- person — one row per bar and applying institution, with the reason and who recorded it. A USCC match is
-- never cleared: it is the same entity.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.

CREATE TABLE reentry_bar_clearances (
  bar_id uuid NOT NULL REFERENCES reentry_bars (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  -- The legal representative's name as the applicant had it when cleared: a later change is matched anew.
  legal_representative text NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 2 AND 2000),
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (bar_id, institution_id)
);
