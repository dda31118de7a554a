package org.grassroots.floating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * Mobile members end to end on the demo city: the community secretary records outflows of members
 * of the demo branch, their contacts, returns and decisions, and inflows hosted in the community.
 */
class FloatingIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    private MessageSource messages;

    @Autowired
    private Clock clock;

    @Autowired
    private FloatingPages pages;

    private long branch;
    private LocalDate today;

    @BeforeEach
    void findOrgs() {
        branch = orgOf("branch");
        today = LocalDate.now(clock);
    }

    private String msg(String key, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE));
    }

    private String plain(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private long newMember(String name) throws Exception {
        return createMember(newFullMember(name, freshIdNumber(BIRTH, true), branch));
    }

    private MultiValueMap<String, String> outflow(LocalDate since, LocalDate expectedBack) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("destination", "广东省广州市天河区");
        form.add("hostOrgId", "");
        form.add("reason", "WORK");
        form.add("since", since.toString());
        form.add("phone", "13987654321");
        form.add("otherContact", "");
        form.add("expectedReturnOn", expectedBack == null ? "" : expectedBack.toString());
        form.add("certNumber", "");
        form.add("certIssuedOn", "");
        form.add("certStatus", "");
        form.add("lastReviewOn", "");
        return form;
    }

    private long record(long member, MultiValueMap<String, String> form) throws Exception {
        MvcResult r = mvc.perform(post("/members/" + member + "/outflows").params(form).with(as("community"))
                .with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrlPattern("/floating/outflows/*"))
                .andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().substring("/floating/outflows/".length()));
    }

    private String refused(String url, MultiValueMap<String, String> form) throws Exception {
        return html(mvc.perform(post(url).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
    }

    private String page(String url, String user) throws Exception {
        return html(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn());
    }

    private Map<String, Object> row(long outflow) {
        return jdbc.queryForMap("select * from floating_outflow where id = ?", outflow);
    }

    private static MultiValueMap<String, String> one(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    // ---------------------------------------------------------------- outflows

    @Test
    void shouldRecordAnOutflowAndShowItOnTheMemberPage() throws Exception {
        long member = newMember("流出甲");
        long id = record(member, outflow(today.minusMonths(8), null));
        Map<String, Object> stored = row(id);
        assertThat(stored.get("member_id")).isEqualTo(member);
        assertThat(stored.get("destination")).isEqualTo("广东省广州市天河区");
        assertThat(stored.get("returned_on")).isNull();

        String detail = page("/floating/outflows/" + id, "community");
        assertThat(textOf(detail, "outflow-destination")).isEqualTo("广东省广州市天河区");
        assertThat(detail).doesNotContain("id=\"short-absence\"");

        String memberPage = page("/members/" + member, "community");
        assertThat(section(memberPage, "div", "floating-line")).contains("/floating/outflows/" + id)
                .contains("广东省广州市天河区");
        assertThat(memberPage).contains(msg("floating.timeline.out", "广东省广州市天河区"));

        // the list masks the phone; the audit log never carries it
        String list = page("/floating?q=流出甲", "community");
        assertThat(list).contains("139****4321").doesNotContain("13987654321");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'floating_outflow' and entity_id = ?
                  and summary like '%13987654321%'""", Integer.class, id)).isZero();

        // one open outflow per member
        String again = refused("/members/" + member + "/outflows", outflow(today.minusMonths(1), null));
        assertThat(again).contains(msg("floating.outflow.openExists"));
        assertThat(jdbc.queryForObject("select count(*) from floating_outflow where member_id = ?", Integer.class,
                member)).isEqualTo(1);
    }

    @Test
    void shouldWarnButSaveWhenTheAbsenceIsShort() throws Exception {
        long member = newMember("流出短");
        long id = record(member, outflow(today.minusDays(10), today.plusDays(50)));
        assertThat(row(id).get("since")).isNotNull();
        String detail = page("/floating/outflows/" + id, "community");
        assertThat(textOf(detail, "short-absence")).isEqualTo(plain("floating.shortAbsence", 6));
    }

    @Test
    void shouldShowEachBadInputOnItsFieldAndKeepTheValues() throws Exception {
        long member = newMember("流出错");
        String url = "/members/" + member + "/outflows";
        MultiValueMap<String, String> future = outflow(today.plusDays(1), null);
        future.set("destination", "保留的地点");
        String html = refused(url, future);
        assertThat(textOf(html, "since-error")).isEqualTo(plain("floating.since.future"));
        assertThat(inputValue(html, "destination")).isEqualTo("保留的地点");
        assertThat(inputValue(html, "phone")).isEqualTo("13987654321");

        html = refused(url, outflow(today.minusMonths(7), today.minusMonths(8)));
        assertThat(textOf(html, "expectedReturnOn-error"))
                .isEqualTo(plain("floating.expectedReturnOn.beforeSince"));

        MultiValueMap<String, String> bad = outflow(today.minusMonths(7), null);
        bad.set("destination", "地".repeat(101));
        bad.set("reason", "HOLIDAY");
        bad.set("expectedReturnOn", "2026-13-45");
        bad.set("phone", "12345");
        html = refused(url, bad);
        assertThat(textOf(html, "destination-error")).isEqualTo(plain("floating.destination.size"));
        assertThat(textOf(html, "reason-error"))
                .isEqualTo(plain("typeMismatch.outflowForm.reason"));
        assertThat(textOf(html, "expectedReturnOn-error"))
                .isEqualTo(plain("typeMismatch.java.time.LocalDate"));
        assertThat(textOf(html, "phone-error")).isEqualTo(plain("floating.phone.invalid"));

        MultiValueMap<String, String> cert = outflow(today.minusMonths(7), null);
        cert.set("certNumber", "LD-1");
        html = refused(url, cert);
        assertThat(textOf(html, "certIssuedOn-error"))
                .isEqualTo(plain("floating.certIssuedOn.required"));
        assertThat(jdbc.queryForObject("select count(*) from floating_outflow where member_id = ?", Integer.class,
                member)).isZero();
    }

    @Test
    void shouldShowTheConflictAndKeepTheStoredRecordOnStaleEdit() throws Exception {
        long member = newMember("流出冲突");
        long id = record(member, outflow(today.minusMonths(7), null));
        long version = (Long) row(id).get("version");
        MultiValueMap<String, String> first = outflow(today.minusMonths(7), null);
        first.set("destination", "第一次修改");
        first.add("version", Long.toString(version));
        mvc.perform(post("/floating/outflows/" + id).params(first).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        MultiValueMap<String, String> stale = outflow(today.minusMonths(7), null);
        stale.set("destination", "过时的修改");
        stale.add("version", Long.toString(version));
        String html = refused("/floating/outflows/" + id, stale);
        assertThat(section(html, "div", "conflict")).contains("第一次修改");
        assertThat(inputValue(html, "destination")).isEqualTo("过时的修改");
        assertThat(row(id).get("destination")).isEqualTo("第一次修改");
    }

    @Test
    void shouldFlagOutOfContactUntilAContactIsRecorded() throws Exception {
        long member = newMember("失联甲");
        long id = record(member, outflow(today.minusMonths(9), null));
        String lost = page("/floating?tab=LOST&q=失联甲", "community");
        assertThat(linkedIds(section(lost, "table", "outflows"), "/floating/outflows/")).containsExactly(id);
        assertThat(page("/floating/outflows/" + id, "community")).contains("id=\"lost-warning\"")
                .contains("id=\"decision-form\"");

        // bad contacts: in the future, before the departure
        String url = "/floating/outflows/" + id + "/contacts";
        String html = refused(url, one("contactOn", today.plusDays(1).toString(), "way", "PHONE", "note", "保留"));
        assertThat(textOf(html, "contactOn-error")).isEqualTo(plain("floating.contactOn.future"));
        assertThat(inputValue(html, "note")).isEqualTo("保留");
        html = refused(url, one("contactOn", today.minusMonths(10).toString(), "way", "PHONE"));
        assertThat(textOf(html, "contactOn-error"))
                .isEqualTo(plain("floating.contactOn.beforeSince"));
        html = refused(url, one("contactOn", today.toString(), "way", "PIGEON"));
        assertThat(textOf(html, "way-error")).isEqualTo(plain("typeMismatch.floatingContact.way"));

        mvc.perform(post(url).params(one("contactOn", today.minusDays(2).toString(), "way", "WECHAT", "note", "近况良好"))
                .with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(linkedIds(section(page("/floating?tab=LOST&q=失联甲", "community"), "table", "outflows"),
                "/floating/outflows/")).isEmpty();
        String detail = page("/floating/outflows/" + id, "community");
        assertThat(detail).doesNotContain("id=\"lost-warning\"");
        assertThat(tableRows(detail, "contacts")).hasSize(1);
    }

    @Test
    void shouldRecordTheBranchDecisionOnlyWhenAsked() throws Exception {
        long member = newMember("失联乙");
        long id = record(member, outflow(today.minusMonths(10), null));
        long version = (Long) row(id).get("version");
        assertThat(row(id).get("decision_on")).isNull();
        String url = "/floating/outflows/" + id + "/decision";
        String html = refused(url, one("decisionOn", today.plusDays(3).toString(), "decisionText", "停止党籍",
                "version", Long.toString(version)));
        assertThat(textOf(html, "decisionOn-error")).isEqualTo(plain("floating.decisionOn.future"));
        html = refused(url, one("decisionOn", today.toString(), "decisionText", " ",
                "version", Long.toString(version)));
        assertThat(textOf(html, "decisionText-error"))
                .isEqualTo(plain("floating.decisionText.required"));
        mvc.perform(post(url).params(one("decisionOn", today.toString(), "decisionText", "支部研究：继续联系，暂缓处理",
                "version", Long.toString(version))).with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(row(id).get("decision_text")).isEqualTo("支部研究：继续联系，暂缓处理");
        // the member stays a full member: a decision is recorded, never carried out by the system
        assertThat(jdbc.queryForObject("select status from party_member where id = ?", String.class, member))
                .isEqualTo("FULL");
    }

    @Test
    void shouldEndTheOutflowOnReturnAfterConfirmation() throws Exception {
        long member = newMember("返回甲");
        MultiValueMap<String, String> form = outflow(today.minusMonths(14), null);
        form.set("certNumber", "LD-T-1");
        form.set("certIssuedOn", today.minusMonths(13).toString());
        form.set("certStatus", "ISSUED");
        long id = record(member, form);
        String review = page("/floating?tab=REVIEW&q=返回甲", "community");
        assertThat(linkedIds(section(review, "table", "outflows"), "/floating/outflows/")).containsExactly(id);
        String detail = page("/floating/outflows/" + id, "community");
        assertThat(section(detail, "form", "return-form")).contains("data-confirm=\"" + msg("floating.return.confirm"));

        long version = (Long) row(id).get("version");
        String url = "/floating/outflows/" + id + "/return";
        String html = refused(url, one("endOn", today.minusMonths(15).toString(), "version", Long.toString(version)));
        assertThat(textOf(html, "endOn-error")).isEqualTo(plain("floating.endOn.beforeSince"));
        html = refused(url, one("endOn", today.plusDays(1).toString(), "version", Long.toString(version)));
        assertThat(textOf(html, "endOn-error")).isEqualTo(plain("floating.endOn.future"));
        html = refused(url, one("endOn", today.toString(), "version", Long.toString(version - 1)));
        assertThat(html).contains(msg("floating.stale"));
        assertThat(row(id).get("returned_on")).isNull();

        mvc.perform(post(url).params(one("endOn", today.toString(), "version", Long.toString(version)))
                .with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(row(id).get("returned_on")).isNotNull();
        assertThat(row(id).get("cert_status")).isEqualTo("RETURNED");
        assertThat(linkedIds(section(page("/floating?q=返回甲", "community"), "table", "outflows"),
                "/floating/outflows/")).isEmpty();
        assertThat(linkedIds(section(page("/floating?q=返回甲&all=true", "community"), "table", "outflows"),
                "/floating/outflows/")).containsExactly(id);
        assertThat(page("/members/" + member, "community")).contains(msg("floating.timeline.back", "广东省广州市天河区"));
        // ended: no more edits, and a new outflow may start
        MultiValueMap<String, String> edit = outflow(today.minusMonths(14), null);
        edit.add("version", row(id).get("version").toString());
        assertThat(refused("/floating/outflows/" + id, edit)).contains(msg("floating.outflow.ended"));
        record(member, outflow(today, null));
    }

    // ---------------------------------------------------------------- inflows

    private MultiValueMap<String, String> inflow(String name, long host, LocalDate since) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("phone", "13611112222");
        form.add("homeOrgName", "河南省某县某镇党委");
        form.add("homePlace", "河南");
        form.add("since", since.toString());
        form.add("hostOrgId", Long.toString(host));
        form.add("certNumber", "");
        form.add("idNumber", "");
        form.add("note", "");
        return form;
    }

    @Test
    void shouldRecordAnInflowLinkedByIdNumberWithoutKeepingIt() throws Exception {
        String idNumber = freshIdNumber(BIRTH, false);
        long member = createMember(newFullMember("流入关联", idNumber, branch));
        MultiValueMap<String, String> form = inflow("流入关联", branch, today.minusMonths(2));
        form.set("idNumber", withWrongCheckChar(idNumber));
        String html = refused("/floating/inflows", form);
        assertThat(textOf(html, "idNumber-error")).isEqualTo(plain("floating.idNumber.invalid"));
        assertThat(inputValue(html, "homeOrgName")).isEqualTo("河南省某县某镇党委");

        form.set("idNumber", idNumber);
        MvcResult r = mvc.perform(post("/floating/inflows").params(form).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/floating/inflows/*")).andReturn();
        long id = Long.parseLong(r.getResponse().getRedirectedUrl().substring("/floating/inflows/".length()));
        Map<String, Object> stored = jdbc.queryForMap("select * from floating_inflow where id = ?", id);
        assertThat(stored.get("member_id")).isEqualTo(member);
        assertThat(stored.values()).noneMatch(v -> v != null && v.toString().contains(idNumber.substring(6, 14)));

        String detail = page("/floating/inflows/" + id, "community");
        assertThat(textOf(detail, "inflow-rights")).isEqualTo(plain("floating.inflow.rights"));
        assertThat(section(detail, "dd", "inflow-linked")).contains("/members/" + member);
        String list = page("/floating?tab=INFLOW&q=流入关联", "community");
        assertThat(list).contains("136****2222").doesNotContain("13611112222");
        assertThat(textOf(list, "inflow-rights")).isNotBlank();

        // end: bad dates on the field, then ended after confirmation
        long version = (Long) stored.get("version");
        String url = "/floating/inflows/" + id + "/end";
        assertThat(section(detail, "form", "end-form")).contains("data-confirm=");
        html = refused(url, one("endOn", today.minusMonths(3).toString(), "version", Long.toString(version)));
        assertThat(textOf(html, "endOn-error")).isEqualTo(plain("floating.endOn.beforeSince"));
        html = refused(url, one("endOn", "yesterday", "version", Long.toString(version)));
        assertThat(textOf(html, "endOn-error")).isEqualTo(plain("typeMismatch.java.time.LocalDate"));
        mvc.perform(post(url).params(one("endOn", today.toString(), "version", Long.toString(version)))
                .with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select ended_on from floating_inflow where id = ?", LocalDate.class, id))
                .isEqualTo(today);
    }

    @Test
    void shouldRefuseAnInflowHostOutsideTheScopeOnTheField() throws Exception {
        long outside = branchIn(siblingCommunity(regionOf("community")));
        MultiValueMap<String, String> form = inflow("流入外", outside, today.minusMonths(1));
        form.set("since", today.plusDays(2).toString());
        String html = refused("/floating/inflows", form);
        assertThat(textOf(html, "hostOrgId-error"))
                .isEqualTo(plain("floating.hostOrg.outOfScope"));
        assertThat(textOf(html, "since-error")).isEqualTo(plain("floating.since.future"));
        assertThat(inputValue(html, "name")).isEqualTo("流入外");
        assertThat(jdbc.queryForObject("select count(*) from floating_inflow where name = '流入外'", Integer.class))
                .isZero();
    }

    @Test
    void shouldStaleEditOfAnInflowShowTheConflict() throws Exception {
        long id = jdbc.queryForObject("""
                insert into floating_inflow (name, home_org_name, since, host_org_id, created_by)
                values ('流入冲突', '外地党委', current_date - 30, ?, 'test') returning id""", Long.class, branch);
        MultiValueMap<String, String> form = inflow("流入冲突改", branch, today.minusDays(30));
        form.add("version", "7");
        String html = refused("/floating/inflows/" + id, form);
        assertThat(section(html, "div", "conflict")).contains("流入冲突");
        assertThat(inputValue(html, "name")).isEqualTo("流入冲突改");
        assertThat(jdbc.queryForObject("select name from floating_inflow where id = ?", String.class, id))
                .isEqualTo("流入冲突");
    }

    // ---------------------------------------------------------------- scope, export, figures

    @Test
    void shouldAnswer404OutsideTheScope() throws Exception {
        long otherDistrict = jdbc.queryForObject("select min(id) from region where level = 'DISTRICT' and id <> ?",
                Long.class, regionOf("district"));
        long outMember = jdbc.queryForObject("""
                select min(m.id) from party_member m join party_org o on o.id = m.party_org_id
                where o.district_id = ? and m.status = 'FULL' and o.type = 'BRANCH'
                  and not exists (select 1 from floating_outflow f
                                  where f.member_id = m.id and f.returned_on is null)""",
                Long.class, otherDistrict);
        long outOrg = jdbc.queryForObject("select party_org_id from party_member where id = ?", Long.class, outMember);
        long outflow = jdbc.queryForObject("""
                insert into floating_outflow (member_id, destination, reason, since, created_by)
                values (?, '范围外', 'WORK', current_date - 200, 'test') returning id""", Long.class, outMember);
        long inflow = jdbc.queryForObject("""
                insert into floating_inflow (name, home_org_name, since, host_org_id, created_by)
                values ('范围外流入', '外地党委', current_date - 30, ?, 'test') returning id""", Long.class, outOrg);
        for (String user : List.of("district", "street", "community", "branch")) {
            mvc.perform(get("/floating/outflows/" + outflow).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/floating/inflows/" + inflow).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(post("/floating/outflows/" + outflow + "/contacts").param("contactOn", today.toString())
                    .param("way", "PHONE").with(as(user)).with(csrf())).andExpect(status().is(
                            user.equals("district") ? 403 : 404));
            assertThat(page("/floating?q=范围外", user)).doesNotContain("/floating/outflows/" + outflow + "\"");
        }
        mvc.perform(get("/floating/outflows/" + outflow).with(as("city"))).andExpect(status().isOk());
        mvc.perform(get("/floating/inflows/" + inflow).with(as("city"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from floating_contact where outflow_id = ?", Integer.class,
                outflow)).isZero();
    }

    @Test
    void shouldExportTheCurrentListWithMaskedPhones() throws Exception {
        long member = newMember("导出甲");
        record(member, outflow(today.minusMonths(7), null));
        MvcResult r = mvc.perform(get("/floating.xlsx?tab=OUTFLOW&q=导出甲").with(as("community")))
                .andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("导出甲", "139****4321").doesNotContain("13987654321");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'EXPORT' and entity_type = 'floating_outflow'""",
                Integer.class)).isPositive();
    }

    /** The figures per child region equal counts taken straight from the rows, and the list tabs. */
    @Test
    void shouldFiguresAgreeWithTheRows() throws Exception {
        long city = jdbc.queryForObject("select id from region where parent_id is null", Long.class);
        Scope scope = Scope.ofRegion(city, regionPath(city));
        FloatingPolicy policy = new FloatingPolicy(FloatingRules.defaults());
        FloatingViews.SummaryPage summary = pages.summary(city, scope);
        assertThat(summary.rows()).isNotEmpty();
        assertThat(summary.total().outflowOpen()).isPositive();
        assertThat(summary.total().outOfContact()).isPositive();
        assertThat(summary.total().reviewDue()).isPositive();
        assertThat(summary.total().inflowOpen()).isPositive();
        for (FloatingViews.SummaryCounts row : summary.rows()) {
            String path = row.region().getPath();
            List<Map<String, Object>> open = jdbc.queryForList("""
                    select f.since, f.cert_status, f.cert_issued_on, f.last_review_on,
                           (select max(c.contact_on) from floating_contact c where c.outflow_id = f.id) as last_on
                    from floating_outflow f join party_member m on m.id = f.member_id
                    join party_org o on o.id = m.party_org_id
                    where f.returned_on is null and o.region_path like ? || '%'""", path);
            long lost = open.stream().filter(o -> policy.outOfContact(date(o.get("since")), date(o.get("last_on")),
                    today)).count();
            long due = open.stream().filter(o -> o.get("cert_status") != null && FloatingPolicy.certificateStatus(
                    CertificateStatus.valueOf((String) o.get("cert_status")), date(o.get("cert_issued_on")),
                    date(o.get("last_review_on")), today) == CertificateStatus.ANNUAL_REVIEW_DUE).count();
            long inflows = jdbc.queryForObject("""
                    select count(*) from floating_inflow i join party_org h on h.id = i.host_org_id
                    where i.ended_on is null and h.region_path like ? || '%'""", Long.class, path);
            assertThat(row.outflowOpen()).as(row.region().getName()).isEqualTo(open.size());
            assertThat(row.outOfContact()).as(row.region().getName()).isEqualTo(lost);
            assertThat(row.reviewDue()).as(row.region().getName()).isEqualTo(due);
            assertThat(row.inflowOpen()).as(row.region().getName()).isEqualTo(inflows);
        }
        assertThat(summary.rows().stream().mapToLong(FloatingViews.SummaryCounts::outflowOpen).sum())
                .isEqualTo(summary.total().outflowOpen());

        // the city's list tabs count the same records, and the page renders the figures
        String list = page("/floating", "city");
        assertThat(textOf(list, "tab-outflow")).isEqualTo(HtmlUtils.htmlUnescape(
                msg("floating.tab.count.OUTFLOW", summary.total().outflowOpen())));
        assertThat(textOf(list, "tab-lost")).isEqualTo(HtmlUtils.htmlUnescape(
                msg("floating.tab.count.LOST", summary.total().outOfContact())));
        assertThat(textOf(list, "tab-review")).isEqualTo(HtmlUtils.htmlUnescape(
                msg("floating.tab.count.REVIEW", summary.total().reviewDue())));
        assertThat(textOf(list, "tab-inflow")).isEqualTo(HtmlUtils.htmlUnescape(
                msg("floating.tab.count.INFLOW", summary.total().inflowOpen())));
        assertThat(section(list, "section", "floating-summary")).contains(summary.rows().get(0).region().getName());
        // a region outside the scope is 404, as everywhere
        long street = regionOf("street");
        long otherDistrict = jdbc.queryForObject("select min(id) from region where level = 'DISTRICT' and id <> ?",
                Long.class, regionOf("district"));
        Scope streetScope = Scope.ofRegion(street, regionPath(street));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pages.summary(otherDistrict, streetScope))
                .isInstanceOf(org.grassroots.shared.NotFoundException.class);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }

    @Test
    void shouldPageTheListAndKeepTheSearch() throws Exception {
        String list = page("/floating?tab=OUTFLOW&page=99", "city");
        assertThat(list).contains("id=\"outflows\"");
        String unknown = page("/floating?tab=NOPE", "community");
        assertThat(unknown).contains("id=\"filter-error\"");
        mvc.perform(get("/floating?page=x").with(as("community"))).andExpect(status().is4xxClientError());
    }
}
