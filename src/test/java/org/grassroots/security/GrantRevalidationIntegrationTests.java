package org.grassroots.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;

/** A session keeps no rights its user has lost: the grant is re-checked on every request. */
class GrantRevalidationIntegrationTests extends WebIntegrationTestBase {

    String username;
    long community;

    @BeforeEach
    void createUser() {
        username = "grant-" + UUID.randomUUID().toString().substring(0, 8);
        community = regionOf("community");
        jdbc.update("""
                insert into app_user (username, password_hash, display_name, role, region_id)
                values (?, '{noop}unused-password', '授权测试', 'COMMUNITY_SECRETARY', ?)""", username, community);
    }

    @AfterEach
    void deleteUser() {
        jdbc.update("delete from app_user where username = ?", username);
    }

    @Test
    void shouldKeepServingWhenGrantUnchanged() throws Exception {
        UserDetails signedIn = users.loadUserByUsername(username);
        mvc.perform(get("/regions/{id}", community).with(user(signedIn))).andExpect(status().isOk());
    }

    @Test
    void shouldSignOutWhenUserDisabledDuringSession() throws Exception {
        UserDetails signedIn = users.loadUserByUsername(username);
        jdbc.update("update app_user set enabled = false where username = ?", username);
        mvc.perform(get("/regions/{id}", community).with(user(signedIn)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void shouldSignOutWhenGrantMovedDuringSession() throws Exception {
        UserDetails signedIn = users.loadUserByUsername(username);
        jdbc.update("update app_user set region_id = ? where username = ?", siblingCommunity(community), username);
        mvc.perform(get("/members").with(user(signedIn)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void shouldSignOutWhenRoleChangedDuringSession() throws Exception {
        UserDetails signedIn = users.loadUserByUsername(username);
        jdbc.update("update app_user set role = 'DISTRICT_OFFICIAL', region_id = ? where username = ?",
                jdbc.queryForObject("select district_id from region where id = ?", Long.class,
                        jdbc.queryForObject("select parent_id from region where id = ?", Long.class, community)),
                username);
        mvc.perform(get("/members").with(user(signedIn)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?expired"));
    }
}
