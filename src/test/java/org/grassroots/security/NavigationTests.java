package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class NavigationTests {

    private final Navigation navigation = new Navigation();

    @Test
    void eachRoleSeesTheMenuGroupsOfThePermissionMatrix() {
        assertThat(menuOf(Role.CITY_ADMIN)).isEqualTo(new Navigation.Menu(true, true, true, true, false, true));
        assertThat(menuOf(Role.DISTRICT_OFFICIAL))
                .isEqualTo(new Navigation.Menu(true, true, true, false, false, false));
        assertThat(menuOf(Role.STREET_STAFF)).isEqualTo(new Navigation.Menu(true, true, true, false, false, false));
        assertThat(menuOf(Role.COMMUNITY_SECRETARY))
                .isEqualTo(new Navigation.Menu(true, true, true, false, false, false));
        assertThat(menuOf(Role.BRANCH_SECRETARY))
                .isEqualTo(new Navigation.Menu(true, true, false, false, false, false));
        assertThat(menuOf(Role.SYSTEM_ADMIN)).isEqualTo(new Navigation.Menu(true, false, false, false, true, true));
    }

    @Test
    void nobodySignedInSeesNoGroup() {
        Navigation.Menu none = new Navigation.Menu(false, false, false, false, false, false);
        assertThat(navigation.menu(null)).isEqualTo(none);
        assertThat(navigation.menu(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))))).isEqualTo(none);
        // a token not yet authenticated (the sign-in form's own) opens nothing either
        assertThat(navigation.menu(UsernamePasswordAuthenticationToken.unauthenticated("city", "secret")))
                .isEqualTo(none);
    }

    private Navigation.Menu menuOf(Role role) {
        return navigation.menu(UsernamePasswordAuthenticationToken.authenticated("user", null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }
}
