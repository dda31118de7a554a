package org.grassroots.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meetings recorded at the same moment in branches of one community, and several in one branch, all
 * commit, and the summaries they leave behind are exactly what a rebuild derives. Every writer has
 * inserted its meeting before any of them refreshes the summaries, so each refresh races the others
 * over the same community roll-up rows (and, in the shared branch, the same status rows).
 */
class ComplianceConcurrencyIntegrationTests extends WebIntegrationTestBase {

    private static final int WRITERS = 8;

    @Autowired
    private ComplianceService compliance;

    @Autowired
    private ComplianceWindow window;

    @Autowired
    private TransactionTemplate tx;

    @Autowired
    private ComplianceStore store;

    @Test
    void shouldRefreshMoreOrganizationsThanOneStatementTakesParameters() {
        tx.execute(s -> compliance.rebuild());
        List<Long> ids = new java.util.ArrayList<>(jdbc.queryForList("select id from party_org", Long.class));
        // ids without an organization still count as parameters, as a city's 54,000 organizations do
        long top = jdbc.queryForObject("select max(id) from party_org", Long.class);
        for (long i = 1; i <= 70_000; i++) {
            ids.add(top + i);
        }
        java.time.LocalDate today = window.today();
        tx.execute(s -> {
            store.refresh(ids, java.util.Set.of(), today, today);
            return null;
        });
        ComplianceService.RebuildReport report = tx.execute(s -> compliance.rebuild());
        assertThat(report.statusDrift()).isZero();
        assertThat(report.rollupDrift()).isZero();
        assertThat(report.statusRows()).isPositive();
    }

    @Test
    void shouldCommitConcurrentMeetingsOfOneCommunityAndLeaveNoDrift() throws Exception {
        List<Long> branches = jdbc.queryForList("""
                select o.id from party_org o where o.region_id = ? and o.type = 'BRANCH' and o.closed_on is null
                order by o.id""", Long.class, regionOf("community"));
        assertThat(branches).as("branches of the demo community").hasSizeGreaterThanOrEqualTo(3);
        LocalDate today = window.today();
        tx.execute(s -> compliance.rebuild());
        // every branch of the community once, the rest of the writers in its first branch
        List<Long> orgs = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            orgs.add(i < branches.size() && i < WRITERS - 3 ? branches.get(i) : branches.get(0));
        }
        long before = heldToday(orgs.get(0), today);

        CyclicBarrier allInserted = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Long> meetingIds = new ArrayList<>();
        try {
            List<Future<Long>> writes = new ArrayList<>();
            for (long org : orgs) {
                writes.add(pool.submit(() -> tx.execute(s -> {
                    Long id = jdbc.queryForObject("""
                            insert into meeting (party_org_id, type, held_on, topic, created_by)
                            values (?, 'THEME_DAY', ?, 'concurrent', 'test') returning id""", Long.class, org, today);
                    await(allInserted);
                    compliance.meetingsChanged(org, today);
                    return id;
                })));
            }
            for (Future<Long> write : writes) {
                meetingIds.add(write.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(meetingIds).hasSize(WRITERS).doesNotContainNull();
        long sameBranch = orgs.stream().filter(orgs.get(0)::equals).count();
        assertThat(heldToday(orgs.get(0), today)).as("the shared branch counts every writer's meeting")
                .isEqualTo(before + sameBranch);
        ComplianceService.RebuildReport report = tx.execute(s -> compliance.rebuild());
        assertThat(report.statusDrift()).isZero();
        assertThat(report.rollupDrift()).isZero();

        // leave the shared demo city as it was
        tx.executeWithoutResult(s -> {
            for (long id : meetingIds) {
                jdbc.update("delete from meeting where id = ?", id);
            }
            orgs.stream().distinct().forEach(org -> compliance.meetingsChanged(org, today));
        });
        assertThat(heldToday(orgs.get(0), today)).isEqualTo(before);
    }

    /** The THEME_DAY meetings the summary counts for the organization in the month of the day. */
    private long heldToday(long orgId, LocalDate day) {
        return jdbc.queryForObject("""
                select coalesce(sum(s.held), 0) from org_period_status s
                join meeting_requirement r on r.id = s.requirement_id
                where s.party_org_id = ? and r.meeting_type = 'THEME_DAY'
                  and s.period_start <= ? and s.period_end >= ?""", Long.class, orgId, day, day);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("writers did not meet", e);
        }
    }
}
