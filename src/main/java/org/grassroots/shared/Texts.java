package org.grassroots.shared;

/** Text as forms submit it: an empty or blank field means no value. */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text, or null when the field was left empty or blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
