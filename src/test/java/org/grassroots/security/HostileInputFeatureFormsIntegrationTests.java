package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.support.HostileInput.OVERSIZED;
import static org.grassroots.support.HostileInput.PAYLOADS;
import static org.grassroots.support.HostileInput.abbreviate;
import static org.grassroots.support.HostileInput.invalidFields;
import static org.grassroots.support.HostileInput.postForm;
import static org.grassroots.support.HostileInput.searchFields;
import static org.grassroots.support.HostileInput.showsError;
import static org.grassroots.support.HostileInput.unescaped;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.support.HostileInput.Form;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SQL injection, script injection, an attribute break-out and oversized text in every field of the
 * floating-member, "two new" organization, regional, workforce and funds forms and in every parameter
 * of their lists, as the community secretary (who may use all of them). Each payload goes into every
 * field of a form at once; the fields the form refuses (named with a message) are put back and the
 * rest sent again, until the form saves or refuses only on other grounds. Answers are pages or
 * redirects, never a 5xx; what is saved is read back by SQL verbatim and shown escaped; oversized
 * text is never saved. Every submission runs in a transaction that is rolled back.
 */
class HostileInputFeatureFormsIntegrationTests extends WebIntegrationTestBase {

    private static final int MAX_ROUNDS = 5;

    @Autowired
    private PlatformTransactionManager transactions;

    @PersistenceContext
    private EntityManager entityManager;

    private final Map<String, List<String>> textColumns = new HashMap<>();
    private String user = "community";
    private long community;

    /**
     * One form: the page that shows it, where it posts, the tables (comma-separated) its text is saved
     * in, and the choices that make every text field apply (a worker without a member record keeps
     * the name typed in; only a first secretary has a dispatching unit; only an instructor mode an
     * instructor's name).
     */
    record Target(String page, String action, String tables, Map<String, String> choices) {

        Target(String page, String action, String tables) {
            this(page, action, tables, Map.of());
        }
    }

    @BeforeEach
    void findCommunity() {
        community = regionOf("community");
    }

    // ---------------------------------------------------------------- forms, by feature

    @Test
    void shouldStoreOrRefuseHostileTextInTheFloatingMemberForms() throws Exception {
        long member = id("select m.id from party_member m join party_org o on o.id = m.party_org_id"
                + " where o.community_id = " + community + " and m.status = 'FULL' and not exists"
                + " (select 1 from floating_outflow f where f.member_id = m.id and f.returned_on is null)"
                + " order by m.id limit 1");
        // one of the test's own, out of contact for a year, so that every form of the page shows
        long outflow = findOrMake("select x.id from floating_outflow x join party_member m on m.id = x.member_id"
                + " join party_org o on o.id = m.party_org_id where o.community_id = " + community
                + " and x.returned_on is null and x.created_by = 'hostile-test' order by x.id limit 1", """
                insert into floating_outflow (member_id, destination, reason, since, created_by)
                select m.id, '外出测试地', 'WORK', current_date - 400, 'hostile-test' from party_member m
                join party_org o on o.id = m.party_org_id
                where o.community_id = %d and m.status = 'FULL' and m.id <> %d and not exists
                  (select 1 from floating_outflow f where f.member_id = m.id and f.returned_on is null)
                order by m.id limit 1 returning id""".formatted(community, member));
        long inflow = findOrMake("select x.id from floating_inflow x join party_org o on o.id = x.host_org_id"
                + " where o.community_id = " + community + " and x.ended_on is null order by x.id limit 1", """
                insert into floating_inflow (name, home_org_name, since, host_org_id, created_by)
                values ('流入测试', '外地测试党支部', current_date - 30, %d, 'test') returning id"""
                .formatted(branchIn(community)));
        String outflowPage = "/floating/outflows/" + outflow;
        String inflowPage = "/floating/inflows/" + inflow;
        attack(List.of(
                new Target("/members/" + member + "/outflows/new", "/members/" + member + "/outflows",
                        "floating_outflow"),
                new Target(outflowPage + "/edit", outflowPage, "floating_outflow"),
                new Target(outflowPage, outflowPage + "/contacts", "floating_contact"),
                new Target(outflowPage, outflowPage + "/decision", "floating_outflow"),
                new Target(outflowPage, outflowPage + "/return", "floating_outflow"),
                new Target("/floating/inflows/new", "/floating/inflows", "floating_inflow"),
                new Target(inflowPage + "/edit", inflowPage, "floating_inflow"),
                new Target(inflowPage, inflowPage + "/end", "floating_inflow")));
    }

    @Test
    void shouldStoreOrRefuseHostileTextInTheNewOrganizationForms() throws Exception {
        long unit = id("select x.id from new_org x where x.community_id = " + community
                + " and x.closed_on is null order by x.id limit 1");
        String page = "/new-orgs/" + unit;
        attack(List.of(
                new Target("/regions/" + community + "/new-orgs/new", "/regions/" + community + "/new-orgs",
                        "new_org"),
                new Target(page + "/edit", page, "new_org"),
                new Target(page + "/move", page + "/move", "new_org_move,new_org"),
                new Target(page + "/coverage", page + "/coverage", "new_org_coverage,new_org",
                        Map.of("coverageMode", "INSTRUCTOR", "instructorPhone", "13912345678")),
                new Target(page + "/close", page + "/close", "new_org"),
                new Target(page, page + "/members", "new_org_member")));
    }

    @Test
    void shouldStoreOrRefuseHostileTextInTheRegionalForms() throws Exception {
        user = "street";
        long street = regionOf(user);
        String under = " join region r on r.id = %s where r.path like '" + regionPath(street) + "%%'";
        String here = " where x.region_id = " + street + " order by x.id limit 1";
        long jointMember = id("select x.id from joint_member x" + here.replace("order", "and x.left_on is null order"));
        long meeting = id("select x.id from joint_meeting x" + here);
        long followUp = id("select x.id from joint_follow_up x" + here);
        long agreement = id("select x.id from cobuild_agreement x" + under.formatted("x.region_id")
                + " order by x.id limit 1");
        long unit = id("select x.id from resident_unit x" + under.formatted("x.region_id")
                + " and x.closed_on is null order by x.id limit 1");
        long contact = id("select x.id from resident_unit_contact x join resident_unit u on u.id = x.unit_id"
                + under.formatted("u.region_id") + " order by x.id limit 1");
        long need = id("select x.id from regional_need x" + under.formatted("x.community_id")
                + " order by x.id limit 1");
        long needCommunity = id("select community_id from regional_need where id = " + need);
        long resource = id("select x.id from regional_resource x join resident_unit u on u.id = x.unit_id"
                + under.formatted("u.region_id") + " and x.withdrawn_on is null order by x.id limit 1");
        long project = id("select x.id from regional_project x join regional_need n on n.id = x.need_id"
                + under.formatted("n.community_id") + " order by x.id limit 1");
        String region = "/regions/" + street;
        String needs = "/regions/" + needCommunity;
        attack(List.of(
                new Target(region + "/joint-meeting/members/new", region + "/joint-meeting/members", "joint_member"),
                new Target("/joint-members/" + jointMember + "/edit", "/joint-members/" + jointMember,
                        "joint_member"),
                new Target(region + "/joint-meetings/new", region + "/joint-meetings", "joint_meeting"),
                new Target("/joint-meetings/" + meeting + "/edit", "/joint-meetings/" + meeting, "joint_meeting"),
                new Target(region + "/follow-ups/new", region + "/follow-ups", "joint_follow_up"),
                new Target("/follow-ups/" + followUp + "/edit", "/follow-ups/" + followUp, "joint_follow_up"),
                new Target(region + "/agreements/new", region + "/agreements", "cobuild_agreement"),
                new Target("/agreements/" + agreement + "/edit", "/agreements/" + agreement, "cobuild_agreement"),
                new Target("/agreements/" + agreement, "/agreements/" + agreement + "/reviews", "cobuild_review"),
                new Target("/resident-units/" + unit + "/contacts/new", "/resident-units/" + unit + "/contacts",
                        "resident_unit_contact"),
                new Target("/unit-contacts/" + contact + "/edit", "/unit-contacts/" + contact,
                        "resident_unit_contact"),
                new Target(needs + "/needs/new", needs + "/needs", "regional_need"),
                new Target("/needs/" + need + "/edit", "/needs/" + need, "regional_need"),
                new Target("/resident-units/" + unit + "/resources/new", "/resident-units/" + unit + "/resources",
                        "regional_resource"),
                new Target("/resources/" + resource + "/edit", "/resources/" + resource, "regional_resource"),
                new Target(needs + "/projects/new?needId=" + need, needs + "/projects", "regional_project"),
                new Target("/projects/" + project + "/edit", "/projects/" + project, "regional_project")));
    }

    @Test
    void shouldStoreOrRefuseHostileTextInTheWorkforceAndFundsForms() throws Exception {
        String here = " where x.community_id = " + community;
        long worker = id("select x.id from community_worker x" + here + " and x.end_on is null order by x.id limit 1");
        long budget = id("select x.id from fund_budget x" + here + " order by x.id limit 1");
        long spending = id("select x.id from fund_spending x" + here + " order by x.id limit 1");
        String region = "/regions/" + community;
        Map<String, String> firstSecretary = Map.of("memberId", "", "role", "FIRST_SECRETARY", "birthYear", "1980",
                "education", "BACHELOR");
        attack(List.of(
                new Target(region + "/workers/new", region + "/workers", "community_worker", firstSecretary),
                new Target("/workers/" + worker + "/edit", "/workers/" + worker, "community_worker", firstSecretary),
                new Target("/workers/" + worker + "/leave", "/workers/" + worker + "/leave", "community_worker"),
                new Target(region + "/funds/budget/new", region + "/funds/budget", "fund_budget"),
                new Target("/fund-budgets/" + budget + "/edit", "/fund-budgets/" + budget, "fund_budget"),
                new Target(region + "/funds/spending/new", region + "/funds/spending", "fund_spending"),
                new Target("/fund-spendings/" + spending + "/edit", "/fund-spendings/" + spending,
                        "fund_spending")));
    }

    // ---------------------------------------------------------------- lists and searches

    /** Every parameter of every list (its search form's fields and the paging and choice parameters), hostile. */
    @Test
    void shouldAnswerHostileSearchParametersOfTheNewerListsWithAPageAndNeverFail() throws Exception {
        String region = "/regions/" + community;
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("/floating", List.of("tab", "q", "all", "page"));
        lists.put("/floating?tab=INFLOW", List.of("q", "all", "page"));
        lists.put("/floating?tab=LOST", List.of("q", "page"));
        lists.put("/floating?tab=REVIEW", List.of("q", "page"));
        lists.put("/floating.xlsx", List.of("tab", "q", "all"));
        lists.put(region + "/new-orgs", List.of("page"));
        lists.put(region + "/new-orgs.xlsx", List.of("page"));
        lists.put(region + "/joint-meeting", List.of("page"));
        lists.put(region + "/agreements", List.of("page"));
        lists.put(region + "/needs", List.of("page"));
        lists.put(region + "/resources", List.of("page"));
        lists.put(region + "/projects", List.of("page"));
        lists.put(region + "/matching", List.of("page"));
        lists.put(region + "/follow-ups/new", List.of("meetingId"));
        lists.put(region + "/projects/new", List.of("needId", "resourceId"));
        lists.put(region + "/workers", List.of("q", "former", "page", "checkPage"));
        lists.put(region + "/workers.xlsx", List.of("former"));
        lists.put(region + "/funds", List.of("year", "page", "lackPage"));
        lists.put(region + "/funds.xlsx", List.of("year"));
        lists.put(region + "/funds/budget/new", List.of("year"));
        lists.put(region + "/funds/spending/new", List.of("year"));
        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            String path = list.getKey();
            List<String> names = new ArrayList<>(list.getValue());
            String html = html(mvc.perform(get(path.replace(".xlsx", "")).with(as(user))).andReturn());
            searchFields(html).stream().filter(n -> !names.contains(n)).forEach(names::add);
            assertThat(names).as("parameters of " + path).isNotEmpty();
            for (String payload : PAYLOADS) {
                MockHttpServletRequestBuilder request = get(path).with(as(user));
                names.forEach(n -> request.param(n, payload));
                MockHttpServletResponse response = rolledBack(request);
                requests++;
                String body = path.contains(".xlsx") ? "" : response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() >= 500 || unescaped(body)) {
                    problems.add(path + " " + names + " = " + abbreviate(payload) + ": " + response.getStatus()
                            + (unescaped(body) ? " (unescaped)" : ""));
                }
            }
        }
        assertThat(requests).isGreaterThanOrEqualTo(lists.size() * PAYLOADS.size());
        assertThat(problems).isEmpty();
    }

    // ---------------------------------------------------------------- attacking one form

    private void attack(List<Target> targets) throws Exception {
        List<String> problems = new ArrayList<>();
        String today = LocalDate.now().toString();
        for (Target target : targets) {
            String html = html(mvc.perform(get(target.page()).with(as(user))).andReturn());
            Form form = postForm(html, target.action());
            assertThat(form).as("the form posting to " + target.action() + " on " + target.page()).isNotNull();
            assertThat(form.values()).as("fields of " + target.action()).isNotEmpty();
            Map<String, String> baseline = form.filledIn(today);
            baseline.putAll(target.choices());
            for (String payload : PAYLOADS) {
                attack(target, form, baseline, payload, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The payload in every field at once (the choices, dates and numbers too), then in the text fields
     * the form did not refuse, until it saves or refuses none of them.
     */
    private void attack(Target target, Form form, Map<String, String> baseline, String payload,
            List<String> problems) {
        Map<String, String> hostile = new LinkedHashMap<>();
        for (int i = 0; i < form.textFields().size(); i++) {
            hostile.put(form.textFields().get(i), payload + " ~" + i);
        }
        Map<String, String> everything = new LinkedHashMap<>(baseline);
        everything.putAll(hostile);
        form.otherFields().forEach(f -> everything.put(f, payload));
        Result result = submit(target, everything, hostile, payload, problems);
        if (result.status() == 302 || result.status() >= 500) {
            return;
        }
        result.invalid().forEach(hostile::remove);
        for (int round = 0; round < MAX_ROUNDS && !hostile.isEmpty(); round++) {
            Map<String, String> values = new LinkedHashMap<>(baseline);
            values.putAll(hostile);
            result = submit(target, values, hostile, payload, problems);
            List<String> refused = result.invalid().stream().filter(hostile::containsKey).toList();
            if (result.status() != 200 || refused.isEmpty()) {
                return;
            }
            refused.forEach(hostile::remove);
        }
    }

    record Result(int status, List<String> invalid) {
    }

    private Result submit(Target target, Map<String, String> values, Map<String, String> hostile, String payload,
            List<String> problems) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            String where = target.action() + " " + hostile.keySet() + " = " + abbreviate(payload) + ": ";
            try {
                MockHttpServletRequestBuilder request = post(target.action()).with(as(user)).with(csrf());
                values.forEach(request::param);
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                try {
                    // what a commit would write: a value the database refuses would fail here
                    entityManager.flush();
                } catch (RuntimeException e) {
                    problems.add(where + "the database refused it at commit: " + e.getClass().getSimpleName());
                    return new Result(500, List.of());
                }
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() >= 500) {
                    problems.add(where + response.getStatus());
                    return new Result(response.getStatus(), List.of());
                }
                if (unescaped(body)) {
                    problems.add(where + "rendered unescaped");
                }
                if (response.getStatus() == 200) {
                    if (!showsError(body)) {
                        problems.add(where + "200 without a message");
                    }
                    return new Result(200, invalidFields(body));
                }
                String next = response.getRedirectedUrl();
                if (response.getStatus() == 302 && next != null && !next.contains("login")) {
                    checkSaved(target, next, hostile, payload, where, problems);
                }
                return new Result(response.getStatus(), List.of());
            } catch (Exception e) {
                problems.add(where + e);
                return new Result(500, List.of());
            }
        });
    }

    /** Saved: each hostile value is in the table verbatim (oversized: nowhere) and every page shows it escaped. */
    private void checkSaved(Target target, String next, Map<String, String> hostile, String payload, String where,
            List<String> problems) throws Exception {
        MockHttpServletResponse shown = mvc.perform(get(next).with(as(user))).andReturn().getResponse();
        if (shown.getStatus() >= 500 || unescaped(shown.getContentAsString(StandardCharsets.UTF_8))) {
            problems.add(where + "saved, then " + next + " answered " + shown.getStatus() + " or unescaped");
        }
        Form after = null;
        if (target.page().endsWith("/edit")) {
            String edit = html(mvc.perform(get(target.page()).with(as(user))).andReturn());
            if (unescaped(edit)) {
                problems.add(where + "saved, then the edit form showed it unescaped");
            }
            after = postForm(edit, target.action());
        }
        for (Map.Entry<String, String> field : hostile.entrySet()) {
            boolean stored = java.util.Arrays.stream(target.tables().split(","))
                    .anyMatch(table -> stored(table, field.getValue()));
            String inForm = after == null ? null : after.values().get(field.getKey());
            if (payload.equals(OVERSIZED)) {
                if (stored || field.getValue().equals(inForm)) {
                    problems.add(where + field.getKey() + ": 100,000 characters saved");
                }
            } else if (!stored) {
                problems.add(where + field.getKey() + ": saved, but not verbatim in " + target.tables()
                        + (inForm == null ? "" : " (the form shows " + abbreviate(inForm) + ")"));
            } else if (inForm != null && !inForm.equals(field.getValue())) {
                problems.add(where + field.getKey() + ": the edit form shows " + abbreviate(inForm));
            }
        }
    }

    /** True when some text column of some row of the table holds exactly the value. */
    private boolean stored(String table, String value) {
        List<String> columns = textColumns.computeIfAbsent(table, t -> jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ?
                  and data_type in ('text', 'character varying')""", String.class, t));
        assertThat(columns).as("text columns of " + table).isNotEmpty();
        String any = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(" or "));
        Object[] args = columns.stream().map(c -> value).toArray();
        return jdbc.queryForObject("select count(*) from " + table + " where " + any, Long.class, args) > 0;
    }

    private MockHttpServletResponse rolledBack(MockHttpServletRequestBuilder request) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            try {
                return mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The row the query finds, or the one the insert makes (committed: a record of the test's own). */
    private long findOrMake(String find, String make) {
        List<Long> found = jdbc.queryForList(find, Long.class);
        return found.isEmpty() ? id(make) : found.get(0);
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
