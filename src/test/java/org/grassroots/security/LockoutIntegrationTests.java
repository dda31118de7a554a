package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Five wrong passwords in a row lock an account for fifteen minutes, and a failed sign-in never tells
 * an unknown user from a wrong password. Runs against its own user so the demo users stay usable.
 */
class LockoutIntegrationTests extends WebIntegrationTestBase {

    static final String PASSWORD = "correct-horse-42";

    @Autowired
    PasswordEncoder encoder;

    String username;

    @BeforeEach
    void createUser() {
        username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                insert into app_user (username, password_hash, display_name, role, region_id)
                values (?, ?, '锁定测试', 'COMMUNITY_SECRETARY', ?)""",
                username, encoder.encode(PASSWORD), regionOf("community"));
    }

    @AfterEach
    void deleteUser() {
        jdbc.update("delete from app_user where username = ?", username);
    }

    @Test
    void shouldSignInWhenRightPasswordFollowsFourWrongOnes() throws Exception {
        for (int i = 0; i < 4; i++) {
            wrongPassword();
        }
        assertThat(failedLogins()).isEqualTo(4);

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));

        assertThat(failedLogins()).isZero();
        assertThat(jdbc.queryForObject("select locked_until is null from app_user where username = ?",
                Boolean.class, username)).isTrue();
    }

    @Test
    void shouldRejectRightPasswordForFifteenMinutesWhenFiveWrongOnesInARow() throws Exception {
        for (int i = 0; i < 5; i++) {
            wrongPassword();
        }

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        double secondsLocked = jdbc.queryForObject(
                "select extract(epoch from locked_until - now()) from app_user where username = ?",
                Double.class, username);
        assertThat(secondsLocked).isCloseTo(15 * 60, within(60.0));
        assertThat(failedLogins()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOCKED' and username = ?",
                Long.class, username)).isEqualTo(1);
    }

    @Test
    void shouldSignInAndResetCounterWhenLockHasExpired() throws Exception {
        for (int i = 0; i < 5; i++) {
            wrongPassword();
        }
        jdbc.update("update app_user set locked_until = now() - interval '1 minute' where username = ?", username);

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));

        assertThat(failedLogins()).isZero();
        assertThat(jdbc.queryForObject("select locked_until is null from app_user where username = ?",
                Boolean.class, username)).isTrue();
    }

    @Test
    void shouldAnswerIdenticallyWhenUserIsUnknownOrPasswordWrong() throws Exception {
        MvcResult unknown = mvc.perform(formLogin("/login").user("nobody-" + username).password(PASSWORD))
                .andExpect(unauthenticated()).andReturn();
        MvcResult wrong = mvc.perform(formLogin("/login").user(username).password("wrong-password"))
                .andExpect(unauthenticated()).andReturn();

        assertThat(unknown.getResponse().getStatus()).isEqualTo(302).isEqualTo(wrong.getResponse().getStatus());
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error")
                .isEqualTo(wrong.getResponse().getRedirectedUrl());
        assertThat(html(unknown)).isEqualTo(html(wrong));
        assertThat(unknown.getResponse().getHeaderNames()).isEqualTo(wrong.getResponse().getHeaderNames());
    }

    private void wrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user(username).password("not-" + PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    private int failedLogins() {
        return jdbc.queryForObject("select failed_logins from app_user where username = ?", Integer.class, username);
    }
}
