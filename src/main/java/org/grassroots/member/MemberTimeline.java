package org.grassroots.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What another feature adds to a member's timeline (development steps, transfers, dues payments),
 * implemented by that feature so that {@code member} does not depend on it. The member page merges
 * these events with the member's own history rows in date order.
 */
public interface MemberTimeline {

    /** One dated event: its kind (a CSS hook), the text in the user's language, a link, and who recorded it. */
    record Event(LocalDate on, String kind, String text, String url, String by) {
    }

    /** The events of this member (already in the user's scope), in any order. */
    List<Event> eventsOf(PartyMember member, Locale locale);
}
