package org.grassroots.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.grassroots.resident.ResidentViews.ResidentSummary;
import org.grassroots.resident.ResidentViews.SummaryRow;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reporting figures of the level pages agree with the unit and report rows. */
class ResidentSummaryIntegrationTests extends ResidentTestBase {

    @Autowired
    private ResidentPages pages;

    /** Open units sitting in the subtree of the region. */
    private long units(long region) {
        return count("""
                select count(*) from resident_unit u join region r on r.id = u.region_id
                where r.path like (select path from region where id = ?) || '%' and u.closed_on is null""", region);
    }

    /** Open units sitting exactly in the region. */
    private long ownUnits(long region) {
        return count("select count(*) from resident_unit where region_id = ? and closed_on is null", region);
    }

    private long reportedUnits(long region) {
        return count("""
                select count(distinct x.unit_id) from unit_report x join resident_unit u on u.id = x.unit_id
                join region c on c.id = x.community_id
                where c.path like (select path from region where id = ?) || '%'
                  and x.ended_on is null and u.closed_on is null""", region);
    }

    private long awaiting(long region) {
        return count("""
                select count(*) from unit_report x join resident_unit u on u.id = x.unit_id
                join region c on c.id = x.community_id
                where c.path like (select path from region where id = ?) || '%'
                  and x.ended_on is null and x.received_on is null and u.closed_on is null""", region);
    }

    private List<String> expected(long region, long units) {
        return List.of(Long.toString(units), Long.toString(reportedUnits(region)), Long.toString(awaiting(region)));
    }

    @Test
    void shouldCountStreetFiguresAsTheTablesSay() throws Exception {
        long street = regionOf("street");
        // a street unit reporting to two communities counts once in the street's total
        long unit = createUnit("street", street, unitForm("滨江汇总测试文化站", "INSTITUTION"));
        fileReport("street", unit, reportForm(regionOf("community"), today().toString()));
        fileReport("street", unit, reportForm(siblingCommunity(regionOf("community")), today().toString()));

        String html = html(mvc.perform(get("/regions/" + street + "/resident-units").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        List<Long> communities = jdbc.queryForList("select id from region where parent_id = ? order by code",
                Long.class, street);
        List<List<String>> rows = tableRows(html, "resident-summary").stream().filter(r -> !r.isEmpty())
                .toList();
        assertThat(rows).hasSize(communities.size() + 1);
        long reportedSum = 0;
        for (int i = 0; i < communities.size(); i++) {
            long c = communities.get(i);
            assertThat(textOf(html, "resident-summary-" + c)).startsWith(
                    jdbc.queryForObject("select name from region where id = ?", String.class, c));
            assertThat(rows.get(i).subList(1, 4)).as("community %d", c).isEqualTo(expected(c, units(c)));
            reportedSum += reportedUnits(c);
        }
        List<String> own = rows.get(communities.size());
        assertThat(own.get(1)).isEqualTo(Long.toString(ownUnits(street)));
        String total = textOf(html, "resident-summary-total");
        assertThat(total.split(" ")).endsWith(expected(street, units(street)).toArray(String[]::new));
        assertThat(units(street)).isEqualTo(ownUnits(street) + communities.stream().mapToLong(this::units).sum());
        assertThat(reportedUnits(street)).isLessThan(reportedSum);
    }

    @Test
    void shouldSumStreetsForTheDistrictAndDistrictsForTheCity() throws Exception {
        long district = regionOf("district");
        String html = html(mvc.perform(get("/regions/" + district + "/resident-units").with(as("district")))
                .andExpect(status().isOk()).andReturn());
        List<Long> streets = jdbc.queryForList("select id from region where parent_id = ? order by code", Long.class,
                district);
        List<List<String>> rows = tableRows(html, "resident-summary").stream().filter(r -> !r.isEmpty())
                .toList();
        assertThat(rows).hasSize(streets.size());
        for (int i = 0; i < streets.size(); i++) {
            long s = streets.get(i);
            assertThat(rows.get(i).subList(1, 4)).as("street %d", s).isEqualTo(expected(s, units(s)));
        }
        ResidentSummary city = pages.summary(regionOf("city"), Scope.ofRegion(regionOf("city"),
                regionPath(regionOf("city"))));
        assertThat(city.rows()).hasSize(3);
        assertThat(city.rows().stream().mapToLong(SummaryRow::units).sum()).isEqualTo(city.total().units())
                .isEqualTo(count("select count(*) from resident_unit where closed_on is null"));
        assertThat(city.total().awaitingReceipt()).isEqualTo(
                city.rows().stream().mapToLong(SummaryRow::awaitingReceipt).sum()).isPositive();
    }

    @Test
    void shouldShowTheUpperLevelPagesTotalAsTheTablesSayAfterEachChange() throws Exception {
        long district = regionOf("district");
        List<String> before = levelPageTotal(district);
        assertThat(before).isEqualTo(expected(district, units(district)));

        long unit = createUnit("street", regionOf("community"), unitForm("滨江层级页测试单位", "OTHER"));
        List<String> registered = levelPageTotal(district);
        assertThat(registered).isEqualTo(expected(district, units(district))).isNotEqualTo(before);

        fileReport("street", unit, reportForm(regionOf("community"), today().toString()));
        List<String> reported = levelPageTotal(district);
        assertThat(reported).isEqualTo(expected(district, units(district))).isNotEqualTo(registered);
        assertThat(levelPageTotal(district)).as("kept while nothing changed").isEqualTo(reported);

        jdbc.update("update resident_unit set closed_on = current_date where id = ?", unit);
        assertThat(levelPageTotal(district)).isEqualTo(expected(district, units(district))).isEqualTo(before);
    }

    @Test
    void shouldShowTheCommunityPageFiguresAsTheTablesSayAfterEachChange() throws Exception {
        long community = regionOf("community");
        List<String> before = communityPageRow(community);
        assertThat(before).isEqualTo(expected(community, units(community)));

        long unit = createUnit("street", community, unitForm("滨江社区页测试单位", "OTHER"));
        List<String> registered = communityPageRow(community);
        assertThat(registered).isEqualTo(expected(community, units(community))).isNotEqualTo(before);

        long report = fileReport("street", unit, reportForm(community, today().toString()));
        List<String> reported = communityPageRow(community);
        assertThat(reported).isEqualTo(expected(community, units(community))).isNotEqualTo(registered);
        assertThat(communityPageRow(community)).as("kept while nothing changed").isEqualTo(reported);

        mvc.perform(post("/unit-reports/" + report + "/receive").with(as("community")).with(csrf()));
        assertThat(communityPageRow(community)).isEqualTo(expected(community, units(community)))
                .isNotEqualTo(reported);

        jdbc.update("update resident_unit set closed_on = current_date where id = ?", unit);
        assertThat(communityPageRow(community)).isEqualTo(expected(community, units(community)))
                .isEqualTo(before);
    }

    /** Units, units reported and reports awaiting receipt in the community's one row on its own level page. */
    private List<String> communityPageRow(long community) throws Exception {
        return figures(community, "community", "resident-summary-" + community);
    }

    /** Units, units reported and reports awaiting receipt in the total row of the region's level page. */
    private List<String> levelPageTotal(long region) throws Exception {
        return figures(region, "district", "resident-summary-total");
    }

    private List<String> figures(long region, String user, String rowId) throws Exception {
        String html = html(mvc.perform(get("/regions/" + region).with(as(user)))
                .andExpect(status().isOk()).andReturn());
        List<String> cells = List.of(textOf(html, rowId).split(" "));
        return cells.subList(cells.size() - 3, cells.size());
    }

    @Test
    void shouldFollowEachChangeInTheCommunityFigures() throws Exception {
        long community = siblingCommunity(regionOf("community"));
        Scope street = Scope.ofRegion(regionOf("street"), regionPath(regionOf("street")));
        SummaryRow before = only(pages.summary(community, street));
        long unit = createUnit("street", community, unitForm("滨江变化测试单位", "SOCIAL_ORGANIZATION"));
        SummaryRow registered = only(pages.summary(community, street));
        assertThat(registered.units()).isEqualTo(before.units() + 1);
        assertThat(registered.reportedUnits()).isEqualTo(before.reportedUnits());

        long report = fileReport("street", unit, reportForm(community, today().toString()));
        SummaryRow reported = only(pages.summary(community, street));
        assertThat(reported.reportedUnits()).isEqualTo(before.reportedUnits() + 1);
        assertThat(reported.awaitingReceipt()).isEqualTo(before.awaitingReceipt() + 1);

        mvc.perform(post("/unit-reports/" + report + "/receive").with(as("street")).with(csrf()));
        SummaryRow received = only(pages.summary(community, street));
        assertThat(received.awaitingReceipt()).isEqualTo(before.awaitingReceipt());
        assertThat(received.reportedUnits()).isEqualTo(before.reportedUnits() + 1);

        mvc.perform(post("/resident-units/" + unit + "/close").with(as("street")).with(csrf()));
        SummaryRow closed = only(pages.summary(community, street));
        assertThat(closed).isEqualTo(new SummaryRow(closed.region(), false, before.units(), before.reportedUnits(),
                before.awaitingReceipt()));

        // the community's list of reported units follows the same rows
        long other = createUnit("street", community, unitForm("滨江变化测试单位二", "OTHER"));
        long open = fileReport("street", other, reportForm(community, today().toString()));
        ResidentViews.ReportedPage list = pages.reportedTo(community, street, 0);
        assertThat(list.pager().total()).isEqualTo(count(
                "select count(*) from unit_report where community_id = ? and ended_on is null", community));
        assertThat(list.rows()).extracting(r -> r.report().getId()).contains(open).doesNotContain(report);
        assertThat(list.rows().get(0).report().isAwaitingReceipt()).isTrue();
    }

    @Test
    void shouldRefuseFiguresOutsideTheScope() {
        Scope community = Scope.ofRegion(regionOf("community"), regionPath(regionOf("community")));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> pages.summary(regionOf("street"), community)).isInstanceOf(NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> pages.reportedTo(regionOf("street"), Scope.ofRegion(regionOf("street"),
                        regionPath(regionOf("street"))), 0)).isInstanceOf(NotFoundException.class);
    }

    private static SummaryRow only(ResidentSummary summary) {
        assertThat(summary.rows()).hasSize(1);
        assertThat(summary.total()).usingRecursiveComparison().ignoringFields("region")
                .isEqualTo(summary.rows().get(0));
        return summary.rows().get(0);
    }
}
