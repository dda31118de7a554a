package org.grassroots.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo city shows every case the worker-team and funds pages flag. */
class WorkforceDemoIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    Clock clock;

    private static final String SERVING = "w.start_on <= current_date and (w.end_on is null or w.end_on >= current_date)";

    /** Demo communities only: made in the seeding transaction, not by tests sharing the database. */
    private long communities(String condition) {
        return jdbc.queryForObject("select count(*) from region c where c.level = 'COMMUNITY' "
                + "and c.created_at <= (select min(created_at) from community_worker) and " + condition, Long.class);
    }

    @Test
    void shouldSeedTeamsWithEveryCheck() {
        assertThat(communities("exists (select 1 from community_worker w where w.community_id = c.id)"))
                .isEqualTo(communities("true"));
        assertThat(communities("not exists (select 1 from community_worker w where w.community_id = c.id "
                + "and w.role = 'SECRETARY' and " + SERVING + ")")).isPositive();
        assertThat(communities("not exists (select 1 from community_worker w where w.community_id = c.id "
                + "and w.role = 'PARTY_WORKER' and w.full_time and " + SERVING + ")")).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from community_worker w where w.role = 'FIRST_SECRETARY' and w.end_on is null
                  and w.term_end_on between current_date and current_date + 90""", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from community_worker w where w.role = 'FIRST_SECRETARY' and w.end_on is null
                  and w.term_end_on < current_date""", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from community_worker where end_on < current_date",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from community_worker where member_id is not null",
                Long.class)).isPositive();
    }

    @Test
    void shouldSeedFundsWithEveryCase() {
        int year = LocalDate.now(clock).getYear();
        assertThat(communities("not exists (select 1 from fund_budget b where b.community_id = c.id and b.year = "
                + year + ")")).isPositive();
        assertThat(communities("exists (select 1 from fund_budget b where b.community_id = c.id and b.year = "
                + (year - 1) + ")")).isEqualTo(communities("true"));
        assertThat(jdbc.queryForObject("""
                select count(*) from fund_spending s where extract(year from s.spent_on) = ?
                  and not exists (select 1 from fund_budget b where b.community_id = s.community_id
                      and b.year = ? and b.category = s.category)""", Long.class, year, year)).isPositive();
        // the application's day (its zone), not the database's
        assertThat(jdbc.queryForObject("select count(*) from fund_spending where spent_on > ?", Long.class,
                LocalDate.now(clock))).isZero();
    }
}
