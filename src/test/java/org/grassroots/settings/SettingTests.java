package org.grassroots.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a typed value is checked against a setting's type and bounds. */
class SettingTests {

    private static Setting of(Setting.Kind kind, String min, String max, int divides) {
        AtomicReference<String> value = new AtomicReference<>("1");
        return new Setting("grassroots.test.value", "test", kind, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), null, divides, value::get, value::set, "1");
    }

    @ParameterizedTest(name = "whole 1..12 dividing 12: \"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "3|3|NULL", "' 12 '|12|NULL", "1|1|NULL", "6|6|NULL",
            "5|NULL|settings.error.divides", "7|NULL|settings.error.divides",
            "0|NULL|settings.error.range", "13|NULL|settings.error.range", "-4|NULL|settings.error.range",
            "3.0|NULL|settings.error.whole", "abc|NULL|settings.error.whole", "1e3|NULL|settings.error.whole",
            "9999999999|NULL|settings.error.whole", "''|NULL|settings.error.required"})
    void shouldCheckWholeNumbers(String typed, String value, String error) {
        Setting.Parsed parsed = of(Setting.Kind.WHOLE, "1", "12", 12).parse(typed);
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.error()).isEqualTo(error);
    }

    @ParameterizedTest(name = "decimal 0.2..1: \"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "0.5|0.5|NULL", "0.50|0.5|NULL", "1|1|NULL", "1.00|1|NULL", "0.2|0.2|NULL",
            "0.19|NULL|settings.error.range", "1.01|NULL|settings.error.range",
            "0.505|NULL|settings.error.decimal", "x|NULL|settings.error.decimal", "1,5|NULL|settings.error.decimal"})
    void shouldCheckDecimals(String typed, String value, String error) {
        Setting.Parsed parsed = of(Setting.Kind.DECIMAL, "0.2", "1", 0).parse(typed);
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.error()).isEqualTo(error);
    }

    @ParameterizedTest(name = "flag: \"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "true|true|NULL", "false|false|NULL", "yes|NULL|settings.error.flag", "TRUE|NULL|settings.error.flag"})
    void shouldCheckFlags(String typed, String value, String error) {
        Setting.Parsed parsed = of(Setting.Kind.FLAG, null, null, 0).parse(typed);
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.error()).isEqualTo(error);
    }
}
