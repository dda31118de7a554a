package org.grassroots.neworg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015 check characters, on codes of the real format. */
class CreditCodeTests {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {
        "91350100M000100Y43", // the example of the standard
        "91110108551385082Q", // an enterprise registered in Haidian, Beijing
        "91440300708461136T", // an enterprise registered in Shenzhen
        " 91440300708461136t ", // typed with spaces and a small letter
    })
    void shouldAcceptCodeWhenCheckCharacterIsRight(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.parse(code)).get().extracting(CreditCode::value).isEqualTo(code.trim().toUpperCase());
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
        "91350100M000100Y44", // wrong check character
        "91110108551385082R", // wrong check character
        "91440300708461136X", // wrong check character
        "91440300708461163T", // two characters swapped
        "9144030070846113T", // 17 characters
        "914403007084611360T", // 19 characters
        "9144030070846I136T", // I is not in the set
        "91440300708461O36T", // O is not in the set
        "914A0300708461136T", // the division is not six digits
        "91440300-08461136T",
    })
    void shouldRefuseCodeWhenItIsMalformedOrCheckCharacterIsWrong(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void shouldRefuseNothing(String code) {
        assertThat(CreditCode.parse(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"91350100M000100Y4, 3", "91110108551385082, Q", "91440300708461136, T", "00000000000000000, 0"})
    void shouldComputeCheckCharacterOfFirstSeventeen(String first17, char check) {
        assertThat(CreditCode.checkChar(first17)).isEqualTo(check);
    }
}
