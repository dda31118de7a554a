package org.grassroots.api;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Page<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

    Optional<ApiToken> findByIdAndUserId(long id, long userId);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query(value = "select username from app_user where id = :id", nativeQuery = true)
    Optional<String> usernameOf(@Param("id") long id);

    /** Marks a use; at most once a minute per token, so that a busy client writes little. */
    @Modifying
    @Query(value = """
            update api_token set last_used_at = :now
            where id = :id and (last_used_at is null or last_used_at < :before)""",
            nativeQuery = true)
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);
}
