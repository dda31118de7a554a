package org.grassroots.development;

import java.util.Locale;
import java.util.Set;
import org.grassroots.member.MemberStatus;

/**
 * One row of {@code development_step} with its prerequisites.
 *
 * @param movesTo the status the step gives the person, or null
 * @param approval decided by the committee with approval power, routed to the street's queue
 * @param people whom the step names (introducers, mentors), or null
 * @param alternative one of the two other decisions at the end of probation, not a standard step
 */
public record StepDef(StepCode code, Stage stage, int seq, String nameZh, String nameEn, MemberStatus movesTo,
        boolean approval, PersonRole people, Decider decider, boolean alternative, Set<StepCode> prerequisites) {

    /** The step's name in the reader's language: the table holds both. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** "⑮ name" for the 25 standard steps, the bare name for the alternatives. */
    public String label(Locale locale) {
        return alternative ? name(locale) : seq + ". " + name(locale);
    }
}
