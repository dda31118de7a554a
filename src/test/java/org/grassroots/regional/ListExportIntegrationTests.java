package org.grassroots.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.support.TitledSheets.allText;
import static org.grassroots.support.TitledSheets.cell;
import static org.grassroots.support.TitledSheets.column;
import static org.grassroots.support.TitledSheets.firstSheet;
import static org.grassroots.support.TitledSheets.headers;
import static org.grassroots.support.TitledSheets.rowCount;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The three regional lists as Excel: every row the page finds for the same search (over all its
 * pages, not just the first), the page's columns under a title naming the region and the search, the
 * region's scope (out of scope: 404), and no phone or ID number.
 */
class ListExportIntegrationTests extends WebIntegrationTestBase {

    /** Made once per class: the rows live in the shared database that every test class reads. */
    private static final String TOKEN = "导出" + System.nanoTime() % 1_000_000;
    private static boolean made;

    private final String token = TOKEN;
    private long community;
    private long street;
    private String categoryA;
    private String categoryB;

    /** 25 needs (21 of category A, 4 of B; two met, one in progress), a unit with three resources. */
    @BeforeEach
    void rows() {
        // a neighbour of the demo community, so that the pages other tests read stay as they were
        community = siblingCommunity(regionOf("community"));
        street = regionOf("street");
        List<String> categories = jdbc.queryForList("select code from service_category where active order by code",
                String.class);
        categoryA = categories.get(0);
        categoryB = categories.get(1);
        if (made) {
            return;
        }
        made = true;
        List<Long> needs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            needs.add(jdbc.queryForObject("""
                    insert into regional_need (community_id, category, description, urgency, raised_by_kind, raised_by,
                                               raised_on)
                    values (?, ?, ?, 'NORMAL', 'RESIDENT', '居民代表', current_date - ?) returning id""", Long.class,
                    community, i < 21 ? categoryA : categoryB, token + "需求" + i, i));
        }
        String project = """
                insert into regional_project (need_id, name, origin, owner, status, done_on, people_served)
                values (?, ?, 'MATCH', '共建单位', ?, ?, 30)""";
        jdbc.update(project, needs.get(0), token + "项目0", "DONE", Date.valueOf("2026-01-10"));
        jdbc.update(project, needs.get(1), token + "项目1", "DONE", Date.valueOf("2026-02-10"));
        jdbc.update(project, needs.get(2), token + "项目2", "ACTIVE", null);
        long unit = jdbc.queryForObject("insert into resident_unit (region_id, region_level, name, kind) "
                + "values (?, 'COMMUNITY', ?, 'OTHER') returning id", Long.class, community, token + "单位");
        String resource = "insert into regional_resource (unit_id, type, category, description, withdrawn_on) "
                + "values (?, ?, ?, ?, ?)";
        jdbc.update(resource, unit, "VENUE", categoryA, token + "场地", null);
        jdbc.update(resource, unit, "VOLUNTEERS", categoryA, token + "志愿队", null);
        jdbc.update(resource, unit, "VENUE", categoryB, token + "撤回场地", Date.valueOf("2026-01-01"));
        jdbc.update("insert into resident_unit_contact (unit_id, name, phone) values (?, '联系人', '13812345678')",
                unit);
    }

    @Test
    void shouldExportEveryNeedThePageFindsNotJustThePage() throws Exception {
        Sheet sheet = sheet("/regions/" + street + "/needs.xlsx?q=" + token, "street");
        assertThat(rowCount(sheet)).isEqualTo(25).isEqualTo(pageRows("/regions/" + street + "/needs?q=" + token,
                "street", "need"));
        assertThat(column(sheet, 2)).allMatch(d -> d.startsWith(token)).doesNotHaveDuplicates();
        assertThat(headers(sheet)).containsExactly("社区", "类别", "需求内容", "紧急程度", "提出人（单位）", "提出方", "提出日期",
                "满足情况");
        String title = cell(sheet.getRow(0), 0);
        assertThat(title).contains(regionName(street)).contains("需求清单").contains(token);
        assertThat(column(sheet, 7)).filteredOn("已满足"::equals).hasSize(2);
        assertThat(column(sheet, 7)).filteredOn("对接中"::equals).hasSize(1);
    }

    @Test
    void shouldApplyTheCategoryAndStatusOfThePage() throws Exception {
        Sheet byCategory = sheet("/regions/" + community + "/needs.xlsx?q=" + token + "&category=" + categoryB,
                "street");
        assertThat(rowCount(byCategory)).isEqualTo(4).isEqualTo(pageRows("/regions/" + community + "/needs?q=" + token
                + "&category=" + categoryB, "street", "need"));
        String nameB = jdbc.queryForObject("select name_zh from service_category where code = ?", String.class,
                categoryB);
        assertThat(column(byCategory, 1)).containsOnly(nameB);
        assertThat(cell(byCategory.getRow(0), 0)).contains(nameB);

        Sheet met = sheet("/regions/" + community + "/needs.xlsx?q=" + token + "&status=MET", "street");
        assertThat(column(met, 2)).containsExactlyInAnyOrder(token + "需求0", token + "需求1");
        Sheet inProgress = sheet("/regions/" + community + "/needs.xlsx?q=" + token + "&status=IN_PROGRESS",
                "street");
        assertThat(column(inProgress, 2)).containsExactly(token + "需求2");
        // an unknown status filters nothing, as on the page
        Sheet unknown = sheet("/regions/" + community + "/needs.xlsx?q=" + token + "&status=NOPE&page=x", "street");
        assertThat(rowCount(unknown)).isEqualTo(25);
    }

    @Test
    void shouldExportResourcesWithTheirTypeFilterAndNoContactPhone() throws Exception {
        Sheet all = sheet("/regions/" + street + "/resources.xlsx?q=" + token, "street");
        assertThat(rowCount(all)).isEqualTo(3).isEqualTo(pageRows("/regions/" + street + "/resources?q=" + token,
                "street", "resource"));
        assertThat(headers(all)).startsWith("提供单位", "所在区域", "资源类型", "类别", "资源内容");
        assertThat(column(all, 0)).containsOnly(token + "单位");
        assertThat(column(all, 8)).containsOnlyOnce("当前不可用");
        Sheet venues = sheet("/regions/" + street + "/resources.xlsx?q=" + token + "&type=VENUE", "street");
        assertThat(column(venues, 4)).containsExactlyInAnyOrder(token + "场地", token + "撤回场地");
        assertThat(cell(venues.getRow(0), 0)).contains("资源清单").contains("场地");
        Sheet byCategory = sheet("/regions/" + street + "/resources.xlsx?q=" + token + "&category=" + categoryA,
                "street");
        assertThat(rowCount(byCategory)).isEqualTo(2);
        assertThat(allText(all)).doesNotContain("13812345678").doesNotContainPattern("1[3-9]\\d{9}")
                .doesNotContainPattern("\\d{17}[\\dX]");
    }

    @Test
    void shouldExportProjectsWithTheirStatusFilter() throws Exception {
        Sheet all = sheet("/regions/" + street + "/projects.xlsx?q=" + token, "street");
        assertThat(rowCount(all)).isEqualTo(3).isEqualTo(pageRows("/regions/" + street + "/projects?q=" + token,
                "street", "project"));
        assertThat(headers(all)).startsWith("项目名称", "项目来源", "社区", "对应需求");
        Sheet done = sheet("/regions/" + street + "/projects.xlsx?q=" + token + "&status=DONE", "street");
        assertThat(column(done, 0)).containsExactlyInAnyOrder(token + "项目0", token + "项目1");
        assertThat(column(done, 9)).containsExactlyInAnyOrder("2026-01-10", "2026-02-10");
        assertThat(column(done, 10)).containsOnly("30");
        assertThat(cell(done.getRow(0), 0)).contains("项目清单").contains("已完成");
    }

    @Test
    void shouldAnswerOutOfScopeRegionsWith404() throws Exception {
        long own = regionOf("community");
        for (String list : List.of("needs", "resources", "projects")) {
            // the rows sit in a neighbour of the community secretary's community
            mvc.perform(get("/regions/" + community + "/" + list + ".xlsx").with(as("community")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/regions/" + own + "/" + list + ".xlsx").with(as("branch")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/regions/999999999/" + list + ".xlsx").with(as("street")))
                    .andExpect(status().isNotFound());
        }
        // another community's list holds none of these rows
        assertThat(rowCount(sheet("/regions/" + own + "/needs.xlsx?q=" + token, "community"))).isZero();
    }

    @Test
    void shouldOfferTheExportWithThePagesSearch() throws Exception {
        String html = html(mvc.perform(get("/regions/" + community + "/needs?q=" + token + "&category=" + categoryA
                + "&status=OPEN").with(as("street"))).andReturn());
        assertThat(html).contains("id=\"export-needs\"").contains("/regions/" + community + "/needs.xlsx?q=")
                .contains("category=" + categoryA).contains("status=OPEN");
        html = html(mvc.perform(get("/regions/" + community + "/resources?type=VENUE").with(as("street")))
                .andReturn());
        assertThat(html).contains("/regions/" + community + "/resources.xlsx?").contains("type=VENUE\"");
        html = html(mvc.perform(get("/regions/" + community + "/projects?status=DONE").with(as("street")))
                .andReturn());
        assertThat(html).contains("/regions/" + community + "/projects.xlsx?").contains("status=DONE\"");
    }

    // ---------------------------------------------------------------- helpers

    /** The distinct rows the page lists over all its pages (rows carry the id prefix-123). */
    private int pageRows(String url, String user, String prefix) throws Exception {
        Pattern rowId = Pattern.compile("<tr\\b[^>]*\\bid=\"" + prefix + "-(\\d+)\"");
        Set<Long> ids = new LinkedHashSet<>();
        for (int page = 0; page < 100; page++) {
            String html = html(mvc.perform(get(url + "&page=" + page).with(as(user))).andReturn());
            int before = ids.size();
            Matcher m = rowId.matcher(html);
            while (m.find()) {
                ids.add(Long.valueOf(m.group(1)));
            }
            if (ids.size() == before) {
                break;
            }
        }
        return ids.size();
    }

    private String regionName(long id) {
        return jdbc.queryForObject("select name from region where id = ?", String.class, id);
    }

    private Sheet sheet(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        return firstSheet(result.getResponse().getContentAsByteArray());
    }
}
