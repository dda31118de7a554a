package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The role × route matrix of docs/security.md, row by row: for each demo user, an object inside the
 * user's scope, one outside it (or missing) and no object. Expected answers are written as in the
 * document, one status per role in the order city, district, street, community, branch, admin.
 */
class PermissionMatrixIntegrationTests extends WebIntegrationTestBase {

    private static final String[] USERS = {"city", "district", "street", "community", "branch", "admin"};
    private static final long MISSING = 999_999_999L;

    private long inRegion;
    private long inOrg;
    private long inMember;
    private long outRegion;
    private long outOrg;
    private long outMember;
    private long inMeeting;
    private long outMeeting;

    @BeforeEach
    void findObjects() {
        // the demo users form one chain: city > district > street > community > branch
        inOrg = orgOf("branch");
        inRegion = regionOf("community");
        inMember = jdbc.queryForObject("select min(id) from party_member where party_org_id = ? and status = 'FULL'",
                Long.class, inOrg);
        long otherDistrict = jdbc.queryForObject("""
                select min(id) from region where level = 'DISTRICT' and id <> ?""", Long.class, regionOf("district"));
        outRegion = jdbc.queryForObject("select min(id) from region where level = 'COMMUNITY' and district_id = ?",
                Long.class, otherDistrict);
        outOrg = jdbc.queryForObject("select min(id) from party_org where type = 'BRANCH' and district_id = ?",
                Long.class, otherDistrict);
        outMember = jdbc.queryForObject("""
                select min(m.id) from party_member m join party_org o on o.id = m.party_org_id
                where o.district_id = ?""", Long.class, otherDistrict);
        inMeeting = meetingOf(inOrg);
        outMeeting = meetingOf(outOrg);
    }

    private long meetingOf(long orgId) {
        return jdbc.queryForObject("""
                insert into meeting (party_org_id, type, held_on, topic, created_by)
                values (?, 'THEME_DAY', current_date - 3, '权限矩阵', 'test') returning id""", Long.class, orgId);
    }

    @Test
    void shouldAnswerReadRoutesAsDocumented() throws Exception {
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /regions/{in}", "/regions/" + inRegion, "200 200 200 200 404 403");
        check(mismatches, "GET /regions/{out}", "/regions/" + outRegion, "200 404 404 404 404 403");
        check(mismatches, "GET /regions/{missing}", "/regions/" + MISSING, "404 404 404 404 404 403");
        check(mismatches, "GET /orgs/{in}", "/orgs/" + inOrg, "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/{out}", "/orgs/" + outOrg, "200 404 404 404 404 403");
        check(mismatches, "GET /orgs/{missing}", "/orgs/" + MISSING, "404 404 404 404 404 403");
        check(mismatches, "GET /orgs/new", "/orgs/new", "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/new?parentId={in}", "/orgs/new?parentId=" + inOrg, "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/new?parentId={out}", "/orgs/new?parentId=" + outOrg, "200 404 404 404 404 403");
        check(mismatches, "GET /orgs/{in}/edit", "/orgs/" + inOrg + "/edit", "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/{out}/edit", "/orgs/" + outOrg + "/edit", "200 404 404 404 404 403");
        check(mismatches, "GET /members", "/members", "200 200 200 200 200 403");
        check(mismatches, "GET /members?orgId={in}", "/members?orgId=" + inOrg, "200 200 200 200 200 403");
        check(mismatches, "GET /members?orgId={out}", "/members?orgId=" + outOrg, "200 404 404 404 404 403");
        check(mismatches, "GET /members/export", "/members/export?orgId=" + inOrg, "200 200 200 200 200 403");
        check(mismatches, "GET /members/{in}", "/members/" + inMember, "200 200 200 200 200 403");
        check(mismatches, "GET /members/{out}", "/members/" + outMember, "200 404 404 404 404 403");
        check(mismatches, "GET /members/{missing}", "/members/" + MISSING, "404 404 404 404 404 403");
        check(mismatches, "GET /members/new", "/members/new", "403 403 200 200 200 403");
        check(mismatches, "GET /members/new?orgId={out}", "/members/new?orgId=" + outOrg, "403 403 404 404 404 403");
        check(mismatches, "GET /members/{in}/edit", "/members/" + inMember + "/edit", "403 403 200 200 200 403");
        check(mismatches, "GET /members/{out}/edit", "/members/" + outMember + "/edit", "403 403 404 404 404 403");
        check(mismatches, "GET /account/password", "/account/password", "200 200 200 200 200 200");
        check(mismatches, "GET /admin/users", "/admin/users", "403 403 403 403 403 200");
        check(mismatches, "GET /admin/users/new", "/admin/users/new", "403 403 403 403 403 200");
        check(mismatches, "GET /admin/audit", "/admin/audit", "403 403 403 403 403 200");
        check(mismatches, "GET /admin/users/{missing}/edit", "/admin/users/" + MISSING + "/edit",
                "403 403 403 403 403 404");
        check(mismatches, "GET /actuator/health", "/actuator/health", "200 200 200 200 200 200");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldAnswerOrganizationalLifeRoutesAsDocumented() throws Exception {
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /regions/{in}/compliance", "/regions/" + inRegion + "/compliance",
                "200 200 200 200 404 403");
        check(mismatches, "GET /regions/{out}/compliance", "/regions/" + outRegion + "/compliance",
                "200 404 404 404 404 403");
        check(mismatches, "GET /regions/{in}/reminders", "/regions/" + inRegion + "/reminders",
                "200 200 200 200 404 403");
        check(mismatches, "GET /regions/{out}/reminders", "/regions/" + outRegion + "/reminders",
                "200 404 404 404 404 403");
        check(mismatches, "GET /orgs/{in}/meetings", "/orgs/" + inOrg + "/meetings", "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/{out}/meetings", "/orgs/" + outOrg + "/meetings", "200 404 404 404 404 403");
        check(mismatches, "GET /orgs/{in}/meetings/ledger", "/orgs/" + inOrg + "/meetings/ledger",
                "200 200 200 200 200 403");
        check(mismatches, "GET /meetings/{in}", "/meetings/" + inMeeting, "200 200 200 200 200 403");
        check(mismatches, "GET /meetings/{out}", "/meetings/" + outMeeting, "200 404 404 404 404 403");
        check(mismatches, "GET /meetings/{missing}", "/meetings/" + MISSING, "404 404 404 404 404 403");
        check(mismatches, "GET /orgs/{in}/meetings/new", "/orgs/" + inOrg + "/meetings/new",
                "403 403 200 200 200 403");
        check(mismatches, "GET /orgs/{out}/meetings/new", "/orgs/" + outOrg + "/meetings/new",
                "403 403 404 404 404 403");
        check(mismatches, "GET /meetings/{in}/edit", "/meetings/" + inMeeting + "/edit", "403 403 200 200 200 403");
        check(mismatches, "GET /meetings/{out}/edit", "/meetings/" + outMeeting + "/edit", "403 403 404 404 404 403");
        check(mismatches, "GET /settings/requirements", "/settings/requirements", "200 403 403 403 403 403");
        check(mismatches, "GET /admin/compliance", "/admin/compliance", "403 403 403 403 403 200");
        checkPost(mismatches, "POST /meetings/{out}/delete", "/meetings/" + outMeeting + "/delete",
                "403 403 404 404 404 403");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldAnswerGridRoutesAsDocumented() throws Exception {
        long inGrid = jdbc.queryForObject("select min(id) from grid_node where community_id = ? and kind = 'GRID'",
                Long.class, inRegion);
        long outGrid = jdbc.queryForObject("select min(id) from grid_node where community_id = ? and kind = 'GRID'",
                Long.class, outRegion);
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /regions/{in}/grids", "/regions/" + inRegion + "/grids", "200 200 200 200 404 403");
        check(mismatches, "GET /regions/{out}/grids", "/regions/" + outRegion + "/grids", "200 404 404 404 404 403");
        check(mismatches, "GET /regions/{in}/grid-gaps", "/regions/" + inRegion + "/grid-gaps",
                "200 200 200 200 404 403");
        check(mismatches, "GET /grids/{in}", "/grids/" + inGrid, "200 200 200 200 404 403");
        check(mismatches, "GET /grids/{out}", "/grids/" + outGrid, "200 404 404 404 404 403");
        check(mismatches, "GET /grids/{in}/edit", "/grids/" + inGrid + "/edit", "403 403 200 200 404 403");
        check(mismatches, "GET /grids/{out}/edit", "/grids/" + outGrid + "/edit", "403 403 404 404 404 403");
        check(mismatches, "GET /grids/{missing}", "/grids/" + MISSING, "404 404 404 404 404 403");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldRefuseWritesByRoleBeforeScope() throws Exception {
        List<String> mismatches = new ArrayList<>();
        // an empty form: a role allowed to write gets past the role check and stops at scope or input
        checkPost(mismatches, "POST /members/{in}/id-number", "/members/" + inMember + "/id-number",
                "403 403 200 200 200 403");
        checkPost(mismatches, "POST /members/{out}/id-number", "/members/" + outMember + "/id-number",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /members/{out}", "/members/" + outMember, "403 403 404 404 404 403");
        checkPost(mismatches, "POST /orgs/{out}", "/orgs/" + outOrg, "200 404 404 404 404 403");
        checkPost(mismatches, "POST /orgs/{out}/close", "/orgs/" + outOrg + "/close", "302 404 404 404 404 403");
        checkPost(mismatches, "POST /admin/users/{missing}/unlock", "/admin/users/" + MISSING + "/unlock",
                "403 403 403 403 403 404");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldRedirectAnonymousCallersToLogin() throws Exception {
        for (String url : List.of("/", "/regions/" + inRegion, "/orgs/" + inOrg, "/members", "/members/" + inMember,
                "/admin/users", "/account/password")) {
            var response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(url).endsWith("/login");
        }
    }

    private void check(List<String> mismatches, String row, String url, String expected) throws Exception {
        String[] statuses = expected.split(" ");
        for (int i = 0; i < USERS.length; i++) {
            int actual = mvc.perform(get(url).with(as(USERS[i]))).andReturn().getResponse().getStatus();
            if (actual != Integer.parseInt(statuses[i])) {
                mismatches.add(row + " as " + USERS[i] + ": expected " + statuses[i] + ", got " + actual);
            }
        }
    }

    private void checkPost(List<String> mismatches, String row, String url, String expected) throws Exception {
        String[] statuses = expected.split(" ");
        for (int i = 0; i < USERS.length; i++) {
            int actual = mvc.perform(post(url).with(as(USERS[i])).with(csrf())).andReturn().getResponse().getStatus();
            if (actual != Integer.parseInt(statuses[i])) {
                mismatches.add(row + " as " + USERS[i] + ": expected " + statuses[i] + ", got " + actual);
            }
        }
    }

    @Test
    void shouldAnswerDuesRoutesAsDocumented() throws Exception {
        long inPayment = jdbc.queryForObject("""
                insert into dues_payment (member_id, from_month, to_month, amount, method, paid_on, recorded_by)
                values (?, date '2001-01-01', date '2001-01-01', 1, 'CASH', date '2001-01-15', 'test') returning id""",
                Long.class, inMember);
        long outPayment = jdbc.queryForObject("""
                insert into dues_payment (member_id, from_month, to_month, amount, method, paid_on, recorded_by)
                values (?, date '2001-01-01', date '2001-01-01', 1, 'CASH', date '2001-01-15', 'test') returning id""",
                Long.class, outMember);
        long inReduction = jdbc.queryForObject("""
                insert into dues_reduction (member_id, from_month, to_month, monthly_amount, reason, requested_by)
                values (?, date '2001-01-01', date '2001-01-01', 0, '权限矩阵', 'test') returning id""", Long.class,
                inMember);
        long outReduction = jdbc.queryForObject("""
                insert into dues_reduction (member_id, from_month, to_month, monthly_amount, reason, requested_by)
                values (?, date '2001-01-01', date '2001-01-01', 0, '权限矩阵', 'test') returning id""", Long.class,
                outMember);
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /orgs/{in}/dues", "/orgs/" + inOrg + "/dues", "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/{out}/dues", "/orgs/" + outOrg + "/dues", "200 404 404 404 404 403");
        check(mismatches, "GET /orgs/{in}/dues.xlsx", "/orgs/" + inOrg + "/dues.xlsx", "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/{out}/dues.xlsx", "/orgs/" + outOrg + "/dues.xlsx", "200 404 404 404 404 403");
        check(mismatches, "GET /orgs/{in}/dues/year", "/orgs/" + inOrg + "/dues/year", "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/{out}/dues/year.xlsx", "/orgs/" + outOrg + "/dues/year.xlsx",
                "200 404 404 404 404 403");
        check(mismatches, "GET /orgs/{in}/dues/arrears", "/orgs/" + inOrg + "/dues/arrears", "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/{missing}/dues", "/orgs/" + MISSING + "/dues", "404 404 404 404 404 403");
        check(mismatches, "GET /members/{in}/dues", "/members/" + inMember + "/dues", "200 200 200 200 200 403");
        check(mismatches, "GET /members/{out}/dues", "/members/" + outMember + "/dues", "200 404 404 404 404 403");
        check(mismatches, "GET /regions/{in}/dues", "/regions/" + inRegion + "/dues", "200 200 200 200 404 403");
        check(mismatches, "GET /regions/{out}/dues", "/regions/" + outRegion + "/dues", "200 404 404 404 404 403");
        check(mismatches, "GET /dues/reductions", "/dues/reductions", "200 200 200 200 200 403");
        check(mismatches, "GET /members/{in}/dues/payments/new", "/members/" + inMember + "/dues/payments/new",
                "403 403 200 200 200 403");
        check(mismatches, "GET /members/{out}/dues/payments/new", "/members/" + outMember + "/dues/payments/new",
                "403 403 404 404 404 403");
        check(mismatches, "GET /members/{in}/dues/bases/new", "/members/" + inMember + "/dues/bases/new",
                "403 403 200 200 200 403");
        check(mismatches, "GET /members/{in}/dues/reductions/new", "/members/" + inMember + "/dues/reductions/new",
                "403 403 200 200 200 403");
        check(mismatches, "GET /dues/payments/{in}/void", "/dues/payments/" + inPayment + "/void",
                "403 403 200 200 200 403");
        check(mismatches, "GET /dues/payments/{out}/void", "/dues/payments/" + outPayment + "/void",
                "403 403 404 404 404 403");
        // an empty form: a writer gets past the role and stops at scope or input
        checkPost(mismatches, "POST /members/{in}/dues/payments", "/members/" + inMember + "/dues/payments",
                "403 403 200 200 200 403");
        checkPost(mismatches, "POST /members/{out}/dues/payments", "/members/" + outMember + "/dues/payments",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /members/{out}/dues/bases", "/members/" + outMember + "/dues/bases",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /members/{out}/dues/reductions", "/members/" + outMember + "/dues/reductions",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /dues/payments/{out}/void", "/dues/payments/" + outPayment + "/void",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /dues/reductions/{out}/approve", "/dues/reductions/" + outReduction + "/approve",
                "403 403 404 403 403 403");
        checkPost(mismatches, "POST /dues/reductions/{in}/reject", "/dues/reductions/" + inReduction + "/reject",
                "403 403 302 403 403 403");
        assertThat(mismatches).isEmpty();
    }
}
