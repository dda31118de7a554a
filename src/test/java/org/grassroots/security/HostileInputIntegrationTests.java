package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.support.HostileInput.PAYLOADS;
import static org.grassroots.support.HostileInput.SCRIPT;
import static org.grassroots.support.HostileInput.abbreviate;
import static org.grassroots.support.HostileInput.postForm;
import static org.grassroots.support.HostileInput.searchFields;
import static org.grassroots.support.HostileInput.unescaped;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.support.HostileInput.Form;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SQL injection, script injection and oversized text in every field of the main forms and every
 * parameter of the search forms, read from the pages themselves: each answer is a page or a
 * redirect, never a 5xx; what is saved is saved verbatim and shown escaped; a script never comes
 * back unescaped. Every submission runs in a transaction that is rolled back.
 */
class HostileInputIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    private PlatformTransactionManager transactions;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    /** Edit forms: GET page → the POST form on it, as the community secretary (member writer, in scope). */
    @Test
    void shouldStoreOrRefuseHostileTextInEveryFieldOfTheMainFormsAndNeverFail() throws Exception {
        long community = regionOf("community");
        String inCommunity = " join region r on r.id = x.community_id where r.id = " + community
                + " order by x.id limit 1";
        long org = branchIn(community);
        long member = fullMemberIn(community);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/members/" + member + "/edit", "/members/" + member);
        pages.put("/members/new", "/members");
        pages.put("/orgs/" + org + "/edit", "/orgs/" + org);
        pages.put("/orgs/" + org + "/meetings/new", "/orgs/" + org + "/meetings");
        pages.put("/grids/" + id("select x.id from grid_node x" + inCommunity) + "/edit", null);
        pages.put("/regions/" + community + "/grids/new", null);
        pages.put("/resident-units/" + id("select x.id from resident_unit x join region r on r.id = x.region_id "
                + "where r.id = " + community + " order by x.id limit 1") + "/edit", null);
        pages.put("/volunteers/" + id("select x.id from volunteer x" + inCommunity) + "/edit", null);
        pages.put("/volunteer-activities/" + id("select x.id from volunteer_activity x" + inCommunity) + "/edit", null);
        pages.put("/venues/" + id("select x.id from service_venue x join region r on r.id = x.region_id "
                + "where r.path like '" + regionPath(community) + "%' order by x.id limit 1") + "/edit", null);
        pages.put("/regions/" + community + "/venues/new", null);
        pages.put("/service-posts/" + id("select x.id from service_post x" + inCommunity) + "/edit", null);
        pages.put("/regions/" + community + "/member-reports/new", null);
        pages.put("/members/" + member + "/dues/payments/new", null);
        pages.put("/members/" + member + "/dues/bases/new", null);
        pages.put("/members/" + member + "/transfers/new", null);
        pages.put("/transfers/new-in", null);

        List<String> problems = new ArrayList<>();
        int submissions = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String html = html(mvc.perform(get(page.getKey()).with(as("community"))).andReturn());
            Form form = postForm(html, page.getValue());
            assertThat(form).as("a POST form on " + page.getKey()).isNotNull();
            for (String field : form.textFields()) {
                for (String payload : PAYLOADS) {
                    Map<String, String> values = new LinkedHashMap<>(form.values());
                    values.put(field, payload);
                    submissions++;
                    String problem = submit(page.getKey(), form.action(), values, field, payload);
                    if (problem != null) {
                        problems.add(problem);
                    }
                }
            }
        }
        assertThat(submissions).isGreaterThan(100);
        assertThat(problems).as("%d submissions", submissions).isEmpty();
    }

    /** Search forms: every parameter of every GET form on the list pages, hostile. */
    @Test
    void shouldAnswerHostileSearchParametersWithAPageAndNeverFail() throws Exception {
        long community = regionOf("community");
        long org = branchIn(community);
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("/members", "community");
        lists.put("/transfers", "community");
        lists.put("/development", "community");
        lists.put("/development/probation", "community");
        lists.put("/orgs/" + org + "/dues", "community");
        lists.put("/orgs/" + org + "/dues/year", "community");
        lists.put("/regions/" + community + "/resident-units", "community");
        lists.put("/regions/" + community + "/volunteers", "community");
        lists.put("/regions/" + community + "/volunteer-activities", "community");
        lists.put("/regions/" + community + "/venues", "community");
        lists.put("/regions/" + community + "/member-reports", "community");
        lists.put("/regions/" + community + "/service-posts", "community");
        lists.put("/admin/users", "admin");
        lists.put("/audit", "city");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> list : lists.entrySet()) {
            String html = html(mvc.perform(get(list.getKey()).with(as(list.getValue()))).andReturn());
            List<String> names = searchFields(html);
            assertThat(names).as("search fields on " + list.getKey()).isNotEmpty();
            for (String payload : PAYLOADS) {
                MockHttpServletRequestBuilder request = get(list.getKey()).with(as(list.getValue()));
                names.forEach(n -> request.param(n, payload));
                MockHttpServletResponse response = rolledBack(request);
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() >= 500 || unescaped(body)) {
                    problems.add(list.getKey() + " " + names + " = " + abbreviate(payload) + ": "
                            + response.getStatus() + (body.contains(SCRIPT) ? " (script unescaped)" : ""));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    // ---------------------------------------------------------------- one submission

    private String submit(String page, String action, Map<String, String> values, String field, String payload) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            try {
                MockHttpServletRequestBuilder request = post(action).with(as("community")).with(csrf());
                values.forEach(request::param);
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String where = action + " " + field + " = " + abbreviate(payload) + ": ";
                try {
                    // what a commit would write: a value the database refuses would fail here
                    entityManager.flush();
                } catch (RuntimeException e) {
                    return where + "the database refused it at commit: " + e.getClass().getSimpleName();
                }
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() >= 500) {
                    return where + response.getStatus();
                }
                if (unescaped(body)) {
                    return where + "rendered unescaped";
                }
                if (response.getStatus() == 302 && response.getRedirectedUrl() != null
                        && !response.getRedirectedUrl().contains("login")) {
                    // saved: the edit page (or the page saved to) shows it verbatim, escaped
                    String shown = html(mvc.perform(get(response.getRedirectedUrl()).with(as("community")))
                            .andReturn());
                    String edit = page.endsWith("/edit") ? html(mvc.perform(get(page).with(as("community")))
                            .andReturn()) : "";
                    if (shown.contains(SCRIPT) || edit.contains(SCRIPT)) {
                        return where + "saved and shown unescaped";
                    }
                    if (payload.length() > 10_000) {
                        return where + "100,000 characters saved";
                    }
                    // the edit form shows the stored value: verbatim, or empty when the field does not apply
                    Form after = edit.isEmpty() ? null : postForm(edit, action);
                    String stored = after == null ? null : after.values().get(field);
                    if (stored != null && !stored.isEmpty() && !stored.equals(payload)) {
                        return where + "saved, but not verbatim: " + abbreviate(stored);
                    }
                }
                return null;
            } catch (Exception e) {
                return action + " " + field + ": " + e;
            }
        });
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

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
