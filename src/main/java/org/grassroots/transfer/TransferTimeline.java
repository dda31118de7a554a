package org.grassroots.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.member.MemberTimeline;
import org.grassroots.member.PartyMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dated steps of a member's transfers (sent, received, returned), for the member's timeline. */
@Component
@org.springframework.transaction.annotation.Transactional(readOnly = true)
class TransferTimeline implements MemberTimeline {

    private final MemberTransferRepository transfers;
    private final MessageSource messages;

    TransferTimeline(MemberTransferRepository transfers, MessageSource messages) {
        this.transfers = transfers;
        this.messages = messages;
    }

    @Override
    public List<Event> eventsOf(PartyMember member, Locale locale) {
        List<Event> events = new ArrayList<>();
        for (MemberTransfer t : transfers.findByMember_IdOrderByIdAsc(member.getId())) {
            String url = "/transfers/" + t.getId();
            String where = t.getDestinationName();
            if (t.getSentOn() != null) {
                events.add(event(t.getSentOn(), "timeline.transfer.sent", where, url, t.getSentBy(), locale));
            }
            if (t.getReceivedOn() != null) {
                events.add(event(t.getReceivedOn(), "timeline.transfer.received", where, url, t.getReceivedBy(),
                        locale));
            }
            if (t.getReturnedOn() != null) {
                events.add(event(t.getReturnedOn(), "timeline.transfer.returned", where, url, t.getReturnedBy(),
                        locale));
            }
        }
        return events;
    }

    private Event event(java.time.LocalDate on, String key, String where, String url, String by, Locale locale) {
        return new Event(on, "transfer", messages.getMessage(key, new Object[] {where}, locale), url, by);
    }
}
