package org.grassroots.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.grassroots.member.MemberStatus;
import org.grassroots.member.Occupation;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo city's dues keep what {@code DemoDuesSeeder} promises, agree with {@link DuesPolicy}, and
 * the region figures (SQL) agree with the member accounts (Java) month by month.
 */
class DuesDemoIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    DuesAccounts accounts;

    @Autowired
    DuesPages pages;

    private List<DuesQueries.Payer> payersIn(String where, Object... args) {
        return jdbc.query("""
                select m.id, m.name, m.status, m.occupation, m.admitted_on, m.full_member_on, o.id, o.name
                from party_member m join party_org o on o.id = m.party_org_id
                where m.status in ('PROBATIONARY', 'FULL') and """ + " " + where, (rs, i) -> new DuesQueries.Payer(
                rs.getLong(1), rs.getString(2), MemberStatus.valueOf(rs.getString(3)),
                Occupation.valueOf(rs.getString(4)), rs.getObject(5, java.time.LocalDate.class),
                rs.getObject(6, java.time.LocalDate.class), rs.getLong(7), rs.getString(8)), args);
    }

    @Test
    void shouldStoreForEveryDemoMonthWhatThePolicyOwes() {
        List<DuesQueries.Payer> payers = payersIn("exists (select 1 from dues_payment p where p.member_id = m.id "
                + "and p.recorded_by = 'demo')");
        assertThat(payers).hasSizeGreaterThan(1000);
        Map<Long, MemberAccount> byId = accounts.of(payers);
        List<Map<String, Object>> months = jdbc.queryForList("""
                select pm.member_id, pm.month, pm.amount from dues_payment_month pm
                join dues_payment p on p.id = pm.payment_id where p.recorded_by = 'demo' and not pm.voided""");
        long checked = 0;
        for (Map<String, Object> row : months) {
            MemberAccount a = byId.get(((Number) row.get("member_id")).longValue());
            if (a == null) {
                continue;
            }
            YearMonth month = YearMonth.from(((java.sql.Date) row.get("month")).toLocalDate());
            assertThat(a.owed(month)).as("member " + a.memberId() + " " + month)
                    .contains((BigDecimal) row.get("amount"));
            checked++;
        }
        assertThat(checked).isGreaterThan(10_000);
        // every demo payment is for what its months owe
        assertThat(jdbc.queryForObject("""
                select count(*) from dues_payment p where p.recorded_by = 'demo' and p.amount <>
                    (select sum(pm.amount) from dues_payment_month pm where pm.payment_id = p.id)""", Long.class))
                .isZero();
    }

    @Test
    void shouldShowTheInterestingCases() throws Exception {
        var figures = pages.figures(regionOf("district"), Scope.ofRegion(regionOf("district"),
                regionPath(regionOf("district")))).total();
        assertThat(figures.members()).isPositive();
        assertThat(figures.flagged()).as("six or more months unpaid").isPositive();
        assertThat(figures.inArrears()).isGreaterThan(figures.flagged());
        assertThat(figures.noBase()).isPositive();
        assertThat(figures.collectedYear()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from dues_payment where extra_amount >= 1000", Long.class))
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from dues_base where kind = 'CHANGE' and note is not null",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(distinct category) from dues_base", Long.class))
                .isGreaterThanOrEqualTo(4);
        // the first branch's pending request waits in the street's queue
        long pending = jdbc.queryForObject("""
                select min(r.id) from dues_reduction r join party_member m on m.id = r.member_id
                where r.status = 'PENDING' and r.requested_by = 'branch' and m.party_org_id = ?""", Long.class,
                orgOf("branch"));
        String queue = html(mvc.perform(get("/dues/reductions").with(as("street"))).andExpect(status().isOk())
                .andReturn());
        assertThat(queue).contains("id=\"approve-" + pending + "\"");
        String arrears = html(mvc.perform(get("/orgs/" + orgOf("branch") + "/dues/arrears").param("all", "true")
                .with(as("branch"))).andExpect(status().isOk()).andReturn());
        assertThat(tableRows(arrears, "arrears-table")).isNotEmpty();
    }

    @Test
    void shouldCountArrearsInSqlAsTheAccountsDo() {
        long street = regionOf("street");
        Scope scope = Scope.ofRegion(street, regionPath(street));
        var page = pages.figures(street, scope);
        for (var row : page.rows()) {
            List<DuesQueries.Payer> payers = row.own()
                    ? payersIn("o.street_id = ? and o.community_id is null", street)
                    : payersIn("o.community_id = ?", row.region().getId());
            Map<Long, MemberAccount> byId = accounts.of(payers);
            long inArrears = byId.values().stream().filter(a -> !a.arrears().isEmpty()).count();
            long flagged = byId.values().stream().filter(MemberAccount::flagged).count();
            long months = byId.values().stream().mapToLong(a -> a.arrears().size()).sum();
            long noBase = byId.values().stream().filter(a -> !a.hasBase()).count();
            assertThat(row.members()).as(row.region().getName()).isEqualTo(payers.size());
            assertThat(row.inArrears()).as(row.region().getName()).isEqualTo(inArrears);
            assertThat(row.flagged()).as(row.region().getName()).isEqualTo(flagged);
            assertThat(row.arrearsMonths()).as(row.region().getName()).isEqualTo(months);
            assertThat(row.noBase()).as(row.region().getName()).isEqualTo(noBase);
        }
        assertThat(page.total().members()).isEqualTo(page.rows().stream().mapToLong(r -> r.members()).sum());
    }

    @Test
    void shouldRenderTheRegionFiguresPage() throws Exception {
        String html = html(mvc.perform(get("/regions/" + regionOf("street") + "/dues").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        assertThat(tableRows(html, "dues-figures")).isNotEmpty();
        mvc.perform(get("/regions/" + regionOf("city") + "/dues").with(as("city"))).andExpect(status().isOk());
    }
}
