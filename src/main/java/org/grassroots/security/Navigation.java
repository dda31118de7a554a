package org.grassroots.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Which parts of the main menu the user sees. The layout asks once per page; thirteen access
 * expressions in the menu would each be parsed and evaluated on every page. The groups follow the
 * permission matrix in docs/security.md.
 */
@Component("navigation")
public class Navigation {

    private static final Menu NONE = new Menu(false, false, false, false, false, false);

    /**
     * @param signedIn the user is signed in
     * @param records members, development, tasks and the regional menu (every role but the system administrator)
     * @param overview the region pages of the regional menu (city, district, street and community roles)
     * @param cityAdmin the city's settings
     * @param systemAdmin user accounts and compliance
     * @param audit the audit log
     */
    public record Menu(boolean signedIn, boolean records, boolean overview, boolean cityAdmin, boolean systemAdmin,
            boolean audit) {
    }

    public Menu menu(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return NONE;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Menu(true,
                anyOf(roles, Role.CITY_ADMIN, Role.DISTRICT_OFFICIAL, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY,
                        Role.BRANCH_SECRETARY),
                anyOf(roles, Role.CITY_ADMIN, Role.DISTRICT_OFFICIAL, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY),
                roles.contains(Role.CITY_ADMIN), roles.contains(Role.SYSTEM_ADMIN),
                anyOf(roles, Role.SYSTEM_ADMIN, Role.CITY_ADMIN));
    }

    private static boolean anyOf(Set<Role> roles, Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
