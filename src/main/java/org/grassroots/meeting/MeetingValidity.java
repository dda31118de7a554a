package org.grassroots.meeting;

import java.util.List;

/**
 * Whether a meeting could decide and whether each resolution passed (domain-rules.md §1, §2):
 * a members' assembly or committee meeting is quorate with more than half of its voting members
 * present; a resolution passes with votes for from more than half of the voting members entitled to
 * attend; an election needs more than four fifths present, and a candidate is elected with votes
 * from more than half of the voters present. The record states these; it does not block saving.
 */
public record MeetingValidity(boolean applies, int entitled, int present, boolean quorate, boolean election,
        List<ResolutionResult> resolutions) {

    /** One resolution: passed or not, and whether more votes were cast than voters were present. */
    public record ResolutionResult(int position, boolean passed, boolean tooManyVotes) {
    }

    public static MeetingValidity of(MeetingType type, boolean election, List<Attendance> attendance,
            List<Resolution> resolutions) {
        int entitled = (int) attendance.stream().filter(Attendance::isVoting).count();
        int present = (int) attendance.stream()
                .filter(a -> a.isVoting() && a.getStatus() == AttendanceStatus.PRESENT).count();
        if (!type.takesVotes()) {
            return new MeetingValidity(false, entitled, present, false, false, List.of());
        }
        boolean quorate = election ? present * 5L > entitled * 4L : present * 2L > entitled;
        List<ResolutionResult> results = resolutions.stream().map(r -> {
            int cast = r.getVotesFor() + r.getVotesAgainst() + r.getVotesAbstain();
            boolean passed = quorate && (election ? r.getVotesFor() * 2L > present : r.getVotesFor() * 2L > entitled);
            return new ResolutionResult(r.getPosition(), passed, cast > present);
        }).toList();
        return new MeetingValidity(true, entitled, present, quorate, election, results);
    }
}
