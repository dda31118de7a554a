package org.grassroots.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;

/** A service given in a reporting period: the day, the hours, what was done and who confirmed it. */
@Entity
@Table(name = "service_record")
public class ServiceRecord extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private Long reportId;

    private Long postId;

    @Column(nullable = false)
    private LocalDate servedOn;

    @Column(nullable = false)
    private BigDecimal hours;

    @Column(nullable = false)
    private String description;

    private String confirmedBy;

    protected ServiceRecord() {
    }

    static ServiceRecord of(long reportId) {
        ServiceRecord s = new ServiceRecord();
        s.reportId = reportId;
        return s;
    }

    void record(Long post, LocalDate day, BigDecimal h, String what, String confirmer) {
        this.postId = post;
        this.servedOn = day;
        this.hours = h;
        this.description = what;
        this.confirmedBy = confirmer;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getPostId() {
        return postId;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getDescription() {
        return description;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
