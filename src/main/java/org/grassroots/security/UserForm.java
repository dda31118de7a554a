package org.grassroots.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A user account as the system administrator edits it. */
@Data
class UserForm {

    @NotBlank(message = "{admin.users.username.required}")
    @Pattern(regexp = "^[A-Za-z0-9_.-]{3,50}$", message = "{admin.users.username.invalid}")
    private String username;

    @NotBlank(message = "{admin.users.displayName.required}")
    @Size(max = 50, message = "{admin.users.displayName.size}")
    private String displayName;

    @NotNull(message = "{admin.users.role.required}")
    private Role role;

    private Long regionId;

    private Long partyOrgId;

    private boolean enabled = true;

    /** Required for a new user; on edit, a value resets the password. Either way it must be changed at next sign-in. */
    @Size(max = 100, message = "{account.password.new.size}")
    private String password;

    private Long version;

    static UserForm of(AppUser u) {
        UserForm f = new UserForm();
        f.username = u.getUsername();
        f.displayName = u.getDisplayName();
        f.role = u.getRole();
        f.regionId = u.getRegionId();
        f.partyOrgId = u.getPartyOrgId();
        f.enabled = u.isEnabled();
        f.version = u.getVersion();
        return f;
    }
}
