package org.grassroots.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.shared.FieldCipher;
import org.grassroots.shared.IdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * The one context configuration every web integration test shares (so Spring builds it once): the
 * whole application behind MockMvc, on the shared embedded PostgreSQL with the demo city. Tests sign
 * in as the real demo users, loaded through the application's own UserDetailsService, and find ids
 * with plain SQL rather than through the code under test. The application also listens on a random
 * port, exactly as for {@link ServerTestBase}: both bases then share one context (and one set of
 * scheduled jobs) instead of starting two.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class WebIntegrationTestBase extends PostgresTestBase {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected FieldCipher cipher;

    /** Signs the request in as this user, with the scope resolved by the application at sign-in. */
    protected RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    protected static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- demo city ids, by SQL

    protected long regionOf(String username) {
        return jdbc.queryForObject("select region_id from app_user where username = ?", Long.class, username);
    }

    protected long orgOf(String username) {
        return jdbc.queryForObject("select party_org_id from app_user where username = ?", Long.class, username);
    }

    protected String regionPath(long regionId) {
        return jdbc.queryForObject("select path from region where id = ?", String.class, regionId);
    }

    /** Another community under the same street as the given one: the nearest neighbour out of scope. */
    protected long siblingCommunity(long communityId) {
        return jdbc.queryForObject("""
                select c.id from region c join region me on me.id = ?
                where c.level = 'COMMUNITY' and c.parent_id = me.parent_id and c.id <> me.id
                order by c.code limit 1""", Long.class, communityId);
    }

    /** A branch sitting in the community that has full members, lowest id first. */
    protected long branchIn(long communityId) {
        return jdbc.queryForObject("""
                select o.id from party_org o where o.community_id = ? and o.type = 'BRANCH' and o.closed_on is null
                  and exists (select 1 from party_member m where m.party_org_id = o.id and m.status = 'FULL')
                order by o.id limit 1""", Long.class, communityId);
    }

    /** A full member whose organization sits in the community, lowest id first. */
    protected long fullMemberIn(long communityId) {
        return jdbc.queryForObject("""
                select m.id from party_member m join party_org o on o.id = m.party_org_id
                where o.community_id = ? and m.status = 'FULL' order by m.id limit 1""", Long.class, communityId);
    }

    protected long memberCount() {
        return jdbc.queryForObject("select count(*) from party_member", Long.class);
    }

    // ---------------------------------------------------------------- ID numbers

    /** Every number {@link #freshIdNumber} has handed out in this JVM, so two rows of one file never share one. */
    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    /** A valid ID number born on the given day that no person in the database has yet and no earlier call gave. */
    protected String freshIdNumber(LocalDate birth, boolean male) {
        int start = ThreadLocalRandom.current().nextInt(0, 500);
        for (int step = 0; step < 500; step++) {
            int sequence = (start + step) % 500 * 2 + (male ? 1 : 0);
            String first17 = "330102" + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String id = first17 + IdNumber.checkChar(first17);
            Integer taken = jdbc.queryForObject("select count(*) from party_member where id_number_hash = ?",
                    Integer.class, cipher.hash(id));
            if (taken == 0 && ISSUED.add(id)) {
                return id;
            }
        }
        throw new IllegalStateException("no free ID number for " + birth);
    }

    /** The same number with a wrong check character. */
    protected static String withWrongCheckChar(String id) {
        char right = id.charAt(17);
        char wrong = right == '1' ? '2' : '1';
        return id.substring(0, 17) + wrong;
    }

    // ---------------------------------------------------------------- forms

    public static final LocalDate BIRTH = LocalDate.of(1985, 3, 15);

    /** Every field of a valid new full member born on {@link #BIRTH}, placed in the given organization. */
    protected static MultiValueMap<String, String> newFullMember(String name, String idNumber, long orgId) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("idNumber", idNumber);
        form.add("phone", "13912345678");
        form.add("ethnicity", "汉族");
        form.add("education", "BACHELOR");
        form.add("occupation", "EMPLOYED_ENTERPRISE");
        form.add("status", "FULL");
        form.add("orgId", Long.toString(orgId));
        form.add("workUnit", "滨江测试科技有限公司");
        form.add("appliedOn", "2005-01-10");
        form.add("activistOn", "2005-06-01");
        form.add("candidateOn", "2006-07-01");
        form.add("admittedOn", "2007-01-15");
        form.add("fullMemberOn", "2008-01-20");
        return form;
    }

    /** Creates a member through the form as the community secretary and returns the new id. */
    protected long createMember(MultiValueMap<String, String> form) throws Exception {
        MvcResult result = mvc.perform(post("/members").params(form).with(as("community")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/members/*"))
                .andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/members/".length()));
    }

    /** The edit form of a stored member, exactly as stored (ID number left blank: keep it). */
    protected MultiValueMap<String, String> storedMember(long memberId) {
        Map<String, Object> row = jdbc.queryForMap("select * from party_member where id = ?", memberId);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", text(row.get("name")));
        form.add("idNumber", "");
        form.add("phone", text(row.get("phone")));
        form.add("ethnicity", text(row.get("ethnicity")));
        form.add("education", text(row.get("education")));
        form.add("occupation", text(row.get("occupation")));
        form.add("status", text(row.get("status")));
        form.add("orgId", text(row.get("party_org_id")));
        form.add("residenceCommunityId", text(row.get("residence_community_id")));
        form.add("workUnit", text(row.get("work_unit")));
        form.add("appliedOn", text(row.get("applied_on")));
        form.add("activistOn", text(row.get("activist_on")));
        form.add("candidateOn", text(row.get("candidate_on")));
        form.add("admittedOn", text(row.get("admitted_on")));
        form.add("fullMemberOn", text(row.get("full_member_on")));
        form.add("version", text(row.get("version")));
        return form;
    }

    /** The edit form of a stored organization, exactly as stored. */
    protected MultiValueMap<String, String> storedOrg(long orgId) {
        Map<String, Object> row = jdbc.queryForMap("select * from party_org where id = ?", orgId);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", text(row.get("name")));
        form.add("type", text(row.get("type")));
        form.add("category", text(row.get("category")));
        form.add("parentId", text(row.get("parent_id")));
        form.add("regionId", text(row.get("region_id")));
        form.add("secretaryId", text(row.get("secretary_id")));
        form.add("hasCommittee", text(row.get("has_committee")));
        form.add("foundedOn", text(row.get("founded_on")));
        form.add("termStart", text(row.get("term_start")));
        form.add("termEnd", text(row.get("term_end")));
        form.add("version", text(row.get("version")));
        return form;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    // ---------------------------------------------------------------- reading the rendered page

    /** The value attribute of the input with this name, unescaped; null when there is no such input. */
    protected static String inputValue(String html, String name) {
        Matcher input = Pattern.compile("<input\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        if (!input.find()) {
            return null;
        }
        Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "";
    }

    /** The text inside the element with this id (tags removed, whitespace collapsed); null when absent. */
    protected static String textOf(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
                Pattern.DOTALL).matcher(html);
        return m.find() ? clean(m.group(2)) : null;
    }

    /** The body rows of the table with this id, each as its cells' texts. */
    protected static List<List<String>> tableRows(String html, String tableId) {
        Matcher table = Pattern.compile("<table\\b[^>]*\\bid=\"" + Pattern.quote(tableId) + "\"[^>]*>(.*?)</table>",
                Pattern.DOTALL).matcher(html);
        List<List<String>> rows = new ArrayList<>();
        if (!table.find()) {
            return rows;
        }
        String body = table.group(1).replaceFirst("(?s).*<tbody>", "");
        Matcher row = Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
        while (row.find()) {
            Matcher cell = Pattern.compile("<td\\b[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            List<String> cells = new ArrayList<>();
            while (cell.find()) {
                cells.add(clean(cell.group(1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The ids in links of the form {@code href="/prefix/123"} inside the given piece of page. */
    protected static List<Long> linkedIds(String html, String prefix) {
        Matcher m = Pattern.compile("href=\"" + Pattern.quote(prefix) + "(\\d+)\"").matcher(html);
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    /** The markup of the element with this id, for searching inside one part of the page. */
    protected static String section(String html, String tag, String id) {
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</" + tag + ">",
                Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String clean(String markup) {
        return HtmlUtils.htmlUnescape(markup.replaceAll("(?s)<[^>]*>", " ")).replaceAll("\\s+", " ").trim();
    }
}
