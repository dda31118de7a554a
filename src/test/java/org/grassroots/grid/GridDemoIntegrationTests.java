package org.grassroots.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;

/**
 * The demo city's grid map as DemoGridSeeder promises it. The first community is left out: the page
 * tests add their own grids there.
 */
class GridDemoIntegrationTests extends WebIntegrationTestBase {

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, regionOf("community"));
    }

    @Test
    void shouldGiveEveryCommunityThreeToSixGrids() {
        assertThat(count("""
                select count(*) from region c where c.level = 'COMMUNITY' and c.id <> ?
                  and (select count(*) from grid_node g where g.community_id = c.id and g.kind = 'GRID')
                      not between 3 and 6""")).isZero();
        assertThat(count("select count(*) from region where level = 'COMMUNITY' and id <> ?")).isPositive();
    }

    @Test
    void shouldGiveEveryGridTwoToSixBuildingsAndEveryBuildingOneToFourUnits() {
        assertThat(count("""
                select count(*) from grid_node g where g.kind = 'GRID' and g.community_id <> ?
                  and (select count(*) from grid_node b where b.parent_id = g.id) not between 2 and 6""")).isZero();
        assertThat(count("""
                select count(*) from grid_node b where b.kind = 'BUILDING' and b.community_id <> ?
                  and (select count(*) from grid_node u where u.parent_id = b.id) not between 1 and 4""")).isZero();
    }

    @Test
    void shouldSumHouseholdsAndResidentsUpTheTree() {
        assertThat(count("""
                select count(*) from grid_node p where p.kind in ('GRID', 'BUILDING') and p.community_id <> ?
                  and (p.households is distinct from (select sum(c.households) from grid_node c where c.parent_id = p.id)
                    or p.residents is distinct from (select sum(c.residents) from grid_node c where c.parent_id = p.id))"""))
                .isZero();
        assertThat(count("select count(*) from grid_node where households <= 0 and community_id <> ?")).isZero();
    }

    @Test
    void shouldStaffMostNodesAndLeaveSomeGaps() {
        long grids = count("select count(*) from grid_node where kind = 'GRID' and community_id <> ?");
        long led = count("""
                select count(distinct g.id) from grid_node g join grid_cadre k on k.grid_node_id = g.id
                where g.kind = 'GRID' and g.community_id <> ? and k.role = 'GRID_LEADER' and k.end_on is null""");
        assertThat(led).isGreaterThan(grids / 2).isLessThan(grids);
        long buildings = count("select count(*) from grid_node where kind = 'BUILDING' and community_id <> ?");
        long buildingLed = count("""
                select count(distinct b.id) from grid_node b join grid_cadre k on k.grid_node_id = b.id
                where b.kind = 'BUILDING' and b.community_id <> ? and k.role = 'BUILDING_LEADER'""");
        assertThat(buildingLed).isGreaterThan(buildings / 2).isLessThan(buildings);
        // residents are on the roster by name and phone, members by record; past leaders are kept
        assertThat(count("select count(*) from grid_cadre where member_id is null and resident_phone is not null "
                + "and grid_node_id in (select id from grid_node where community_id <> ?)")).isPositive();
        assertThat(count("select count(*) from grid_cadre where end_on is not null "
                + "and grid_node_id in (select id from grid_node where community_id <> ?)")).isPositive();
        assertThat(count("select count(*) from grid_node where party_org_id is not null and community_id <> ?"))
                .isPositive();
    }

    @Test
    void shouldPickCadreMembersFromTheirOwnCommunity() {
        assertThat(count("""
                select count(*) from grid_cadre k join grid_node n on n.id = k.grid_node_id
                join party_member m on m.id = k.member_id join party_org o on o.id = m.party_org_id
                where n.community_id <> ? and o.community_id <> n.community_id
                  and not exists (select 1 from member_history h where h.member_id = m.id and h.kind <> 'JOINED')"""))
                .isZero();
        assertThat(count("""
                select count(*) from grid_node n join party_org o on o.id = n.party_org_id
                where n.community_id <> ? and o.community_id <> n.community_id""")).isZero();
    }
}
