package org.grassroots.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A member's dues category and monthly base (wage or pension) from a month on. Append-only: a later
 * row supersedes an earlier one, so the history of bases stays as recorded.
 */
@Entity
@Table(name = "dues_base")
public class DuesBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Convert(converter = MonthConverter.class)
    @Column(name = "effective_month", nullable = false, updatable = false)
    private YearMonth effectiveMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DuesCategory category;

    @Column(name = "monthly_base", updatable = false)
    private BigDecimal monthlyBase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private BaseKind kind;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected DuesBase() {
    }

    static DuesBase record(long memberId, YearMonth effective, DuesCategory category, BigDecimal monthlyBase,
            BaseKind kind, String note, String by, Instant at) {
        DuesBase b = new DuesBase();
        b.memberId = memberId;
        b.effectiveMonth = effective;
        b.category = category;
        b.monthlyBase = category.hasBase() ? monthlyBase : null;
        b.kind = kind;
        b.note = note;
        b.recordedBy = by;
        b.recordedAt = at;
        return b;
    }

    DuesPolicy.Base rule() {
        return new DuesPolicy.Base(id, effectiveMonth, category, monthlyBase, kind);
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public YearMonth getEffectiveMonth() {
        return effectiveMonth;
    }

    public DuesCategory getCategory() {
        return category;
    }

    public BigDecimal getMonthlyBase() {
        return monthlyBase;
    }

    public BaseKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
