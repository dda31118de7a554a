package org.grassroots.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives the demo street, community and district users a few personal access tokens, so that the token
 * page shows every state: one in use (last used yesterday), one never used with a last valid day ahead,
 * one past its last valid day and one revoked. The stored hashes are of values that are not tokens (no
 * "gr_" prefix), so no demo token can ever sign a request in: a user makes their own to try the API.
 *
 * <p>The demo users are made after every feature's seed, so the insert runs just before the seeding
 * transaction commits. One set-based insert: the same tokens on every seed, in a few milliseconds.
 */
@Component
class DemoApiSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoApiSeeder.class);

    private final NamedParameterJdbcTemplate jdbc;

    DemoApiSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                insert(today);
            }
        });
    }

    private void insert(LocalDate today) {
        long t0 = System.nanoTime();
        int rows = jdbc.update("""
                insert into api_token (user_id, name, token_hash, token_hint, created_at, expires_on, last_used_at,
                                       revoked_at)
                select u.id, t.name, encode(sha256(convert_to('demo:' || u.username || ':' || t.n, 'UTF8')), 'hex'),
                       'gr_' || substr(md5(u.username || t.n), 1, 5),
                       (:today - t.made)::timestamp, :today + t.expires, (:today - t.used)::timestamp,
                       case when t.revoked then (:today - 20)::timestamp end
                from app_user u
                cross join (values (1, '数据平台对接', 120, null::int, 1, false),
                                   (2, '区级报表系统', 30, 180, null::int, false),
                                   (3, '临时导出', 200, -30, 60, false),
                                   (4, '旧版大屏', 300, null::int, 25, true))
                     as t(n, name, made, expires, used, revoked)
                where u.username in ('district', 'street', 'community')
                order by u.id, t.n""", new MapSqlParameterSource("today", today));
        log.info("Seeded {} demo access tokens in {} ms", rows, (System.nanoTime() - t0) / 1_000_000);
    }
}
