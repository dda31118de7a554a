package org.grassroots.floating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.member.MemberTimeline;
import org.grassroots.member.PartyMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A member's outflows on the member's timeline: away from (where to), and back on. */
@Component
@Transactional(readOnly = true)
class FloatingTimeline implements MemberTimeline {

    private final FloatingService floating;
    private final MessageSource messages;

    FloatingTimeline(FloatingService floating, MessageSource messages) {
        this.floating = floating;
        this.messages = messages;
    }

    @Override
    public List<Event> eventsOf(PartyMember member, Locale locale) {
        List<Event> events = new ArrayList<>();
        for (FloatingOutflow f : floating.outflowsOf(member)) {
            String url = "/floating/outflows/" + f.getId();
            events.add(event(f.getSince(), "floating.timeline.out", f.getDestination(), url, f.getCreatedBy(), locale));
            if (f.getReturnedOn() != null) {
                events.add(event(f.getReturnedOn(), "floating.timeline.back", f.getDestination(), url,
                        f.getReturnedBy(), locale));
            }
        }
        return events;
    }

    private Event event(LocalDate on, String key, String where, String url, String by, Locale locale) {
        return new Event(on, "floating", messages.getMessage(key, new Object[] {where}, locale), url, by);
    }
}
