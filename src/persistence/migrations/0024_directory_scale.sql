-- 0024 the public directory at national scale (issue 12 point 5): the list's order as an index, so that
-- a page is read in order from the index instead of sorting every live entry for each request
-- (measured at 100,000 entries: docs/scale.md, "The public directory"). Frozen once shipped.
CREATE INDEX directory_entries_public_order_idx
  ON directory_entries (published_on DESC, institution_name, id) WHERE withdrawn_at IS NULL;
