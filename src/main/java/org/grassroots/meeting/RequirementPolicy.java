package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.grassroots.org.OrgType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the requirement table: which meetings an organization owes in a period. The compliance
 * summaries apply the same rule in SQL (ComplianceStore); a test holds the two together.
 */
@Component
@Transactional(readOnly = true)
public class RequirementPolicy {

    private final MeetingRequirementRepository requirements;

    RequirementPolicy(MeetingRequirementRepository requirements) {
        this.requirements = requirements;
    }

    public List<MeetingRequirement> all() {
        return requirements.findAllByOrderByEffectiveFromAscIdAsc();
    }

    /** The requirements in force on a day, one per meeting type, in the order of MeetingType. */
    public List<MeetingRequirement> inForceOn(LocalDate day) {
        return all().stream()
                .filter(r -> r.inForce(Period.containing(r.getFrequency(), day)))
                .sorted(Comparator.comparing(MeetingRequirement::getMeetingType))
                .toList();
    }

    /** What an organization owes in the periods that contain the day. */
    public List<MeetingRequirement> owedBy(OrgType type, boolean hasCommittee, LocalDate day) {
        return inForceOn(day).stream().filter(r -> r.appliesTo(type, hasCommittee)).toList();
    }

    /** Compliance of one requirement in one period, from its counts. */
    public static ComplianceStatus status(int expected, int held, Period period, LocalDate today) {
        if (expected <= 0) {
            return ComplianceStatus.NOT_REQUIRED;
        }
        if (held >= expected) {
            return ComplianceStatus.DONE;
        }
        return period.isClosedOn(today) ? ComplianceStatus.OVERDUE : ComplianceStatus.DUE;
    }
}
