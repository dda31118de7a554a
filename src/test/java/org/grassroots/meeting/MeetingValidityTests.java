package org.grassroots.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whether a meeting could decide and whether its resolutions passed, one row per rule of
 * ../shared/docs/domain-rules.md:
 * §2 (Branch Regs Art. 11, 12): a members' assembly or committee meeting is quorate with more than
 * half of its voting members present; a resolution passes with votes for from more than half of the
 * voting members entitled to attend (not of those present).
 * §1 (Election Regs): an election needs more than 4/5 of the voters present, and a candidate is
 * elected with votes from more than half of the voters actually present.
 * §1 (Election Regs Art. 5, Const. Art. 7): probationary members attend without a vote and count
 * neither as entitled nor as present.
 */
class MeetingValidityTests {

    static Stream<Arguments> cases() {
        return Stream.of(
                // rule, type, election, voting present, voting absent/excused, probationary present,
                // votes for/against/abstain (-1: no resolution), quorate, passed, too many votes
                Arguments.of("§2 assembly: 7 of 12 voting present is more than half", MeetingType.MEMBERS_ASSEMBLY,
                        false, 7, 5, 0, -1, 0, 0, true, null, false),
                Arguments.of("§2 assembly: exactly half (6 of 12) is not more than half",
                        MeetingType.MEMBERS_ASSEMBLY, false, 6, 6, 0, -1, 0, 0, false, null, false),
                Arguments.of("§1 probationary members do not count: 6 of 12 voting plus 3 probationary is not quorate",
                        MeetingType.MEMBERS_ASSEMBLY, false, 6, 6, 3, -1, 0, 0, false, null, false),
                Arguments.of("§2 resolution: 7 for of 12 entitled passes", MeetingType.MEMBERS_ASSEMBLY, false, 9, 3, 0,
                        7, 1, 1, true, true, false),
                Arguments.of("§2 resolution: 6 for of 12 entitled fails although it is most of the 9 present",
                        MeetingType.MEMBERS_ASSEMBLY, false, 9, 3, 0, 6, 2, 1, true, false, false),
                Arguments.of("§2 resolution: probationary members present do not widen the denominator",
                        MeetingType.MEMBERS_ASSEMBLY, false, 9, 3, 4, 7, 2, 0, true, true, false),
                Arguments.of("§2 resolution: no meeting, no decision: all 6 present for, not quorate",
                        MeetingType.MEMBERS_ASSEMBLY, false, 6, 6, 0, 6, 0, 0, false, false, false),
                Arguments.of("§2 votes: more votes cast than voters present are flagged", MeetingType.MEMBERS_ASSEMBLY,
                        false, 7, 5, 0, 7, 1, 0, true, true, true),
                Arguments.of("§2 committee (Art. 12): 3 of 5 committee members present is quorate",
                        MeetingType.BRANCH_COMMITTEE, false, 3, 2, 0, 3, 0, 0, true, true, false),
                Arguments.of("§2 committee (Art. 12): 2 of 5 is not", MeetingType.BRANCH_COMMITTEE, false, 2, 3, 0, -1, 0,
                        0, false, null, false),
                Arguments.of("§1 election: 9 of 10 present is more than four fifths", MeetingType.MEMBERS_ASSEMBLY, true,
                        9, 1, 0, -1, 0, 0, true, null, false),
                Arguments.of("§1 election: exactly four fifths (8 of 10) is not enough", MeetingType.MEMBERS_ASSEMBLY,
                        true, 8, 2, 0, 8, 0, 0, false, false, false),
                Arguments.of("§1 election: 7 of 8 probationary excluded: 7 of 8 voting is more than four fifths",
                        MeetingType.MEMBERS_ASSEMBLY, true, 7, 1, 2, -1, 0, 0, true, null, false),
                Arguments.of("§1 elected: 5 votes of 9 present is more than half of those present",
                        MeetingType.MEMBERS_ASSEMBLY, true, 9, 1, 0, 5, 3, 1, true, true, false),
                Arguments.of("§1 not elected: 4 votes of 9 present (not of 10 entitled) is not more than half",
                        MeetingType.MEMBERS_ASSEMBLY, true, 9, 1, 0, 4, 4, 1, true, false, false),
                Arguments.of("§2 a theme day takes no votes: no validity applies", MeetingType.THEME_DAY, false, 2, 10, 0,
                        -1, 0, 0, false, null, false));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("quorum, resolutions and elections (domain-rules.md §1, §2)")
    @MethodSource("cases")
    void shouldJudgeMeetingWhenAttendanceAndVotesAreGiven(String rule, MeetingType type, boolean election,
            int votingPresent, int votingAway, int probationaryPresent, int votesFor, int votesAgainst,
            int votesAbstain, boolean quorate, Boolean passed, boolean tooManyVotes) {
        List<Attendance> attendance = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < votingPresent; i++) {
            attendance.add(new Attendance(id++, AttendanceStatus.PRESENT, true, null));
        }
        for (int i = 0; i < votingAway; i++) {
            attendance.add(new Attendance(id++, i % 2 == 0 ? AttendanceStatus.ABSENT : AttendanceStatus.EXCUSED, true,
                    null));
        }
        for (int i = 0; i < probationaryPresent; i++) {
            attendance.add(new Attendance(id++, AttendanceStatus.PRESENT, false, null));
        }
        List<Resolution> resolutions = votesFor < 0 ? List.of()
                : List.of(new Resolution(null, 1, "resolution", votesFor, votesAgainst, votesAbstain));

        MeetingValidity v = MeetingValidity.of(type, election, attendance, resolutions);

        assertThat(v.applies()).as(rule).isEqualTo(type.takesVotes());
        assertThat(v.entitled()).as(rule).isEqualTo(votingPresent + votingAway);
        assertThat(v.present()).as(rule).isEqualTo(votingPresent);
        assertThat(v.quorate()).as(rule).isEqualTo(quorate);
        assertThat(v.election()).as(rule).isEqualTo(election && type.takesVotes());
        if (passed == null) {
            assertThat(v.resolutions()).as(rule).isEmpty();
        } else {
            assertThat(v.resolutions()).as(rule).singleElement().satisfies(r -> {
                assertThat(r.passed()).as(rule + ": passed").isEqualTo(passed);
                assertThat(r.tooManyVotes()).as(rule + ": too many votes").isEqualTo(tooManyVotes);
            });
        }
    }
}
