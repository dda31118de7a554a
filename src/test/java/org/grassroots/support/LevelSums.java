package org.grassroots.support;

/** Checks of the dashboards' level sums (V30) against the base roll-up rows they add up. */
public final class LevelSums {

    /**
     * The compliance_level_rollup rows {@code l} that differ from the sums {@code b} of compliance_rollup
     * under each district and street (a zero sum counts as no row); prefix a select list.
     */
    public static final String COMPLIANCE_DRIFT = """
            from (select * from compliance_level_rollup where required <> 0 or done <> 0) l
            full join (select a.region_id, c.requirement_id, c.period_start, sum(c.required) as required,
                              sum(c.done) as done
                       from compliance_rollup c
                       cross join lateral (values (c.district_id), (c.street_id)) a(region_id)
                       where a.region_id is not null group by 1, 2, 3) b
              on b.region_id = l.region_id and b.requirement_id = l.requirement_id
             and b.period_start = l.period_start
            where l.required is distinct from b.required or l.done is distinct from b.done""";

    private LevelSums() {
    }
}
