-- A street's (or any small subtree's) compliance rows of a year: the path index leads with the period, so
-- reading one street's rows went through the whole city's rows of the year in the index (4.6 ms for a
-- street's year at city scale, twice per street dashboard). With the path first the scan covers the
-- subtree's entries only (0.3 ms); the city and the districts keep the period-first index (their pages
-- add up compliance_level_rollup, or read most rows of the year).
create index ix_compliance_rollup_subtree on compliance_rollup (region_path text_pattern_ops, period_start);

-- The compliance drill-down counts, per region of the subtree, the organizations behind on one
-- requirement in one period: the period-first index found every requirement's rows of the period and
-- read each from the table (22 ms at the city). Only the rows behind, with what the count reads: 2 ms.
create index ix_compliance_rollup_behind on compliance_rollup (requirement_id, period_start,
    region_path text_pattern_ops) include (region_id, required, done) where required > done;
