package org.grassroots.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/** Reporting periods through the pages: linking by ID number, every bad input of the issue, overlaps, re-reporting. */
class MemberReportIntegrationTests extends ReportingTestSupport {

    @Autowired
    ReportingService reporting;

    // ---------------------------------------------------------------- registering

    @Test
    void shouldLinkMemberOfAnotherCommunityByFullIdNumber() throws Exception {
        Object[] member = memberElsewhere();
        long memberId = (Long) member[0];
        long post = createPost(community(), fresh("助老岗"), "");
        MultiValueMap<String, String> form = memberReport((String) member[1], today().minusDays(3));
        form.add("postIds", Long.toString(post));
        long report = createReport(community(), form, "community");

        Map<String, Object> row = jdbc.queryForMap("select * from member_report where id = ?", report);
        long orgOfMember = jdbc.queryForObject("select party_org_id from party_member where id = ?", Long.class,
                memberId);
        assertThat(row).containsEntry("member_id", memberId).containsEntry("employer_org_id", orgOfMember)
                .containsEntry("community_id", community()).containsEntry("person_name", null)
                .containsEntry("valid_until", java.sql.Date.valueOf(today().minusDays(3).plusMonths(6).minusDays(1)));
        assertThat(jdbc.queryForList("select post_id from member_report_post where report_id = ?", Long.class, report))
                .containsExactly(post);
        // the member's organization is outside the community secretary's scope, the report is inside it
        mvc.perform(get("/members/" + memberId).with(as("community"))).andExpect(status().isNotFound());
        String page = html(mvc.perform(get("/member-reports/" + report).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        String memberName = jdbc.queryForObject("select name from party_member where id = ?", String.class, memberId);
        assertThat(textOf(page, "page-title")).isEqualTo(memberName);
        assertThat(textOf(page, "report-id-number")).contains("********").doesNotContain(((String) member[1]).substring(6, 14));
        assertThat(textOf(page, "report-employer-org")).isEqualTo(jdbc.queryForObject(
                "select name from party_org where id = ?", String.class, orgOfMember));
        assertThat(page).doesNotContain((String) member[1]).doesNotContain("13912345678");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'member_report' "
                + "and entity_id = ? and action = 'CREATE'", Long.class, report)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select summary from audit_event where entity_type = 'member_report' "
                + "and entity_id = ?", String.class, report)).doesNotContain("13912345678");
    }

    @Test
    void shouldRegisterOutsiderAndMaskThePhoneInLists() throws Exception {
        String name = fresh("外来");
        String phone = freshPhone();
        long report = createReport(community(), outsiderReport(name, phone, today()), "community");
        assertThat(jdbc.queryForMap("select member_id, person_name, person_phone, employer_org_name from member_report "
                + "where id = ?", report)).containsEntry("member_id", null).containsEntry("person_name", name)
                .containsEntry("person_phone", phone).containsEntry("employer_org_name", "市测试研究院党委");
        String list = html(mvc.perform(get("/regions/" + community() + "/member-reports").param("q", name)
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(tableRows(list, "report-list")).hasSize(1);
        assertThat(textOf(section(list, "tr", "report-" + report), "report-phone")).isNull();
        assertThat(section(list, "tr", "report-" + report)).contains(phone.substring(0, 3) + "****"
                + phone.substring(7)).doesNotContain(phone);
        String street = html(mvc.perform(get("/regions/" + street() + "/member-reports").param("q", name)
                .with(as("street"))).andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(street, "/member-reports/")).contains(report);
        assertThat(street).doesNotContain(phone);
    }

    @Test
    void shouldRefuseWrongCheckCharacterAndKeepEveryValue() throws Exception {
        String bad = withWrongCheckChar(freshIdNumber(BIRTH, false));
        MultiValueMap<String, String> form = memberReport(bad, today());
        form.set("validUntil", today().plusMonths(2).toString());
        form.add("note", "第一次报到");
        String html = rejected(community(), form);
        assertThat(textOf(html, "idNumber-error")).isEqualTo("身份证号校验位不正确，请核对后重新填写");
        assertThat(inputValue(html, "idNumber")).isEqualTo(bad);
        assertThat(inputValue(html, "employerName")).isEqualTo("滨江测试科技有限公司");
        assertThat(inputValue(html, "validUntil")).isEqualTo(today().plusMonths(2).toString());
        assertThat(html).contains("第一次报到");
    }

    @Test
    void shouldRefuseMalformedAndUnknownIdNumbers() throws Exception {
        String html = rejected(community(), memberReport("1234", today()));
        assertThat(textOf(html, "idNumber-error")).contains("18 位");
        String unknown = freshIdNumber(LocalDate.of(1970, 1, 2), true);
        html = rejected(community(), memberReport(unknown, today()));
        assertThat(textOf(html, "idNumber-error")).startsWith("系统中没有持此身份证号的在册人员");
        html = rejected(community(), memberReport("", today()));
        assertThat(textOf(html, "idNumber-error")).isEqualTo("请填写党员的完整身份证号");
        html = rejected(community(), memberReport("x".repeat(40), today()));
        assertThat(textOf(html, "idNumber-error")).isNotBlank();
    }

    @Test
    void shouldRefuseSomeoneWhoIsNotYetAPartyMember() throws Exception {
        String id = freshIdNumber(LocalDate.of(1999, 3, 3), false);
        MultiValueMap<String, String> applicant = newFullMember(fresh("申请人"), id, branchIn(sibling()));
        applicant.set("status", "APPLICANT");
        applicant.set("activistOn", "");
        applicant.set("candidateOn", "");
        applicant.set("admittedOn", "");
        applicant.set("fullMemberOn", "");
        applicant.set("appliedOn", "2024-01-10");
        mvc.perform(post("/members").params(applicant).with(as("street")).with(csrf())).andExpect(status().isFound());
        String html = rejected(community(), memberReport(id, today()));
        assertThat(textOf(html, "idNumber-error")).contains("不是党员");
    }

    @Test
    void shouldRefuseDatesOutOfOrderTooLongOrInTheFuture() throws Exception {
        MultiValueMap<String, String> form = outsiderReport(fresh("日期"), freshPhone(), today());
        form.set("validUntil", today().minusDays(1).toString());
        assertThat(textOf(rejected(community(), form), "validUntil-error")).isEqualTo("有效期截止日不能早于报到日期");
        form.set("validUntil", today().plusMonths(6).toString());
        assertThat(textOf(rejected(community(), form), "validUntil-error")).contains("最长 6 个月")
                .contains(today().plusMonths(6).minusDays(1).toString());
        form.set("validUntil", "");
        form.set("reportedOn", today().plusDays(1).toString());
        assertThat(textOf(rejected(community(), form), "reportedOn-error")).isEqualTo("报到日期不能晚于今天");
        form.set("reportedOn", "2026-02-30");
        String html = rejected(community(), form);
        assertThat(textOf(html, "reportedOn-error")).isNotBlank();
        assertThat(inputValue(html, "personName")).startsWith("日期");
    }

    @Test
    void shouldRequireNamePhoneEmployerAndItsOrganizationOfOutsider() throws Exception {
        MultiValueMap<String, String> form = outsiderReport("", "", today());
        form.set("employerOrgName", "");
        form.set("employerName", "");
        String html = rejected(community(), form);
        assertThat(textOf(html, "employerName-error")).isEqualTo("请填写工作单位");
        form.set("employerName", "某单位");
        html = rejected(community(), form);
        assertThat(textOf(html, "personName-error")).isEqualTo("请填写姓名");
        assertThat(textOf(html, "personPhone-error")).isEqualTo("请填写电话");
        assertThat(textOf(html, "employerOrgName-error")).isEqualTo("请填写单位党组织名称");
        form.set("personName", "张".repeat(51));
        form.set("personPhone", "12345");
        html = rejected(community(), form);
        assertThat(textOf(html, "personName-error")).isNotBlank();
        assertThat(textOf(html, "personPhone-error")).isNotBlank();
        assertThat(inputValue(html, "employerName")).isEqualTo("某单位");
    }

    @Test
    void shouldAnswerUnknownKindWithFieldErrorNotServerError() throws Exception {
        MultiValueMap<String, String> form = outsiderReport(fresh("类别"), freshPhone(), today());
        form.set("kind", "ROBOT");
        form.add("postIds", "abc");
        String html = rejected(community(), form);
        assertThat(textOf(html, "kind-error")).isNotBlank();
        assertThat(textOf(html, "postIds-error")).isNotBlank();
    }

    @Test
    void shouldOfferResidentUnitsOfTheCommunityAndItsStreetOnly() throws Exception {
        String unitName = fresh("驻区单位");
        long unit = jdbc.queryForObject("""
                insert into resident_unit (region_id, region_level, name, kind) values (?, 'STREET', ?, 'ORGAN')
                returning id""", Long.class, street(), unitName);
        long otherDistrictCommunity = jdbc.queryForObject("""
                select min(id) from region where level = 'COMMUNITY' and district_id <> ?""", Long.class,
                regionOf("district"));
        long foreign = jdbc.queryForObject("""
                insert into resident_unit (region_id, region_level, name, kind) values (?, 'COMMUNITY', ?, 'ORGAN')
                returning id""", Long.class, otherDistrictCommunity, fresh("远处单位"));
        String form = html(mvc.perform(get("/regions/" + community() + "/member-reports/new").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        String select = section(form, "select", "employerUnitId");
        assertThat(select).contains("value=\"" + unit + "\"").doesNotContain("value=\"" + foreign + "\"");

        MultiValueMap<String, String> report = outsiderReport(fresh("单位人"), freshPhone(), today());
        report.add("employerUnitId", Long.toString(foreign));
        assertThat(textOf(rejected(community(), report), "employerUnitId-error"))
                .isEqualTo("请从列表中选择本社区或本街道的驻区单位");
        report.set("employerUnitId", Long.toString(unit));
        long saved = createReport(community(), report, "community");
        assertThat(jdbc.queryForObject("select employer_unit_id from member_report where id = ?", Long.class, saved))
                .isEqualTo(unit);
        String page = html(mvc.perform(get("/member-reports/" + saved).with(as("community"))).andReturn());
        assertThat(page).contains(unitName);
    }

    // ---------------------------------------------------------------- overlapping periods

    @Test
    void shouldRefuseMemberAlreadyReportedToAnotherCommunityNamingIt() throws Exception {
        Object[] member = memberElsewhere();
        createReport(sibling(), memberReport((String) member[1], today().minusMonths(2)), "street");
        MultiValueMap<String, String> form = memberReport((String) member[1], today());
        String html = rejected(community(), form);
        assertThat(textOf(html, "reportedOn-error")).isEqualTo("此人已向" + regionName(sibling()) + "报到（"
                + today().minusMonths(2) + " 至 " + today().minusMonths(2).plusMonths(6).minusDays(1)
                + "），与本次报到期间重叠");
        assertThat(inputValue(html, "idNumber")).isEqualTo(member[1]);
        // the same community twice is refused as well
        html = rejected(sibling(), memberReport((String) member[1], today()), "street");
        assertThat(textOf(html, "reportedOn-error")).contains(regionName(sibling()));
        // once the other period is over, reporting here is fine
        Object[] other = memberElsewhere();
        createReport(sibling(), memberReport((String) other[1], today().minusMonths(8)), "street");
        createReport(community(), memberReport((String) other[1], today()), "community");
    }

    @Test
    void shouldRefuseOutsiderWithSameNameAndPhoneInOverlappingPeriod() throws Exception {
        String name = fresh("重复");
        String phone = freshPhone();
        createReport(sibling(), outsiderReport(name, phone, today().minusDays(10)), "street");
        String html = rejected(community(), outsiderReport(name, phone, today()));
        assertThat(textOf(html, "reportedOn-error")).startsWith("此人已向" + regionName(sibling()) + "报到");
        // another phone is another person
        createReport(community(), outsiderReport(name, freshPhone(), today()), "community");
    }

    @Test
    void shouldMapTheDatabaseOverlapRefusalToTheSameMessageWhenARaceIsLost() throws Exception {
        Object[] member = memberElsewhere();
        long memberId = (Long) member[0];
        long won = createReport(sibling(), memberReport((String) member[1], today().minusDays(5)), "street");
        // a second writer that passed its check before the first committed: straight to the database
        MemberReport late = MemberReport.in(community());
        late.person(memberId, null, null, null, null);
        late.employer("某单位", null);
        late.period(today(), today().plusMonths(1), null);
        assertThatThrownBy(() -> jdbc.update("""
                insert into member_report (community_id, member_id, employer_name, reported_on, valid_until)
                values (?, ?, 'x', ?, ?)""", community(), memberId, today(), today().plusDays(3)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ex_member_report_overlap");
        ReportOverlapRace race = org.junit.jupiter.api.Assertions.assertThrows(ReportOverlapRace.class,
                () -> reporting.store(late));
        var message = reporting.overlapError(race);
        assertThat(message.field()).isEqualTo("reportedOn");
        assertThat(message.messageKey()).isEqualTo("reporting.report.overlap");
        assertThat(message.args()).containsExactly(regionName(sibling()), today().minusDays(5).toString(),
                today().minusDays(5).plusMonths(6).minusDays(1).toString());
        assertThat(jdbc.queryForObject("select count(*) from member_report where member_id = ?", Long.class, memberId))
                .isEqualTo(1);
        assertThat(won).isPositive();
    }

    // ---------------------------------------------------------------- posts and capacity

    @Test
    void shouldRefuseFullPostAndPostOfAnotherCommunity() throws Exception {
        long post = createPost(community(), fresh("独苗岗"), "1");
        MultiValueMap<String, String> first = outsiderReport(fresh("先到"), freshPhone(), today());
        first.add("postIds", Long.toString(post));
        createReport(community(), first, "community");
        MultiValueMap<String, String> second = outsiderReport(fresh("后到"), freshPhone(), today());
        second.add("postIds", Long.toString(post));
        String html = rejected(community(), second);
        assertThat(textOf(html, "postIds-error")).contains("已满（1 人）");
        assertThat(html).contains("id=\"post-" + post + "\"");

        long foreign = createPost(sibling(), fresh("外社区岗"), "");
        second.set("postIds", Long.toString(foreign));
        assertThat(textOf(rejected(community(), second), "postIds-error")).isEqualTo("只能认领本社区正在设置的服务岗位");
    }

    // ---------------------------------------------------------------- edit, stale edit

    @Test
    void shouldEditAndShowConflictWhenChangedSinceOpened() throws Exception {
        long report = createReport(community(), outsiderReport(fresh("修改"), freshPhone(), today()), "community");
        String form = html(mvc.perform(get("/member-reports/" + report + "/edit").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(inputValue(form, "employerName")).isEqualTo("市测试研究院");
        long version = version("member_report", report);
        MultiValueMap<String, String> edit = outsiderReport(jdbc.queryForObject(
                "select person_name from member_report where id = ?", String.class, report), jdbc.queryForObject(
                "select person_phone from member_report where id = ?", String.class, report), today());
        edit.set("employerName", "新单位");
        edit.add("version", Long.toString(version));
        mvc.perform(post("/member-reports/" + report).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select employer_name from member_report where id = ?", String.class, report))
                .isEqualTo("新单位");

        jdbc.update("update member_report set employer_name = '别人改的', version = version + 1 where id = ?", report);
        edit.set("employerName", "我改的");
        String html = html(mvc.perform(post("/member-reports/" + report).params(edit).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("reporting/report-form")).andReturn());
        assertThat(textOf(html, "conflict")).contains("别人改的");
        assertThat(inputValue(html, "employerName")).isEqualTo("我改的");
        assertThat(inputValue(html, "version")).isEqualTo(Long.toString(version + 2));
        assertThat(jdbc.queryForObject("select employer_name from member_report where id = ?", String.class, report))
                .isEqualTo("别人改的");
    }

    @Test
    void shouldKeepLinkedMemberWhenIdNumberIsLeftBlankOnEdit() throws Exception {
        Object[] member = memberElsewhere();
        long report = createReport(community(), memberReport((String) member[1], today()), "community");
        String form = html(mvc.perform(get("/member-reports/" + report + "/edit").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(inputValue(form, "idNumber")).isEmpty();
        assertThat(textOf(form, "linked-member")).contains("********");
        MultiValueMap<String, String> edit = memberReport("", today());
        edit.set("note", "改备注");
        edit.add("version", Long.toString(version("member_report", report)));
        mvc.perform(post("/member-reports/" + report).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForMap("select member_id, note from member_report where id = ?", report))
                .containsEntry("member_id", member[0]).containsEntry("note", "改备注");
    }

    // ---------------------------------------------------------------- re-reporting and ending

    @Test
    void shouldRemindBeforeTheEndAndRenewFromTheDayAfter() throws Exception {
        String name = fresh("续报");
        long post = createPost(community(), fresh("续报岗"), "");
        MultiValueMap<String, String> form = outsiderReport(name, freshPhone(), today().minusMonths(6).plusDays(10));
        form.add("postIds", Long.toString(post));
        long report = createReport(community(), form, "community");
        LocalDate until = today().minusMonths(6).plusDays(10).plusMonths(6).minusDays(1);
        assertThat(statusOf(report)).isEqualTo("DUE");
        assertThat(dueIds(name)).containsExactly(report);

        MvcResult renewed = mvc.perform(post("/member-reports/" + report + "/renew").with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        long next = Long.parseLong(renewed.getResponse().getRedirectedUrl().substring("/member-reports/".length()));
        assertThat(jdbc.queryForMap("select reported_on, valid_until from member_report where id = ?", next))
                .containsEntry("reported_on", java.sql.Date.valueOf(until.plusDays(1)))
                .containsEntry("valid_until", java.sql.Date.valueOf(until.plusDays(1).plusMonths(6).minusDays(1)));
        assertThat(jdbc.queryForList("select post_id from member_report_post where report_id = ?", Long.class, next))
                .containsExactly(post);
        assertThat(statusOf(report)).isEqualTo("CURRENT");
        assertThat(statusOf(next)).isEqualTo("UPCOMING");
        assertThat(dueIds(name)).isEmpty();

        // renewing the old period again is refused with a message
        MvcResult again = mvc.perform(post("/member-reports/" + report + "/renew").with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        assertThat((String) again.getFlashMap().get("reportingError")).isEqualTo("此人已有后续的报到，无需再续报");
    }

    @Test
    void shouldListExpiredAndRenewFromToday() throws Exception {
        String name = fresh("过期");
        long report = createReport(community(), outsiderReport(name, freshPhone(), today().minusMonths(8)), "community");
        assertThat(statusOf(report)).isEqualTo("EXPIRED");
        assertThat(dueIds(name)).containsExactly(report);
        String overview = html(mvc.perform(get("/regions/" + community() + "/reporting").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(Long.parseLong(textOf(overview, "figure-expired"))).isPositive();

        MvcResult renewed = mvc.perform(post("/member-reports/" + report + "/renew").with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        long next = Long.parseLong(renewed.getResponse().getRedirectedUrl().substring("/member-reports/".length()));
        assertThat(jdbc.queryForObject("select reported_on from member_report where id = ?", LocalDate.class, next))
                .isEqualTo(today());
        assertThat(statusOf(report)).isEqualTo("RENEWED");
        assertThat(statusOf(next)).isEqualTo("CURRENT");
    }

    @Test
    void shouldEndAPeriodAndTakeItOffTheReminders() throws Exception {
        String name = fresh("结束");
        long report = createReport(community(), outsiderReport(name, freshPhone(), today().minusMonths(8)), "community");
        mvc.perform(post("/member-reports/" + report + "/end").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select ended_on from member_report where id = ?", LocalDate.class, report))
                .isEqualTo(today().minusMonths(8).plusMonths(6).minusDays(1));
        assertThat(statusOf(report)).isEqualTo("ENDED");
        assertThat(dueIds(name)).isEmpty();
        MvcResult renew = mvc.perform(post("/member-reports/" + report + "/renew").with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        assertThat((String) renew.getFlashMap().get("reportingError")).startsWith("已结束的报到不能续报");
        mvc.perform(get("/member-reports/" + report + "/edit").with(as("community"))).andExpect(status().isOk());
        MultiValueMap<String, String> edit = outsiderReport(name, "13900000000", today().minusMonths(8));
        edit.add("version", Long.toString(version("member_report", report)));
        String html = html(mvc.perform(post("/member-reports/" + report).params(edit).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "global-errors")).isEqualTo("此报到已结束，不能再修改");
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldAnswer404ForReportAndPostOfAnotherCommunity() throws Exception {
        long report = createReport(sibling(), outsiderReport(fresh("邻居"), freshPhone(), today()), "street");
        long post = createPost(sibling(), fresh("邻居岗"), "");
        for (String url : new String[] {"/member-reports/" + report, "/member-reports/" + report + "/edit",
            "/member-reports/" + report + "/services/new", "/service-posts/" + post + "/edit",
            "/regions/" + sibling() + "/member-reports", "/regions/" + sibling() + "/member-reports/new",
            "/regions/" + sibling() + "/reporting", "/regions/" + sibling() + "/service-posts"}) {
            mvc.perform(get(url).with(as("community"))).andExpect(status().isNotFound());
            mvc.perform(get(url).with(as("street"))).andExpect(status().isOk());
        }
        for (String url : new String[] {"/member-reports/" + report, "/member-reports/" + report + "/renew",
            "/member-reports/" + report + "/end", "/member-reports/" + report + "/services",
            "/service-posts/" + post, "/service-posts/" + post + "/close", "/regions/" + sibling() + "/member-reports"}) {
            mvc.perform(post(url).with(as("community")).with(csrf())).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select ended_on from member_report where id = ?", LocalDate.class, report))
                .isNull();
        assertThat(jdbc.queryForObject("select closed_on from service_post where id = ?", LocalDate.class, post))
                .isNull();
        mvc.perform(get("/member-reports/" + report).with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/" + community() + "/reporting").with(as("branch"))).andExpect(status().isNotFound());
        // a street is not a community: no report is registered there
        mvc.perform(get("/regions/" + street() + "/member-reports/new").with(as("street")))
                .andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- helpers

    private String rejected(long communityId, MultiValueMap<String, String> form) throws Exception {
        return rejected(communityId, form, "community");
    }

    private String rejected(long communityId, MultiValueMap<String, String> form, String user) throws Exception {
        long before = jdbc.queryForObject("select count(*) from member_report", Long.class);
        String html = html(mvc.perform(post("/regions/" + communityId + "/member-reports").params(form)
                .with(as(user)).with(csrf())).andExpect(status().isOk())
                .andExpect(view().name("reporting/report-form")).andReturn());
        assertThat(html).contains("id=\"form-errors\"");
        assertThat(jdbc.queryForObject("select count(*) from member_report", Long.class)).isEqualTo(before);
        return html;
    }

    private String statusOf(long report) throws Exception {
        String html = html(mvc.perform(get("/member-reports/" + report).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-status=\"([A-Z]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The periods of this person on the re-report list (due or expired). */
    private java.util.List<Long> dueIds(String name) throws Exception {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (String status : new String[] {"DUE", "EXPIRED"}) {
            String html = html(mvc.perform(get("/regions/" + community() + "/member-reports").param("q", name)
                    .param("status", status).with(as("community"))).andExpect(status().isOk()).andReturn());
            ids.addAll(linkedIds(section(html, "table", "report-list"), "/member-reports/"));
        }
        return ids;
    }
}
