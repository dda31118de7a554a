package org.grassroots.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.minidev.json.JSONArray;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ReflectionUtils;

/**
 * The read API and its tokens on the shared demo city: tokens made and revoked through the page, every
 * refusal (no, unknown, revoked, expired token, disabled user, POST), scope (404 outside), paging
 * (400), masking, the audit row of each use, and the same figures as the pages under the same scope.
 */
class ApiIntegrationTests extends WebIntegrationTestBase {

    // ---------------------------------------------------------------- helpers

    /** A usable token of the user, stored as the service stores it (its hash only). */
    private String tokenOf(String username) {
        String value = TokenService.PREFIX + UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "").substring(0, 11);
        jdbc.update("""
                insert into api_token (user_id, name, token_hash, token_hint)
                select id, 'test', ?, ? from app_user where username = ?""",
                TokenService.hash(value), value.substring(0, 8), username);
        return value;
    }

    private long idOfToken(String value) {
        return jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class,
                TokenService.hash(value));
    }

    private static MockHttpServletRequestBuilder api(String url, String token) {
        return get(url).header("Authorization", "Bearer " + token);
    }

    private String body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A component of a page's read model (records package-private to their feature). */
    private static Object read(Object target, String accessor) {
        Method m = ReflectionUtils.findMethod(target.getClass(), accessor);
        ReflectionUtils.makeAccessible(m);
        return ReflectionUtils.invokeMethod(m, target);
    }

    private long streetId() {
        return regionOf("street");
    }

    // ---------------------------------------------------------------- tokens through the page

    @Test
    void shouldMakeTokenShowItOnceAndStoreOnlyItsHash() throws Exception {
        String name = "对接系统" + UUID.randomUUID().toString().substring(0, 6);
        MvcResult made = mvc.perform(post("/account/tokens").param("name", name).param("expiresOn", "")
                        .with(as("street")).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        String value = (String) made.getFlashMap().get("issued");
        assertThat(value).startsWith("gr_").hasSize(46);
        Map<String, Object> row = jdbc.queryForMap("""
                select t.* from api_token t join app_user u on u.id = t.user_id
                where u.username = 'street' and t.name = ?""", name);
        assertThat(row.get("token_hash")).isEqualTo(TokenService.hash(value));
        assertThat(row.get("token_hint")).isEqualTo(value.substring(0, 8));
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_hint = ?",
                Integer.class, value, value)).isZero();

        // the flash is shown once, on the page the redirect opens; the list shows only the hint
        String shown = html(mvc.perform(get("/account/tokens").with(as("street")).flashAttrs(made.getFlashMap()))
                .andExpect(status().isOk()).andReturn());
        assertThat(shown).contains(value).contains(name);
        String later = html(mvc.perform(get("/account/tokens").with(as("street"))).andExpect(status().isOk())
                .andReturn());
        assertThat(later).doesNotContain(value).contains(name).contains(value.substring(0, 8));

        // and it works
        assertThat(body(api("/api/v1/regions/" + streetId(), value), 200)).contains("\"id\":" + streetId());
    }

    @Test
    void shouldRedisplayTheFormWithEveryValueOnBadInput() throws Exception {
        long before = jdbc.queryForObject("select count(*) from api_token", Long.class);
        String blank = html(mvc.perform(post("/account/tokens").param("name", " ").param("expiresOn", "2099-01-01")
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(blank).contains("id=\"name-error\"").contains("请填写令牌名称").contains("2099-01-01");

        String longName = "名".repeat(61);
        String tooLong = html(mvc.perform(post("/account/tokens").param("name", longName)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(tooLong).contains("令牌名称不能超过 60 个字").contains(longName);

        String past = LocalDate.now().minusDays(2).toString();
        String inPast = html(mvc.perform(post("/account/tokens").param("name", "旧日期").param("expiresOn", past)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(inPast).contains("id=\"expiresOn-error\"").contains("有效期不能早于今天").contains(past)
                .contains("旧日期");

        String notADate = html(mvc.perform(post("/account/tokens").param("name", "坏日期").param("expiresOn", "2026-13-45")
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(notADate).contains("id=\"expiresOn-error\"").contains("2026-13-45").contains("坏日期");

        assertThat(jdbc.queryForObject("select count(*) from api_token", Long.class)).isEqualTo(before);
    }

    @Test
    void shouldRevokeOwnTokenOnlyAndRefuseItAfterwards() throws Exception {
        String mine = tokenOf("community");
        long id = idOfToken(mine);
        // another user's token answers like a missing one, and stays usable
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(as("street")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens/999999999/revoke").with(as("community")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select revoked_at from api_token where id = ?", Object.class, id)).isNull();
        body(api("/api/v1/regions/" + regionOf("community"), mine), 200);

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select revoked_at from api_token where id = ?", Object.class, id)).isNotNull();
        assertThat(body(api("/api/v1/regions/" + regionOf("community"), mine), 401)).contains("\"error\"");
        String list = html(mvc.perform(get("/account/tokens").with(as("community"))).andReturn());
        assertThat(list).contains("id=\"token-" + id + "\"").doesNotContain("id=\"revoke-" + id + "\"");
    }

    @Test
    void shouldListOnlyOwnTokensWithPaging() throws Exception {
        String username = newUser("STREET_STAFF", regionOf("street"));
        for (int i = 0; i < 21; i++) {
            tokenOf(username);
        }
        String mineOnly = html(mvc.perform(get("/account/tokens").with(as(username))).andReturn());
        assertThat(mineOnly).contains("id=\"token-pager\"");
        assertThat(mineOnly.split("id=\"token-\\d+\"", -1)).hasSize(21);
        String second = html(mvc.perform(get("/account/tokens?page=1").with(as(username))).andReturn());
        assertThat(second.split("id=\"token-\\d+\"", -1)).hasSize(2);
        String street = html(mvc.perform(get("/account/tokens").with(as("street"))).andReturn());
        long theirs = jdbc.queryForObject("""
                select min(t.id) from api_token t join app_user u on u.id = t.user_id where u.username = ?""",
                Long.class, username);
        assertThat(street).doesNotContain("id=\"token-" + theirs + "\"");
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void shouldAnswer401WithoutAUsableToken() throws Exception {
        String url = "/api/v1/regions/" + streetId();
        assertThat(body(get(url), 401)).isEqualTo("{\"error\":\"unauthorized\"}");
        body(get(url).header("Authorization", "Basic c3RyZWV0OnN0cmVldA=="), 401);
        body(api(url, "gr_not-a-token"), 401);
        body(api(url, "x".repeat(500)), 401);

        String expired = tokenOf("street");
        jdbc.update("update api_token set expires_on = current_date - 1 where id = ?", idOfToken(expired));
        body(api(url, expired), 401);
        String lastDay = tokenOf("street");
        jdbc.update("update api_token set expires_on = ? where id = ?", LocalDate.now(), idOfToken(lastDay));
        body(api(url, lastDay), 200);

        String username = newUser("STREET_STAFF", regionOf("street"));
        String disabled = tokenOf(username);
        body(api(url, disabled), 200);
        jdbc.update("update app_user set enabled = false where username = ?", username);
        body(api(url, disabled), 401);
        // never a session
        MvcResult result = mvc.perform(api(url, lastDay)).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void shouldRefuseEverythingButGet() throws Exception {
        String token = tokenOf("street");
        String url = "/api/v1/regions/" + streetId();
        assertThat(body(post(url).header("Authorization", "Bearer " + token), 403)).contains("forbidden");
        body(post(url), 401);
        body(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(url)
                .header("Authorization", "Bearer " + token), 403);
        // a system administrator has no data scope: refused like on the pages
        body(api(url, tokenOf("admin")), 403);
    }

    // ---------------------------------------------------------------- scope and parameters

    @Test
    void shouldAnswer404OutsideTheScopeLikeAMissingId() throws Exception {
        String community = tokenOf("community");
        long own = regionOf("community");
        long sibling = siblingCommunity(own);
        long outOrg = branchIn(sibling);
        for (String url : List.of("/api/v1/regions/" + sibling, "/api/v1/regions/" + sibling + "/organizations",
                "/api/v1/regions/" + sibling + "/compliance", "/api/v1/regions/" + sibling + "/summary",
                "/api/v1/regions/" + sibling + "/dashboard",
                "/api/v1/organizations/" + outOrg, "/api/v1/organizations/" + outOrg + "/members",
                "/api/v1/organizations/" + outOrg + "/meetings", "/api/v1/regions/999999999",
                "/api/v1/organizations/999999999", "/api/v1/regions/abc")) {
            assertThat(body(api(url, community), 404)).as(url).isEqualTo("{\"error\":\"not_found\"}");
        }
        // a branch secretary has no region pages, and sees only their own organization's subtree
        String branch = tokenOf("branch");
        body(api("/api/v1/regions/" + own, branch), 404);
        body(api("/api/v1/organizations/" + orgOf("branch"), branch), 200);
        body(api("/api/v1/organizations/" + branchIn(own) + "/members", community), 200);
    }

    @Test
    void shouldAnswer400ForBadPaging() throws Exception {
        String token = tokenOf("community");
        String base = "/api/v1/organizations/" + orgOf("branch") + "/members";
        for (String query : List.of("?size=0", "?size=101", "?page=-1", "?page=abc", "?size=1e3",
                "?page=99999999999")) {
            assertThat(body(api(base + query, token), 400)).as(query).contains("\"error\":\"bad_parameter\"");
        }
        body(api("/api/v1/organizations/" + orgOf("branch") + "/meetings?year=20266", token), 400);
        body(api("/api/v1/regions/" + regionOf("community") + "/organizations?size=100&page=5000", token), 200);
    }

    // ---------------------------------------------------------------- the answers

    @Test
    void shouldPageMembersWithMaskedFieldsOnly() throws Exception {
        long org = orgOf("branch");
        String idNumber = freshIdNumber(BIRTH, true);
        long created = createMember(newFullMember("接口测试", idNumber, org));
        String token = tokenOf("branch");
        long current = jdbc.queryForObject("""
                select count(*) from party_member where party_org_id = ?
                and status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL')""", Long.class, org);

        String all = body(api("/api/v1/organizations/" + org + "/members?size=100", token), 200);
        assertThat(((Number) JsonPath.read(all, "$.total")).longValue()).isEqualTo(current);
        assertThat(all).contains("\"id\":" + created).contains("接口测试").contains("139****5678")
                .doesNotContain(idNumber).doesNotContain("13912345678").doesNotContain(idNumber.substring(0, 14));
        // no member's full phone or ID number appears
        for (Map<String, Object> m : jdbc.queryForList(
                "select phone, id_number_cipher from party_member where party_org_id = ?", org)) {
            if (m.get("phone") != null && ((String) m.get("phone")).length() >= 11) {
                assertThat(all).doesNotContain((String) m.get("phone"));
            }
            if (m.get("id_number_cipher") != null) {
                assertThat(all).doesNotContain(cipher.decrypt((byte[]) m.get("id_number_cipher")));
            }
        }

        String first = body(api("/api/v1/organizations/" + org + "/members?size=2", token), 200);
        String second = body(api("/api/v1/organizations/" + org + "/members?size=2&page=1", token), 200);
        assertThat((JSONArray) JsonPath.read(first, "$.items")).hasSize((int) Math.min(2, current));
        assertThat((Integer) JsonPath.read(second, "$.page")).isEqualTo(1);
        assertThat((JSONArray) JsonPath.read(first, "$.items[*].id"))
                .doesNotContainAnyElementsOf((JSONArray) JsonPath.read(second, "$.items[*].id"));
    }

    @Test
    void shouldAnswerRegionOrganizationsAndMeetings() throws Exception {
        String token = tokenOf("street");
        long street = streetId();
        String region = body(api("/api/v1/regions/" + street, token), 200);
        List<Long> children = jdbc.queryForList("select id from region where parent_id = ? order by code", Long.class,
                street);
        assertThat(((JSONArray) JsonPath.read(region, "$.children[*].id")).stream()
                .map(n -> ((Number) n).longValue()).toList()).isEqualTo(children);

        long community = regionOf("community");
        long sitting = jdbc.queryForObject("select count(*) from party_org where region_id = ?", Long.class,
                community);
        String orgs = body(api("/api/v1/regions/" + community + "/organizations?size=100", token), 200);
        assertThat(((Number) JsonPath.read(orgs, "$.total")).longValue()).isEqualTo(sitting);

        long org = orgOf("branch");
        String one = body(api("/api/v1/organizations/" + org, token), 200);
        assertThat(((Number) JsonPath.read(one, "$.id")).longValue()).isEqualTo(org);
        int year = LocalDate.now().getYear();
        long meetings = jdbc.queryForObject("""
                select count(*) from meeting where party_org_id = ? and deleted_at is null
                and held_on between ? and ?""", Long.class, org, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        String list = body(api("/api/v1/organizations/" + org + "/meetings?size=100", token), 200);
        assertThat(((Number) JsonPath.read(list, "$.total")).longValue()).isEqualTo(meetings);
    }

    @Test
    void shouldAnswerTheSameFiguresAsTheLevelPage() throws Exception {
        for (String who : List.of("street", "community", "district")) {
            long region = regionOf(who);
            Object page = mvc.perform(get("/regions/" + region).with(as(who))).andExpect(status().isOk()).andReturn()
                    .getModelAndView().getModel().get("page");
            Object totals = read(page, "totals");
            String json = body(api("/api/v1/regions/" + region + "/summary", tokenOf(who)), 200);
            for (String figure : List.of("orgs", "members", "full", "probationary", "pipeline")) {
                assertThat(((Number) JsonPath.read(json, "$.totals." + figure)).longValue()).as(who + " " + figure)
                        .isEqualTo((Long) read(totals, figure));
            }
            assertThat(((Number) JsonPath.read(json, "$.attention")).longValue())
                    .isEqualTo((Long) read(page, "attentionInSubtree"));
            List<?> rows = (List<?>) read(page, "children");
            assertThat((JSONArray) JsonPath.read(json, "$.children")).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(((Number) JsonPath.read(json, "$.children[" + i + "].counts.members")).longValue())
                        .isEqualTo((Long) read(read(rows.get(i), "counts"), "members"));
            }
        }
        // and the members counted agree with the records
        long community = regionOf("community");
        long members = jdbc.queryForObject("""
                select count(*) from party_member m join party_org o on o.id = m.party_org_id
                where o.region_path like ? || '%' and m.status in ('FULL', 'PROBATIONARY')""", Long.class,
                regionPath(community));
        String json = body(api("/api/v1/regions/" + community + "/summary", tokenOf("community")), 200);
        assertThat(((Number) JsonPath.read(json, "$.totals.members")).longValue()).isEqualTo(members);
    }

    @Test
    void shouldAnswerTheSameDashboardAsThePage() throws Exception {
        for (String who : List.of("district", "street", "community")) {
            long region = regionOf(who);
            MvcResult result = mvc.perform(get("/regions/" + region + "/dashboard").with(as(who)))
                    .andExpect(status().isOk()).andReturn();
            Object page = result.getModelAndView().getModel().get("page");
            // a district's and a street's page send every table's figures once, as the charts' JSON block
            String charts = who.equals("community") ? null : chartsBlock(html(result));
            String json = body(api("/api/v1/regions/" + region + "/dashboard", tokenOf(who)), 200);
            assertThat(((Number) JsonPath.read(json, "$.year")).intValue()).isEqualTo((Integer) read(page, "year"));
            List<?> sections = (List<?>) read(page, "sections");
            assertThat((JSONArray) JsonPath.read(json, "$.sections")).hasSize(sections.size());
            for (int s = 0; s < sections.size(); s++) {
                assertThat((String) JsonPath.read(json, "$.sections[" + s + "].key"))
                        .isEqualTo(read(sections.get(s), "key"));
                Object section = sections.get(s);
                if (who.equals("community") && s == 0) {
                    // a community's page shows its member card as one line; its organizations' lines, which the
                    // API lists, are one link away
                    Object members = mvc.perform(get("/regions/" + region + "/dashboard/members").with(as(who)))
                            .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("page");
                    section = ((List<?>) read(members, "sections")).get(0);
                }
                List<?> tables = (List<?>) read(section, "tables");
                for (int t = 0; t < tables.size(); t++) {
                    String at = "$.sections[" + s + "].tables[" + t + "]";
                    List<?> lines = (List<?>) read(tables.get(t), "lines");
                    assertThat((JSONArray) JsonPath.read(json, at + ".lines")).as(who + at).hasSize(lines.size());
                    for (int i = 0; i < lines.size(); i++) {
                        assertThat(numbers(JsonPath.read(json, at + ".lines[" + i + "].values")))
                                .as(who + at + " line " + i).isEqualTo(numbers(read(lines.get(i), "values")));
                    }
                    if (charts != null) {
                        String id = JsonPath.read(json, at + ".id");
                        assertThat((JSONArray) JsonPath.read(charts, "$['" + id + "'].lines")).as(who + at)
                                .hasSize(lines.size());
                        for (int i = 0; i < lines.size(); i++) {
                            assertThat(numbers(JsonPath.read(charts, "$['" + id + "'].lines[" + i + "][2]")))
                                    .as(who + " block " + id + " line " + i)
                                    .isEqualTo(numbers(JsonPath.read(json, at + ".lines[" + i + "].values")));
                        }
                        assertThat(numbers(JsonPath.read(charts, "$['" + id + "'].total[2]"))).as(who + " total " + id)
                                .isEqualTo(numbers(JsonPath.read(json, at + ".total.values")));
                    }
                }
            }
        }
        // a year that is not a number is a bad parameter, as elsewhere in the API
        body(api("/api/v1/regions/" + regionOf("street") + "/dashboard?year=x", tokenOf("street")), 400);
    }

    /** The charts' JSON block of a dashboard page. */
    private static String chartsBlock(String html) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"dashboard-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("the charts' data block").isTrue();
        return m.group(1);
    }

    /** Values as plain decimals (JSON numbers and BigDecimal alike), nulls kept. */
    private static List<String> numbers(Object values) {
        List<String> out = new ArrayList<>();
        for (Object v : (List<?>) values) {
            out.add(v == null ? null : new BigDecimal(v.toString()).stripTrailingZeros().toPlainString());
        }
        return out;
    }

    @Test
    void shouldAnswerTheSameComplianceAsThePage() throws Exception {
        long street = streetId();
        String token = tokenOf("street");
        for (String period : List.of("", "?period=" + LocalDate.now().getYear())) {
            Object page = mvc.perform(get("/regions/" + street + "/compliance" + period).with(as("street")))
                    .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("page");
            String json = body(api("/api/v1/regions/" + street + "/compliance" + period, token), 200);
            List<?> columns = (List<?>) read(page, "columns");
            assertThat((JSONArray) JsonPath.read(json, "$.requirements")).hasSize(columns.size());
            Object totals = read(page, "totals");
            for (Object column : columns) {
                long id = (Long) read(column, "requirementId");
                Method rateOf = ReflectionUtils.findMethod(totals.getClass(), "rate", long.class);
                ReflectionUtils.makeAccessible(rateOf);
                Object rate = ReflectionUtils.invokeMethod(rateOf, totals, id);
                assertThat(((Number) JsonPath.read(json, "$.total.rates['" + id + "'].required")).longValue())
                        .isEqualTo((Long) read(rate, "required"));
                assertThat(((Number) JsonPath.read(json, "$.total.rates['" + id + "'].done")).longValue())
                        .isEqualTo((Long) read(rate, "done"));
            }
            assertThat((JSONArray) JsonPath.read(json, "$.children")).hasSize(((List<?>) read(page, "children")).size());
        }
        body(api("/api/v1/regions/" + street + "/compliance?period=nonsense", token), 404);
    }

    // ---------------------------------------------------------------- audit and last use

    @Test
    void shouldAuditEveryUseAndMarkTheLastUse() throws Exception {
        String token = tokenOf("community");
        long id = idOfToken(token);
        String url = "/api/v1/regions/" + regionOf("community") + "/organizations";
        body(api(url + "?page=0", token), 200);
        body(api(url, token), 200);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select username, action, summary from audit_event
                where entity_type = 'api_token' and entity_id = ? order by id""", id);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("username", "community").containsEntry("action", "API_READ")
                .containsEntry("summary", "GET " + url);
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Object.class, id))
                .isNotNull();
        // a refused token writes nothing
        jdbc.update("update api_token set revoked_at = now() where id = ?", id);
        body(api(url, token), 401);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'api_token' "
                + "and entity_id = ?", Integer.class, id)).isEqualTo(2);
    }

    // ---------------------------------------------------------------- the description

    @Test
    void shouldDescribeEveryEndpointToTokenHolders() throws Exception {
        body(get("/api/v1/openapi.json"), 401);
        String doc = body(api("/api/v1/openapi.json", tokenOf("community")), 200);
        for (String path : List.of("/api/v1/regions/{id}", "/api/v1/regions/{id}/organizations",
                "/api/v1/regions/{id}/compliance", "/api/v1/regions/{id}/summary", "/api/v1/regions/{id}/dashboard",
                "/api/v1/organizations/{id}",
                "/api/v1/organizations/{id}/members", "/api/v1/organizations/{id}/meetings")) {
            Map<String, Object> operations = JsonPath.read(doc, "$.paths['" + path + "']");
            assertThat(operations.keySet()).as(path).containsExactly("get");
        }
        Map<String, Object> paths = JsonPath.read(doc, "$.paths");
        assertThat(paths).hasSize(8);
        assertThat(doc).doesNotContain("\"scope\"");
    }

    // ---------------------------------------------------------------- users made for a test

    private String newUser(String role, long regionId) {
        String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                insert into app_user (username, password_hash, display_name, role, region_id)
                values (?, '{noop}x', ?, ?, ?)""", username, username, role, regionId);
        return username;
    }
}
