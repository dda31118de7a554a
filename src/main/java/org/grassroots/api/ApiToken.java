package org.grassroots.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;

/**
 * A personal access token of one user. Only the SHA-256 of the token is kept; the token itself is
 * shown once, when it is made. The hint (its first characters) lets its owner tell tokens apart.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends BaseEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false)
    private String tokenHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    static ApiToken issue(long userId, String name, String tokenHash, String tokenHint, LocalDate expiresOn,
            Instant now) {
        ApiToken t = new ApiToken();
        t.userId = userId;
        t.name = name;
        t.tokenHash = tokenHash;
        t.tokenHint = tokenHint;
        t.expiresOn = expiresOn;
        t.createdAt = now;
        return t;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Usable on that day: not revoked and not past its last day. */
    boolean isUsableOn(LocalDate day) {
        return revokedAt == null && (expiresOn == null || !day.isAfter(expiresOn));
    }

    boolean isExpiredOn(LocalDate day) {
        return expiresOn != null && day.isAfter(expiresOn);
    }

    long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
