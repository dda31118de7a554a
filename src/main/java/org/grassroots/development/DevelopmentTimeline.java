package org.grassroots.development;

import java.util.List;
import java.util.Locale;
import org.grassroots.member.MemberTimeline;
import org.grassroots.member.PartyMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The development steps a person has completed, for the member's timeline. */
@Component
@org.springframework.transaction.annotation.Transactional(readOnly = true)
class DevelopmentTimeline implements MemberTimeline {

    private final MemberStepRepository steps;
    private final StepCatalogue catalogue;
    private final MessageSource messages;

    DevelopmentTimeline(MemberStepRepository steps, StepCatalogue catalogue, MessageSource messages) {
        this.steps = steps;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @Override
    public List<Event> eventsOf(PartyMember member, Locale locale) {
        String url = "/members/" + member.getId() + "/development";
        return steps.findByMemberIdOrderByIdAsc(member.getId()).stream().filter(MemberStep::isDone)
                .map(s -> new Event(s.getDay(), "development", messages.getMessage("timeline.development.step",
                        new Object[] {catalogue.get(s.getCode()).label(locale)}, locale), url, s.getRecordedBy()))
                .toList();
    }
}
