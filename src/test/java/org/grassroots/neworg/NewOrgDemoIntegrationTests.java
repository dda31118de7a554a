package org.grassroots.neworg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo city's "two new" organizations as DemoNewOrgSeeder promises them. Other tests add units to
 * the same database, so only the rows of the seeding transaction count: they share its {@code now()}
 * with the demo users.
 */
class NewOrgDemoIntegrationTests extends NewOrgTestBase {

    private static final String DEMO = """
            with n as (select * from new_org where created_at = (select created_at from app_user where username = 'city'))
            """;

    private long demo(String sql) {
        return count(DEMO + sql);
    }

    @Test
    void shouldSeedValidUniqueCodesInEveryCommunityAndStreet() {
        List<String> codes = jdbc.queryForList(DEMO + "select credit_code from n", String.class);
        assertThat(codes).hasSizeGreaterThan(150).doesNotHaveDuplicates().allMatch(CreditCode::isValid);
        assertThat(demo("""
                select count(*) from region c where c.level = 'COMMUNITY'
                  and (select count(*) from n where n.community_id = c.id) < 4""")).isZero();
        assertThat(demo("""
                select count(*) from region s where s.level = 'STREET'
                  and not exists (select 1 from n where n.street_id = s.id and n.community_id is null)""")).isZero();
        assertThat(demo("select count(distinct kind) from n")).isEqualTo(2);
        assertThat(demo("select count(distinct location_type) from n")).isEqualTo(5);
    }

    @Test
    void shouldShowEveryCoverageCaseWithBlindSpotsMostCommon() {
        long own = demo("select count(*) from n where coverage_mode = 'OWN_ORG'");
        long joint = demo("select count(*) from n where coverage_mode = 'JOINT_BRANCH'");
        long instructor = demo("select count(*) from n where coverage_mode = 'INSTRUCTOR'");
        long blind = demo("select count(*) from n where coverage_mode = 'NONE'");
        assertThat(own).isPositive();
        assertThat(joint).isPositive();
        assertThat(instructor).isPositive();
        assertThat(blind).isGreaterThan(own).isGreaterThan(instructor);
        // one joint branch covers more than five open units
        assertThat(demo("""
                select count(*) from (select party_org_id from n where coverage_mode = 'JOINT_BRANCH'
                and closed_on is null group by 1 having count(*) > 5) t""")).isEqualTo(1);
        // should establish a branch, built then scattered, closed, moved
        assertThat(demo("select count(*) from n where full_members_employed >= 3 and coverage_mode <> 'OWN_ORG'"))
                .isPositive();
        assertThat(demo("""
                select count(*) from n where coverage_mode = 'NONE' and exists (select 1 from new_org_coverage h
                where h.new_org_id = n.id and h.coverage_mode = 'JOINT_BRANCH')""")).isPositive();
        assertThat(demo("select count(*) from n where closed_on is not null and close_reason is not null"))
                .isPositive();
        assertThat(demo("select count(*) from new_org_move m join n on n.id = m.new_org_id")).isPositive();
        // own organizations have members linked, no more than they employ
        assertThat(demo("select count(*) from new_org_member l join n on n.id = l.new_org_id")).isPositive();
        assertThat(demo("""
                select count(*) from n where (select count(*) from new_org_member l where l.new_org_id = n.id)
                > n.members_employed""")).isZero();
    }

    @Test
    void shouldKeepHistoryInOrderAndStartingAtTheOpening() {
        assertThat(demo("""
                select count(*) from n where (select changed_on from new_org_coverage h where h.new_org_id = n.id
                order by h.id limit 1) <> n.opened_on""")).isZero();
        assertThat(demo("""
                select count(*) from new_org_coverage h join n on n.id = h.new_org_id
                where h.changed_on < n.opened_on or h.changed_on > current_date
                   or (n.closed_on is not null and h.changed_on > n.closed_on)""")).isZero();
        assertThat(demo("""
                select count(*) from new_org_move m join n on n.id = m.new_org_id
                where m.moved_on < n.opened_on or m.from_community_id = m.to_community_id""")).isZero();
        // the last history row is the current mode
        assertThat(demo("""
                select count(*) from n where (select coverage_mode from new_org_coverage h where h.new_org_id = n.id
                order by h.changed_on desc, h.id desc limit 1) <> n.coverage_mode""")).isZero();
    }
}
