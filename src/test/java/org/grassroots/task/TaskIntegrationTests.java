package org.grassroots.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.security.GrassrootsUser;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Tasks down the chain on the shared demo city: issuing, acting, forwarding, bad input, scope and figures. */
class TaskIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    TaskPages pages;

    @Autowired
    org.thymeleaf.ITemplateEngine templates;

    // ---------------------------------------------------------------- issuing

    @Test
    void shouldIssueTaskToEveryStreetOfTheDistrictAndAuditIt() throws Exception {
        long district = regionOf("district");
        String title = unique("述职");
        long task = issue("district", form(title, LocalDate.now().plusDays(7), "NUMBER", "ALL_BELOW"));
        List<Long> streets = jdbc.queryForList("select id from region where parent_id = ? order by id", Long.class,
                district);
        assertThat(jdbc.queryForList("select region_id from work_task_recipient where task_id = ? order by region_id",
                Long.class, task)).containsExactlyElementsOf(streets);
        assertThat(jdbc.queryForObject("select issuer_region_id from work_task where id = ?", Long.class, task))
                .isEqualTo(district);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CREATE' "
                + "and entity_type = 'work_task' and entity_id = ?", Long.class, task)).isEqualTo(1);
        String page = html(mvc.perform(get("/tasks/" + task).with(as("district"))).andExpect(status().isOk())
                .andReturn());
        assertThat(tableRows(page, "recipient-table")).hasSize(streets.size());
        assertThat(page).contains("data-status=\"SENT\" data-count=\"" + streets.size() + "\"");
        String list = html(mvc.perform(get("/tasks").param("q", title).with(as("district")))
                .andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(list, "/tasks/")).containsExactly(task);
    }

    @Test
    void shouldRefuseRecipientsOutsideTheScopeAndKeepEveryValue() throws Exception {
        long outCommunity = siblingCommunityOfOtherStreet();
        long outOrg = jdbc.queryForObject("select min(id) from party_org where community_id = ?", Long.class,
                outCommunity);
        String title = unique("越权");
        MultiValueMap<String, String> form = form(title, LocalDate.now().plusDays(3), "TEXT", "CHOSEN");
        form.add("regionIds", String.valueOf(outCommunity));
        form.add("orgIds", String.valueOf(outOrg));
        String html = html(mvc.perform(post("/tasks").params(form).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("task/form")).andReturn());
        assertThat(html).contains("id=\"regionIds-error\"").contains("id=\"orgIds-error\"");
        assertThat(inputValue(html, "title")).isEqualTo(title);
        assertThat(savedTasks(title)).isZero();
    }

    @Test
    void shouldRefusePastDeadlineBadDatesUnknownEnumsAndOversizedText() throws Exception {
        String title = unique("过期");
        long community = regionOf("community");
        MultiValueMap<String, String> past = chosen(form(title, LocalDate.now().minusDays(1), "TEXT", "CHOSEN"),
                community);
        String html = html(mvc.perform(post("/tasks").params(past).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "deadline-error")).isNotBlank();
        assertThat(inputValue(html, "deadline")).isEqualTo(LocalDate.now().minusDays(1).toString());

        MultiValueMap<String, String> bad = chosen(form(title, LocalDate.now(), "SOMETHING", "CHOSEN"), community);
        bad.set("deadline", "2026-13-45");
        bad.set("priority", "VERY_URGENT");
        html = html(mvc.perform(post("/tasks").params(bad).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(html).contains("id=\"deadline-error\"").contains("id=\"priority-error\"")
                .contains("id=\"evidenceKind-error\"");
        assertThat(inputValue(html, "deadline")).isEqualTo("2026-13-45");

        MultiValueMap<String, String> big = chosen(form("长".repeat(201), LocalDate.now(), "TEXT", "CHOSEN"),
                community);
        big.set("content", "长".repeat(4001));
        html = html(mvc.perform(post("/tasks").params(big).with(as("street")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(html).contains("id=\"title-error\"").contains("id=\"content-error\"");
        assertThat(savedTasks(title)).isZero();

        MultiValueMap<String, String> ids = form(title, LocalDate.now(), "TEXT", "CHOSEN");
        ids.add("regionIds", "abc");
        mvc.perform(post("/tasks").params(ids).with(as("street")).with(csrf())).andExpect(status().isOk());
        assertThat(savedTasks(title)).isZero();
    }

    @Test
    void shouldLetOnlyTheIssuingLevelsIssue() throws Exception {
        MultiValueMap<String, String> form = form(unique("无权"), LocalDate.now(), "TEXT", "ALL_BELOW");
        mvc.perform(post("/tasks").params(form).with(as("community")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/tasks").params(form).with(as("branch")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/new").with(as("street"))).andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- acting on a received task

    @Test
    void shouldAcknowledgeReportAndCompleteWithANumberRefusingWrongEvidence() throws Exception {
        long community = regionOf("community");
        String title = unique("人数");
        long task = issue("street", chosen(form(title, LocalDate.now().plusDays(2), "NUMBER", "CHOSEN"), community));
        long row = rowOf(task, community);
        String inbox = html(mvc.perform(get("/tasks/inbox").with(as("community"))).andExpect(status().isOk())
                .andReturn());
        assertThat(inbox).contains("data-id=\"" + row + "\" data-urgency=\"DUE_SOON\"");

        mvc.perform(post("/task-recipients/" + row + "/acknowledge").param("version", version(row))
                .with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(statusOf(row)).isEqualTo("ACKNOWLEDGED");
        mvc.perform(post("/task-recipients/" + row + "/progress").param("note", "已布置各支部统计")
                .param("version", version(row)).with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(statusOf(row)).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForObject("select note from work_task_note where recipient_id = ?", String.class, row))
                .isEqualTo("已布置各支部统计");

        // a non-number, and a text where the task asks for a number: field errors, the values kept
        String html = html(mvc.perform(post("/task-recipients/" + row + "/complete").param("evidenceNumber", "十二个")
                .param("note", "说明").param("version", version(row)).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("task/recipient")).andReturn());
        assertThat(textOf(html, "evidenceNumber-error")).isNotBlank();
        assertThat(inputValue(html, "evidenceNumber")).isEqualTo("十二个");
        html = html(mvc.perform(post("/task-recipients/" + row + "/complete").param("evidenceText", "完成了")
                .param("version", version(row)).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "evidenceNumber-error")).isNotBlank();
        mvc.perform(post("/task-recipients/" + row + "/complete").param("evidenceNumber", "1".repeat(31))
                .param("version", version(row)).with(as("community")).with(csrf())).andExpect(status().isOk());
        assertThat(statusOf(row)).isEqualTo("IN_PROGRESS");

        // a stale version shows the conflict panel and changes nothing
        long stale = Long.parseLong(version(row)) - 1;
        html = html(mvc.perform(post("/task-recipients/" + row + "/complete").param("evidenceNumber", "12")
                .param("version", String.valueOf(stale)).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(html).contains("id=\"conflict\"");
        assertThat(inputValue(html, "evidenceNumber")).isEqualTo("12");
        assertThat(statusOf(row)).isEqualTo("IN_PROGRESS");

        mvc.perform(post("/task-recipients/" + row + "/complete").param("evidenceNumber", "12")
                .param("version", version(row)).with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(statusOf(row)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select evidence_number from work_task_recipient where id = ?",
                BigDecimal.class, row)).isEqualByComparingTo("12");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COMPLETE' "
                + "and entity_type = 'work_task_recipient' and entity_id = ?", Long.class, row)).isEqualTo(1);
    }

    @Test
    void shouldCompleteWithAMeetingOfTheRecipientOnly() throws Exception {
        long community = regionOf("community");
        long task = issue("street", chosen(form(unique("会议"), LocalDate.now().plusDays(9), "RECORD", "CHOSEN"),
                community));
        long row = rowOf(task, community);
        long own = meetingIn(community);
        long other = meetingIn(siblingCommunity(community));
        String html = html(mvc.perform(post("/task-recipients/" + row + "/complete").param("version", version(row))
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "evidenceMeetingId-error")).isNotBlank();
        html = html(mvc.perform(post("/task-recipients/" + row + "/complete").param("evidenceMeetingId",
                String.valueOf(other)).param("version", version(row)).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "evidenceMeetingId-error")).isNotBlank();
        mvc.perform(post("/task-recipients/" + row + "/complete").param("evidenceMeetingId", "x1")
                .param("version", version(row)).with(as("community")).with(csrf())).andExpect(status().isOk());
        assertThat(statusOf(row)).isEqualTo("SENT");
        mvc.perform(post("/task-recipients/" + row + "/complete").param("evidenceMeetingId", String.valueOf(own))
                .param("version", version(row)).with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select evidence_meeting_id from work_task_recipient where id = ?", Long.class,
                row)).isEqualTo(own);
    }

    @Test
    void shouldAnswer404ForAnotherRecipientsRow() throws Exception {
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        long task = issue("street", chosen(chosen(form(unique("他人"), LocalDate.now().plusDays(5), "TEXT", "CHOSEN"),
                community), sibling));
        long theirs = rowOf(task, sibling);
        mvc.perform(get("/task-recipients/" + theirs).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/task-recipients/" + theirs + "/complete").param("evidenceText", "x")
                .param("version", version(theirs)).with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/task-recipients/" + theirs + "/acknowledge").param("version", version(theirs))
                .with(as("branch")).with(csrf())).andExpect(status().isNotFound());
        assertThat(statusOf(theirs)).isEqualTo("SENT");
        // the recipient sees the task but not the issuer's table or its export
        String page = html(mvc.perform(get("/tasks/" + task).with(as("community"))).andExpect(status().isOk())
                .andReturn());
        assertThat(page).doesNotContain("id=\"recipient-table\"");
        mvc.perform(get("/tasks/" + task + "/recipients.xlsx").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + task).with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/999999999").with(as("street"))).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- forwarding

    @Test
    void shouldForwardToTheBranchesAndLeaveTheParentToTheForwarder() throws Exception {
        long community = regionOf("community");
        String title = unique("转发");
        long task = issue("street", chosen(form(title, LocalDate.now().plusDays(6), "TEXT", "CHOSEN"), community));
        long row = rowOf(task, community);
        MultiValueMap<String, String> fwd = form(title + "（转发）", LocalDate.now().plusDays(4), "TEXT", "ALL_BELOW");
        String location = mvc.perform(post("/task-recipients/" + row + "/forward").params(fwd)
                .with(as("community")).with(csrf())).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        long child = Long.parseLong(location.substring("/tasks/".length()));
        assertThat(jdbc.queryForMap("select parent_task_id, parent_recipient_id, issuer_region_id from work_task "
                + "where id = ?", child)).containsEntry("parent_task_id", task).containsEntry("parent_recipient_id", row)
                .containsEntry("issuer_region_id", community);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FORWARD' and entity_id = ?",
                Long.class, child)).isEqualTo(1);
        long branch = orgOf("branch");
        Long branchRow = jdbc.queryForObject("select id from work_task_recipient where task_id = ? and org_id = ?",
                Long.class, child, branch);
        String childPage = html(mvc.perform(get("/tasks/" + child).with(as("community"))).andExpect(status().isOk())
                .andReturn());
        assertThat(textOf(childPage, "task-parent")).contains(title);
        // the forwarded task is listed under its parent for the issuer, and under the row it was forwarded from
        String parentPage = html(mvc.perform(get("/tasks/" + task).with(as("street"))).andExpect(status().isOk())
                .andReturn());
        assertThat(section(parentPage, "section", "children")).contains("/tasks/" + child);
        String rowPage = html(mvc.perform(get("/task-recipients/" + row).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(section(rowPage, "section", "forwarded")).contains("/tasks/" + child);
        mvc.perform(post("/task-recipients/" + branchRow + "/complete").param("evidenceText", "已核对")
                .param("version", version(branchRow)).with(as("branch")).with(csrf())).andExpect(status().isFound());
        assertThat(statusOf(branchRow)).isEqualTo("COMPLETED");
        assertThat(statusOf(row)).isEqualTo("SENT");
        // a forwarded task can name only nodes of the forwarder's own scope
        MultiValueMap<String, String> out = chosen(form(title, LocalDate.now().plusDays(4), "TEXT", "CHOSEN"),
                siblingCommunity(community));
        mvc.perform(post("/task-recipients/" + row + "/forward").params(out).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("task/form"));
    }

    // ---------------------------------------------------------------- figures and lists

    @Test
    void shouldCountOverdueAndDueSoonPerChildRegionAsTheRecordsSay() throws Exception {
        long district = regionOf("district");
        long street = regionOf("street");
        long community = regionOf("community");
        Scope scope = ((GrassrootsUser) users.loadUserByUsername("district")).getScope();
        TaskViews.OverdueRow before = rowFor(pages.overdue(district, scope), street);
        assertThat(before.overdue()).isEqualTo(countOpen(regionPath(street), "t.deadline < current_date"));
        assertThat(before.dueSoon()).isEqualTo(countOpen(regionPath(street),
                "t.deadline between current_date and current_date + 3"));
        long task = jdbc.queryForObject("""
                insert into work_task (title, content, deadline, priority, evidence_kind, issuer_region_id, created_by)
                values ('逾期测试', '内容', current_date - 3, 'NORMAL', 'TEXT', ?, 'test') returning id""", Long.class,
                street);
        jdbc.update("insert into work_task_recipient (task_id, region_id) values (?, ?)", task, community);
        jdbc.update("insert into work_task_recipient (task_id, org_id) values (?, ?)", task, orgOf("branch"));
        TaskViews.OverduePage after = pages.overdue(district, scope);
        assertThat(rowFor(after, street).overdue()).isEqualTo(before.overdue() + 2);
        assertThat(rowFor(after, street).open()).isEqualTo(before.open() + 2);
        assertThat(after.total().overdue()).isEqualTo(after.rows().stream().mapToLong(TaskViews.OverdueRow::overdue)
                .sum());
        String inbox = html(mvc.perform(get("/tasks/inbox").with(as("community"))).andExpect(status().isOk())
                .andReturn());
        assertThat(inbox).contains("data-urgency=\"OVERDUE\"");
        String received = html(mvc.perform(get("/tasks").param("tab", "RECEIVED").param("overdue", "true")
                .param("q", "逾期测试").with(as("branch"))).andExpect(status().isOk()).andReturn());
        assertThat(received).contains("逾期测试");
        mvc.perform(get("/tasks").param("status", "NOPE").param("page", "-4").with(as("street")))
                .andExpect(status().isOk());
    }

    @Test
    void shouldRenderTheLevelFragmentWithTheFigures() throws Exception {
        long district = regionOf("district");
        Scope scope = ((GrassrootsUser) users.loadUserByUsername("district")).getScope();
        TaskViews.OverduePage page = pages.overdue(district, scope);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        var app = org.thymeleaf.web.servlet.JakartaServletWebApplication.buildApplication(
                new org.springframework.mock.web.MockServletContext());
        var context = new org.thymeleaf.context.WebContext(app.buildExchange(request,
                new org.springframework.mock.web.MockHttpServletResponse()), java.util.Locale.SIMPLIFIED_CHINESE,
                java.util.Map.of("page", page));
        String html = templates.process("task/fragments", java.util.Set.of("overdueTable"), context);
        // the footer row has header cells only: it reads as an empty row here
        List<List<String>> rows = tableRows(html, "task-overdue-table").stream().filter(r -> !r.isEmpty()).toList();
        assertThat(rows).hasSize(page.rows().size());
        for (int i = 0; i < rows.size(); i++) {
            TaskViews.OverdueRow r = page.rows().get(i);
            assertThat(rows.get(i)).containsExactly(r.region().getName(), String.valueOf(r.open()),
                    String.valueOf(r.dueSoon()), String.valueOf(r.overdue()));
        }
        assertThat(html).contains("href=\"/tasks?tab=ISSUED&amp;overdue=true\"");
    }

    @Test
    void shouldExportTheRecipientsOfATaskToExcel() throws Exception {
        long task = issue("district", form(unique("导出"), LocalDate.now().plusDays(7), "TEXT", "ALL_BELOW"));
        long count = jdbc.queryForObject("select count(*) from work_task_recipient where task_id = ?", Long.class, task);
        MvcResult result = mvc.perform(get("/tasks/" + task + "/recipients.xlsx").with(as("district")))
                .andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum() + 1).isEqualTo((int) count + 2);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String unique(String word) {
        return "测试" + word + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MultiValueMap<String, String> form(String title, LocalDate deadline, String evidence,
            String audience) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", title);
        form.add("content", "任务内容");
        form.add("deadline", deadline.toString());
        form.add("priority", "IMPORTANT");
        form.add("evidenceKind", evidence);
        form.add("audience", audience);
        return form;
    }

    private static MultiValueMap<String, String> chosen(MultiValueMap<String, String> form, long regionId) {
        form.add("regionIds", String.valueOf(regionId));
        return form;
    }

    private long issue(String user, MultiValueMap<String, String> form) throws Exception {
        String location = mvc.perform(post("/tasks").params(form).with(as(user)).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/tasks/".length()));
    }

    private long rowOf(long task, long regionId) {
        return jdbc.queryForObject("select id from work_task_recipient where task_id = ? and region_id = ?",
                Long.class, task, regionId);
    }

    private String version(long row) {
        return String.valueOf(jdbc.queryForObject("select version from work_task_recipient where id = ?", Long.class,
                row));
    }

    private String statusOf(long row) {
        return jdbc.queryForObject("select status from work_task_recipient where id = ?", String.class, row);
    }

    private long savedTasks(String title) {
        return jdbc.queryForObject("select count(*) from work_task where title = ?", Long.class, title);
    }

    private long meetingIn(long communityId) {
        return jdbc.queryForObject("""
                select min(x.id) from meeting x join party_org o on o.id = x.party_org_id
                where o.community_id = ? and x.deleted_at is null""", Long.class, communityId);
    }

    /** A community of another street of the district: outside the street user's scope. */
    private long siblingCommunityOfOtherStreet() {
        return jdbc.queryForObject("""
                select min(c.id) from region c join region s on s.id = c.parent_id
                where s.parent_id = ? and s.id <> ?""", Long.class, regionOf("district"), regionOf("street"));
    }

    private long countOpen(String prefix, String condition) {
        return jdbc.queryForObject("""
                select count(*) from work_task_recipient r join work_task t on t.id = r.task_id
                left join region g on g.id = r.region_id left join party_org o on o.id = r.org_id
                where r.status <> 'COMPLETED' and coalesce(g.path, o.region_path) like ? || '%'""" + " and " + condition,
                Long.class, prefix);
    }

    private static TaskViews.OverdueRow rowFor(TaskViews.OverduePage page, long regionId) {
        return page.rows().stream().filter(r -> r.region().getId() == regionId).findFirst().orElseThrow();
    }
}
