package org.grassroots.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The demo city's resident units as DemoResidentSeeder promises them. Other tests add units and
 * reports to the same database, so only the rows of the seeding transaction count: they share its
 * {@code now()} with the demo users.
 */
class ResidentDemoIntegrationTests extends ResidentTestBase {

    private static final String SEEDED = "(select created_at from app_user where username = 'city')";

    /** Demo units as {@code u}, demo reports as {@code x}, in the views the queries below read. */
    private long demo(String sql) {
        return count("""
                with u0 as (select * from resident_unit where created_at = %1$s),
                     x0 as (select * from unit_report where created_at = %1$s)
                """.formatted(SEEDED) + sql);
    }

    @Test
    void shouldGiveEveryStreetTwoToFourUnitsAndEveryCommunityOneToThree() {
        assertThat(demo("""
                select count(*) from region s where s.level = 'STREET'
                  and (select count(*) from u0 where u0.region_id = s.id) not between 2 and 4""")).isZero();
        assertThat(demo("""
                select count(*) from region c where c.level = 'COMMUNITY'
                  and (select count(*) from u0 where u0.region_id = c.id) not between 1 and 3""")).isZero();
        assertThat(demo("select count(distinct kind) from u0")).isEqualTo(6);
    }

    @Test
    void shouldLinkSomeUnitsToTheirBranchesAndNameTheOthers() {
        long linked = demo("select count(*) from u0 join party_org o on o.id = u0.party_org_id");
        long named = demo("select count(*) from u0 where party_org_name is not null");
        long none = demo("select count(*) from u0 where party_org_id is null and party_org_name is null");
        assertThat(linked).isPositive();
        assertThat(named).isGreaterThan(linked);
        assertThat(none).isPositive();
        assertThat(demo("select count(*) from u0 where contact_phone !~ '^1[3-9][0-9]{9}$' or contact_name is null"))
                .isZero();
    }

    @Test
    void shouldReportMostUnitsWithSomeAwaitingAndSomeEnded() {
        long units = demo("select count(*) from u0");
        long reported = demo("select count(distinct x0.unit_id) from x0");
        assertThat(reported).isBetween(units / 2, units * 4 / 5);
        long awaiting = demo("select count(*) from x0 where received_on is null and ended_on is null");
        long ended = demo("select count(*) from x0 where ended_on is not null");
        long received = demo("select count(*) from x0 where received_on is not null and ended_on is null");
        assertThat(awaiting).isPositive();
        assertThat(ended).isPositive();
        assertThat(received).isGreaterThan(awaiting + ended);
        // a community unit reports to its community, a street unit to communities of its street, some to two
        assertThat(demo("""
                select count(*) from x0 join u0 on u0.id = x0.unit_id join region c on c.id = x0.community_id
                where (u0.region_level = 'STREET' and c.parent_id <> u0.region_id)
                   or (u0.region_level = 'COMMUNITY' and c.id <> u0.region_id)""")).isZero();
        assertThat(demo("""
                select count(*) from (select x0.unit_id from x0 join u0 on u0.id = x0.unit_id
                where u0.region_level = 'STREET' group by x0.unit_id having count(*) > 1) t""")).isPositive();
        assertThat(demo("""
                select count(*) from x0, (select (now() at time zone 'Asia/Shanghai')::date as today) d
                where commitments !~ '[一-龥]' or received_on > d.today or reported_on > d.today
                   or ended_on > d.today""")).isZero();
        // a few units have closed, and none of their reports is still open
        assertThat(demo("select count(*) from u0 where closed_on is not null")).isPositive();
        assertThat(demo("""
                select count(*) from x0 join u0 on u0.id = x0.unit_id
                where u0.closed_on is not null and x0.ended_on is null""")).isZero();
    }
}
