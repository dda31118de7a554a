package org.grassroots.access;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules of the access registry in one place: a request is decided once, a refusal needs its
 * reason, a community is over the limit with more approved items in a month than the setting, the
 * burden window is the twelve months up to this one, and a month's bar is scaled to the row's busiest
 * month (0–10, in CSS classes: the pages carry no inline styles).
 */
@Component
public class AccessPolicy {

    static final int MONTHS = 12;
    static final int BAR_STEPS = 10;

    private final AccessRules rules;

    public AccessPolicy(AccessRules rules) {
        this.rules = rules;
    }

    public int monthlyLimit() {
        return rules.monthlyLimit();
    }

    /** More approved items in one month than the limit. */
    public boolean overLimit(long approvedInMonth) {
        return approvedInMonth > rules.monthlyLimit();
    }

    /**
     * Why this decision cannot be taken (a message key), or null when it can: a decided request is not
     * decided again, a refusal needs a reason, and only APPROVED or REFUSED are decisions.
     */
    public static String decisionError(AccessStatus current, AccessStatus outcome, String note) {
        if (current.isDecided()) {
            return "access.error.alreadyDecided";
        }
        if (!outcome.isDecided()) {
            return "access.error.notADecision";
        }
        if (outcome == AccessStatus.REFUSED && (note == null || note.isBlank())) {
            return "access.note.requiredForRefusal";
        }
        return null;
    }

    /** Only a request still waiting for its decision may be amended. */
    public static boolean editable(AccessStatus status) {
        return !status.isDecided();
    }

    /** The twelve months up to and including today's, oldest first. */
    public static List<YearMonth> window(LocalDate today) {
        YearMonth last = YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>(MONTHS);
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        return months;
    }

    /** A month's bar height in steps of 0–10 relative to the busiest month; any item shows at least 1. */
    public static int barLevel(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(BAR_STEPS, Math.round(BAR_STEPS * (double) count / max)));
    }

    /** -1, 0 or 1: a month against the one before it (the pages use the last full month). */
    public static int trend(long previous, long last) {
        return Long.compare(last, previous);
    }
}
