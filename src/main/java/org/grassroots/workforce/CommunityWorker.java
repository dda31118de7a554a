package org.grassroots.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.member.Education;
import org.grassroots.shared.BaseEntity;

/**
 * One person in one post of a community's worker team for a span of days. Leaving sets the end day;
 * the row stays, so the roster keeps its history.
 */
@Entity
@Table(name = "community_worker")
public class CommunityWorker extends BaseEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkerRole role;

    @Column(nullable = false)
    private boolean fullTime;

    @Column(nullable = false)
    private int birthYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Education education;

    @Column(nullable = false)
    private LocalDate startOn;

    private LocalDate endOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Certificate certificate;

    private String dispatchingUnit;
    private LocalDate termEndOn;
    private String note;

    protected CommunityWorker() {
    }

    static CommunityWorker in(long communityId) {
        CommunityWorker w = new CommunityWorker();
        w.communityId = communityId;
        return w;
    }

    void describe(Long memberId, String name, WorkerRole role, boolean fullTime, int birthYear, Education education,
            LocalDate startOn, LocalDate endOn, Certificate certificate, String dispatchingUnit, LocalDate termEndOn,
            String note) {
        this.memberId = memberId;
        this.name = name;
        this.role = role;
        this.fullTime = fullTime;
        this.birthYear = birthYear;
        this.education = education;
        this.startOn = startOn;
        this.endOn = endOn;
        this.certificate = certificate;
        this.dispatchingUnit = role == WorkerRole.FIRST_SECRETARY ? dispatchingUnit : null;
        this.termEndOn = role == WorkerRole.FIRST_SECRETARY ? termEndOn : null;
        this.note = note;
    }

    void leave(LocalDate on) {
        this.endOn = on;
    }

    /** Serving on the day: started, and not ended before it. */
    public boolean isCurrentOn(LocalDate day) {
        return !startOn.isAfter(day) && (endOn == null || !endOn.isBefore(day));
    }

    /** Whether the two spans share a day; an open end runs forever. */
    boolean overlaps(LocalDate start, LocalDate end) {
        LocalDate myEnd = endOn == null ? LocalDate.MAX : endOn;
        LocalDate otherEnd = end == null ? LocalDate.MAX : end;
        return !start.isAfter(myEnd) && !startOn.isAfter(otherEnd);
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public WorkerRole getRole() {
        return role;
    }

    public boolean isFullTime() {
        return fullTime;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public Education getEducation() {
        return education;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public String getDispatchingUnit() {
        return dispatchingUnit;
    }

    public LocalDate getTermEndOn() {
        return termEndOn;
    }

    public String getNote() {
        return note;
    }
}
