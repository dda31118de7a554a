package org.grassroots.security;

import java.util.Collection;
import java.util.List;
import org.grassroots.shared.Scope;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user with the scope of their grant, resolved once at sign-in. */
public final class GrassrootsUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Scope scope;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    GrassrootsUser(long id, String username, String passwordHash, String displayName, Role role, Scope scope,
            boolean enabled, boolean locked, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.scope = scope;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    GrassrootsUser withPasswordChanged() {
        return new GrassrootsUser(id, username, null, displayName, role, scope, enabled, locked, false);
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Scope getScope() {
        return scope;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Where "/" sends this user: their node's page. */
    public String homeUrl() {
        return switch (scope.kind()) {
            case REGION -> "/regions/" + scope.nodeId();
            case ORG -> "/orgs/" + scope.nodeId();
            case NONE -> "/admin/users";
        };
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "GrassrootsUser[" + username + ", " + role + "]";
    }
}
