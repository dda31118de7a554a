package org.grassroots.settings;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One editable city setting: the property it overrides, its group on the page, its type and bounds,
 * and how its value reaches the feature's rules bean. Values travel as canonical text ("300", "0.2",
 * "true"), the form the {@code city_setting} table stores. Labels and help come from the messages
 * {@code settings.label.<name>} and {@code settings.help.<name>}, where the name is the key without
 * {@code grassroots.}.
 *
 * @param key the property name, e.g. {@code grassroots.grid.max-households}
 * @param group the group on the page (message {@code settings.group.<group>})
 * @param kind whole number, decimal (at most two places) or yes/no
 * @param min the smallest value allowed (null for yes/no)
 * @param max the largest value allowed (null for yes/no)
 * @param unit the unit's message key suffix ({@code settings.unit.<unit>}), or null
 * @param divides a whole value must divide this number (12 for months of a year), or 0
 * @param current reads the rules bean's value as canonical text
 * @param apply parses canonical text and sets it on the rules bean
 * @param defaultValue the configured value, read once before any stored value was applied
 */
public record Setting(String key, String group, Kind kind, BigDecimal min, BigDecimal max, String unit, int divides,
        Supplier<String> current, Consumer<String> apply, String defaultValue) {

    private static final String PREFIX = "grassroots.";
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,9}(\\.\\d{1,2})?");

    public enum Kind { WHOLE, DECIMAL, FLAG }

    /** What a typed value is: its canonical text, or the message of its problem with the arguments. */
    public record Parsed(String value, String error, Object[] args) {

        static Parsed ok(String value) {
            return new Parsed(value, null, new Object[0]);
        }

        static Parsed problem(String error, Object... args) {
            return new Parsed(null, error, args);
        }

        boolean valid() {
            return error == null;
        }
    }

    /** The key without {@code grassroots.}: the suffix of its messages and of its field names on the page. */
    public String name() {
        return key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
    }

    /** Checks a typed value against the type and the bounds; surrounding blanks are ignored. */
    Parsed parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return Parsed.problem("settings.error.required");
        }
        if (kind == Kind.FLAG) {
            return "true".equals(text) || "false".equals(text) ? Parsed.ok(text) : Parsed.problem("settings.error.flag");
        }
        if (!(kind == Kind.WHOLE ? WHOLE : DECIMAL).matcher(text).matches()) {
            return Parsed.problem(kind == Kind.WHOLE ? "settings.error.whole" : "settings.error.decimal");
        }
        BigDecimal number = new BigDecimal(text);
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            return Parsed.problem("settings.error.range", plain(min), plain(max));
        }
        if (divides > 0 && (number.signum() <= 0 || divides % number.intValueExact() != 0)) {
            return Parsed.problem("settings.error.divides", divides);
        }
        return Parsed.ok(plain(number));
    }

    static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
