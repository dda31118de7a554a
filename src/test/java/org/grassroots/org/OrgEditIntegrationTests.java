package org.grassroots.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;

/** Editing keeps a parent that lies above the editor's scope; Party groups sit only in branches. */
class OrgEditIntegrationTests extends WebIntegrationTestBase {

    @Test
    void shouldSaveCommunityCommitteeWhenItsParentIsTheStreetAboveTheScope() throws Exception {
        long committee = jdbc.queryForObject(
                "select id from party_org where community_id = ? and type = 'COMMITTEE' and closed_on is null",
                Long.class, regionOf("community"));
        long streetCommittee = jdbc.queryForObject("select parent_id from party_org where id = ?", Long.class,
                committee);
        String edit = html(mvc.perform(get("/orgs/{id}/edit", committee).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(edit).contains("value=\"" + streetCommittee + "\" selected=\"selected\"");

        MultiValueMap<String, String> form = storedOrg(committee);
        mvc.perform(post("/orgs/{id}", committee).params(form).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/orgs/" + committee));
        assertThat(jdbc.queryForObject("select parent_id from party_org where id = ?", Long.class, committee))
                .isEqualTo(streetCommittee);
    }

    @Test
    void shouldSaveOwnBranchWhenBranchSecretaryKeepsItsParent() throws Exception {
        long branch = orgOf("branch");
        MultiValueMap<String, String> form = storedOrg(branch);
        mvc.perform(post("/orgs/{id}", branch).params(form).with(as("branch")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/orgs/" + branch));
    }

    /**
     * Loading a branch fetches its parent and leaves the grandparent a lazy proxy; the grandparent
     * chosen as the new parent is that proxy, whose own fields are empty.
     */
    @Test
    void shouldMoveBranchUnderItsGrandparentWhenStreetStaffEdits() throws Exception {
        long branch = branchIn(regionOf("community"));
        long committee = jdbc.queryForObject("select parent_id from party_org where id = ?", Long.class, branch);
        long streetCommittee = jdbc.queryForObject("select parent_id from party_org where id = ?", Long.class,
                committee);

        MultiValueMap<String, String> up = storedOrg(branch);
        up.set("parentId", Long.toString(streetCommittee));
        mvc.perform(post("/orgs/{id}", branch).params(up).with(as("street")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/orgs/" + branch));
        assertThat(jdbc.queryForObject("select parent_id from party_org where id = ?", Long.class, branch))
                .isEqualTo(streetCommittee);

        MultiValueMap<String, String> back = storedOrg(branch);
        back.set("parentId", Long.toString(committee));
        mvc.perform(post("/orgs/{id}", branch).params(back).with(as("street")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select parent_id from party_org where id = ?", Long.class, branch))
                .isEqualTo(committee);
    }

    @Test
    void shouldRefusePartyGroupUnderCommitteeWhenCreated() throws Exception {
        long community = regionOf("community");
        long committee = jdbc.queryForObject(
                "select id from party_org where community_id = ? and type = 'COMMITTEE' and closed_on is null",
                Long.class, community);
        long before = jdbc.queryForObject("select count(*) from party_org", Long.class);
        String page = html(mvc.perform(post("/orgs").with(as("community")).with(csrf())
                        .param("name", "直属党小组").param("type", "PARTY_GROUP").param("category", "COMMUNITY")
                        .param("parentId", Long.toString(committee)).param("regionId", Long.toString(community)))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(page, "parentId-error")).contains("党小组只能设在支部之下");
        assertThat(jdbc.queryForObject("select count(*) from party_org", Long.class)).isEqualTo(before);
    }
}
