package org.grassroots.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code city_setting} rows and the audit rows of setting changes, in plain SQL. */
@Repository
public class SettingStore {

    static final String ENTITY = "city_setting";

    /** A stored value. */
    record Stored(String key, String value, long version, String updatedBy, Instant updatedAt) {
    }

    /** What the cross-instance check compares: any write changes the count or raises the highest version. */
    record Signature(long rows, long highestVersion) {
    }

    /** One audited change: the summary is "key: before → after". */
    public record Change(Instant occurredAt, String username, String action, String key, String before, String after) {

        public String occurredAtText() {
            return SettingStore.text(occurredAt);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static String text(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    private final NamedParameterJdbcTemplate jdbc;

    SettingStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Stored> all() {
        Map<String, Stored> rows = new LinkedHashMap<>();
        jdbc.query("select key, value, version, updated_by, updated_at from city_setting order by key", rs -> {
            rows.put(rs.getString(1), new Stored(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                    rs.getTimestamp(5).toInstant()));
        });
        return rows;
    }

    Signature signature() {
        return jdbc.getJdbcTemplate().queryForObject(
                "select count(*), coalesce(max(version), 0) from city_setting",
                (rs, n) -> new Signature(rs.getLong(1), rs.getLong(2)));
    }

    /** Serializes writers: the version check and the write of one save see no concurrent save. */
    void lock() {
        jdbc.getJdbcTemplate().execute("lock table city_setting in share row exclusive mode");
    }

    void put(String key, String value, String username) {
        jdbc.update("""
                insert into city_setting (key, value, updated_by) values (:key, :value, :user)
                on conflict (key) do update set value = excluded.value, updated_by = excluded.updated_by,
                    version = nextval('city_setting_version_seq'), updated_at = now()""",
                new MapSqlParameterSource("key", key).addValue("value", value).addValue("user", username));
    }

    void remove(String key) {
        jdbc.update("delete from city_setting where key = :key", new MapSqlParameterSource("key", key));
    }

    long countChanges(List<String> keys) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = :type"
                + " and split_part(summary, ':', 1) in (:keys)", changeParams(keys), Long.class);
    }

    /** Changes of the given settings, newest first. */
    List<Change> changes(List<String> keys, int offset, int limit) {
        return jdbc.query("""
                select occurred_at, username, action, summary from audit_event
                where entity_type = :type and split_part(summary, ':', 1) in (:keys)
                order by occurred_at desc, id desc offset :offset limit :limit""",
                changeParams(keys).addValue("offset", offset).addValue("limit", limit), (rs, n) -> {
                    String summary = rs.getString(4);
                    int colon = summary.indexOf(": ");
                    int arrow = summary.indexOf(" → ");
                    boolean parsed = colon > 0 && arrow > colon;
                    return new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            parsed ? summary.substring(0, colon) : summary,
                            parsed ? summary.substring(colon + 2, arrow) : "",
                            parsed ? summary.substring(arrow + 3) : "");
                });
    }

    private static MapSqlParameterSource changeParams(List<String> keys) {
        return new MapSqlParameterSource("type", ENTITY).addValue("keys", keys.isEmpty() ? List.of("") : keys);
    }

    static String summary(String key, String before, String after) {
        return key + ": " + before + " → " + after;
    }
}
