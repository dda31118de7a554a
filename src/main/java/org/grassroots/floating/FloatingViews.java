package org.grassroots.floating;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.shared.Pager;

/** Read models of the mobile-member pages. */
public final class FloatingViews {

    private FloatingViews() {
    }

    /** The lists of {@code /floating}: open outflows, inflows, outflows out of contact, certificates due for review. */
    public enum Tab { OUTFLOW, INFLOW, LOST, REVIEW }

    /** One outflow in a list: the phone masked, the contact and certificate flags derived for today. */
    public record OutflowRow(long id, long memberId, String memberName, String orgName, String destination,
            OutflowReason reason, LocalDate since, LocalDate expectedReturnOn, String phoneMasked,
            LocalDate lastContactOn, long daysSinceContact, CertificateStatus certStatus, boolean outOfContact,
            LocalDate returnedOn, LocalDate decisionOn) {
    }

    /** One inflow in a list: the phone masked. */
    public record InflowRow(long id, String name, String phoneMasked, String homeOrgName, String homePlace,
            String hostOrgName, LocalDate since, String certNumber, boolean linked, LocalDate endedOn) {
    }

    /** How many open records each tab holds in the scope. */
    public record TabCounts(long outflow, long inflow, long lost, long review) {
    }

    public record ListPage(Tab tab, String q, boolean all, List<OutflowRow> outflows, List<InflowRow> inflows,
            Pager pager, TabCounts counts, SummaryPage summary) {
    }

    /** An organization to choose as host. */
    public record Choice(long id, String name) {
    }

    /** The member an outflow is recorded for. */
    public record MemberRef(long id, String name, String idNumberMasked, String orgName) {
    }

    /** One outflow with its contacts and what today makes of them. */
    public record OutflowDetail(FloatingOutflow outflow, MemberRef member, String hostOrgName,
            List<FloatingContact> contacts, LocalDate lastContactOn, long daysSinceContact, boolean outOfContact,
            CertificateStatus certStatus, boolean shortAbsence, int outOfContactMonths, int minAbsenceMonths) {
    }

    /** One inflow; the linked member record by name and organization when there is one. */
    public record InflowDetail(FloatingInflow inflow, String hostOrgName, String linkedName, String linkedOrgName,
            Long linkedMemberId, boolean mayLinkedPage) {
    }

    /**
     * Mobile-member figures of one region: open outflows of members whose organization sits there,
     * of those the ones out of contact and the ones whose certificate is due for its annual review,
     * and open inflows hosted by an organization sitting there.
     */
    public record SummaryCounts(Region region, long outflowOpen, long inflowOpen, long outOfContact,
            long reviewDue) {
    }

    /** The figures of a region's child regions (the community itself for a community), and the total. */
    public record SummaryPage(Region region, List<SummaryCounts> rows, SummaryCounts total) {
    }

    /** The member page's line: the open outflow, if any. */
    public record MemberLine(long memberId, Long outflowId, String destination, LocalDate since,
            boolean outOfContact) {
    }
}
