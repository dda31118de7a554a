package org.grassroots.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 11643-1999 resident ID numbers. The valid numbers below were computed by hand from the
 * standard's ISO 7064 MOD 11-2 definition (weight of position i is 2^(17-i) mod 11, check value
 * (12 - sum mod 11) mod 11, 10 written as X), not with {@link IdNumber#checkChar}.
 */
class IdNumberTests {

    @ParameterizedTest(name = "{0} is valid")
    @DisplayName("GB 11643-1999: a well-formed number with a real birth date and the right check character is valid")
    @ValueSource(strings = {
        "11010519491231002X", // the standard's own example; check value 10 → X
        "440304199003072347",
        "310115198506151236",
        "520102200002290010", // 29 February of a leap year; check character 0
        "320106197011103006",
        "110101190001011236" // 1900-01-01, the earliest year accepted
    })
    void shouldAcceptNumberWhenCheckCharacterAndDateAreCorrect(String number) {
        assertThat(IdNumber.isValid(number)).isTrue();
        assertThat(IdNumber.parse(number)).get().extracting(IdNumber::value).isEqualTo(number);
    }

    @ParameterizedTest(name = "check character of {0} is {1}")
    @DisplayName("GB 11643-1999: ISO 7064 MOD 11-2 check character of the first 17 digits")
    @CsvSource({
        "11010519491231002, X",
        "44030419900307234, 7",
        "52010220000229001, 0",
        "11010119790101001, 1",
        "11010119790101003, 8",
        "11010119790101006, 2"
    })
    void shouldComputeCheckCharacterWhenGivenFirstSeventeenDigits(String first17, char expected) {
        assertThat(IdNumber.checkChar(first17)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is rejected: {1}")
    @DisplayName("GB 11643-1999: malformed numbers, wrong check characters and impossible dates are rejected")
    @CsvSource(delimiter = '|', value = {
        "110105194912310021  | wrong check character (should be X)",
        "440304199003072346  | wrong check character (should be 7)",
        "110101199902301231  | 1999-02-30 does not exist (check character is right)",
        "11010119991301123X  | month 13 (check character is right)",
        "11010119990229123X  | 1999 is not a leap year (check character is right)",
        "440524188001010014  | born 1880: checksum is right but years before 1900 are refused",
        "11010519491231002   | 17 digits",
        "11010519491231002X1 | 19 characters",
        "11010519491231002A  | a letter other than X as check character",
        "1101051949123100X2  | X before the last position",
        "ABCDEF19491231002X  | letters in the address part",
        "110105 19491231002X | space inside the number"
    })
    void shouldRejectNumberWhenMalformedOrChecksumOrDateWrong(String number, String reason) {
        assertThat(IdNumber.isValid(number)).as(reason).isFalse();
        assertThat(IdNumber.parse(number)).as(reason).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void shouldRejectNumberWhenNullOrBlank(String number) {
        assertThat(IdNumber.isValid(number)).isFalse();
        assertThat(IdNumber.parse(number)).isEmpty();
    }

    @Test
    @DisplayName("a lowercase x check character is accepted and stored as X")
    void shouldAcceptAndUpperCaseWhenCheckCharacterIsLowercaseX() {
        assertThat(IdNumber.parse("11010519491231002x")).get()
                .extracting(IdNumber::value).isEqualTo("11010519491231002X");
        assertThat(IdNumber.parse("11010519491231002x")).contains(IdNumber.parse("11010519491231002X").orElseThrow());
    }

    @Test
    void shouldIgnoreSurroundingWhitespaceWhenParsing() {
        assertThat(IdNumber.parse("  310115198506151236\t")).get()
                .extracting(IdNumber::value).isEqualTo("310115198506151236");
    }

    @ParameterizedTest(name = "{0} → born {1}, male={2}")
    @DisplayName("GB 11643-1999: digits 7–14 are the birth date; the 17th digit is odd for men")
    @CsvSource({
        "11010519491231002X, 1949-12-31, false",
        "310115198506151236, 1985-06-15, true",
        "520102200002290010, 2000-02-29, true",
        "320106197011103006, 1970-11-10, false",
        "110101197901010038, 1979-01-01, true",
        "110101197901010046, 1979-01-01, false"
    })
    void shouldReadBirthDateAndSexWhenNumberIsValid(String number, LocalDate birthDate, boolean male) {
        IdNumber id = IdNumber.parse(number).orElseThrow();
        assertThat(id.birthDate()).isEqualTo(birthDate);
        assertThat(id.isMale()).isEqualTo(male);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "11010519491231002X, 110105********002X",
        "310115198506151236, 310115********1236"
    })
    void shouldKeepFirstSixAndLastFourWhenMasked(String number, String masked) {
        IdNumber id = IdNumber.parse(number).orElseThrow();
        assertThat(id.masked()).isEqualTo(masked).hasSize(18);
        assertThat(id.tail()).isEqualTo(number.substring(14));
    }

    @Test
    @DisplayName("toString (logs, exception messages) never shows the full number or its birth date")
    void shouldNotRevealFullNumberWhenPrinted() {
        IdNumber id = IdNumber.parse("310115198506151236").orElseThrow();
        assertThat(id.toString()).isEqualTo(id.masked())
                .doesNotContain("310115198506151236")
                .doesNotContain("19850615");
        assertThat("member " + id).doesNotContain("310115198506151236");
        assertThat(String.valueOf(id)).doesNotContain("19850615");
    }

    @Test
    void shouldBeEqualWhenSameNumber() {
        assertThat(IdNumber.parse("310115198506151236")).contains(IdNumber.parse("310115198506151236").orElseThrow());
        assertThat(IdNumber.parse("310115198506151236").orElseThrow())
                .isNotEqualTo(IdNumber.parse("320106197011103006").orElseThrow())
                .hasSameHashCodeAs(IdNumber.parse("310115198506151236").orElseThrow());
    }
}
