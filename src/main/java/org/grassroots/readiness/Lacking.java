package org.grassroots.readiness;

import java.util.Locale;

/** The list filter: every community (no filter), those lacking any part, or those lacking one part. */
public enum Lacking {
    ANY(null),
    PEOPLE(Indicator.PEOPLE),
    MONEY(Indicator.MONEY),
    PLACE(Indicator.PLACE),
    REGIONAL(Indicator.REGIONAL);

    private final Indicator indicator;

    Lacking(Indicator indicator) {
        this.indicator = indicator;
    }

    /** The filter named (any case), or null (every community) for a blank or unknown value. */
    static Lacking of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (Lacking l : values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }

    /** Whether the community passes this filter. */
    boolean matches(ReadinessViews.CommunityReadiness c) {
        return indicator == null ? !c.all() : !c.answer(indicator).met();
    }
}
