package org.grassroots.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.bench.Scenario.Outcome;
import org.grassroots.bench.Scenario.Target;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds what the scenarios need, the way a user would where it can (each bench user's home page is
 * where {@code /} sends them; child regions and compliance drill-downs are the links on the pages)
 * and by plain SQL inside the user's subtree where a user would type something (search terms) or
 * pick a large branch; then builds the scenarios in the order they run.
 */
final class BenchScenarios {

    static final String CITY = "bench-city";
    static final String DISTRICT = "bench-district-1";
    static final String STREET = "bench-street-1";
    static final String COMMUNITY = "bench-community-1";
    static final String BRANCH = "bench-branch-1";
    static final List<String> ACCOUNTS = List.of(CITY, DISTRICT, STREET, COMMUNITY, BRANCH);
    static final List<String> LEVELS = List.of("city", "district", "street", "community");

    static final String BASELINE = "baseline";
    static final String MEETING = "meeting-record";
    static final String MIXED = "mixed";
    static final String MEETING_TOPIC = "基准测试党员大会";

    private static final double PAGE_P95_MS = 50;
    private static final double SEARCH_P95_MS = 100;
    private static final double MEETING_P95_MS = 100;
    private static final double MIXED_PER_SECOND = 300;
    private static final int CHILD_PAGES = 4;
    private static final int MEMBER_PAGES = 20;

    private static final Pattern OVERDUE = Pattern.compile(
            "href=\"(/regions/\\d+/compliance\\?[^\"]*overdue=\\d+[^\"]*)\"");
    private static final Pattern PREVIOUS_PERIOD = Pattern.compile("<a\\b[^>]*\\bid=\"period-previous\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");
    private static final Pattern ATTENDANCE_ROW = Pattern.compile("attendance\\[\\d+]\\.memberId");

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Map<String, String> homes = new LinkedHashMap<>();
    private final Map<String, List<String>> mixedPages = new LinkedHashMap<>();
    private final Map<String, String> overdue = new LinkedHashMap<>();
    private final Map<Integer, Integer> meetingRows = new ConcurrentHashMap<>();
    private final List<String> skipped = new ArrayList<>();

    BenchScenarios(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /**
     * Finds each account's home page through a signed-in user of that account, and the first
     * compliance drill-down link on its compliance page; the child regions (a community's
     * organizations) come from the region tree.
     */
    void discover(Map<String, VirtualUser> probes) throws IOException, InterruptedException {
        for (String account : ACCOUNTS) {
            VirtualUser user = probes.get(account);
            String home = user.home();
            homes.put(account, home);
            Set<String> pages = new LinkedHashSet<>();
            pages.add(home);
            if (home.startsWith("/regions/")) {
                long region = Long.parseLong(home.substring("/regions/".length()));
                pages.add(home + "/compliance");
                overdueLink(user, home + "/compliance").ifPresent(link -> overdue.put(account, link));
                List<Long> children = jdbc.queryForList("select id from region where parent_id = ? order by code"
                        + " limit ?", Long.class, region, CHILD_PAGES);
                children.forEach(child -> {
                    pages.add("/regions/" + child);
                    pages.add("/regions/" + child + "/compliance");
                });
                if (children.isEmpty()) {
                    jdbc.queryForList("select id from party_org where community_id = ? and closed_on is null"
                            + " order by id limit ?", Long.class, region, CHILD_PAGES)
                            .forEach(org -> pages.add("/orgs/" + org));
                }
            }
            mixedPages.put(account, List.copyOf(pages));
        }
    }

    /** The scenarios in the order they run: the baseline first, the writes and the mixed load last. */
    List<Scenario> build(int concurrency, int mixedConcurrency) {
        List<Scenario> list = new ArrayList<>();
        list.add(get(BASELINE, "GET /account/password, the password form: behind sign-in (security chain, session,"
                + " grant check) and rendered in the full layout, but no query of its own.", CITY,
                "/account/password", Target.NONE));
        for (int i = 0; i < LEVELS.size(); i++) {
            String level = LEVELS.get(i);
            list.add(get("level-" + level, "GET " + pattern(homes.get(ACCOUNTS.get(i))) + ", the " + level
                    + "'s own level view.", ACCOUNTS.get(i), homes.get(ACCOUNTS.get(i)), Target.p95(PAGE_P95_MS)));
        }
        list.add(get("org-branch", "GET " + pattern(homes.get(BRANCH)) + ", the branch secretary's organization page.",
                BRANCH, homes.get(BRANCH), Target.p95(PAGE_P95_MS)));
        for (int i = 0; i < LEVELS.size(); i++) {
            String level = LEVELS.get(i);
            String account = ACCOUNTS.get(i);
            list.add(get("compliance-" + level, "GET " + pattern(homes.get(account)) + "/compliance, the " + level
                    + "'s compliance this quarter with its children.", account, homes.get(account) + "/compliance",
                    Target.p95(PAGE_P95_MS)));
        }
        for (int i = 0; i < LEVELS.size(); i++) {
            String level = LEVELS.get(i);
            String account = ACCOUNTS.get(i);
            list.add(get("dashboard-" + level, "GET " + pattern(homes.get(account)) + "/dashboard, the " + level
                    + "'s dashboard for this year (every card with its table).", account,
                    homes.get(account) + "/dashboard", Target.p95(PAGE_P95_MS)));
        }
        for (int i = 0; i < LEVELS.size(); i++) {
            String account = ACCOUNTS.get(i);
            if (!overdue.containsKey(account)) {
                skipped.add("overdue-" + LEVELS.get(i) + ": no drill-down link (organizations owing a meeting in a"
                        + " closed period) on the compliance page of this or the previous quarter");
            } else {
                list.add(get("overdue-" + LEVELS.get(i), "GET " + pattern(overdue.get(account)) + ", the first"
                        + " requirement's drill-down to the organizations owing it (first page).", account,
                        overdue.get(account), Target.p95(PAGE_P95_MS)));
            }
        }
        searches(list);
        String streetPath = regionPath(STREET);
        List<Long> members = jdbc.queryForList("""
                select m.id from party_member m join party_org o on o.id = m.party_org_id
                where o.region_path like ? order by m.id limit ?""", Long.class, streetPath + "%", MEMBER_PAGES);
        if (members.isEmpty()) {
            skipped.add("member: no member in the street");
        } else {
            list.add(new Scenario("member", "GET /members/{id}, the member page, in turn for " + members.size()
                    + " members of the street.", List.of(STREET), Target.NONE, 0, (user, index, key) -> Outcome.page(
                    user.fetch("/members/" + members.get(ThreadLocalRandom.current().nextInt(members.size())), key))));
        }
        meeting(list, concurrency);
        list.add(new Scenario(MIXED, "every level at once: each virtual user signs in as one of the five bench users"
                + " in turn and GETs, at random, its own level page, its compliance page, and up to "
                + CHILD_PAGES + " child regions' level and compliance pages (a community's organizations; the"
                + " branch its organization page).", ACCOUNTS, Target.throughput(MIXED_PER_SECOND), mixedConcurrency,
                (user, index, key) -> {
                    List<String> pages = mixedPages.get(user.account());
                    return Outcome.page(user.fetch(pages.get(ThreadLocalRandom.current().nextInt(pages.size())), key));
                }));
        return list;
    }

    /** Member search in scope, page of 20, for the city and a street: a common surname, a full name, an ID tail. */
    private void searches(List<Scenario> list) {
        String streetPath = regionPath(STREET);
        String surname = jdbc.queryForObject("""
                select left(name, 1) from (select name from party_member order by id limit 20000) sample
                group by left(name, 1) order by count(*) desc, left(name, 1) limit 1""", String.class);
        List<Map<String, Object>> person = jdbc.queryForList("""
                select m.name, m.id_number_tail from party_member m join party_org o on o.id = m.party_org_id
                where o.region_path like ? and m.status = 'FULL' order by m.id limit 1""", streetPath + "%");
        if (surname == null || person.isEmpty()) {
            skipped.add("search-*: no full member in the street to search for");
            return;
        }
        String name = (String) person.get(0).get("name");
        String tail = (String) person.get(0).get("id_number_tail");
        for (String account : List.of(CITY, STREET)) {
            String level = account.equals(CITY) ? "city" : "street";
            list.add(get("search-surname-" + level, "GET /members?q=<the most common surname>: name search by"
                    + " prefix, the first page of 20.", account, "/members?q=" + VirtualUser.encode(surname),
                    Target.p95(SEARCH_P95_MS)));
            list.add(get("search-name-" + level, "GET /members?q=<the full name of a member in the street>, page of"
                    + " 20.", account, "/members?q=" + VirtualUser.encode(name), Target.p95(SEARCH_P95_MS)));
            list.add(get("search-idtail-" + level, "GET /members?q=<the last four of a member's ID number in the"
                    + " street>, page of 20.", account, "/members?q=" + tail, Target.p95(SEARCH_P95_MS)));
        }
    }

    /**
     * Recording a members' assembly: each virtual user opens the new-meeting form of one of the largest
     * branches of the community (unmeasured, once), then POSTs it again and again with the form's CSRF
     * token, every attendance row and the duplicate confirmed (each user its own branch and day); the
     * answer must be the redirect to the stored meeting.
     */
    private void meeting(List<Scenario> list, int concurrency) {
        String communityPath = regionPath(COMMUNITY);
        List<Long> branches = jdbc.queryForList("""
                select o.id from party_org o
                where o.region_path like ? and o.type in ('BRANCH', 'JOINT_BRANCH') and o.closed_on is null
                order by (select count(*) from party_member m where m.party_org_id = o.id
                          and m.status in ('FULL', 'PROBATIONARY')) desc, o.id
                limit ?""", Long.class, communityPath + "%", Math.max(1, concurrency));
        if (branches.isEmpty()) {
            skipped.add(MEETING + ": no open branch in the community");
            return;
        }
        Map<Integer, Map<String, List<String>>> forms = new ConcurrentHashMap<>();
        Scenario.Prepare open = (user, index) -> {
            Map<String, List<String>> form = meetingForm(user, branches.get(index % branches.size()),
                    today.minusDays(1 + index));
            if (form != null) {
                forms.put(index, form);
                meetingRows.put(index,
                        (int) form.keySet().stream().filter(f -> ATTENDANCE_ROW.matcher(f).matches()).count());
            }
        };
        Scenario.Step step = (user, index, key) -> {
            long branch = branches.get(index % branches.size());
            Map<String, List<String>> form = forms.get(index);
            if (form == null) {
                return new Outcome(0, "no meeting form");
            }
            VirtualUser.Answer answer = user.submit("/orgs/" + branch + "/meetings", form, key);
            boolean stored = answer.status() == 302 && answer.location() != null
                    && VirtualUser.path(answer.location()).matches("/meetings/\\d+");
            return stored ? Outcome.ok(answer.bytes())
                    : new Outcome(answer.bytes(), "HTTP " + answer.status() + Outcome.where(answer)
                            + (answer.status() == 200 ? " (the form again: refused)" : ""));
        };
        list.add(new Scenario(MEETING, "POST /orgs/{id}/meetings, a members' assembly with its whole attendance"
                + " list (everyone present) in one of the " + branches.size() + " largest branches of the community,"
                + " each virtual user its own branch and day, the duplicate confirmed; the answer must be the"
                + " redirect to the stored meeting.", List.of(COMMUNITY), Target.p95(MEETING_P95_MS), 0, open, step));
    }

    /** The scenarios that could not be built on this dataset, each with why. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    /**
     * The first drill-down link to the organizations owing a meeting: only closed periods have them, so
     * when this quarter's page has none, the previous period's page (its arrow) is looked at too.
     */
    private static Optional<String> overdueLink(VirtualUser user, String compliancePage)
            throws IOException, InterruptedException {
        String html = user.get(compliancePage, null).body();
        Matcher drill = OVERDUE.matcher(html);
        if (drill.find()) {
            return Optional.of(HtmlUtils.htmlUnescape(drill.group(1)));
        }
        Matcher previous = PREVIOUS_PERIOD.matcher(html);
        Matcher href = previous.find() ? HREF.matcher(previous.group()) : null;
        if (href == null || !href.find()) {
            return Optional.empty();
        }
        drill = OVERDUE.matcher(user.get(HtmlUtils.htmlUnescape(href.group(1)), null).body());
        return drill.find() ? Optional.of(HtmlUtils.htmlUnescape(drill.group(1))) : Optional.empty();
    }

    /** The attendance rows each of the meeting scenario's virtual users sends, e.g. "45, 44". */
    String meetingAttendanceRows() {
        return meetingRows.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getValue().toString())
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }

    private static Map<String, List<String>> meetingForm(VirtualUser user, long branch, LocalDate day)
            throws IOException, InterruptedException {
        HttpResponse<String> page = user.get("/orgs/" + branch + "/meetings/new?type=MEMBERS_ASSEMBLY&heldOn=" + day,
                null);
        if (page.statusCode() != 200) {
            return null;
        }
        Map<String, List<String>> form = FormFields.of(page.body(), "meeting-form");
        if (form.isEmpty()) {
            return null;
        }
        form.put("topic", List.of(MEETING_TOPIC));
        form.put("place", List.of("党群服务中心"));
        form.put("confirmDuplicate", List.of("true"));
        return form;
    }

    private Scenario get(String name, String description, String account, String path, Target target) {
        return new Scenario(name, description, List.of(account), target, 0,
                (user, index, key) -> Outcome.page(user.fetch(path, key)));
    }

    private String regionPath(String account) {
        return jdbc.queryForObject("select r.path from app_user u join region r on r.id = u.region_id"
                + " where u.username = ?", String.class, account);
    }

    /** A path with its ids replaced by {id}, for the report. */
    private static String pattern(String path) {
        return path == null ? "" : path.replaceAll("/\\d+", "/{id}").replaceAll("=\\d+", "={id}");
    }
}
