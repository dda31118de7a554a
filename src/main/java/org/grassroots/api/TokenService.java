package org.grassroots.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.grassroots.audit.AuditService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Pager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a user makes, lists and revokes only their own. A token is "gr_" and 43
 * characters of 32 random bytes; only its SHA-256 is stored, so a lost token cannot be shown again.
 */
@Service
@Transactional(readOnly = true)
class TokenService {

    static final String PREFIX = "gr_";
    private static final int HINT_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AuditService audit;
    private final Clock clock;

    TokenService(ApiTokenRepository tokens, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just made, with its value: the only moment the value exists outside the caller. */
    record Issued(ApiToken token, String value) {
    }

    /** A token as its owner's list shows it; times in the city's zone. */
    record Row(long id, String name, String hint, LocalDateTime createdAt, LocalDateTime lastUsedAt,
            LocalDate expiresOn, boolean revoked, boolean expired) {
    }

    /** One page of the user's tokens, newest first. */
    Page<Row> list(long userId, int page) {
        Page<ApiToken> found = tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId,
                PageRequest.of(Math.max(0, page), Pager.SIZE));
        if (found.isEmpty() && found.getTotalElements() > 0) {
            Pager last = Pager.of(page, found.getTotalElements());
            found = tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId, PageRequest.of(last.number(), Pager.SIZE));
        }
        LocalDate today = LocalDate.now(clock);
        return found.map(t -> new Row(t.getId(), t.getName(), t.getTokenHint(), local(t.getCreatedAt()),
                local(t.getLastUsedAt()), t.getExpiresOn(), t.isRevoked(), t.isExpiredOn(today)));
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }

    @Transactional
    Issued issue(long userId, TokenForm form) {
        LocalDate today = LocalDate.now(clock);
        if (form.getExpiresOn() != null && form.getExpiresOn().isBefore(today)) {
            throw BusinessRuleException.onField("expiresOn", "api.token.expiresOn.past");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(ApiToken.issue(userId, form.getName().trim(), hash(value),
                value.substring(0, HINT_LENGTH), form.getExpiresOn(), clock.instant()));
        audit.record("CREATE", "api_token", token.getId(), "expiresOn=" + form.getExpiresOn());
        return new Issued(token, value);
    }

    /** Revokes one of the user's own tokens; another user's token answers like a missing one. */
    @Transactional
    ApiToken revoke(long userId, long tokenId) {
        ApiToken token = tokens.findByIdAndUserId(tokenId, userId)
                .orElseThrow(() -> new NotFoundException("api_token", tokenId));
        if (!token.isRevoked()) {
            token.revoke(clock.instant());
            audit.record("REVOKE", "api_token", token.getId(), null);
        }
        return token;
    }

    /** The token with this value when it may be used today: not revoked, not expired. */
    Optional<ApiToken> usable(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 100) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return tokens.findByTokenHash(hash(value)).filter(t -> t.isUsableOn(today));
    }

    /** The owner's user name, to load them the way sign-in does. */
    Optional<String> usernameOf(long userId) {
        return tokens.usernameOf(userId);
    }

    /** Records a use: the audit row every time, last_used_at at most once a minute. No personal data. */
    @Transactional
    void used(ApiToken token, String username, String method, String path) {
        Instant now = clock.instant();
        tokens.touch(token.getId(), now, now.minusSeconds(60));
        audit.recordAs(username, "API_READ", "api_token", token.getId(), method + " " + path);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
