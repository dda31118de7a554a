package org.grassroots.security;

import java.time.Clock;
import java.time.Duration;
import org.grassroots.audit.AuditService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins and locks an account after too many in a row. */
@Service
class LoginAttempts {

    private final AppUserRepository users;
    private final AuditService audit;
    private final Clock clock;
    private final int threshold;
    private final Duration lockFor;

    LoginAttempts(AppUserRepository users, AuditService audit, Clock clock,
            @Value("${grassroots.security.lock-after-failures:5}") int threshold,
            @Value("${grassroots.security.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.threshold = threshold;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @Transactional
    public void failed(String username) {
        users.findByUsername(username == null ? "" : username.trim()).ifPresent(u -> {
            boolean wasLocked = u.isLocked(clock.instant());
            if (wasLocked) {
                return;
            }
            u.recordFailedLogin(clock.instant(), threshold, lockFor);
            if (u.isLocked(clock.instant())) {
                audit.recordAs(u.getUsername(), "LOCKED", "app_user", u.getId(), "failures=" + u.getFailedLogins());
            }
        });
    }

    @Transactional
    public void succeeded(String username) {
        users.findByUsername(username).ifPresent(u -> {
            u.recordSuccessfulLogin(clock.instant());
            audit.recordAs(u.getUsername(), "LOGIN", "app_user", u.getId(), null);
        });
    }
}
