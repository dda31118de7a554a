package org.grassroots.dues;

import java.util.Optional;
import org.grassroots.member.MemberPageLine;
import org.grassroots.member.PartyMember;
import org.springframework.stereotype.Component;

/** The dues line of the member page: paid through which month, months in arrears, and the link. */
@Component
class MemberDuesLine implements MemberPageLine {

    private final DuesPages pages;

    MemberDuesLine(DuesPages pages) {
        this.pages = pages;
    }

    @Override
    public Optional<Line> lineFor(PartyMember member) {
        return Optional.of(new Line("dues/fragments", "memberLine", pages.line(member)));
    }
}
