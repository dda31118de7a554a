package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.grid.GridFigures;
import org.grassroots.grid.GridPages;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

/** Indicator trees, the weight rule, formula scores against the records, manual scores, scope and export. */
class AssessmentIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    private GridPages grids;

    @Autowired
    private AssessmentRules rules;

    // ---------------------------------------------------------------- weights

    @Test
    void shouldKeepDraftAndNameTheSumsWhenWeightsDoNotAddUp() throws Exception {
        long tree = createTree("district", "权重校验树", 2081, "STREET");
        long a = addIndicator("district", tree, "会议", "60", "MEETING_COMPLIANCE", null, null);
        addIndicator("district", tree, "任务", "35", "TASK_TIMELINESS", null, null);

        MvcResult refused = mvc.perform(post("/assessment/trees/" + tree + "/publish").with(as("district"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        FlashMap flash = refused.getFlashMap();
        @SuppressWarnings("unchecked")
        List<WeightRule.Problem> problems = (List<WeightRule.Problem>) flash.get("weightErrors");
        assertThat(problems).extracting(WeightRule.Problem::messageKey).containsExactly("assessment.weights.top");
        assertThat(problems.get(0).args()).containsExactly("95", "100");
        assertThat(jdbc.queryForObject("select published from assessment_tree where id = ?", Boolean.class, tree))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from assessment_indicator where tree_id = ?", Long.class,
                tree)).isEqualTo(2);
        String page = html(mvc.perform(get("/assessment/trees/" + tree).with(as("district")).flashAttrs(flash))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"weight-errors\"").contains("一级指标权重合计 95，应为 100");

        // a group whose children fall short is named with its sums
        long group = addIndicator("district", tree, "服务", "5", "GROUP", null, null);
        addIndicator("district", tree, "经费", "3", "FUNDS_EXECUTION", group, null);
        page = html(mvc.perform(get("/assessment/trees/" + tree).with(as("district"))).andReturn());
        assertThat(page).contains("“服务”的下级指标权重合计 3，应为 5");

        // fixing the group's weights lets it publish
        long version = jdbc.queryForObject("select version from assessment_indicator where id = ?", Long.class, a);
        mvc.perform(post("/assessment/indicators/" + a).with(as("district")).with(csrf())
                .param("name", "会议达标").param("weight", "60").param("source", "MEETING_COMPLIANCE")
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        long child = jdbc.queryForObject("select id from assessment_indicator where parent_id = ?", Long.class, group);
        mvc.perform(post("/assessment/indicators/" + child).with(as("district")).with(csrf())
                .param("name", "经费").param("weight", "5").param("source", "FUNDS_EXECUTION")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/assessment/trees/" + tree + "/publish").with(as("district")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select published from assessment_tree where id = ?", Boolean.class, tree))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'assessment_tree' "
                + "and entity_id = ? and action = 'PUBLISH'", Long.class, tree)).isEqualTo(1);
    }

    @Test
    void shouldShowFieldErrorsForBadIndicatorInputAndKeepTheValues() throws Exception {
        long tree = createTree("district", "坏输入树", 2082, "STREET");
        String page = html(mvc.perform(post("/assessment/trees/" + tree + "/indicators").with(as("district"))
                .with(csrf()).param("name", "超长权重指标").param("weight", "abc").param("source", "NO_SUCH"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("权重应为数字").contains("请从列表中选择计分来源").contains("超长权重指标");
        page = html(mvc.perform(post("/assessment/trees/" + tree + "/indicators").with(as("district"))
                .with(csrf()).param("name", "报到").param("weight", "120").param("source", "SERVICE_REPORTING"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("权重应在 0 至 100 之间");
        page = html(mvc.perform(post("/assessment/trees/" + tree + "/indicators").with(as("district"))
                .with(csrf()).param("name", "报到").param("weight", "20").param("source", "SERVICE_REPORTING"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("该计分来源需要填写目标值");
        assertThat(jdbc.queryForObject("select count(*) from assessment_indicator where tree_id = ?", Long.class,
                tree)).isZero();
        page = html(mvc.perform(post("/assessment/trees").with(as("district")).with(csrf())
                .param("name", "x".repeat(101)).param("year", "19").param("assessedLevel", "CITY"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("名称不能超过 100 个字").contains("年度应在 2000 至 2100 之间")
                .contains("请从列表中选择考核对象");
    }

    // ---------------------------------------------------------------- formula scores agree with the records

    @Test
    void shouldScoreFormulaIndicatorsFromTheRecordsWithTheirExplanation() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        long community = regionOf("community");
        long street = regionOf("street");
        // a task of the street due yesterday, not done, and one completed on time: both count as due
        long late = task(street, today.minusDays(1));
        jdbc.update("insert into work_task_recipient (task_id, region_id) values (?, ?)", late, community);
        long done = task(street, today.minusDays(1));
        jdbc.update("insert into work_task_recipient (task_id, region_id, status, completed_at, completed_by) "
                + "values (?, ?, 'COMPLETED', now() - interval '3 days', 'community')", done, community);

        long tree = createTree("district", "公式核对树", year, "COMMUNITY");
        addIndicator("district", tree, "会议达标", "50", "MEETING_COMPLIANCE", null, null);
        addIndicator("district", tree, "任务按期", "30", "TASK_TIMELINESS", null, null);
        addIndicator("district", tree, "网格负责人", "20", "GRID_GAPS", null, null);
        mvc.perform(post("/assessment/trees/" + tree + "/publish").with(as("district")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select published from assessment_tree where id = ?", Boolean.class, tree))
                .isTrue();

        Map<String, Object> meetings = jdbc.queryForMap("""
                select coalesce(sum(done), 0) as done, coalesce(sum(required), 0) as required
                from compliance_rollup where community_id = ? and period_start >= ? and period_end <= ?
                  and period_start <= ?""", community, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today);
        Map<String, Object> tasks = jdbc.queryForMap("""
                select count(*) filter (where r.status = 'COMPLETED'
                         and (r.completed_at at time zone 'Asia/Shanghai')::date <= t.deadline) as on_time,
                       count(*) as due
                from work_task_recipient r join work_task t on t.id = r.task_id
                where r.region_id = ? and extract(year from t.deadline) = ?
                  and (t.deadline < ? or r.status = 'COMPLETED')""", community, year, today);
        GridFigures grid = grids.figuresByCommunity(List.of(community)).stream().findFirst()
                .map(GridFigures.OfCommunity::figures).orElse(GridFigures.ZERO);

        String page = html(mvc.perform(get("/assessment/trees/" + tree + "/regions/" + community)
                .with(as("district"))).andExpect(status().isOk()).andReturn());
        long required = ((Number) meetings.get("required")).longValue();
        long met = ((Number) meetings.get("done")).longValue();
        BigDecimal meetingScore = required == 0 ? new BigDecimal("50.00") : score(50, met, required);
        if (required > 0) {
            assertThat(page).contains("全年应达标 " + required + " 个组织期次，已达标 " + met + " 个");
        }
        assertThat(scoreOf(page, "MEETING_COMPLIANCE")).isEqualByComparingTo(meetingScore);

        long due = ((Number) tasks.get("due")).longValue();
        long onTime = ((Number) tasks.get("on_time")).longValue();
        assertThat(due).isGreaterThanOrEqualTo(2);
        assertThat(page).contains("年内到期任务 " + due + " 项，按期完成 " + onTime + " 项");
        assertThat(scoreOf(page, "TASK_TIMELINESS")).isEqualByComparingTo(score(30, onTime, due));

        long nodes = grid.grids() + grid.buildings();
        long led = grid.grids() - grid.gridsNoLeader() + grid.buildingsWithLeader();
        BigDecimal gridScore = nodes == 0 ? new BigDecimal("0.00") : score(20, led, nodes);
        if (nodes > 0) {
            assertThat(page).contains("网格和楼栋共 " + nodes + " 个，已配备负责人 " + led + " 个");
        }
        assertThat(scoreOf(page, "GRID_GAPS")).isEqualByComparingTo(gridScore);
        BigDecimal total = meetingScore.add(score(30, onTime, due)).add(gridScore);
        assertThat(page).containsPattern("id=\"region-total\"[^>]*>" + Pattern.quote(total.toPlainString()) + "<");

        // the scores table shows the same total for the community, and the standing of the community too
        String scores = html(mvc.perform(get("/assessment/trees/" + tree + "/scores").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        assertThat(scores).containsPattern("data-region=\"" + community + "\"[\\s\\S]*?class=\"text-end total\">"
                + Pattern.quote(total.toPlainString()) + "<");
        String list = html(mvc.perform(get("/assessment").with(as("community"))).andExpect(status().isOk())
                .andReturn());
        assertThat(list).contains("id=\"assessment-standing\"").contains("公式核对树")
                .contains(total.toPlainString() + " / 100");
        // and the community's own level page shows the same standing
        String level = html(mvc.perform(get("/regions/" + community).with(as("community"))).andExpect(status().isOk())
                .andReturn());
        assertThat(level).contains("id=\"assessment-standing\"").contains("公式核对树")
                .contains(total.toPlainString() + " / 100");

        // one more late task moves the figure
        jdbc.update("insert into work_task_recipient (task_id, region_id) values (?, ?)", task(street,
                today.minusDays(1)), community);
        page = html(mvc.perform(get("/assessment/trees/" + tree + "/regions/" + community).with(as("district")))
                .andReturn());
        assertThat(page).contains("年内到期任务 " + (due + 1) + " 项，按期完成 " + onTime + " 项");
    }

    @Test
    void shouldAddUpAStreetFromItsOwnAndItsCommunitiesRecords() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long street = regionOf("street");
        long district = regionOf("district");
        // the district's task to the street, late, and a street's task to one of its communities, done on time
        jdbc.update("insert into work_task_recipient (task_id, region_id) values (?, ?)",
                task(district, today.minusDays(1)), street);
        jdbc.update("insert into work_task_recipient (task_id, region_id, status, completed_at, completed_by) "
                + "values (?, ?, 'COMPLETED', now() - interval '2 days', 'community')", task(street,
                today.minusDays(1)), regionOf("community"));
        long tree = createTree("district", "街道任务树", today.getYear(), "STREET");
        addIndicator("district", tree, "任务按期", "100", "TASK_TIMELINESS", null, null);
        mvc.perform(post("/assessment/trees/" + tree + "/publish").with(as("district")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> tasks = jdbc.queryForMap("""
                select count(*) filter (where r.status = 'COMPLETED'
                         and (r.completed_at at time zone 'Asia/Shanghai')::date <= t.deadline) as on_time,
                       count(*) as due
                from work_task_recipient r join work_task t on t.id = r.task_id join region g on g.id = r.region_id
                where g.path like ? || '%' and extract(year from t.deadline) = ?
                  and (t.deadline < ? or r.status = 'COMPLETED')""", regionPath(street), today.getYear(), today);
        long due = ((Number) tasks.get("due")).longValue();
        long onTime = ((Number) tasks.get("on_time")).longValue();
        assertThat(due).isGreaterThanOrEqualTo(2);
        String page = html(mvc.perform(get("/assessment/trees/" + tree + "/regions/" + street).with(as("street")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("年内到期任务 " + due + " 项，按期完成 " + onTime + " 项");
        assertThat(scoreOf(page, "TASK_TIMELINESS")).isEqualByComparingTo(score(100, onTime, due));
        // a community is not assessed by a tree for streets
        mvc.perform(get("/assessment/trees/" + tree + "/regions/" + regionOf("community")).with(as("street")))
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- manual scores

    @Test
    void shouldRefuseBadManualScoresAndStaleEdits() throws Exception {
        long tree = createTree("city", "人工评分树", 2083, "COMMUNITY");
        long manual = addIndicator("city", tree, "特色工作", "100", "MANUAL", null, null);
        mvc.perform(post("/assessment/trees/" + tree + "/publish").with(as("city")).with(csrf()));
        long community = regionOf("community");
        String url = "/assessment/trees/" + tree + "/regions/" + community + "/scores";

        String page = html(mvc.perform(post(url).with(as("city")).with(csrf()).param("indicatorId",
                String.valueOf(manual)).param("score", "120").param("evidence", "材料齐全"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("得分不能超过该指标的权重 100").contains("材料齐全");
        page = html(mvc.perform(post(url).with(as("city")).with(csrf()).param("indicatorId", String.valueOf(manual))
                .param("score", "80").param("evidence", " ")).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("请填写评分依据");
        page = html(mvc.perform(post(url).with(as("city")).with(csrf()).param("indicatorId", String.valueOf(manual))
                .param("score", "八十").param("evidence", "x")).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("得分应为数字").contains("value=\"八十\"");
        page = html(mvc.perform(post(url).with(as("city")).with(csrf()).param("indicatorId", String.valueOf(manual))
                .param("score", "80").param("evidence", "x".repeat(2001))).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("评分依据不能超过 2000 个字");
        assertThat(jdbc.queryForObject("select count(*) from assessment_manual_score where indicator_id = ?",
                Long.class, manual)).isZero();

        mvc.perform(post(url).with(as("city")).with(csrf()).param("indicatorId", String.valueOf(manual))
                .param("score", "80").param("evidence", "述职评议良好")).andExpect(status().is3xxRedirection());
        page = html(mvc.perform(get("/assessment/trees/" + tree + "/regions/" + community).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("评分依据：述职评议良好").doesNotContain("manual-form");
        assertThat(scoreOf(page, "MANUAL")).isEqualByComparingTo("80");

        // a second form opened before the first was saved: no version; the saved score stays
        page = html(mvc.perform(post(url).with(as("city")).with(csrf()).param("indicatorId", String.valueOf(manual))
                .param("score", "60").param("evidence", "另一人的评分")).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"conflict\"").contains("述职评议良好").contains("另一人的评分");
        assertThat(jdbc.queryForObject("select score from assessment_manual_score where indicator_id = ?",
                BigDecimal.class, manual)).isEqualByComparingTo("80");

        // only the owner level scores
        mvc.perform(post(url).with(as("community")).with(csrf()).param("indicatorId", String.valueOf(manual))
                .param("score", "1").param("evidence", "x")).andExpect(status().isForbidden());
        mvc.perform(post(url).with(as("district")).with(csrf()).param("indicatorId", String.valueOf(manual))
                .param("score", "1").param("evidence", "x")).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldAnswer404OutsideTheScope() throws Exception {
        long otherDistrict = jdbc.queryForObject("select min(id) from region where level = 'DISTRICT' and id <> ?",
                Long.class, regionOf("district"));
        long foreign = jdbc.queryForObject("""
                insert into assessment_tree (owner_region_id, year, assessed_level, name, published, created_by)
                values (?, 2084, 'COMMUNITY', '外区考核', true, 'test') returning id""", Long.class, otherDistrict);
        mvc.perform(get("/assessment/trees/" + foreign).with(as("district"))).andExpect(status().isNotFound());
        mvc.perform(get("/assessment/trees/" + foreign + "/scores").with(as("district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessment/trees/" + foreign).with(as("city"))).andExpect(status().isOk());

        long cityTree = demoCityTree();
        long foreignCommunity = jdbc.queryForObject("select min(id) from region where level = 'COMMUNITY' "
                + "and district_id = ?", Long.class, otherDistrict);
        mvc.perform(get("/assessment/trees/" + cityTree + "/regions/" + foreignCommunity).with(as("district")))
                .andExpect(status().isNotFound());
        long community = regionOf("community");
        mvc.perform(get("/assessment/trees/" + cityTree + "/regions/" + community).with(as("community")))
                .andExpect(status().isOk());
        mvc.perform(get("/assessment/trees/" + cityTree + "/regions/" + siblingCommunity(community))
                .with(as("community"))).andExpect(status().isNotFound());
        // a street is not assessed by a tree for communities
        mvc.perform(get("/assessment/trees/" + cityTree + "/regions/" + regionOf("street")).with(as("street")))
                .andExpect(status().isNotFound());
        // a draft is seen by its owner's level and above, not below
        long draft = jdbc.queryForObject("select id from assessment_tree where owner_region_id = ? and not published "
                + "and created_by = 'demo'", Long.class, regionOf("district"));
        mvc.perform(get("/assessment/trees/" + draft).with(as("street"))).andExpect(status().isNotFound());
        String page = html(mvc.perform(get("/assessment/trees/" + draft).with(as("district")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"weight-warnings\"").contains("一级指标权重合计 95，应为 100");
        // the city sees the district's draft read-only
        page = html(mvc.perform(get("/assessment/trees/" + draft).with(as("city"))).andExpect(status().isOk())
                .andReturn());
        assertThat(page).doesNotContain("id=\"tree-actions\"").doesNotContain("id=\"add-indicator\"");
        mvc.perform(post("/assessment/trees/" + draft + "/publish").with(as("city")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessment/trees/new").with(as("street"))).andExpect(status().isForbidden());
    }

    // ---------------------------------------------------------------- the scores table

    @Test
    void shouldHideRankingsByDefaultAndOrderByName() throws Exception {
        long tree = demoCityTree();
        String page = html(mvc.perform(get("/assessment/trees/" + tree + "/scores").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).doesNotContain("id=\"rank-col\"").contains("data-print");
        List<String> names = regionLinks(page);
        List<String> expected = jdbc.queryForList("select name from region where level = 'COMMUNITY' "
                + "and path like ? || '%' order by name, id limit 20", String.class, regionPath(regionOf("street")));
        assertThat(names).isEqualTo(expected);

        rules.setShowRankings(true);
        try {
            page = html(mvc.perform(get("/assessment/trees/" + tree + "/scores").with(as("street")))
                    .andExpect(status().isOk()).andReturn());
        } finally {
            rules.setShowRankings(false);
        }
        assertThat(page).contains("id=\"rank-col\"");
        List<BigDecimal> totals = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"text-end total\">([0-9.]+)<").matcher(page);
        while (m.find()) {
            totals.add(new BigDecimal(m.group(1)));
        }
        assertThat(totals).isNotEmpty();
        assertThat(totals).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void shouldExportTheScoresTable() throws Exception {
        long tree = demoCityTree();
        MvcResult result = mvc.perform(get("/assessment/trees/" + tree + "/scores.xlsx").with(as("district")))
                .andExpect(status().isOk()).andReturn();
        long communities = jdbc.queryForObject("select count(*) from region where level = 'COMMUNITY' "
                + "and path like ? || '%'", Long.class, regionPath(regionOf("district")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("考核对象");
            assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("总分");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(communities);
            double total = sheet.getRow(2).getCell(header.getLastCellNum() - 1).getNumericCellValue();
            assertThat(total).isBetween(0.0, 100.0);
        }
    }

    @Test
    void shouldCopyATreeToTheNextYearAsADraft() throws Exception {
        long tree = createTree("city", "复制树", 2086, "STREET");
        long group = addIndicator("city", tree, "组", "100", "GROUP", null, null);
        addIndicator("city", tree, "报到", "100", "SERVICE_REPORTING", group, "15");
        MvcResult copied = mvc.perform(post("/assessment/trees/" + tree + "/copy").with(as("city")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long copy = Long.parseLong(copied.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        assertThat(jdbc.queryForMap("select year, published from assessment_tree where id = ?", copy))
                .containsEntry("year", 2087).containsEntry("published", false);
        assertThat(jdbc.queryForObject("""
                select count(*) from assessment_indicator c join assessment_indicator p on p.id = c.parent_id
                where c.tree_id = ? and p.tree_id = ? and c.target = 15""", Long.class, copy, copy)).isEqualTo(1);
        // removing the group removes its child
        mvc.perform(post("/assessment/indicators/" + group + "/remove").with(as("city")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from assessment_indicator where tree_id = ?", Long.class,
                tree)).isZero();
    }

    // ---------------------------------------------------------------- helpers

    private long createTree(String user, String name, int year, String level) throws Exception {
        MvcResult r = mvc.perform(post("/assessment/trees").with(as(user)).with(csrf()).param("name", name)
                .param("year", String.valueOf(year)).param("assessedLevel", level))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
    }

    private long addIndicator(String user, long tree, String name, String weight, String source, Long parent,
            String target) throws Exception {
        var request = post("/assessment/trees/" + tree + "/indicators").with(as(user)).with(csrf())
                .param("name", name).param("weight", weight).param("source", source);
        if (parent != null) {
            request.param("parentId", String.valueOf(parent));
        }
        if (target != null) {
            request.param("target", target);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from assessment_indicator where tree_id = ?", Long.class, tree);
    }

    private long task(long issuer, LocalDate deadline) {
        return jdbc.queryForObject("""
                insert into work_task (title, content, deadline, priority, evidence_kind, issuer_region_id, created_by)
                values ('考核核对任务', '考核核对任务', ?, 'NORMAL', 'TEXT', ?, 'test') returning id""", Long.class,
                deadline, issuer);
    }

    private long demoCityTree() {
        return jdbc.queryForObject("select id from assessment_tree where created_by = 'demo' and published "
                + "and assessed_level = 'COMMUNITY' order by id limit 1", Long.class);
    }

    private static BigDecimal score(int weight, long num, long den) {
        BigDecimal ratio = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 4, RoundingMode.HALF_UP)
                .min(BigDecimal.ONE);
        return BigDecimal.valueOf(weight).multiply(ratio).setScale(2, RoundingMode.HALF_UP);
    }

    /** The score cell of the first line of a source on a region page. */
    private static BigDecimal scoreOf(String page, String source) {
        Matcher m = Pattern.compile("data-source=\"" + source + "\"[\\s\\S]*?class=\"text-end score\">([0-9.]+)<")
                .matcher(page);
        assertThat(m.find()).as("a line of " + source).isTrue();
        return new BigDecimal(m.group(1));
    }

    private static List<String> regionLinks(String page) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"region-link\"[^>]*>([^<]+)<").matcher(page);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
