package org.grassroots.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
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
 * Transfers end to end on the demo city: the community secretary sends a member of the demo branch
 * to a branch of the neighbouring community (outside the secretary's scope, inside the street's),
 * and the street receives or returns it.
 */
class TransferIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    private MessageSource messages;

    @Autowired
    private Clock clock;

    private long branch;
    private long target;
    private LocalDate today;

    @BeforeEach
    void findOrgs() {
        branch = orgOf("branch");
        target = branchIn(siblingCommunity(regionOf("community")));
        today = LocalDate.now(clock);
    }

    private String msg(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
    }

    private long newMember(String name) throws Exception {
        return createMember(newFullMember(name, freshIdNumber(BIRTH, true), branch));
    }

    private MultiValueMap<String, String> within(long toOrg) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "WITHIN");
        form.add("toOrgId", Long.toString(toOrg));
        form.add("letterNumber", "");
        form.add("duesPaidUntil", YearMonth.from(today).minusMonths(1).toString());
        form.add("issuedOn", today.toString());
        form.add("validUntil", "");
        return form;
    }

    private long draft(long member, MultiValueMap<String, String> form, String user) throws Exception {
        MvcResult r = mvc.perform(post("/members/" + member + "/transfers").params(form).with(as(user)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/transfers/*")).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().substring("/transfers/".length()));
    }

    private String formError(long member, MultiValueMap<String, String> form) throws Exception {
        return html(mvc.perform(post("/members/" + member + "/transfers").params(form).with(as("community"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
    }

    private void send(long transfer, String user) throws Exception {
        mvc.perform(post("/transfers/" + transfer + "/send").with(as(user)).with(csrf()))
                .andExpect(status().isFound());
    }

    private MvcResult receive(long transfer, String user, LocalDate on) throws Exception {
        return mvc.perform(post("/transfers/" + transfer + "/receive").param("receivedOn", on.toString())
                .with(as(user)).with(csrf())).andReturn();
    }

    private String state(long transfer) {
        return jdbc.queryForObject("select state from member_transfer where id = ?", String.class, transfer);
    }

    private long orgOfMember(long member) {
        return jdbc.queryForObject("select party_org_id from party_member where id = ?", Long.class, member);
    }

    // ---------------------------------------------------------------- the flow

    @Test
    void shouldMoveTheMemberOnlyOnReceiptByTheReceivingSide() throws Exception {
        long member = newMember("转接甲");
        long t = draft(member, within(target), "community");
        assertThat(state(t)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select valid_until from member_transfer where id = ?", LocalDate.class, t))
                .isEqualTo(today.plusDays(90));
        send(t, "community");
        assertThat(state(t)).isEqualTo("SENT");
        assertThat(orgOfMember(member)).isEqualTo(branch);

        // the sender sees it but cannot receive it: the receiving organization is outside its scope
        String refused = html(receive(t, "community", today));
        assertThat(refused).contains(msg("transfer.receive.notReceiver"));
        assertThat(state(t)).isEqualTo("SENT");
        assertThat(orgOfMember(member)).isEqualTo(branch);

        // the receiving side sees name and masked ID number only, and receives
        String page = html(mvc.perform(get("/transfers/" + t).with(as("street"))).andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("转接甲").contains(jdbc.queryForObject(
                "select id_number_masked from party_member where id = ?", String.class, member));
        MvcResult received = receive(t, "street", today);
        assertThat(received.getResponse().getStatus()).isEqualTo(302);
        assertThat(state(t)).isEqualTo("RECEIVED");
        assertThat(orgOfMember(member)).isEqualTo(target);
        assertThat(jdbc.queryForObject("""
                select count(*) from member_history where member_id = ? and kind = 'ORG' and from_org_id = ?
                  and to_org_id = ? and effective_on = ? and note like 'transfer %'""", Integer.class,
                member, branch, target, today)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where entity_type = 'member_transfer' and entity_id = ?""",
                Integer.class, t)).isEqualTo(3);

        // received once: a second receipt is refused and nothing moves again
        assertThat(html(receive(t, "street", today))).contains(msg("transfer.receive.notSent"));
        assertThat(jdbc.queryForObject("select count(*) from member_history where member_id = ? and kind = 'ORG'",
                Integer.class, member)).isEqualTo(1);
    }

    @Test
    void shouldReturnWithAReasonAndLetTheSenderCancel() throws Exception {
        long member = newMember("转接乙");
        long t = draft(member, within(target), "community");
        send(t, "community");
        String noReason = html(mvc.perform(post("/transfers/" + t + "/return").param("reason", " ")
                .with(as("street")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(noReason).contains(msg("transfer.form.reason.required"));
        assertThat(state(t)).isEqualTo("SENT");
        mvc.perform(post("/transfers/" + t + "/return").param("reason", "党费交至月份不符").with(as("street"))
                .with(csrf())).andExpect(status().isFound());
        assertThat(state(t)).isEqualTo("RETURNED");
        assertThat(jdbc.queryForObject("select return_reason from member_transfer where id = ?", String.class, t))
                .isEqualTo("党费交至月份不符");
        assertThat(orgOfMember(member)).isEqualTo(branch);
        assertThat(html(mvc.perform(get("/transfers/" + t).with(as("community"))).andReturn()))
                .contains("党费交至月份不符");
        mvc.perform(post("/transfers/" + t + "/cancel").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(state(t)).isEqualTo("CANCELLED");
        // closed: a new transfer may be drafted
        long again = draft(member, within(target), "community");
        assertThat(state(again)).isEqualTo("DRAFT");
    }

    @Test
    void shouldRecordATransferOutAndItsReceiptByLetter() throws Exception {
        long member = newMember("转接丙");
        MultiValueMap<String, String> form = within(target);
        form.set("kind", "OUT");
        form.set("toOrgId", "");
        form.set("otherSide", "浙江省杭州市西湖区北山街道党工委");
        form.set("letterNumber", "ZZ-2026-001");
        long t = draft(member, form, "community");
        send(t, "community");
        assertThat(receive(t, "community", today).getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from party_member where id = ?", String.class, member))
                .isEqualTo("TRANSFERRED_OUT");
        assertThat(orgOfMember(member)).isEqualTo(branch);
        assertThat(jdbc.queryForObject("""
                select count(*) from member_history where member_id = ? and kind = 'STATUS'
                  and to_status = 'TRANSFERRED_OUT'""", Integer.class, member)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- scope

    @Test
    void shouldHideATransferFromUsersWithNeitherSide() throws Exception {
        long sibling = siblingCommunity(regionOf("community"));
        long otherBranch = jdbc.queryForObject("""
                select o.id from party_org o where o.street_id = (select street_id from region where id = ?)
                  and o.type = 'BRANCH' and o.closed_on is null and o.community_id <> ? and o.id <> ?
                order by o.id limit 1""", Long.class, sibling, regionOf("community"), target);
        long member = createMemberAs("street", newFullMember("转接丁", freshIdNumber(BIRTH, false), target));
        long t = draft(member, within(otherBranch), "street");
        for (String user : new String[] {"community", "branch"}) {
            mvc.perform(get("/transfers/" + t).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(post("/transfers/" + t + "/send").with(as(user)).with(csrf()))
                    .andExpect(status().isNotFound());
            assertThat(html(mvc.perform(get("/transfers").param("tab", "OUTGOING").param("q", "转接丁").with(as(user))).andReturn()))
                    .doesNotContain("data-id=\"" + t + "\"");
        }
        assertThat(html(mvc.perform(get("/transfers").param("tab", "OUTGOING").param("q", "转接丁").with(as("street"))).andReturn()))
                .contains("data-id=\"" + t + "\"");
        assertThat(html(mvc.perform(get("/transfers").param("tab", "INCOMING").param("q", "转接丁").with(as("street"))).andReturn()))
                .contains("data-id=\"" + t + "\"");
        mvc.perform(get("/transfers/" + t).with(as("district"))).andExpect(status().isOk());
    }

    private long createMemberAs(String user, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post("/members").params(form).with(as(user)).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/members/".length()));
    }

    @Test
    void shouldListOverdueTransfersForTheSender() throws Exception {
        long member = newMember("转接戊");
        long t = draft(member, within(target), "community");
        send(t, "community");
        jdbc.update("update member_transfer set sent_on = ? where id = ?", today.minusDays(40), t);
        String overdue = html(mvc.perform(get("/transfers").param("tab", "OUTGOING").param("state", "OVERDUE").param("q", "转接戊").with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(overdue).contains("data-id=\"" + t + "\"");
        String drafts = html(mvc.perform(get("/transfers").param("tab", "OUTGOING").param("state", "DRAFT").param("q", "转接戊").with(as("community")))
                .andReturn());
        assertThat(drafts).doesNotContain("data-id=\"" + t + "\"");
        mvc.perform(get("/transfers?state=NOPE").with(as("community"))).andExpect(status().isOk());
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void shouldRefuseATransferOutThatNamesNoDestinationKeepingTheValues() throws Exception {
        long member = newMember("转接己");
        MultiValueMap<String, String> form = within(target);
        form.set("kind", "OUT");
        form.set("toOrgId", "");
        form.set("letterNumber", "ZZ-KEEP-77");
        String page = formError(member, form);
        assertThat(page).contains(msg("transfer.otherSide.required")).contains("ZZ-KEEP-77");
        assertThat(jdbc.queryForObject("select count(*) from member_transfer where member_id = ?", Integer.class,
                member)).isZero();
    }

    @Test
    void shouldRefuseTheSameOrganizationAndASecondOpenTransfer() throws Exception {
        long member = newMember("转接庚");
        assertThat(formError(member, within(branch))).contains(msg("transfer.toOrg.same"));
        draft(member, within(target), "community");
        assertThat(formError(member, within(target))).contains(msg("transfer.open.exists"));
        assertThat(jdbc.queryForObject("select count(*) from member_transfer where member_id = ?", Integer.class,
                member)).isEqualTo(1);
    }

    @Test
    void shouldRefuseDatesOutOfOrderAndABadDuesMonth() throws Exception {
        long member = newMember("转接辛");
        MultiValueMap<String, String> form = within(target);
        form.set("validUntil", today.minusDays(1).toString());
        assertThat(formError(member, form)).contains(msg("transfer.validUntil.beforeIssued"));
        form = within(target);
        form.set("issuedOn", today.plusDays(3).toString());
        assertThat(formError(member, form)).contains(msg("transfer.issuedOn.future"));
        form = within(target);
        form.set("duesPaidUntil", "2026-13");
        assertThat(formError(member, form)).contains(msg("transfer.form.duesPaidUntil.format"))
                .contains("value=\"2026-13\"");
        form = within(target);
        form.set("issuedOn", "not-a-date");
        form.set("kind", "SIDEWAYS");
        String page = formError(member, form);
        assertThat(page).contains("value=\"not-a-date\"").contains(msg("typeMismatch.transferForm.kind"));
        form = within(target);
        form.set("letterNumber", "X".repeat(41));
        assertThat(formError(member, form)).contains(msg("transfer.form.letterNumber.size"));
        assertThat(jdbc.queryForObject("select count(*) from member_transfer where member_id = ?", Integer.class,
                member)).isZero();

        long t = draft(member, within(target), "community");
        // a draft cannot be received
        assertThat(html(receive(t, "street", today))).contains(msg("transfer.receive.notSent"));
        send(t, "community");
        assertThat(html(receive(t, "street", today.minusDays(5)))).contains(msg("transfer.receivedOn.beforeSent"));
        assertThat(html(receive(t, "street", today.plusDays(1)))).contains(msg("transfer.receivedOn.future"));
        assertThat(state(t)).isEqualTo("SENT");
    }

    @Test
    void shouldRefuseToReceiveAnExpiredTransfer() throws Exception {
        long member = newMember("转接壬");
        long t = draft(member, within(target), "community");
        send(t, "community");
        jdbc.update("update member_transfer set issued_on = ?, sent_on = ?, valid_until = ? where id = ?",
                today.minusDays(100), today.minusDays(95), today.minusDays(10), t);
        assertThat(html(mvc.perform(get("/transfers/" + t).with(as("street"))).andReturn()))
                .contains(msg("transfer.state.EXPIRED"));
        assertThat(html(receive(t, "street", today))).contains(msg("transfer.receive.expired"));
        assertThat(orgOfMember(member)).isEqualTo(branch);
        // the sender may cancel the expired letter and issue a new one
        mvc.perform(post("/transfers/" + t + "/cancel").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(state(t)).isEqualTo("CANCELLED");
    }

    @Test
    void shouldRecordAnArrivalFromOutsideAgainstAMemberInScope() throws Exception {
        String id = freshIdNumber(BIRTH, true);
        long member = createMember(newFullMember("转接癸", id, branch));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("idNumber", id);
        form.add("toOrgId", Long.toString(branch));
        form.add("otherSide", "");
        form.add("letterNumber", "SD-2026-9");
        form.add("issuedOn", today.toString());
        String missing = html(mvc.perform(post("/transfers/in").params(form).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(missing).contains(msg("transfer.otherSide.origin.required")).contains("SD-2026-9")
                .contains("value=\"" + id + "\"");
        form.set("otherSide", "山东省济南市历下区泉城路街道党工委");
        MvcResult r = mvc.perform(post("/transfers/in").params(form).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        long t = Long.parseLong(r.getResponse().getRedirectedUrl().substring("/transfers/".length()));
        assertThat(state(t)).isEqualTo("SENT");
        assertThat(receive(t, "community", today).getResponse().getStatus()).isEqualTo(302);
        assertThat(state(t)).isEqualTo("RECEIVED");
        // someone outside the scope is not found by ID number
        form.set("idNumber", freshIdNumber(BIRTH, false));
        assertThat(html(mvc.perform(post("/transfers/in").params(form).with(as("community")).with(csrf()))
                .andReturn())).contains(msg("transfer.idNumber.notFound"));
        assertThat(member).isPositive();
    }

    @Test
    void shouldShowTheFormsAndTheMemberLink() throws Exception {
        long member = newMember("转接子");
        mvc.perform(get("/members/" + member + "/transfers/new").with(as("community"))).andExpect(status().isOk());
        mvc.perform(get("/transfers/new-in").with(as("branch"))).andExpect(status().isOk());
        assertThat(html(mvc.perform(get("/members/" + member).with(as("community"))).andReturn()))
                .contains("/transfers?memberId=" + member);
    }
}
