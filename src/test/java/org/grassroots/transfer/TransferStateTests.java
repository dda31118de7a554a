package org.grassroots.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The derived state and the overdue rule: receipt within one month, never past the validity. */
class TransferStateTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static Stream<Arguments> cases() {
        return Stream.of(
                // state, sent days ago, valid until (days from today), shown, overdue
                Arguments.of("DRAFT", null, 80, TransferState.DRAFT, false),
                Arguments.of("DRAFT", null, -1, TransferState.DRAFT, false),
                Arguments.of("SENT", 5, 80, TransferState.SENT, false),
                Arguments.of("SENT", 30, 60, TransferState.SENT, false),
                // sent 15 May: the month runs to 15 June inclusive
                Arguments.of("SENT", 31, 60, TransferState.SENT, false),
                Arguments.of("SENT", 32, 60, TransferState.SENT, true),
                Arguments.of("SENT", 40, 50, TransferState.SENT, true),
                Arguments.of("SENT", 5, 0, TransferState.SENT, false),
                Arguments.of("SENT", 5, -1, TransferState.EXPIRED, true),
                Arguments.of("RECEIVED", 60, -1, TransferState.RECEIVED, false),
                Arguments.of("RETURNED", 60, -1, TransferState.RETURNED, false),
                Arguments.of("CANCELLED", null, -1, TransferState.CANCELLED, false));
    }

    @ParameterizedTest(name = "{0}, sent {1} days ago, valid {2} days: {3}, overdue {4}")
    @MethodSource("cases")
    void shouldDeriveTheStateAndTheOverdueFlag(String state, Integer sentAgo, int validDays, TransferState shown,
            boolean overdue) {
        MemberTransfer t = MemberTransfer.draft(null, TransferKind.WITHIN, null, null, null, null, null,
                TODAY.minusDays(100), TODAY.plusDays(validDays), "test");
        LocalDate sentOn = sentAgo == null ? null : TODAY.minusDays(sentAgo);
        switch (TransferState.valueOf(state)) {
            case SENT -> t.send(sentOn, "a");
            case RECEIVED -> {
                t.send(sentOn, "a");
                t.receive(TODAY.minusDays(1), "b");
            }
            case RETURNED -> {
                t.send(sentOn, "a");
                t.giveBack("reason", TODAY.minusDays(1), "b");
            }
            case CANCELLED -> t.cancel(TODAY.minusDays(1), "a");
            default -> {
            }
        }
        assertThat(t.effectiveState(TODAY)).isEqualTo(shown);
        assertThat(t.isOverdue(TODAY, TransferRules.defaults().receiptMonths())).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "validity {0} days by default")
    @MethodSource("defaults")
    void shouldDefaultTheSettingsFromTheRules(Integer given, int expected) {
        assertThat(new TransferRules(given, null).validityDays()).isEqualTo(expected);
    }

    static Stream<Arguments> defaults() {
        return Stream.of(Arguments.of(null, 90), Arguments.of(30, 30), Arguments.of(180, 180));
    }
}
