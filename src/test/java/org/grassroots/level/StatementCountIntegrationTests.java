package org.grassroots.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.grassroots.support.StatementCounter;
import org.grassroots.support.TestRegions;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The level views, the organization page and the member list read set-based: the SQL statements one
 * page needs stay the same when its region gains communities, organizations and members. A query
 * per row (N+1) makes the second count larger and fails here.
 */
class StatementCountIntegrationTests extends WebIntegrationTestBase {

    private static final String USER = "district";
    private static final Pattern REGION_IN_SCOPE = Pattern.compile(
            "from region \\w+ where \\w+\\.id=\\? and \\w+\\.path like");
    private static final Pattern CHILD_REGIONS = Pattern.compile("from region \\w+ where \\w+\\.parent_id=\\?");

    @Autowired
    private PlatformTransactionManager transactions;

    private TestRegions made;

    @BeforeEach
    void startMaking() {
        made = new TestRegions(jdbc, "语句计数");
    }

    @AfterEach
    void removeWhatWasMade() {
        made.removeAll();
    }

    @Test
    void shouldReadStreetViewWithSameStatementsWhenItHasFiveTimesTheCommunities() throws Exception {
        long street = made.region("STREET", "DISTRICT", regionOf(USER), "语句计数街道");
        community(street, 1, 3);
        long small = statements("/regions/" + street);

        for (int i = 0; i < 4; i++) {
            community(street, 3, 5);
        }
        long large = statements("/regions/" + street);

        assertThat(small).isPositive();
        assertThat(large).as("statements for a street of 5 communities vs 1").isLessThanOrEqualTo(small);
    }

    /**
     * Every box of a level page and of a dashboard asks for the region again: one look-up serves them all,
     * and later requests need none until the region tree changes.
     */
    @Test
    void shouldLookUpThePagesRegionAndItsChildrenOncePerRequest() throws Exception {
        long street = made.region("STREET", "DISTRICT", regionOf(USER), "语句计数街道");
        community(street, 1, 3);
        for (String path : List.of("/regions/" + street, "/regions/" + street + "/dashboard")) {
            mvc.perform(get(path).with(as(USER))).andExpect(status().isOk());
            jdbc.update("update region set name = name where id = ?", street);
            List<String> changed = StatementCounter.sqlDuring(
                    () -> mvc.perform(get(path).with(as(USER))).andExpect(status().isOk()));
            List<String> unchanged = StatementCounter.sqlDuring(
                    () -> mvc.perform(get(path).with(as(USER))).andExpect(status().isOk()));
            assertThat(changed.stream().filter(REGION_IN_SCOPE.asPredicate()).count())
                    .as("region look-ups of %s after the tree changed", path).isEqualTo(1);
            assertThat(changed.stream().filter(CHILD_REGIONS.asPredicate()).count())
                    .as("child lists of %s after the tree changed", path).isEqualTo(1);
            assertThat(unchanged.stream().filter(REGION_IN_SCOPE.asPredicate().or(CHILD_REGIONS.asPredicate())))
                    .as("region look-ups of %s while the tree stands still", path).isEmpty();
        }
    }

    /** The catch-up writes in its own transaction; every read after it joins one read-only transaction. */
    @Test
    void shouldReadALevelPageInOneTransactionAfterItsCatchUp() throws Exception {
        long street = made.region("STREET", "DISTRICT", regionOf(USER), "语句计数街道");
        community(street, 2, 3);
        ConfigurableTransactionManager manager = (ConfigurableTransactionManager) transactions;
        List<Boolean> begun = new CopyOnWriteArrayList<>();
        Thread request = Thread.currentThread();
        TransactionExecutionListener listener = new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution tx, Throwable failure) {
                // the request's (MockMvc runs it on this thread), not a scheduled drain's meanwhile
                if (Thread.currentThread() == request) {
                    begun.add(tx.isReadOnly());
                }
            }
        };
        for (String path : List.of("/regions/" + street, "/regions/" + street + "/membership")) {
            begun.clear();
            manager.addListener(listener);
            try {
                mvc.perform(get(path).with(as(USER))).andExpect(status().isOk());
            } finally {
                manager.getTransactionExecutionListeners().remove(listener);
            }
            // (the request's security may read before, in a transaction of its own)
            assertThat(begun.subList(Math.max(0, begun.indexOf(false)), begun.size()))
                    .as("transactions begun for %s from the catch-up on (read-only or not)", path)
                    .containsExactly(false, true);
        }
    }

    @Test
    void shouldReadCommunityViewWithSameStatementsWhenItHasTenTimesTheOrganizations() throws Exception {
        long street = made.region("STREET", "DISTRICT", regionOf(USER), "语句计数街道");
        long community = community(street, 1, 3);
        long small = statements("/regions/" + community);

        for (int i = 0; i < 9; i++) {
            branch(community, 6);
        }
        long large = statements("/regions/" + community);

        assertThat(small).isPositive();
        assertThat(large).as("statements for a community of 10 organizations vs 1").isLessThanOrEqualTo(small);
    }

    @Test
    void shouldReadOrganizationAndMemberListWithSameStatementsWhenOrganizationHasTenTimesTheMembers()
            throws Exception {
        long street = made.region("STREET", "DISTRICT", regionOf(USER), "语句计数街道");
        long community = community(street, 0, 0);
        // more than a page from the start: a list that fits one page needs no count query
        long branch = branch(community, 25);
        long smallOrg = statements("/orgs/" + branch);
        long smallList = statements("/members?orgId=" + branch);

        members(branch, 225);
        long largeOrg = statements("/orgs/" + branch);
        long largeList = statements("/members?orgId=" + branch);

        assertThat(smallOrg).isPositive();
        assertThat(largeOrg).as("statements for an organization of 250 members vs 25").isLessThanOrEqualTo(smallOrg);
        assertThat(largeList).as("statements for a member list of 250 vs 25").isLessThanOrEqualTo(smallList);
    }

    /** The statements of one request, after a first request has warmed what is loaded once. */
    private long statements(String path) throws Exception {
        mvc.perform(get(path).with(as(USER))).andExpect(status().isOk());
        return StatementCounter.during(() -> mvc.perform(get(path).with(as(USER))).andExpect(status().isOk()));
    }


    /** A community with a committee and the given branches of the given size. */
    private long community(long street, int branches, int size) {
        long community = made.region("COMMUNITY", "STREET", street, "语句计数社区");
        long committee = made.org("COMMITTEE", null, community);
        for (int b = 0; b < branches; b++) {
            members(made.org("BRANCH", committee, community), size);
        }
        return community;
    }

    private long branch(long community, int size) {
        Long committee = jdbc.query("select id from party_org where region_id = ? and type = 'COMMITTEE'",
                rs -> rs.next() ? rs.getLong(1) : null, community);
        long branch = made.org("BRANCH", committee, community);
        members(branch, size);
        return branch;
    }


    private void members(long org, int count) {
        jdbc.update("""
                insert into party_member (name, gender, ethnicity, birth_date, id_number_cipher, id_number_hash,
                  id_number_masked, id_number_tail, phone, education, occupation, status, party_org_id,
                  admitted_on, full_member_on)
                select '计数' || g, case when g % 2 = 0 then 'MALE' else 'FEMALE' end, '汉族',
                  date '1970-01-01' + g * 97, '\\x00'::bytea, md5('statement-count' || ? || '-' || gen_random_uuid()),
                  '110101********' || lpad((g % 10000)::text, 4, '0'), lpad((g % 10000)::text, 4, '0'),
                  '1390000' || lpad(g::text, 4, '0'),
                  'BACHELOR', 'EMPLOYED_OTHER', case when g % 5 = 0 then 'PROBATIONARY' else 'FULL' end, ?,
                  current_date - 800, case when g % 5 = 0 then null else current_date - 400 end
                from generate_series(1, ?) g""", org, org, count);
    }
}
