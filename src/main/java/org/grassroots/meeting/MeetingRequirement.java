package org.grassroots.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.grassroots.org.OrgType;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.BusinessRuleException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What an organization of certain types must hold per period: a regulation as a row (domain-rules.md
 * §2). The count may be changed within bounds; a change applies from the next period on, so past
 * periods keep the expectation they had.
 */
@Entity
@Table(name = "meeting_requirement")
public class MeetingRequirement extends BaseEntity {

    /** Which organizations of the listed types a requirement applies to. */
    public enum Condition { ALWAYS, HAS_COMMITTEE }

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false)
    private MeetingType meetingType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    @Column(name = "min_count", nullable = false)
    private int minCount;

    @Column(name = "min_allowed", nullable = false)
    private int minAllowed;

    @Column(name = "max_allowed", nullable = false)
    private int maxAllowed;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "org_types", nullable = false, columnDefinition = "text[]")
    private String[] orgTypes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Condition condition;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(nullable = false)
    private String source;

    protected MeetingRequirement() {
    }

    /** A requirement for testing and seeding; the database rows come from the migration. */
    public static MeetingRequirement of(MeetingType type, Frequency frequency, int minCount, List<OrgType> orgTypes,
            Condition condition, LocalDate from) {
        MeetingRequirement r = new MeetingRequirement();
        r.meetingType = type;
        r.frequency = frequency;
        r.minCount = minCount;
        r.minAllowed = minCount;
        r.maxAllowed = minCount;
        r.orgTypes = orgTypes.stream().map(Enum::name).toArray(String[]::new);
        r.condition = condition;
        r.effectiveFrom = from;
        r.source = "";
        return r;
    }

    /** Whether an organization of this type (with or without a committee) must keep this requirement. */
    public boolean appliesTo(OrgType type, boolean hasCommittee) {
        return Arrays.asList(orgTypes).contains(type.name()) && (condition == Condition.ALWAYS || hasCommittee);
    }

    /** Whether the requirement is in force for the whole of the period. */
    public boolean inForce(Period period) {
        return !effectiveFrom.isAfter(period.start()) && (effectiveTo == null || !effectiveTo.isBefore(period.end()));
    }

    /**
     * The same requirement with another count, in force from the period after the current one; this
     * row ends with the current period.
     */
    public MeetingRequirement changeCount(int newCount, LocalDate today) {
        checkBounds(newCount);
        Period current = Period.containing(frequency, today);
        MeetingRequirement next = new MeetingRequirement();
        next.meetingType = meetingType;
        next.frequency = frequency;
        next.minCount = newCount;
        next.minAllowed = minAllowed;
        next.maxAllowed = maxAllowed;
        next.orgTypes = orgTypes.clone();
        next.condition = condition;
        next.effectiveFrom = current.next().start();
        next.effectiveTo = effectiveTo;
        next.source = source;
        this.effectiveTo = current.end();
        return next;
    }

    /**
     * Whether the row only comes into force after the current period: a change scheduled by
     * {@link #changeCount}, which no period has counted with yet.
     */
    public boolean isScheduled(LocalDate today) {
        return effectiveFrom.isAfter(Period.containing(frequency, today).end());
    }

    /**
     * Corrects the count of a scheduled row in place: no period has been counted with it, so there is
     * nothing to keep (splitting it would leave a row that ends before it starts).
     */
    public void reviseScheduledCount(int newCount, LocalDate today) {
        if (!isScheduled(today)) {
            throw new IllegalStateException("requirement " + getId() + " is already in force");
        }
        checkBounds(newCount);
        this.minCount = newCount;
    }

    private void checkBounds(int newCount) {
        if (newCount < minAllowed || newCount > maxAllowed) {
            throw BusinessRuleException.onField("minCount", "requirement.count.bounds", minAllowed, maxAllowed);
        }
    }

    public MeetingType getMeetingType() {
        return meetingType;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public int getMinCount() {
        return minCount;
    }

    public int getMinAllowed() {
        return minAllowed;
    }

    public int getMaxAllowed() {
        return maxAllowed;
    }

    public List<String> getOrgTypes() {
        return List.of(orgTypes);
    }

    public Condition getCondition() {
        return condition;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public String getSource() {
        return source;
    }
}
