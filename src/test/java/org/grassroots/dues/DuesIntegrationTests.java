package org.grassroots.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Dues through the pages, on a real PostgreSQL: bases, payments, voiding and correcting, the ledger
 * and annual summary (on screen and in Excel) agreeing with the rows, every bad input of issue 4
 * re-displayed with its values, reductions decided by the street, and scope.
 *
 * <p>Each test registers its own member in the community secretary's first branch, with a base of
 * 4,000 yuan (40.00 a month) from eight months ago, so that the months are relative to today.
 */
class DuesIntegrationTests extends WebIntegrationTestBase {

    private static final BigDecimal FORTY = new BigDecimal("40.00");

    private YearMonth current;
    private YearMonth start;
    private long org;
    private long member;

    @BeforeEach
    void newMemberWithBase() throws Exception {
        current = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        start = current.minusMonths(8);
        org = branchIn(regionOf("community"));
        member = createMember(newFullMember("党费测试" + System.nanoTime() % 100000, freshIdNumber(BIRTH, true), org));
        mvc.perform(post("/members/" + member + "/dues/bases").params(base(start, "IN_SERVICE", "4000", "ANNUAL", ""))
                .with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/members/" + member + "/dues"));
    }

    private static MultiValueMap<String, String> base(YearMonth month, String category, String amount, String kind,
            String note) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("effectiveMonth", month.toString());
        form.add("category", category);
        form.add("monthlyBase", amount);
        form.add("kind", kind);
        form.add("note", note);
        return form;
    }

    private MultiValueMap<String, String> payment(YearMonth from, YearMonth to, String amount) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("fromMonth", from.toString());
        form.add("toMonth", to.toString());
        form.add("amount", amount);
        form.add("extraAmount", "");
        form.add("method", "WECHAT");
        form.add("paidOn", today().toString());
        form.add("note", "补交说明");
        return form;
    }

    private LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    private MvcResult pay(MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(post("/members/" + member + "/dues/payments").params(form).with(as("community"))
                .with(csrf())).andReturn();
    }

    private void payOk(YearMonth from, YearMonth to, String amount) throws Exception {
        MvcResult r = pay(payment(from, to, amount));
        assertThat(r.getResponse().getStatus()).as(html(r)).isEqualTo(302);
    }

    private long paidMonths() {
        return jdbc.queryForObject("select count(*) from dues_payment_month where member_id = ? and not voided",
                Long.class, member);
    }

    // ---------------------------------------------------------------- the happy path and the ledger

    @Test
    void shouldRecordPaymentsAndShowTheSameNumbersInTheLedger() throws Exception {
        payOk(start, start.plusMonths(2), "120.00");
        assertThat(paidMonths()).isEqualTo(3);
        assertThat(jdbc.queryForList("select amount from dues_payment_month where member_id = ? order by month",
                BigDecimal.class, member)).containsExactly(FORTY, FORTY, FORTY);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'dues_payment' "
                + "and action = 'CREATE' and summary like ?", Long.class, "member=" + member + ",%")).isEqualTo(1);

        YearMonth month = start.plusMonths(1);
        String html = html(mvc.perform(get("/orgs/" + org + "/dues").param("month", month.toString())
                .param("q", "党费测试").with(as("community"))).andExpect(status().isOk()).andReturn());
        List<String> row = tableRows(html, "dues-ledger").stream().filter(r -> r.get(0).startsWith(name()))
                .findFirst().orElseThrow();
        assertThat(row.get(4)).isEqualTo("40.00");
        assertThat(row.get(5)).isEqualTo("40.00");
        assertThat(row.get(6)).startsWith("5");
        assertThat(row.get(7)).isEqualTo(start.plusMonths(2).toString());
        // the page shows no income base
        assertThat(html).doesNotContain("4000");

        // the totals of the whole organization agree with the stored months
        String all = html(mvc.perform(get("/orgs/" + org + "/dues").param("month", month.toString())
                .with(as("community"))).andReturn());
        BigDecimal stored = jdbc.queryForObject("""
                select coalesce(sum(pm.amount), 0) from dues_payment_month pm join party_member m on m.id = pm.member_id
                join party_org o on o.id = m.party_org_id
                where o.path like (select path from party_org where id = ?) || '%'
                  and m.status in ('PROBATIONARY', 'FULL') and pm.month = ? and not pm.voided""",
                BigDecimal.class, org, month.atDay(1));
        long payers = jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.path like (select path from party_org where id = ?) || '%'
                  and m.status in ('PROBATIONARY', 'FULL')""", Long.class, org);
        assertThat(new BigDecimal(textOf(all, "total-paid"))).isEqualByComparingTo(stored);
        assertThat(Long.parseLong(textOf(all, "total-members"))).isEqualTo(payers);

        String year = html(mvc.perform(get("/orgs/" + org + "/dues/year").param("year", "" + month.getYear())
                .param("q", name()).with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(section(year, "tr", "year-" + member)).contains("data-state=\"PAID\"");
    }

    private String name() {
        return jdbc.queryForObject("select name from party_member where id = ?", String.class, member);
    }

    @Test
    void shouldShowTheDuesLineOnTheMemberPageAndTheBaseOnlyOnTheDuesPage() throws Exception {
        payOk(start, start, "40");
        String page = html(mvc.perform(get("/members/" + member).with(as("district"))).andExpect(status().isOk())
                .andReturn());
        assertThat(textOf(page, "dues-line-paid-through")).contains(start.toString());
        assertThat(textOf(page, "dues-line-arrears")).contains("7");
        assertThat(page).contains("id=\"dues-line-flag\"").contains("href=\"/members/" + member + "/dues\"");
        String dues = html(mvc.perform(get("/members/" + member + "/dues").with(as("district")))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(dues, "fact-base")).isEqualTo("4000.00");
        assertThat(dues).contains("id=\"lapse-flag\"");
    }

    @Test
    void shouldKeepOverpaymentApartAsAVoluntaryExtraAndFlagTheCentre() throws Exception {
        MultiValueMap<String, String> form = payment(start, start, "40.00");
        form.set("extraAmount", "1000");
        payOk(start, start, "40.00");
        jdbc.update("update dues_payment set voided_at = now(), voided_by = 't', void_reason = 'x' where member_id = ?",
                member);
        jdbc.update("update dues_payment_month set voided = true where member_id = ?", member);
        MvcResult r = pay(form);
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getFlashMap().get("success")).isEqualTo("dues.payment.savedCentre");
        assertThat(jdbc.queryForObject("select extra_amount from dues_payment where member_id = ? and voided_at is null",
                BigDecimal.class, member)).isEqualByComparingTo("1000");
        String dues = html(mvc.perform(get("/members/" + member + "/dues").with(as("community"))).andReturn());
        assertThat(dues).contains("badge text-bg-info");
    }

    // ---------------------------------------------------------------- bad input: each keeps every value

    private String refused(MultiValueMap<String, String> form, String field) throws Exception {
        long before = jdbc.queryForObject("select count(*) from dues_payment where member_id = ?", Long.class, member);
        MvcResult r = mvc.perform(post("/members/" + member + "/dues/payments").params(form).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("dues/payment-form")).andReturn();
        String html = html(r);
        assertThat(textOf(html, field + "-error")).as(field).isNotBlank();
        assertThat(inputValue(html, "fromMonth")).isEqualTo(form.getFirst("fromMonth"));
        assertThat(inputValue(html, "toMonth")).isEqualTo(form.getFirst("toMonth"));
        assertThat(inputValue(html, "amount")).isEqualTo(form.getFirst("amount"));
        assertThat(inputValue(html, "paidOn")).isEqualTo(form.getFirst("paidOn"));
        assertThat(inputValue(html, "note")).isEqualTo(form.getFirst("note"));
        assertThat(jdbc.queryForObject("select count(*) from dues_payment where member_id = ?", Long.class, member))
                .isEqualTo(before);
        return textOf(html, field + "-error");
    }

    @Test
    void shouldRefuseAMonthAlreadyPaidNamingTheMonth() throws Exception {
        payOk(start.plusMonths(1), start.plusMonths(1), "40");
        String message = refused(payment(start, start.plusMonths(2), "120.00"), "fromMonth");
        assertThat(message).contains(start.plusMonths(1).toString());
        assertThat(paidMonths()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnAmountThatDoesNotMatchWhatIsOwed() throws Exception {
        assertThat(refused(payment(start, start.plusMonths(1), "70.00"), "amount")).contains("80.00");
        assertThat(refused(payment(start, start, "45"), "amount")).contains("40.00");
    }

    @Test
    void shouldRefuseMonthsOutOfOrderOrBeyondThisYear() throws Exception {
        refused(payment(start.plusMonths(2), start, "0"), "toMonth");
        assertThat(refused(payment(current, YearMonth.of(current.getYear() + 1, 1), "40"), "toMonth"))
                .contains(YearMonth.of(current.getYear(), 12).toString());
    }

    @Test
    void shouldRefuseAMonthBeforeDuesAreOwed() throws Exception {
        assertThat(refused(payment(start.minusMonths(1), start, "80"), "fromMonth")).contains(start.toString());
    }

    @Test
    void shouldAskForAReasonForABackPaymentBeyondSixMonths() throws Exception {
        MultiValueMap<String, String> form = payment(start, start, "40");
        form.set("note", "");
        refused(form, "note");
        form.set("note", "外出务工半年，返回后补交");
        MvcResult ok = pay(form);
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        String dues = html(mvc.perform(get("/members/" + member + "/dues").with(as("community"))).andReturn());
        assertThat(dues).contains("badge text-bg-warning");
    }

    @Test
    void shouldShowUnreadableValuesBesideTheirFields() throws Exception {
        MultiValueMap<String, String> form = payment(start, start, "abc");
        form.set("fromMonth", "2026-13");
        form.set("method", "BITCOIN");
        form.set("note", "x".repeat(501));
        MvcResult r = mvc.perform(post("/members/" + member + "/dues/payments").params(form).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andReturn();
        String html = html(r);
        assertThat(inputValue(html, "fromMonth")).isEqualTo("2026-13");
        assertThat(inputValue(html, "amount")).isEqualTo("abc");
        assertThat(textOf(html, "fromMonth-error")).isNotBlank();
        assertThat(textOf(html, "amount-error")).isNotBlank();
        assertThat(textOf(html, "method-error")).isNotBlank();
        assertThat(textOf(html, "note-error")).isNotBlank();
        assertThat(paidMonths()).isZero();
    }

    @Test
    void shouldCheckTheBaseForm() throws Exception {
        String html = html(mvc.perform(post("/members/" + member + "/dues/bases")
                .params(base(current, "IN_SERVICE", "", "CHANGE", "")).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("dues/base-form")).andReturn());
        assertThat(textOf(html, "monthlyBase-error")).isNotBlank();
        assertThat(textOf(html, "note-error")).isNotBlank();
        assertThat(inputValue(html, "effectiveMonth")).isEqualTo(current.toString());
        html = html(mvc.perform(post("/members/" + member + "/dues/bases")
                .params(base(current, "IN_SERVICE", "12345678901234", "CHANGE", "调岗")).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "monthlyBase-error")).isNotBlank();
        assertThat(inputValue(html, "monthlyBase")).isEqualTo("12345678901234");
        assertThat(jdbc.queryForObject("select count(*) from dues_base where member_id = ?", Long.class, member))
                .isEqualTo(1);
        // a change within the year with its reason: the new amount applies from its month
        mvc.perform(post("/members/" + member + "/dues/bases").params(base(current, "IN_SERVICE", "6000", "CHANGE",
                "岗位调整")).with(as("community")).with(csrf())).andExpect(status().isFound());
        String dues = html(mvc.perform(get("/members/" + member + "/dues").with(as("community"))).andReturn());
        assertThat(textOf(dues, "fact-monthly")).isEqualTo("90.00");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'dues_base' "
                + "and summary like ? and summary not like '%6000%'", Long.class, "member=" + member + ",%"))
                .isEqualTo(2);
    }

    // ---------------------------------------------------------------- void and correct

    @Test
    void shouldVoidWithAReasonFreeTheMonthsAndRecordTheCorrection() throws Exception {
        payOk(start, start.plusMonths(1), "80");
        long payment = jdbc.queryForObject("select id from dues_payment where member_id = ?", Long.class, member);
        long version = jdbc.queryForObject("select version from dues_payment where id = ?", Long.class, payment);
        mvc.perform(get("/dues/payments/" + payment + "/void").with(as("community"))).andExpect(status().isOk());
        String html = html(mvc.perform(post("/dues/payments/" + payment + "/void").param("reason", "")
                .param("version", "" + version).with(as("community")).with(csrf())).andExpect(status().isOk())
                .andReturn());
        assertThat(textOf(html, "reason-error")).isNotBlank();

        mvc.perform(post("/dues/payments/" + payment + "/void").param("reason", "金额记错")
                .param("version", "" + version).with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(paidMonths()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from dues_payment where id = ?", Long.class, payment))
                .as("never deleted").isEqualTo(1);

        // a second void on the stale form shows the conflict and changes nothing
        html = html(mvc.perform(post("/dues/payments/" + payment + "/void").param("reason", "再次作废")
                .param("version", "" + version).with(as("community")).with(csrf())).andExpect(status().isOk())
                .andReturn());
        assertThat(textOf(html, "conflict")).contains("金额记错");
        assertThat(inputValue(html, "reason")).isEqualTo("再次作废");

        String form = html(mvc.perform(get("/members/" + member + "/dues/payments/new").param("replaces", "" + payment)
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(inputValue(form, "replacesId")).isEqualTo("" + payment);
        MultiValueMap<String, String> correction = payment(start, start.plusMonths(1), "80");
        correction.add("replacesId", "" + payment);
        mvc.perform(post("/members/" + member + "/dues/payments").params(correction).with(as("community"))
                .with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select replaces_id from dues_payment where member_id = ? and voided_at is null",
                Long.class, member)).isEqualTo(payment);
        // a voided payment is corrected once
        String again = html(mvc.perform(post("/members/" + member + "/dues/payments")
                .params(payment(start.plusMonths(2), start.plusMonths(2), "40")).param("replacesId", "" + payment)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(again, "global-errors")).isNotBlank();
    }

    // ---------------------------------------------------------------- reductions

    private MultiValueMap<String, String> reduction(YearMonth from, YearMonth to, String amount, String reason) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("fromMonth", from.toString());
        form.add("toMonth", to.toString());
        form.add("monthlyAmount", amount);
        form.add("reason", reason);
        return form;
    }

    private long reductionOf() {
        return jdbc.queryForObject("select max(id) from dues_reduction where member_id = ?", Long.class, member);
    }

    @Test
    void shouldExemptMonthsOnlyOnceTheStreetApproves() throws Exception {
        mvc.perform(post("/members/" + member + "/dues/reductions").params(reduction(start, start.plusMonths(5), "0",
                "长期患病")).with(as("branch")).with(csrf())).andExpect(status().isFound());
        long id = reductionOf();
        String dues = html(mvc.perform(get("/members/" + member + "/dues").with(as("community"))).andReturn());
        assertThat(textOf(dues, "fact-arrears")).startsWith("8");

        String queue = html(mvc.perform(get("/dues/reductions").with(as("street"))).andExpect(status().isOk())
                .andReturn());
        assertThat(queue).contains("id=\"approve-" + id + "\"");
        mvc.perform(post("/dues/reductions/" + id + "/approve").param("version", "0").with(as("community"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/dues/reductions/" + id + "/reject").param("version", "0").param("note", "")
                .with(as("street")).with(csrf())).andExpect(redirectedUrl("/dues/reductions"));
        assertThat(jdbc.queryForObject("select status from dues_reduction where id = ?", String.class, id))
                .as("a rejection needs a reason").isEqualTo("PENDING");
        mvc.perform(post("/dues/reductions/" + id + "/approve").param("version", "0").with(as("street")).with(csrf()))
                .andExpect(redirectedUrl("/dues/reductions"));
        assertThat(jdbc.queryForObject("select status from dues_reduction where id = ?", String.class, id))
                .isEqualTo("APPROVED");
        dues = html(mvc.perform(get("/members/" + member + "/dues").with(as("community"))).andReturn());
        assertThat(textOf(dues, "fact-arrears")).startsWith("2");
        assertThat(dues).doesNotContain("id=\"lapse-flag\"");
        // decided once
        MvcResult again = mvc.perform(post("/dues/reductions/" + id + "/reject").param("version", "1")
                .param("note", "x").with(as("street")).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("error")).isEqualTo("dues.reduction.decided");
    }

    @Test
    void shouldNotLetTheStreetDecideItsOwnRequest() throws Exception {
        mvc.perform(post("/members/" + member + "/dues/reductions").params(reduction(start, start, "10", "困难"))
                .with(as("street")).with(csrf())).andExpect(status().isFound());
        MvcResult r = mvc.perform(post("/dues/reductions/" + reductionOf() + "/approve").param("version", "0")
                .with(as("street")).with(csrf())).andReturn();
        assertThat(r.getFlashMap().get("error")).isEqualTo("dues.reduction.ownRequest");
    }

    @Test
    void shouldRefuseAReductionOfPaidMonthsOrNotLowerThanOwed() throws Exception {
        payOk(start, start, "40");
        String html = html(mvc.perform(post("/members/" + member + "/dues/reductions")
                .params(reduction(start, start.plusMonths(1), "0", "困难")).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "fromMonth-error")).contains(start.toString());
        html = html(mvc.perform(post("/members/" + member + "/dues/reductions")
                .params(reduction(start.plusMonths(1), start.plusMonths(1), "40", "困难")).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "monthlyAmount-error")).contains("40.00");
        assertThat(inputValue(html, "reason")).isEqualTo("困难");
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldAnswer404OutsideTheScope() throws Exception {
        long sibling = siblingCommunity(regionOf("community"));
        long foreignOrg = branchIn(sibling);
        long foreignMember = fullMemberIn(sibling);
        mvc.perform(get("/orgs/" + foreignOrg + "/dues").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/orgs/" + foreignOrg + "/dues.xlsx").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/orgs/" + foreignOrg + "/dues/year").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/orgs/" + foreignOrg + "/dues/arrears").with(as("community")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/members/" + foreignMember + "/dues").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + sibling + "/dues").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/members/" + foreignMember + "/dues/payments").params(payment(current, current, "1"))
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        payOk(start, start, "40");
        long payment = jdbc.queryForObject("select id from dues_payment where member_id = ?", Long.class, member);
        mvc.perform(post("/dues/payments/" + payment + "/void").param("reason", "x").param("version", "0")
                .with(as("branch")).with(csrf())).andExpect(status().isFound());
        // the branch secretary reaches only their own branch
        long otherBranchMember = jdbc.queryForObject("""
                select min(m.id) from party_member m where m.status = 'FULL' and m.party_org_id <> ?""", Long.class,
                orgOf("branch"));
        mvc.perform(get("/members/" + otherBranchMember + "/dues").with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + regionOf("community") + "/dues").with(as("branch")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from dues_payment where member_id = ? and recorded_by = ?",
                Long.class, foreignMember, "community")).isZero();
    }

    @Test
    void shouldShowTheCurrentMonthWhenTheMonthCannotBeRead() throws Exception {
        String html = html(mvc.perform(get("/orgs/" + org + "/dues").param("month", "2026-99").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(html).contains("id=\"month-invalid\"");
        assertThat(textOf(html, "page-title")).contains(current.toString());
        mvc.perform(get("/orgs/" + org + "/dues/year").param("year", "abc").with(as("community")))
                .andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- Excel

    @Test
    void shouldExportTheLedgerAndTheYearThatReadBack() throws Exception {
        payOk(start, start.plusMonths(1), "80");
        MvcResult r = mvc.perform(get("/orgs/" + org + "/dues.xlsx").param("month", start.toString())
                .with(as("community"))).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Row row = find(book.getSheetAt(0), name());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(40.0);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(40.0);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(start.plusMonths(1).toString());
        }
        r = mvc.perform(get("/orgs/" + org + "/dues/year.xlsx").param("year", "" + start.getYear())
                .with(as("community"))).andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Row row = find(book.getSheetAt(0), name());
            assertThat(row.getCell(1 + start.getMonthValue()).getNumericCellValue()).isEqualTo(40.0);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(name());
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'dues' and action = 'EXPORT'"
                + " and entity_id = ?", Long.class, org)).isGreaterThanOrEqualTo(2);
    }

    private static Row find(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && name.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name);
    }
}
