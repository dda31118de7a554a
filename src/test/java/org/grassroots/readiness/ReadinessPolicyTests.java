package org.grassroots.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.grassroots.funds.FundsViews.FundingFact;
import org.grassroots.readiness.ReadinessViews.Answer;
import org.grassroots.readiness.ReadinessViews.Reason;
import org.grassroots.regional.RegionalViews.CommunityTie;
import org.grassroots.venue.VenueViews.CommunityCheck;
import org.grassroots.venue.VenueWarning;
import org.grassroots.workforce.WorkforceViews.StaffingFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each feature's verdict worded as yes or no with the reasons, case by case. */
class ReadinessPolicyTests {

    private static final BigDecimal SHARE = new BigDecimal("0.8000");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.2");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(ReadinessPolicy.people(new StaffingFact(1, "甲", "/1/", null, 0, false)), false,
                        List.of("readiness.reason.noSecretary", "readiness.reason.noPartyWorker")),
                Arguments.of(ReadinessPolicy.people(new StaffingFact(1, "甲", "/1/", "张三", 0, false)), false,
                        List.of("readiness.reason.noPartyWorker")),
                Arguments.of(ReadinessPolicy.people(new StaffingFact(1, "甲", "/1/", null, 2, false)), false,
                        List.of("readiness.reason.noSecretary")),
                Arguments.of(ReadinessPolicy.people(new StaffingFact(1, "甲", "/1/", "张三", 1, true)), true,
                        List.of("readiness.reason.staffed")),
                Arguments.of(ReadinessPolicy.money(funding(null, "0", false, false)), false,
                        List.of("readiness.reason.noBudget")),
                Arguments.of(ReadinessPolicy.money(funding("1000", "320", true, false)), false,
                        List.of("readiness.reason.behind")),
                Arguments.of(ReadinessPolicy.money(funding("1000", "700", true, true)), true,
                        List.of("readiness.reason.onTrack")),
                Arguments.of(ReadinessPolicy.place(venue(0, List.of(VenueWarning.NO_VENUE))), false,
                        List.of("readiness.reason.noVenue")),
                Arguments.of(ReadinessPolicy.place(venue(1, List.of(VenueWarning.BELOW_STANDARD))), false,
                        List.of("readiness.reason.belowStandard")),
                Arguments.of(ReadinessPolicy.place(venue(2, List.of())), true, List.of("readiness.reason.venueMet")),
                Arguments.of(ReadinessPolicy.regional(tie(null, 0, false)), false, List.of("readiness.reason.neverMet")),
                Arguments.of(ReadinessPolicy.regional(tie(LocalDate.of(2020, 1, 5), 0, false)), false,
                        List.of("readiness.reason.noRecentMeeting")),
                Arguments.of(ReadinessPolicy.regional(tie(LocalDate.of(2020, 1, 5), 2, true)), true,
                        List.of("readiness.reason.agreements", "readiness.reason.lastMeeting")),
                Arguments.of(ReadinessPolicy.regional(null), false, List.of("readiness.reason.noRecord")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shouldFollowTheFeatureVerdictAndNameTheReasons(Answer answer, boolean met, List<String> keys) {
        assertThat(answer.met()).isEqualTo(met);
        assertThat(answer.reasons()).extracting(Reason::key).containsExactlyElementsOf(keys);
    }

    @org.junit.jupiter.api.Test
    void shouldGiveTheRateAndTheRateDueWhenBehind() {
        Answer behind = ReadinessPolicy.money(funding("1000", "320", true, false));
        assertThat(behind.reasons().get(0).args()).containsExactly("32", "60");
        Answer small = ReadinessPolicy.place(venue(1, List.of(VenueWarning.BELOW_STANDARD)));
        assertThat(small.reasons().get(0).args()).containsExactly("20", "30", "100");
    }

    private static FundingFact funding(String budget, String spent, boolean budgeted, boolean met) {
        BigDecimal b = budget == null ? BigDecimal.ZERO : new BigDecimal(budget);
        BigDecimal s = new BigDecimal(spent);
        BigDecimal rate = budget == null ? null : s.divide(b, 4, java.math.RoundingMode.HALF_UP);
        return new FundingFact(1, "甲", "/1/", b, s, rate, SHARE, TOLERANCE, budgeted, met);
    }

    private static CommunityCheck venue(long venues, List<VenueWarning> warnings) {
        return new CommunityCheck(1, "甲", "/1/", 100, venues, new BigDecimal("20.0"), new BigDecimal("30.0"), warnings);
    }

    private static CommunityTie tie(LocalDate last, long agreements, boolean active) {
        return new CommunityTie(1, "甲", 2, last, agreements, active);
    }
}
