package org.grassroots.transfer;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.grassroots.transfer.TransferViews.Detail;
import org.grassroots.transfer.TransferViews.ListPage;
import org.grassroots.transfer.TransferViews.Tab;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the transfer pages, and the transfers in transit for the level pages. */
@Component
@Transactional(readOnly = true)
public class TransferPages {

    private final TransferQueries queries;
    private final TransferService transfers;
    private final MemberService members;
    private final RegionService regions;

    TransferPages(TransferQueries queries, TransferService transfers, MemberService members,
            RegionService regions) {
        this.queries = queries;
        this.transfers = transfers;
        this.members = members;
        this.regions = regions;
    }

    ListPage list(Tab tab, String state, String q, Long memberId, int page, Scope scope) {
        LocalDate today = transfers.today();
        int months = transfers.rules().receiptMonths();
        long total = queries.count(tab, scope, state, q, memberId, today, months);
        Pager pager = Pager.of(page, total);
        return new ListPage(tab, state, q, memberId,
                queries.page(tab, scope, state, q, memberId, today, months, pager.offset(), pager.size()), pager,
                queries.count(Tab.OUTGOING, scope, "SENT", null, null, today, months),
                queries.count(Tab.INCOMING, scope, "SENT", null, null, today, months));
    }

    Detail detail(long id, Scope scope) {
        MemberTransfer t = transfers.require(id, scope);
        LocalDate today = transfers.today();
        TransferState state = t.effectiveState(today);
        boolean sender = TransferService.senderSide(t, scope);
        boolean receiver = TransferService.mayReceive(t, scope);
        boolean cancel = TransferService.mayCancel(t, scope) && (state == TransferState.DRAFT
                || state == TransferState.RETURNED || state == TransferState.EXPIRED
                || t.getKind() == TransferKind.IN && state == TransferState.SENT);
        // the page reads the member and both organizations after the transaction
        Hibernate.initialize(t.getMember());
        Hibernate.initialize(t.getFromOrg());
        Hibernate.initialize(t.getToOrg());
        return new Detail(t, state, t.isOverdue(today, transfers.rules().receiptMonths()), sender,
                sender || t.getKind() == TransferKind.IN && receiver,
                sender && state == TransferState.DRAFT, receiver && state == TransferState.SENT,
                receiver && t.getState() == TransferState.SENT, cancel);
    }

    List<TransferViews.Choice> receivingOrgs() {
        return queries.receivingOrgs();
    }

    TransferViews.MemberLine member(long memberId, Scope scope) {
        PartyMember m = members.require(memberId, scope);
        return new TransferViews.MemberLine(m.getId(), m.getName(), m.getIdNumberMasked(), m.getOrg().getId(),
                m.getOrg().getName());
    }

    /**
     * For the level pages: per child region of the region (the community itself for a community),
     * the transfers sent and not received whose sending organization sits there (outgoing), of those
     * the overdue ones (more than {@code receipt-months} unreceived, or past the validity), and those
     * whose receiving organization sits there (incoming); with the same figures for the whole region.
     * A region outside the scope is 404, as everywhere.
     */
    public TransferViews.PendingPage pending(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        List<Region> children = region.getLevel() == RegionLevel.COMMUNITY ? List.of(region)
                : regions.children(region);
        List<String> paths = new java.util.ArrayList<>(children.stream().map(Region::getPath).toList());
        paths.add(region.getPath());
        java.util.Map<String, long[]> counts = queries.pending(paths.stream().distinct().toList(), transfers.today(),
                transfers.rules().receiptMonths());
        java.util.function.Function<Region, TransferViews.PendingCounts> row = r -> {
            long[] c = counts.get(r.getPath());
            return new TransferViews.PendingCounts(r, c[0], c[1], c[2]);
        };
        return new TransferViews.PendingPage(region, children.stream().map(row).toList(), row.apply(region));
    }
}
