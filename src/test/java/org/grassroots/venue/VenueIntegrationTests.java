package org.grassroots.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Service venues on a real PostgreSQL: the pages, bad input, scope, the warnings and the summaries. */
class VenueIntegrationTests extends WebIntegrationTestBase {

    private static final BigDecimal PER_HUNDRED = new BigDecimal("30");

    @Autowired
    private VenuePages venuePages;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void shouldAddUpTheVenuesKeptInTheDatabaseAsTheSummaryDoesAtEveryLevel() {
        assertTotalsAgree();
        // a street's own centre and a community venue without an area (rolled back: the seed is shared)
        long street = regionOf("street");
        long community = regionOf("community");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("insert into service_venue (region_id, region_level, kind, name, area_m2)"
                    + " values (?, 'STREET', 'CENTER', '合计中心', 123.4)", street);
            jdbc.update("insert into service_venue (region_id, region_level, kind, name)"
                    + " values (?, 'COMMUNITY', 'STATION', '合计站点')", community);
            assertTotalsAgree();
            tx.setRollbackOnly();
        });
    }

    private void assertTotalsAgree() {
        for (String user : List.of("city", "district", "street")) {
            long region = regionOf(user);
            String path = regionPath(region);
            Scope scope = Scope.ofRegion(region, path);
            List<VenueFigures> figures = venuePages.figuresByCommunity(null).stream()
                    .filter(f -> f.path().startsWith(path)).toList();
            VenueViews.Summary total = venuePages.total(region, scope, figures);
            VenueViews.Summary summary = venuePages.summary(region, scope);
            assertThat(total.total().region().getId()).as(user).isEqualTo(summary.total().region().getId());
            assertThat(total.total()).as(user).usingRecursiveComparison().ignoringFields("region")
                    .isEqualTo(summary.total());
            assertThat(total.total().totalArea().scale()).isEqualTo(summary.total().totalArea().scale());
            assertThat(total.rows()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- pages and input

    @Test
    void shouldCreateStationServingItsOwnCommunityAndANeighbour() throws Exception {
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        MultiValueMap<String, String> form = venue(community, "STATION", "测试服务站", "120.5");
        form.add("circleIds", Long.toString(sibling));
        long v = create("community", "/regions/" + community + "/venues", form);
        assertThat(jdbc.queryForMap("select region_id, region_level, kind, area_m2, closed_on from service_venue "
                + "where id = ?", v)).containsEntry("region_id", community).containsEntry("region_level", "COMMUNITY")
                .containsEntry("kind", "STATION").containsEntry("closed_on", null);
        // the community itself is always in the circle, although only the neighbour was ticked
        assertThat(jdbc.queryForList("select community_id from venue_circle where venue_id = ? order by community_id",
                Long.class, v)).containsExactlyInAnyOrder(community, sibling);
        String page = html(mvc.perform(get("/venues/" + v).with(as("community"))).andExpect(status().isOk())
                .andReturn());
        assertThat(textOf(page, "venue-area")).isEqualTo("120.5");
        assertThat(section(page, "table", "venue-circle")).contains(name(community)).contains(name(sibling));
        String list = html(mvc.perform(get("/regions/" + community + "/venues").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(list, "table", "venue-list"), "/venues/")).contains(v);
        assertThat(count("select count(*) from audit_event where entity_type = 'service_venue' and entity_id = ?", v))
                .isEqualTo(1);
    }

    @Test
    void shouldLetTheStreetKeepACentreForSomeOfItsCommunities() throws Exception {
        long street = regionOf("street");
        List<Long> communities = jdbc.queryForList("select id from region where parent_id = ? order by code",
                Long.class, street);
        MultiValueMap<String, String> form = venue(street, "CENTER", "测试党群服务中心", "800");
        form.add("circleIds", communities.get(0).toString());
        form.add("circleIds", communities.get(1).toString());
        long v = create("street", "/regions/" + street + "/venues", form);
        assertThat(jdbc.queryForList("select community_id from venue_circle where venue_id = ?", Long.class, v))
                .containsExactlyInAnyOrder(communities.get(0), communities.get(1));
        // a community secretary does not reach the street's venue, though it serves the community
        mvc.perform(get("/venues/" + v).with(as("community"))).andExpect(status().isNotFound());
        String list = html(mvc.perform(get("/regions/" + regionOf("community") + "/venues").with(as("community")))
                .andReturn());
        if (communities.get(0) == regionOf("community") || communities.get(1) == regionOf("community")) {
            assertThat(section(list, "table", "venue-elsewhere")).contains("测试党群服务中心");
        }
        // the street may also create a station for one of its communities
        MultiValueMap<String, String> station = venue(communities.get(2), "STATION", "街道代建服务站", "90");
        long s = create("street", "/regions/" + street + "/venues", station);
        assertThat(jdbc.queryForMap("select region_id, region_level from service_venue where id = ?", s))
                .containsEntry("region_id", communities.get(2)).containsEntry("region_level", "COMMUNITY");
        mvc.perform(post("/venues/" + v + "/close").with(as("street")).with(csrf())).andExpect(status().isFound());
        mvc.perform(post("/venues/" + s + "/close").with(as("street")).with(csrf())).andExpect(status().isFound());
    }

    @Test
    void shouldKeepEveryValueOfBadVenueFormWithFieldErrors() throws Exception {
        long community = regionOf("community");
        long before = count("select count(*) from service_venue");
        for (String area : List.of("0", "-5", "abc", "12345678.9", "1.25", "")) {
            MultiValueMap<String, String> form = venue(community, "STATION", "面积有误的服务站", area);
            form.set("address", "桂花路1号");
            String html = postForm("community", "/regions/" + community + "/venues", form);
            assertThat(textOf(html, "areaM2-error")).as(area).isNotBlank();
            assertThat(inputValue(html, "name")).isEqualTo("面积有误的服务站");
            assertThat(inputValue(html, "address")).isEqualTo("桂花路1号");
        }
        MultiValueMap<String, String> form = venue(community, "FOO", "", "100");
        form.set("openingHours", "时".repeat(201));
        form.set("services", "务".repeat(2001));
        String html = postForm("community", "/regions/" + community + "/venues", form);
        assertThat(textOf(html, "kind-error")).isNotBlank();
        assertThat(textOf(html, "name-error")).isNotBlank();
        assertThat(textOf(html, "openingHours-error")).isNotBlank();
        assertThat(textOf(html, "services-error")).isNotBlank();
        form = venue(community, "STATION", "名".repeat(201), "100");
        assertThat(textOf(postForm("community", "/regions/" + community + "/venues", form), "name-error"))
                .isNotBlank();
        assertThat(count("select count(*) from service_venue")).isEqualTo(before);
    }

    @Test
    void shouldRefuseCircleCommunityOutsideTheStreetAndKeeperThatIsNoStreetOrCommunity() throws Exception {
        long community = regionOf("community");
        long street = regionOf("street");
        long otherStreetCommunity = jdbc.queryForObject("""
                select min(c.id) from region c where c.level = 'COMMUNITY' and c.parent_id <> ?""", Long.class, street);
        long before = count("select count(*) from service_venue");
        MultiValueMap<String, String> form = venue(community, "STATION", "越界服务站", "100");
        form.add("circleIds", Long.toString(otherStreetCommunity));
        String html = postForm("community", "/regions/" + community + "/venues", form);
        assertThat(textOf(html, "circleIds-error")).isNotBlank();
        assertThat(inputValue(html, "name")).isEqualTo("越界服务站");
        form.set("circleIds", "abc");
        assertThat(textOf(postForm("community", "/regions/" + community + "/venues", form), "circleIds-error"))
                .isNotBlank();

        // the keeping region must be the street or one of its communities, never the district above it
        MultiValueMap<String, String> byDistrict = venue(regionOf("district"), "CENTER", "区级中心", "300");
        html = postForm("street", "/regions/" + street + "/venues", byDistrict);
        assertThat(textOf(html, "regionId-error")).isNotBlank();
        MultiValueMap<String, String> byOther = venue(otherStreetCommunity, "STATION", "别街道的站", "300");
        assertThat(textOf(postForm("street", "/regions/" + street + "/venues", byOther), "regionId-error"))
                .isNotBlank();
        // a community secretary keeps venues only for the community
        MultiValueMap<String, String> bySibling = venue(siblingCommunity(community), "STATION", "邻居的站", "300");
        assertThat(textOf(postForm("community", "/regions/" + community + "/venues", bySibling), "regionId-error"))
                .isNotBlank();
        assertThat(count("select count(*) from service_venue")).isEqualTo(before);
    }

    @Test
    void shouldCloseWithoutDeletingAndShowConflictOnStaleEdit() throws Exception {
        long community = regionOf("community");
        long v = create("community", "/regions/" + community + "/venues",
                venue(community, "STATION", "将停用的服务站", "100"));
        String stale = jdbc.queryForObject("select version from service_venue where id = ?", Long.class, v)
                .toString();
        jdbc.update("update service_venue set name = '别人改的名称', version = version + 1 where id = ?", v);
        MultiValueMap<String, String> edit = venue(community, "STATION", "我改的名称", "150");
        edit.add("version", stale);
        String html = postForm("community", "/venues/" + v, edit);
        assertThat(textOf(html, "conflict")).contains("别人改的名称");
        assertThat(inputValue(html, "name")).isEqualTo("我改的名称");
        assertThat(inputValue(html, "areaM2")).isEqualTo("150");
        assertThat(jdbc.queryForObject("select name from service_venue where id = ?", String.class, v))
                .isEqualTo("别人改的名称");

        mvc.perform(post("/venues/" + v + "/close").with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select closed_on from service_venue where id = ?", LocalDate.class, v))
                .isNotNull();
        String open = html(mvc.perform(get("/regions/" + community + "/venues").with(as("community"))).andReturn());
        assertThat(linkedIds(section(open, "table", "venue-list"), "/venues/")).doesNotContain(v);
        String closed = html(mvc.perform(get("/regions/" + community + "/venues").param("filter", "CLOSED")
                .with(as("community"))).andReturn());
        assertThat(linkedIds(section(closed, "table", "venue-list"), "/venues/")).contains(v);
    }

    @Test
    void shouldAnswer404OutsideTheScope() throws Exception {
        long community = regionOf("community");
        long station = jdbc.queryForObject("""
                select min(v.id) from service_venue v join region r on r.id = v.region_id
                where r.level = 'COMMUNITY' and r.id <> ? and r.parent_id = (select parent_id from region where id = ?)""",
                Long.class, community, community);
        long sibling = jdbc.queryForObject("select region_id from service_venue where id = ?", Long.class, station);
        for (String url : List.of("/venues/" + station, "/venues/" + station + "/edit",
                "/regions/" + sibling + "/venues", "/regions/" + sibling + "/venues/new")) {
            mvc.perform(get(url).with(as("community"))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/venues/" + station + "/close").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/venues/" + station).params(venue(sibling, "STATION", "x", "10")).with(as("community"))
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select closed_on from service_venue where id = ?", LocalDate.class, station))
                .isNull();
        mvc.perform(get("/regions/" + community + "/venues").with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/venues/" + station).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/venues/" + station + "/edit").with(as("district"))).andExpect(status().isForbidden());
        // a district keeps no venues itself
        mvc.perform(get("/regions/" + regionOf("district") + "/venues").with(as("district")))
                .andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- warnings and summaries

    @Test
    void shouldWarnBelowTheAreaStandardUntilAStationMakesUpTheArea() throws Exception {
        long community = regionOf("community");
        jdbc.update("insert into grid_node (community_id, kind, name, households, residents) "
                + "values (?, 'GRID', '场所测试大网格', 20000, 50000)", community);
        Expected e = expected().get(community);
        assertThat(e.warnings()).containsExactly("BELOW_STANDARD");
        assertThat(warningsShown("community", community, community)).containsExactly("BELOW_STANDARD");

        BigDecimal missing = PER_HUNDRED.multiply(BigDecimal.valueOf(e.households())).divide(new BigDecimal("100"))
                .subtract(e.area()).setScale(0, RoundingMode.CEILING).add(BigDecimal.ONE);
        long v = create("community", "/regions/" + community + "/venues",
                venue(community, "STATION", "补足面积的服务站", missing.toPlainString()));
        assertThat(expected().get(community).warnings()).isEmpty();
        assertThat(warningsShown("community", community, community)).isEmpty();

        mvc.perform(post("/venues/" + v + "/close").with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(warningsShown("community", community, community)).containsExactly("BELOW_STANDARD");
    }

    @Test
    void shouldWarnAboutEveryCommunityAsTheTablesSay() throws Exception {
        Map<Long, Expected> expected = expected();
        for (long street : jdbc.queryForList("select id from region where level = 'STREET' order by code",
                Long.class)) {
            String html = html(mvc.perform(get("/regions/" + street + "/venues").with(as("city")))
                    .andExpect(status().isOk()).andReturn());
            for (long c : jdbc.queryForList("select id from region where parent_id = ?", Long.class, street)) {
                Expected e = expected.get(c);
                List<String> cells = cellsOf(section(html, "tr", "check-" + c));
                assertThat(cells.get(1)).as("households of %d", c).isEqualTo(Long.toString(e.households()));
                assertThat(cells.get(2)).as("venues of %d", c).isEqualTo(Long.toString(e.venues()));
                assertThat(new BigDecimal(cells.get(3))).as("area of %d", c)
                        .isEqualByComparingTo(e.area().setScale(1, RoundingMode.HALF_UP));
                assertThat(warningsIn(section(html, "tr", "check-" + c))).as("warnings of %d", c)
                        .isEqualTo(e.warnings());
            }
        }
        // the demo city shows both warnings
        assertThat(expected.values().stream().filter(e -> e.warnings().contains("NO_VENUE")).count()).isPositive();
        assertThat(expected.values().stream().filter(e -> e.warnings().contains("BELOW_STANDARD")).count())
                .isPositive();
    }

    @Test
    void shouldSumVenuesPerChildAsTheTablesSay() throws Exception {
        Map<Long, Expected> expected = expected();
        long street = regionOf("street");
        String html = html(mvc.perform(get("/regions/" + street + "/venues").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        for (long c : jdbc.queryForList("select id from region where parent_id = ?", Long.class, street)) {
            List<String> row = cellsOf(section(html, "tr", "venue-summary-" + c));
            assertThat(row.get(1)).as("open venues of %d", c).isEqualTo(Long.toString(
                    count("select count(*) from service_venue where region_id = ? and closed_on is null", c)));
            assertThat(new BigDecimal(row.get(2))).isEqualByComparingTo(area("v.region_id = ?", c));
            assertThat(row.get(3)).isEqualTo(expected.get(c).warnings().contains("NO_VENUE") ? "1" : "0");
            assertThat(row.get(4)).isEqualTo(expected.get(c).warnings().contains("BELOW_STANDARD") ? "1" : "0");
        }
        List<String> direct = cellsOf(section(html, "tr", "venue-summary-direct"));
        assertThat(direct.get(1)).isEqualTo(Long.toString(
                count("select count(*) from service_venue where region_id = ? and closed_on is null", street)));

        long district = regionOf("district");
        html = html(mvc.perform(get("/regions/" + district + "/venues").with(as("district")))
                .andExpect(status().isOk()).andReturn());
        for (long s : jdbc.queryForList("select id from region where parent_id = ?", Long.class, district)) {
            List<String> row = cellsOf(section(html, "tr", "venue-summary-" + s));
            String sub = "r.path like (select path from region where id = ?) || '%'";
            assertThat(row.get(1)).isEqualTo(Long.toString(count("select count(*) from service_venue v "
                    + "join region r on r.id = v.region_id where v.closed_on is null and " + sub, s)));
            assertThat(new BigDecimal(row.get(2))).isEqualByComparingTo(area(sub, s));
            List<Long> communities = jdbc.queryForList("select id from region where parent_id = ?", Long.class, s);
            assertThat(row.get(3)).isEqualTo(Long.toString(communities.stream()
                    .filter(c -> expected.get(c).warnings().contains("NO_VENUE")).count()));
            assertThat(row.get(4)).isEqualTo(Long.toString(communities.stream()
                    .filter(c -> expected.get(c).warnings().contains("BELOW_STANDARD")).count()));
        }
        List<String> total = cellsOf(section(html, "tr", "venue-summary-total"));
        assertThat(total.get(1)).isEqualTo(Long.toString(count("select count(*) from service_venue v "
                + "join region r on r.id = v.region_id where v.closed_on is null and "
                + "r.path like (select path from region where id = ?) || '%'", district)));
    }

    // ---------------------------------------------------------------- demo data

    @Test
    void shouldGiveEveryDemoStreetACentreAndMostCommunitiesAStation() {
        long mine = regionOf("community");
        assertThat(count("""
                select count(*) from region s where s.level = 'STREET'
                  and (select count(*) from service_venue v where v.region_id = s.id and v.kind = 'CENTER'
                       and v.closed_on is null and v.name not like '测试%') <> 1""")).isZero();
        assertThat(count("""
                select count(*) from service_venue v where v.kind = 'CENTER' and v.region_level = 'STREET'
                  and v.name not like '测试%'
                  and (select count(*) from venue_circle vc join region c on c.id = vc.community_id
                       where vc.venue_id = v.id and c.parent_id = v.region_id) not between 2 and 4""")).isZero();
        long communities = count("select count(*) from region where level = 'COMMUNITY' and id <> ?", mine);
        long withStation = count("""
                select count(distinct v.region_id) from service_venue v where v.kind = 'STATION'
                  and v.closed_on is null and v.region_id <> ?""", mine);
        assertThat(withStation).isGreaterThan(communities / 2).isLessThan(communities);
        assertThat(count("select count(*) from service_venue where closed_on is not null and region_id <> ?", mine))
                .isPositive();
    }

    // ---------------------------------------------------------------- the expected figures, by plain SQL

    record Expected(long households, long venues, BigDecimal area, List<String> warnings) {
    }

    /** Per community: open grids' households, open venues serving it and their equal shares, and the warnings. */
    private Map<Long, Expected> expected() {
        Map<Long, Expected> byCommunity = new HashMap<>();
        jdbc.query("""
                select c.id,
                  (select coalesce(sum(g.households), 0) from grid_node g
                   where g.community_id = c.id and g.kind = 'GRID' and g.closed_on is null) as households,
                  (select count(*) from service_venue v where v.closed_on is null
                     and (v.region_id = c.id or exists (select 1 from venue_circle vc
                                                       where vc.venue_id = v.id and vc.community_id = c.id))) as venues,
                  (select coalesce(sum(v.area_m2 / (select count(*) from region x where x.id = v.region_id
                                                    and v.region_level = 'COMMUNITY'
                                                    or x.id in (select vc.community_id from venue_circle vc
                                                                where vc.venue_id = v.id))), 0)
                   from service_venue v where v.closed_on is null
                     and (v.region_id = c.id or exists (select 1 from venue_circle vc
                                                       where vc.venue_id = v.id and vc.community_id = c.id))) as area
                from region c where c.level = 'COMMUNITY'""", rs -> {
            long households = rs.getLong(2);
            long venues = rs.getLong(3);
            BigDecimal area = rs.getBigDecimal(4);
            List<String> warnings = new ArrayList<>();
            if (venues == 0) {
                warnings.add("NO_VENUE");
            } else if (households > 0 && area.multiply(new BigDecimal("100"))
                    .compareTo(PER_HUNDRED.multiply(BigDecimal.valueOf(households))) < 0) {
                warnings.add("BELOW_STANDARD");
            }
            byCommunity.put(rs.getLong(1), new Expected(households, venues, area, warnings));
        });
        return byCommunity;
    }

    private BigDecimal area(String condition, long id) {
        return jdbc.queryForObject("select coalesce(sum(v.area_m2), 0) from service_venue v join region r "
                + "on r.id = v.region_id where v.closed_on is null and " + condition, BigDecimal.class, id);
    }

    // ---------------------------------------------------------------- helpers

    private List<String> warningsShown(String user, long region, long community) throws Exception {
        String html = html(mvc.perform(get("/regions/" + region + "/venues").with(as(user)))
                .andExpect(status().isOk()).andReturn());
        return warningsIn(section(html, "tr", "check-" + community));
    }

    private static List<String> warningsIn(String row) {
        Matcher m = Pattern.compile("data-warning=\"([A-Z_]+)\"").matcher(row);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> cellsOf(String row) {
        Matcher m = Pattern.compile("<t[dh]\\b[^>]*>(.*?)</t[dh]>", Pattern.DOTALL).matcher(row);
        List<String> cells = new ArrayList<>();
        while (m.find()) {
            cells.add(m.group(1).replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").trim());
        }
        return cells;
    }

    private String name(long region) {
        return jdbc.queryForObject("select name from region where id = ?", String.class, region);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static MultiValueMap<String, String> venue(long keeper, String kind, String name, String area) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("regionId", Long.toString(keeper));
        form.add("kind", kind);
        form.add("name", name);
        form.add("address", "");
        form.add("areaM2", area);
        form.add("openingHours", "");
        form.add("services", "");
        return form;
    }

    private long create(String user, String url, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post(url).params(form).with(as(user)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/venues/".length()));
    }

    private String postForm(String user, String url, MultiValueMap<String, String> form) throws Exception {
        return html(mvc.perform(post(url).params(form).with(as(user)).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("venue/form")).andReturn());
    }
}
