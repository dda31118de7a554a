package org.grassroots.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.support.TitledSheets.allText;
import static org.grassroots.support.TitledSheets.cell;
import static org.grassroots.support.TitledSheets.column;
import static org.grassroots.support.TitledSheets.firstSheet;
import static org.grassroots.support.TitledSheets.headers;
import static org.grassroots.support.TitledSheets.rowCount;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The volunteer list as Excel: every row the page finds for the same text and filter (over all its
 * pages), phones masked as on the page, the region's scope.
 */
class VolunteerExportIntegrationTests extends WebIntegrationTestBase {

    private static final Pattern ROW_ID = Pattern.compile("<tr\\b[^>]*\\bid=\"volunteer-(\\d+)\"");

    /** Made once per class: the rows live in the shared database that every test class reads. */
    private static final String TOKEN = "导出" + System.nanoTime() % 1_000_000;
    private static boolean made;

    private long community;
    private final String token = TOKEN;

    /**
     * 22 current residents with phones and 3 who left in the demo community (the one the demo checks
     * leave to tests), all carrying the token in their names and skills.
     */
    @BeforeEach
    void volunteers() {
        community = regionOf("community");
        if (made) {
            return;
        }
        made = true;
        for (int i = 0; i < 25; i++) {
            jdbc.update("""
                    insert into volunteer (community_id, person_name, person_phone, skills, registered_on, left_on)
                    values (?, ?, '13987654321', ?, date '2025-03-01', ?)""", community, token + "号" + i,
                    token + "技能", i < 22 ? null : java.sql.Date.valueOf("2026-01-05"));
        }
    }

    @Test
    void shouldExportEveryVolunteerThePageFindsWithPhonesMasked() throws Exception {
        for (String filter : List.of("CURRENT", "LEFT", "ALL")) {
            String query = "?q=" + token + "&filter=" + filter;
            Sheet sheet = sheet("/regions/" + regionOf("street") + "/volunteers.xlsx" + query, "street");
            int expected = switch (filter) {
                case "CURRENT" -> 22;
                case "LEFT" -> 3;
                default -> 25;
            };
            assertThat(rowCount(sheet)).isEqualTo(expected)
                    .isEqualTo(pageRows("/regions/" + regionOf("street") + "/volunteers" + query, "street"));
            assertThat(cell(sheet.getRow(0), 0)).contains(token);
            assertThat(column(sheet, 3)).allMatch(p -> !p.isEmpty() && !p.equals("13987654321"));
            assertThat(allText(sheet)).doesNotContain("13987654321").doesNotContainPattern("1[3-9]\\d{9}")
                    .doesNotContainPattern("\\d{17}[\\dX]");
        }
        Sheet sheet = sheet("/regions/" + community + "/volunteers.xlsx?q=" + token, "community");
        assertThat(rowCount(sheet)).isEqualTo(22);
        assertThat(headers(sheet)).containsExactly("姓名", "所在社区", "身份", "电话", "特长技能", "登记日期", "退出日期",
                "本年服务时长（小时）");
    }

    @Test
    void shouldAnswerOutOfScopeRegionsWith404AndOfferTheLink() throws Exception {
        long sibling = siblingCommunity(community);
        mvc.perform(get("/regions/" + sibling + "/volunteers.xlsx").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + community + "/volunteers.xlsx").with(as("branch")))
                .andExpect(status().isNotFound());
        // another community's list holds none of these rows
        assertThat(rowCount(sheet("/regions/" + sibling + "/volunteers.xlsx?filter=ALL&q=" + token, "street")))
                .isZero();
        String html = html(mvc.perform(get("/regions/" + community + "/volunteers?filter=LEFT").with(as("community")))
                .andReturn());
        assertThat(html).contains("id=\"export-volunteers\"").contains("/regions/" + community + "/volunteers.xlsx?")
                .contains("filter=LEFT");
    }

    private int pageRows(String url, String user) throws Exception {
        Set<Long> ids = new LinkedHashSet<>();
        for (int page = 0; page < 100; page++) {
            String html = html(mvc.perform(get(url + "&page=" + page).with(as(user))).andReturn());
            int before = ids.size();
            Matcher m = ROW_ID.matcher(html);
            while (m.find()) {
                ids.add(Long.valueOf(m.group(1)));
            }
            if (ids.size() == before) {
                break;
            }
        }
        return ids.size();
    }

    private Sheet sheet(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        return firstSheet(result.getResponse().getContentAsByteArray());
    }
}
