package org.grassroots.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read API's plain rules, table by table: paging parameters, token validity, slicing a list. */
class ApiRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest(name = "page={0} size={1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "-, -, 0/20",
            "0, 1, 0/1",
            "3, 100, 3/100",
            "1000000, 100, 1000000/100",
            "-1, 20, page",
            "1000001, 20, page",
            "0, 0, size",
            "0, 101, size",
            "0, -5, size"})
    void shouldAcceptOnlyPagesFromZeroAndSizesUpToAHundred(Integer page, Integer size, String expected) {
        if (expected.contains("/")) {
            Paging p = Paging.of(page, size);
            assertThat(p.page() + "/" + p.size()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> Paging.of(page, size)).isInstanceOf(ApiBadRequest.class)
                    .extracting(e -> ((ApiBadRequest) e).parameter()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "expires {0}, revoked {1} -> usable {2}")
    @CsvSource(nullValues = "-", value = {
            "-, false, true",
            "2026-11-27, false, true",
            "2026-11-28, false, true",
            "2026-11-26, false, false",
            "-, true, false",
            "2027-01-01, true, false"})
    void shouldUseATokenThroughItsLastDayUnlessRevoked(LocalDate expiresOn, boolean revoked, boolean usable) {
        ApiToken token = ApiToken.issue(1, "t", "h", "gr_12345", expiresOn, Instant.parse("2026-01-01T00:00:00Z"));
        if (revoked) {
            token.revoke(Instant.parse("2026-02-01T00:00:00Z"));
        }
        assertThat(token.isUsableOn(TODAY)).isEqualTo(usable);
        assertThat(token.isExpiredOn(TODAY)).isEqualTo(expiresOn != null && expiresOn.isBefore(TODAY));
    }

    @ParameterizedTest(name = "{0} rows, page {1} of {2} -> {3}")
    @CsvSource({
            "0, 0, 20, ''",
            "5, 0, 2, '0,1'",
            "5, 2, 2, '4'",
            "5, 3, 2, ''",
            "5, 1000000, 100, ''"})
    void shouldSliceAPageAndKeepTheWholeTotal(int rows, int page, int size, String expected) {
        List<Integer> all = IntStream.range(0, rows).boxed().toList();
        ApiViews.PageOf<Integer> p = ApiViews.PageOf.of(all, new Paging(page, size));
        assertThat(p.items().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""))
                .isEqualTo(expected);
        assertThat(p.total()).isEqualTo(rows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"gr_abc", "demo:street:1", "''"})
    void shouldHashToSixtyFourHexCharacters(String value) {
        assertThat(TokenService.hash(value)).matches("[0-9a-f]{64}").isNotEqualTo(TokenService.hash(value + "x"));
    }
}
