package org.grassroots.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The demo city's resident units as DemoResidentSeeder promises them. The first street and its
 * communities are left out: the page tests add their own units there.
 */
class ResidentDemoIntegrationTests extends ResidentTestBase {

    private long demo(String sql) {
        return count(sql, regionOf("street"));
    }

    @Test
    void shouldGiveEveryStreetTwoToFourUnitsAndEveryCommunityOneToThree() {
        assertThat(demo("""
                select count(*) from region s where s.level = 'STREET' and s.id <> ?
                  and (select count(*) from resident_unit u where u.region_id = s.id) not between 2 and 4""")).isZero();
        assertThat(demo("""
                select count(*) from region c where c.level = 'COMMUNITY' and c.parent_id <> ?
                  and (select count(*) from resident_unit u where u.region_id = c.id) not between 1 and 3""")).isZero();
        assertThat(demo("select count(distinct kind) from resident_unit where region_id <> ?")).isEqualTo(6);
    }

    @Test
    void shouldLinkSomeUnitsToTheirBranchesAndNameTheOthers() {
        long linked = demo("""
                select count(*) from resident_unit u join party_org o on o.id = u.party_org_id
                where u.region_id <> ? and o.closed_on is null""");
        long named = demo("select count(*) from resident_unit where party_org_name is not null and region_id <> ?");
        long none = demo("""
                select count(*) from resident_unit where party_org_id is null and party_org_name is null
                  and region_id <> ?""");
        assertThat(linked).isPositive();
        assertThat(named).isGreaterThan(linked);
        assertThat(none).isPositive();
        assertThat(demo("""
                select count(*) from resident_unit where region_id <> ?
                  and (contact_phone !~ '^1[3-9][0-9]{9}$' or contact_name is null)""")).isZero();
    }

    @Test
    void shouldReportMostUnitsWithSomeAwaitingAndSomeEnded() {
        long street = regionOf("street");
        long units = count("""
                select count(*) from resident_unit u join region r on r.id = u.region_id
                where r.parent_id <> ? and r.id <> ?""", street, street);
        long reported = count("""
                select count(distinct u.id) from resident_unit u join region r on r.id = u.region_id
                join unit_report x on x.unit_id = u.id where r.parent_id <> ? and r.id <> ?""", street, street);
        assertThat(reported).isBetween(units / 2, units * 4 / 5);
        long awaiting = demo("""
                select count(*) from unit_report x join region c on c.id = x.community_id
                where c.parent_id <> ? and x.received_on is null and x.ended_on is null""");
        long ended = demo("""
                select count(*) from unit_report x join region c on c.id = x.community_id
                where c.parent_id <> ? and x.ended_on is not null""");
        long received = demo("""
                select count(*) from unit_report x join region c on c.id = x.community_id
                where c.parent_id <> ? and x.received_on is not null and x.ended_on is null""");
        assertThat(awaiting).isPositive();
        assertThat(ended).isPositive();
        assertThat(received).isGreaterThan(awaiting + ended);
        // street units report to a community of their street; some to two
        assertThat(count("""
                select count(*) from unit_report x join resident_unit u on u.id = x.unit_id
                join region c on c.id = x.community_id
                where u.region_level = 'STREET' and c.parent_id <> u.region_id""")).isZero();
        assertThat(count("""
                select count(*) from (select x.unit_id from unit_report x join resident_unit u on u.id = x.unit_id
                where u.region_level = 'STREET' group by x.unit_id having count(*) > 1) t""")).isPositive();
        assertThat(demo("""
                select count(*) from unit_report x join region c on c.id = x.community_id
                where c.parent_id <> ? and (x.commitments !~ '[一-龥]' or x.received_on > current_date
                   or x.reported_on > current_date or x.ended_on > current_date)""")).isZero();
        // a few units have closed, and none of their reports is still open
        assertThat(count("select count(*) from resident_unit where closed_on is not null")).isPositive();
        assertThat(count("""
                select count(*) from unit_report x join resident_unit u on u.id = x.unit_id
                where u.closed_on is not null and x.ended_on is null""")).isZero();
    }
}
