package org.grassroots.meeting;

/**
 * How many organizations met a requirement in one period out of those that owed it, for a region,
 * a child region or the total of a page. Summed from compliance_rollup rows at read time.
 */
public record ComplianceRate(long required, long done) {

    public static final ComplianceRate NONE = new ComplianceRate(0, 0);

    public ComplianceRate plus(ComplianceRate other) {
        return new ComplianceRate(required + other.required, done + other.done);
    }

    /** Whole percent, rounded down: 100 only when every organization is done. */
    public int percent() {
        return required == 0 ? 0 : (int) (done * 100 / required);
    }

    /** Organizations not done: still due while the period is open, overdue once it has closed. */
    public long missing() {
        return required - done;
    }

    public boolean isEmpty() {
        return required == 0;
    }

    /**
     * The badge colour: green when everyone is done; neutral while the period is open (the rest are
     * still due); amber once it has closed with some missing. Never red: the page reminds, it does
     * not shame.
     */
    public String tone(boolean closed) {
        if (required == 0) {
            return "light";
        }
        if (done >= required) {
            return "success";
        }
        return closed ? "warning" : "secondary";
    }
}
