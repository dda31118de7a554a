package org.grassroots.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers are personal data: lists show them masked (domain-rules.md §0, PIPL). */
class MaskingTests {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "13812345678      | 138****5678",
        "' 13812345678 '  | 138****5678",
        "010-12345678     | 010****5678",
        "+8613812345678   | +86****5678",
        "0101234567       | ********67",
        "12345            | ***45",
        "12               | 12",
        "1                | 1"
    })
    void shouldHideMiddleDigitsWhenPhoneMasked(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "\"{0}\" is never shown whole")
    @ValueSource(strings = {"13812345678", "010-12345678", "0101234567", "12345"})
    void shouldNeverShowWholeNumberWhenLongerThanTwoCharacters(String phone) {
        assertThat(Masking.phone(phone)).isNotEqualTo(phone).contains("*").hasSize(phone.length() >= 11 ? 11 : phone.length());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void shouldReturnEmptyWhenPhoneMissing(String phone) {
        assertThat(Masking.phone(phone)).isEmpty();
    }
}
