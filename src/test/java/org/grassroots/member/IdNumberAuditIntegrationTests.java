package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;
import org.grassroots.shared.IdNumber;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seeing a full ID number is a deliberate, audited act that only member writers may perform. */
class IdNumberAuditIntegrationTests extends WebIntegrationTestBase {

    long member;

    @BeforeEach
    void findMember() {
        member = fullMemberIn(regionOf("community"));
    }

    @Test
    void shouldShowFullNumberAndAuditItWhenCommunitySecretaryReveals() throws Exception {
        long before = views("community");
        Map<String, Object> row = jdbc.queryForMap(
                "select id_number_masked, id_number_hash from party_member where id = ?", member);

        String html = html(mvc.perform(post("/members/{id}/id-number", member).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("member/detail")).andReturn());

        String shown = textOf(html, "id-number");
        assertThat(shown).hasSize(18);
        assertThat(IdNumber.parse(shown)).hasValueSatisfying(id -> {
            assertThat(id.masked()).isEqualTo(row.get("id_number_masked"));
            assertThat(id.value()).isEqualTo(shown);
        });
        assertThat(cipher.hash(shown)).isEqualTo(row.get("id_number_hash"));
        assertThat(html).doesNotContain("id=\"reveal-id\"");
        assertThat(views("community")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select summary from audit_event where action = 'VIEW_ID_NUMBER' and entity_id = ?
                order by id desc limit 1""", String.class, member)).doesNotContain(shown);
    }

    @Test
    void shouldForbidRevealWhenDistrictOfficial() throws Exception {
        long before = views("district");
        long total = allViews();

        mvc.perform(post("/members/{id}/id-number", member).with(as("district")).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(views("district")).isEqualTo(before);
        assertThat(allViews()).isEqualTo(total);
    }

    @Test
    void shouldAnswer404WithoutAuditWhenBranchSecretaryRevealsOutsideOwnBranch() throws Exception {
        long outside = jdbc.queryForObject("""
                select m.id from party_member m where m.party_org_id <> ? and m.status = 'FULL'
                order by m.id limit 1""", Long.class, orgOf("branch"));
        long total = allViews();

        mvc.perform(post("/members/{id}/id-number", outside).with(as("branch")).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(allViews()).isEqualTo(total);
    }

    private long views(String username) {
        return jdbc.queryForObject("""
                select count(*) from audit_event where action = 'VIEW_ID_NUMBER' and entity_type = 'party_member'
                  and entity_id = ? and username = ?""", Long.class, member, username);
    }

    private long allViews() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW_ID_NUMBER'", Long.class);
    }
}
