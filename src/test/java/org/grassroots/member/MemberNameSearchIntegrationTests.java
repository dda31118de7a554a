package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.grassroots.support.HostileInput;
import org.grassroots.support.TitledSheets;
import org.grassroots.support.TestRegions;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A name searched across a city or district is read from two indexes (names starting with the text,
 * names holding it further on) instead of a LIKE over every name in scope. It must list exactly what
 * that LIKE listed, in the same order: every person in scope whose name holds the text, by name and
 * id, and no one outside the scope.
 */
class MemberNameSearchIntegrationTests extends WebIntegrationTestBase {

    /** A character no demo name holds, so the people made here decide what a search of it finds. */
    private static final String MARK = "龘";

    private TestRegions made;

    @BeforeEach
    void makePeople() {
        long inside = branch(regionOf("district"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            names.add(MARK + String.format("%02d", i));
        }
        // the text twice, the same name twice (ordered by id), letters and digits, LIKE's wildcards,
        // and the text further on, sorting before ("王", "a") and after ("Ｚ") the names starting with it
        names.addAll(List.of(MARK + MARK, MARK + "同", MARK + "同", MARK + "a1", MARK + "_x", MARK + "%y",
                "王" + MARK, "王" + MARK + "明", "王王" + MARK, "a" + MARK, "Ｚ" + MARK, "张" + MARK + MARK, "xa1y", "a1"));
        for (String name : names) {
            person(inside, name, "FULL");
        }
        person(inside, MARK + "离", "WITHDRAWN");
        person(inside, "王" + MARK + "离", "WITHDRAWN");

        long otherDistrict = jdbc.queryForObject("select id from region where level = 'DISTRICT' and id <> ? "
                + "order by id limit 1", Long.class, regionOf("district"));
        long outside = branch(otherDistrict);
        for (String name : List.of(MARK + "外", "李" + MARK + "外", MARK + "同", "a1外")) {
            person(outside, name, "FULL");
        }
    }

    @BeforeEach
    void startMaking() {
        made = new TestRegions(jdbc, "姓名搜索");
    }

    @AfterEach
    void removeWhatWasMade() {
        made.removeAll();
    }

    @Test
    void shouldListWhatTheLikeListedWhenCityOrDistrictSearchesMadeNames() throws Exception {
        for (String user : List.of("city", "district")) {
            for (String q : List.of(MARK, "王" + MARK, MARK + "同", MARK + MARK, "a1", "_", "%", "Ｚ")) {
                assertSameAsLike(user, q, false);
            }
            assertSameAsLike(user, MARK, true);
            assertSameAsLike(user, "王" + MARK, true);
        }
    }

    @Test
    void shouldListWhatTheLikeListedWhenCityOrDistrictSearchesDemoNames() throws Exception {
        String district = regionPath(regionOf("district"));
        String surname = jdbc.queryForObject("""
                select left(name, 1) from party_member group by 1 order by count(*) desc, 1 limit 1""", String.class);
        String fullName = jdbc.queryForObject("""
                select m.name from party_member m join party_org o on o.id = m.party_org_id
                where o.region_path like ? and char_length(m.name) = 3 order by m.id limit 1""", String.class,
                district + "%");
        String middle = fullName.substring(1, 3);
        for (String user : List.of("city", "district")) {
            for (String q : List.of(surname, fullName, middle, fullName.substring(2))) {
                assertSameAsLike(user, q, false);
            }
        }
    }

    @Test
    void shouldNeverListPeopleOutsideTheDistrict() throws Exception {
        List<String> names = namesOnPage(get("/members").param("q", MARK + "外"), "district");
        assertThat(names).isEmpty();
        assertThat(namesOnPage(get("/members").param("q", MARK + "外"), "city")).hasSize(2);
        assertThat(namesOnPage(get("/members").param("q", MARK + "同"), "district")).hasSize(2);
    }

    @Test
    void shouldExportWhatTheLikeListedWhenDistrictExportsNameSearch() throws Exception {
        for (String q : List.of(MARK, "王" + MARK)) {
            byte[] xlsx = mvc.perform(get("/members/export").param("q", q).with(as("district")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            Sheet sheet = TitledSheets.firstSheet(xlsx);
            List<String> expected = jdbc.queryForList("select name from party_member where id = any(?) order by name, id",
                    String.class, (Object) expected("district", q, false).toArray(Long[]::new));
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) { // the member roster has one header row
                names.add(TitledSheets.cell(sheet.getRow(r), 0));
            }
            assertThat(names).as("exported names for %s", q).isEqualTo(expected);
        }
    }

    @Test
    void shouldAnswerHostileTextWithAnEmptyListWhenCitySearches() throws Exception {
        for (String q : List.of(HostileInput.OVERSIZED, HostileInput.SQL, "长".repeat(50) + "x", "\\%_")) {
            assertThat(namesOnPage(get("/members").param("q", q), "city")).as(HostileInput.abbreviate(q)).isEmpty();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Page 1 and 2 of the list (and its total) are the plain LIKE's, row for row. */
    private void assertSameAsLike(String user, String q, boolean includeFormer) throws Exception {
        List<Long> all = expected(user, q, includeFormer);
        for (int page = 0; page < 2; page++) {
            String html = html(mvc.perform(get("/members").param("q", q).param("page", Integer.toString(page))
                    .param("includeFormer", Boolean.toString(includeFormer)).with(as(user)))
                    .andExpect(status().isOk()).andReturn());
            List<Long> want = all.subList(Math.min(all.size(), page * 20), Math.min(all.size(), page * 20 + 20));
            if (want.isEmpty() && page > 0) {
                break; // beyond the last page the list shows the last one
            }
            assertThat(linkedIds(section(html, "table", "member-results"), "/members/"))
                    .as("page %d of %s searching %s", page, user, q).isEqualTo(want);
            assertThat(textOf(html, "result-count").replaceAll("[^0-9]", ""))
                    .as("total of %s searching %s", user, q).isEqualTo(Integer.toString(all.size()));
        }
    }

    /** Every person in the user's region whose name holds the text, by name and id: the plain search. */
    private List<Long> expected(String user, String q, boolean includeFormer) {
        String statuses = includeFormer ? "" : " and m.status in ('"
                + String.join("','", MemberStatus.CURRENT.stream().map(Enum::name).toList()) + "')";
        return jdbc.queryForList("select m.id from party_member m join party_org o on o.id = m.party_org_id"
                + " where o.region_path like ? and strpos(m.name, ?) > 0" + statuses + " order by m.name, m.id",
                Long.class, regionPath(regionOf(user)) + "%", q);
    }

    private List<String> namesOnPage(MockHttpServletRequestBuilder request, String user) throws Exception {
        String html = html(mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn());
        List<Long> ids = linkedIds(section(html, "table", "member-results"), "/members/");
        return jdbc.queryForList("select name from party_member where id = any(?)", String.class,
                (Object) ids.toArray(Long[]::new));
    }

    /** A branch of a new community in a new street of the district. */
    private long branch(long district) {
        long street = made.region("STREET", "DISTRICT", district);
        long community = made.region("COMMUNITY", "STREET", street);
        long committee = made.org("COMMITTEE", null, community);
        return made.org("BRANCH", committee, community);
    }

    private void person(long org, String name, String status) {
        jdbc.update("""
                insert into party_member (name, gender, ethnicity, birth_date, id_number_cipher, id_number_hash,
                  id_number_masked, id_number_tail, education, occupation, status, party_org_id,
                  admitted_on, full_member_on)
                values (?, 'MALE', '汉族', date '1980-01-01', '\\x00'::bytea, md5('name-search-' || gen_random_uuid()),
                  '110101**********', '0000', 'BACHELOR', 'EMPLOYED_OTHER', ?, ?, current_date - 800, current_date - 400)""",
                name, status, org);
    }


}
