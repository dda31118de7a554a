package org.grassroots.funds;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;

/** One payment out of a community's funds: a day, a category, an amount in yuan and what it was for. */
@Entity
@Table(name = "fund_spending")
public class FundSpending extends BaseEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false)
    private LocalDate spentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundCategory category;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false)
    private String purpose;

    protected FundSpending() {
    }

    static FundSpending in(long communityId) {
        FundSpending s = new FundSpending();
        s.communityId = communityId;
        return s;
    }

    void describe(LocalDate spentOn, FundCategory category, BigDecimal amount, String purpose) {
        this.spentOn = spentOn;
        this.category = category;
        this.amount = amount;
        this.purpose = purpose;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public FundCategory getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getPurpose() {
        return purpose;
    }
}
