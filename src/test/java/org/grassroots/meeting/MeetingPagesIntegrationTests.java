package org.grassroots.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * The meeting pages as a secretary uses them: the form is read as the browser would send it, changed
 * as a user would, and posted back. Every rejected save re-displays everything typed; out-of-scope
 * records answer 404 and read-only roles 403. The demo city has no meetings of its own here, so each
 * test records what it needs on a day that has no meeting of that type yet.
 */
class MeetingPagesIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    Clock clock;

    long community;
    long branch;

    @BeforeEach
    void findBranch() {
        community = regionOf("community");
        branch = branchIn(community);
    }

    // ---------------------------------------------------------------- recording and reading

    @Test
    void shouldRecordAssemblyAndStateQuorumAndPassedResolutionWhenSecretarySaves() throws Exception {
        LocalDate day = freeDay(branch, MeetingType.MEMBERS_ASSEMBLY);
        MultiValueMap<String, String> form = newForm(branch, MeetingType.MEMBERS_ASSEMBLY, day);
        List<Integer> voting = votingRows(form);
        assertThat(voting).as("voting members of the demo branch").hasSizeGreaterThanOrEqualTo(3);
        assertThat(statuses(form)).as("a new list starts with everyone present").containsOnly("PRESENT");
        int excused = voting.get(0);
        form.set("attendance[" + excused + "].status", "EXCUSED");
        form.set("attendance[" + excused + "].reason", "外出务工");
        form.set("topic", "第四季度支部党员大会");
        form.set("place", "社区党群服务中心二楼");
        form.set("startTime", "19:00");
        form.set("endTime", "20:30");
        int entitled = voting.size();
        int present = entitled - 1;
        form.set("resolutions[0].text", "同意接收王某某为预备党员");
        form.set("resolutions[0].votesFor", Integer.toString(present));
        form.set("resolutions[0].votesAgainst", "0");
        form.set("resolutions[0].votesAbstain", "0");

        long id = save(branch, form);

        String html = html(mvc.perform(get("/meetings/{id}", id).with(as("community")))
                .andExpect(status().isOk()).andExpect(view().name("meeting/detail")).andReturn());
        assertThat(textOf(html, "validity-statement"))
                .isEqualTo("应到有表决权 " + entitled + " 人，实到 " + present + " 人，超过半数，会议有效");
        assertThat(tableRows(html, "resolution-table")).singleElement().satisfies(row -> {
            assertThat(row.get(1)).isEqualTo("同意接收王某某为预备党员");
            assertThat(row.get(5)).startsWith("通过").contains("超过应到有表决权人数 " + entitled + " 的半数");
        });
        String excusedName = form.getFirst("attendance[" + excused + "].name");
        assertThat(textOf(html, "attendance-EXCUSED")).contains("请假（1 人）", excusedName, "外出务工");
        assertThat(textOf(html, "meeting-place")).isEqualTo("社区党群服务中心二楼");
        assertThat(textOf(html, "meeting-held")).isEqualTo(day + " 19:00–20:30");
        assertThat(html).contains("data-print", "data-confirm=", "/meetings/" + id + "/delete");
        assertThat(jdbc.queryForObject("select count(*) from meeting_attendance where meeting_id = ?", Integer.class,
                id)).isEqualTo(attendanceRows(form));
        assertThat(jdbc.queryForObject("select reason from meeting_attendance where meeting_id = ? and status = 'EXCUSED'",
                String.class, id)).isEqualTo("外出务工");

        // the year's list and the month's calendar link to it, and the organization page links to the list
        String list = html(mvc.perform(get("/orgs/{id}/meetings", branch).param("month", YearMonth.from(day).toString())
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(list, "table", "meeting-table"), "/meetings/")).contains(id);
        assertThat(linkedIds(section(list, "table", "calendar"), "/meetings/")).contains(id);
        assertThat(list).contains("id=\"status-table\"", "id=\"new-meeting\"");
        String orgPage = html(mvc.perform(get("/orgs/{id}", branch).with(as("community"))).andReturn());
        assertThat(orgPage).contains("href=\"/orgs/" + branch + "/meetings\"");
    }

    @Test
    void shouldStateFourFifthsRuleAndStartNewTermWhenElectionIsRecorded() throws Exception {
        long org = jdbc.queryForObject("""
                select o.id from party_org o where o.community_id = ? and o.type = 'BRANCH' and o.closed_on is null
                  and (select count(*) from party_member m where m.party_org_id = o.id and m.status = 'FULL') >= 6
                order by o.id desc limit 1""", Long.class, community);
        var term = jdbc.queryForMap("select term_start, term_end from party_org where id = ?", org);
        try {
            LocalDate day = freeDay(org, MeetingType.MEMBERS_ASSEMBLY);
            MultiValueMap<String, String> form = newForm(org, MeetingType.MEMBERS_ASSEMBLY, day);
            List<Integer> voting = votingRows(form);
            int entitled = voting.size();
            int present = entitled - 1; // (n - 1) / n > 4/5 for n >= 6
            form.set("attendance[" + voting.get(0) + "].status", "EXCUSED");
            form.set("attendance[" + voting.get(0) + "].reason", "病假");
            form.set("topic", "支部委员会换届选举");
            form.set("election", "true");
            form.set("startNewTerm", "true");
            form.set("resolutions[0].text", "选举" + form.getFirst("attendance[" + voting.get(1) + "].name") + "为支部书记");
            form.set("resolutions[0].votesFor", Integer.toString(present / 2 + 1));
            form.set("resolutions[0].votesAgainst", Integer.toString(present - present / 2 - 1));
            long id = save(org, form);

            String html = html(mvc.perform(get("/meetings/{id}", id).with(as("community")))
                    .andExpect(status().isOk()).andReturn());
            assertThat(textOf(html, "validity-statement"))
                    .isEqualTo("应到有选举权 " + entitled + " 人，实到 " + present + " 人，超过五分之四，选举有效");
            assertThat(tableRows(html, "resolution-table")).singleElement()
                    .satisfies(row -> assertThat(row.get(5)).startsWith("当选").contains("超过实到会 " + present + " 人的半数"));
            assertThat(jdbc.queryForObject("select term_start from party_org where id = ?", LocalDate.class, org))
                    .isEqualTo(day);
        } finally {
            jdbc.update("update party_org set term_start = ?, term_end = ? where id = ?", term.get("term_start"),
                    term.get("term_end"), org);
        }
    }

    @Test
    void shouldKeepEverythingTypedWhenHeldOnIsInTheFuture() throws Exception {
        LocalDate tomorrow = today().plusDays(1);
        MultiValueMap<String, String> form = newForm(branch, MeetingType.MEMBERS_ASSEMBLY, tomorrow);
        int row = votingRows(form).get(1);
        form.set("attendance[" + row + "].status", "EXCUSED");
        form.set("attendance[" + row + "].reason", "住院治疗");
        form.set("attendance[0].status", "ABSENT");
        form.set("topic", "明天才开的会");
        form.set("place", "第一会议室");
        form.set("minutes", "讨论了三件事。\n第一件……");
        form.set("resolutions[0].text", "通过年度工作计划");
        form.set("resolutions[0].votesFor", "5");

        String html = html(mvc.perform(post("/orgs/{id}/meetings", branch).params(form).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("meeting/form")).andReturn());

        assertThat(textOf(html, "heldOn-error")).contains("召开日期不能晚于今天");
        assertThat(inputValue(html, "heldOn")).isEqualTo(tomorrow.toString());
        assertThat(inputValue(html, "topic")).isEqualTo("明天才开的会");
        assertThat(inputValue(html, "place")).isEqualTo("第一会议室");
        assertThat(textarea(html, "minutes")).isEqualTo("讨论了三件事。\n第一件……");
        assertThat(checked(html, "attendance[" + row + "].status")).isEqualTo("EXCUSED");
        assertThat(inputValue(html, "attendance[" + row + "].reason")).isEqualTo("住院治疗");
        assertThat(checked(html, "attendance[0].status")).isEqualTo("ABSENT");
        assertThat(inputValue(html, "resolutions[0].text")).isEqualTo("通过年度工作计划");
        assertThat(inputValue(html, "resolutions[0].votesFor")).isEqualTo("5");
        assertThat(formValues(html).get("attendance[" + row + "].memberId"))
                .isEqualTo(form.get("attendance[" + row + "].memberId"));
        assertThat(meetingsWithTopic("明天才开的会")).isZero();
    }

    @Test
    void shouldRejectAttendanceWhenMemberBelongsToAnotherOrganization() throws Exception {
        long stranger = fullMemberIn(siblingCommunity(community));
        MultiValueMap<String, String> form = newForm(branch, MeetingType.MEMBERS_ASSEMBLY,
                freeDay(branch, MeetingType.MEMBERS_ASSEMBLY));
        form.set("attendance[0].memberId", Long.toString(stranger));
        form.set("topic", "名单被改过的会");
        Integer strangerRows = jdbc.queryForObject("select count(*) from meeting_attendance where member_id = ?",
                Integer.class, stranger);

        String html = html(mvc.perform(post("/orgs/{id}/meetings", branch).params(form).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("meeting/form")).andReturn());

        assertThat(textOf(html, "attendance-0-error")).contains("不是本组织的党员");
        assertThat(inputValue(html, "topic")).isEqualTo("名单被改过的会");
        assertThat(meetingsWithTopic("名单被改过的会")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from meeting_attendance where member_id = ?", Integer.class,
                stranger)).isEqualTo(strangerRows);
    }

    @Test
    void shouldRequireLecturerWhenPartyLessonIsRecorded() throws Exception {
        MultiValueMap<String, String> form = newForm(branch, MeetingType.PARTY_LESSON,
                freeDay(branch, MeetingType.PARTY_LESSON));
        form.set("topic", "学习新修订的党章");
        form.set("lectureTitle", "党章的历史沿革");
        form.set("lecturerMemberId", "");

        String html = html(mvc.perform(post("/orgs/{id}/meetings", branch).params(form).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("meeting/form")).andReturn());

        assertThat(textOf(html, "lecturerMemberId-error")).isEqualTo("请选择授课人");
        assertThat(inputValue(html, "lectureTitle")).isEqualTo("党章的历史沿革");
        assertThat(classOf(html, "lecture-fields")).as("shown for a lecture").doesNotContain("d-none");
        assertThat(classOf(html, "election-fields")).as("only for a members' assembly").contains("d-none");
        assertThat(meetingsWithTopic("学习新修订的党章")).isZero();
    }

    @Test
    void shouldWarnAndAskForConfirmationWhenSameMeetingIsRecordedTwice() throws Exception {
        LocalDate day = freeDay(branch, MeetingType.THEME_DAY);
        MultiValueMap<String, String> form = newForm(branch, MeetingType.THEME_DAY, day);
        form.set("topic", "主题党日：清理楼道");
        save(branch, form);

        form.set("topic", "主题党日：清理楼道（补记）");
        String html = html(mvc.perform(post("/orgs/{id}/meetings", branch).params(form).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andExpect(view().name("meeting/form")).andReturn());
        assertThat(textOf(html, "heldOn-error")).contains("同一天已记录过同类会议");
        assertThat(section(html, "div", "confirm-duplicate")).contains("name=\"confirmDuplicate\"");
        assertThat(inputValue(html, "topic")).isEqualTo("主题党日：清理楼道（补记）");

        MultiValueMap<String, String> again = formValues(html);
        again.set("confirmDuplicate", "true");
        save(branch, again);
        assertThat(jdbc.queryForObject("""
                select count(*) from meeting where party_org_id = ? and type = 'THEME_DAY' and held_on = ?
                  and deleted_at is null""", Integer.class, branch, day)).isEqualTo(2);
    }

    @Test
    void shouldShowConflictAndKeepInputWhenMeetingWasSavedMeanwhile() throws Exception {
        MultiValueMap<String, String> created = newForm(branch, MeetingType.LIFE_MEETING,
                freeDay(branch, MeetingType.LIFE_MEETING));
        created.set("topic", "年度组织生活会");
        long id = save(branch, created);

        String edit = html(mvc.perform(get("/meetings/{id}/edit", id).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        MultiValueMap<String, String> first = formValues(edit);
        MultiValueMap<String, String> second = formValues(edit);
        assertThat(first.getFirst("topic")).isEqualTo("年度组织生活会");
        first.set("topic", "年度组织生活会（第一次修改）");
        mvc.perform(post("/meetings/{id}", id).params(first).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/meetings/" + id));

        second.set("topic", "年度组织生活会（第二次修改）");
        second.set("place", "支部活动室");
        String html = html(mvc.perform(post("/meetings/{id}", id).params(second).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("meeting/form")).andReturn());

        assertThat(html).contains("id=\"conflict\"");
        assertThat(textOf(html, "conflict-topic")).isEqualTo("年度组织生活会（第一次修改）");
        assertThat(inputValue(html, "topic")).isEqualTo("年度组织生活会（第二次修改）");
        assertThat(inputValue(html, "place")).isEqualTo("支部活动室");
        String stored = jdbc.queryForObject("select topic from meeting where id = ?", String.class, id);
        assertThat(stored).isEqualTo("年度组织生活会（第一次修改）");
        assertThat(inputValue(html, "version")).isEqualTo(
                jdbc.queryForObject("select version from meeting where id = ?", Long.class, id).toString());
    }

    @Test
    void shouldRemoveMeetingFromListAndCountsWhenDeleted() throws Exception {
        LocalDate day = freeDay(branch, MeetingType.THEME_DAY);
        MultiValueMap<String, String> form = newForm(branch, MeetingType.THEME_DAY, day);
        form.set("topic", "将被删除的主题党日");
        long id = save(branch, form);
        int held = heldInPeriod(branch, MeetingType.THEME_DAY, day);

        mvc.perform(post("/meetings/{id}/delete", id).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/orgs/" + branch + "/meetings"))
                .andExpect(flash().attribute("success", "meeting.deleted"));

        assertThat(heldInPeriod(branch, MeetingType.THEME_DAY, day)).isEqualTo(held - 1);
        String list = html(mvc.perform(get("/orgs/{id}/meetings", branch).param("month", YearMonth.from(day).toString())
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(list, "/meetings/")).doesNotContain(id);
        mvc.perform(get("/meetings/{id}", id).with(as("community"))).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- scope and roles

    @Test
    void shouldAnswer404WhenCommunitySecretaryOpensMeetingOfAnotherCommunity() throws Exception {
        long otherBranch = branchIn(siblingCommunity(community));
        MultiValueMap<String, String> form = newForm("street", otherBranch, MeetingType.THEME_DAY,
                freeDay(otherBranch, MeetingType.THEME_DAY));
        form.set("topic", "邻近社区的主题党日");
        long id = save("street", otherBranch, form);

        mvc.perform(get("/meetings/{id}", id).with(as("street"))).andExpect(status().isOk());
        mvc.perform(get("/meetings/{id}", id).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/edit", id).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}", id).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/delete", id).with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orgs/{id}/meetings", otherBranch).with(as("community"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select deleted_at is null from meeting where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void shouldLetDistrictOfficialReadButNotEditMeetings() throws Exception {
        MultiValueMap<String, String> form = newForm(branch, MeetingType.PARTY_LESSON,
                freeDay(branch, MeetingType.PARTY_LESSON));
        form.set("topic", "区里可以查看的党课");
        form.set("lecturerMemberId", form.getFirst("attendance[0].memberId"));
        form.set("lectureTitle", "基层党建的几点体会");
        long id = save(branch, form);

        String html = html(mvc.perform(get("/meetings/{id}", id).with(as("district")))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "meeting-lecturer")).isEqualTo(form.getFirst("attendance[0].name"));
        assertThat(html).doesNotContain("id=\"edit-meeting\"", "id=\"delete-meeting\"");
        mvc.perform(get("/meetings/{id}/edit", id).with(as("district"))).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/delete", id).with(as("district")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orgs/{id}/meetings/new", branch).with(as("district"))).andExpect(status().isForbidden());
        String list = html(mvc.perform(get("/orgs/{id}/meetings", branch).with(as("district")))
                .andExpect(status().isOk()).andReturn());
        assertThat(list).doesNotContain("id=\"new-meeting\"").contains("id=\"export-ledger\"");
    }

    // ---------------------------------------------------------------- attendance list and ledger

    @Test
    void shouldRelistAttendanceKeepingMarksWhenTypeOrDayChanges() throws Exception {
        LocalDate day = freeDay(branch, MeetingType.MEMBERS_ASSEMBLY);
        MultiValueMap<String, String> form = newForm(branch, MeetingType.MEMBERS_ASSEMBLY, day);
        String memberId = form.getFirst("attendance[1].memberId");
        MultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
        sent.add("type", "THEME_DAY");
        sent.add("heldOn", day.toString());
        sent.add("attendance[0].memberId", memberId);
        sent.add("attendance[0].status", "EXCUSED");
        sent.add("attendance[0].reason", "照顾老人");

        String fragment = html(mvc.perform(get("/orgs/{id}/meetings/attendees", branch).params(sent)
                .header("HX-Request", "true").with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(fragment).doesNotContain("<html").contains("id=\"attendance-table\"")
                .contains("id=\"people-block\"").contains("hx-swap-oob=\"true\"");
        MultiValueMap<String, String> relisted = formValues("<form id=\"meeting-form\">" + fragment + "</form>");
        int row = indexOf(relisted, memberId);
        assertThat(row).as("the marked member is still on the list").isGreaterThanOrEqualTo(0);
        assertThat(relisted.getFirst("attendance[" + row + "].status")).isEqualTo("EXCUSED");
        assertThat(relisted.getFirst("attendance[" + row + "].reason")).isEqualTo("照顾老人");
        assertThat(attendanceRows(relisted)).isEqualTo(attendanceRows(form));

        // without JavaScript the refresh button sends the whole form to the form page, and nothing typed is lost
        sent.add("topic", "已经写好的主题");
        String page = html(mvc.perform(get("/orgs/{id}/meetings/new", branch).params(sent).with(as("community")))
                .andExpect(status().isOk()).andExpect(view().name("meeting/form")).andReturn());
        assertThat(inputValue(page, "topic")).isEqualTo("已经写好的主题");
        assertThat(checked(page, "attendance[" + row + "].status")).isEqualTo("EXCUSED");
        assertThat(page).contains("id=\"refresh-attendees\"", "data-no-htmx", "hx-get=\"/orgs/" + branch
                + "/meetings/attendees\"");
    }

    @Test
    void shouldExportYearLedgerWithOneRowPerMeetingWhenDownloaded() throws Exception {
        LocalDate day = freeDay(branch, MeetingType.MEMBERS_ASSEMBLY);
        MultiValueMap<String, String> form = newForm(branch, MeetingType.MEMBERS_ASSEMBLY, day);
        form.set("topic", "台账里的支部党员大会");
        save(branch, form);
        int year = day.getYear();
        long audits = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'"
                + " and entity_type = 'meeting'", Long.class);

        MvcResult result = mvc.perform(get("/orgs/{id}/meetings/ledger", branch).param("year", Integer.toString(year))
                .with(as("community"))).andExpect(status().isOk())
                .andExpect(content().contentType(MeetingController.XLSX)).andReturn();

        int meetings = jdbc.queryForObject("""
                select count(*) from meeting where party_org_id = ? and deleted_at is null
                  and extract(year from held_on) = ?""", Integer.class, branch, year);
        int attendance = jdbc.queryForObject("""
                select count(*) from meeting_attendance a join meeting m on m.id = a.meeting_id
                where m.party_org_id = ? and m.deleted_at is null and extract(year from m.held_on) = ?""",
                Integer.class, branch, year);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet ledger = book.getSheetAt(0);
            assertThat(ledger.getSheetName()).isEqualTo("会议台账");
            assertThat(ledger.getRow(0).getCell(0).getStringCellValue()).isEqualTo("召开日期");
            assertThat(ledger.getLastRowNum()).as("rows after the header").isEqualTo(meetings);
            List<String> topics = new ArrayList<>();
            for (int r = 1; r <= ledger.getLastRowNum(); r++) {
                topics.add(ledger.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(topics).contains("台账里的支部党员大会");
            Sheet lines = book.getSheetAt(1);
            assertThat(lines.getSheetName()).isEqualTo("出席明细");
            assertThat(lines.getLastRowNum()).isEqualTo(attendance);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'"
                + " and entity_type = 'meeting'", Long.class)).isEqualTo(audits + 1);
    }

    // ---------------------------------------------------------------- helpers

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest past day on which the organization has no meeting of this type yet. */
    private LocalDate freeDay(long org, MeetingType type) {
        for (int back = 1; back < 300; back++) {
            LocalDate day = today().minusDays(back);
            Integer taken = jdbc.queryForObject("""
                    select count(*) from meeting where party_org_id = ? and type = ? and held_on = ?
                      and deleted_at is null""", Integer.class, org, type.name(), day);
            if (taken == 0) {
                return day;
            }
        }
        throw new IllegalStateException("no free day for " + type);
    }

    private int heldInPeriod(long org, MeetingType type, LocalDate day) {
        return jdbc.queryForObject("""
                select s.held from org_period_status s join meeting_requirement r on r.id = s.requirement_id
                where s.party_org_id = ? and r.meeting_type = ? and ? between s.period_start and s.period_end""",
                Integer.class, org, type.name(), day);
    }

    private int meetingsWithTopic(String topic) {
        return jdbc.queryForObject("select count(*) from meeting where topic = ?", Integer.class, topic);
    }

    private MultiValueMap<String, String> newForm(long org, MeetingType type, LocalDate day) throws Exception {
        return newForm("community", org, type, day);
    }

    /** The new-meeting form for the type and day, as the browser would send it untouched. */
    private MultiValueMap<String, String> newForm(String user, long org, MeetingType type, LocalDate day)
            throws Exception {
        String html = html(mvc.perform(get("/orgs/{id}/meetings/new", org).param("type", type.name())
                .param("heldOn", day.toString()).with(as(user))).andExpect(status().isOk()).andReturn());
        MultiValueMap<String, String> form = formValues(html);
        assertThat(form.getFirst("type")).isEqualTo(type.name());
        assertThat(form.getFirst("heldOn")).isEqualTo(day.toString());
        return form;
    }

    private long save(long org, MultiValueMap<String, String> form) throws Exception {
        return save("community", org, form);
    }

    private long save(String user, long org, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post("/orgs/{id}/meetings", org).params(form).with(as(user)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/meetings/*"))
                .andExpect(flash().attribute("success", "meeting.saved")).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/meetings/".length()));
    }

    private static int attendanceRows(MultiValueMap<String, String> form) {
        return (int) form.keySet().stream().filter(k -> k.matches("attendance\\[\\d+]\\.memberId")).count();
    }

    private static List<Integer> votingRows(MultiValueMap<String, String> form) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < attendanceRows(form); i++) {
            if ("true".equals(form.getFirst("attendance[" + i + "].voting"))) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static List<String> statuses(MultiValueMap<String, String> form) {
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < attendanceRows(form); i++) {
            statuses.add(form.getFirst("attendance[" + i + "].status"));
        }
        return statuses;
    }

    private static int indexOf(MultiValueMap<String, String> form, String memberId) {
        for (int i = 0; i < attendanceRows(form); i++) {
            if (memberId.equals(form.getFirst("attendance[" + i + "].memberId"))) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.\\-\\[\\]]+)(?:\\s*=\\s*\"([^\"]*)\")?");

    /**
     * What a browser submits for the meeting form: inputs (radios and check boxes only when checked,
     * no buttons, no CSRF token), the selected option of each select, and each text area.
     */
    private static MultiValueMap<String, String> formValues(String html) {
        Matcher formTag = Pattern.compile("<form\\b[^>]*id=\"meeting-form\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(html);
        assertThat(formTag.find()).as("the meeting form").isTrue();
        String body = formTag.group(1);
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        Matcher input = Pattern.compile("<input\\b([^>]*)>").matcher(body);
        while (input.find()) {
            MultiValueMap<String, String> a = attributes(input.group(1));
            String name = a.getFirst("name");
            String type = a.containsKey("type") ? a.getFirst("type") : "text";
            if (name == null || name.equals("_csrf") || type.equals("submit") || type.equals("button")
                    || ((type.equals("radio") || type.equals("checkbox")) && !a.containsKey("checked"))) {
                continue;
            }
            values.add(name, a.containsKey("value") ? a.getFirst("value") : "");
        }
        Matcher select = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(body);
        while (select.find()) {
            String name = attributes(select.group(1)).getFirst("name");
            Matcher option = Pattern.compile("<option\\b([^>]*)>").matcher(select.group(2));
            String chosen = null;
            while (option.find()) {
                MultiValueMap<String, String> a = attributes(option.group(1));
                if (chosen == null || a.containsKey("selected")) {
                    chosen = a.getFirst("value");
                    if (a.containsKey("selected")) {
                        break;
                    }
                }
            }
            values.add(name, chosen == null ? "" : chosen);
        }
        Matcher area = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(body);
        while (area.find()) {
            values.add(attributes(area.group(1)).getFirst("name"), HtmlUtils.htmlUnescape(area.group(2)));
        }
        return values;
    }

    private static MultiValueMap<String, String> attributes(String tag) {
        MultiValueMap<String, String> a = new LinkedMultiValueMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.add(m.group(1), m.group(2) == null ? "" : HtmlUtils.htmlUnescape(m.group(2)));
        }
        return a;
    }

    /** The value of the checked radio button with this name; null when none is checked. */
    private static String checked(String html, String name) {
        Matcher input = Pattern.compile("<input\\b([^>]*)>").matcher(html);
        while (input.find()) {
            MultiValueMap<String, String> a = attributes(input.group(1));
            if (name.equals(a.getFirst("name")) && "radio".equals(a.getFirst("type")) && a.containsKey("checked")) {
                return a.getFirst("value");
            }
        }
        return null;
    }

    private static String classOf(String html, String id) {
        Matcher tag = Pattern.compile("<\\w+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(tag.find()).as("element " + id).isTrue();
        return attributes(tag.group()).getFirst("class");
    }

    private static String textarea(String html, String name) {
        Matcher area = Pattern.compile("<textarea\\b[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</textarea>",
                Pattern.DOTALL).matcher(html);
        return area.find() ? HtmlUtils.htmlUnescape(area.group(1)) : null;
    }
}
