package org.grassroots.region;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.grassroots.shared.web.RequestMemo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the region look-ups of GET requests found, kept across requests while region_generation stands
 * still (V38: any change of the region tree moves it). A page then reads the counter once instead of its
 * region, its child regions and its breadcrumb. The counter is read before a look-up runs, so nothing kept
 * is older than its mark. Writes, and work outside a request, read the regions every time.
 */
@Component
class KeptRegions {

    /** Look-ups kept at most; a city has about 2,200 regions, each asked for a few ways. */
    static final int MAX_KEPT = 20_000;

    private static final String GENERATION = "select generation from region_generation where id = 1";

    private final JdbcTemplate jdbc;
    private volatile Kept kept = new Kept(-1, new ConcurrentHashMap<>());

    KeptRegions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The look-up's result: kept in a GET request (once per request, and across requests); run otherwise. */
    <T> T get(String key, Supplier<T> lookup) {
        if (!RequestMemo.inGet()) {
            return lookup.get();
        }
        return RequestMemo.get(key, () -> acrossRequests(key, lookup));
    }

    @SuppressWarnings("unchecked")
    private <T> T acrossRequests(String key, Supplier<T> lookup) {
        long generation = RequestMemo.get("region.generation", () -> jdbc.queryForObject(GENERATION, Long.class));
        Kept current = kept;
        if (current.generation() != generation) {
            current = new Kept(generation, new ConcurrentHashMap<>());
            kept = current;
        }
        Object value = current.values().get(key);
        if (value == null) {
            value = lookup.get();
            if (current.values().size() < MAX_KEPT) {
                current.values().put(key, value);
            }
        }
        return (T) value;
    }

    private record Kept(long generation, ConcurrentMap<String, Object> values) {
    }
}
