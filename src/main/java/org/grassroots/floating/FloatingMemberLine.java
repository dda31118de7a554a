package org.grassroots.floating;

import java.util.Optional;
import org.grassroots.member.MemberPageLine;
import org.grassroots.member.PartyMember;
import org.springframework.stereotype.Component;

/** The mobile-member line of the member page: away where and since when, or the link to record it. */
@Component
class FloatingMemberLine implements MemberPageLine {

    private final FloatingPages pages;

    FloatingMemberLine(FloatingPages pages) {
        this.pages = pages;
    }

    @Override
    public Optional<Line> lineFor(PartyMember member) {
        return Optional.of(new Line("floating/fragments", "memberLine", pages.line(member)));
    }
}
