package org.grassroots.neworg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.neworg.NewOrgViews.CommunityCoverage;
import org.grassroots.neworg.NewOrgViews.CoverageRow;
import org.grassroots.neworg.NewOrgViews.CoverageSummary;
import org.grassroots.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * The coverage page and the level figures agree with the rows, counted here in SQL written apart
 * from the application's: per child at every level, the street's own row, the total and the rates.
 */
class CoverageIntegrationTests extends NewOrgTestBase {

    /** Open units in a subtree, and how each is reached, written apart from NewOrgQueries. */
    private static final String EXPECTED = """
            select count(*) as units,
                   count(*) filter (where n.coverage_mode in ('OWN_ORG', 'JOINT_BRANCH') and o.closed_on is null) as org,
                   count(*) filter (where n.coverage_mode = 'INSTRUCTOR') as work,
                   count(*) filter (where n.coverage_mode = 'NONE' or (n.coverage_mode in ('OWN_ORG', 'JOINT_BRANCH')
                                    and o.closed_on is not null)) as blind,
                   count(*) filter (where n.full_members_employed >= 3
                                    and not (n.coverage_mode = 'OWN_ORG' and o.closed_on is null)) as alerts,
                   count(*) filter (where not (n.coverage_mode in ('OWN_ORG', 'JOINT_BRANCH') and o.closed_on is null)
                                    and n.id in (select new_org_id from new_org_coverage
                                                 where coverage_mode in ('OWN_ORG', 'JOINT_BRANCH'))) as scattered
            from new_org n left join party_org o on o.id = n.party_org_id
            where n.closed_on is null and %s""";

    @Autowired
    private CoveragePages coverage;

    private Map<String, Object> expected(String where, Object... args) {
        return jdbc.queryForMap(EXPECTED.formatted(where), args);
    }

    private Map<String, Object> expectedUnder(long regionId) {
        return expected("(select path from region where id = coalesce(n.community_id, n.street_id)) like ? || '%'",
                regionPath(regionId));
    }

    private static List<String> cells(String html, String rowId) {
        Matcher row = Pattern.compile("<tr\\b[^>]*\\bid=\"" + Pattern.quote(rowId) + "\"[^>]*>(.*?)</tr>",
                Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as(rowId).isTrue();
        Matcher cell = Pattern.compile("<t[dh]\\b[^>]*>(.*?)</t[dh]>", Pattern.DOTALL).matcher(row.group(1));
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(HtmlUtils.htmlUnescape(cell.group(1).replaceAll("(?s)<[^>]*>", " ")).replaceAll("\\s+", " ")
                    .trim());
        }
        return cells;
    }

    private static String rate(long n, long units) {
        return units == 0 ? "—" : Math.round(n * 1000.0 / units) / 10.0 + "%";
    }

    private static void assertRow(List<String> cells, Map<String, Object> e, String what) {
        long units = ((Number) e.get("units")).longValue();
        long org = ((Number) e.get("org")).longValue();
        long work = ((Number) e.get("work")).longValue();
        assertThat(cells.subList(1, 9)).as(what).containsExactly(Long.toString(units), Long.toString(org),
                Long.toString(work), e.get("blind").toString(), rate(org, units), rate(org + work, units),
                e.get("alerts").toString(), e.get("scattered").toString());
    }

    @Test
    void shouldAgreeWithRowsAtEveryLevel() throws Exception {
        long community = regionOf("community");
        long street = streetOf(community);
        long district = regionOf("district");
        long city = regionOf("city");
        // a blind unit with three full members, and a street-level one, so that every figure moves
        MultiValueMap<String, String> form = registration("滨江覆盖率测试有限公司", community);
        form.set("fullMembersEmployed", "3");
        register("community", community, form);
        MultiValueMap<String, String> own = registration("滨江覆盖率直属测试有限公司", community);
        own.set("communityId", "");
        register("street", street, own);

        String html = page("community", "/regions/" + community + "/coverage");
        assertRow(cells(html, "coverage-" + community), expectedUnder(community), "community");

        html = page("street", "/regions/" + street + "/coverage");
        for (Long child : jdbc.queryForList("select id from region where parent_id = ?", Long.class, street)) {
            assertRow(cells(html, "coverage-" + child), expectedUnder(child), "community " + child);
        }
        assertRow(cells(html, "coverage-own"), expected("n.street_id = ? and n.community_id is null", street), "own");
        assertRow(cells(html, "coverage-total"), expectedUnder(street), "street total");

        html = page("district", "/regions/" + district + "/coverage");
        for (Long child : jdbc.queryForList("select id from region where parent_id = ?", Long.class, district)) {
            assertRow(cells(html, "coverage-" + child), expectedUnder(child), "street " + child);
        }
        html = page("city", "/regions/" + city + "/coverage");
        for (Long child : jdbc.queryForList("select id from region where parent_id = ?", Long.class, city)) {
            assertRow(cells(html, "coverage-" + child), expectedUnder(child), "district " + child);
        }
        assertRow(cells(html, "coverage-total"), expectedUnder(city), "city total");
        assertThat(((Number) expectedUnder(city).get("blind")).longValue()).isPositive();
    }

    @Test
    void shouldDrillDownFromEveryCountToItsList() throws Exception {
        long street = streetOf(regionOf("community"));
        String html = page("street", "/regions/" + street + "/coverage");
        Matcher link = Pattern.compile("href=\"(/regions/\\d+/new-orgs\\?[^\"]*)\"[^>]*>\\s*(\\d+)\\s*<").matcher(html);
        int checked = 0;
        while (link.find()) {
            String url = HtmlUtils.htmlUnescape(link.group(1));
            String list = page("street", url);
            assertThat(textOf(list, "unit-count")).as(url).contains(link.group(2));
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void shouldGiveLevelFiguresAndCommunityCountsAsThePageDoes() {
        long district = regionOf("district");
        Scope scope = Scope.ofRegion(district, regionPath(district));
        CoverageSummary summary = coverage.summary(district, scope);
        assertThat(summary.rows()).hasSize(3);
        assertThat(summary.rows().stream().mapToLong(CoverageRow::units).sum()).isEqualTo(summary.total().units());
        assertThat(summary.rows().stream().mapToLong(CoverageRow::blind).sum()).isEqualTo(summary.total().blind());
        assertThat(summary.total().orgCovered() + summary.total().workCovered() + summary.total().blind())
                .isEqualTo(summary.total().units());
        List<CommunityCoverage> communities = coverage.byCommunity(district, scope);
        assertThat(communities).isNotEmpty();
        for (CommunityCoverage c : communities) {
            Map<String, Object> e = expectedUnder(c.communityId());
            assertThat(List.of(c.units(), c.orgCovered(), c.workCovered(), c.blind(), c.alerts(), c.scattered()))
                    .as(c.communityName()).containsExactly(((Number) e.get("units")).longValue(),
                            ((Number) e.get("org")).longValue(), ((Number) e.get("work")).longValue(),
                            ((Number) e.get("blind")).longValue(), ((Number) e.get("alerts")).longValue(),
                            ((Number) e.get("scattered")).longValue());
        }
        // a region outside the scope answers as missing
        long otherDistrict = jdbc.queryForObject("select min(id) from region where level = 'DISTRICT' and id <> ?",
                Long.class, district);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> coverage.summary(otherDistrict, scope))
                .isInstanceOf(org.grassroots.shared.NotFoundException.class);
    }
}
