package org.grassroots.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The worker team on the real database: posts through the forms, bad input, the one-secretary rule,
 * stale edits, scope, the export, and the structure figures against plain SQL over the rows. Each test
 * works in a community of its own, made under the demo street.
 */
class WorkforceIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    WorkforcePages pages;

    private static final int YEAR = LocalDate.now().getYear();

    private final List<Long> made = new ArrayList<>();

    /** A community of the test's own under the demo street; removed after the test with its rows. */
    private long freshCommunity(String name) {
        long id = jdbc.queryForObject("""
                insert into region (level, code, name, parent_id, parent_level)
                values ('COMMUNITY', ?, ?, ?, 'STREET') returning id""", Long.class,
                "WF" + System.nanoTime(), name, regionOf("street"));
        made.add(id);
        return id;
    }

    @AfterEach
    void removeTheCommunitiesMade() {
        for (long id : made) {
            for (String table : List.of("fund_spending", "fund_budget", "community_worker", "grid_node")) {
                jdbc.update("delete from " + table + " where community_id = ?", id);
            }
            jdbc.update("delete from region where id = ?", id);
        }
        made.clear();
    }

    private static MultiValueMap<String, String> person(String name, String role, String birthYear) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("role", role);
        form.add("fullTime", "true");
        form.add("birthYear", birthYear);
        form.add("education", "BACHELOR");
        form.add("certificate", "ASSISTANT");
        form.add("startOn", LocalDate.now().minusYears(1).toString());
        return form;
    }

    private long add(long community, MultiValueMap<String, String> form) throws Exception {
        mvc.perform(post("/regions/" + community + "/workers").params(form).with(as("street")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/regions/" + community + "/workers"));
        return jdbc.queryForObject("select max(id) from community_worker where community_id = ?", Long.class,
                community);
    }

    private String page(long region, String user) throws Exception {
        return html(mvc.perform(get("/regions/" + region + "/workers").with(as(user)))
                .andExpect(status().isOk()).andReturn());
    }

    // ---------------------------------------------------------------- forms

    @Test
    void shouldAddEditAndLeaveAPostKeepingTheHistory() throws Exception {
        long community = freshCommunity("队伍测试社区甲");
        long id = add(community, person("钱晓燕", "COMMUNITY_WORKER", "1990"));
        assertThat(jdbc.queryForMap("select name, role, full_time, birth_year, certificate from community_worker "
                + "where id = ?", id)).containsEntry("name", "钱晓燕").containsEntry("role", "COMMUNITY_WORKER")
                .containsEntry("full_time", true).containsEntry("birth_year", 1990)
                .containsEntry("certificate", "ASSISTANT");
        assertThat(page(community, "street")).contains("钱晓燕");

        MultiValueMap<String, String> edit = person("钱晓燕", "PARTY_WORKER", "1990");
        edit.add("version", version(id));
        mvc.perform(post("/workers/" + id).params(edit).with(as("street")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select role from community_worker where id = ?", String.class, id))
                .isEqualTo("PARTY_WORKER");

        String leaveForm = html(mvc.perform(get("/workers/" + id + "/leave").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        assertThat(inputValue(leaveForm, "version")).isEqualTo(version(id));
        mvc.perform(post("/workers/" + id + "/leave").param("endOn", LocalDate.now().minusDays(1).toString())
                .param("version", version(id)).with(as("street")).with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select end_on from community_worker where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.now().minusDays(1));
        // left: off the serving roster, still in the history
        assertThat(section(page(community, "street"), "table", "worker-list")).doesNotContain("钱晓燕");
        String history = html(mvc.perform(get("/regions/" + community + "/workers").param("former", "true")
                .with(as("street"))).andExpect(status().isOk()).andReturn());
        assertThat(section(history, "table", "worker-list")).contains("钱晓燕");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'community_worker' "
                + "and entity_id = ?", Long.class, id)).isEqualTo(3);
    }

    @Test
    void shouldTakeNameBirthYearAndEducationFromALinkedMember() throws Exception {
        long community = regionOf("community");
        long member = fullMemberIn(community);
        MultiValueMap<String, String> form = person("", "COMMITTEE_MEMBER", "");
        form.set("education", "");
        form.add("memberId", Long.toString(member));
        form.set("fullTime", "false");
        long id = add(community, form);
        Map<String, Object> row = jdbc.queryForMap("select * from community_worker where id = ?", id);
        Map<String, Object> m = jdbc.queryForMap("select name, birth_date, education from party_member where id = ?",
                member);
        assertThat(row.get("member_id")).isEqualTo(member);
        assertThat(row.get("name")).isEqualTo(m.get("name"));
        assertThat(row.get("education")).isEqualTo(m.get("education"));
        assertThat(row.get("birth_year")).isEqualTo(((java.sql.Date) m.get("birth_date")).toLocalDate().getYear());
        jdbc.update("delete from audit_event where entity_type = 'community_worker' and entity_id = ?", id);
        jdbc.update("delete from community_worker where id = ?", id);
    }

    @Test
    void shouldRefuseEndBeforeStartKeepingEveryValue() throws Exception {
        long community = freshCommunity("队伍测试社区乙");
        MultiValueMap<String, String> form = person("孙立新", "COMMUNITY_WORKER", "1985");
        form.set("startOn", "2025-05-01");
        form.add("endOn", "2025-04-30");
        form.add("note", "兼任网格员");
        String html = html(mvc.perform(post("/regions/" + community + "/workers").params(form).with(as("street"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("workforce/form")).andReturn());
        assertThat(textOf(html, "endOn-error")).isNotBlank();
        assertThat(inputValue(html, "name")).isEqualTo("孙立新");
        assertThat(inputValue(html, "birthYear")).isEqualTo("1985");
        assertThat(inputValue(html, "endOn")).isEqualTo("2025-04-30");
        assertThat(inputValue(html, "note")).isEqualTo("兼任网格员");
        assertThat(count(community)).isZero();
    }

    @Test
    void shouldShowFieldErrorsForBadNumbersAndUnknownChoices() throws Exception {
        long community = freshCommunity("队伍测试社区丙");
        MultiValueMap<String, String> form = person("周佳怡", "NO_SUCH_ROLE", "一九九零");
        form.set("education", "NOPE");
        form.set("name", "长".repeat(51));
        String html = html(mvc.perform(post("/regions/" + community + "/workers").params(form).with(as("street"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "role-error")).isNotBlank();
        assertThat(textOf(html, "birthYear-error")).isNotBlank();
        assertThat(textOf(html, "education-error")).isNotBlank();
        assertThat(textOf(html, "name-error")).isNotBlank();
        MultiValueMap<String, String> old = person("周佳怡", "COMMUNITY_WORKER", "1890");
        html = html(mvc.perform(post("/regions/" + community + "/workers").params(old).with(as("street"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "birthYear-error")).isNotBlank();
        assertThat(count(community)).isZero();
    }

    @Test
    void shouldRefuseASecondSecretaryInTheFormAndInTheDatabase() throws Exception {
        long community = freshCommunity("队伍测试社区丁");
        long first = add(community, person("赵国栋", "SECRETARY", "1975"));
        String html = html(mvc.perform(post("/regions/" + community + "/workers")
                .params(person("黄春梅", "SECRETARY", "1980")).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "role-error")).contains("赵国栋");
        assertThat(count(community)).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("""
                insert into community_worker (community_id, name, role, full_time, birth_year, education, start_on)
                values (?, '黄春梅', 'SECRETARY', true, 1980, 'BACHELOR', current_date)""", community))
                .isInstanceOf(DataIntegrityViolationException.class);
        // once the first leaves, the next may start after that day
        mvc.perform(post("/workers/" + first + "/leave").param("endOn", LocalDate.now().minusDays(10).toString())
                .param("version", version(first)).with(as("street")).with(csrf())).andExpect(status().isFound());
        MultiValueMap<String, String> next = person("黄春梅", "SECRETARY", "1980");
        next.set("startOn", LocalDate.now().minusDays(9).toString());
        add(community, next);
        assertThat(jdbc.queryForObject("select count(*) from community_worker where community_id = ? "
                + "and role = 'SECRETARY'", Long.class, community)).isEqualTo(2);
    }

    @Test
    void shouldShowTheConflictOnAStaleEditAndKeepTheStoredRow() throws Exception {
        long community = freshCommunity("队伍测试社区戊");
        long id = add(community, person("吴明辉", "COMMUNITY_WORKER", "1988"));
        String stale = version(id);
        jdbc.update("update community_worker set name = '吴明辉（他人修改）', version = version + 1 where id = ?", id);
        MultiValueMap<String, String> edit = person("吴明辉改", "COMMUNITY_WORKER", "1988");
        edit.add("version", stale);
        String html = html(mvc.perform(post("/workers/" + id).params(edit).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "conflict")).contains("他人修改");
        assertThat(inputValue(html, "name")).isEqualTo("吴明辉改");
        assertThat(jdbc.queryForObject("select name from community_worker where id = ?", String.class, id))
                .isEqualTo("吴明辉（他人修改）");
        html = html(mvc.perform(post("/workers/" + id + "/leave").param("endOn", LocalDate.now().toString())
                .param("version", stale).with(as("street")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(html).contains("id=\"conflict\"");
        assertThat(jdbc.queryForObject("select end_on from community_worker where id = ?", LocalDate.class, id))
                .isNull();
    }

    @Test
    void shouldRequireTheDispatchingUnitAndDefaultTheTermOfAFirstSecretary() throws Exception {
        long community = freshCommunity("队伍测试社区己");
        MultiValueMap<String, String> form = person("郭思远", "FIRST_SECRETARY", "1986");
        String html = html(mvc.perform(post("/regions/" + community + "/workers").params(form).with(as("street"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "dispatchingUnit-error")).isNotBlank();
        form.add("dispatchingUnit", "市财政局");
        long id = add(community, form);
        assertThat(jdbc.queryForObject("select term_end_on from community_worker where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.now().minusYears(1).plusYears(2));
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldAnswer404OutsideTheScope() throws Exception {
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        long outsider = add(sibling, person("冯雅琴", "COMMUNITY_WORKER", "1992"));
        mvc.perform(get("/regions/" + sibling + "/workers").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + sibling + "/workers.xlsx").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workers/" + outsider + "/edit").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/workers/" + outsider + "/leave").param("endOn", LocalDate.now().toString())
                .param("version", version(outsider)).with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/regions/" + sibling + "/workers").params(person("冯雅琴", "COMMUNITY_WORKER", "1992"))
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + community + "/workers").with(as("branch"))).andExpect(status().isNotFound());
        // a street is not a community: no roster form there
        mvc.perform(get("/regions/" + regionOf("street") + "/workers/new").with(as("street")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select end_on from community_worker where id = ?", LocalDate.class, outsider))
                .isNull();
        jdbc.update("delete from audit_event where entity_type = 'community_worker' and entity_id = ?", outsider);
        jdbc.update("delete from community_worker where id = ?", outsider);
    }

    // ---------------------------------------------------------------- figures

    @Test
    void shouldComputeTheStructureAndChecksOfACommunity() throws Exception {
        long community = freshCommunity("队伍测试社区庚");
        add(community, person("甲", "COMMUNITY_WORKER", Integer.toString(YEAR - 30)));
        MultiValueMap<String, String> older = person("乙", "COMMUNITY_WORKER", Integer.toString(YEAR - 60));
        older.set("education", "SENIOR_SECONDARY");
        add(community, older);
        MultiValueMap<String, String> first = person("丙", "FIRST_SECRETARY", Integer.toString(YEAR - 40));
        first.add("dispatchingUnit", "区教育局");
        first.add("termEndOn", LocalDate.now().plusDays(30).toString());
        add(community, first);
        jdbc.update("""
                insert into grid_node (community_id, kind, name, households, residents) values (?, 'GRID', '网格', 500, 2000)""",
                community);
        String html = page(community, "street");
        List<String> row = tableRows(html, "workforce-structure").get(0);
        // communities, headcount, average age, ≤35, >55, college, party workers, residents, per 10,000
        assertThat(row.subList(1, 10)).containsExactly("1", "3", "43.3", "33%", "33%", "67%", "0.00", "2000",
                "10.0");
        assertThat(section(html, "table", "workforce-checks")).contains("data-check=\"SECRETARY_VACANT\"",
                "data-check=\"NO_PARTY_WORKER\"", "data-check=\"TERM_ENDING\"").doesNotContain("TERM_ENDED");
        assertThat(section(html, "table", "worker-list")).contains("term-flag");
    }

    @Test
    void shouldAgreeWithTheRowsAtTheStreetAndDistrictLevels() throws Exception {
        for (String level : List.of("street", "district")) {
            long region = regionOf(level);
            String html = page(region, level);
            List<Map<String, Object>> children = jdbc.queryForList(
                    "select id, path from region where parent_id = ? order by code", region);
            List<List<String>> rows = tableRows(html, "workforce-structure").stream().filter(r -> !r.isEmpty())
                    .toList();
            assertThat(rows).hasSize(children.size());
            for (int i = 0; i < children.size(); i++) {
                String path = (String) children.get(i).get("path");
                Map<String, Object> sql = jdbc.queryForMap("""
                        select count(*) as headcount,
                               count(*) filter (where w.role = 'PARTY_WORKER' and w.full_time) as party_workers,
                               round(avg(extract(year from current_date) - w.birth_year), 1) as avg_age
                        from community_worker w join region c on c.id = w.community_id
                        where c.path like ? || '%' and w.start_on <= current_date
                          and (w.end_on is null or w.end_on >= current_date)""", path);
                long vacant = jdbc.queryForObject("""
                        select count(*) from region c where c.level = 'COMMUNITY' and c.path like ? || '%'
                          and not exists (select 1 from community_worker w where w.community_id = c.id
                              and w.role = 'SECRETARY' and w.start_on <= current_date
                              and (w.end_on is null or w.end_on >= current_date))""", Long.class, path);
                List<String> row = rows.get(i);
                assertThat(row.get(2)).isEqualTo(sql.get("headcount").toString());
                assertThat(row.get(3)).isEqualTo(sql.get("avg_age") == null ? "" : sql.get("avg_age").toString());
                assertThat(row.get(10)).isEqualTo(Long.toString(vacant));
            }
        }
    }

    @Test
    void shouldGiveTheStaffingFactsOfEveryCommunityInOneCall() throws Exception {
        long community = freshCommunity("队伍测试社区辛");
        add(community, person("书记甲", "SECRETARY", "1975"));
        long street = regionOf("street");
        Scope scope = Scope.ofRegion(street, regionPath(street));
        List<WorkforceViews.StaffingFact> facts = pages.staffing(street, scope);
        WorkforceViews.StaffingFact mine = facts.stream().filter(f -> f.communityId() == community).findFirst()
                .orElseThrow();
        assertThat(mine.secretaryName()).isEqualTo("书记甲");
        assertThat(mine.met()).isFalse();
        add(community, person("专职甲", "PARTY_WORKER", "1990"));
        assertThat(pages.staffing(street, scope).stream().filter(f -> f.communityId() == community)
                .findFirst().orElseThrow().met()).isTrue();
        long met = jdbc.queryForObject("""
                select count(*) from region c where c.level = 'COMMUNITY' and c.path like ? || '%'
                  and exists (select 1 from community_worker w where w.community_id = c.id and w.role = 'SECRETARY'
                      and w.start_on <= current_date and (w.end_on is null or w.end_on >= current_date))
                  and exists (select 1 from community_worker w where w.community_id = c.id
                      and w.role = 'PARTY_WORKER' and w.full_time
                      and w.start_on <= current_date and (w.end_on is null or w.end_on >= current_date))""",
                Long.class, regionPath(street));
        assertThat(pages.staffing(street, scope).stream().filter(WorkforceViews.StaffingFact::met).count())
                .isEqualTo(met);
    }

    @Test
    void shouldExportTheRosterAsAWorkbook() throws Exception {
        long community = freshCommunity("队伍测试社区壬");
        add(community, person("导出甲", "COMMUNITY_WORKER", "1991"));
        byte[] bytes = mvc.perform(get("/regions/" + community + "/workers.xlsx").with(as("district")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            Row row = sheet.getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("导出甲");
            assertThat((int) row.getCell(3).getNumericCellValue()).isEqualTo(1991);
        }
        mvc.perform(get("/regions/" + regionOf("street") + "/workers.xlsx").with(as("street")))
                .andExpect(status().isNotFound());
    }

    private String version(long id) {
        return jdbc.queryForObject("select version from community_worker where id = ?", Long.class, id).toString();
    }

    private long count(long community) {
        return jdbc.queryForObject("select count(*) from community_worker where community_id = ?", Long.class,
                community);
    }
}
