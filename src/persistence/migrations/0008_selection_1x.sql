-- 0008 1+X selection (1x-selection §12–16): the recruitment calls (招募公告) that open a batch of
-- applications for named fields (职业技能领域), and the credit check records (信用核查) of the
-- organisations shortlisted by the experts. The applications themselves are cases (0004).
-- Frozen once shipped; written for PostgreSQL 15 and PGlite alike.

-- §12 分领域分批次持续招募; §14 有关机构按照工作方案发布招募公告. A call is drafted, published (then
-- applications are taken between open_on and close_on, both days included) and closed.
CREATE TABLE recruitment_calls (
  id uuid PRIMARY KEY,
  -- The issuing body: the joint-conference office or the unit it entrusted (有关机构).
  authority_id uuid NOT NULL REFERENCES authorities (id),
  title text NOT NULL,
  -- 批次, e.g. 第五批 / 2026年第一批.
  batch text NOT NULL,
  -- The body of the notice: the work plan's requirements, where to send questions.
  description text,
  open_on date NOT NULL,
  close_on date NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
  published_on date,
  published_by uuid REFERENCES users (id),
  closed_on date,
  closed_by uuid REFERENCES users (id),
  created_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (close_on >= open_on),
  CHECK ((status = 'draft') = (published_on IS NULL)),
  CHECK ((status = 'closed') = (closed_on IS NOT NULL))
);
CREATE INDEX recruitment_calls_authority_idx ON recruitment_calls (authority_id, status);
CREATE INDEX recruitment_calls_status_idx ON recruitment_calls (status, close_on);

-- The fields (职业技能领域) a call recruits for, in the order the notice lists them.
CREATE TABLE call_fields (
  call_id uuid NOT NULL REFERENCES recruitment_calls (id),
  position integer NOT NULL CHECK (position >= 1),
  name text NOT NULL,
  description text,
  PRIMARY KEY (call_id, position),
  UNIQUE (call_id, name)
);

-- §16 对经遴选拟入围的培训评价组织，通过国家发展改革委、市场监管总局有关信用平台核查其信用情况，税务总局
-- 支持核查其是否存在重大税收违法失信情况. One row per result entered, with where and when it was
-- looked up; a later row for the same platform replaces the earlier one for the guards, both stay.
-- Written by the case transition that records it (case_event_seq), never edited.
CREATE TABLE credit_checks (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  case_event_seq integer NOT NULL,
  -- ndrc = 信用中国 (国家发展改革委); samr = 国家企业信用信息公示系统 (市场监管总局); tax = 税务总局.
  platform text NOT NULL CHECK (platform IN ('ndrc', 'samr', 'tax')),
  source text NOT NULL,
  checked_on date NOT NULL,
  result text NOT NULL CHECK (result IN ('clear', 'adverse')),
  reference text,
  note text,
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (case_id, case_event_seq) REFERENCES case_events (case_id, seq)
);
CREATE INDEX credit_checks_case_idx ON credit_checks (case_id, platform);

CREATE FUNCTION credit_checks_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'credit_checks is append-only';
END;
$$;
CREATE TRIGGER credit_checks_guard BEFORE UPDATE OR DELETE ON credit_checks
  FOR EACH ROW EXECUTE FUNCTION credit_checks_guard();
