package org.grassroots.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grassroots.security.GrassrootsUser;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The development pipeline through its pages: a person carried from application to full membership by
 * a community secretary and the street, approval routing, corrections, bad input, scope, the board
 * and the probation list, on the shared demo city (every test makes its own people).
 */
class DevelopmentIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    private DevelopmentService development;

    @Autowired
    private DevelopmentPages pages;

    @Autowired
    private Clock clock;

    private LocalDate today;
    private long community;
    private long branch;
    private long full1;
    private long full2;

    @BeforeEach
    void findPlaces() {
        today = LocalDate.now(clock);
        community = regionOf("community");
        branch = orgOf("branch");
        List<Long> full = jdbc.queryForList("""
                select id from party_member where party_org_id = ? and status = 'FULL' order by id limit 2""",
                Long.class, branch);
        full1 = full.get(0);
        full2 = full.get(1);
    }

    // ---------------------------------------------------------------- helpers

    private Scope scopeOf(String username) {
        return ((GrassrootsUser) users.loadUserByUsername(username)).getScope();
    }

    /** A person registered through the member form, at a status with its dates, born on {@link #BIRTH}. */
    private long person(String name, String status, LocalDate applied, LocalDate activist, LocalDate candidate,
            LocalDate admitted) throws Exception {
        return person(branch, name, status, applied, activist, candidate, admitted);
    }

    private long person(long org, String name, String status, LocalDate applied, LocalDate activist,
            LocalDate candidate, LocalDate admitted) throws Exception {
        MultiValueMap<String, String> form = newFullMember(name, freshIdNumber(BIRTH, true), org);
        form.set("status", status);
        form.set("appliedOn", text(applied));
        form.set("activistOn", text(activist));
        form.set("candidateOn", text(candidate));
        form.set("admittedOn", text(admitted));
        form.set("fullMemberOn", "");
        return createMember(form);
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static MultiValueMap<String, String> step(String code, LocalDate on) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("stepCode", code);
        form.add("doneOn", on.toString());
        form.add("decidedBy", "测试党支部");
        form.add("note", "测试记录");
        return form;
    }

    private void record(long member, String user, MultiValueMap<String, String> form) throws Exception {
        mvc.perform(post("/members/" + member + "/development/steps").params(form).with(as(user)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/members/" + member + "/development"));
    }

    private String refused(long member, String user, MultiValueMap<String, String> form) throws Exception {
        return html(mvc.perform(post("/members/" + member + "/development/steps").params(form).with(as(user))
                        .with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("development/person")).andReturn());
    }

    private long stepId(long member, String code) {
        return jdbc.queryForObject("""
                select id from member_step where member_id = ? and step_code = ? and voided_at is null
                  and approval_state <> 'RETURNED'""", Long.class, member, code);
    }

    private long stepCount(long member) {
        return jdbc.queryForObject("select count(*) from member_step where member_id = ?", Long.class, member);
    }

    private String statusOf(long member) {
        return jdbc.queryForObject("select status from party_member where id = ?", String.class, member);
    }

    private void approve(long stepId, LocalDate on) throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("approvedOn", on.toString());
        form.add("version", jdbc.queryForObject("select version from member_step where id = ?", Long.class, stepId)
                .toString());
        mvc.perform(post("/development/approvals/" + stepId + "/approve").params(form).with(as("street")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/development/approvals"));
    }

    /** A candidate registered midway, with every step up to the request for admission sent. */
    private long candidateSent(String name, LocalDate vote) throws Exception {
        LocalDate candidate = vote.minusMonths(4);
        long id = person(name, "CANDIDATE", candidate.minusMonths(15), candidate.minusMonths(13), candidate, null);
        record(id, "community", step("CANDIDATE_FILED", candidate.plusDays(5)));
        MultiValueMap<String, String> introducers = step("INTRODUCERS", candidate.plusDays(10));
        introducers.add("introducer1Id", Long.toString(full1));
        introducers.add("introducer2Id", Long.toString(full2));
        record(id, "community", introducers);
        record(id, "community", step("POLITICAL_REVIEW", candidate.plusDays(20)));
        record(id, "community", step("INTENSIVE_TRAINING", candidate.plusDays(25)));
        record(id, "community", step("COMMITTEE_REVIEW", vote.minusDays(30)));
        record(id, "community", step("PRE_REVIEW", vote.minusDays(20)));
        record(id, "community", step("APPLICATION_FORM", vote.minusDays(10)));
        record(id, "community", step("ADMISSION_VOTE", vote));
        record(id, "community", step("HIGHER_TALK", vote.plusDays(2)));
        record(id, "community", step("ADMISSION_APPROVAL", vote.plusDays(4)));
        return id;
    }

    // ---------------------------------------------------------------- from application to full membership

    @Test
    void shouldCarryOnePersonFromApplicationToFullMembership() throws Exception {
        LocalDate applied = today.minusYears(3);
        long id = person("全程甲", "APPLICANT", applied, null, null, null);
        record(id, "community", step("APPLY", applied));
        record(id, "community", step("TALK", applied.plusDays(10)));
        LocalDate activist = applied.plusDays(30);
        record(id, "community", step("ACTIVIST", activist));
        assertThat(statusOf(id)).isEqualTo("ACTIVIST");
        record(id, "community", step("ACTIVIST_FILED", activist.plusDays(5)));
        MultiValueMap<String, String> mentors = step("MENTORS", activist.plusDays(3));
        mentors.add("mentor1Id", Long.toString(full1));
        record(id, "community", mentors);
        record(id, "community", step("TRAINING", activist.plusDays(180)));
        LocalDate candidate = activist.plusYears(1).plusDays(1);
        record(id, "community", step("CANDIDATE", candidate));
        assertThat(statusOf(id)).isEqualTo("CANDIDATE");
        record(id, "community", step("CANDIDATE_FILED", candidate.plusDays(5)));
        MultiValueMap<String, String> introducers = step("INTRODUCERS", candidate.plusDays(10));
        introducers.add("introducer1Id", Long.toString(full1));
        introducers.add("introducer2Id", Long.toString(full2));
        record(id, "community", introducers);
        record(id, "community", step("POLITICAL_REVIEW", candidate.plusDays(20)));
        record(id, "community", step("INTENSIVE_TRAINING", candidate.plusDays(25)));
        record(id, "community", step("COMMITTEE_REVIEW", candidate.plusDays(40)));
        record(id, "community", step("PRE_REVIEW", candidate.plusDays(45)));
        record(id, "community", step("APPLICATION_FORM", candidate.plusDays(50)));
        LocalDate vote = candidate.plusDays(60);
        record(id, "community", step("ADMISSION_VOTE", vote));
        record(id, "community", step("HIGHER_TALK", vote.plusDays(3)));
        record(id, "community", step("ADMISSION_APPROVAL", vote.plusDays(5)));

        // the community cannot approve: the request waits for the street, and the person is still a candidate
        long admission = stepId(id, "ADMISSION_APPROVAL");
        assertThat(jdbc.queryForMap("select approval_state, approver_street_id from member_step where id = ?",
                admission)).containsEntry("approval_state", "PENDING")
                .containsEntry("approver_street_id", regionOf("street"));
        assertThat(statusOf(id)).isEqualTo("CANDIDATE");
        String queue = html(mvc.perform(get("/development/approvals").with(as("street")))
                .andExpect(status().isOk()).andReturn());
        assertThat(queue).contains("href=\"/development/approvals/" + admission + "\"");
        approve(admission, vote.plusDays(20));
        assertThat(jdbc.queryForMap("select status, admitted_on from party_member where id = ?", id))
                .containsEntry("status", "PROBATIONARY").containsEntry("admitted_on", java.sql.Date.valueOf(vote));

        record(id, "community", step("PLACEMENT", vote.plusDays(25)));
        record(id, "community", step("OATH", vote.plusDays(30)));
        record(id, "community", step("PROBATION_ASSESSMENT", vote.plusDays(180)));
        LocalDate end = vote.plusYears(1);
        record(id, "community", step("CONVERSION_APPLICATION", end.minusDays(10)));
        record(id, "community", step("CONVERSION_VOTE", end.plusDays(2)));
        record(id, "community", step("CONVERSION_APPROVAL", end.plusDays(5)));
        assertThat(statusOf(id)).isEqualTo("PROBATIONARY");
        approve(stepId(id, "CONVERSION_APPROVAL"), end.plusDays(15));
        // Party standing runs from the end of probation, not from the approval
        assertThat(jdbc.queryForMap("select status, full_member_on from party_member where id = ?", id))
                .containsEntry("status", "FULL").containsEntry("full_member_on", java.sql.Date.valueOf(end));
        record(id, "community", step("ARCHIVE", end.plusDays(20)));

        List<Map<String, Object>> history = jdbc.queryForList("""
                select from_status, to_status, effective_on from member_history
                where member_id = ? and kind = 'STATUS' order by id""", id);
        assertThat(history).extracting(h -> h.get("from_status") + ">" + h.get("to_status") + "@" + h.get("effective_on"))
                .containsExactly("APPLICANT>ACTIVIST@" + activist, "ACTIVIST>CANDIDATE@" + candidate,
                        "CANDIDATE>PROBATIONARY@" + vote, "PROBATIONARY>FULL@" + end);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'party_member' and entity_id = ?
                  and action in ('RECORD_STEP', 'SUBMIT_STEP', 'APPROVE_STEP')""", Long.class, id)).isEqualTo(26);
        assertThat(jdbc.queryForObject("select count(*) from member_step_person where step_id = ?", Long.class,
                stepId(id, "INTRODUCERS"))).isEqualTo(2);

        String page = html(mvc.perform(get("/members/" + id + "/development").with(as("branch")))
                .andExpect(status().isOk()).andReturn());
        assertThat(tableRows(page, "steps")).hasSize(25);
        assertThat(page).doesNotContain("id=\"step-form\"");
    }

    // ---------------------------------------------------------------- approval routing

    @Test
    void shouldRefuseApprovalByTheCommunityItself() throws Exception {
        long id = candidateSent("路由乙", today.minusDays(20));
        long request = stepId(id, "ADMISSION_APPROVAL");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("approvedOn", today.toString());
        form.add("version", "0");
        for (String user : List.of("community", "branch", "district", "city")) {
            mvc.perform(post("/development/approvals/" + request + "/approve").params(form).with(as(user))
                    .with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/development/approvals/" + request).with(as(user))).andExpect(status().isForbidden());
        }
        // and below the routes: the service answers a community's scope as if the request did not exist
        ApprovalForm approve = new ApprovalForm();
        approve.setApprovedOn(today);
        approve.setVersion(0L);
        assertThatThrownBy(() -> development.approve(request, approve, scopeOf("community")))
                .isInstanceOf(NotFoundException.class);
        long otherStreet = jdbc.queryForObject("""
                select min(id) from region where level = 'STREET' and id <> ?""", Long.class, regionOf("street"));
        Scope other = Scope.ofRegion(otherStreet, regionPath(otherStreet));
        assertThatThrownBy(() -> development.approve(request, approve, other)).isInstanceOf(NotFoundException.class);
        assertThat(statusOf(id)).isEqualTo("CANDIDATE");
        assertThat(jdbc.queryForObject("select approval_state from member_step where id = ?", String.class, request))
                .isEqualTo("PENDING");
    }

    @Test
    void shouldApproveAtOnceWhenTheStreetRecordsTheApprovalItself() throws Exception {
        LocalDate vote = today.minusDays(40);
        long id = candidateSent("街道丙", vote);
        // withdraw the community's request (a correction), then the street records the approval itself
        MultiValueMap<String, String> reason = new LinkedMultiValueMap<>();
        reason.add("reason", "改由街道直接记录");
        reason.add("version", "0");
        mvc.perform(post("/members/" + id + "/development/steps/" + stepId(id, "ADMISSION_APPROVAL") + "/correct")
                .params(reason).with(as("community")).with(csrf())).andExpect(status().isFound());
        record(id, "street", step("ADMISSION_APPROVAL", vote.plusDays(10)));
        assertThat(jdbc.queryForMap("select approval_state, done_on from member_step where id = ?",
                stepId(id, "ADMISSION_APPROVAL"))).containsEntry("approval_state", "APPROVED")
                .containsEntry("done_on", java.sql.Date.valueOf(vote.plusDays(10)));
        assertThat(statusOf(id)).isEqualTo("PROBATIONARY");
    }

    @Test
    void shouldReturnRequestWithReasonAndLetTheBranchSendItAgain() throws Exception {
        LocalDate vote = today.minusDays(30);
        long id = candidateSent("退回丁", vote);
        long request = stepId(id, "ADMISSION_APPROVAL");
        MultiValueMap<String, String> blank = new LinkedMultiValueMap<>();
        blank.add("reason", "");
        blank.add("version", "0");
        String html = html(mvc.perform(post("/development/approvals/" + request + "/return").params(blank)
                .with(as("street")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "reason-error")).isNotBlank();

        MultiValueMap<String, String> reason = new LinkedMultiValueMap<>();
        reason.add("reason", "政审材料不全");
        reason.add("version", "0");
        mvc.perform(post("/development/approvals/" + request + "/return").params(reason).with(as("street"))
                .with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForMap("select approval_state, return_reason from member_step where id = ?", request))
                .containsEntry("approval_state", "RETURNED").containsEntry("return_reason", "政审材料不全");
        String page = html(mvc.perform(get("/members/" + id + "/development").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("政审材料不全").contains("data-alert=\"RETURNED\"");

        record(id, "community", step("ADMISSION_APPROVAL", vote.plusDays(12)));
        assertThat(jdbc.queryForObject("""
                select count(*) from member_step where member_id = ? and step_code = 'ADMISSION_APPROVAL'""",
                Long.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select approval_state from member_step where id = ?", String.class,
                stepId(id, "ADMISSION_APPROVAL"))).isEqualTo("PENDING");
    }

    @Test
    void shouldRefuseApprovalDatedBeforeTheRequest() throws Exception {
        LocalDate vote = today.minusDays(25);
        long id = candidateSent("早批戊", vote);
        long request = stepId(id, "ADMISSION_APPROVAL");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("approvedOn", vote.toString());
        form.add("note", "同意接收");
        form.add("version", "0");
        String html = html(mvc.perform(post("/development/approvals/" + request + "/approve").params(form)
                .with(as("street")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "approvedOn-error")).contains(vote.plusDays(4).toString());
        assertThat(inputValue(html, "note")).isEqualTo("同意接收");
        assertThat(statusOf(id)).isEqualTo("CANDIDATE");
    }

    // ---------------------------------------------------------------- bad input keeps every value

    @Test
    void shouldKeepEveryValueWhenDatesAreOutOfOrder() throws Exception {
        LocalDate applied = today.minusMonths(5);
        long id = person("乱序己", "APPLICANT", applied, null, null, null);
        record(id, "community", step("APPLY", applied));
        long before = stepCount(id);
        MultiValueMap<String, String> form = step("TALK", applied.minusDays(3));
        form.set("decidedBy", "某某社区第一党支部");
        form.set("note", "谈话记录甲");
        String html = refused(id, "community", form);
        assertThat(textOf(html, "doneOn-error")).contains(applied.toString());
        assertThat(inputValue(html, "doneOn")).isEqualTo(applied.minusDays(3).toString());
        assertThat(inputValue(html, "decidedBy")).isEqualTo("某某社区第一党支部");
        assertThat(inputValue(html, "note")).isEqualTo("谈话记录甲");
        assertThat(html).containsPattern("<option value=\"TALK\"[^>]*selected=\"selected\"");
        assertThat(stepCount(id)).isEqualTo(before);
    }

    @Test
    void shouldRefuseStepBeforeItsPrerequisiteAndFutureOrImpossibleDates() throws Exception {
        LocalDate applied = today.minusMonths(3);
        long id = person("前置庚", "APPLICANT", applied, null, null, null);
        record(id, "community", step("APPLY", applied));
        String html = refused(id, "community", step("ACTIVIST", applied.plusDays(20)));
        assertThat(textOf(html, "stepCode-error")).contains("党组织派人谈话");
        assertThat(html).containsPattern("<option value=\"ACTIVIST\"[^>]*selected=\"selected\"");

        html = refused(id, "community", step("TALK", today.plusDays(1)));
        assertThat(textOf(html, "doneOn-error")).contains(today.plusDays(1).toString());

        MultiValueMap<String, String> impossible = step("TALK", applied);
        impossible.set("doneOn", "2025-02-30");
        html = refused(id, "community", impossible);
        assertThat(textOf(html, "doneOn-error")).isNotBlank();
        assertThat(inputValue(html, "doneOn")).isEqualTo("2025-02-30");

        MultiValueMap<String, String> unknown = step("TALK", applied);
        unknown.set("stepCode", "NO_SUCH_STEP");
        html = refused(id, "community", unknown);
        assertThat(textOf(html, "stepCode-error")).isNotBlank();

        MultiValueMap<String, String> longNote = step("TALK", applied.plusDays(5));
        longNote.set("note", "长".repeat(501));
        longNote.set("decidedBy", "");
        html = refused(id, "community", longNote);
        assertThat(textOf(html, "note-error")).isNotBlank();
        assertThat(textOf(html, "decidedBy-error")).isNotBlank();
        assertThat(stepCount(id)).isEqualTo(1);
    }

    @Test
    void shouldNameTheDatesWhenTheApplicantIsUnder18() throws Exception {
        LocalDate born = today.minusYears(20);
        MultiValueMap<String, String> form = newFullMember("年少辛", freshIdNumber(born, false), branch);
        form.set("status", "APPLICANT");
        form.set("appliedOn", born.plusYears(19).toString());
        for (String f : List.of("activistOn", "candidateOn", "admittedOn", "fullMemberOn")) {
            form.set(f, "");
        }
        long id = createMember(form);
        String html = refused(id, "community", step("APPLY", born.plusYears(17)));
        assertThat(textOf(html, "doneOn-error")).contains(born.toString()).contains(born.plusYears(18).toString());
    }

    @Test
    void shouldRefuseProbationaryIntroducerAndTheSamePersonTwiceKeepingTheChoices() throws Exception {
        LocalDate candidate = today.minusMonths(2);
        long id = person("介绍壬", "CANDIDATE", candidate.minusMonths(15), candidate.minusMonths(13), candidate, null);
        long probationary = person("预备甲", "PROBATIONARY", candidate.minusYears(3), candidate.minusYears(2),
                candidate.minusMonths(10), candidate.minusMonths(5));
        MultiValueMap<String, String> form = step("INTRODUCERS", candidate.plusDays(3));
        form.add("introducer1Id", Long.toString(probationary));
        form.add("introducer2Id", Long.toString(full1));
        String html = refused(id, "community", form);
        assertThat(textOf(html, "introducer1Id-error")).isNotBlank();
        assertThat(html).containsPattern("<option value=\"" + probationary + "\"[^>]*selected=\"selected\"");

        form.set("introducer1Id", Long.toString(full1));
        html = refused(id, "community", form);
        assertThat(textOf(html, "introducer2Id-error")).isNotBlank();
        assertThat(textOf(html, "introducer1Id-error")).isNull();

        form.set("introducer2Id", Long.toString(id));
        html = refused(id, "community", form);
        assertThat(textOf(html, "introducer2Id-error")).isNotBlank();
        assertThat(stepCount(id)).isZero();

        form.set("introducer2Id", Long.toString(full2));
        record(id, "community", form);
        assertThat(jdbc.queryForList("select member_id from member_step_person where step_id = ? order by member_id",
                Long.class, stepId(id, "INTRODUCERS"))).containsExactlyInAnyOrder(full1, full2);
    }

    @Test
    void shouldRefuseConversionBeforeTheYearEnds() throws Exception {
        LocalDate admitted = today.minusMonths(11);
        long id = person("转正癸", "PROBATIONARY", admitted.minusMonths(20), admitted.minusMonths(18),
                admitted.minusMonths(4), admitted);
        record(id, "community", step("CONVERSION_APPLICATION", today.minusDays(5)));
        String html = refused(id, "community", step("CONVERSION_VOTE", today));
        assertThat(textOf(html, "doneOn-error")).contains(admitted.toString())
                .contains(admitted.plusYears(1).toString());
        MultiValueMap<String, String> extension = step("EXTENSION", today);
        extension.add("extensionMonths", "18");
        html = refused(id, "community", extension);
        assertThat(textOf(html, "extensionMonths-error")).isNotBlank();
        assertThat(inputValue(html, "extensionMonths")).isEqualTo("18");
        assertThat(textOf(html, "doneOn-error")).isNotBlank();
    }

    // ---------------------------------------------------------------- corrections

    @Test
    void shouldCorrectTheLastStepWithAReasonAndUndoItsStatus() throws Exception {
        LocalDate applied = today.minusMonths(6);
        long id = person("更正子", "APPLICANT", applied, null, null, null);
        record(id, "community", step("APPLY", applied));
        record(id, "community", step("TALK", applied.plusDays(7)));
        record(id, "community", step("ACTIVIST", applied.plusDays(40)));
        assertThat(statusOf(id)).isEqualTo("ACTIVIST");

        MultiValueMap<String, String> notLast = new LinkedMultiValueMap<>();
        notLast.add("reason", "日期记错");
        notLast.add("version", "0");
        String html = html(mvc.perform(post("/members/" + id + "/development/steps/" + stepId(id, "TALK")
                + "/correct").params(notLast).with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "global-errors")).isNotBlank();

        MultiValueMap<String, String> blank = new LinkedMultiValueMap<>();
        blank.add("reason", " ");
        blank.add("version", "0");
        long activist = stepId(id, "ACTIVIST");
        html = html(mvc.perform(post("/members/" + id + "/development/steps/" + activist + "/correct").params(blank)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "reason-error")).isNotBlank();
        assertThat(statusOf(id)).isEqualTo("ACTIVIST");

        mvc.perform(post("/members/" + id + "/development/steps/" + activist + "/correct").params(notLast)
                .with(as("community")).with(csrf())).andExpect(status().isFound());
        assertThat(jdbc.queryForMap("select status, activist_on from party_member where id = ?", id))
                .containsEntry("status", "APPLICANT").containsEntry("activist_on", null);
        assertThat(jdbc.queryForMap("select void_reason, voided_by from member_step where id = ?", activist))
                .containsEntry("void_reason", "日期记错").containsEntry("voided_by", "community");
        assertThat(jdbc.queryForObject("""
                select note from member_history where member_id = ? and kind = 'STATUS' order by id desc limit 1""",
                String.class, id)).isEqualTo("日期记错");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_id = ? and action = 'CORRECT_STEP'""", Long.class, id))
                .isEqualTo(1);
        String page = html(mvc.perform(get("/members/" + id + "/development").with(as("community"))).andReturn());
        assertThat(page).contains("data-past=\"VOIDED\"").contains("日期记错");
        // and the step can be recorded again, right this time
        record(id, "community", step("ACTIVIST", applied.plusDays(45)));
        assertThat(statusOf(id)).isEqualTo("ACTIVIST");
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldAnswer404ForPersonOutsideTheScope() throws Exception {
        long sibling = siblingCommunity(community);
        long outside = jdbc.queryForObject("""
                select min(m.id) from party_member m join party_org o on o.id = m.party_org_id
                where o.community_id = ? and m.status = 'APPLICANT'""", Long.class, sibling);
        mvc.perform(get("/members/" + outside + "/development").with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/members/" + outside + "/development/steps").params(step("TALK", today))
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        long anyStep = jdbc.queryForObject("select max(id) from member_step where member_id = ?", Long.class, outside);
        MultiValueMap<String, String> reason = new LinkedMultiValueMap<>();
        reason.add("reason", "越权");
        reason.add("version", "0");
        mvc.perform(post("/members/" + outside + "/development/steps/" + anyStep + "/correct").params(reason)
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select voided_at from member_step where id = ?", java.sql.Timestamp.class,
                anyStep)).isNull();

        long otherOrg = jdbc.queryForObject("""
                select min(o.id) from party_org o where o.community_id = ? and o.type in ('BRANCH', 'JOINT_BRANCH')
                  and o.closed_on is null and o.path not like (select path from party_org where id = ?) || '%'""",
                Long.class, community, branch);
        long otherBranch = person(otherOrg, "别支部乙", "APPLICANT", today.minusMonths(1), null, null, null);
        mvc.perform(get("/members/" + otherBranch + "/development").with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/members/" + otherBranch + "/development").with(as("community"))).andExpect(status().isOk());
        mvc.perform(get("/development?orgId=" + branchIn(sibling)).with(as("community")))
                .andExpect(status().isNotFound());

        long foreignRequest = jdbc.queryForObject("""
                select min(id) from member_step where approval_state = 'PENDING' and approver_street_id <> ?""",
                Long.class, regionOf("street"));
        mvc.perform(get("/development/approvals/" + foreignRequest).with(as("street"))).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- board, probation, member page, level

    @Test
    void shouldCountTheBoardAsTheRecordsDo() throws Exception {
        long street = regionOf("street");
        String html = html(mvc.perform(get("/development").with(as("street"))).andExpect(status().isOk()).andReturn());
        long pipeline = jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.street_id = ? and m.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY')""",
                Long.class, street);
        List<List<String>> rows = tableRows(html, "stage-counts");
        List<String> total = rows.get(rows.size() - 1);
        assertThat(total.get(6)).isEqualTo(Long.toString(pipeline));
        // one row per community of the street, and the total
        long communities = jdbc.queryForObject("select count(*) from region where parent_id = ?", Long.class, street);
        assertThat(rows).hasSizeGreaterThanOrEqualTo((int) communities + 1);
        assertThat(rows.subList(0, rows.size() - 1).stream().mapToLong(r -> Long.parseLong(r.get(6))).sum())
                .isEqualTo(pipeline);
        long probationary = jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.street_id = ? and m.status = 'PROBATIONARY'""", Long.class, street);
        assertThat(total.get(5)).isEqualTo(Long.toString(probationary));
    }

    @Test
    void shouldFilterTheBoardByOrganizationAndStageAndPageIt() throws Exception {
        String html = html(mvc.perform(get("/development?orgId=" + branch + "&stage=PROBATION").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        List<Long> shown = attribute(html, "data-member");
        List<Long> expected = jdbc.queryForList("""
                select id from party_member where party_org_id = ? and status = 'PROBATIONARY'""", Long.class, branch);
        assertThat(shown).isNotEmpty().hasSize(Math.min(20, expected.size()));
        assertThat(expected).containsAll(shown);

        String first = html(mvc.perform(get("/development").with(as("city"))).andExpect(status().isOk()).andReturn());
        String second = html(mvc.perform(get("/development?page=1").with(as("city"))).andExpect(status().isOk())
                .andReturn());
        assertThat(first).contains("id=\"people-pager\"");
        assertThat(attribute(first, "data-member")).hasSize(20).doesNotContainAnyElementsOf(attribute(second,
                "data-member"));

        String bad = html(mvc.perform(get("/development?stage=NOPE&alert=NOPE").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(bad, "filter-error")).isNotBlank();
    }

    private static List<Long> attribute(String html, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"dev-person\"[^>]*" + name + "=\"(\\d+)\"")
                .matcher(html);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    @Test
    void shouldListProbationsEndingWithinTheWindowOrEndedUndecided() throws Exception {
        long ending = person("将满甲", "PROBATIONARY", today.minusYears(3), today.minusYears(2).minusMonths(10),
                today.minusYears(1).minusMonths(5), today.minusYears(1).plusDays(30));
        long ended = person("已满乙", "PROBATIONARY", today.minusYears(3), today.minusYears(2).minusMonths(10),
                today.minusYears(1).minusMonths(5), today.minusYears(1).minusDays(10));
        long later = person("未满丙", "PROBATIONARY", today.minusYears(3), today.minusYears(2).minusMonths(10),
                today.minusYears(1).minusMonths(5), today.minusYears(1).plusDays(90));
        String html = html(mvc.perform(get("/development/probation?orgId=" + branch).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        String rows = section(html, "table", "probation");
        assertThat(rows).doesNotContain("data-member=\"" + later + "\"")
                .contains("data-member=\"" + ending + "\" data-alert=\"PROBATION_ENDING\"")
                .contains("data-member=\"" + ended + "\" data-alert=\"DECISION_DUE\"");
        mvc.perform(get("/development/probation").with(as("street"))).andExpect(status().isOk());
    }

    @Test
    void shouldExportEveryPersonOfTheFilteredBoardAsTextAndAuditIt() throws Exception {
        long formula = person("=HYPERLINK(\"x\")", "APPLICANT", today.minusMonths(1), null, null, null);
        long audits = exports();

        List<List<String>> sheet = sheet(mvc.perform(get("/development.xlsx?orgId=" + branch + "&stage=APPLICATION")
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        List<String> names = jdbc.queryForList("""
                select name from party_member where party_org_id = ? and status = 'APPLICANT'""", String.class, branch);
        assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.get(0)).toList())
                .containsExactlyInAnyOrderElementsOf(names).contains("=HYPERLINK(\"x\")");
        assertThat(exports()).isEqualTo(audits + 1);
        assertThat(formula).isPositive();

        // every page, not the first 20: the whole pipeline of the city
        long pipeline = jdbc.queryForObject("""
                select count(*) from party_member
                where status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY')""", Long.class);
        List<List<String>> city = sheet(mvc.perform(get("/development.xlsx").with(as("city")))
                .andExpect(status().isOk()).andReturn());
        assertThat(pipeline).isGreaterThan(20);
        assertThat(city).hasSize((int) pipeline + 1);

        mvc.perform(get("/development.xlsx?orgId=" + outOrg()).with(as("community"))).andExpect(status().isNotFound());
    }

    @Test
    void shouldExportTheProbationListAsShown() throws Exception {
        long ending = person("导出将满", "PROBATIONARY", today.minusYears(3), today.minusYears(2).minusMonths(10),
                today.minusYears(1).minusMonths(5), today.minusYears(1).plusDays(30));
        long later = person("导出未满", "PROBATIONARY", today.minusYears(3), today.minusYears(2).minusMonths(10),
                today.minusYears(1).minusMonths(5), today.minusYears(1).plusDays(90));
        String html = html(mvc.perform(get("/development/probation?orgId=" + branch).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        List<List<String>> rows = tableRows(html, "probation");

        List<List<String>> sheet = sheet(mvc.perform(get("/development/probation.xlsx?orgId=" + branch)
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.get(0)).toList())
                .containsExactlyElementsOf(rows.stream().map(r -> r.get(0)).toList())
                .contains("导出将满").doesNotContain("导出未满");
        assertThat(ending).isNotEqualTo(later);
        assertThat(html).contains("id=\"export-probation\"");
    }

    private long exports() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'member_step'",
                Long.class);
    }

    private long outOrg() {
        return jdbc.queryForObject("""
                select o.id from party_org o join region r on r.id = o.region_id
                where r.path not like ? || '%' order by o.id limit 1""", Long.class, regionPath(regionOf("street")));
    }

    /** Every row of the first sheet as the cells' text; fails when a cell is not text. */
    private static List<List<String>> sheet(MvcResult result) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<List<String>> rows = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                    cells.add(cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void shouldShowTheStageAndNextStepOnTheMemberPage() throws Exception {
        LocalDate applied = today.minusMonths(2);
        long id = person("成员页丁", "APPLICANT", applied, null, null, null);
        String html = html(mvc.perform(get("/members/" + id).with(as("community"))).andExpect(status().isOk())
                .andReturn());
        assertThat(textOf(html, "member-development-stage")).isNotBlank();
        assertThat(textOf(html, "member-development-next")).contains("党组织派人谈话");
        assertThat(html).contains("href=\"/members/" + id + "/development\"");
        assertThat(html).contains("data-alert=\"TALK_OVERDUE\"");
    }

    @Test
    void shouldSumTheChildRegionsForTheLevelPages() {
        long street = regionOf("street");
        DevelopmentViews.StagePage page = pages.stages(street, scopeOf("street"));
        long pipeline = jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.street_id = ? and m.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY')""",
                Long.class, street);
        assertThat(page.total().total()).isEqualTo(pipeline);
        assertThat(page.rows().stream().mapToLong(DevelopmentViews.StageCounts::total).sum()).isEqualTo(pipeline);
        assertThat(page.rows().stream().mapToLong(DevelopmentViews.StageCounts::awaiting).sum())
                .isEqualTo(page.total().awaiting());
        assertThat(page.rows()).extracting(DevelopmentViews.StageCounts::regionId).containsAll(jdbc.queryForList(
                "select id from region where parent_id = ?", Long.class, street));
        assertThatThrownBy(() -> pages.stages(siblingCommunity(community), scopeOf("community")))
                .isInstanceOf(NotFoundException.class);
    }
}
