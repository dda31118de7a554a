package org.grassroots.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The transfer numbers domain-rules.md §5 gives with medium confidence.
 *
 * @param validityDays how long a letter is valid from its issue when the sender names no date
 *        (local rules: at most 3 months; one source says up to 6 months across provinces)
 * @param receiptMonths a sent transfer not received within this many months is overdue
 *        (the receipt is due within 1 month, 2006 instructions)
 */
@ConfigurationProperties("grassroots.transfer")
public record TransferRules(Integer validityDays, Integer receiptMonths) {

    public TransferRules {
        validityDays = validityDays == null ? 90 : validityDays;
        receiptMonths = receiptMonths == null ? 1 : receiptMonths;
    }

    public static TransferRules defaults() {
        return new TransferRules(null, null);
    }
}
