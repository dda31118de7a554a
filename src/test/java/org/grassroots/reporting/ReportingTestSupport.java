package org.grassroots.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.grassroots.security.GrassrootsUser;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the reporting tests share: the demo regions around the community user, fresh people, and the
 * forms as a browser posts them. Every test makes its own rows (names and phones are fresh).
 */
abstract class ReportingTestSupport extends WebIntegrationTestBase {

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long community() {
        return regionOf("community");
    }

    long street() {
        return regionOf("street");
    }

    /** The next community of the same street: in the street's scope, out of the community user's. */
    long sibling() {
        return siblingCommunity(community());
    }

    String regionName(long id) {
        return jdbc.queryForObject("select name from region where id = ?", String.class, id);
    }

    Scope scopeOf(String username) {
        return ((GrassrootsUser) users.loadUserByUsername(username)).getScope();
    }

    static String fresh(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    static String freshPhone() {
        return "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    /** A new full member of a branch in the sibling community, made by the street; returns id and ID number. */
    Object[] memberElsewhere() throws Exception {
        String id = freshIdNumber(LocalDate.of(1965 + ThreadLocalRandom.current().nextInt(20), 5, 12), true);
        MultiValueMap<String, String> form = newFullMember(fresh("在职"), id, branchIn(sibling()));
        MvcResult result = mvc.perform(post("/members").params(form).with(as("street")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as("member created").isEqualTo(302);
        long memberId = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/members/".length()));
        return new Object[] {memberId, id};
    }

    /** A post of the community made through the form; capacity may be blank. */
    long createPost(long communityId, String name, String capacity) throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("categoryCode", "ELDER_CARE");
        form.add("name", name);
        form.add("capacity", capacity);
        mvc.perform(post("/regions/" + communityId + "/service-posts").params(form).with(as("street")).with(csrf()))
                .andReturn();
        return jdbc.queryForObject("select max(id) from service_post where community_id = ? and name = ?", Long.class,
                communityId, name);
    }

    static MultiValueMap<String, String> memberReport(String idNumber, LocalDate reportedOn) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "MEMBER");
        form.add("idNumber", idNumber);
        form.add("employerName", "滨江测试科技有限公司");
        form.add("reportedOn", reportedOn.toString());
        form.add("_postIds", "on");
        return form;
    }

    static MultiValueMap<String, String> outsiderReport(String name, String phone, LocalDate reportedOn) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "OUTSIDER");
        form.add("personName", name);
        form.add("personPhone", phone);
        form.add("employerName", "市测试研究院");
        form.add("employerOrgName", "市测试研究院党委");
        form.add("reportedOn", reportedOn.toString());
        form.add("_postIds", "on");
        return form;
    }

    /** Posts the form and returns the new report's id (fails when the form is re-displayed). */
    long createReport(long communityId, MultiValueMap<String, String> form, String username) throws Exception {
        MvcResult result = mvc.perform(post("/regions/" + communityId + "/member-reports").params(form)
                .with(as(username)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(() -> errorsOf(result)).isEqualTo(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/member-reports/".length()));
    }

    static MultiValueMap<String, String> service(LocalDate day, String hours) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("servedOn", day.toString());
        form.add("hours", hours);
        form.add("description", "陪老人散步");
        form.add("confirmedBy", "社区王主任");
        return form;
    }

    long createService(long reportId, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post("/member-reports/" + reportId + "/services").params(form)
                .with(as("community")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(() -> errorsOf(result)).isEqualTo(302);
        return jdbc.queryForObject("select max(id) from service_record where report_id = ?", Long.class, reportId);
    }

    static String errorsOf(MvcResult result) {
        try {
            return html(result).replaceAll("(?s).*?(id=\"form-errors\".*?</form>).*", "$1");
        } catch (Exception e) {
            return e.toString();
        }
    }

    long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }
}
