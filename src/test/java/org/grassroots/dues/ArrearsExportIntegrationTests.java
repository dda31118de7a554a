package org.grassroots.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.support.TitledSheets.allText;
import static org.grassroots.support.TitledSheets.cell;
import static org.grassroots.support.TitledSheets.column;
import static org.grassroots.support.TitledSheets.firstSheet;
import static org.grassroots.support.TitledSheets.headers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The arrears list as Excel: the rows the page shows for the same filter (every page of it), the
 * page's columns under a title naming the organization and the filter, the organization's scope, and
 * no phone or ID number of the members listed.
 */
class ArrearsExportIntegrationTests extends WebIntegrationTestBase {

    private static final Pattern ROW_ID = Pattern.compile("id=\"arrears-(\\d+)\"");

    @Autowired
    private MessageSource messages;

    private long org;
    private String flaggedName;
    private String recentName;
    private String flaggedId;

    @BeforeEach
    void twoMembersInArrears() throws Exception {
        YearMonth current = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        org = branchIn(regionOf("community"));
        flaggedName = "欠缴导出" + System.nanoTime() % 100000;
        recentName = flaggedName + "乙";
        flaggedId = freshIdNumber(BIRTH, true);
        withBase(createMember(newFullMember(flaggedName, flaggedId, org)), current.minusMonths(8));
        withBase(createMember(newFullMember(recentName, freshIdNumber(BIRTH, false), org)), current.minusMonths(2));
    }

    private void withBase(long member, YearMonth from) throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("effectiveMonth", from.toString());
        form.add("category", "IN_SERVICE");
        form.add("monthlyBase", "4000");
        form.add("kind", "ANNUAL");
        form.add("note", "");
        mvc.perform(post("/members/" + member + "/dues/bases").params(form).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
    }

    @Test
    void shouldExportEveryRowThePageShowsForTheSameFilter() throws Exception {
        for (boolean all : List.of(false, true)) {
            String query = all ? "?all=true" : "";
            Sheet sheet = sheet(get("/orgs/" + org + "/dues/arrears.xlsx" + query), "community");
            List<String> names = column(sheet, 0);
            assertThat(names).hasSize(pageRows("/orgs/" + org + "/dues/arrears" + query));
            assertThat(names).contains(flaggedName);
            if (all) {
                assertThat(names).contains(recentName);
                assertThat(cell(sheet.getRow(0), 0)).contains(message("dues.arrears.all"));
            } else {
                assertThat(names).doesNotContain(recentName);
                // the flagged list holds only flagged members, each marked
                for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                    assertThat(cell(sheet.getRow(r), 6)).isNotBlank();
                }
                assertThat(cell(sheet.getRow(0), 0)).contains(message("dues.arrears.flaggedOnly"));
            }
            String orgName = jdbc.queryForObject("select name from party_org where id = ?", String.class, org);
            assertThat(cell(sheet.getRow(0), 0)).contains(orgName);
            assertThat(headers(sheet)).containsExactly("姓名", "所在组织", "欠缴月数", "最长连续未缴", "最早欠缴月份", "缴至",
                    "提醒");
            assertThat(allText(sheet)).doesNotContain("13912345678").doesNotContain(flaggedId)
                    .doesNotContainPattern("1[3-9]\\d{9}").doesNotContainPattern("\\d{17}[\\dX]");
        }
    }

    @Test
    void shouldShowTheFiguresOfTheRowInTheSheet() throws Exception {
        Sheet sheet = sheet(get("/orgs/" + org + "/dues/arrears.xlsx?all=true"), "community");
        Row row = null;
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            if (flaggedName.equals(cell(sheet.getRow(r), 0))) {
                row = sheet.getRow(r);
            }
        }
        assertThat(row).isNotNull();
        YearMonth current = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        assertThat(cell(row, 2)).isEqualTo("8");
        assertThat(cell(row, 3)).isEqualTo("8");
        assertThat(cell(row, 4)).isEqualTo(current.minusMonths(8).toString());
    }

    @Test
    void shouldAnswerOutOfScopeAndMissingOrganizationsWith404() throws Exception {
        long otherCommunity = siblingCommunity(regionOf("community"));
        long outOrg = jdbc.queryForObject("select min(id) from party_org where community_id = ?", Long.class,
                otherCommunity);
        mvc.perform(get("/orgs/" + outOrg + "/dues/arrears.xlsx").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orgs/999999999/dues/arrears.xlsx").with(as("street"))).andExpect(status().isNotFound());
        // the street covers it
        mvc.perform(get("/orgs/" + outOrg + "/dues/arrears.xlsx").with(as("street"))).andExpect(status().isOk());
    }

    @Test
    void shouldOfferTheExportNextToTheFilterWithTheSameFilter() throws Exception {
        String page = html(mvc.perform(get("/orgs/" + org + "/dues/arrears?all=true").with(as("community")))
                .andReturn());
        assertThat(page).contains("href=\"/orgs/" + org + "/dues/arrears.xlsx?all=true\"");
        page = html(mvc.perform(get("/orgs/" + org + "/dues/arrears").with(as("community"))).andReturn());
        assertThat(page).contains("href=\"/orgs/" + org + "/dues/arrears.xlsx\"");
    }

    // ---------------------------------------------------------------- helpers

    /** The number of rows the page lists over all its pages. */
    private int pageRows(String url) throws Exception {
        Set<Long> ids = new LinkedHashSet<>();
        String sep = url.contains("?") ? "&" : "?";
        for (int page = 0; page < 100; page++) {
            String html = html(mvc.perform(get(url + sep + "page=" + page).with(as("community"))).andReturn());
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

    private Sheet sheet(MockHttpServletRequestBuilder request,
            String user) throws Exception {
        MvcResult result = mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        return firstSheet(result.getResponse().getContentAsByteArray());
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
