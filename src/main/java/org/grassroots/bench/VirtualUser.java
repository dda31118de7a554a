package org.grassroots.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One signed-in browser of the benchmark: its own cookies (so its own session) on the shared
 * {@link HttpClient}, which never follows redirects, so every request is one measured round trip.
 * Several virtual users may sign in with the same account.
 */
final class VirtualUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private final String account;
    private final Duration timeout;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    VirtualUser(HttpClient http, URI base, String account, Duration timeout) {
        this.http = http;
        this.base = base;
        this.account = account;
        this.timeout = timeout;
    }

    String account() {
        return account;
    }

    /**
     * Signs in through the login form with the login page's CSRF token.
     *
     * @return false when the form sent the user back to the login page (wrong password, locked or disabled)
     */
    boolean signIn(String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login", null);
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IOException("GET /login answered " + page.statusCode() + " without a CSRF token");
        }
        HttpResponse<String> done = post("/login", Map.of("username", List.of(account),
                "password", List.of(password), "_csrf", List.of(token.group(1))), null);
        String location = done.headers().firstValue("Location").orElse("");
        return done.statusCode() == 302 && !location.contains("/login");
    }

    /** The page this user starts on (where {@code /} sends them): /regions/{id} or /orgs/{id}. */
    String home() throws IOException, InterruptedException {
        HttpResponse<String> root = get("/", null);
        return path(root.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("GET / answered " + root.statusCode() + " without a redirect")));
    }

    /** What a measured request answered: the body is read to its end but only counted. */
    record Answer(int status, String location, int bytes) {
    }

    /** A measured GET; {@code key} names the request for the server's timing filter. */
    Answer fetch(String path, String key) throws IOException, InterruptedException {
        return answer(send(request(path, key).GET(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** A measured form POST. */
    Answer submit(String path, Map<String, List<String>> fields, String key) throws IOException, InterruptedException {
        return answer(send(form(request(path, key), fields), HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** A GET whose page is read (setting up); {@code key} (may be null) names it for the timing filter. */
    HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        return send(request(path, key).GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form POST whose answer is read (setting up). */
    HttpResponse<String> post(String path, Map<String, List<String>> fields, String key)
            throws IOException, InterruptedException {
        return send(form(request(path, key), fields), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Answer answer(HttpResponse<byte[]> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                response.body().length);
    }

    /** Fields as application/x-www-form-urlencoded, in the map's order. */
    private static HttpRequest.Builder form(HttpRequest.Builder request, Map<String, List<String>> fields) {
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "text/html").header("Accept-Language", "zh-CN");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (key != null) {
            request.header(ServerTiming.HEADER, key);
        }
        return request;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        HttpResponse<T> response = http.send(request.build(), body);
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    /** The path (and query) of a Location, which may be absolute. */
    static String path(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
