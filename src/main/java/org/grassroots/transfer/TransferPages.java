package org.grassroots.transfer;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.grassroots.transfer.TransferViews.Detail;
import org.grassroots.transfer.TransferViews.ListPage;
import org.grassroots.transfer.TransferViews.Tab;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the transfer pages. */
@Component
@Transactional(readOnly = true)
class TransferPages {

    private final TransferQueries queries;
    private final TransferService transfers;
    private final MemberService members;

    TransferPages(TransferQueries queries, TransferService transfers, MemberService members) {
        this.queries = queries;
        this.transfers = transfers;
        this.members = members;
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
}
