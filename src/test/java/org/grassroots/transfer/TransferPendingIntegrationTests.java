package org.grassroots.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.support.WebIntegrationTestBase;
import org.grassroots.transfer.TransferViews.PendingCounts;
import org.grassroots.transfer.TransferViews.PendingPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The level pages' figures agree with the transfer records, counted here by plain SQL. */
class TransferPendingIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    private TransferPages pages;

    @Autowired
    private Clock clock;

    private long count(String side, String path, boolean overdue) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.queryForObject("""
                select count(*) from member_transfer t join party_org o on o.id = t.%s
                where t.state = 'SENT' and o.region_path like ? || '%%'
                  and (not ? or t.valid_until < ? or t.sent_on < ?)""".formatted(side), Long.class, path, overdue,
                today, today.minusMonths(1));
    }

    @Test
    void shouldCountTheTransfersInTransitPerChildRegion() {
        long city = jdbc.queryForObject("select id from region where level = 'CITY'", Long.class);
        String cityPath = regionPath(city);
        PendingPage page = pages.pending(city, Scope.ofRegion(city, cityPath));
        assertThat(page.total().outgoing()).isEqualTo(count("from_org_id", cityPath, false)).isPositive();
        assertThat(page.total().overdue()).isEqualTo(count("from_org_id", cityPath, true)).isPositive();
        assertThat(page.total().incoming()).isEqualTo(count("to_org_id", cityPath, false));
        assertThat(page.rows()).isNotEmpty();
        for (PendingCounts row : page.rows()) {
            assertThat(row.outgoing()).as(row.region().getName()).isEqualTo(count("from_org_id", row.region().getPath(), false));
            assertThat(row.overdue()).isEqualTo(count("from_org_id", row.region().getPath(), true));
            assertThat(row.incoming()).isEqualTo(count("to_org_id", row.region().getPath(), false));
        }
        assertThat(page.rows().stream().mapToLong(PendingCounts::outgoing).sum()).isEqualTo(page.total().outgoing());
    }

    @Test
    void shouldAnswerARegionOutsideTheScopeAsMissing() {
        long community = regionOf("community");
        long sibling = siblingCommunity(community);
        assertThatThrownBy(() -> pages.pending(sibling, Scope.ofRegion(community, regionPath(community))))
                .isInstanceOf(NotFoundException.class);
        PendingPage own = pages.pending(community, Scope.ofRegion(community, regionPath(community)));
        assertThat(own.rows()).singleElement().extracting(r -> r.region().getId()).isEqualTo(community);
    }
}
