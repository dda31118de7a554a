package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads one organization's compliance from the summary table org_period_status. */
@Repository
class OrgCompliance {

    /** One requirement in one period: what was expected, what was held, and what that means today. */
    record Status(MeetingRequirement requirement, Period period, int expected, int held, ComplianceStatus status) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    OrgCompliance(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The status of each requirement in the period of its frequency that contains today. A period
     * without a summary row was not owed (the organization did not exist for all of it).
     */
    List<Status> statusOf(long orgId, List<MeetingRequirement> requirements, LocalDate today) {
        if (requirements.isEmpty()) {
            return List.of();
        }
        List<Period> periods = requirements.stream().map(r -> Period.containing(r.getFrequency(), today)).toList();
        MapSqlParameterSource p = new MapSqlParameterSource("org", orgId)
                .addValue("requirements", requirements.stream().map(MeetingRequirement::getId).toList())
                .addValue("starts", periods.stream().map(Period::start).distinct().toList());
        Map<String, int[]> counts = new HashMap<>();
        jdbc.query("""
                select requirement_id, period_start, expected, held from org_period_status
                where party_org_id = :org and requirement_id in (:requirements) and period_start in (:starts)""", p,
                rs -> {
                    counts.put(rs.getLong("requirement_id") + "@" + rs.getDate("period_start").toLocalDate(),
                            new int[] {rs.getInt("expected"), rs.getInt("held")});
                });
        return java.util.stream.IntStream.range(0, requirements.size()).mapToObj(i -> {
            MeetingRequirement r = requirements.get(i);
            Period period = periods.get(i);
            int[] c = counts.getOrDefault(r.getId() + "@" + period.start(), new int[] {0, 0});
            return new Status(r, period, c[0], c[1], RequirementPolicy.status(c[0], c[1], period, today));
        }).toList();
    }
}
