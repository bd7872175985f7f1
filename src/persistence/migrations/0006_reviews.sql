-- 0006 reviews (issue 4): expert review panels drawn from a pool for a case (mohrss-filing 一(十)3
-- 技术评审, 1x-selection §15 专家遴选 …), every pool member's standing in the draw (drawn, reserve, or
-- excluded with the reasons), and the experts' written opinions per review round.
-- Frozen once shipped; written for PostgreSQL 15 and PGlite alike.

-- A panel: the seed and the pool are recorded with the draw, so anyone can re-run it
-- (src/workflows/review/draw.ts: experts ordered by SHA-256(seed ":" expert id)).
CREATE TABLE review_panels (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  -- What the panel reviews, so that a procedure with two panels (review, site visit) keeps both.
  purpose text NOT NULL DEFAULT 'technical_review',
  pool_id uuid NOT NULL REFERENCES expert_pools (id),
  seed text NOT NULL CHECK (seed ~ '^[0-9a-f]{32,128}$'),
  size integer NOT NULL CHECK (size >= 1),
  eligible_count integer NOT NULL CHECK (eligible_count >= size),
  drawn_on date NOT NULL,
  drawn_at timestamptz NOT NULL DEFAULT now(),
  drawn_by uuid REFERENCES users (id),
  UNIQUE (case_id, purpose)
);

-- Every member of the pool at the draw: on the panel ('drawn'), eligible but not drawn ('reserve'),
-- or left out ('excluded': employee of the applicant, declared conflict, inactive — with the reasons).
-- Names are kept as they were at the draw.
CREATE TABLE panel_members (
  panel_id uuid NOT NULL REFERENCES review_panels (id),
  expert_id uuid NOT NULL REFERENCES experts (id),
  status text NOT NULL CHECK (status IN ('drawn', 'reserve', 'excluded')),
  draw_rank integer CHECK (draw_rank >= 1),
  draw_key text CHECK (draw_key ~ '^[0-9a-f]{64}$'),
  expert_name text NOT NULL,
  employer_name text NOT NULL,
  excluded_reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  PRIMARY KEY (panel_id, expert_id),
  CHECK ((status = 'excluded') = (draw_rank IS NULL)),
  CHECK ((status = 'excluded') = (draw_key IS NULL)),
  CHECK ((status = 'excluded') = (jsonb_array_length(excluded_reasons) > 0))
);
CREATE INDEX panel_members_expert_idx ON panel_members (expert_id) WHERE status = 'drawn';

-- An expert's written opinion (专家评审意见) in a round, with the recommendation the panel decision
-- counts. One per member and round (the round under way is the case's: 1, then + 1 after each revision
-- the panel asked for); a record, never edited.
CREATE TABLE expert_opinions (
  id uuid PRIMARY KEY,
  panel_id uuid NOT NULL,
  expert_id uuid NOT NULL,
  round integer NOT NULL CHECK (round >= 1),
  recommendation text NOT NULL CHECK (recommendation IN ('approve', 'reject', 'revise')),
  opinion text NOT NULL CHECK (length(opinion) BETWEEN 1 AND 10000),
  submitted_at timestamptz NOT NULL DEFAULT now(),
  submitted_by uuid REFERENCES users (id),
  FOREIGN KEY (panel_id, expert_id) REFERENCES panel_members (panel_id, expert_id),
  UNIQUE (panel_id, expert_id, round)
);

CREATE FUNCTION expert_opinions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'expert_opinions is append-only';
END;
$$;
CREATE TRIGGER expert_opinions_guard BEFORE UPDATE OR DELETE ON expert_opinions
  FOR EACH ROW EXECUTE FUNCTION expert_opinions_guard();
