package org.grassroots.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The community access registry on the shared demo city: registering at the street, deciding once,
 * only approved items reaching the communities they name, every bad input of the issue, scope, the
 * export, and the burden figures agreeing with the rows.
 */
class AccessIntegrationTests extends WebIntegrationTestBase {

    private long street() {
        return regionOf("street");
    }

    private long community() {
        return regionOf("community");
    }

    /** A street of another district: out of the street's and the district's scope. */
    private long foreignStreet() {
        return jdbc.queryForObject("""
                select min(s.id) from region s where s.level = 'STREET' and s.district_id <> ?""", Long.class,
                regionOf("district"));
    }

    /** Another street of the same district: in the district's scope, not in the street's. */
    private long neighbourStreet() {
        return jdbc.queryForObject("""
                select min(s.id) from region s where s.level = 'STREET' and s.district_id = ? and s.id <> ?""",
                Long.class, regionOf("district"), street());
    }

    private long communityOf(long streetId) {
        return jdbc.queryForObject("select min(id) from region where parent_id = ?", Long.class, streetId);
    }

    private static MultiValueMap<String, String> request(String title, long... communities) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("department", "区测试局");
        form.add("kind", "INSPECTION");
        form.add("title", title);
        form.add("description", "测试内容");
        for (long c : communities) {
            form.add("communityIds", Long.toString(c));
        }
        form.add("requestedFrom", LocalDate.now().toString());
        form.add("burdenHours", "3");
        form.add("basis", "区委办〔2026〕1号");
        return form;
    }

    private long register(long streetId, MultiValueMap<String, String> form, String user) throws Exception {
        String location = mvc.perform(post("/regions/" + streetId + "/access").params(form).with(as(user))
                        .with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/access/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/access/".length()));
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from access_request where id = ?", Long.class, id);
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from access_request where id = ?", String.class, id);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from access_request", Long.class);
    }

    // ---------------------------------------------------------------- the path of a request

    @Test
    void shouldReachTheCommunityOnlyOnceApproved() throws Exception {
        long id = register(street(), request("仅准入后可见的检查", community()), "street");
        assertThat(statusOf(id)).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForList("select community_id from access_target where request_id = ?", Long.class, id))
                .containsExactly(community());
        assertThat(jdbc.queryForObject("select registered_by from access_request where id = ?", String.class, id))
                .isEqualTo("street");

        // pending: the street lists it, the community neither lists nor opens it
        assertThat(html(mvc.perform(get("/regions/" + street() + "/access?q=仅准入后可见").with(as("street")))
                .andExpect(status().isOk()).andReturn())).contains("data-id=\"" + id + "\"");
        assertThat(html(mvc.perform(get("/regions/" + community() + "/access").with(as("community")))
                .andExpect(status().isOk()).andReturn())).doesNotContain("data-id=\"" + id + "\"");
        mvc.perform(get("/access/" + id).with(as("community"))).andExpect(status().isNotFound());

        mvc.perform(post("/access/" + id + "/approve").param("version", Long.toString(version(id)))
                        .param("note", "同意，请按时完成").with(as("street")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/access/" + id))
                .andExpect(flash().attribute("success", "access.decided.APPROVED"));
        Map<String, Object> row = jdbc.queryForMap(
                "select status, decided_by, decision_note from access_request where id = ?", id);
        assertThat(row).containsEntry("status", "APPROVED").containsEntry("decided_by", "street")
                .containsEntry("decision_note", "同意，请按时完成");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'APPROVE' and entity_type = 'access_request'
                  and entity_id = ?""", Long.class, id)).isOne();

        // approved: the community lists and opens it, read only
        String list = html(mvc.perform(get("/regions/" + community() + "/access?q=仅准入后可见").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(list).contains("data-id=\"" + id + "\"");
        String detail = html(mvc.perform(get("/access/" + id).with(as("community"))).andExpect(status().isOk())
                .andReturn());
        assertThat(detail).contains("仅准入后可见的检查").doesNotContain("id=\"approve-form\"")
                .doesNotContain("id=\"access-edit\"");
        // the navigation leads each user to the registry of their own region
        assertThat(list).contains("href=\"/regions/" + community() + "/access\"");
    }

    @Test
    void shouldKeepRefusedItemsFromTheCommunity() throws Exception {
        long id = register(street(), request("不予准入的报表", community()), "street");
        mvc.perform(post("/access/" + id + "/refuse").param("version", Long.toString(version(id)))
                        .param("note", "已纳入街道统一报表").with(as("street")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(statusOf(id)).isEqualTo("REFUSED");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'REFUSE' and entity_type = 'access_request'
                  and entity_id = ?""", Long.class, id)).isOne();
        mvc.perform(get("/access/" + id).with(as("community"))).andExpect(status().isNotFound());
        assertThat(html(mvc.perform(get("/regions/" + community() + "/access").with(as("community")))
                .andReturn())).doesNotContain("data-id=\"" + id + "\"");
        // the street finds it by its status
        assertThat(html(mvc.perform(get("/regions/" + street() + "/access?status=REFUSED&q=不予准入的报表")
                .with(as("street"))).andReturn())).contains("data-id=\"" + id + "\"");
    }

    @Test
    void shouldAddressEveryCommunityOfTheStreetWhenAllAreChosen() throws Exception {
        MultiValueMap<String, String> form = request("全部社区的会议");
        form.add("allCommunities", "true");
        long id = register(street(), form, "district");
        List<Long> expected = jdbc.queryForList("select id from region where parent_id = ? order by id", Long.class,
                street());
        assertThat(jdbc.queryForList("select community_id from access_target where request_id = ? order by 1",
                Long.class, id)).isEqualTo(expected);
        // the district decides for its streets
        mvc.perform(post("/access/" + id + "/approve").param("version", Long.toString(version(id)))
                .with(as("district")).with(csrf())).andExpect(status().isFound());
        assertThat(statusOf(id)).isEqualTo("APPROVED");
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void shouldRefuseTargetOutsideTheStreetAndSaveNothing() throws Exception {
        long before = count();
        long outside = communityOf(neighbourStreet());
        String html = html(mvc.perform(post("/regions/" + street() + "/access")
                        .params(request("越界社区的任务", community(), outside)).with(as("district")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "communityIds-error")).isNotBlank();
        assertThat(inputValue(html, "title")).isEqualTo("越界社区的任务");
        assertThat(inputValue(html, "department")).isEqualTo("区测试局");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldRequireTargetsAndKeepValues() throws Exception {
        long before = count();
        String html = html(mvc.perform(post("/regions/" + street() + "/access").params(request("没有选社区"))
                .with(as("street")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "communityIds-error")).isNotBlank();
        assertThat(inputValue(html, "basis")).isEqualTo("区委办〔2026〕1号");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldShowFieldErrorsForOversizedAndMalformedInput() throws Exception {
        long before = count();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("department", "部".repeat(101));
        form.add("kind", "BOGUS");
        form.add("title", "题".repeat(201));
        form.add("description", "内".repeat(2001));
        form.add("communityIds", "abc");
        form.add("requestedFrom", "2026-13-45");
        form.add("requestedTo", "not-a-date");
        form.add("burdenHours", "99999999999999");
        form.add("basis", "据".repeat(501));
        String html = html(mvc.perform(post("/regions/" + street() + "/access").params(form).with(as("street"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        for (String field : List.of("department", "kind", "title", "description", "communityIds", "requestedFrom",
                "requestedTo", "burdenHours", "basis")) {
            assertThat(textOf(html, field + "-error")).as(field).isNotBlank();
        }
        assertThat(inputValue(html, "title")).isEqualTo("题".repeat(201));
        assertThat(count()).isEqualTo(before);

        MultiValueMap<String, String> negative = request("负数工作量", community());
        negative.set("burdenHours", "-1");
        negative.add("requestedTo", LocalDate.now().minusDays(1).toString());
        html = html(mvc.perform(post("/regions/" + street() + "/access").params(negative).with(as("street"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "burdenHours-error")).isNotBlank();
        negative.set("burdenHours", "2");
        html = html(mvc.perform(post("/regions/" + street() + "/access").params(negative).with(as("street"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "requestedTo-error")).isNotBlank();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldRequireReasonWhenRefusingAndKeepTheNote() throws Exception {
        long id = register(street(), request("缺少理由的拒绝", community()), "street");
        String html = html(mvc.perform(post("/access/" + id + "/refuse").param("version", Long.toString(version(id)))
                .param("note", "  ").with(as("street")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "refuse-note-error")).isNotBlank();
        assertThat(statusOf(id)).isEqualTo("REGISTERED");
        // an oversized reason is refused beside the field and kept there
        String longNote = "因".repeat(1001);
        html = html(mvc.perform(post("/access/" + id + "/refuse").param("version", Long.toString(version(id)))
                .param("note", longNote).with(as("street")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "refuse-note-error")).isNotBlank();
        assertThat(html).contains(longNote);
        assertThat(statusOf(id)).isEqualTo("REGISTERED");
    }

    @Test
    void shouldShowConflictWhenTheDecisionIsStale() throws Exception {
        long id = register(street(), request("被修改过的事项", community()), "street");
        long seen = version(id);
        // the item is amended after the decider opened it
        MultiValueMap<String, String> amended = request("被修改过的事项（修订）", community());
        amended.add("version", Long.toString(seen));
        mvc.perform(post("/access/" + id).params(amended).with(as("street")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(version(id)).isGreaterThan(seen);
        String html = html(mvc.perform(post("/access/" + id + "/approve").param("version", Long.toString(seen))
                .with(as("street")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "conflict")).contains("被修改过的事项（修订）");
        assertThat(statusOf(id)).isEqualTo("REGISTERED");
        // a version that is no number is no version of this item either
        html = html(mvc.perform(post("/access/" + id + "/refuse").param("version", "abc").param("note", "理由")
                .with(as("street")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "conflict")).contains("被修改过的事项（修订）");
        assertThat(inputValue(html, "version")).isEqualTo(Long.toString(version(id)));
        assertThat(statusOf(id)).isEqualTo("REGISTERED");
        // a stale amendment shows the conflict too and overwrites nothing
        MultiValueMap<String, String> stale = request("过期的修改", community());
        stale.add("version", Long.toString(seen));
        html = html(mvc.perform(post("/access/" + id).params(stale).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "conflict")).contains("被修改过的事项（修订）");
        assertThat(jdbc.queryForObject("select title from access_request where id = ?", String.class, id))
                .isEqualTo("被修改过的事项（修订）");
    }

    @Test
    void shouldNotDecideTwice() throws Exception {
        long id = register(street(), request("只能审核一次", community()), "street");
        long v = version(id);
        mvc.perform(post("/access/" + id + "/approve").param("version", Long.toString(v)).with(as("street"))
                .with(csrf())).andExpect(status().isFound());
        mvc.perform(post("/access/" + id + "/refuse").param("version", Long.toString(version(id)))
                        .param("note", "改主意").with(as("district")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/access/" + id))
                .andExpect(flash().attribute("error", "access.error.alreadyDecided"));
        assertThat(statusOf(id)).isEqualTo("APPROVED");
        // nor amended
        MultiValueMap<String, String> amended = request("审核后修改", community());
        amended.add("version", Long.toString(version(id)));
        mvc.perform(post("/access/" + id).params(amended).with(as("street")).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("error", "access.error.alreadyDecided"));
        assertThat(jdbc.queryForObject("select title from access_request where id = ?", String.class, id))
                .isEqualTo("只能审核一次");
    }

    // ---------------------------------------------------------------- scope and roles

    @Test
    void shouldAnswerNotFoundOutsideTheScope() throws Exception {
        long foreign = foreignStreet();
        long neighbour = neighbourStreet();
        for (String url : List.of("/regions/" + foreign + "/access", "/regions/" + foreign + "/access/new",
                "/regions/" + foreign + "/access/burden", "/regions/" + foreign + "/access.xlsx",
                "/regions/" + neighbour + "/access", "/regions/" + communityOf(neighbour) + "/access")) {
            mvc.perform(get(url).with(as("street"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/regions/" + foreign + "/access").with(as("district"))).andExpect(status().isNotFound());
        long before = count();
        mvc.perform(post("/regions/" + neighbour + "/access").params(request("别的街道", communityOf(neighbour)))
                .with(as("street")).with(csrf())).andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
        // a community is no street to register at
        mvc.perform(get("/regions/" + community() + "/access/new").with(as("street")))
                .andExpect(status().isNotFound());

        long other = register(neighbour, request("邻街道事项", communityOf(neighbour)), "district");
        mvc.perform(get("/access/" + other).with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(get("/access/" + other + "/edit").with(as("street"))).andExpect(status().isNotFound());
        mvc.perform(post("/access/" + other + "/approve").param("version", Long.toString(version(other)))
                .with(as("street")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/access/999999999").with(as("district"))).andExpect(status().isNotFound());
        assertThat(statusOf(other)).isEqualTo("REGISTERED");

        // the community secretary sees no street page and no other community's items
        mvc.perform(get("/regions/" + street() + "/access").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + siblingCommunity(community()) + "/access").with(as("community")))
                .andExpect(status().isNotFound());
        // the branch secretary has no region pages
        mvc.perform(get("/regions/" + community() + "/access").with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + community() + "/access/burden").with(as("branch")))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldForbidSecretariesToRegisterOrDecide() throws Exception {
        long id = register(street(), request("书记不能审核", community()), "street");
        long before = count();
        for (String user : List.of("community", "branch")) {
            mvc.perform(get("/regions/" + street() + "/access/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/regions/" + street() + "/access").params(request("书记登记", community()))
                    .with(as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/access/" + id + "/approve").param("version", Long.toString(version(id)))
                    .with(as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/access/" + id + "/refuse").param("version", Long.toString(version(id)))
                    .param("note", "x").with(as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        // the city registers but does not decide
        mvc.perform(post("/access/" + id + "/approve").param("version", Long.toString(version(id)))
                .with(as("city")).with(csrf())).andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
        assertThat(statusOf(id)).isEqualTo("REGISTERED");
    }

    // ---------------------------------------------------------------- list, filters, export

    @Test
    void shouldFilterPageAndIgnoreUnknownFilters() throws Exception {
        long id = register(street(), request("筛选用的检查", community()), "street");
        String month = YearMonth.now().toString();
        String html = html(mvc.perform(get("/regions/" + street() + "/access").param("kind", "INSPECTION")
                .param("month", month).param("status", "registered").param("q", "筛选用的")
                .with(as("street"))).andExpect(status().isOk()).andReturn());
        assertThat(html).contains("data-id=\"" + id + "\"");
        html = html(mvc.perform(get("/regions/" + street() + "/access").param("kind", "MEETING")
                .param("q", "筛选用的").with(as("street"))).andExpect(status().isOk()).andReturn());
        assertThat(html).doesNotContain("data-id=\"" + id + "\"");
        // malformed filters are named and ignored; a malformed page is the first page
        html = html(mvc.perform(get("/regions/" + street() + "/access").param("month", "2026-99")
                .param("kind", "NOPE").param("page", "x").param("q", "筛选用的").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "filter-error")).isNotBlank();
        assertThat(html).contains("data-id=\"" + id + "\"");
        // every page holds at most 20 rows and the pager counts the street's requests
        long total = jdbc.queryForObject("select count(*) from access_request where street_id = ?", Long.class,
                street());
        html = html(mvc.perform(get("/regions/" + street() + "/access").with(as("street"))).andReturn());
        assertThat(tableRows(html, "access-table")).hasSizeLessThanOrEqualTo(20);
        if (total > 20) {
            assertThat(textOf(html, "access-pager")).contains(Long.toString(total));
        }
        // a district goes to its burden page
        mvc.perform(get("/regions/" + regionOf("district") + "/access").with(as("district")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/regions/" + regionOf("district") + "/access/burden"));
    }

    @Test
    void shouldExportTheFilteredRegistry() throws Exception {
        register(street(), request("导出用的检查", community()), "street");
        byte[] body = mvc.perform(get("/regions/" + street() + "/access.xlsx").param("status", "REGISTERED")
                        .with(as("street")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long expected = jdbc.queryForObject("""
                select count(*) from access_request where street_id = ? and status = 'REGISTERED'""", Long.class,
                street());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(expected);
            boolean found = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                found |= "导出用的检查".equals(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(found).isTrue();
        }
    }

    // ---------------------------------------------------------------- burden

    private static final Pattern CELL = Pattern.compile("data-month=\"([0-9-]+)\" data-approved=\"(\\d+)\"");

    @Test
    void shouldCountTheBurdenAsTheRowsSay() throws Exception {
        long sibling = siblingCommunity(community());
        // eleven approved meetings this month for one community: above the default limit of ten
        for (int i = 0; i < 11; i++) {
            jdbc.update("""
                    with r as (insert into access_request (street_id, department, kind, title, requested_from, status,
                                   registered_by, decided_by, decided_at)
                               values (?, '区负担测试局', 'MEETING', '负担测试会议', current_date, 'APPROVED', 'test', 'test', now())
                               returning id)
                    insert into access_target (request_id, community_id) select id, ? from r""", street(), sibling);
        }
        try {
            String html = html(mvc.perform(get("/regions/" + street() + "/access/burden").with(as("street")))
                    .andExpect(status().isOk()).andReturn());
            LocalDate from = YearMonth.now().minusMonths(11).atDay(1);
            List<Long> communities = jdbc.queryForList("select id from region where parent_id = ? order by code",
                    Long.class, street());
            for (long c : communities) {
                String row = section(html, "tr", "access-burden-" + c);
                assertThat(row).as("row of " + c).isNotEmpty();
                Map<String, Object> expected = jdbc.queryForMap("""
                        select count(*) filter (where r.status = 'APPROVED') as approved,
                               count(*) filter (where r.status = 'REFUSED') as refused,
                               count(*) filter (where r.status = 'APPROVED' and r.kind = 'MEETING') as meetings
                        from access_target t join access_request r on r.id = t.request_id
                        where t.community_id = ? and r.requested_from >= ? and r.requested_from < ?""",
                        c, from, YearMonth.now().plusMonths(1).atDay(1));
                List<String> cells = tableRows("<table id=\"x\"><tbody><tr>" + row + "</tr></tbody></table>", "x")
                        .get(0);
                assertThat(cells.get(3)).as("meetings of " + c).isEqualTo(expected.get("meetings").toString());
                assertThat(cells.get(5)).as("approved of " + c).isEqualTo(expected.get("approved").toString());
                assertThat(cells.get(6)).as("refused of " + c).isEqualTo(expected.get("refused").toString());
                boolean over = jdbc.queryForObject("""
                        select coalesce(max(n), 0) > 10 from (select count(*) as n
                            from access_target t join access_request r on r.id = t.request_id
                            where t.community_id = ? and r.status = 'APPROVED' and r.requested_from >= ?
                            group by date_trunc('month', r.requested_from)) m""", Boolean.class, c, from);
                assertThat(html).as("flag of " + c).contains("data-region=\"" + c + "\" data-flagged=\"" + over + "\"");
                // the twelve bars add up to the approved total
                Matcher m = CELL.matcher(row);
                long sum = 0;
                int bars = 0;
                while (m.find()) {
                    sum += Long.parseLong(m.group(2));
                    bars++;
                }
                assertThat(bars).isEqualTo(12);
                assertThat(sum).isEqualTo(((Number) expected.get("approved")).longValue());
            }
            assertThat(html).contains("data-region=\"" + sibling + "\" data-flagged=\"true\"");

            // the district: its streets, each the sum of its communities, with a drill-down
            String district = html(mvc.perform(get("/regions/" + regionOf("district") + "/access/burden")
                    .with(as("district"))).andExpect(status().isOk()).andReturn());
            String streetRow = section(district, "tr", "access-burden-" + street());
            long approved = jdbc.queryForObject("""
                    select count(*) from access_target t join access_request r on r.id = t.request_id
                    join region c on c.id = t.community_id
                    where c.parent_id = ? and r.status = 'APPROVED' and r.requested_from >= ?
                      and r.requested_from < ?""", Long.class, street(), from, YearMonth.now().plusMonths(1).atDay(1));
            List<String> cells = tableRows("<table id=\"x\"><tbody><tr>" + streetRow + "</tr></tbody></table>", "x")
                    .get(0);
            assertThat(cells.get(5)).isEqualTo(Long.toString(approved));
            assertThat(streetRow).contains("/regions/" + street() + "/access/burden");
            assertThat(district).contains("data-region=\"" + street() + "\" data-flagged=\"true\"");
        } finally {
            jdbc.update("delete from access_request where department = '区负担测试局'");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    private AccessPages pages;

    @Test
    void shouldSumTheChildRowsIntoTheTotalForTheLevelPages() {
        org.grassroots.shared.Scope scope = ((org.grassroots.security.GrassrootsUser) users
                .loadUserByUsername("city")).getScope();
        for (long region : List.of(regionOf("city"), regionOf("district"), street(), community())) {
            AccessViews.BurdenPage page = pages.burden(region, scope);
            assertThat(page.rows()).as("rows of " + region).isNotEmpty();
            assertThat(page.rows().stream().mapToLong(AccessViews.BurdenRow::approved).sum())
                    .isEqualTo(page.total().approved());
            assertThat(page.rows().stream().mapToLong(AccessViews.BurdenRow::refused).sum())
                    .isEqualTo(page.total().refused());
            assertThat(page.rows().stream().mapToLong(AccessViews.BurdenRow::communitiesOverLimit).sum())
                    .isEqualTo(page.total().communitiesOverLimit());
            assertThat(page.total().approved()).isEqualTo(page.total().tasks() + page.total().inspections()
                    + page.total().meetings() + page.total().reportForms());
            assertThat(page.months()).hasSize(12);
        }
        // the demo city has a community above the limit
        assertThat(pages.burden(regionOf("city"), scope).total().communitiesOverLimit()).isPositive();
    }

    @Test
    void shouldShowDemoRequestsInEveryState() {
        Map<String, Object> states = jdbc.queryForMap("""
                select count(*) filter (where status = 'APPROVED') as approved,
                       count(*) filter (where status = 'REFUSED' and decision_note is not null) as refused,
                       count(*) filter (where status = 'REGISTERED') as pending,
                       count(distinct street_id) as streets
                from access_request where registered_by = 'demo'""");
        assertThat(((Number) states.get("approved")).longValue())
                .isGreaterThan(((Number) states.get("refused")).longValue());
        assertThat(((Number) states.get("refused")).longValue()).isPositive();
        assertThat(((Number) states.get("pending")).longValue()).isPositive();
        assertThat(((Number) states.get("streets")).longValue()).isEqualTo(
                jdbc.queryForObject("select count(*) from region where level = 'STREET'", Long.class));
    }
}
