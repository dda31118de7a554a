package org.grassroots.funds;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.grassroots.shared.BaseEntity;

/** One line of a community's budget for a year: a category from a source, in yuan. */
@Entity
@Table(name = "fund_budget")
public class FundBudget extends BaseEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundSource source;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    private String note;

    protected FundBudget() {
    }

    static FundBudget in(long communityId) {
        FundBudget b = new FundBudget();
        b.communityId = communityId;
        return b;
    }

    void describe(int year, FundCategory category, FundSource source, BigDecimal amount, String note) {
        this.year = year;
        this.category = category;
        this.source = source;
        this.amount = amount;
        this.note = note;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public int getYear() {
        return year;
    }

    public FundCategory getCategory() {
        return category;
    }

    public FundSource getSource() {
        return source;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
