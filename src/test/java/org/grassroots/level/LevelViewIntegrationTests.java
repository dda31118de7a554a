package org.grassroots.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.access.AccessPages;
import org.grassroots.development.DevelopmentPages;
import org.grassroots.floating.FloatingPages;
import org.grassroots.funds.FundsPages;
import org.grassroots.neworg.CoveragePages;
import org.grassroots.readiness.ReadinessPages;
import org.grassroots.readiness.ReadinessViews;
import org.grassroots.regional.RegionalPages;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.grassroots.task.TaskPages;
import org.grassroots.transfer.TransferPages;
import org.grassroots.workforce.WorkforcePages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Each level's page lists the level below with figures that match the database, in the user's language. */
class LevelViewIntegrationTests extends WebIntegrationTestBase {

    /** Column order of the child-region table: name, code, orgs, members, full, probationary, pipeline. */
    static final int NAME = 0;
    static final int MEMBERS = 3;
    static final int FULL = 4;
    static final int PROBATIONARY = 5;

    @Autowired
    AccessPages access;

    @Autowired
    TaskPages tasks;

    @Autowired
    ReadinessPages readiness;

    @Autowired
    CoveragePages coverage;

    @Autowired
    RegionalPages regional;

    @Autowired
    WorkforcePages workforce;

    @Autowired
    FundsPages funds;

    @Autowired
    FloatingPages floating;

    @Autowired
    DevelopmentPages development;

    @Autowired
    TransferPages transfers;

    @Test
    void shouldListDistrictsWithCountsMatchingDatabaseWhenCityAdminOpensCity() throws Exception {
        long city = regionOf("city");
        String html = page("city", city, "level/city");

        List<List<String>> rows = tableRows(html, "child-regions");
        List<Map<String, Object>> districts = jdbc.queryForList("""
                select d.id, d.name,
                  (select count(*) from party_member m join party_org o on o.id = m.party_org_id
                    where o.district_id = d.id and m.status = 'FULL') as full_members,
                  (select count(*) from party_member m join party_org o on o.id = m.party_org_id
                    where o.district_id = d.id and m.status = 'PROBATIONARY') as probationary
                from region d where d.parent_id = ? order by d.code""", city);
        assertThat(rows).hasSize(3).hasSameSizeAs(districts);

        long sumMembers = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            Map<String, Object> district = districts.get(i);
            long full = (Long) district.get("full_members");
            long probationary = (Long) district.get("probationary");
            assertThat(row.get(NAME)).isEqualTo(district.get("name"));
            assertThat(Long.parseLong(row.get(FULL))).isEqualTo(full);
            assertThat(Long.parseLong(row.get(PROBATIONARY))).isEqualTo(probationary);
            assertThat(Long.parseLong(row.get(MEMBERS))).isEqualTo(full + probationary).isPositive();
            sumMembers += Long.parseLong(row.get(MEMBERS));
        }
        assertThat(linkedIds(section(html, "table", "child-regions"), "/regions/"))
                .containsExactlyElementsOf(districts.stream().map(d -> (Long) d.get("id")).toList());

        long partyMembers = jdbc.queryForObject(
                "select count(*) from party_member where status in ('FULL', 'PROBATIONARY')", Long.class);
        assertThat(sumMembers).isEqualTo(partyMembers);
        assertThat(Long.parseLong(textOf(html, "total-members"))).isEqualTo(partyMembers);
        assertThat(Long.parseLong(textOf(html, "total-full"))).isEqualTo(jdbc.queryForObject(
                "select count(*) from party_member where status = 'FULL'", Long.class));
    }

    @Test
    void shouldListOwnStreetsWhenDistrictOfficialOpensDistrict() throws Exception {
        long district = regionOf("district");
        String html = page("district", district, "level/district");

        assertThat(childNames(html)).hasSize(3).containsExactlyElementsOf(childrenOf(district));
        assertThat(linkedIds(section(html, "table", "child-regions"), "/regions/"))
                .containsExactlyElementsOf(childIdsOf(district));
    }

    @Test
    void shouldListFourCommunitiesWhenStreetStaffOpensStreet() throws Exception {
        long street = regionOf("street");
        String html = page("street", street, "level/street");

        assertThat(childNames(html)).hasSize(4).containsExactlyElementsOf(childrenOf(street));
        assertThat(linkedIds(section(html, "table", "child-regions"), "/regions/"))
                .containsExactlyElementsOf(childIdsOf(street));
        long streetMembers = jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.street_id = ? and m.status in ('FULL', 'PROBATIONARY')""", Long.class, street);
        assertThat(Long.parseLong(textOf(html, "total-members"))).isEqualTo(streetMembers);
    }

    @Test
    void shouldShowTheAccessBurdenTotalOnStreetAndDistrictPagesAndEachCommunityOnTheBurdenPage() throws Exception {
        long street = regionOf("street");
        long district = regionOf("district");

        String streetHtml = page("street", street, "level/street");
        String districtHtml = page("district", district, "level/district");
        String cityHtml = page("city", regionOf("city"), "level/city");

        // the level pages show the total and link to the burden page, which lists every child region
        assertThat(burdenRegions(streetHtml)).isEmpty();
        assertThat(burdenRegions(districtHtml)).isEmpty();
        assertThat(streetHtml).contains("id=\"box-access\" href=\"/regions/" + street + "/access/burden\"");
        assertThat(districtHtml).contains("id=\"box-access\" href=\"/regions/" + district + "/access/burden\"");
        assertThat(burdenRegions(boxPage("street", "/regions/" + street + "/access/burden")))
                .containsExactlyElementsOf(childIdsOf(street));
        assertThat(burdenRegions(boxPage("district", "/regions/" + district + "/access/burden")))
                .containsExactlyElementsOf(childIdsOf(district));
        var burden = access.burden(street, Scope.ofRegion(street, regionPath(street)));
        assertThat(burden.total().approved()).isPositive();
        assertThat(section(streetHtml, "table", "access-burden-table"))
                .contains(">" + burden.total().approved() + "</th>", ">" + burden.total().refused() + "</th>");
        assertThat(cityHtml).doesNotContain("access-burden-table");
    }

    @Test
    void shouldShowOpenAndOverdueTasksPerChildRegionOnEveryLevel() throws Exception {
        for (String user : List.of("city", "district", "street", "community")) {
            long region = regionOf(user);
            String html = page(user, region, "level/" + user);
            var expected = tasks.overdue(region, Scope.ofRegion(region, regionPath(region)));
            String table = section(html, "table", "task-overdue-table");

            assertThat(table).as("tasks on the %s page", user).isNotEmpty();
            assertThat(expected.rows()).hasSize(user.equals("community") ? 1 : childIdsOf(region).size());
            for (var row : expected.rows()) {
                String cells = section(table, "tr", "task-overdue-" + row.region().getId());
                assertThat(cells).as("row of region %d on the %s page", row.region().getId(), user)
                        .contains(">" + row.open() + "<", ">" + row.overdue() + "<");
            }
        }
        long district = regionOf("district");
        assertThat(tasks.overdue(district, Scope.ofRegion(district, regionPath(district))).total().overdue())
                .as("the demo district has overdue tasks").isPositive();
    }

    private static List<Long> burdenRegions(String html) {
        Matcher m = Pattern.compile("data-region=\"(\\d+)\"").matcher(section(html, "table", "access-burden-table"));
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    @Test
    void shouldLinkEveryOrganizationWhenCommunitySecretaryOpensCommunity() throws Exception {
        long community = regionOf("community");
        String html = page("community", community, "level/community");

        Set<Long> expected = new HashSet<>(jdbc.queryForList(
                "select id from party_org where region_id = ?", Long.class, community));
        assertThat(expected).isNotEmpty();
        assertThat(new HashSet<>(linkedIds(section(html, "table", "org-table"), "/orgs/"))).isEqualTo(expected);
        List<String> names = jdbc.queryForList("select name from party_org where region_id = ?", String.class,
                community);
        assertThat(html).contains(names);
    }

    @Test
    void shouldLinkTheCommunityToItsGridTreeWithGapsHighlightedOnTheGridsPage() throws Exception {
        long community = regionOf("community");
        String level = page("community", community, "level/community");
        assertThat(level).contains("id=\"community-grid-tree-link\" href=\"/regions/" + community + "/grids\"")
                .doesNotContain("id=\"grid-table\"");
        String html = boxPage("community", "/regions/" + community + "/grids");

        String tree = section(html, "table", "grid-table");
        Set<Long> open = new HashSet<>(jdbc.queryForList(
                "select id from grid_node where community_id = ? and closed_on is null", Long.class, community));
        assertThat(open).isNotEmpty();
        assertThat(new HashSet<>(linkedIds(tree, "/grids/"))).containsAll(open);
        // a grid without a current 网格长 is a gap, and its row is highlighted
        Long leaderless = jdbc.queryForObject("""
                select min(g.id) from grid_node g where g.community_id = ? and g.kind = 'GRID' and g.closed_on is null
                  and not exists (select 1 from grid_cadre k where k.grid_node_id = g.id and k.role = 'GRID_LEADER'
                                  and k.start_on <= current_date and (k.end_on is null or k.end_on >= current_date))""",
                Long.class, community);
        if (leaderless == null) {
            leaderless = jdbc.queryForObject("""
                    insert into grid_node (community_id, kind, name, households) values (?, 'GRID', '无网格长的网格', 10)
                    returning id""", Long.class, community);
            html = boxPage("community", "/regions/" + community + "/grids");
            tree = section(html, "table", "grid-table");
        }
        Matcher row = Pattern.compile("<tr id=\"node-" + leaderless + "\"[^>]*>").matcher(tree);
        assertThat(row.find()).isTrue();
        assertThat(row.group()).contains("table-warning");
        assertThat(html).contains("id=\"gap-summary\"");
    }

    @Test
    void shouldShowTheCommunitysMembersBoxAsTotalsFromItsRollupRowAndItsOrganizationsOnTheMembershipPage()
            throws Exception {
        long community = regionOf("community");
        String html = page("community", community, "level/community");
        String membership = boxPage("community", "/regions/" + community + "/membership");

        assertThat(html).contains("id=\"box-development\" href=\"/regions/" + community + "/membership\"",
                "id=\"box-dues\" href=\"/regions/" + community + "/dues\"");
        assertThat(section(html, "table", "level-development")).doesNotContain("dev-stage-row");
        // the membership page lists the organizations counted from the people, as the community page did
        Scope scope = Scope.ofRegion(community, regionPath(community));
        var counted = development.stages(community, scope);
        assertThat(counted.rows()).hasSizeGreaterThan(1);
        assertThat(counted.total().total()).isPositive();
        assertThat(section(membership, "table", "level-development").split("dev-stage-row", -1))
                .hasSize(counted.rows().size() + 1);
        for (var row : counted.rows()) {
            assertThat(membership).contains("href=\"/development?orgId=" + row.orgId() + "\"");
        }
        // the total read from the community's roll-up row equals the total counted from the people
        var t = counted.total();
        List<String> expected = List.of(Long.toString(t.applicants()), Long.toString(t.activists()),
                Long.toString(t.candidates()), Long.toString(t.admission()), Long.toString(t.probationary()),
                Long.toString(t.total()), Long.toString(t.awaiting()), Long.toString(t.due()),
                Long.toString(t.overdue()));
        List<String> onPage = cells(tfoot(section(html, "table", "level-development")));
        assertThat(onPage.subList(1, onPage.size())).isEqualTo(expected);
        assertThat(onPage).isEqualTo(cells(tfoot(section(membership, "table", "level-development"))));
        // the community's one row of dues, transfers and mobile members: its figures as the total
        List<String> dues = rowById(html, "dues-total");
        List<String> duesListed = totalOrOnly(membership, "dues-total", "level-dues");
        assertThat(dues).hasSizeGreaterThan(1);
        assertThat(dues.subList(1, dues.size())).isEqualTo(duesListed.subList(1, duesListed.size()));
        assertThat(cells(tfoot(section(html, "table", "transfer-pending-table"))).subList(1, 4))
                .isEqualTo(rowById(membership, "transfer-pending-" + community).subList(1, 4));
        assertThat(cells(section(html, "tr", "floating-summary-total")).subList(1, 5))
                .isEqualTo(cells(section(membership, "tr", "floating-summary-" + community)).subList(1, 5));
    }

    @Test
    void shouldShowUnitsVolunteersAndVenuesPerCommunityOnTheBoxPagesAndTheirTotalsOnTheStreetPage()
            throws Exception {
        long street = regionOf("street");
        String html = page("street", street, "level/street");
        String volunteerPage = boxPage("street", "/regions/" + street + "/volunteers");
        String unitPage = boxPage("street", "/regions/" + street + "/resident-units");
        String venuePage = boxPage("street", "/regions/" + street + "/venues");
        String reportingPage = boxPage("street", "/regions/" + street + "/reporting");

        List<Long> communities = jdbc.queryForList("select id from region where parent_id = ? order by id",
                Long.class, street);
        long volunteerSum = 0;
        java.math.BigDecimal hoursSum = java.math.BigDecimal.ZERO;
        for (long community : communities) {
            Long volunteers = jdbc.queryForObject("""
                    select count(*) from volunteer where community_id = ? and left_on is null""",
                    Long.class, community);
            List<String> row = rowById(volunteerPage, "volunteer-summary-" + community);
            assertThat(Long.parseLong(row.get(1))).as("volunteers of %d", community).isEqualTo(volunteers);
            volunteerSum += volunteers;
            Long units = jdbc.queryForObject("""
                    select count(*) from resident_unit where region_id = ? and closed_on is null""", Long.class,
                    community);
            assertThat(Long.parseLong(rowById(unitPage, "resident-summary-" + community).get(1)))
                    .as("units of %d", community).isEqualTo(units);
            assertThat(venuePage).contains("id=\"venue-summary-" + community + "\"");
            java.math.BigDecimal hours = jdbc.queryForObject("""
                    select coalesce(sum(s.hours), 0) from service_record s join member_report r on r.id = s.report_id
                    where r.community_id = ? and s.served_on >= date_trunc('quarter', current_date)
                      and s.served_on < date_trunc('quarter', current_date) + interval '3 months'""",
                    java.math.BigDecimal.class, community);
            assertThat(new java.math.BigDecimal(rowById(reportingPage, "reporting-summary-" + community).get(5)
                    .replace(",", ""))).as("service hours of %d this quarter", community).isEqualByComparingTo(hours);
            hoursSum = hoursSum.add(hours);
            // the street page shows no row per community, only the totals
            assertThat(html).doesNotContain("id=\"volunteer-summary-" + community + "\"",
                    "id=\"resident-summary-" + community + "\"", "id=\"venue-summary-" + community + "\"",
                    "id=\"reporting-summary-" + community + "\"");
        }
        assertThat(Long.parseLong(rowById(html, "volunteer-summary-total").get(1))).isEqualTo(volunteerSum);
        assertThat(new java.math.BigDecimal(rowById(html, "reporting-summary-total").get(5).replace(",", "")))
                .isEqualByComparingTo(hoursSum);
        // the street page's totals are the box pages' totals
        for (var box : Map.of("volunteer-summary-total", volunteerPage, "resident-summary-total", unitPage,
                "venue-summary-total", venuePage, "reporting-summary-total", reportingPage).entrySet()) {
            assertThat(rowById(html, box.getKey())).as(box.getKey()).isEqualTo(rowById(box.getValue(), box.getKey()));
        }
        assertThat(html).contains("href=\"/regions/" + street + "/reporting\"",
                "href=\"/regions/" + street + "/resident-units\"",
                "href=\"/regions/" + street + "/volunteers\"", "href=\"/regions/" + street + "/venues\"",
                "id=\"box-reporting\" href=\"/regions/" + street + "/reporting\"",
                "id=\"box-units\" href=\"/regions/" + street + "/resident-units\"",
                "id=\"box-volunteers\" href=\"/regions/" + street + "/volunteers\"",
                "id=\"box-venues\" href=\"/regions/" + street + "/venues\"");
    }

    @Test
    void shouldShowDevelopmentAndDuesPerCommunityOnTheMembershipPageAndTheirTotalsOnTheStreetPage()
            throws Exception {
        long street = regionOf("street");
        String html = page("street", street, "level/street");
        String membership = boxPage("street", "/regions/" + street + "/membership");

        assertThat(html).contains("id=\"level-development\"", "id=\"level-membership\"", "id=\"transfer-pending\"",
                "id=\"box-development\" href=\"/regions/" + street + "/membership\"",
                "id=\"box-dues\" href=\"/regions/" + street + "/dues\"");
        assertThat(membership).contains("id=\"level-development\"", "id=\"transfer-pending\"",
                "id=\"floating-summary-table\"").doesNotContain("id=\"box-development\"");
        long memberSum = 0;
        long incomingSum = 0;
        for (long community : jdbc.queryForList("select id from region where parent_id = ?", Long.class, street)) {
            Long members = jdbc.queryForObject("""
                    select count(*) from party_member m join party_org o on o.id = m.party_org_id
                    where o.community_id = ? and m.status in ('PROBATIONARY', 'FULL')""", Long.class, community);
            assertThat(Long.parseLong(rowById(membership, "dues-" + community).get(1)))
                    .as("paying members of %d", community).isEqualTo(members);
            Long incoming = jdbc.queryForObject("""
                    select count(*) from member_transfer t join party_org o on o.id = t.to_org_id
                    where o.community_id = ? and t.state = 'SENT'""", Long.class, community);
            assertThat(Long.parseLong(rowById(membership, "transfer-pending-" + community).get(3)))
                    .as("transfers on the way to %d", community).isEqualTo(incoming);
            assertThat(html).doesNotContain("id=\"dues-" + community + "\"",
                    "id=\"transfer-pending-" + community + "\"", "id=\"floating-summary-" + community + "\"");
            memberSum += members;
            incomingSum += incoming;
        }
        Long ownMembers = jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.region_id = ? and m.status in ('PROBATIONARY', 'FULL')""", Long.class, street);
        assertThat(Long.parseLong(rowById(html, "dues-total").get(1))).isEqualTo(memberSum + ownMembers);
        assertThat(rowById(html, "dues-total")).isEqualTo(rowById(membership, "dues-total"));
        assertThat(cells(section(html, "tr", "floating-summary-total")))
                .isEqualTo(cells(section(membership, "tr", "floating-summary-total")));
        List<String> transfersTotal = cells(tfoot(section(html, "table", "transfer-pending-table")));
        assertThat(transfersTotal).isNotEmpty();
        assertThat(transfersTotal.get(3)).isEqualTo(Long.toString(incomingSum));
        assertThat(section(html, "table", "level-development")).doesNotContain("dev-stage-row");
        assertThat(cells(tfoot(section(html, "table", "level-development"))))
                .isEqualTo(cells(tfoot(section(membership, "table", "level-development"))));
        // the membership page answers as the level page does: not for a branch secretary, not out of scope
        mvc.perform(get("/regions/{id}/membership", street).with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/membership", regionOf("city")).with(as("street")))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldListTheUnitsReportedToTheCommunityOnItsPage() throws Exception {
        long community = regionOf("community");
        long unit = jdbc.queryForObject("""
                insert into resident_unit (region_id, region_level, name, kind) values (?, 'COMMUNITY', '层级页报到单位', 'ORGAN')
                returning id""", Long.class, community);
        jdbc.update("""
                insert into unit_report (unit_id, community_id, reported_on, contact_name, commitments)
                values (?, ?, current_date, '联系人', '承诺事项')""", unit, community);

        String html = page("community", community, "level/community");

        assertThat(section(html, "table", "reported-units")).contains("层级页报到单位");
        assertThat(html).contains("id=\"volunteer-summary-" + community + "\"", "id=\"venue-summary-" + community
                + "\"", "id=\"resident-summary-" + community + "\"");
    }

    @Test
    void shouldShowTasksTransfersAndMobileMembersAsTheRecordsSayAfterEachChange() throws Exception {
        long district = regionOf("district");
        Long outflow = jdbc.queryForObject("""
                select min(f.id) from floating_outflow f join party_member m on m.id = f.member_id
                join party_org o on o.id = m.party_org_id where o.district_id = ? and f.returned_on is null""",
                Long.class, district);
        Long transfer = jdbc.queryForObject("""
                select min(t.id) from member_transfer t join party_org o on o.id = t.from_org_id
                where o.district_id = ? and t.state = 'SENT'""", Long.class, district);
        Map<String, Object> recipient = jdbc.queryForMap("""
                select r.id, r.status from work_task_recipient r left join region g on g.id = r.region_id
                left join party_org o on o.id = r.org_id, region d
                where d.id = ? and coalesce(g.path, o.region_path) like d.path || '_%' and r.status <> 'COMPLETED'
                order by r.id limit 1""", district);
        assertThat(List.of(outflow, transfer)).as("the demo district has open outflows and transfers")
                .doesNotContainNull();
        List<List<String>> before = sideFigures(district);
        assertThat(sideFigures(district)).as("kept while nothing changed").isEqualTo(before);

        jdbc.update("update floating_outflow set returned_on = current_date where id = ?", outflow);
        List<List<String>> returned = sideFigures(district);
        assertThat(returned.get(0)).isNotEqualTo(before.get(0));
        jdbc.update("update member_transfer set state = 'RECEIVED' where id = ?", transfer);
        List<List<String>> received = sideFigures(district);
        assertThat(received.get(1)).isNotEqualTo(before.get(1));
        jdbc.update("update work_task_recipient set status = 'COMPLETED' where id = ?", recipient.get("id"));
        List<List<String>> completed = sideFigures(district);
        assertThat(completed.get(2)).isNotEqualTo(before.get(2));

        jdbc.update("update floating_outflow set returned_on = null where id = ?", outflow);
        jdbc.update("update member_transfer set state = 'SENT' where id = ?", transfer);
        jdbc.update("update work_task_recipient set status = ? where id = ?", recipient.get("status"),
                recipient.get("id"));
        assertThat(sideFigures(district)).isEqualTo(before);
    }

    @Test
    void shouldShowTheCommunityOrganizationsAndReportedUnitsAsTheRecordsSayAfterEachChange() throws Exception {
        long community = regionOf("community");
        Map<String, Object> org = jdbc.queryForMap("""
                select o.id, o.name, min(m.id) as member from party_org o
                join party_member m on m.party_org_id = o.id and m.status = 'FULL'
                where o.region_id = ? group by o.id order by o.id limit 1""", community);
        long orgId = ((Number) org.get("id")).longValue();
        String name = (String) org.get("name");
        String html = page("community", community, "level/community");
        assertThat(orgRow(html, orgId)).isEqualTo(expectedOrgRow(orgId));
        assertThat(section(page("community", community, "level/community"), "table", "org-table"))
                .as("kept while nothing changed").isEqualTo(section(html, "table", "org-table"));

        jdbc.update("update party_member set status = 'PROBATIONARY' where id = ?", org.get("member"));
        List<String> changed = orgRow(page("community", community, "level/community"), orgId);
        assertThat(changed).isEqualTo(expectedOrgRow(orgId)).isNotEqualTo(orgRow(html, orgId));

        long unit = jdbc.queryForObject("""
                insert into resident_unit (region_id, region_level, name, kind, party_org_id)
                values (?, 'COMMUNITY', '组织改名报到单位', 'ORGAN', ?) returning id""", Long.class, community, orgId);
        long report = jdbc.queryForObject("""
                insert into unit_report (unit_id, community_id, reported_on, contact_name, commitments)
                values (?, ?, current_date, '联系人', '承诺事项') returning id""", Long.class, unit, community);
        assertThat(cells(section(page("community", community, "level/community"), "tr", "reported-" + report)))
                .contains(name);
        jdbc.update("update party_org set name = ? where id = ?", name + "（新名）", orgId);
        String renamed = page("community", community, "level/community");
        assertThat(orgRow(renamed, orgId).get(0)).isEqualTo(name + "（新名）");
        assertThat(cells(section(renamed, "tr", "reported-" + report))).contains(name + "（新名）");

        jdbc.update("delete from unit_report where id = ?", report);
        jdbc.update("delete from resident_unit where id = ?", unit);
        jdbc.update("update party_org set name = ? where id = ?", name, orgId);
        jdbc.update("update party_member set status = 'FULL' where id = ?", org.get("member"));
        assertThat(orgRow(page("community", community, "level/community"), orgId)).isEqualTo(orgRow(html, orgId));
    }

    /** The name, members, full members and probationary members in the organization's row of the org table. */
    private static List<String> orgRow(String html, long orgId) {
        Matcher m = Pattern.compile("<tr\\b[^>]*>\\s*<td><a href=\"/orgs/" + orgId + "\"(.*?)</tr>",
                Pattern.DOTALL).matcher(section(html, "table", "org-table"));
        assertThat(m.find()).as("row of organization %d", orgId).isTrue();
        List<String> cells = cells("<td><a" + m.group(1));
        return List.of(cells.get(0), cells.get(3), cells.get(4), cells.get(5));
    }

    private List<String> expectedOrgRow(long orgId) {
        return jdbc.queryForObject("""
                select o.name, count(m.id) filter (where m.status in ('PROBATIONARY', 'FULL')),
                       count(m.id) filter (where m.status = 'FULL'),
                       count(m.id) filter (where m.status = 'PROBATIONARY')
                from party_org o left join party_member m on m.party_org_id = o.id where o.id = ? group by o.id""",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), orgId);
    }

    /**
     * The district page's totals of the mobile members, the transfers in transit and the open tasks, each
     * checked against its service (which counts from the records).
     */
    private List<List<String>> sideFigures(long district) throws Exception {
        Scope scope = Scope.ofRegion(district, regionPath(district));
        String html = page("district", district, "level/district");
        List<String> mobile = cells(section(html, "tr", "floating-summary-total")).subList(1, 5);
        var m = floating.summary(district, scope).total();
        assertThat(mobile).isEqualTo(figures(m.outflowOpen(), m.outOfContact(), m.reviewDue(), m.inflowOpen()));
        List<String> transit = cells(tfoot(section(html, "table", "transfer-pending-table"))).subList(1, 4);
        var t = transfers.pending(district, scope).total();
        assertThat(transit).isEqualTo(figures(t.outgoing(), t.overdue(), t.incoming()));
        List<String> open = cells(tfoot(section(html, "table", "task-overdue-table"))).subList(1, 4);
        var o = tasks.overdue(district, scope).total();
        assertThat(open).isEqualTo(figures(o.open(), o.dueSoon(), o.overdue()));
        return List.of(mobile, transit, open);
    }

    private static List<String> figures(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Long::toString).toList();
    }

    /** The cells of the table row with this id. */
    private static List<String> rowById(String html, String rowId) {
        Matcher m = Pattern.compile("<tr[^>]*id=\"" + Pattern.quote(rowId) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("row %s", rowId).isTrue();
        Matcher cell = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL).matcher(m.group(1));
        List<String> cells = new java.util.ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", "").trim());
        }
        return cells;
    }

    @Test
    void shouldRedirectEachDemoUserToHomeWhenOpeningRoot() throws Exception {
        for (String user : List.of("city", "district", "street", "community")) {
            mvc.perform(get("/").with(as(user)))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/regions/" + regionOf(user)));
        }
        mvc.perform(get("/").with(as("branch")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/orgs/" + orgOf("branch")));
        mvc.perform(get("/").with(as("admin")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"));

        // and every home answers its user
        for (String user : List.of("city", "district", "street", "community")) {
            mvc.perform(get("/regions/{id}", regionOf(user)).with(as(user))).andExpect(status().isOk());
        }
        mvc.perform(get("/orgs/{id}", orgOf("branch")).with(as("branch"))).andExpect(status().isOk());
    }

    @Test
    void shouldStayInChosenLanguageWhenCookieIsSentBack() throws Exception {
        long community = regionOf("community");

        MvcResult english = mvc.perform(get("/regions/{id}", community).param("lang", "en").with(as("community")))
                .andExpect(status().isOk()).andReturn();
        Cookie cookie = english.getResponse().getCookie("grassroots-lang");
        assertThat(cookie).isNotNull();
        assertThat(navMembers(html(english))).isEqualTo("Members");
        assertThat(html(english)).contains("<html lang=\"en\"");

        MvcResult stillEnglish = mvc.perform(get("/regions/{id}", community).cookie(cookie).with(as("community")))
                .andExpect(status().isOk()).andReturn();
        assertThat(navMembers(html(stillEnglish))).isEqualTo("Members");
        // the organizations' types, looked up once per row and kept with the rows per language
        assertThat(section(html(stillEnglish), "table", "org-table")).contains("<td>Branch</td>")
                .doesNotContain("<td>党支部</td>");

        MvcResult chinese = mvc.perform(get("/regions/{id}", community).param("lang", "zh-CN").cookie(cookie)
                .with(as("community"))).andExpect(status().isOk()).andReturn();
        assertThat(navMembers(html(chinese))).isEqualTo("党员");
        assertThat(html(chinese)).contains("<html lang=\"zh-CN\"");
        Cookie back = chinese.getResponse().getCookie("grassroots-lang");
        assertThat(back).isNotNull();

        MvcResult stillChinese = mvc.perform(get("/regions/{id}", community).cookie(back).with(as("community")))
                .andExpect(status().isOk()).andReturn();
        assertThat(navMembers(html(stillChinese))).isEqualTo("党员");
        assertThat(section(html(stillChinese), "table", "org-table")).contains("<td>党支部</td>")
                .doesNotContain("<td>Branch</td>");

        // without a cookie the default is Chinese
        MvcResult fresh = mvc.perform(get("/regions/{id}", community).with(as("community"))).andReturn();
        assertThat(navMembers(html(fresh))).isEqualTo("党员");
    }

    @Test
    void shouldShowEveryUserOfTheRegionTheSameKeptSectionsInTheirOwnLanguage() throws Exception {
        long street = regionOf("street");
        MvcResult staff = mvc.perform(get("/regions/{id}", street).with(as("street"))).andExpect(status().isOk())
                .andReturn();
        MvcResult official = mvc.perform(get("/regions/{id}", street).with(as("district")))
                .andExpect(status().isOk()).andReturn();
        MvcResult english = mvc.perform(get("/regions/{id}", street).param("lang", "en").with(as("district")))
                .andExpect(status().isOk()).andReturn();

        // rendered apart from the page, the sections leave the page's own type and language alone
        for (MvcResult result : List.of(staff, official, english)) {
            assertThat(result.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
        }
        assertThat(html(english)).contains("<html lang=\"en\"");
        for (String[] part : List.of(new String[] {"table", "child-regions"}, new String[] {"section", "task-overdue"},
                new String[] {"section", "grid-coverage"}, new String[] {"section", "level-regional"},
                new String[] {"section", "community-services"}, new String[] {"section", "level-membership"})) {
            String shown = section(html(staff), part[0], part[1]);
            assertThat(shown).as(part[1]).isNotBlank().isEqualTo(section(html(official), part[0], part[1]))
                    .isNotEqualTo(section(html(english), part[0], part[1]));
        }
        assertThat(section(html(english), "section", "level-regional")).contains("Regional Party building")
                .doesNotContain("区域化党建");
        assertThat(section(html(staff), "section", "level-regional")).contains("区域化党建");
    }

    @Test
    void shouldShowTheRegionalPartyBuildingSummariesOnEveryLevelWithTheFeatureTotals() throws Exception {
        for (String user : List.of("city", "district", "street", "community")) {
            long region = regionOf(user);
            Scope scope = Scope.ofRegion(region, regionPath(region));
            String html = page(user, region, "level/" + (user.equals("city") ? "city" : user));
            String section = section(html, "section", "level-regional");
            assertThat(section).as(user).contains("id=\"readiness-table\"", "id=\"coverage-summary\"",
                    "id=\"regional-summary\"", "id=\"workforce-structure\"", "id=\"funds-table\"",
                    "href=\"/regions/" + region + "/readiness\"", "href=\"/regions/" + region + "/coverage\"",
                    "href=\"/regions/" + region + "/regional\"", "href=\"/regions/" + region + "/workers\"",
                    "href=\"/regions/" + region + "/funds\"");
            // readiness comes first in the section, then coverage, the regional figures, workforce and funds
            assertThat(section.indexOf("readiness-table")).isLessThan(section.indexOf("coverage-summary"));
            assertThat(section.indexOf("coverage-summary")).isLessThan(section.indexOf("regional-summary"));
            assertThat(section.indexOf("regional-summary")).isLessThan(section.indexOf("workforce-structure"));
            assertThat(section.indexOf("workforce-structure")).isLessThan(section.indexOf("funds-table"));

            ReadinessViews.SummaryRow ready = readiness.summary(region, scope).total();
            List<String> r = totalOrOnly(html, "readiness-total", "readiness-table");
            assertThat(r.get(1)).as(user).isEqualTo(Long.toString(ready.communities()));
            assertThat(r.get(2)).as(user).startsWith(ready.people() + "");
            assertThat(r.get(6)).as(user).startsWith(ready.all() + "");
            var cover = coverage.summary(region, scope).total();
            List<String> c = totalOrOnly(html, "coverage-total", "coverage-summary");
            assertThat(c.subList(1, 5)).as(user).containsExactly(Long.toString(cover.units()),
                    Long.toString(cover.orgCovered()), Long.toString(cover.workCovered()), Long.toString(cover.blind()));
            var ties = regional.summary(region, scope).total();
            List<String> t = cells(section(html, "tr", "regional-total"));
            assertThat(t.get(1)).as(user).isEqualTo(Long.toString(ties.meetingsHeld()));
            assertThat(t.get(5)).as(user).isEqualTo(Long.toString(ties.activeAgreements()));
            var team = workforce.summary(region, scope).total();
            List<String> w = totalOrOnly(html, "structure-total", "workforce-structure");
            assertThat(w.subList(1, 3)).as(user).containsExactly(Long.toString(team.communities()),
                    Long.toString(team.headcount()));
            var money = funds.summary(region, scope, funds.yearOr(null)).total();
            List<String> f = totalOrOnly(html, "funds-total", "funds-table");
            assertThat(f.subList(1, 4)).as(user).containsExactly(Long.toString(money.communities()),
                    money.budget().toPlainString(), money.spent().toPlainString());
            // mobile members sit with the members, with a link to their list
            var mobile = floating.summary(region, scope).total();
            List<String> m = cells(section(html, "tr", "floating-summary-total"));
            assertThat(m.subList(1, 5)).as(user).containsExactly(Long.toString(mobile.outflowOpen()),
                    Long.toString(mobile.outOfContact()), Long.toString(mobile.reviewDue()),
                    Long.toString(mobile.inflowOpen()));
            assertThat(section(html, "section", "level-membership")).contains("id=\"membership-floating\"");
            // the regional pages are reachable from the top navigation too
            assertThat(html).contains("id=\"nav-readiness\" href=\"/regions/" + region + "/readiness\"",
                    "id=\"nav-floating\"");
        }
        // the community page shows the community's own four answers with the reasons
        String community = page("community", regionOf("community"), "level/community");
        assertThat(section(community, "ul", "readiness-own")).contains("data-indicator=\"PEOPLE\"",
                "data-indicator=\"MONEY\"", "data-indicator=\"PLACE\"", "data-indicator=\"REGIONAL\"",
                "readiness-reason");
        // a branch secretary still has no region pages, and no region links in the navigation
        mvc.perform(get("/regions/{id}", regionOf("community")).with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}/readiness", regionOf("community")).with(as("branch")))
                .andExpect(status().isNotFound());
        String branchHome = html(mvc.perform(get("/floating").with(as("branch"))).andExpect(status().isOk()).andReturn());
        assertThat(branchHome).contains("id=\"nav-floating\"").doesNotContain("id=\"nav-readiness\"");
    }

    /** The cells of the total row when the table has one, otherwise of its only body row. */
    private static List<String> totalOrOnly(String html, String totalId, String tableId) {
        String total = section(html, "tr", totalId);
        if (!total.isEmpty()) {
            return cells(total);
        }
        List<List<String>> rows = tableRows(html, tableId);
        assertThat(rows).as(tableId).hasSize(1);
        return rows.get(0);
    }

    private static List<String> cells(String rowMarkup) {
        Matcher cell = Pattern.compile("<t[hd]\\b[^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(rowMarkup);
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").trim());
        }
        return cells;
    }

    private String page(String user, long regionId, String viewName) throws Exception {
        return html(mvc.perform(get("/regions/{id}", regionId).with(as(user)))
                .andExpect(status().isOk()).andExpect(view().name(viewName)).andReturn());
    }

    /** The markup of the first table footer. */
    private static String tfoot(String html) {
        Matcher m = Pattern.compile("<tfoot\\b[^>]*>(.*?)</tfoot>", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : "";
    }

    /** A box's own page, as this user. */
    private String boxPage(String user, String path) throws Exception {
        return html(mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn());
    }

    private static List<String> childNames(String html) {
        return tableRows(html, "child-regions").stream().map(row -> row.get(NAME)).toList();
    }

    private List<String> childrenOf(long regionId) {
        return jdbc.queryForList("select name from region where parent_id = ? order by code", String.class, regionId);
    }

    private List<Long> childIdsOf(long regionId) {
        return jdbc.queryForList("select id from region where parent_id = ? order by code", Long.class, regionId);
    }

    private static String navMembers(String html) {
        Matcher m = Pattern.compile("id=\"nav-members\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).trim() : null;
    }
}
