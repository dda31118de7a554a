package org.grassroots.shared;

/** Masks personal data for lists and logs. */
public final class Masking {

    private Masking() {
    }

    /** {@code 13812345678} → {@code 138****5678}; short or blank numbers keep only their last two characters. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.trim();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
        }
        return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
    }
}
