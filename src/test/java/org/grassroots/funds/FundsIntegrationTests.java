package org.grassroots.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Funds on the real database: budget lines and spending through the forms, bad amounts and dates,
 * the unbudgeted warning, stale edits, scope, the exports, and the level figures against plain SQL.
 * Each test works in a community of its own, made under the demo street.
 */
class FundsIntegrationTests extends WebIntegrationTestBase {

    private static final int YEAR = LocalDate.now().getYear();

    @Autowired
    FundsPages pages;

    private final List<Long> made = new ArrayList<>();

    /** A community of the test's own under the demo street; removed after the test with its rows. */
    private long freshCommunity(String name) {
        long id = jdbc.queryForObject("""
                insert into region (level, code, name, parent_id, parent_level)
                values ('COMMUNITY', ?, ?, ?, 'STREET') returning id""", Long.class,
                "FD" + System.nanoTime(), name, regionOf("street"));
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

    private static MultiValueMap<String, String> budget(String category, String source, String amount) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("year", Integer.toString(YEAR));
        form.add("category", category);
        form.add("source", source);
        form.add("amount", amount);
        return form;
    }

    private static MultiValueMap<String, String> spending(String day, String category, String amount) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("year", Integer.toString(YEAR));
        form.add("spentOn", day);
        form.add("category", category);
        form.add("amount", amount);
        form.add("purpose", "测试用途");
        return form;
    }

    private static String inYear(int month) {
        return LocalDate.of(YEAR, month, 2).toString();
    }

    private void addBudget(long community, MultiValueMap<String, String> form) throws Exception {
        mvc.perform(post("/regions/" + community + "/funds/budget").params(form).with(as("street")).with(csrf()))
                .andExpect(status().isFound());
    }

    private void addSpending(long community, MultiValueMap<String, String> form) throws Exception {
        mvc.perform(post("/regions/" + community + "/funds/spending").params(form).with(as("street")).with(csrf()))
                .andExpect(status().isFound());
    }

    private String page(long region, String user) throws Exception {
        return html(mvc.perform(get("/regions/" + region + "/funds").param("year", Integer.toString(YEAR))
                .with(as(user))).andExpect(status().isOk()).andReturn());
    }

    // ---------------------------------------------------------------- forms

    @Test
    void shouldRecordBudgetAndSpendingAndShowTheRatesPerCategory() throws Exception {
        long community = freshCommunity("经费测试社区甲");
        addBudget(community, budget("WORK", "STREET", "10000"));
        addBudget(community, budget("WORK", "DISTRICT", "10000.50"));
        addBudget(community, budget("MASSES", "DISTRICT", "5000"));
        addSpending(community, spending(inYear(1), "WORK", "5000.25"));
        addSpending(community, spending(inYear(1), "MASSES", "1000"));
        jdbc.update("insert into grid_node (community_id, kind, name, households, residents) "
                + "values (?, 'GRID', '网格', 100, 400)", community);
        String html = page(community, "street");
        List<String> work = tableRows(html, "funds-categories").get(0);
        assertThat(work).containsExactly("工作经费", "20000.50", "5000.25", "25.0%");
        assertThat(textOf(html, "category-total")).contains("25000.50", "6000.25", "24.0%");
        // the community's row: budget, spent, rate, masses per resident (1000 / 400)
        List<String> row = tableRows(html, "funds-table").get(0);
        assertThat(row.subList(1, 7)).containsExactly("1", "25000.50", "6000.25", "24.0%", "2.50", "0");
        boolean onTrack = FundsPolicy.onTrack(new BigDecimal("25000.50"), new BigDecimal("6000.25"),
                FundsPolicy.expectedShare(YEAR, LocalDate.now()), new BigDecimal("0.2"));
        assertThat(row.get(7)).isEqualTo(onTrack ? "0" : "1");
        assertThat(textOf(html, "on-track")).isEqualTo(onTrack ? "执行进度正常。" : "执行进度滞后。");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type in "
                + "('fund_budget', 'fund_spending') and entity_id in (select id from fund_budget where community_id = ?"
                + " union select id from fund_spending where community_id = ?)", Long.class, community, community))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldRefuseBadAmountsAndDatesKeepingEveryValue() throws Exception {
        long community = freshCommunity("经费测试社区乙");
        for (String amount : List.of("0", "-5", "12.345", "一千", "")) {
            MultiValueMap<String, String> form = spending(inYear(3), "WORK", amount);
            String html = html(mvc.perform(post("/regions/" + community + "/funds/spending").params(form)
                    .with(as("street")).with(csrf())).andExpect(status().isOk())
                    .andExpect(view().name("funds/spending-form")).andReturn());
            assertThat(textOf(html, "amount-error")).as(amount).isNotBlank();
            assertThat(inputValue(html, "purpose")).isEqualTo("测试用途");
            assertThat(inputValue(html, "spentOn")).isEqualTo(inYear(3));
        }
        String html = html(mvc.perform(post("/regions/" + community + "/funds/spending")
                .params(spending((YEAR - 1) + "-12-31", "WORK", "10")).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "spentOn-error")).contains(Integer.toString(YEAR));
        assertThat(inputValue(html, "amount")).isEqualTo("10");
        html = html(mvc.perform(post("/regions/" + community + "/funds/budget")
                .params(budget("WORK", "STREET", "0.001")).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("funds/budget-form")).andReturn());
        assertThat(textOf(html, "amount-error")).isNotBlank();
        html = html(mvc.perform(post("/regions/" + community + "/funds/budget")
                .params(budget("NOT_A_CATEGORY", "STREET", "100")).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "category-error")).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from fund_spending where community_id = ?", Long.class,
                community)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from fund_budget where community_id = ?", Long.class,
                community)).isZero();
    }

    @Test
    void shouldSaveAndFlagSpendingInACategoryWithoutBudget() throws Exception {
        long community = freshCommunity("经费测试社区丙");
        addBudget(community, budget("WORK", "STREET", "1000"));
        mvc.perform(post("/regions/" + community + "/funds/spending").params(spending(inYear(2), "PAY", "300"))
                .with(as("street")).with(csrf())).andExpect(status().isFound())
                .andExpect(flash().attribute("fundsWarning", "funds.spending.unbudgeted"));
        mvc.perform(post("/regions/" + community + "/funds/spending").params(spending(inYear(2), "WORK", "300"))
                .with(as("street")).with(csrf())).andExpect(status().isFound())
                .andExpect(flash().attributeCount(1));
        long pay = jdbc.queryForObject("select id from fund_spending where community_id = ? and category = 'PAY'",
                Long.class, community);
        String html = page(community, "street");
        assertThat(section(html, "tr", "spending-" + pay)).contains("unbudgeted");
        assertThat(section(html, "tr", "category-PAY")).contains("无预算");
    }

    @Test
    void shouldRefuseADuplicateBudgetLineAndShowTheConflictOnStaleEdits() throws Exception {
        long community = freshCommunity("经费测试社区丁");
        addBudget(community, budget("WORK", "STREET", "1000"));
        String html = html(mvc.perform(post("/regions/" + community + "/funds/budget")
                .params(budget("WORK", "STREET", "2000")).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "source-error")).isNotBlank();
        assertThat(inputValue(html, "amount")).isEqualTo("2000");

        long line = jdbc.queryForObject("select id from fund_budget where community_id = ?", Long.class, community);
        jdbc.update("update fund_budget set amount = 1500, version = version + 1 where id = ?", line);
        MultiValueMap<String, String> edit = budget("WORK", "STREET", "1800");
        edit.add("version", "0");
        html = html(mvc.perform(post("/fund-budgets/" + line).params(edit).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "conflict")).contains("1500");
        assertThat(inputValue(html, "amount")).isEqualTo("1800");
        assertThat(jdbc.queryForObject("select amount from fund_budget where id = ?", BigDecimal.class, line))
                .isEqualByComparingTo("1500");

        addSpending(community, spending(inYear(4), "WORK", "100"));
        long entry = jdbc.queryForObject("select id from fund_spending where community_id = ?", Long.class,
                community);
        jdbc.update("update fund_spending set version = version + 1 where id = ?", entry);
        MultiValueMap<String, String> stale = spending(inYear(4), "WORK", "120");
        stale.add("version", "0");
        html = html(mvc.perform(post("/fund-spendings/" + entry).params(stale).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(html).contains("id=\"conflict\"");
        assertThat(jdbc.queryForObject("select amount from fund_spending where id = ?", BigDecimal.class, entry))
                .isEqualByComparingTo("100");
        mvc.perform(post("/fund-spendings/" + entry + "/delete").with(as("street")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select count(*) from fund_spending where id = ?", Long.class, entry)).isZero();
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldAnswer404OutsideTheScope() throws Exception {
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        long line = jdbc.queryForObject("""
                insert into fund_budget (community_id, year, category, source, amount)
                values (?, ?, 'WORK', 'SOCIAL', 1) returning id""", Long.class, sibling, YEAR + 1);
        mvc.perform(get("/regions/" + sibling + "/funds").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + sibling + "/funds.xlsx").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/fund-budgets/" + line + "/edit").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/fund-budgets/" + line + "/delete").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/regions/" + sibling + "/funds/spending").params(spending(inYear(1), "WORK", "1"))
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + community + "/funds").with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + regionOf("street") + "/funds/budget/new").with(as("street")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from fund_budget where id = ?", Long.class, line)).isOne();
        jdbc.update("delete from fund_budget where id = ?", line);
    }

    // ---------------------------------------------------------------- figures

    @Test
    void shouldAgreeWithTheRowsAtTheStreetAndDistrictLevels() throws Exception {
        for (String level : List.of("street", "district")) {
            long region = regionOf(level);
            String html = page(region, level);
            List<Map<String, Object>> children = jdbc.queryForList(
                    "select id, path from region where parent_id = ? order by code", region);
            List<List<String>> rows = tableRows(html, "funds-table").stream().filter(r -> !r.isEmpty()).toList();
            assertThat(rows).hasSize(children.size());
            for (int i = 0; i < children.size(); i++) {
                String path = (String) children.get(i).get("path");
                BigDecimal budget = jdbc.queryForObject("""
                        select coalesce(sum(b.amount), 0) from fund_budget b join region c on c.id = b.community_id
                        where c.path like ? || '%' and b.year = ?""", BigDecimal.class, path, YEAR);
                BigDecimal spent = jdbc.queryForObject("""
                        select coalesce(sum(s.amount), 0) from fund_spending s join region c on c.id = s.community_id
                        where c.path like ? || '%' and extract(year from s.spent_on) = ?""", BigDecimal.class, path,
                        YEAR);
                long without = jdbc.queryForObject("""
                        select count(*) from region c where c.level = 'COMMUNITY' and c.path like ? || '%'
                          and not exists (select 1 from fund_budget b where b.community_id = c.id and b.year = ?)""",
                        Long.class, path, YEAR);
                List<String> row = rows.get(i);
                assertThat(new BigDecimal(row.get(2))).isEqualByComparingTo(budget);
                assertThat(new BigDecimal(row.get(3))).isEqualByComparingTo(spent);
                assertThat(row.get(6)).isEqualTo(Long.toString(without));
            }
        }
    }

    @Test
    void shouldGiveTheFundingFactsOfEveryCommunityInOneCall() throws Exception {
        long community = freshCommunity("经费测试社区戊");
        long street = regionOf("street");
        Scope scope = Scope.ofRegion(street, regionPath(street));
        FundsViews.FundingFact none = pages.funding(street, scope, YEAR).stream()
                .filter(f -> f.communityId() == community).findFirst().orElseThrow();
        assertThat(none.budgeted()).isFalse();
        assertThat(none.met()).isFalse();
        addBudget(community, budget("WORK", "STREET", "1000"));
        BigDecimal expected = FundsPolicy.expectedShare(YEAR, LocalDate.now());
        // spend exactly the expected share: on track whatever the day
        BigDecimal amount = expected.multiply(new BigDecimal("1000")).setScale(2, java.math.RoundingMode.UP)
                .max(new BigDecimal("0.01"));
        addSpending(community, spending(LocalDate.of(YEAR, 1, 1).toString(), "WORK", amount.toPlainString()));
        FundsViews.FundingFact fact = pages.funding(street, scope, YEAR).stream()
                .filter(f -> f.communityId() == community).findFirst().orElseThrow();
        assertThat(fact.budget()).isEqualByComparingTo("1000");
        assertThat(fact.spent()).isEqualByComparingTo(amount);
        assertThat(fact.met()).isTrue();
        long budgeted = jdbc.queryForObject("""
                select count(distinct b.community_id) from fund_budget b join region c on c.id = b.community_id
                where c.path like ? || '%' and b.year = ?""", Long.class, regionPath(street), YEAR);
        assertThat(pages.funding(street, scope, YEAR).stream().filter(FundsViews.FundingFact::budgeted).count())
                .isEqualTo(budgeted);
    }

    @Test
    void shouldExportACommunityYearAndALevelTable() throws Exception {
        long community = freshCommunity("经费测试社区己");
        addBudget(community, budget("PARTY_BUILDING", "DISTRICT", "800"));
        addSpending(community, spending(inYear(1), "PARTY_BUILDING", "200.5"));
        byte[] bytes = mvc.perform(get("/regions/" + community + "/funds.xlsx").param("year", Integer.toString(YEAR))
                .with(as("district"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(2).getCell(2).getNumericCellValue()).isEqualTo(800.0);
            assertThat(book.getSheetAt(2).getRow(2).getCell(2).getNumericCellValue()).isEqualTo(200.5);
        }
        bytes = mvc.perform(get("/regions/" + regionOf("street") + "/funds.xlsx").with(as("street")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            long children = jdbc.queryForObject("select count(*) from region where parent_id = ?", Long.class,
                    regionOf("street"));
            // title, header, one row per child, total
            assertThat(book.getSheetAt(0).getLastRowNum() + 1).isEqualTo((int) children + 3);
        }
    }
}
