package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The complete authorization matrix: every route the application maps (method + pattern), as each
 * demo role and anonymously, with an object inside the caller's scope, one outside it, or none.
 * The expected answers come from {@code security/routes.txt}; every request runs in a transaction
 * that is rolled back, so the matrix changes nothing. Every POST is also refused without a CSRF
 * token or with a wrong one.
 */
class RouteMatrixIntegrationTests extends WebIntegrationTestBase {

    private static final String TABLE = "security/routes.txt";
    private static final List<String> ROLES = List.of("city", "district", "street", "community", "branch", "admin");
    private static final Map<String, Set<String>> RULES = new LinkedHashMap<>();
    private static final String MISSING = "999999999";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    static {
        RULES.put("PUBLIC", Set.of("anon", "city", "district", "street", "community", "branch", "admin"));
        RULES.put("AUTH", Set.of("city", "district", "street", "community", "branch", "admin"));
        RULES.put("LEVEL", Set.of("city", "district", "street", "community", "branch"));
        RULES.put("WRITERS", Set.of("street", "community", "branch"));
        RULES.put("STREET", Set.of("street"));
        RULES.put("CITY", Set.of("city"));
        RULES.put("ADMIN", Set.of("admin"));
        RULES.put("AUDIT", Set.of("city", "admin"));
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private NamedParameterJdbcTemplate named;

    record Route(String method, String pattern) implements Comparable<Route> {
        @Override
        public int compareTo(Route o) {
            int c = pattern.compareTo(o.pattern);
            return c != 0 ? c : method.compareTo(o.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** One line; query: appended to every request of the route (e.g. a required parameter), or "". */
    record Entry(Route route, String query, String rule, Map<String, String> kinds, Map<String, String> overrides) {
    }

    record Kind(String name, Map<String, String> overrides, String sql) {
    }

    /** Every method + pattern the application maps; a mapping without a method counts as ANY. */
    private Set<Route> mappedRoutes() {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("ANY", pattern));
                }
                for (RequestMethod m : methods) {
                    routes.add(new Route(m.name(), pattern));
                }
            }
        }
        return routes;
    }

    @Test
    void shouldAnswerEveryMappedRouteAsTheMatrixSays() throws Exception {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<Route, Entry> entries = new LinkedHashMap<>();
        readTable(kinds, entries);

        Set<Route> mapped = mappedRoutes();
        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Route route : mapped) {
            if (!entries.containsKey(route)) {
                missing.add(suggestLine(route, kinds));
            }
        }
        for (Route route : entries.keySet()) {
            if (!mapped.contains(route)) {
                problems.add("line for a route no longer mapped: " + route);
            }
        }
        Scopes scopes = new Scopes();
        int requests = 0;
        for (Entry entry : entries.values()) {
            if (mapped.contains(entry.route())) {
                requests += check(entry, kinds, scopes, problems);
            }
        }
        assertThat(missing).as("""
                routes without a line in src/test/resources/%s. Paste these lines there (the rule is what \
                the application answered just now: check it against docs/security.md):
                %s
                """.formatted(TABLE, String.join("\n", missing))).isEmpty();
        assertThat(problems).as("%d requests; answers differing from %s", requests, TABLE).isEmpty();
    }

    // ---------------------------------------------------------------- checking one line

    /** The scope prefixes for the in and out cases. */
    private final class Scopes {
        final String inOrg = jdbc.queryForObject("select path from party_org where id = ?", String.class, orgOf("branch"));
        final String inRegion = regionPath(regionOf("community"));
        final String outRegion = jdbc.queryForObject("""
                select path from region where level = 'DISTRICT' and id <> ? order by id limit 1""", String.class,
                regionOf("district"));
    }

    private int check(Entry entry, Map<String, Kind> kinds, Scopes scopes, List<String> problems) throws Exception {
        Route route = entry.route();
        List<String> variables = variables(route.pattern());
        Set<String> allowed = allowed(entry.rule());
        int count = 0;
        List<String> cases = variables.isEmpty() ? List.of("none") : List.of("in", "out");
        for (String who : withAnonymous()) {
            // the route rule refuses before any object is looked at: one request is enough
            for (String c : allowed.contains(who) ? cases : cases.subList(0, 1)) {
                String url;
                if (c.equals("none")) {
                    url = route.pattern();
                } else {
                    url = resolve(route, entry, kinds, scopes, c, who);
                    if (url == null) {
                        problems.add(route + ": no " + c + " object for " + who + " (kind sql found no row)");
                        continue;
                    }
                }
                url += entry.query();
                String expected = expected(entry, kinds, variables, allowed, who, c);
                MockHttpServletResponse response = perform(route.method(), url, who, true);
                count++;
                String actual = answer(response);
                if (!matches(expected, actual)) {
                    problems.add("%s as %s (%s: %s): expected %s, got %s".formatted(route, who, c, url, expected,
                            actual));
                }
            }
        }
        if (route.method().equals("POST")) {
            String path = variables.isEmpty() ? route.pattern() : resolve(route, entry, kinds, scopes, "in", "street");
            if (path == null) {
                problems.add(route + ": no in object for the CSRF check (kind sql found no row)");
                return count;
            }
            String url = path + entry.query();
            for (boolean wrongToken : List.of(false, true)) {
                MockHttpServletResponse response = wrongToken
                        ? performWrongToken(url, "street") : perform("POST", url, "street", false);
                count++;
                if (response.getStatus() != 403) {
                    problems.add("%s as street %s CSRF token: expected 403, got %s".formatted(route,
                            wrongToken ? "with a wrong" : "without a", answer(response)));
                }
            }
        }
        return count;
    }

    private static List<String> withAnonymous() {
        List<String> all = new ArrayList<>(ROLES);
        all.add("anon");
        return all;
    }

    private static Set<String> allowed(String rule) {
        if (RULES.containsKey(rule)) {
            return RULES.get(rule);
        }
        return Set.of(rule.split("\\+"));
    }

    private static String expected(Entry entry, Map<String, Kind> kinds, List<String> variables, Set<String> allowed,
            String who, String c) {
        String answer;
        if (!allowed.contains(who)) {
            answer = who.equals("anon") ? "login" : "403";
        } else {
            answer = c.equals("out") ? "404" : "ok";
        }
        if (!c.equals("none") && allowed.contains(who)) {
            for (String variable : variables) {
                Kind kind = kinds.get(entry.kinds().getOrDefault(variable,
                        segmentBefore(entry.route().pattern(), variable)));
                if (kind != null) {
                    answer = override(kind.overrides(), who, c, answer);
                }
            }
        }
        return allowed.contains(who) ? override(entry.overrides(), who, c, answer)
                : overrideNamed(entry.overrides(), who, c, answer);
    }

    /** who.case=answer; "*" stands for every role the rule allows, so refusals stay as they are. */
    private static String override(Map<String, String> overrides, String who, String c, String answer) {
        for (String key : List.of("*.*", "*." + c, who + ".*", who + "." + c)) {
            answer = overrides.getOrDefault(key, answer);
        }
        return answer;
    }

    private static String overrideNamed(Map<String, String> overrides, String who, String c, String answer) {
        for (String key : List.of(who + ".*", who + "." + c)) {
            answer = overrides.getOrDefault(key, answer);
        }
        return answer;
    }

    private static boolean matches(String expected, String actual) {
        return expected.equals(actual) || (expected.equals("ok") && actual.startsWith("ok"));
    }

    /** ok (2xx or a redirect elsewhere), login (a redirect to the sign-in page) or the status. */
    private static String answer(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 300 && status < 400) {
            String location = String.valueOf(response.getRedirectedUrl());
            return location.matches(".*/login(\\?.*)?") && !location.contains("logout") ? "login" : "ok " + status;
        }
        return status >= 200 && status < 300 ? "ok " + status : Integer.toString(status);
    }

    /** The URL with an id for each path variable, or null when a kind has no object for this case. */
    private String resolve(Route route, Entry entry, Map<String, Kind> kinds, Scopes scopes, String c, String who) {
        String url = route.pattern();
        String previous = null;
        for (String variable : variables(route.pattern())) {
            String kindName = entry.kinds().getOrDefault(variable, segmentBefore(route.pattern(), variable));
            Kind kind = kinds.get(kindName);
            if (kind == null) {
                throw new IllegalStateException(route + ": no kind line @" + kindName + " for {" + variable + "}");
            }
            String id = c.equals("out") && who.equals("city") ? MISSING : find(kind, scopes, c, previous);
            if (id == null) {
                if (c.equals("in")) {
                    return null;
                }
                id = MISSING;
            }
            url = url.replace("{" + variable + "}", id);
            previous = id;
        }
        return url;
    }

    private final Map<String, String> found = new LinkedHashMap<>();

    private String find(Kind kind, Scopes scopes, String c, String previous) {
        String key = kind.name() + "|" + c + "|" + previous;
        return found.computeIfAbsent(key, k -> {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("org", c.equals("in") ? scopes.inOrg : "/")
                    .addValue("region", c.equals("in") ? scopes.inRegion : scopes.outRegion)
                    .addValue("case", c)
                    .addValue("prev", previous == null ? null : parseOrText(previous));
            List<Object> rows = named.queryForList(kind.sql(), params, Object.class);
            return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
        });
    }

    private static Object parseOrText(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private MockHttpServletResponse perform(String method, String url, String who, boolean withToken)
            throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.equals("ANY") ? "GET" : method), url);
        if (!who.equals("anon")) {
            request.with(as(who));
        }
        if (withToken) {
            request.with(csrf());
        }
        return inRolledBackTransaction(request);
    }

    private MockHttpServletResponse performWrongToken(String url, String who) throws Exception {
        return inRolledBackTransaction(request(HttpMethod.POST, url).with(as(who)).with(csrf().useInvalidToken()));
    }

    private MockHttpServletResponse inRolledBackTransaction(MockHttpServletRequestBuilder request) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            try {
                return mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // ---------------------------------------------------------------- the table

    private static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String segmentBefore(String pattern, String variable) {
        String head = pattern.substring(0, pattern.indexOf("{" + variable + "}") - 1);
        return head.substring(head.lastIndexOf('/') + 1);
    }

    private static void readTable(Map<String, Kind> kinds, Map<Route, Entry> entries) throws IOException {
        String text = new ClassPathResource(TABLE).getContentAsString(StandardCharsets.UTF_8);
        for (String raw : text.split("\n")) {
            String line = raw.replaceAll("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                Matcher m = Pattern.compile("@(\\S+)\\s+(?:\\[([^]]*)]\\s+)?(.+)").matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException("bad kind line: " + raw);
                }
                Map<String, String> overrides = new LinkedHashMap<>();
                if (m.group(2) != null) {
                    for (String o : m.group(2).trim().split("\\s+")) {
                        String[] kv = o.split("=", 2);
                        overrides.put(kv[0], kv[1]);
                    }
                }
                kinds.put(m.group(1), new Kind(m.group(1), overrides, m.group(3)));
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length < 3) {
                throw new IllegalStateException("bad route line: " + raw);
            }
            String[] target = parts[1].split("\\?", 2);
            Route route = new Route(parts[0], target[0]);
            String query = target.length > 1 ? "?" + target[1] : "";
            Map<String, String> kindOf = new LinkedHashMap<>();
            Map<String, String> overrides = new LinkedHashMap<>();
            for (int i = 3; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalStateException("bad option " + parts[i] + " in: " + raw);
                }
                if (kv[0].contains(".")) {
                    overrides.put(kv[0], kv[1]);
                } else {
                    kindOf.put(kv[0], kv[1]);
                }
            }
            if (entries.put(route, new Entry(route, query, parts[2], kindOf, overrides)) != null) {
                throw new IllegalStateException("two lines for " + route);
            }
        }
    }

    /** A line for a route the table lacks, with the rule the application answers with today. */
    private String suggestLine(Route route, Map<String, Kind> kinds) {
        List<String> variables = variables(route.pattern());
        List<String> unknown = new ArrayList<>();
        for (String variable : variables) {
            String kind = segmentBefore(route.pattern(), variable);
            if (!kinds.containsKey(kind)) {
                unknown.add("@" + kind + " select ... -- id for {" + variable + "}");
            }
        }
        String rule = "?";
        if (unknown.isEmpty()) {
            try {
                Entry probe = new Entry(route, "", "?", Map.of(), Map.of());
                String url = variables.isEmpty() ? route.pattern() : resolve(route, probe, kinds, new Scopes(), "in", "street");
                Set<String> through = new LinkedHashSet<>();
                for (String who : ROLES) {
                    if (url != null && perform(route.method(), url, who, true).getStatus() != 403) {
                        through.add(who);
                    }
                }
                if (url != null && !answer(perform(route.method(), url, "anon", true)).equals("login")) {
                    through.add("anon");
                }
                rule = RULES.entrySet().stream().filter(e -> e.getValue().equals(through)).map(Map.Entry::getKey)
                        .findFirst().orElse(through.isEmpty() ? "?" : String.join("+", through));
            } catch (Exception e) {
                rule = "?";
            }
        }
        return "%-8s%-60s %s%s".formatted(route.method(), route.pattern(), rule,
                unknown.isEmpty() ? "" : "   # add: " + String.join("; ", unknown));
    }
}
