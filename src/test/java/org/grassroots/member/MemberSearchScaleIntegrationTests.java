package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.grassroots.support.BulkPeopleRemoval;
import org.grassroots.support.StatementCounter;
import org.grassroots.support.TestRegions;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The member list and the meeting form at city scale: a list larger than the count cap says "more
 * than" and stops paging there; an ID-number suffix finds people in scope only; recording a meeting
 * costs the same statements for 50 attendance rows as for 10, and updates the compliance summary.
 */
class MemberSearchScaleIntegrationTests extends WebIntegrationTestBase {

    private static final String USER = "district";
    /** Street staff record meetings; the district only reads. */
    private static final String RECORDER = "street";

    private TestRegions made;

    /** The branch of 10,001 people, removed at once afterwards (one by one, they take 20 seconds). */
    private Long crowded;

    @BeforeEach
    void startMaking() {
        made = new TestRegions(jdbc, "规模测试");
    }

    @AfterEach
    void removeWhatWasMade() {
        if (crowded != null) {
            BulkPeopleRemoval.peopleOf(jdbc, crowded);
        }
        made.removeAll();
    }

    @Test
    void shouldSayMoreThanCapAndStopPagingThereWhenListIsLargerThanCap() throws Exception {
        long branch = branch(street(), MemberService.COUNT_CAP + 1);
        crowded = branch;

        String first = html(mvc.perform(get("/members").param("orgId", Long.toString(branch)).with(as(USER)))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(first, "result-count")).contains("10,000").doesNotContain("10,001");
        assertThat(first).contains("500+");

        // a page far beyond the cap shows the last page within it, not an error or an empty list
        String beyond = html(mvc.perform(get("/members").param("orgId", Long.toString(branch)).param("page", "99999")
                .with(as(USER))).andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(beyond, "table", "member-results"), "/members/")).hasSize(20);
        assertThat(beyond).contains("500 / 500+");

        // the same people found by name across the district: counted up to the wide search's cap only,
        // listed as the plain LIKE lists them, and the pages stop at that cap
        List<Long> byName = jdbc.queryForList("""
                select m.id from party_member m join party_org o on o.id = m.party_org_id
                where o.region_path like ? and strpos(m.name, '计数') > 0
                  and m.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', 'MEMBERSHIP_SUSPENDED')
                order by m.name collate "C", m.id""", Long.class, regionPath(regionOf(USER)) + "%");
        assertThat(byName).hasSizeGreaterThan(MemberService.WIDE_NAME_COUNT_CAP);
        String named = html(mvc.perform(get("/members").param("q", "计数").with(as(USER)))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(named, "result-count")).contains("1,000").doesNotContain("1,001").doesNotContain("10,");
        assertThat(named).contains("50+");
        assertThat(linkedIds(section(named, "table", "member-results"), "/members/"))
                .containsExactlyElementsOf(byName.subList(0, 20));
        String lastNamed = html(mvc.perform(get("/members").param("q", "计数").param("page", "99999").with(as(USER)))
                .andExpect(status().isOk()).andReturn());
        assertThat(lastNamed).contains("50 / 50+");
        assertThat(linkedIds(section(lastNamed, "table", "member-results"), "/members/"))
                .containsExactlyElementsOf(byName.subList(980, 1_000));

        // below the cap the total is exact: all but one leave the current list, after one alone did (the
        // roll-up's triggers plan their join of old and new rows for each statement, not once for the
        // first: planned for one row, 10,000 took three minutes)
        jdbc.update("""
                update party_member set status = 'WITHDRAWN' where id = (
                  select min(id) from party_member where party_org_id = ? and name <> '计数1')""", branch);
        jdbc.update("update party_member set status = 'WITHDRAWN' where party_org_id = ? and name <> '计数1'", branch);
        String one = html(mvc.perform(get("/members").param("orgId", Long.toString(branch)).with(as(USER)))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(one, "result-count")).contains("1").doesNotContain("10,000");
        assertThat(one).doesNotContain("500+");
        String oneNamed = html(mvc.perform(get("/members").param("q", "计数").with(as(USER)))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(oneNamed, "result-count")).doesNotContain("1,000");
        assertThat(linkedIds(section(oneNamed, "table", "member-results"), "/members/")).hasSize(1);
    }

    @Test
    void shouldFindByIdNumberSuffixOnlyInScopeWhenCommunitySecretarySearches() throws Exception {
        long community = regionOf("community");
        var own = jdbc.queryForMap("""
                select m.id, m.id_number_tail from party_member m join party_org o on o.id = m.party_org_id
                where o.community_id = ? and m.status = 'FULL' order by m.id limit 1""", community);
        String html = html(mvc.perform(get("/members").param("q", (String) own.get("id_number_tail"))
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(html, "table", "member-results"), "/members/")).contains((Long) own.get("id"));

        String outside = jdbc.queryForObject("""
                select m.id_number_tail from party_member m join party_org o on o.id = m.party_org_id
                where o.community_id <> ? and m.status = 'FULL' and not exists (
                  select 1 from party_member x join party_org xo on xo.id = x.party_org_id
                  where xo.community_id = ? and x.id_number_tail = m.id_number_tail)
                order by m.id limit 1""", String.class, community, community);
        String none = html(mvc.perform(get("/members").param("q", outside).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(linkedIds(section(none, "table", "member-results"), "/members/")).isEmpty();
    }

    @Test
    void shouldRecordFiftyAttendanceRowsWithSameStatementsAsTenAndUpdateCompliance() throws Exception {
        long small = branch(regionOf(RECORDER), 10);
        long large = branch(regionOf(RECORDER), 50);

        long fewRows = statementsToRecord(small);
        long manyRows = statementsToRecord(large);

        assertThat(jdbc.queryForObject("""
                select count(*) from meeting_attendance a join meeting m on m.id = a.meeting_id
                where m.party_org_id = ?""", Integer.class, large)).isEqualTo(50);
        assertThat(jdbc.queryForObject("select coalesce(sum(held), 0) from org_period_status where party_org_id = ?",
                Integer.class, large)).as("the compliance summary counts the meeting").isPositive();
        assertThat(fewRows).isPositive();
        assertThat(manyRows).as("statements to record 50 attendance rows vs 10").isLessThanOrEqualTo(fewRows);
    }

    private long statementsToRecord(long branch) throws Exception {
        String day = jdbc.queryForObject("select (current_date - 1)::text", String.class);
        List<Long> people = jdbc.queryForList("select id from party_member where party_org_id = ? order by id",
                Long.class, branch);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("type", "THEME_DAY");
        form.add("heldOn", day);
        form.add("topic", "主题党日");
        for (int i = 0; i < people.size(); i++) {
            form.add("attendance[" + i + "].memberId", people.get(i).toString());
            form.add("attendance[" + i + "].status", i % 7 == 0 ? "ABSENT" : "PRESENT");
        }
        return StatementCounter.during(() -> mvc.perform(post("/orgs/{id}/meetings", branch).params(form)
                .with(as(RECORDER)).with(csrf())).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/meetings/*")));
    }

    /** A new street in the district user's district. */
    private long street() {
        return made.region("STREET", "DISTRICT", regionOf(USER));
    }

    /** A branch of a new community of the street, with full members. */
    private long branch(long street, int members) {
        long community = made.region("COMMUNITY", "STREET", street);
        long committee = made.org("COMMITTEE", null, community);
        long branch = made.org("BRANCH", committee, community);
        jdbc.update("""
                insert into party_member (name, gender, ethnicity, birth_date, id_number_cipher, id_number_hash,
                  id_number_masked, id_number_tail, education, occupation, status, party_org_id,
                  admitted_on, full_member_on)
                select '计数' || g, 'MALE', '汉族', date '1970-01-01' + g % 9000, '\\x00'::bytea,
                  md5('search-scale-' || gen_random_uuid()), '110101**********', lpad((g % 10000)::text, 4, '0'),
                  'BACHELOR', 'EMPLOYED_OTHER', 'FULL', ?, current_date - 800, current_date - 400
                from generate_series(1, ?) g""", branch, members);
        return branch;
    }


}
