-- 0009 The levels of a 1+X certificate programme in the directory (1x-selection §16 发布培训评价组织和
-- 职业技能等级证书清单): a 职业技能等级证书 is issued at 初级、中级、高级, and the published list says
-- which of them the organisation runs. Until now the levels went into the name; entries published
-- before this migration keep them there and have an empty list. Frozen once shipped.
ALTER TABLE directory_entry_programmes
  ADD COLUMN levels text[] NOT NULL DEFAULT '{}'
  CHECK (levels <@ ARRAY['junior', 'intermediate', 'senior']::text[]);
