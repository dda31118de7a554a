package org.grassroots.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity card number (居民身份证号码) under GB 11643-1999: six digits of address,
 * eight of birth date, three of sequence (odd for men) and an ISO 7064 MOD 11-2 check character.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** The number when it is well formed, has a real birth date and a correct check character. */
    public static Optional<IdNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String v = raw.trim().toUpperCase();
        if (!v.matches("\\d{17}[\\dX]") || checkChar(v) != v.charAt(17) || birthDateOf(v).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IdNumber(v));
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static Optional<LocalDate> birthDateOf(String v) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
            return date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** The six address digits and the last four: {@code 110101********1234}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    public String tail() {
        return value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the full number: logs and exception messages see only the mask. */
    @Override
    public String toString() {
        return masked();
    }
}
