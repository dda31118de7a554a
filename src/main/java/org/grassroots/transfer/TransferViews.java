package org.grassroots.transfer;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.shared.Pager;

/** Read models of the transfer pages. */
public final class TransferViews {

    private TransferViews() {
    }

    /** Which side of the transfers the list shows. */
    public enum Tab { OUTGOING, INCOMING }

    /** One row of the list: the member by name and masked ID number only. */
    public record Row(long id, TransferKind kind, TransferState state, boolean overdue, String memberName,
            String idNumberMasked, String fromName, String toName, LocalDate issuedOn, LocalDate sentOn,
            LocalDate validUntil) {
    }

    public record ListPage(Tab tab, String state, String q, Long memberId, List<Row> rows, Pager pager,
            long outgoingOpen, long incomingOpen) {
    }

    /** An organization to choose as the receiving side. */
    public record Choice(long id, String name) {
    }

    /** One transfer, with what the user may do from their side. */
    public record Detail(MemberTransfer transfer, TransferState state, boolean overdue, boolean senderSide,
            boolean mayMemberPage, boolean maySend, boolean mayReceive, boolean mayReturn, boolean mayCancel) {
    }

    /** The member a transfer is drafted for: name, masked ID number and current organization. */
    public record MemberLine(long id, String name, String idNumberMasked, long orgId, String orgName) {
    }

    /**
     * Transfers in transit for one region: sent and not received, counted on the sending side
     * (outgoing, and of those the overdue ones) and on the receiving side (incoming).
     */
    public record PendingCounts(Region region, long outgoing, long overdue, long incoming) {
    }

    /** The transfers in transit of a region's child regions, and of the region as a whole. */
    public record PendingPage(Region region, List<PendingCounts> rows, PendingCounts total) {
    }
}
