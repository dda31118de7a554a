package org.grassroots.dues;

import java.util.List;
import java.util.Locale;
import org.grassroots.member.MemberTimeline;
import org.grassroots.member.PartyMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dues payments of a member that stand (voided ones left out), for the member's timeline. */
@Component
@org.springframework.transaction.annotation.Transactional(readOnly = true)
class DuesTimeline implements MemberTimeline {

    private final DuesPaymentRepository payments;
    private final MessageSource messages;

    DuesTimeline(DuesPaymentRepository payments, MessageSource messages) {
        this.payments = payments;
        this.messages = messages;
    }

    @Override
    public List<Event> eventsOf(PartyMember member, Locale locale) {
        String url = "/members/" + member.getId() + "/dues";
        return payments.findByMemberIdOrderByPaidOnDescIdDesc(member.getId()).stream().filter(p -> !p.isVoided())
                .map(p -> new Event(p.getPaidOn(), "dues", messages.getMessage("timeline.dues.paid",
                        new Object[] {p.getFromMonth().toString(), p.getToMonth().toString(),
                                p.getAmount().add(p.getExtraAmount() == null ? java.math.BigDecimal.ZERO
                                        : p.getExtraAmount()).toPlainString()}, locale), url, p.getRecordedBy()))
                .toList();
    }
}
