package org.grassroots.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.Masking;

/**
 * One reporting period [reportedOn, validUntil] of an in-service member at their residence community
 * (在职党员到社区报到): a member of the system, linked, or anyone else by name and phone, with the
 * employer and the employer's Party organization. Re-reporting opens the next period; a period may
 * end early (endedOn, its last day). Rows are never deleted.
 */
@Entity
@Table(name = "member_report")
public class MemberReport extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private Long communityId;

    private Long memberId;
    private String personName;
    private String personPhone;

    @Column(nullable = false)
    private String employerName;

    private Long employerOrgId;
    private String employerOrgName;
    private Long employerUnitId;

    @Column(nullable = false)
    private LocalDate reportedOn;

    @Column(nullable = false)
    private LocalDate validUntil;

    private LocalDate endedOn;
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_report_post", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "post_id")
    private Set<Long> postIds = new TreeSet<>();

    protected MemberReport() {
    }

    static MemberReport in(long communityId) {
        MemberReport r = new MemberReport();
        r.communityId = communityId;
        return r;
    }

    /** The person: a member of the system (their Party organization is the employer's), or a named outsider. */
    void person(Long member, Long memberOrgId, String name, String phone, String orgName) {
        this.memberId = member;
        this.personName = member == null ? name : null;
        this.personPhone = member == null ? phone : null;
        this.employerOrgId = member == null ? null : memberOrgId;
        this.employerOrgName = member == null ? orgName : null;
    }

    void employer(String name, Long unitId) {
        this.employerName = name;
        this.employerUnitId = unitId;
    }

    void period(LocalDate from, LocalDate until, String newNote) {
        this.reportedOn = from;
        this.validUntil = until;
        this.note = newNote;
    }

    void posts(Collection<Long> ids) {
        postIds.clear();
        postIds.addAll(ids);
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    /** The last day the period covers: its end, or the day it was ended. */
    public LocalDate lastDay() {
        return endedOn != null && endedOn.isBefore(validUntil) ? endedOn : validUntil;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(reportedOn) && !day.isAfter(lastDay());
    }

    public boolean isEnded() {
        return endedOn != null;
    }

    public boolean samePerson(MemberReport other) {
        if (memberId != null || other.memberId != null) {
            return Objects.equals(memberId, other.memberId);
        }
        return Objects.equals(personName, other.personName) && Objects.equals(personPhone, other.personPhone);
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonPhone() {
        return personPhone;
    }

    public String getPersonPhoneMasked() {
        return Masking.phone(personPhone);
    }

    public String getEmployerName() {
        return employerName;
    }

    public Long getEmployerOrgId() {
        return employerOrgId;
    }

    public String getEmployerOrgName() {
        return employerOrgName;
    }

    public Long getEmployerUnitId() {
        return employerUnitId;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getNote() {
        return note;
    }

    public Set<Long> getPostIds() {
        return Set.copyOf(postIds);
    }
}
