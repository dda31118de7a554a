package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;

/** Members belong to branches, exits are final, and a bare /error is not an error page. */
class MemberRulesIntegrationTests extends WebIntegrationTestBase {

    @Test
    void shouldRefusePartyGroupAsOrganizationWhenMemberCreated() throws Exception {
        long group = jdbc.queryForObject("""
                insert into party_org (name, type, category, parent_id, region_id)
                select '测试党小组 ' || ?, 'PARTY_GROUP', 'COMMUNITY', id, region_id from party_org where id = ?
                returning id""", Long.class, UUID.randomUUID().toString(), branchIn(regionOf("community")));
        long before = memberCount();
        MultiValueMap<String, String> form = newFullMember("小组成员", freshIdNumber(BIRTH, true), group);
        String page = html(mvc.perform(post("/members").params(form).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(page, "orgId-error")).contains("党员须编入党支部");
        assertThat(memberCount()).isEqualTo(before);
        jdbc.update("delete from party_org where id = ?", group);
    }

    @Test
    void shouldRefuseReturnToFullMembershipWhenExpelled() throws Exception {
        long id = createMember(newFullMember("终结状态", freshIdNumber(BIRTH, false), branchIn(regionOf("community"))));
        MultiValueMap<String, String> expel = storedMember(id);
        expel.set("status", "EXPELLED");
        mvc.perform(post("/members/{id}", id).params(expel).with(as("community")).with(csrf()))
                .andExpect(status().isFound());

        MultiValueMap<String, String> back = storedMember(id);
        back.set("status", "FULL");
        String page = html(mvc.perform(post("/members/{id}", id).params(back).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(page, "status-error")).contains("终结状态");
        assertThat(jdbc.queryForObject("select status from party_member where id = ?", String.class, id))
                .isEqualTo("EXPELLED");
        assertThat(jdbc.queryForObject("select left_on is not null from party_member where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void shouldAnswerNotFoundWhenErrorPageRequestedDirectly() throws Exception {
        mvc.perform(get("/error").with(as("community"))).andExpect(status().isNotFound());
    }
}
