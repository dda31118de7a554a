package org.grassroots.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Server time of the benchmark's requests: the outermost filter (registered only in benchmark mode)
 * times every request that carries the {@link #HEADER} the driver sets, from entering the filter
 * chain (security included) to leaving it, and keeps the nanoseconds under the header's value until
 * the driver takes them. Requests without the header pass untouched.
 */
final class ServerTiming implements Filter {

    static final String HEADER = "X-Grassroots-Bench";

    /** Kept timings beyond this are dropped, so a client that never collects cannot grow the map without end. */
    private static final int MAX_KEPT = 1_000_000;

    private final ConcurrentMap<String, Long> nanos = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        if (key == null || key.length() > 40) {
            chain.doFilter(request, response);
            return;
        }
        long t0 = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (nanos.size() < MAX_KEPT) {
                nanos.put(key, System.nanoTime() - t0);
            }
        }
    }

    /** The server time of the request sent with this key, removed; empty while the request has not finished. */
    OptionalLong take(String key) {
        Long n = nanos.remove(key);
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }
}
