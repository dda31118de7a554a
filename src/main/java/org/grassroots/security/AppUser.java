package org.grassroots.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.grassroots.shared.BaseEntity;

/** A person who signs in, bound to one node (a region, or an organization for branch secretaries). */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    @Column(nullable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "region_id")
    private Long regionId;

    @Column(name = "party_org_id")
    private Long partyOrgId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected AppUser() {
    }

    public static AppUser create(String username, String passwordHash, String displayName, Role role, Long regionId,
            Long partyOrgId) {
        AppUser u = new AppUser();
        u.username = username;
        u.passwordHash = passwordHash;
        u.displayName = displayName;
        u.role = role;
        u.regionId = role.boundToOrg() ? null : regionId;
        u.partyOrgId = role.boundToOrg() ? partyOrgId : null;
        return u;
    }

    /** Changes the grant and the account state; the password stays unless reset separately. */
    public void reassign(String newDisplayName, Role newRole, Long newRegionId, Long newPartyOrgId, boolean isEnabled) {
        this.displayName = newDisplayName;
        this.role = newRole;
        this.regionId = newRole.boundToOrg() || newRole == Role.SYSTEM_ADMIN ? null : newRegionId;
        this.partyOrgId = newRole.boundToOrg() ? newPartyOrgId : null;
        this.enabled = isEnabled;
    }

    /** A password set by the administrator is temporary: the user chooses their own at next sign-in. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        unlock();
    }

    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the threshold-th failure in a row locks the account. */
    public void recordFailedLogin(Instant now, int threshold, Duration lockFor) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= threshold) {
            lockedUntil = now.plus(lockFor);
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Long getPartyOrgId() {
        return partyOrgId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
