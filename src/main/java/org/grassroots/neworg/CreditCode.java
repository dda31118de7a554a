package org.grassroots.neworg;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) under GB 32100-2015: 18 characters from a 31-character
 * set (digits and capital letters without I, O, Z, S, V): the registering authority, the kind of
 * organization, six digits of administrative division, the nine-character organization code and a
 * check character computed over the first 17 with the weights 3^i mod 31.
 */
public final class CreditCode {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** The code when it has 18 characters of the set, six digits of division and a right check character. */
    public static Optional<CreditCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String v = raw.trim().toUpperCase();
        if (v.length() != 18 || !v.chars().allMatch(c -> CHARSET.indexOf(c) >= 0)
                || !v.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return checkChar(v.substring(0, 17)) == v.charAt(17) ? Optional.of(new CreditCode(v)) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    /** The check character of the first 17 characters (all from the set). */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
