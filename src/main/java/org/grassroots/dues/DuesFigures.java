package org.grassroots.dues;

import java.math.BigDecimal;

/**
 * The dues figures of a group of paying members (a child region on a level page, or the organizations
 * sitting in one region for the roll-up): paying members, those without a base, those in arrears,
 * those flagged for a long run, the open months, and what was collected this year.
 */
public record DuesFigures(long members, long noBase, long inArrears, long flagged, long arrearsMonths,
        BigDecimal collectedYear) {

    public static final DuesFigures ZERO = new DuesFigures(0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2));

    public DuesFigures {
        collectedYear = collectedYear.setScale(2);
    }

    public DuesFigures plus(DuesFigures o) {
        return new DuesFigures(members + o.members, noBase + o.noBase, inArrears + o.inArrears, flagged + o.flagged,
                arrearsMonths + o.arrearsMonths, collectedYear.add(o.collectedYear));
    }
}
