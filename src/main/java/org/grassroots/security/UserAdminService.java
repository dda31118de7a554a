package org.grassroots.security;

import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their grants, kept by the system administrator. */
@Service
@Transactional(readOnly = true)
class UserAdminService {

    static final int PAGE_SIZE = 20;
    private static final int MIN_PASSWORD = 8;

    /** A node a user can be bound to: a region, shown with its level and full name. */
    record Node(long id, String level, String name) {
    }

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;
    private final AuditService audit;

    UserAdminService(AppUserRepository users, PasswordEncoder encoder, JdbcTemplate jdbc, AuditService audit) {
        this.users = users;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    Page<AppUser> search(String q, int page) {
        return users.search(q == null ? "" : q.trim(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    AppUser require(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("app_user", id));
    }

    List<Node> regions() {
        return jdbc.query("select id, level, name from region order by path", (rs, i) ->
                new Node(rs.getLong("id"), rs.getString("level"), rs.getString("name")));
    }

    String orgName(Long orgId) {
        if (orgId == null) {
            return null;
        }
        return jdbc.query("select name from party_org where id = ?", rs -> rs.next() ? rs.getString(1) : null, orgId);
    }

    @Transactional
    AppUser create(UserForm form) {
        if (users.findByUsername(form.getUsername()).isPresent()) {
            throw BusinessRuleException.onField("username", "admin.users.username.taken");
        }
        if (form.getPassword() == null || form.getPassword().length() < MIN_PASSWORD) {
            throw BusinessRuleException.onField("password", "account.password.new.size");
        }
        checkNode(form);
        AppUser user = AppUser.create(form.getUsername(), encoder.encode(form.getPassword()), form.getDisplayName(),
                form.getRole(), form.getRegionId(), form.getPartyOrgId());
        user.reassign(form.getDisplayName(), form.getRole(), form.getRegionId(), form.getPartyOrgId(), form.isEnabled());
        user.resetPassword(user.getPasswordHash());
        AppUser saved = users.saveAndFlush(user);
        audit.record("CREATE", "app_user", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    AppUser update(long id, UserForm form) {
        AppUser user = require(id);
        if (form.getVersion() == null || form.getVersion() != user.getVersion()) {
            throw new StaleEditException(UserForm.of(user), user.getVersion());
        }
        checkNode(form);
        String before = summary(user);
        user.reassign(form.getDisplayName(), form.getRole(), form.getRegionId(), form.getPartyOrgId(), form.isEnabled());
        if (form.getPassword() != null && !form.getPassword().isBlank()) {
            if (form.getPassword().length() < MIN_PASSWORD) {
                throw BusinessRuleException.onField("password", "account.password.new.size");
            }
            user.resetPassword(encoder.encode(form.getPassword()));
        }
        AppUser saved = users.saveAndFlush(user);
        audit.record("UPDATE", "app_user", saved.getId(), before + " -> " + summary(saved));
        return saved;
    }

    @Transactional
    void unlock(long id) {
        AppUser user = require(id);
        user.unlock();
        audit.record("UNLOCK", "app_user", user.getId(), null);
    }

    private void checkNode(UserForm form) {
        Role role = form.getRole();
        if (role.boundToOrg()) {
            if (form.getPartyOrgId() == null || orgName(form.getPartyOrgId()) == null) {
                throw BusinessRuleException.onField("partyOrgId", "admin.users.org.required");
            }
        } else if (role != Role.SYSTEM_ADMIN) {
            String level = form.getRegionId() == null ? null : jdbc.query("select level from region where id = ?",
                    rs -> rs.next() ? rs.getString(1) : null, form.getRegionId());
            String expected = switch (role) {
                case CITY_ADMIN -> "CITY";
                case DISTRICT_OFFICIAL -> "DISTRICT";
                case STREET_STAFF -> "STREET";
                default -> "COMMUNITY";
            };
            if (!expected.equals(level)) {
                throw BusinessRuleException.onField("regionId", "admin.users.region.level", expected);
            }
        }
    }

    /** Never the password or its hash. */
    private static String summary(AppUser u) {
        return "username=" + u.getUsername() + ", role=" + u.getRole() + ", region=" + u.getRegionId()
                + ", org=" + u.getPartyOrgId() + ", enabled=" + u.isEnabled();
    }
}
