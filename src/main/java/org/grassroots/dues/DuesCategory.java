package org.grassroots.dues;

import org.grassroots.member.Occupation;

/**
 * How a member pays dues (domain-rules.md §4): in service and retired members by brackets of a monthly
 * base, farmers a fixed amount set by the city, students, the unemployed and people on relief 0.20
 * yuan a month. Labels: dues.category.&lt;NAME&gt;.
 */
public enum DuesCategory {
    IN_SERVICE, RETIRED, FARMER, STUDENT, UNEMPLOYED, RELIEF;

    /** Only the bracket categories need a monthly base (wage or pension); the others pay a fixed amount. */
    public boolean hasBase() {
        return this == IN_SERVICE || this == RETIRED;
    }

    /** The category a member's occupation suggests; the secretary may choose another. */
    public static DuesCategory suggestedFor(Occupation occupation) {
        if (occupation == null) {
            return IN_SERVICE;
        }
        return switch (occupation) {
            case RETIRED -> RETIRED;
            case FARMER -> FARMER;
            case STUDENT -> STUDENT;
            case UNEMPLOYED -> UNEMPLOYED;
            default -> IN_SERVICE;
        };
    }
}
