package org.grassroots.security;

import java.time.Clock;
import org.grassroots.shared.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user and resolves their grant into a Scope: the one place where scope is made. */
@Service
class GrassrootsUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    GrassrootsUserDetailsService(AppUserRepository users, JdbcTemplate jdbc, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public GrassrootsUser loadUserByUsername(String username) {
        AppUser u = users.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new GrassrootsUser(u.getId(), u.getUsername(), u.getPasswordHash(), u.getDisplayName(), u.getRole(),
                scopeOf(u), u.isEnabled(), u.isLocked(clock.instant()), u.isMustChangePassword());
    }

    Scope scopeOf(AppUser u) {
        if (u.getRole() == Role.SYSTEM_ADMIN) {
            return Scope.none();
        }
        if (u.getRole().boundToOrg()) {
            String path = jdbc.queryForObject("select path from party_org where id = ?", String.class, u.getPartyOrgId());
            return Scope.ofOrg(u.getPartyOrgId(), path);
        }
        String path = jdbc.queryForObject("select path from region where id = ?", String.class, u.getRegionId());
        return Scope.ofRegion(u.getRegionId(), path);
    }
}
