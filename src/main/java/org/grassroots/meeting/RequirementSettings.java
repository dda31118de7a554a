package org.grassroots.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requirement table as city policy: the city administrator changes a count within its bounds. A
 * change applies from the next period, so the periods already counted keep their expectation.
 */
@Service
@Transactional(readOnly = true)
class RequirementSettings {

    /** Where a row stands today. Labels: requirement.state.&lt;NAME&gt;. */
    enum State { ENDED, CURRENT, SCHEDULED }

    /** A row of the settings page; editable: the latest row of its meeting type (no end date). */
    record Row(MeetingRequirement requirement, State state, boolean editable) {
    }

    private final MeetingRequirementRepository requirements;
    private final AuditService audit;
    private final Clock clock;

    RequirementSettings(MeetingRequirementRepository requirements, AuditService audit, Clock clock) {
        this.requirements = requirements;
        this.audit = audit;
        this.clock = clock;
    }

    List<Row> rows() {
        LocalDate today = LocalDate.now(clock);
        return requirements.findAllByOrderByEffectiveFromAscIdAsc().stream()
                .sorted(Comparator.comparing(MeetingRequirement::getMeetingType)
                        .thenComparing(MeetingRequirement::getEffectiveFrom))
                .map(r -> new Row(r, state(r, today), r.getEffectiveTo() == null))
                .toList();
    }

    private static State state(MeetingRequirement r, LocalDate today) {
        if (r.isScheduled(today)) {
            return State.SCHEDULED;
        }
        return r.getEffectiveTo() != null && r.getEffectiveTo().isBefore(today) ? State.ENDED : State.CURRENT;
    }

    /**
     * Changes the count of the latest row of a meeting type: a row in force ends with the current period
     * and a new one starts with the next; a scheduled row is corrected in place. Both in one transaction,
     * audited.
     *
     * @return the row that carries the new count
     */
    @Transactional
    MeetingRequirement changeCount(long id, int newCount, Long version) {
        MeetingRequirement current = requirements.findById(id)
                .orElseThrow(() -> new NotFoundException("meeting_requirement", id));
        if (version == null || version != current.getVersion()) {
            throw new StaleEditException(current, current.getVersion());
        }
        if (current.getEffectiveTo() != null) {
            throw new BusinessRuleException("requirement.notLatest");
        }
        if (newCount == current.getMinCount()) {
            return current;
        }
        LocalDate today = LocalDate.now(clock);
        int before = current.getMinCount();
        if (current.isScheduled(today)) {
            current.reviseScheduledCount(newCount, today);
            MeetingRequirement saved = requirements.saveAndFlush(current);
            audit.record("UPDATE", "meeting_requirement", saved.getId(), summary(saved, before, newCount)
                    + " (scheduled row corrected)");
            return saved;
        }
        MeetingRequirement next = current.changeCount(newCount, today);
        requirements.saveAndFlush(current);
        MeetingRequirement saved = requirements.saveAndFlush(next);
        audit.record("UPDATE", "meeting_requirement", current.getId(), summary(current, before, newCount)
                + ": this row ends " + current.getEffectiveTo() + ", row " + saved.getId() + " from "
                + saved.getEffectiveFrom());
        return saved;
    }

    private static String summary(MeetingRequirement r, int before, int after) {
        return r.getMeetingType() + " " + r.getFrequency() + " min_count " + before + " -> " + after;
    }
}
