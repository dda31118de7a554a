package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/**
 * Two people edit the same record: the second save, made from a form opened before the first,
 * is not applied; it shows what is stored now, keeps what the user typed, and carries the current
 * version so that a deliberate second save goes through.
 */
class ConflictIntegrationTests extends WebIntegrationTestBase {

    @Test
    void shouldShowConflictAndKeepTypedNameWhenMemberSavedWithStaleVersion() throws Exception {
        long org = branchIn(regionOf("community"));
        long id = createMember(newFullMember("冲突测试", freshIdNumber(BIRTH, false), org));

        String edit = html(mvc.perform(get("/members/{id}/edit", id).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        String version = inputValue(edit, "version");
        assertThat(version).isEqualTo(currentVersion("party_member", id));

        MultiValueMap<String, String> first = storedMember(id);
        first.set("version", version);
        first.set("name", "第一次保存");
        mvc.perform(post("/members/{id}", id).params(first).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/members/" + id));

        MultiValueMap<String, String> second = storedMember(id);
        second.set("version", version); // opened before the first save
        second.set("name", "第二次保存");
        MvcResult result = mvc.perform(post("/members/{id}", id).params(second).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("member/form")).andReturn();

        String html = html(result);
        assertThat(html).contains("id=\"conflict\"");
        assertThat(textOf(html, "conflict-name")).isEqualTo("第一次保存");
        assertThat(inputValue(html, "name")).isEqualTo("第二次保存");
        assertThat(jdbc.queryForObject("select name from party_member where id = ?", String.class, id))
                .isEqualTo("第一次保存");
        String current = currentVersion("party_member", id);
        assertThat(current).isEqualTo(Long.toString(Long.parseLong(version) + 1));
        assertThat(inputValue(html, "version")).isEqualTo(current);

        // saving again from the conflict page is a deliberate overwrite and goes through
        second.set("version", current);
        mvc.perform(post("/members/{id}", id).params(second).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select name from party_member where id = ?", String.class, id))
                .isEqualTo("第二次保存");
    }

    @Test
    void shouldShowConflictAndKeepTypedNameWhenOrgSavedWithStaleVersion() throws Exception {
        long community = regionOf("community");
        long id = jdbc.queryForObject("""
                select id from party_org where community_id = ? and type = 'BRANCH' and closed_on is null
                order by id desc limit 1""", Long.class, community);
        String original = jdbc.queryForObject("select name from party_org where id = ?", String.class, id);

        String edit = html(mvc.perform(get("/orgs/{id}/edit", id).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        String version = inputValue(edit, "version");
        assertThat(version).isEqualTo(currentVersion("party_org", id));

        MultiValueMap<String, String> first = storedOrg(id);
        first.set("version", version);
        first.set("name", original + "（一）");
        mvc.perform(post("/orgs/{id}", id).params(first).with(as("community")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/orgs/" + id));

        MultiValueMap<String, String> second = storedOrg(id);
        second.set("version", version);
        second.set("name", original + "（二）");
        MvcResult result = mvc.perform(post("/orgs/{id}", id).params(second).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("org/form")).andReturn();

        String html = html(result);
        assertThat(html).contains("id=\"conflict\"");
        assertThat(section(html, "div", "conflict")).contains(original + "（一）");
        assertThat(inputValue(html, "name")).isEqualTo(original + "（二）");
        assertThat(jdbc.queryForObject("select name from party_org where id = ?", String.class, id))
                .isEqualTo(original + "（一）");
        String current = currentVersion("party_org", id);
        assertThat(current).isEqualTo(Long.toString(Long.parseLong(version) + 1));
        assertThat(inputValue(html, "version")).isEqualTo(current);

        // put the demo name back for everyone else
        MultiValueMap<String, String> restore = storedOrg(id);
        restore.set("name", original);
        mvc.perform(post("/orgs/{id}", id).params(restore).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
    }

    private String currentVersion(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id).toString();
    }
}
