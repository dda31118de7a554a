package org.grassroots.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The transfer numbers domain-rules.md §5 gives with medium confidence.
 *
 * <p>{@code validityDays}: how long a letter is valid from its issue when the sender names no date
 *        (local rules: at most 3 months; one source says up to 6 months across provinces)
 * <p>{@code receiptMonths}: a sent transfer not received within this many months is overdue
 *        (the receipt is due within 1 month, 2006 instructions)
 *
 * <p>The configured values are defaults: a value the city administrator saves on /settings replaces
 * them at run time (org.grassroots.settings), so the fields are mutable and volatile.
 */
@ConfigurationProperties("grassroots.transfer")
public class TransferRules {

    private volatile Integer validityDays;
    private volatile Integer receiptMonths;

    public TransferRules(Integer validityDays, Integer receiptMonths) {
        validityDays = validityDays == null ? 90 : validityDays;
        receiptMonths = receiptMonths == null ? 1 : receiptMonths;
        this.validityDays = validityDays;
        this.receiptMonths = receiptMonths;
    }

    public Integer validityDays() {
        return validityDays;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setValidityDays(Integer validityDays) {
        this.validityDays = validityDays;
    }

    public Integer receiptMonths() {
        return receiptMonths;
    }

    /** Applies a value the city administrator saved on /settings (checked there against its bounds). */
    public void setReceiptMonths(Integer receiptMonths) {
        this.receiptMonths = receiptMonths;
    }

    public static TransferRules defaults() {
        return new TransferRules(null, null);
    }
}
