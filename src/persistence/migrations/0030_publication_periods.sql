-- 0030 The period a published violation decision runs for (issue 14 point 7: "entries from decisions, with
-- the period, published with personal data masked"). The period is the one the decision's measures carry:
-- an evaluation ban (mohrss-violations §6–7) or a staff bar (§9) to its last day, a suspension (§13) to
-- the rectification deadline. The bad-credit register itself (§13 列入诚信不良档案) has no period in the
-- text: period_to stays NULL and the page says the text sets none, never an invented end.
-- Frozen once shipped; PostgreSQL 15 and PGlite alike.
ALTER TABLE violation_publications ADD COLUMN period_from date;
ALTER TABLE violation_publications ADD COLUMN period_to date;
