package org.grassroots.volunteer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.grassroots.shared.Masking;
import org.grassroots.volunteer.VolunteerViews.ActivityRow;
import org.grassroots.volunteer.VolunteerViews.Choice;
import org.grassroots.volunteer.VolunteerViews.Filter;
import org.grassroots.volunteer.VolunteerViews.ServiceRow;
import org.grassroots.volunteer.VolunteerViews.VolunteerRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-side look-ups of the volunteer pages, straight from the tables and filtered by the region
 * prefix of a region in scope: lists, totals per community, and the members who may be chosen.
 */
@Component
class VolunteerQueries {

    static final String CURRENT_STATUSES = "('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', "
            + "'MEMBERSHIP_SUSPENDED')";

    /** Per community: current volunteers, activities in the year, hours in the year and in the quarter. */
    record Person(long id, String name, String phone, String orgName) {
    }

    private static final String PERSON_NAME = "coalesce(m.name, v.person_name)";

    private final NamedParameterJdbcTemplate jdbc;

    VolunteerQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- volunteers

    long countVolunteers(String prefix, String q, Filter filter) {
        MapSqlParameterSource p = params(prefix).addValue("pattern", pattern(q));
        return jdbc.queryForObject("select count(*) " + volunteersFrom(q, filter), p, Long.class);
    }

    List<VolunteerRow> volunteers(String prefix, String q, Filter filter, LocalDate yearStart, LocalDate yearEnd,
            int limit, int offset) {
        MapSqlParameterSource p = params(prefix).addValue("pattern", pattern(q)).addValue("from", yearStart)
                .addValue("to", yearEnd).addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("""
                select v.id, v.community_id, c.name, v.member_id, %s, coalesce(m.phone, v.person_phone), v.skills,
                       v.registered_on, v.left_on,
                       (select coalesce(sum(h.hours), 0)::numeric(12, 1) from volunteer_hours h
                        join volunteer_activity a on a.id = h.activity_id
                        where h.volunteer_id = v.id and a.held_on between :from and :to) as hours
                """.formatted(PERSON_NAME) + volunteersFrom(q, filter)
                + " order by v.left_on is not null, c.code, 5, v.id limit :limit offset :offset", p,
                (rs, i) -> new VolunteerRow(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
                        rs.getString(5), Masking.phone(rs.getString(6)), rs.getString(7), date(rs, 8), date(rs, 9),
                        rs.getBigDecimal(10)));
    }

    private static String volunteersFrom(String q, Filter filter) {
        String sql = """
                from volunteer v join region c on c.id = v.community_id
                left join party_member m on m.id = v.member_id
                where c.path like :prefix || '%'
                """;
        sql += switch (filter) {
            case CURRENT -> " and v.left_on is null";
            case LEFT -> " and v.left_on is not null";
            case ALL -> "";
        };
        if (q != null) {
            sql += " and (" + PERSON_NAME + " ilike :pattern escape '\\' or v.skills ilike :pattern escape '\\')";
        }
        return sql;
    }

    /** The activities a volunteer served in, latest first. */
    List<ServiceRow> servicesOf(long volunteerId) {
        return jdbc.query("""
                select a.id, a.title, a.held_on, h.hours from volunteer_hours h
                join volunteer_activity a on a.id = h.activity_id
                where h.volunteer_id = :v order by a.held_on desc, a.id desc""",
                new MapSqlParameterSource("v", volunteerId),
                (rs, i) -> new ServiceRow(rs.getLong(1), rs.getString(2), date(rs, 3), rs.getBigDecimal(4)));
    }

    // ---------------------------------------------------------------- activities

    long countActivities(String prefix, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select count(*) " + ACTIVITIES_FROM,
                params(prefix).addValue("from", from).addValue("to", to), Long.class);
    }

    private static final String ACTIVITIES_FROM = """
            from volunteer_activity a join region c on c.id = a.community_id
            where c.path like :prefix || '%' and a.held_on between :from and :to
            """;

    List<ActivityRow> activities(String prefix, LocalDate from, LocalDate to, int limit, int offset) {
        return jdbc.query("""
                select a.id, a.community_id, c.name, a.title, a.held_on, a.place,
                       (select count(*) from volunteer_hours h where h.activity_id = a.id),
                       (select coalesce(sum(h.hours), 0)::numeric(12, 1) from volunteer_hours h
                        where h.activity_id = a.id)
                """ + ACTIVITIES_FROM + " order by a.held_on desc, a.id desc limit :limit offset :offset",
                params(prefix).addValue("from", from).addValue("to", to).addValue("limit", limit)
                        .addValue("offset", offset),
                (rs, i) -> new ActivityRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), date(rs, 5),
                        rs.getString(6), rs.getLong(7), rs.getBigDecimal(8)));
    }

    /** The years that have activities in the region, latest first. */
    List<Integer> activityYears(String prefix) {
        return jdbc.queryForList("""
                select distinct extract(year from a.held_on)::int as y from volunteer_activity a
                join region c on c.id = a.community_id where c.path like :prefix || '%' order by y desc""",
                params(prefix), Integer.class);
    }

    /** Volunteers of the community who served on the day (registered, not gone before it), by name. */
    List<Choice> eligibleOn(long communityId, LocalDate day) {
        return jdbc.query("""
                select v.id, %s, v.skills from volunteer v left join party_member m on m.id = v.member_id
                where v.community_id = :c and v.registered_on <= :day and (v.left_on is null or v.left_on >= :day)
                order by 2, v.id""".formatted(PERSON_NAME),
                new MapSqlParameterSource("c", communityId).addValue("day", day),
                (rs, i) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    // ---------------------------------------------------------------- totals

    List<VolunteerFigures> totals(String prefix, LocalDate yearStart, LocalDate yearEnd, LocalDate quarterStart,
            LocalDate quarterEnd) {
        return totals("path like :prefix || '%'", params(prefix), yearStart, yearEnd, quarterStart, quarterEnd);
    }

    /** The totals of the communities among the regions (every community when null), for the roll-up. */
    List<VolunteerFigures> totals(Collection<Long> regionIds, LocalDate yearStart, LocalDate yearEnd,
            LocalDate quarterStart, LocalDate quarterEnd) {
        return totals(regionIds == null ? "true" : "id in (:regions)", new MapSqlParameterSource("regions", regionIds),
                yearStart, yearEnd, quarterStart, quarterEnd);
    }

    private List<VolunteerFigures> totals(String communities, MapSqlParameterSource params, LocalDate yearStart,
            LocalDate yearEnd, LocalDate quarterStart, LocalDate quarterEnd) {
        MapSqlParameterSource p = params.addValue("ys", yearStart).addValue("ye", yearEnd)
                .addValue("qs", quarterStart).addValue("qe", quarterEnd);
        return jdbc.query("""
                with comm as (select id, path, code from region where level = 'COMMUNITY' and %s),
                     act as (select a.community_id, count(*) as n from volunteer_activity a
                             join comm on comm.id = a.community_id
                             where a.held_on between :ys and :ye group by a.community_id),
                     hrs as (select a.community_id,
                                    sum(h.hours) filter (where a.held_on between :ys and :ye) as y,
                                    sum(h.hours) filter (where a.held_on between :qs and :qe) as q
                             from volunteer_hours h join volunteer_activity a on a.id = h.activity_id
                             join comm on comm.id = a.community_id group by a.community_id),
                     vol as (select v.community_id, count(*) as n from volunteer v join comm on comm.id = v.community_id
                             where v.left_on is null group by v.community_id)
                select c.id, c.path, coalesce(vol.n, 0), coalesce(act.n, 0),
                       coalesce(hrs.y, 0)::numeric(12, 1), coalesce(hrs.q, 0)::numeric(12, 1)
                from comm c left join vol on vol.community_id = c.id left join act on act.community_id = c.id
                left join hrs on hrs.community_id = c.id
                order by c.path""".formatted(communities), p,
                (rs, i) -> new VolunteerFigures(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)));
    }

    // ---------------------------------------------------------------- people

    /** Current members whose organization sits in the community or who live there, by name. */
    List<Choice> memberChoices(long communityId) {
        return jdbc.query("""
                select m.id, m.name, o.name from party_member m join party_org o on o.id = m.party_org_id
                where m.status in %s and (o.community_id = :c or m.residence_community_id = :c)
                order by m.name, m.id""".formatted(CURRENT_STATUSES), new MapSqlParameterSource("c", communityId),
                (rs, i) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** Whether the member is one of {@link #memberChoices}: current, of the community by organization or residence. */
    boolean isMemberOf(long memberId, long communityId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from party_member m join party_org o on o.id = m.party_org_id
                               where m.id = :m and m.status in %s
                                 and (o.community_id = :c or m.residence_community_id = :c))"""
                .formatted(CURRENT_STATUSES), new MapSqlParameterSource("m", memberId).addValue("c", communityId),
                Boolean.class));
    }

    Optional<Person> person(long memberId) {
        return jdbc.query("""
                select m.id, m.name, m.phone, o.name from party_member m join party_org o on o.id = m.party_org_id
                where m.id = :m""", new MapSqlParameterSource("m", memberId),
                (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .stream().findFirst();
    }

    // ---------------------------------------------------------------- helpers

    private static MapSqlParameterSource params(String prefix) {
        return new MapSqlParameterSource("prefix", prefix);
    }

    /** A search text as a LIKE pattern that matches it literally anywhere; null when there is none. */
    static String pattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        return "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
