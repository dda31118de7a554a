package org.grassroots.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.grassroots.access.AccessRules;
import org.grassroots.funds.FundsRules;
import org.grassroots.grid.GridRules;
import org.grassroots.regional.RegionalRules;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The city settings page on the shared database: a saved value changes a feature at once, a reset
 * restores the default, bad input and stale versions save nothing, every change is audited, and a
 * value written by another instance is picked up by the refresh check. Every test leaves the table
 * empty and the rules at their defaults (the application context is shared).
 */
class SettingsIntegrationTests extends WebIntegrationTestBase {

    private static final String GRID = "grassroots.grid.max-households";
    private static final String ACCESS = "grassroots.access.monthly-limit";
    private static final String JOINT = "grassroots.regional.joint-meeting-months";
    private static final String FUNDS = "grassroots.funds.on-track-tolerance";

    @Autowired
    private SettingService settings;

    @Autowired
    private GridRules grid;

    @Autowired
    private AccessRules access;

    @Autowired
    private RegionalRules regional;

    @Autowired
    private FundsRules funds;

    @AfterEach
    void restoreDefaults() {
        jdbc.update("delete from city_setting");
        settings.reload();
    }

    // ---------------------------------------------------------------- the page

    @Test
    void shouldShowEverySettingWithDefaultBoundsAndLinks() throws Exception {
        String page = html(mvc.perform(get("/settings").with(as("city"))).andReturn());
        for (String key : List.of(GRID, ACCESS, JOINT, FUNDS, "grassroots.workforce.workers-per-ten-thousand",
                "grassroots.venue.area-per-hundred-households", "grassroots.reporting.re-report-months",
                "grassroots.task.remind-days", "grassroots.transfer.validity-days",
                "grassroots.floating.out-of-contact-months", "grassroots.dues.fixed-for-year")) {
            assertThat(page).contains("name=\"value." + key + "\"").contains("name=\"version." + key + "\"");
        }
        assertThat(page).contains("id=\"link-requirements\"").contains("href=\"/assessment\"")
                .contains("href=\"/settings/service-categories\"").contains("500").contains("20 至 3000")
                .doesNotContain("class=\"reset-form\"");
    }

    // ---------------------------------------------------------------- a saved value applies at once

    @Test
    void shouldFlagGridAtOnceWhenThresholdLoweredAndResetRestoresDefault() throws Exception {
        long community = regionOf("community");
        long node = jdbc.queryForObject("""
                insert into grid_node (community_id, kind, name, households, residents)
                values (?, 'GRID', '设置测试网格', 150, 400) returning id""", Long.class, community);
        assertThat(gridPage(node)).doesNotContain("grid-over-max");

        MvcResult saved = mvc.perform(save(Map.of(GRID, "120"), Map.of(GRID, "0"))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).as(html(saved)).isEqualTo("/settings");
        assertThat(grid.maxHouseholds()).isEqualTo(120);
        assertThat(gridPage(node)).contains("grid-over-max");
        assertThat(jdbc.queryForObject("select value from city_setting where key = ?", String.class, GRID))
                .isEqualTo("120");
        assertThat(lastAudit()).containsEntry("action", "SETTING_CHANGE").containsEntry("username", "city")
                .containsEntry("summary", GRID + ": 500 → 120");

        long version = jdbc.queryForObject("select version from city_setting where key = ?", Long.class, GRID);
        String page = html(mvc.perform(get("/settings").with(as("city"))).andReturn());
        assertThat(page).contains("class=\"reset-form\"").contains("value=\"120\"");
        MvcResult reset = mvc.perform(post("/settings/reset").param("key", GRID).param("version", "" + version)
                .with(as("city")).with(csrf())).andReturn();
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/settings");
        assertThat(grid.maxHouseholds()).isEqualTo(500);
        assertThat(gridPage(node)).doesNotContain("grid-over-max");
        assertThat(jdbc.queryForObject("select count(*) from city_setting", Long.class)).isZero();
        assertThat(lastAudit()).containsEntry("action", "SETTING_RESET").containsEntry("summary", GRID + ": 120 → 500");
        jdbc.update("delete from grid_node where id = ?", node);
    }

    @Test
    void shouldSaveOnlyChangedValuesAndNormalizeDecimals() throws Exception {
        long before = audits();
        mvc.perform(save(Map.of(GRID, "500", FUNDS, " 0.30 ", "grassroots.dues.fixed-for-year", "true"),
                Map.of(GRID, "0", FUNDS, "0", "grassroots.dues.fixed-for-year", "0")));
        assertThat(audits()).isEqualTo(before + 1);
        assertThat(funds.onTrackTolerance()).isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(jdbc.queryForList("select key from city_setting", String.class)).containsExactly(FUNDS);
        assertThat(lastAudit()).containsEntry("summary", FUNDS + ": 0.2 → 0.3");
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void shouldShowFieldErrorsKeepEveryValueAndSaveNothing() throws Exception {
        long before = audits();
        MvcResult result = mvc.perform(save(
                Map.of(GRID, "5", ACCESS, "abc", JOINT, "5", FUNDS, "0.123", "grassroots.dues.fixed-for-year", "maybe",
                        "grassroots.task.remind-days", "7"),
                Map.of(GRID, "0", ACCESS, "0", JOINT, "0", FUNDS, "0", "grassroots.dues.fixed-for-year", "0",
                        "grassroots.task.remind-days", "0"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = html(result);
        assertThat(page).contains("id=\"global-errors\"")
                .contains("id=\"setting-grid-max-households-error\"").contains("数值须在 20 至 3000 之间")
                .contains("id=\"setting-access-monthly-limit-error\"").contains("请输入整数")
                .contains("id=\"setting-regional-joint-meeting-months-error\"").contains("须能整除 12")
                .contains("id=\"setting-funds-on-track-tolerance-error\"")
                .contains("id=\"setting-dues-fixed-for-year-error\"")
                .doesNotContain("id=\"setting-task-remind-days-error\"")
                // every typed value is shown again
                .contains("value=\"5\"").contains("value=\"abc\"").contains("value=\"0.123\"").contains("value=\"7\"");
        assertThat(jdbc.queryForObject("select count(*) from city_setting", Long.class)).isZero();
        assertThat(audits()).isEqualTo(before);
        assertThat(grid.maxHouseholds()).isEqualTo(500);
        assertThat(regional.jointMeetingMonths()).isEqualTo(3);

        // an oversized value or an empty one is a field error too, never a 500
        MvcResult huge = mvc.perform(save(Map.of(GRID, "9".repeat(5000), ACCESS, ""), Map.of())).andReturn();
        assertThat(huge.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(huge)).contains("请输入整数").contains("请填写数值");
    }

    @Test
    void shouldAcceptEveryDivisorOfTwelve() throws Exception {
        mvc.perform(save(Map.of(JOINT, "6"), Map.of(JOINT, "0")));
        assertThat(regional.jointMeetingMonths()).isEqualTo(6);
    }

    // ---------------------------------------------------------------- stale versions

    @Test
    void shouldShowConflictAndOverwriteNothingWhenStale() throws Exception {
        mvc.perform(save(Map.of(ACCESS, "8"), Map.of(ACCESS, "0")));
        assertThat(access.monthlyLimit()).isEqualTo(8);
        long before = audits();
        // a form opened before that change still carries version 0
        MvcResult result = mvc.perform(save(Map.of(ACCESS, "12", GRID, "300"), Map.of(ACCESS, "0", GRID, "0")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = html(result);
        assertThat(page).contains("id=\"conflict\"").contains("data-setting=\"" + ACCESS + "\"")
                .contains("社区每月准入事项上限").contains("value=\"12\"").contains("value=\"300\"");
        assertThat(access.monthlyLimit()).isEqualTo(8);
        assertThat(grid.maxHouseholds()).isEqualTo(500);
        assertThat(audits()).isEqualTo(before);

        // a stale reset is refused the same way; an unknown key is not found
        MvcResult reset = mvc.perform(post("/settings/reset").param("key", ACCESS).param("version", "0")
                .with(as("city")).with(csrf())).andReturn();
        assertThat(html(reset)).contains("id=\"conflict\"");
        assertThat(access.monthlyLimit()).isEqualTo(8);
        assertThat(mvc.perform(post("/settings/reset").param("key", "grassroots.nothing").param("version", "0")
                .with(as("city")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- other instances

    @Test
    void shouldApplyValueWrittenByAnotherInstanceOnRefresh() {
        jdbc.update("insert into city_setting (key, value, updated_by) values (?, '3', 'other')", ACCESS);
        settings.refresh();
        assertThat(access.monthlyLimit()).isEqualTo(3);
        // a reset elsewhere (the row deleted) brings the default back
        jdbc.update("delete from city_setting where key = ?", ACCESS);
        settings.refresh();
        assertThat(access.monthlyLimit()).isEqualTo(10);
        // a stored value outside the bounds is ignored: the default holds
        jdbc.update("insert into city_setting (key, value, updated_by) values (?, '5', 'other')", JOINT);
        settings.refresh();
        assertThat(regional.jointMeetingMonths()).isEqualTo(3);
    }

    // ---------------------------------------------------------------- audit and history

    @Test
    void shouldListChangesByGroupWithoutPersonalData() throws Exception {
        mvc.perform(save(Map.of(GRID, "450", ACCESS, "9"), Map.of(GRID, "0", ACCESS, "0")));
        List<String> summaries = jdbc.queryForList(
                "select summary from audit_event where entity_type = 'city_setting' order by id desc limit 2", String.class);
        assertThat(summaries).containsExactlyInAnyOrder(GRID + ": 500 → 450", ACCESS + ": 10 → 9");
        assertThat(summaries).allSatisfy(s -> assertThat(s).matches("grassroots\\.[a-z.-]+: [0-9a-z.]+ → [0-9a-z.]+"));

        String gridOnly = html(mvc.perform(get("/settings/history").param("group", "grid").with(as("city"))).andReturn());
        assertThat(gridOnly).contains("data-setting=\"" + GRID + "\"").doesNotContain("data-setting=\"" + ACCESS + "\"")
                .contains("每个网格最多户数");
        String all = html(mvc.perform(get("/settings/history").param("page", "x").with(as("city"))).andReturn());
        assertThat(all).contains("data-setting=\"" + GRID + "\"").contains("data-setting=\"" + ACCESS + "\"");
        String page = html(mvc.perform(get("/settings").with(as("city"))).andReturn());
        assertThat(page).contains("id=\"recent-changes\"");
    }

    @Test
    void shouldRefuseEveryoneButTheCityAdministrator() throws Exception {
        for (String user : List.of("district", "street", "community", "branch", "admin")) {
            assertThat(mvc.perform(get("/settings").with(as(user))).andReturn().getResponse().getStatus())
                    .as(user).isEqualTo(403);
            assertThat(mvc.perform(saveAs(user, Map.of(GRID, "100"), Map.of(GRID, "0"))).andReturn()
                    .getResponse().getStatus()).as(user).isEqualTo(403);
        }
        assertThat(grid.maxHouseholds()).isEqualTo(500);
    }

    // ---------------------------------------------------------------- helpers

    private MockHttpServletRequestBuilder save(Map<String, String> values, Map<String, String> versions) {
        return saveAs("city", values, versions);
    }

    private MockHttpServletRequestBuilder saveAs(String user, Map<String, String> values, Map<String, String> versions) {
        MockHttpServletRequestBuilder request = post("/settings").with(as(user)).with(csrf());
        values.forEach((k, v) -> request.param("value." + k, v));
        versions.forEach((k, v) -> request.param("version." + k, v));
        return request;
    }

    private String gridPage(long node) throws Exception {
        return html(mvc.perform(get("/grids/" + node).with(as("community"))).andReturn());
    }

    private long audits() {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'city_setting'", Long.class);
    }

    private Map<String, Object> lastAudit() {
        return jdbc.queryForMap("select action, username, summary from audit_event where entity_type = 'city_setting' "
                + "order by id desc limit 1");
    }
}
