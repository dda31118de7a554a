package org.grassroots.neworg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.grassroots.support.WebIntegrationTestBase;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Forms and look-ups the "two new" tests share. */
abstract class NewOrgTestBase extends WebIntegrationTestBase {

    protected static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    protected long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    protected String version(long id) {
        return jdbc.queryForObject("select version from new_org where id = ?", Long.class, id).toString();
    }

    protected long streetOf(long communityId) {
        return jdbc.queryForObject("select parent_id from region where id = ?", Long.class, communityId);
    }

    /** A valid credit code no open registration has. */
    protected String freshCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            String first17 = "91330106TQ" + String.format("%07d", random.nextInt(10_000_000));
            String code = first17 + CreditCode.checkChar(first17);
            if (count("select count(*) from new_org where credit_code = ?", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free credit code");
    }

    protected static String wrongCheck(String code) {
        char right = code.charAt(17);
        return code.substring(0, 17) + (right == '1' ? '2' : '1');
    }

    /** Every field of a valid registration in the community, not reached by Party building. */
    protected MultiValueMap<String, String> registration(String name, long communityId) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "NON_PUBLIC_ENTERPRISE");
        form.add("name", name);
        form.add("creditCode", freshCode());
        form.add("streetId", Long.toString(streetOf(communityId)));
        form.add("communityId", Long.toString(communityId));
        form.add("locationType", "BUSINESS_BUILDING");
        form.add("address", "桂花路88号创新大厦12层");
        form.add("employees", "60");
        form.add("membersEmployed", "4");
        form.add("fullMembersEmployed", "2");
        form.add("openedOn", "2020-03-01");
        form.add("coverageMode", "NONE");
        form.add("partyOrgId", "");
        form.add("instructorName", "");
        form.add("instructorPhone", "");
        form.add("instructorSince", "");
        form.add("instructorIdNumber", "");
        return form;
    }

    /** Posts a registration as the user and returns the new unit's id. */
    protected long register(String user, long regionId, MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post("/regions/" + regionId + "/new-orgs").params(form).with(as(user))
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/new-orgs/".length()));
    }

    protected String postForm(String user, String url, MultiValueMap<String, String> form) throws Exception {
        return html(mvc.perform(post(url).params(form).with(as(user)).with(csrf())).andReturn());
    }

    protected String page(String user, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return html(result);
    }

    protected MultiValueMap<String, String> coverage(String mode, String changedOn, long version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("changedOn", changedOn);
        form.add("coverageMode", mode);
        form.add("partyOrgId", "");
        form.add("instructorName", "");
        form.add("instructorPhone", "");
        form.add("instructorSince", "");
        form.add("instructorIdNumber", "");
        form.add("note", "");
        form.add("version", Long.toString(version));
        return form;
    }

    protected MultiValueMap<String, String> move(long streetId, Long communityId, String movedOn, String version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("movedOn", movedOn);
        form.add("streetId", Long.toString(streetId));
        form.add("communityId", communityId == null ? "" : communityId.toString());
        form.add("address", "");
        form.add("note", "");
        form.add("version", version);
        return form;
    }

    protected MultiValueMap<String, String> closing(String closedOn, String reason, String version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("closedOn", closedOn);
        form.add("reason", reason);
        form.add("version", version);
        return form;
    }

    /** An open joint branch of the test's own, sitting in the community. */
    protected long jointBranchIn(long communityId, String name) {
        long parent = jdbc.queryForObject("""
                select min(id) from party_org where community_id = ? and type = 'COMMITTEE'""", Long.class, communityId);
        return jdbc.queryForObject("""
                insert into party_org (name, type, category, parent_id, region_id, founded_on)
                values (?, 'JOINT_BRANCH', 'BUILDING_PARK', ?, ?, date '2018-05-01') returning id""", Long.class, name,
                parent, communityId);
    }
}
