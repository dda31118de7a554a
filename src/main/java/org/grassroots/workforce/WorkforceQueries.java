package org.grassroots.workforce;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.grassroots.workforce.WorkforceViews.Choice;
import org.grassroots.workforce.WorkforceViews.CommunityFacts;
import org.grassroots.workforce.WorkforceViews.StaffingFact;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The team figures of every community under a region path prefix, in one query each. A post counts
 * on a day when it has started and has not ended before the day; a worker's age is the day's year
 * minus the birth year; residents are those recorded on the community's open grids (grid_node kind
 * GRID, not closed).
 */
@Component
class WorkforceQueries {

    private static final String CURRENT_MEMBER = "('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', "
            + "'MEMBERSHIP_SUSPENDED')";

    private static final String PREFIX = "path like :prefix || '%'";

    private static final String BASE = """
            with comm as (select id, name, path from region where level = 'COMMUNITY' and %s),
                 cur as (select w.* from community_worker w join comm c on c.id = w.community_id
                         where w.start_on <= :today and (w.end_on is null or w.end_on >= :today))
            """;

    private static final String FACTS = BASE + """
            , res as (select g.community_id, sum(g.residents) as residents from grid_node g
                      join comm c on c.id = g.community_id
                      where g.kind = 'GRID' and g.closed_on is null group by g.community_id)
            select c.id, c.name, c.path, coalesce(max(res.residents), 0) as residents,
                   count(cur.id) as headcount,
                   coalesce(sum(:year - cur.birth_year), 0) as age_sum,
                   count(cur.id) filter (where :year - cur.birth_year <= 35) as young,
                   count(cur.id) filter (where :year - cur.birth_year > 55) as old,
                   count(cur.id) filter (where cur.education in ('JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTORATE'))
                       as college,
                   count(cur.id) filter (where cur.role = 'PARTY_WORKER' and cur.full_time) as party_workers,
                   count(cur.id) filter (where cur.full_time and cur.role not in ('FIRST_SECRETARY', 'INSTRUCTOR'))
                       as staff,
                   count(cur.id) filter (where cur.role = 'SECRETARY') as secretaries,
                   count(cur.id) filter (where cur.role = 'FIRST_SECRETARY' and cur.term_end_on >= :today
                       and cur.term_end_on <= :warnUntil) as terms_ending,
                   count(cur.id) filter (where cur.role = 'FIRST_SECRETARY' and cur.term_end_on < :today)
                       as terms_ended
            from comm c left join cur on cur.community_id = c.id left join res on res.community_id = c.id
            group by c.id, c.name, c.path
            order by c.path
            """;

    private static final String STAFFING = BASE + """
            select c.id, c.name, c.path,
                   string_agg(cur.name, '、' order by cur.start_on, cur.id) filter (where cur.role = 'SECRETARY')
                       as secretary,
                   count(cur.id) filter (where cur.role = 'PARTY_WORKER' and cur.full_time) as party_workers
            from comm c left join cur on cur.community_id = c.id
            group by c.id, c.name, c.path
            order by c.path
            """;

    private final NamedParameterJdbcTemplate jdbc;

    WorkforceQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CommunityFacts> facts(String regionPrefix, LocalDate today, int warningDays) {
        return facts(PREFIX, new MapSqlParameterSource("prefix", regionPrefix), today, warningDays);
    }

    /** The same figures of the communities among the regions (every community when null), for the roll-up. */
    List<CommunityFacts> facts(Collection<Long> regionIds, LocalDate today, int warningDays) {
        return facts(among(regionIds), new MapSqlParameterSource("regions", regionIds), today, warningDays);
    }

    private List<CommunityFacts> facts(String communities, MapSqlParameterSource p, LocalDate today,
            int warningDays) {
        p.addValue("today", today).addValue("year", today.getYear())
                .addValue("warnUntil", today.plusDays(warningDays));
        return jdbc.query(FACTS.formatted(communities), p, (rs, i) -> new CommunityFacts(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)));
    }

    List<StaffingFact> staffing(String regionPrefix, LocalDate today) {
        return staffing(PREFIX, new MapSqlParameterSource("prefix", regionPrefix), today);
    }

    /** The same facts of the communities among the regions (every community when null), for the roll-up. */
    List<StaffingFact> staffing(Collection<Long> regionIds, LocalDate today) {
        return staffing(among(regionIds), new MapSqlParameterSource("regions", regionIds), today);
    }

    private static String among(Collection<Long> regionIds) {
        return regionIds == null ? "true" : "id in (:regions)";
    }

    private List<StaffingFact> staffing(String communities, MapSqlParameterSource p, LocalDate today) {
        p.addValue("today", today);
        return jdbc.query(STAFFING.formatted(communities), p, (rs, i) -> {
            String secretary = rs.getString(4);
            long workers = rs.getLong(5);
            return new StaffingFact(rs.getLong(1), rs.getString(2), rs.getString(3), secretary, workers,
                    secretary != null && workers > 0);
        });
    }

    /** Current members whose organization sits in the community or who live there, by name. */
    List<Choice> memberChoices(long communityId) {
        return jdbc.query("""
                select m.id, m.name, o.name from party_member m join party_org o on o.id = m.party_org_id
                where m.status in %s and (o.community_id = :c or m.residence_community_id = :c)
                order by m.name, m.id""".formatted(CURRENT_MEMBER), new MapSqlParameterSource("c", communityId),
                (rs, i) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }
}
