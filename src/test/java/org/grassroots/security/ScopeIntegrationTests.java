package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Scope is enforced on every route: an object outside the user's subtree answers exactly like a
 * missing one (404), roles keep users off routes they have no business on (403), and nothing
 * outside the scope can be read, listed or written.
 */
class ScopeIntegrationTests extends WebIntegrationTestBase {

    long community;
    long otherCommunity;
    long ownMember;
    long otherMember;
    long ownOrg;
    long otherOrg;
    long missingId;

    @BeforeEach
    void findIds() {
        community = regionOf("community");
        otherCommunity = siblingCommunity(community);
        ownMember = fullMemberIn(community);
        otherMember = fullMemberIn(otherCommunity);
        ownOrg = branchIn(community);
        otherOrg = branchIn(otherCommunity);
        missingId = jdbc.queryForObject("select greatest((select max(id) from party_member),"
                + " (select max(id) from party_org), (select max(id) from region)) + 1000", Long.class);
    }

    @Test
    void shouldAnswer404WhenCommunitySecretaryOpensMemberOfAnotherCommunity() throws Exception {
        Map<String, Object> before = jdbc.queryForMap("select name, version from party_member where id = ?", otherMember);
        var form = storedMember(otherMember);
        form.set("name", "越权修改");

        mvc.perform(get("/members/{id}", otherMember).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/members/{id}/edit", otherMember).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/members/{id}", otherMember).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForMap("select name, version from party_member where id = ?", otherMember))
                .isEqualTo(before);
    }

    @Test
    void shouldShowAndSaveMemberWhenCommunitySecretaryOpensOwnMember() throws Exception {
        long version = jdbc.queryForObject("select version from party_member where id = ?", Long.class, ownMember);

        mvc.perform(get("/members/{id}", ownMember).with(as("community")))
                .andExpect(status().isOk()).andExpect(view().name("member/detail"));
        mvc.perform(get("/members/{id}/edit", ownMember).with(as("community")))
                .andExpect(status().isOk()).andExpect(view().name("member/form"));
        mvc.perform(post("/members/{id}", ownMember).params(storedMember(ownMember))
                        .with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/members/" + ownMember));

        assertThat(jdbc.queryForObject("select version from party_member where id = ?", Long.class, ownMember))
                .isEqualTo(version + 1);
    }

    @Test
    void shouldAnswer404WhenCommunitySecretaryOpensOrgOfAnotherCommunity() throws Exception {
        Map<String, Object> before = jdbc.queryForMap("select name, version from party_org where id = ?", otherOrg);
        var form = storedOrg(otherOrg);
        form.set("name", "越权修改党支部");
        long streetCommittee = jdbc.queryForObject("select id from party_org where region_id = ?"
                + " and type = 'WORKING_COMMITTEE'", Long.class, parentOf(community));

        mvc.perform(get("/orgs/{id}", otherOrg).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/orgs/{id}/edit", otherOrg).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(post("/orgs/{id}", otherOrg).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        // the street's working committee leads the community's organizations but sits above the community
        mvc.perform(get("/orgs/{id}", streetCommittee).with(as("community"))).andExpect(status().isNotFound());

        assertThat(jdbc.queryForMap("select name, version from party_org where id = ?", otherOrg)).isEqualTo(before);
    }

    @Test
    void shouldShowAndSaveOrgWhenCommunitySecretaryOpensOwnOrg() throws Exception {
        long version = jdbc.queryForObject("select version from party_org where id = ?", Long.class, ownOrg);

        mvc.perform(get("/orgs/{id}", ownOrg).with(as("community")))
                .andExpect(status().isOk()).andExpect(view().name("org/detail"));
        mvc.perform(get("/orgs/{id}/edit", ownOrg).with(as("community")))
                .andExpect(status().isOk()).andExpect(view().name("org/form"));
        mvc.perform(post("/orgs/{id}", ownOrg).params(storedOrg(ownOrg)).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/orgs/" + ownOrg));

        assertThat(jdbc.queryForObject("select version from party_org where id = ?", Long.class, ownOrg))
                .isEqualTo(version + 1);
    }

    @Test
    void shouldAnswer404WhenCommunitySecretaryOpensRegionOutsideOwnCommunity() throws Exception {
        mvc.perform(get("/regions/{id}", otherCommunity).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}", parentOf(community)).with(as("community"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}", community).with(as("community")))
                .andExpect(status().isOk()).andExpect(view().name("level/community"));
    }

    @Test
    void shouldAnswerTheSame404WhenIdIsMissingOrOutOfScope() throws Exception {
        for (String route : List.of("/members/{id}", "/members/{id}/edit", "/orgs/{id}", "/orgs/{id}/edit",
                "/regions/{id}")) {
            mvc.perform(get(route, missingId).with(as("community"))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/members/{id}", missingId).params(storedMember(ownMember))
                .with(as("community")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/members/not-a-number").with(as("community"))).andExpect(status().isNotFound());

        String missing = html(mvc.perform(get("/members/{id}", missingId).with(as("community"))).andReturn());
        String outOfScope = html(mvc.perform(get("/members/{id}", otherMember).with(as("community"))).andReturn());
        // the pages differ only in the per-request CSRF token of the sign-out form
        assertThat(withoutCsrfToken(outOfScope)).isEqualTo(withoutCsrfToken(missing));
    }

    @Test
    void shouldAnswer404WhenBranchSecretaryOpensRegionOrSiblingBranch() throws Exception {
        long branch = orgOf("branch");
        long branchCommunity = jdbc.queryForObject("select community_id from party_org where id = ?", Long.class,
                branch);
        long sibling = jdbc.queryForObject("""
                select s.id from party_org s join party_org me on me.id = ?
                where s.parent_id = me.parent_id and s.id <> me.id order by s.id limit 1""", Long.class, branch);
        long parent = jdbc.queryForObject("select parent_id from party_org where id = ?", Long.class, branch);
        long siblingMember = jdbc.queryForObject("select id from party_member where party_org_id = ? limit 1",
                Long.class, sibling);

        mvc.perform(get("/regions/{id}", branchCommunity).with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/orgs/{id}", branch).with(as("branch")))
                .andExpect(status().isOk()).andExpect(view().name("org/detail"));
        mvc.perform(get("/orgs/{id}", sibling).with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/orgs/{id}", parent).with(as("branch"))).andExpect(status().isNotFound());
        mvc.perform(get("/members/{id}", siblingMember).with(as("branch"))).andExpect(status().isNotFound());
    }

    @Test
    void shouldAnswer404WhenDistrictOfficialOpensStreetOfAnotherDistrict() throws Exception {
        long district = regionOf("district");
        long ownStreet = jdbc.queryForObject("select id from region where parent_id = ? order by code limit 1",
                Long.class, district);
        long otherStreet = jdbc.queryForObject("""
                select id from region where level = 'STREET' and parent_id <> ? order by code limit 1""",
                Long.class, district);

        mvc.perform(get("/regions/{id}", otherStreet).with(as("district"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/{id}", ownStreet).with(as("district")))
                .andExpect(status().isOk()).andExpect(view().name("level/street"));
    }

    @Test
    void shouldListOnlyMembersOfOwnCommunityWhenCommunitySecretarySearches() throws Exception {
        Set<Long> expected = new HashSet<>(jdbc.queryForList("""
                select m.id from party_member m join party_org o on o.id = m.party_org_id
                where o.community_id = ? and m.status in
                  ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', 'MEMBERSHIP_SUSPENDED')""",
                Long.class, community));
        assertThat(expected).hasSizeGreaterThan(20); // more than one page, so paging is exercised too

        Set<Long> listed = new HashSet<>();
        String first = html(mvc.perform(get("/members").with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(textOf(first, "result-count")).contains(Integer.toString(expected.size()));
        int pages = (expected.size() + 19) / 20;
        for (int page = 0; page < pages; page++) {
            String html = html(mvc.perform(get("/members").param("page", Integer.toString(page))
                    .with(as("community"))).andExpect(status().isOk()).andReturn());
            List<Long> ids = linkedIds(section(html, "table", "member-results"), "/members/");
            assertThat(ids).isNotEmpty();
            listed.addAll(ids);
        }
        assertThat(listed).isEqualTo(expected);

        // a name that exists only elsewhere finds nothing
        String outsider = jdbc.queryForObject("""
                select m.name from party_member m join party_org o on o.id = m.party_org_id
                where o.community_id <> ? and m.status = 'FULL' and not exists (
                  select 1 from party_member x join party_org xo on xo.id = x.party_org_id
                  where xo.community_id = ? and x.name like '%' || m.name || '%')
                order by m.id limit 1""", String.class, community, community);
        String html = html(mvc.perform(get("/members").param("q", outsider).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(html, "table", "member-results"), "/members/")).isEmpty();
    }

    @Test
    void shouldForbidMemberListWhenSystemAdmin() throws Exception {
        mvc.perform(get("/members").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/regions/{id}", community).with(as("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void shouldRedirectToLoginWhenAnonymous() throws Exception {
        for (String url : List.of("/", "/members", "/members/" + ownMember, "/orgs/" + ownOrg,
                "/regions/" + community)) {
            mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void shouldForbidPostWhenCsrfTokenMissing() throws Exception {
        Map<String, Object> before = jdbc.queryForMap("select name, version from party_member where id = ?", ownMember);
        var form = storedMember(ownMember);
        form.set("name", "无令牌修改");

        mvc.perform(post("/members/{id}", ownMember).params(form).with(as("community")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/members/{id}", ownMember).params(form).with(as("community")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForMap("select name, version from party_member where id = ?", ownMember))
                .isEqualTo(before);
    }

    @Test
    void shouldRefuseCreateWithOrgErrorWhenOrgIsOutOfScope() throws Exception {
        long count = memberCount();
        String idNumber = freshIdNumber(BIRTH, true);

        MvcResult result = mvc.perform(post("/members").params(newFullMember("越权新增", idNumber, otherOrg))
                        .with(as("community")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("member/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "orgId", "member.org.outOfScope"))
                .andReturn();

        assertThat(textOf(html(result), "orgId-error")).isEqualTo("所选党组织不在您的管理范围内");
        assertThat(memberCount()).isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from party_member where id_number_hash = ?", Long.class,
                cipher.hash(idNumber))).isZero();
    }

    private static String withoutCsrfToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private long parentOf(long regionId) {
        return jdbc.queryForObject("select parent_id from region where id = ?", Long.class, regionId);
    }
}
