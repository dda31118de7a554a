package org.grassroots.member;

import java.util.Optional;

/**
 * A short line another feature adds to the member page (dues, for one), implemented by that feature
 * so that {@code member} does not depend on it. The page renders {@code template :: selector} with
 * the value as the variable {@code line}.
 */
public interface MemberPageLine {

    record Line(String template, String selector, Object value) {
    }

    /** The line for this member (already in the user's scope), or empty for none. */
    Optional<Line> lineFor(PartyMember member);
}
