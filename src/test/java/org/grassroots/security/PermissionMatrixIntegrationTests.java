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
        check(mismatches, "GET /admin/audit", "/admin/audit", "403 403 403 403 403 302");
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
    void shouldAnswerResidentUnitRoutesAsDocumented() throws Exception {
        String unit = "insert into resident_unit (region_id, region_level, name, kind) values (?, ?, ?, 'OTHER') "
                + "returning id";
        String report = "insert into unit_report (unit_id, community_id, reported_on, contact_name, commitments) "
                + "values (?, ?, current_date - 1, '权限矩阵', '权限矩阵') returning id";
        long inUnit = jdbc.queryForObject(unit, Long.class, inRegion, "COMMUNITY", "权限矩阵本社区单位");
        long outUnit = jdbc.queryForObject(unit, Long.class, outRegion, "COMMUNITY", "权限矩阵外区单位");
        // a street-level unit that has reported to the community secretary's community
        long streetUnit = jdbc.queryForObject(unit, Long.class, regionOf("street"), "STREET", "权限矩阵街道单位");
        long inReport = jdbc.queryForObject(report, Long.class, inUnit, inRegion);
        long outReport = jdbc.queryForObject(report, Long.class, outUnit, outRegion);
        jdbc.queryForObject(report, Long.class, streetUnit, inRegion);
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /regions/{in}/resident-units", "/regions/" + inRegion + "/resident-units",
                "200 200 200 200 404 403");
        check(mismatches, "GET /regions/{out}/resident-units", "/regions/" + outRegion + "/resident-units",
                "200 404 404 404 404 403");
        check(mismatches, "GET /resident-units/{in}", "/resident-units/" + inUnit, "200 200 200 200 404 403");
        check(mismatches, "GET /resident-units/{out}", "/resident-units/" + outUnit, "200 404 404 404 404 403");
        check(mismatches, "GET /resident-units/{missing}", "/resident-units/" + MISSING, "404 404 404 404 404 403");
        check(mismatches, "GET /resident-units/{street unit reported to in}", "/resident-units/" + streetUnit,
                "200 200 200 200 404 403");
        check(mismatches, "GET /resident-units/{street unit}/edit", "/resident-units/" + streetUnit + "/edit",
                "403 403 200 404 404 403");
        check(mismatches, "GET /regions/{in}/resident-units/new", "/regions/" + inRegion + "/resident-units/new",
                "403 403 200 200 404 403");
        check(mismatches, "GET /regions/{out}/resident-units/new", "/regions/" + outRegion + "/resident-units/new",
                "403 403 404 404 404 403");
        check(mismatches, "GET /resident-units/{in}/edit", "/resident-units/" + inUnit + "/edit",
                "403 403 200 200 404 403");
        check(mismatches, "GET /resident-units/{out}/edit", "/resident-units/" + outUnit + "/edit",
                "403 403 404 404 404 403");
        check(mismatches, "GET /resident-units/{in}/reports/new", "/resident-units/" + inUnit + "/reports/new",
                "403 403 200 200 404 403");
        check(mismatches, "GET /resident-units/{out}/reports/new", "/resident-units/" + outUnit + "/reports/new",
                "403 403 404 404 404 403");
        check(mismatches, "GET /unit-reports/{in}/edit", "/unit-reports/" + inReport + "/edit",
                "403 403 200 200 404 403");
        check(mismatches, "GET /unit-reports/{out}/edit", "/unit-reports/" + outReport + "/edit",
                "403 403 404 404 404 403");
        // an empty form: past the role check, a writer stops at scope or input
        checkPost(mismatches, "POST /regions/{in}/resident-units", "/regions/" + inRegion + "/resident-units",
                "403 403 200 200 404 403");
        checkPost(mismatches, "POST /resident-units/{in}", "/resident-units/" + inUnit, "403 403 200 200 404 403");
        checkPost(mismatches, "POST /resident-units/{out}", "/resident-units/" + outUnit, "403 403 404 404 404 403");
        checkPost(mismatches, "POST /resident-units/{in}/reports", "/resident-units/" + inUnit + "/reports",
                "403 403 200 200 404 403");
        checkPost(mismatches, "POST /resident-units/{out}/close", "/resident-units/" + outUnit + "/close",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /unit-reports/{in}/end (no day)", "/unit-reports/" + inReport + "/end",
                "403 403 302 302 404 403");
        checkPost(mismatches, "POST /unit-reports/{out}/receive", "/unit-reports/" + outReport + "/receive",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /unit-reports/{out}/end", "/unit-reports/" + outReport + "/end",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /unit-reports/{out}", "/unit-reports/" + outReport, "403 403 404 404 404 403");
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from unit_report where id in (?, ?) and ended_on is null",
                Long.class, inReport, outReport)).isEqualTo(2);
    }

    @Test
    void shouldAnswerVolunteerAndVenueRoutesAsDocumented() throws Exception {
        long inVolunteer = jdbc.queryForObject("select min(id) from volunteer where community_id = ?", Long.class,
                inRegion);
        long outVolunteer = jdbc.queryForObject("select min(id) from volunteer where community_id = ?", Long.class,
                outRegion);
        long inActivity = jdbc.queryForObject("select min(id) from volunteer_activity where community_id = ?",
                Long.class, inRegion);
        long outActivity = jdbc.queryForObject("select min(id) from volunteer_activity where community_id = ?",
                Long.class, outRegion);
        long inVenue = jdbc.queryForObject("""
                insert into service_venue (region_id, region_level, kind, name, area_m2)
                values (?, 'COMMUNITY', 'STATION', '权限矩阵服务站', 50) returning id""", Long.class, inRegion);
        long outVenue = jdbc.queryForObject("""
                select min(v.id) from service_venue v join region r on r.id = v.region_id
                where r.district_id = (select district_id from region where id = ?)""", Long.class, outRegion);
        List<String> mismatches = new ArrayList<>();
        for (String list : List.of("volunteers", "volunteer-activities", "venues")) {
            check(mismatches, "GET /regions/{in}/" + list, "/regions/" + inRegion + "/" + list,
                    "200 200 200 200 404 403");
            check(mismatches, "GET /regions/{out}/" + list, "/regions/" + outRegion + "/" + list,
                    "200 404 404 404 404 403");
            check(mismatches, "GET /regions/{in}/" + list + "/new", "/regions/" + inRegion + "/" + list + "/new",
                    "403 403 200 200 404 403");
            check(mismatches, "GET /regions/{out}/" + list + "/new", "/regions/" + outRegion + "/" + list + "/new",
                    "403 403 404 404 404 403");
        }
        for (String object : List.of("/volunteers/", "/volunteer-activities/", "/venues/")) {
            long in = object.equals("/volunteers/") ? inVolunteer : object.equals("/venues/") ? inVenue : inActivity;
            long out = object.equals("/volunteers/") ? outVolunteer : object.equals("/venues/") ? outVenue
                    : outActivity;
            check(mismatches, "GET " + object + "{in}", object + in, "200 200 200 200 404 403");
            check(mismatches, "GET " + object + "{out}", object + out, "200 404 404 404 404 403");
            check(mismatches, "GET " + object + "{missing}", object + MISSING, "404 404 404 404 404 403");
            check(mismatches, "GET " + object + "{in}/edit", object + in + "/edit", "403 403 200 200 404 403");
            check(mismatches, "GET " + object + "{out}/edit", object + out + "/edit", "403 403 404 404 404 403");
            checkPost(mismatches, "POST " + object + "{out}", object + out, "403 403 404 404 404 403");
        }
        checkPost(mismatches, "POST /volunteers/{out}/leave", "/volunteers/" + outVolunteer + "/leave",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /volunteer-activities/{out}/hours", "/volunteer-activities/" + outActivity
                + "/hours", "403 403 404 404 404 403");
        checkPost(mismatches, "POST /volunteer-activities/{out}/hours/{v}/delete", "/volunteer-activities/"
                + outActivity + "/hours/" + outVolunteer + "/delete", "403 403 404 404 404 403");
        checkPost(mismatches, "POST /venues/{out}/close", "/venues/" + outVenue + "/close",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /regions/{out}/venues", "/regions/" + outRegion + "/venues",
                "403 403 404 404 404 403");
        // an empty form: a writer in scope gets past role and scope and stops at the input
        checkPost(mismatches, "POST /regions/{in}/volunteers", "/regions/" + inRegion + "/volunteers",
                "403 403 200 200 404 403");
        checkPost(mismatches, "POST /volunteer-activities/{in}/hours", "/volunteer-activities/" + inActivity
                + "/hours", "403 403 200 200 404 403");
        checkPost(mismatches, "POST /venues/{in}", "/venues/" + inVenue, "403 403 200 200 404 403");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldAnswerReportingRoutesAsDocumented() throws Exception {
        java.util.function.LongUnaryOperator postIn = community -> jdbc.queryForObject("""
                insert into service_post (community_id, category_code, name) values (?, 'SAFETY', '矩阵岗')
                returning id""", Long.class, community);
        java.util.function.LongUnaryOperator reportIn = community -> jdbc.queryForObject("""
                insert into member_report (community_id, person_name, person_phone, employer_name, employer_org_name,
                    reported_on, valid_until)
                values (?, '矩阵人员', ?, '矩阵单位', '矩阵单位党委', current_date - 10, current_date + 100)
                returning id""", Long.class, community, "1380000" + (community % 10_000));
        java.util.function.LongUnaryOperator recordOf = report -> jdbc.queryForObject("""
                insert into service_record (report_id, served_on, hours, description)
                values (?, current_date - 5, 2, '矩阵') returning id""", Long.class, report);
        long inPost = postIn.applyAsLong(inRegion);
        long outPost = postIn.applyAsLong(outRegion);
        long inReport = reportIn.applyAsLong(inRegion);
        long outReport = reportIn.applyAsLong(outRegion);
        long inRecord = recordOf.applyAsLong(inReport);
        long outRecord = recordOf.applyAsLong(outReport);
        String sheet = "/feedback/sheet?employer=x" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "矩阵单位\u001f矩阵单位党委".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> mismatches = new ArrayList<>();
        for (String page : List.of("/reporting", "/member-reports", "/service-posts", "/feedback", sheet,
                sheet.replace("sheet?", "sheet.xlsx?"))) {
            check(mismatches, "GET /regions/{in}" + page, "/regions/" + inRegion + page, "200 200 200 200 404 403");
            check(mismatches, "GET /regions/{out}" + page, "/regions/" + outRegion + page, "200 404 404 404 404 403");
        }
        check(mismatches, "GET /member-reports/{in}", "/member-reports/" + inReport, "200 200 200 200 404 403");
        check(mismatches, "GET /member-reports/{out}", "/member-reports/" + outReport, "200 404 404 404 404 403");
        check(mismatches, "GET /member-reports/{missing}", "/member-reports/" + MISSING, "404 404 404 404 404 403");
        for (String form : List.of("/regions/%d/member-reports/new", "/member-reports/%d/edit",
                "/member-reports/%d/services/new", "/service-records/%d/edit", "/regions/%d/service-posts/new",
                "/service-posts/%d/edit")) {
            long in = form.startsWith("/regions") ? inRegion : form.startsWith("/service-records") ? inRecord
                    : form.startsWith("/service-posts") ? inPost : inReport;
            long out = form.startsWith("/regions") ? outRegion : form.startsWith("/service-records") ? outRecord
                    : form.startsWith("/service-posts") ? outPost : outReport;
            check(mismatches, "GET " + form + " in", form.formatted(in), "403 403 200 200 404 403");
            check(mismatches, "GET " + form + " out", form.formatted(out), "403 403 404 404 404 403");
        }
        // an empty form gets past role and scope and stops at the input
        for (String write : List.of("/regions/%d/member-reports", "/member-reports/%d", "/member-reports/%d/services",
                "/service-records/%d", "/regions/%d/service-posts", "/service-posts/%d")) {
            long in = write.startsWith("/regions") ? inRegion : write.startsWith("/service-records") ? inRecord
                    : write.startsWith("/service-posts") ? inPost : inReport;
            long out = write.startsWith("/regions") ? outRegion : write.startsWith("/service-records") ? outRecord
                    : write.startsWith("/service-posts") ? outPost : outReport;
            checkPost(mismatches, "POST " + write + " in", write.formatted(in), "403 403 200 200 404 403");
            checkPost(mismatches, "POST " + write + " out", write.formatted(out), "403 403 404 404 404 403");
        }
        for (String action : List.of("/member-reports/%d/renew", "/member-reports/%d/end", "/service-posts/%d/close")) {
            long in = action.startsWith("/service-posts") ? inPost : inReport;
            long out = action.startsWith("/service-posts") ? outPost : outReport;
            checkPost(mismatches, "POST " + action + " in", action.formatted(in), "403 403 302 302 404 403");
            checkPost(mismatches, "POST " + action + " out", action.formatted(out), "403 403 404 404 404 403");
        }
        checkPost(mismatches, "POST /service-records/{out}/delete", "/service-records/" + outRecord + "/delete",
                "403 403 404 404 404 403");
        // the street deletes it; afterwards it is missing for the community as well
        checkPost(mismatches, "POST /service-records/{in}/delete", "/service-records/" + inRecord + "/delete",
                "403 403 302 404 404 403");
        check(mismatches, "GET /settings/service-categories", "/settings/service-categories", "200 403 403 403 403 403");
        check(mismatches, "GET /settings/service-categories/new", "/settings/service-categories/new",
                "200 403 403 403 403 403");
        checkPost(mismatches, "POST /settings/service-categories", "/settings/service-categories",
                "200 403 403 403 403 403");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldAnswerDevelopmentRoutesAsDocumented() throws Exception {
        long street = regionOf("street");
        long outRequest = jdbc.queryForObject("""
                select min(id) from member_step where approval_state = 'PENDING' and voided_at is null
                  and approver_street_id <> ?""", Long.class, street);
        long inRequest = jdbc.queryForObject("""
                select min(id) from member_step where approval_state = 'PENDING' and voided_at is null
                  and approver_street_id = ?""", Long.class, street);
        long outStep = jdbc.queryForObject("select max(id) from member_step where member_id = ?", Long.class,
                jdbc.queryForObject("""
                        select min(m.id) from party_member m join party_org o on o.id = m.party_org_id
                        where o.district_id <> ? and m.status = 'APPLICANT'""", Long.class, regionOf("district")));
        long outPerson = jdbc.queryForObject("select member_id from member_step where id = ?", Long.class, outStep);
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /development", "/development", "200 200 200 200 200 403");
        check(mismatches, "GET /development?orgId={in}", "/development?orgId=" + inOrg, "200 200 200 200 200 403");
        check(mismatches, "GET /development?orgId={out}", "/development?orgId=" + outOrg, "200 404 404 404 404 403");
        check(mismatches, "GET /development/probation", "/development/probation", "200 200 200 200 200 403");
        check(mismatches, "GET /development.xlsx?orgId={in}", "/development.xlsx?orgId=" + inOrg,
                "200 200 200 200 200 403");
        check(mismatches, "GET /development.xlsx?orgId={out}", "/development.xlsx?orgId=" + outOrg,
                "200 404 404 404 404 403");
        check(mismatches, "GET /development/probation.xlsx", "/development/probation.xlsx", "200 200 200 200 200 403");
        check(mismatches, "GET /members/{in}/development", "/members/" + inMember + "/development",
                "200 200 200 200 200 403");
        check(mismatches, "GET /members/{out}/development", "/members/" + outMember + "/development",
                "200 404 404 404 404 403");
        check(mismatches, "GET /members/{missing}/development", "/members/" + MISSING + "/development",
                "404 404 404 404 404 403");
        check(mismatches, "GET /development/approvals", "/development/approvals", "403 403 200 403 403 403");
        check(mismatches, "GET /development/approvals/{in}", "/development/approvals/" + inRequest,
                "403 403 200 403 403 403");
        check(mismatches, "GET /development/approvals/{out}", "/development/approvals/" + outRequest,
                "403 403 404 403 403 403");
        check(mismatches, "GET /development/approvals/{missing}", "/development/approvals/" + MISSING,
                "403 403 404 403 403 403");
        // an empty form: a role allowed to write gets past the role check and stops at scope or input
        checkPost(mismatches, "POST /members/{in}/development/steps", "/members/" + inMember + "/development/steps",
                "403 403 200 200 200 403");
        checkPost(mismatches, "POST /members/{out}/development/steps", "/members/" + outPerson
                + "/development/steps", "403 403 404 404 404 403");
        checkPost(mismatches, "POST /members/{out}/development/steps/{s}/correct", "/members/" + outPerson
                + "/development/steps/" + outStep + "/correct", "403 403 404 404 404 403");
        checkPost(mismatches, "POST /development/approvals/{in}/approve", "/development/approvals/" + inRequest
                + "/approve", "403 403 200 403 403 403");
        checkPost(mismatches, "POST /development/approvals/{in}/return", "/development/approvals/" + inRequest
                + "/return", "403 403 200 403 403 403");
        checkPost(mismatches, "POST /development/approvals/{out}/approve", "/development/approvals/" + outRequest
                + "/approve", "403 403 404 403 403 403");
        checkPost(mismatches, "POST /development/approvals/{out}/return", "/development/approvals/" + outRequest
                + "/return", "403 403 404 403 403 403");
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("select approval_state from member_step where id = ?", String.class, inRequest))
                .isEqualTo("PENDING");
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

    @Test
    void shouldAnswerTransferRoutesAsDocumented() throws Exception {
        String free = """
                select min(m.id) from party_member m where m.party_org_id = ? and m.status = 'FULL'
                  and not exists (select 1 from member_transfer t where t.member_id = m.id
                                  and t.state in ('DRAFT', 'SENT'))""";
        String insert = """
                insert into member_transfer (member_id, kind, from_org_id, to_org_id, issued_on, valid_until, state,
                    created_by) values (?, 'WITHIN', ?, ?, current_date, current_date + 90, 'DRAFT', 'test')
                returning id""";
        long otherBranch = jdbc.queryForObject("""
                select min(id) from party_org where type = 'BRANCH' and closed_on is null and id <> ?
                  and district_id = (select district_id from party_org where id = ?)""", Long.class, outOrg, outOrg);
        // in: from the demo branch to an organization of another district; out: both sides in that district
        long inTransfer = jdbc.queryForObject(insert, Long.class,
                jdbc.queryForObject(free, Long.class, inOrg), inOrg, outOrg);
        long outTransfer = jdbc.queryForObject(insert, Long.class,
                jdbc.queryForObject(free, Long.class, outOrg), outOrg, otherBranch);
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /transfers", "/transfers", "200 200 200 200 200 403");
        check(mismatches, "GET /transfers?tab=INCOMING", "/transfers?tab=INCOMING", "200 200 200 200 200 403");
        check(mismatches, "GET /transfers/{in}", "/transfers/" + inTransfer, "200 200 200 200 200 403");
        check(mismatches, "GET /transfers/{out}", "/transfers/" + outTransfer, "200 404 404 404 404 403");
        check(mismatches, "GET /transfers/{missing}", "/transfers/" + MISSING, "404 404 404 404 404 403");
        check(mismatches, "GET /members/{in}/transfers/new", "/members/" + inMember + "/transfers/new",
                "403 403 200 200 200 403");
        check(mismatches, "GET /members/{out}/transfers/new", "/members/" + outMember + "/transfers/new",
                "403 403 404 404 404 403");
        check(mismatches, "GET /transfers/new-in", "/transfers/new-in", "403 403 200 200 200 403");
        // an empty form: a role allowed to write gets past the role check and stops at scope or input
        checkPost(mismatches, "POST /members/{in}/transfers", "/members/" + inMember + "/transfers",
                "403 403 200 200 200 403");
        checkPost(mismatches, "POST /members/{out}/transfers", "/members/" + outMember + "/transfers",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /transfers/in", "/transfers/in", "403 403 200 200 200 403");
        for (String action : List.of("receive", "return")) {
            checkPost(mismatches, "POST /transfers/{in}/" + action, "/transfers/" + inTransfer + "/" + action,
                    "403 403 200 200 200 403");
            checkPost(mismatches, "POST /transfers/{out}/" + action, "/transfers/" + outTransfer + "/" + action,
                    "403 403 404 404 404 403");
        }
        for (String action : List.of("send", "cancel")) {
            checkPost(mismatches, "POST /transfers/{out}/" + action, "/transfers/" + outTransfer + "/" + action,
                    "403 403 404 404 404 403");
            checkPost(mismatches, "POST /transfers/{missing}/" + action, "/transfers/" + MISSING + "/" + action,
                    "403 403 404 404 404 403");
        }
        // the street sends it; the community and the branch are then told it is no longer a draft
        checkPost(mismatches, "POST /transfers/{in}/send", "/transfers/" + inTransfer + "/send",
                "403 403 302 302 302 403");
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("select state from member_transfer where id = ?", String.class, inTransfer))
                .isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select state from member_transfer where id = ?", String.class, outTransfer))
                .isEqualTo("DRAFT");
    }

    @Test
    void shouldAnswerFloatingRoutesAsDocumented() throws Exception {
        String free = """
                select min(m.id) from party_member m where m.party_org_id = ? and m.status = 'FULL'
                  and not exists (select 1 from floating_outflow f where f.member_id = m.id and f.returned_on is null)""";
        String outflow = """
                insert into floating_outflow (member_id, destination, reason, since, created_by)
                values (?, '权限矩阵', 'WORK', current_date - 200, 'test') returning id""";
        String inflow = """
                insert into floating_inflow (name, home_org_name, since, host_org_id, created_by)
                values ('权限矩阵', '外地党委', current_date - 30, ?, 'test') returning id""";
        long inOutflow = jdbc.queryForObject(outflow, Long.class, jdbc.queryForObject(free, Long.class, inOrg));
        long outOutflow = jdbc.queryForObject(outflow, Long.class, jdbc.queryForObject(free, Long.class, outOrg));
        long inInflow = jdbc.queryForObject(inflow, Long.class, inOrg);
        long outInflow = jdbc.queryForObject(inflow, Long.class, outOrg);
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /floating", "/floating", "200 200 200 200 200 403");
        for (String tab : List.of("INFLOW", "LOST", "REVIEW")) {
            check(mismatches, "GET /floating?tab=" + tab, "/floating?tab=" + tab, "200 200 200 200 200 403");
        }
        check(mismatches, "GET /floating.xlsx", "/floating.xlsx?tab=INFLOW", "200 200 200 200 200 403");
        check(mismatches, "GET /floating/outflows/{in}", "/floating/outflows/" + inOutflow, "200 200 200 200 200 403");
        check(mismatches, "GET /floating/outflows/{out}", "/floating/outflows/" + outOutflow,
                "200 404 404 404 404 403");
        check(mismatches, "GET /floating/outflows/{missing}", "/floating/outflows/" + MISSING,
                "404 404 404 404 404 403");
        check(mismatches, "GET /floating/inflows/{in}", "/floating/inflows/" + inInflow, "200 200 200 200 200 403");
        check(mismatches, "GET /floating/inflows/{out}", "/floating/inflows/" + outInflow, "200 404 404 404 404 403");
        check(mismatches, "GET /members/{in}/outflows/new", "/members/" + inMember + "/outflows/new",
                "403 403 200 200 200 403");
        check(mismatches, "GET /members/{out}/outflows/new", "/members/" + outMember + "/outflows/new",
                "403 403 404 404 404 403");
        check(mismatches, "GET /floating/outflows/{in}/edit", "/floating/outflows/" + inOutflow + "/edit",
                "403 403 200 200 200 403");
        check(mismatches, "GET /floating/outflows/{out}/edit", "/floating/outflows/" + outOutflow + "/edit",
                "403 403 404 404 404 403");
        check(mismatches, "GET /floating/inflows/new", "/floating/inflows/new", "403 403 200 200 200 403");
        check(mismatches, "GET /floating/inflows/{in}/edit", "/floating/inflows/" + inInflow + "/edit",
                "403 403 200 200 200 403");
        check(mismatches, "GET /floating/inflows/{out}/edit", "/floating/inflows/" + outInflow + "/edit",
                "403 403 404 404 404 403");
        // an empty form: a writer gets past the role and stops at scope or input
        checkPost(mismatches, "POST /members/{in}/outflows", "/members/" + inMember + "/outflows",
                "403 403 200 200 200 403");
        checkPost(mismatches, "POST /members/{out}/outflows", "/members/" + outMember + "/outflows",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /floating/inflows", "/floating/inflows", "403 403 200 200 200 403");
        for (String action : List.of("", "/contacts", "/return", "/decision")) {
            checkPost(mismatches, "POST /floating/outflows/{in}" + action, "/floating/outflows/" + inOutflow + action,
                    "403 403 200 200 200 403");
            checkPost(mismatches, "POST /floating/outflows/{out}" + action,
                    "/floating/outflows/" + outOutflow + action, "403 403 404 404 404 403");
        }
        for (String action : List.of("", "/end")) {
            checkPost(mismatches, "POST /floating/inflows/{in}" + action, "/floating/inflows/" + inInflow + action,
                    "403 403 200 200 200 403");
            checkPost(mismatches, "POST /floating/inflows/{out}" + action, "/floating/inflows/" + outInflow + action,
                    "403 403 404 404 404 403");
            checkPost(mismatches, "POST /floating/inflows/{missing}" + action, "/floating/inflows/" + MISSING + action,
                    "403 403 404 404 404 403");
        }
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("select returned_on is null from floating_outflow where id = ?", Boolean.class,
                inOutflow)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from floating_contact where outflow_id in (?, ?)",
                Integer.class, inOutflow, outOutflow)).isZero();
    }

    @Test
    void shouldAnswerNewOrganizationRoutesAsDocumented() throws Exception {
        String unit = """
                insert into new_org (kind, name, credit_code, street_id, community_id, location_type, employees,
                    members_employed, full_members_employed, coverage_mode, opened_on)
                values ('SOCIAL_ORGANIZATION', ?, ?, (select parent_id from region where id = ?), ?, 'OTHER', 10, 0, 0,
                    'NONE', date '2020-01-01') returning id""";
        long inUnit = jdbc.queryForObject(unit, Long.class, "权限矩阵本社区社会组织", "52330100MJ00000112", inRegion,
                inRegion);
        long outUnit = jdbc.queryForObject(unit, Long.class, "权限矩阵外区社会组织", "52330100MJ00000125", outRegion,
                outRegion);
        List<String> mismatches = new ArrayList<>();
        for (String path : List.of("/new-orgs", "/new-orgs.xlsx", "/coverage")) {
            check(mismatches, "GET /regions/{in}" + path, "/regions/" + inRegion + path, "200 200 200 200 404 403");
            check(mismatches, "GET /regions/{out}" + path, "/regions/" + outRegion + path, "200 404 404 404 404 403");
        }
        check(mismatches, "GET /new-orgs/{in}", "/new-orgs/" + inUnit, "200 200 200 200 404 403");
        check(mismatches, "GET /new-orgs/{out}", "/new-orgs/" + outUnit, "200 404 404 404 404 403");
        check(mismatches, "GET /new-orgs/{missing}", "/new-orgs/" + MISSING, "404 404 404 404 404 403");
        check(mismatches, "GET /regions/{in}/new-orgs/new", "/regions/" + inRegion + "/new-orgs/new",
                "403 403 200 200 404 403");
        check(mismatches, "GET /regions/{out}/new-orgs/new", "/regions/" + outRegion + "/new-orgs/new",
                "403 403 404 404 404 403");
        for (String path : List.of("/edit", "/move", "/coverage", "/close")) {
            check(mismatches, "GET /new-orgs/{in}" + path, "/new-orgs/" + inUnit + path, "403 403 200 200 404 403");
            check(mismatches, "GET /new-orgs/{out}" + path, "/new-orgs/" + outUnit + path, "403 403 404 404 404 403");
        }
        // an empty form: a writer gets past the role and stops at scope or input
        checkPost(mismatches, "POST /regions/{in}/new-orgs", "/regions/" + inRegion + "/new-orgs",
                "403 403 200 200 404 403");
        checkPost(mismatches, "POST /regions/{out}/new-orgs", "/regions/" + outRegion + "/new-orgs",
                "403 403 404 404 404 403");
        for (String path : List.of("", "/move", "/coverage", "/close", "/members")) {
            checkPost(mismatches, "POST /new-orgs/{in}" + path, "/new-orgs/" + inUnit + path,
                    "403 403 200 200 404 403");
            checkPost(mismatches, "POST /new-orgs/{out}" + path, "/new-orgs/" + outUnit + path,
                    "403 403 404 404 404 403");
        }
        checkPost(mismatches, "POST /new-orgs/{in}/members/{m}/unlink",
                "/new-orgs/" + inUnit + "/members/" + inMember + "/unlink", "403 403 302 302 404 403");
        checkPost(mismatches, "POST /new-orgs/{out}/members/{m}/unlink",
                "/new-orgs/" + outUnit + "/members/" + inMember + "/unlink", "403 403 404 404 404 403");
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from new_org where id in (?, ?) and closed_on is null",
                Long.class, inUnit, outUnit)).isEqualTo(2);
    }

    @Test
    void shouldAnswerRegionalRoutesAsDocumented() throws Exception {
        String unit = "insert into resident_unit (region_id, region_level, name, kind, party_org_name) "
                + "values (?, 'COMMUNITY', ?, 'OTHER', '权限矩阵党支部') returning id";
        long inUnit = jdbc.queryForObject(unit, Long.class, inRegion, "权限矩阵区域化本社区单位");
        long outUnit = jdbc.queryForObject(unit, Long.class, outRegion, "权限矩阵区域化外区单位");
        String org = "select min(id) from party_org where region_id = ? and category = 'COMMUNITY' and type <> 'PARTY_GROUP'";
        String agreement = """
                insert into cobuild_agreement (region_id, party_org_id, unit_id, title, start_on, end_on,
                    our_commitments, unit_commitments)
                values (?, ?, ?, '权限矩阵协议', current_date - 10, current_date + 300, '甲', '乙') returning id""";
        long inAgreement = jdbc.queryForObject(agreement, Long.class, inRegion,
                jdbc.queryForObject(org, Long.class, inRegion), inUnit);
        long outAgreement = jdbc.queryForObject(agreement, Long.class, outRegion,
                jdbc.queryForObject(org, Long.class, outRegion), outUnit);
        String need = """
                insert into regional_need (community_id, category, description, urgency, raised_by_kind, raised_by,
                    raised_on) values (?, 'OTHER', '权限矩阵需求', 'LOW', 'COMMUNITY', '居委会', current_date - 1)
                returning id""";
        long inNeed = jdbc.queryForObject(need, Long.class, inRegion);
        long outNeed = jdbc.queryForObject(need, Long.class, outRegion);
        String resource = "insert into regional_resource (unit_id, type, category, description) "
                + "values (?, 'OTHER', 'OTHER', '权限矩阵资源') returning id";
        long inResource = jdbc.queryForObject(resource, Long.class, inUnit);
        long outResource = jdbc.queryForObject(resource, Long.class, outUnit);
        long outContact = jdbc.queryForObject("insert into resident_unit_contact (unit_id, name) values (?, '权限矩阵') "
                + "returning id", Long.class, outUnit);
        List<String> mismatches = new ArrayList<>();
        for (String page : List.of("regional", "joint-meeting", "agreements", "needs", "resources", "projects",
                "matching")) {
            check(mismatches, "GET /regions/{in}/" + page, "/regions/" + inRegion + "/" + page,
                    "200 200 200 200 404 403");
            check(mismatches, "GET /regions/{out}/" + page, "/regions/" + outRegion + "/" + page,
                    "200 404 404 404 404 403");
        }
        check(mismatches, "GET /agreements/{in}", "/agreements/" + inAgreement, "200 200 200 200 404 403");
        check(mismatches, "GET /agreements/{out}", "/agreements/" + outAgreement, "200 404 404 404 404 403");
        check(mismatches, "GET /agreements/{missing}", "/agreements/" + MISSING, "404 404 404 404 404 403");
        for (String form : List.of("/regions/%d/joint-meeting/members/new", "/regions/%d/joint-meetings/new",
                "/regions/%d/follow-ups/new", "/regions/%d/agreements/new", "/regions/%d/needs/new",
                "/regions/%d/projects/new")) {
            check(mismatches, "GET " + form.formatted(0) + " in", form.formatted(inRegion), "403 403 200 200 404 403");
            check(mismatches, "GET " + form.formatted(0) + " out", form.formatted(outRegion), "403 403 404 404 404 403");
        }
        check(mismatches, "GET /agreements/{in}/edit", "/agreements/" + inAgreement + "/edit", "403 403 200 200 404 403");
        check(mismatches, "GET /agreements/{out}/edit", "/agreements/" + outAgreement + "/edit",
                "403 403 404 404 404 403");
        check(mismatches, "GET /needs/{in}/edit", "/needs/" + inNeed + "/edit", "403 403 200 200 404 403");
        check(mismatches, "GET /needs/{out}/edit", "/needs/" + outNeed + "/edit", "403 403 404 404 404 403");
        check(mismatches, "GET /resources/{in}/edit", "/resources/" + inResource + "/edit", "403 403 200 200 404 403");
        check(mismatches, "GET /resources/{out}/edit", "/resources/" + outResource + "/edit",
                "403 403 404 404 404 403");
        check(mismatches, "GET /resident-units/{in}/contacts/new", "/resident-units/" + inUnit + "/contacts/new",
                "403 403 200 200 404 403");
        check(mismatches, "GET /resident-units/{out}/resources/new", "/resident-units/" + outUnit + "/resources/new",
                "403 403 404 404 404 403");
        check(mismatches, "GET /unit-contacts/{out}/edit", "/unit-contacts/" + outContact + "/edit",
                "403 403 404 404 404 403");
        // an empty form: a writer gets past the role and stops at scope or input
        checkPost(mismatches, "POST /regions/{in}/joint-meetings", "/regions/" + inRegion + "/joint-meetings",
                "403 403 200 200 404 403");
        checkPost(mismatches, "POST /regions/{out}/joint-meetings", "/regions/" + outRegion + "/joint-meetings",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /regions/{in}/projects", "/regions/" + inRegion + "/projects",
                "403 403 200 200 404 403");
        checkPost(mismatches, "POST /regions/{in}/needs", "/regions/" + inRegion + "/needs", "403 403 200 200 404 403");
        checkPost(mismatches, "POST /needs/{out}", "/needs/" + outNeed, "403 403 404 404 404 403");
        checkPost(mismatches, "POST /agreements/{in}", "/agreements/" + inAgreement, "403 403 200 200 404 403");
        checkPost(mismatches, "POST /agreements/{out}/reviews", "/agreements/" + outAgreement + "/reviews",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /resources/{out}/withdraw", "/resources/" + outResource + "/withdraw",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /unit-contacts/{out}/delete", "/unit-contacts/" + outContact + "/delete",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /resources/{in}/withdraw", "/resources/" + inResource + "/withdraw",
                "403 403 302 302 404 403");
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from resident_unit_contact where id = ?", Long.class, outContact))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select withdrawn_on is null from regional_resource where id = ?", Boolean.class,
                outResource)).isTrue();
    }

    @Test
    void shouldAnswerAuditTrailRoutesAsDocumented() throws Exception {
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /audit", "/audit", "200 403 403 403 403 200");
        check(mismatches, "GET /audit?username=branch&from=2020-01-01", "/audit?username=branch&from=2020-01-01",
                "200 403 403 403 403 200");
        check(mismatches, "GET /audit.xlsx", "/audit.xlsx?action=LOGIN", "200 403 403 403 403 200");
        checkPost(mismatches, "POST /audit", "/audit", "403 403 403 403 403 403");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldAnswerWorkforceAndFundsRoutesAsDocumented() throws Exception {
        String worker = """
                insert into community_worker (community_id, name, role, full_time, birth_year, education, start_on)
                values (?, '权限矩阵', 'COMMUNITY_WORKER', true, 1990, 'BACHELOR', current_date - 10) returning id""";
        long inWorker = jdbc.queryForObject(worker, Long.class, inRegion);
        long outWorker = jdbc.queryForObject(worker, Long.class, outRegion);
        String budget = """
                insert into fund_budget (community_id, year, category, source, amount)
                values (?, 2099, 'WORK', 'SOCIAL', 1) returning id""";
        long inBudget = jdbc.queryForObject(budget, Long.class, inRegion);
        long outBudget = jdbc.queryForObject(budget, Long.class, outRegion);
        String spending = """
                insert into fund_spending (community_id, spent_on, category, amount, purpose)
                values (?, date '2099-01-01', 'WORK', 1, '权限矩阵') returning id""";
        long inSpending = jdbc.queryForObject(spending, Long.class, inRegion);
        long outSpending = jdbc.queryForObject(spending, Long.class, outRegion);
        List<String> mismatches = new ArrayList<>();
        for (String page : List.of("workers", "workers.xlsx", "funds", "funds.xlsx")) {
            check(mismatches, "GET /regions/{in}/" + page, "/regions/" + inRegion + "/" + page,
                    "200 200 200 200 404 403");
            check(mismatches, "GET /regions/{out}/" + page, "/regions/" + outRegion + "/" + page,
                    "200 404 404 404 404 403");
        }
        check(mismatches, "GET /regions/{missing}/funds", "/regions/" + MISSING + "/funds", "404 404 404 404 404 403");
        for (String form : List.of("workers/new", "funds/budget/new", "funds/spending/new")) {
            check(mismatches, "GET /regions/{in}/" + form, "/regions/" + inRegion + "/" + form,
                    "403 403 200 200 404 403");
            check(mismatches, "GET /regions/{out}/" + form, "/regions/" + outRegion + "/" + form,
                    "403 403 404 404 404 403");
        }
        for (String form : List.of("/workers/%d/edit", "/workers/%d/leave")) {
            check(mismatches, "GET " + form + " in", form.formatted(inWorker), "403 403 200 200 404 403");
            check(mismatches, "GET " + form + " out", form.formatted(outWorker), "403 403 404 404 404 403");
        }
        check(mismatches, "GET /fund-budgets/{in}/edit", "/fund-budgets/" + inBudget + "/edit",
                "403 403 200 200 404 403");
        check(mismatches, "GET /fund-budgets/{out}/edit", "/fund-budgets/" + outBudget + "/edit",
                "403 403 404 404 404 403");
        check(mismatches, "GET /fund-spendings/{in}/edit", "/fund-spendings/" + inSpending + "/edit",
                "403 403 200 200 404 403");
        check(mismatches, "GET /fund-spendings/{out}/edit", "/fund-spendings/" + outSpending + "/edit",
                "403 403 404 404 404 403");
        // an empty form: a writer gets past the role and stops at scope or input
        checkPost(mismatches, "POST /regions/{in}/workers", "/regions/" + inRegion + "/workers",
                "403 403 200 200 404 403");
        checkPost(mismatches, "POST /regions/{out}/workers", "/regions/" + outRegion + "/workers",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /workers/{in}", "/workers/" + inWorker, "403 403 200 200 404 403");
        checkPost(mismatches, "POST /workers/{out}/leave", "/workers/" + outWorker + "/leave",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /regions/{in}/funds/budget", "/regions/" + inRegion + "/funds/budget",
                "403 403 200 200 404 403");
        checkPost(mismatches, "POST /regions/{out}/funds/spending", "/regions/" + outRegion + "/funds/spending",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /fund-budgets/{out}", "/fund-budgets/" + outBudget, "403 403 404 404 404 403");
        checkPost(mismatches, "POST /fund-budgets/{out}/delete", "/fund-budgets/" + outBudget + "/delete",
                "403 403 404 404 404 403");
        checkPost(mismatches, "POST /fund-spendings/{out}/delete", "/fund-spendings/" + outSpending + "/delete",
                "403 403 404 404 404 403");
        // the street deletes the entry in its scope; the community then finds it gone
        checkPost(mismatches, "POST /fund-spendings/{in}/delete", "/fund-spendings/" + inSpending + "/delete",
                "403 403 302 404 404 403");
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from fund_spending where id = ?", Long.class, outSpending))
                .isOne();
        jdbc.update("delete from fund_spending where id = ?", outSpending);
        jdbc.update("delete from fund_budget where id in (?, ?)", inBudget, outBudget);
        jdbc.update("delete from community_worker where id in (?, ?)", inWorker, outWorker);
    }

    @Test
    void shouldAnswerMemberImportRoutesAsDocumented() throws Exception {
        // a job of the community secretary, from a file whose one row is invalid: importing it stores nobody
        byte[] file;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            var heading = sheet.createRow(0);
            var row = sheet.createRow(1);
            List<String> columns = List.of("姓名", "身份证号", "民族", "所属组织", "人员状态", "学历", "职业类别");
            for (int i = 0; i < columns.size(); i++) {
                heading.createCell(i).setCellValue(columns.get(i));
                row.createCell(i).setCellValue("权限矩阵");
            }
            book.write(out);
            file = out.toByteArray();
        }
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/members/import/upload")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "m.xlsx", null, file))
                        .with(as("community")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/members/import/jobs/");
        String job = location;
        for (int i = 0; i < 100 && !html(mvc.perform(get(job + "/progress").with(as("community"))).andReturn())
                .contains("data-state=\"CHECKED\""); i++) {
            Thread.sleep(50);
        }
        String missing = "/members/import/jobs/0123456789abcdef0123456789abcdef";
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /members/import", "/members/import", "302 302 302 302 302 403");
        check(mismatches, "GET /members/import/upload", "/members/import/upload", "403 403 200 200 200 403");
        check(mismatches, "GET /members/import/template.xlsx", "/members/import/template.xlsx",
                "403 403 200 200 200 403");
        // no file: a role allowed to import gets past the role check and sees the form again
        checkPost(mismatches, "POST /members/import/upload", "/members/import/upload", "403 403 200 200 200 403");
        for (String suffix : List.of("", "/progress", "/errors.xlsx")) {
            check(mismatches, "GET /members/import/jobs/{own}" + suffix, job + suffix, "403 403 404 200 404 403");
            check(mismatches, "GET /members/import/jobs/{missing}" + suffix, missing + suffix,
                    "403 403 404 404 404 403");
        }
        for (String action : List.of("/commit", "/cancel")) {
            checkPost(mismatches, "POST /members/import/jobs/{missing}" + action, missing + action,
                    "403 403 404 404 404 403");
        }
        checkPost(mismatches, "POST /members/import/jobs/{own}/commit", job + "/commit", "403 403 404 302 404 403");
        checkPost(mismatches, "POST /members/import/jobs/{own}/cancel", job + "/cancel", "403 403 404 302 404 403");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldAnswerReadinessRoutesAsDocumented() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String page : List.of("readiness", "readiness.xlsx", "readiness?lacking=PEOPLE&q=x&page=3")) {
            check(mismatches, "GET /regions/{in}/" + page, "/regions/" + inRegion + "/" + page,
                    "200 200 200 200 404 403");
            check(mismatches, "GET /regions/{out}/" + page, "/regions/" + outRegion + "/" + page,
                    "200 404 404 404 404 403");
            check(mismatches, "GET /regions/{missing}/" + page, "/regions/" + MISSING + "/" + page,
                    "404 404 404 404 404 403");
        }
        checkPost(mismatches, "POST /regions/{in}/readiness", "/regions/" + inRegion + "/readiness",
                "403 403 403 403 403 403");
        assertThat(mismatches).isEmpty();
    }


    @Test
    void shouldAnswerAccessRoutesAsDocumented() throws Exception {
        long street = regionOf("street");
        long district = regionOf("district");
        long outStreet = jdbc.queryForObject("select street_id from region where id = ?", Long.class, outRegion);
        String insert = """
                with r as (insert into access_request (street_id, department, kind, title, requested_from, status,
                               registered_by, decided_by, decided_at)
                           values (?, '权限矩阵部门', 'TASK', '权限矩阵', current_date, ?, 'test',
                                   case when ? = 'REGISTERED' then null else 'test' end,
                                   case when ? = 'REGISTERED' then null else now() end) returning id)
                insert into access_target (request_id, community_id) select id, ? from r returning request_id""";
        long pending = jdbc.queryForObject(insert, Long.class, street, "REGISTERED", "REGISTERED", "REGISTERED",
                inRegion);
        long approved = jdbc.queryForObject(insert, Long.class, street, "APPROVED", "APPROVED", "APPROVED", inRegion);
        long out = jdbc.queryForObject(insert, Long.class, outStreet, "REGISTERED", "REGISTERED", "REGISTERED",
                outRegion);
        List<String> mismatches = new ArrayList<>();
        for (String page : List.of("access", "access.xlsx")) {
            check(mismatches, "GET /regions/{street}/" + page, "/regions/" + street + "/" + page,
                    "200 200 200 404 404 403");
            check(mismatches, "GET /regions/{community}/" + page, "/regions/" + inRegion + "/" + page,
                    "200 200 200 200 404 403");
            check(mismatches, "GET /regions/{out}/" + page, "/regions/" + outStreet + "/" + page,
                    "200 404 404 404 404 403");
        }
        check(mismatches, "GET /regions/{district}/access", "/regions/" + district + "/access",
                "302 302 404 404 404 403");
        check(mismatches, "GET /regions/{street}/access/burden", "/regions/" + street + "/access/burden",
                "200 200 200 404 404 403");
        check(mismatches, "GET /regions/{community}/access/burden", "/regions/" + inRegion + "/access/burden",
                "200 200 200 200 404 403");
        check(mismatches, "GET /regions/{out}/access/burden", "/regions/" + outStreet + "/access/burden",
                "200 404 404 404 404 403");
        check(mismatches, "GET /regions/{street}/access/new", "/regions/" + street + "/access/new",
                "200 200 200 403 403 403");
        check(mismatches, "GET /regions/{out}/access/new", "/regions/" + outStreet + "/access/new",
                "200 404 404 403 403 403");
        check(mismatches, "GET /regions/{community}/access/new", "/regions/" + inRegion + "/access/new",
                "404 404 404 403 403 403");
        check(mismatches, "GET /access/{approved}", "/access/" + approved, "200 200 200 200 404 403");
        check(mismatches, "GET /access/{pending}", "/access/" + pending, "200 200 200 404 404 403");
        check(mismatches, "GET /access/{out}", "/access/" + out, "200 404 404 404 404 403");
        check(mismatches, "GET /access/{missing}", "/access/" + MISSING, "404 404 404 404 404 403");
        check(mismatches, "GET /access/{pending}/edit", "/access/" + pending + "/edit", "200 200 200 403 403 403");
        check(mismatches, "GET /access/{out}/edit", "/access/" + out + "/edit", "200 404 404 403 403 403");
        // no fields: an allowed role gets past role and scope and sees the form again
        checkPost(mismatches, "POST /regions/{street}/access", "/regions/" + street + "/access",
                "200 200 200 403 403 403");
        checkPost(mismatches, "POST /regions/{out}/access", "/regions/" + outStreet + "/access",
                "200 404 404 403 403 403");
        checkPost(mismatches, "POST /access/{pending}", "/access/" + pending, "200 200 200 403 403 403");
        checkPost(mismatches, "POST /access/{out}", "/access/" + out, "200 404 404 403 403 403");
        // no version: the decision is stale and shows the conflict; a decided item answers with a flash message
        for (String action : List.of("approve", "refuse")) {
            checkPost(mismatches, "POST /access/{pending}/" + action, "/access/" + pending + "/" + action,
                    "403 200 200 403 403 403");
            checkPost(mismatches, "POST /access/{approved}/" + action, "/access/" + approved + "/" + action,
                    "403 302 302 403 403 403");
            checkPost(mismatches, "POST /access/{out}/" + action, "/access/" + out + "/" + action,
                    "403 404 404 403 403 403");
        }
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from access_request where id in (?, ?) and status = 'REGISTERED'",
                Long.class, pending, out)).isEqualTo(2);
        jdbc.update("delete from access_request where id in (?, ?, ?)", pending, approved, out);
    }

    @Test
    void shouldAnswerReadApiAndTokenRoutesAsDocumented() throws Exception {
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /account/tokens", "/account/tokens", "200 200 200 200 200 200");
        // the community secretary's token: only its owner may revoke it, for everyone else it is missing
        long ownToken = jdbc.queryForObject("""
                insert into api_token (user_id, name, token_hash, token_hint)
                select id, '权限矩阵', md5(random()::text) || md5(random()::text), 'gr_pm0' from app_user
                where username = 'community' returning id""", Long.class);
        checkPost(mismatches, "POST /account/tokens/{own of community}/revoke",
                "/account/tokens/" + ownToken + "/revoke", "404 404 404 302 404 404");
        checkPost(mismatches, "POST /account/tokens/{missing}/revoke", "/account/tokens/" + MISSING + "/revoke",
                "404 404 404 404 404 404");

        // the read API, each user signed in by a token of their own (stored as its SHA-256)
        java.util.Map<String, String> tokens = new java.util.HashMap<>();
        for (String user : USERS) {
            String value = "gr_pm-" + user + "-" + java.util.UUID.randomUUID();
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            jdbc.update("""
                    insert into api_token (user_id, name, token_hash, token_hint)
                    select id, '权限矩阵', ?, 'gr_pm1' from app_user where username = ?""", hash, user);
            tokens.put(user, value);
        }
        List<String[]> rows = new ArrayList<>();
        for (String suffix : List.of("", "/organizations", "/compliance", "/summary")) {
            rows.add(new String[] {"GET /api/v1/regions/{in}" + suffix, "/api/v1/regions/" + inRegion + suffix,
                    "200 200 200 200 404 403"});
            rows.add(new String[] {"GET /api/v1/regions/{out}" + suffix, "/api/v1/regions/" + outRegion + suffix,
                    "200 404 404 404 404 403"});
            rows.add(new String[] {"GET /api/v1/regions/{missing}" + suffix, "/api/v1/regions/" + MISSING + suffix,
                    "404 404 404 404 404 403"});
        }
        for (String suffix : List.of("", "/members", "/meetings")) {
            rows.add(new String[] {"GET /api/v1/organizations/{in}" + suffix,
                    "/api/v1/organizations/" + inOrg + suffix, "200 200 200 200 200 403"});
            rows.add(new String[] {"GET /api/v1/organizations/{out}" + suffix,
                    "/api/v1/organizations/" + outOrg + suffix, "200 404 404 404 404 403"});
            rows.add(new String[] {"GET /api/v1/organizations/{missing}" + suffix,
                    "/api/v1/organizations/" + MISSING + suffix, "404 404 404 404 404 403"});
        }
        rows.add(new String[] {"GET /api/v1/openapi.json", "/api/v1/openapi.json", "200 200 200 200 200 403"});
        for (String[] row : rows) {
            String[] statuses = row[2].split(" ");
            for (int i = 0; i < USERS.length; i++) {
                int actual = mvc.perform(get(row[1]).header("Authorization", "Bearer " + tokens.get(USERS[i])))
                        .andReturn().getResponse().getStatus();
                if (actual != Integer.parseInt(statuses[i])) {
                    mismatches.add(row[0] + " as " + USERS[i] + ": expected " + statuses[i] + ", got " + actual);
                }
            }
            // no token: 401, never a redirect to the sign-in page
            int anonymous = mvc.perform(get(row[1])).andReturn().getResponse().getStatus();
            if (anonymous != 401) {
                mismatches.add(row[0] + " without a token: expected 401, got " + anonymous);
            }
        }
        for (String user : USERS) {
            int posted = mvc.perform(post("/api/v1/regions/" + inRegion)
                    .header("Authorization", "Bearer " + tokens.get(user))).andReturn().getResponse().getStatus();
            if (posted != 403) {
                mismatches.add("POST /api/v1/regions/{in} as " + user + ": expected 403, got " + posted);
            }
        }
    }

    @Test
    void shouldAnswerTaskRoutesAsDocumented() throws Exception {
        String task = "insert into work_task (title, content, deadline, priority, evidence_kind, issuer_region_id, "
                + "created_by) values ('权限矩阵', '权限矩阵', current_date + 5, 'NORMAL', 'TEXT', ?, 'matrix') returning id";
        String row = "insert into work_task_recipient (task_id, org_id) values (?, ?) returning id";
        // in: the community issues to the demo branch; out: a community of another district to its branch
        long inTask = jdbc.queryForObject(task, Long.class, inRegion);
        long inRow = jdbc.queryForObject(row, Long.class, inTask, inOrg);
        long outTask = jdbc.queryForObject(task, Long.class, outRegion);
        long outRow = jdbc.queryForObject(row, Long.class, outTask, outOrg);
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /tasks", "/tasks?tab=RECEIVED&status=SENT&overdue=true&q=x", "200 200 200 200 200 403");
        check(mismatches, "GET /tasks/inbox", "/tasks/inbox", "200 200 200 200 200 403");
        check(mismatches, "GET /tasks/new", "/tasks/new", "200 200 200 403 403 403");
        checkPost(mismatches, "POST /tasks", "/tasks", "200 200 200 403 403 403");
        check(mismatches, "GET /tasks/{in}", "/tasks/" + inTask, "200 200 200 200 200 403");
        check(mismatches, "GET /tasks/{out}", "/tasks/" + outTask, "200 404 404 404 404 403");
        check(mismatches, "GET /tasks/{missing}", "/tasks/" + MISSING, "404 404 404 404 404 403");
        check(mismatches, "GET /tasks/{in}/recipients.xlsx", "/tasks/" + inTask + "/recipients.xlsx",
                "200 200 200 200 404 403");
        check(mismatches, "GET /tasks/{out}/recipients.xlsx", "/tasks/" + outTask + "/recipients.xlsx",
                "200 404 404 404 404 403");
        for (String suffix : List.of("", "/forward")) {
            check(mismatches, "GET /task-recipients/{in}" + suffix, "/task-recipients/" + inRow + suffix,
                    "404 404 404 200 200 403");
            check(mismatches, "GET /task-recipients/{out}" + suffix, "/task-recipients/" + outRow + suffix,
                    "404 404 404 404 404 403");
        }
        for (String action : List.of("/acknowledge", "/progress", "/complete", "/forward")) {
            // no version and no values: the row's own actors see the form again (conflict or field errors)
            checkPost(mismatches, "POST /task-recipients/{in}" + action, "/task-recipients/" + inRow + action,
                    "404 404 404 200 200 403");
            checkPost(mismatches, "POST /task-recipients/{out}" + action, "/task-recipients/" + outRow + action,
                    "404 404 404 404 404 403");
        }
        assertThat(jdbc.queryForObject("select status from work_task_recipient where id = ?", String.class, inRow))
                .isEqualTo("SENT");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldAnswerSettingsRoutesAsDocumented() throws Exception {
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /settings", "/settings", "200 403 403 403 403 403");
        check(mismatches, "GET /settings/history", "/settings/history?group=grid&page=0", "200 403 403 403 403 403");
        // no values: nothing to save, the city administrator is sent back to the page
        checkPost(mismatches, "POST /settings", "/settings", "302 403 403 403 403 403");
        checkPost(mismatches, "POST /settings/reset (unknown key)", "/settings/reset?key=grassroots.none&version=0",
                "404 403 403 403 403 403");
        // the grid setting has no stored value (version 0): a reset is allowed and changes nothing
        checkPost(mismatches, "POST /settings/reset (known key)",
                "/settings/reset?key=grassroots.grid.max-households&version=0", "302 403 403 403 403 403");
        assertThat(jdbc.queryForObject("select count(*) from city_setting", Long.class)).isZero();
    }

    @Test
    void shouldAnswerDashboardRoutesAsDocumented() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String suffix : List.of("/dashboard", "/dashboard.xlsx", "/dashboard/tables")) {
            check(mismatches, "GET /regions/{in}" + suffix, "/regions/" + inRegion + suffix, "200 200 200 200 404 403");
            check(mismatches, "GET /regions/{out}" + suffix, "/regions/" + outRegion + suffix,
                    "200 404 404 404 404 403");
            check(mismatches, "GET /regions/{missing}" + suffix, "/regions/" + MISSING + suffix,
                    "404 404 404 404 404 403");
        }
    }

    @Test
    void shouldAnswerAssessmentRoutesAsDocumented() throws Exception {
        String tree = "insert into assessment_tree (owner_region_id, year, assessed_level, name, published, created_by) "
                + "values (?, 2095, 'COMMUNITY', '权限矩阵', ?, 'matrix') returning id";
        long city = jdbc.queryForObject("select min(id) from region where level = 'CITY'", Long.class);
        long outDistrict = jdbc.queryForObject("select district_id from region where id = ?", Long.class, outRegion);
        // in: a published tree of the city; out: a published tree of another district; draft: the demo district's
        long inTree = jdbc.queryForObject(tree, Long.class, city, true);
        long outTree = jdbc.queryForObject(tree, Long.class, outDistrict, true);
        long draft = jdbc.queryForObject(tree, Long.class, regionOf("district"), false);
        long inIndicator = jdbc.queryForObject("insert into assessment_indicator (tree_id, name, weight, source) "
                + "values (?, '权限矩阵', 100, 'MANUAL') returning id", Long.class, inTree);
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /assessment", "/assessment?year=2095", "200 200 200 200 200 403");
        check(mismatches, "GET /assessment/trees/new", "/assessment/trees/new", "200 200 403 403 403 403");
        checkPost(mismatches, "POST /assessment/trees", "/assessment/trees", "200 200 403 403 403 403");
        for (String suffix : List.of("", "/scores", "/scores.xlsx")) {
            check(mismatches, "GET /assessment/trees/{in}" + suffix, "/assessment/trees/" + inTree + suffix,
                    "200 200 200 200 404 403");
            check(mismatches, "GET /assessment/trees/{out}" + suffix, "/assessment/trees/" + outTree + suffix,
                    "200 404 404 404 404 403");
        }
        check(mismatches, "GET /assessment/trees/{in}/regions/{in}",
                "/assessment/trees/" + inTree + "/regions/" + inRegion, "200 200 200 200 404 403");
        check(mismatches, "GET /assessment/trees/{out}/regions/{out}",
                "/assessment/trees/" + outTree + "/regions/" + outRegion, "200 404 404 404 404 403");
        check(mismatches, "GET /assessment/trees/{draft}", "/assessment/trees/" + draft, "200 200 404 404 404 403");
        check(mismatches, "GET /assessment/trees/{in}/edit", "/assessment/trees/" + inTree + "/edit",
                "200 404 403 403 403 403");
        check(mismatches, "GET /assessment/indicators/{in}/edit", "/assessment/indicators/" + inIndicator + "/edit",
                "200 404 403 403 403 403");
        // no values: the owner sees the form again with its errors
        checkPost(mismatches, "POST /assessment/trees/{in}/regions/{in}/scores",
                "/assessment/trees/" + inTree + "/regions/" + inRegion + "/scores", "200 404 403 403 403 403");
        checkPost(mismatches, "POST /assessment/indicators/{in}", "/assessment/indicators/" + inIndicator,
                "200 404 403 403 403 403");
        for (String action : List.of("/publish", "/copy", "/indicators")) {
            checkPost(mismatches, "POST /assessment/trees/{out}" + action, "/assessment/trees/" + outTree + action,
                    "404 404 403 403 403 403");
        }
        checkPost(mismatches, "POST /assessment/trees/{draft}/publish", "/assessment/trees/" + draft + "/publish",
                "404 302 403 403 403 403");
        assertThat(jdbc.queryForObject("select published from assessment_tree where id = ?", Boolean.class, draft))
                .isFalse();
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldAnswerListExportRoutesAsDocumented() throws Exception {
        // in: the demo branch (its organization) and the demo community; out: another district's
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET /orgs/{in}/dues/arrears.xlsx", "/orgs/" + inOrg + "/dues/arrears.xlsx",
                "200 200 200 200 200 403");
        check(mismatches, "GET /orgs/{out}/dues/arrears.xlsx?all=true", "/orgs/" + outOrg + "/dues/arrears.xlsx?all=true",
                "200 404 404 404 404 403");
        check(mismatches, "GET /orgs/{missing}/dues/arrears.xlsx", "/orgs/" + MISSING + "/dues/arrears.xlsx",
                "404 404 404 404 404 403");
        for (String list : List.of("/needs.xlsx", "/resources.xlsx", "/projects.xlsx", "/volunteers.xlsx")) {
            check(mismatches, "GET /regions/{in}" + list, "/regions/" + inRegion + list, "200 200 200 200 404 403");
            check(mismatches, "GET /regions/{out}" + list, "/regions/" + outRegion + list, "200 404 404 404 404 403");
            check(mismatches, "GET /regions/{missing}" + list, "/regions/" + MISSING + list,
                    "404 404 404 404 404 403");
        }
        assertThat(mismatches).isEmpty();
    }
}
