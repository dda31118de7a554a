package org.grassroots.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.shared.Masking;
import org.grassroots.volunteer.VolunteerViews.HoursRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The hours table ({@code volunteer_hours}: one row per activity and volunteer, no version of its
 * own). Only {@link VolunteerService} writes it, inside its transactions.
 */
@Component
class VolunteerHours {

    /** A volunteer with hours on an activity, and the registration window those hours must fall in. */
    record Served(long volunteerId, String name, LocalDate registeredOn, LocalDate leftOn, BigDecimal hours) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    VolunteerHours(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<HoursRow> rowsOf(long activityId) {
        return jdbc.query("""
                select v.id, v.member_id, coalesce(m.name, v.person_name), coalesce(m.phone, v.person_phone), h.hours
                from volunteer_hours h join volunteer v on v.id = h.volunteer_id
                left join party_member m on m.id = v.member_id
                where h.activity_id = :a order by 3, v.id""", new MapSqlParameterSource("a", activityId),
                (rs, i) -> new HoursRow(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        Masking.phone(rs.getString(4)), rs.getBigDecimal(5)));
    }

    List<Served> servedOn(long activityId) {
        return jdbc.query("""
                select v.id, coalesce(m.name, v.person_name), v.registered_on, v.left_on, h.hours
                from volunteer_hours h join volunteer v on v.id = h.volunteer_id
                left join party_member m on m.id = v.member_id
                where h.activity_id = :a order by v.id""", new MapSqlParameterSource("a", activityId),
                (rs, i) -> new Served(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)));
    }

    /**
     * The person's hours on other activities held on the day. A member counts across every community
     * where they volunteer: one person has 24 hours a day, whatever the registration.
     */
    BigDecimal otherHoursOn(long volunteerId, LocalDate day, long exceptActivityId) {
        return jdbc.queryForObject("""
                select coalesce(sum(h.hours), 0) from volunteer_hours h
                join volunteer_activity a on a.id = h.activity_id
                where a.held_on = :day and a.id <> :except
                  and h.volunteer_id in (select o.id from volunteer me join volunteer o
                                           on o.id = me.id or (me.member_id is not null and o.member_id = me.member_id)
                                         where me.id = :v)""",
                new MapSqlParameterSource("v", volunteerId).addValue("day", day).addValue("except", exceptActivityId),
                BigDecimal.class);
    }

    /** The first and last days of the activities the volunteer has hours on; null when none. */
    LocalDate[] span(long volunteerId) {
        return jdbc.queryForObject("""
                select min(a.held_on), max(a.held_on) from volunteer_hours h
                join volunteer_activity a on a.id = h.activity_id where h.volunteer_id = :v""",
                new MapSqlParameterSource("v", volunteerId),
                (rs, i) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)});
    }

    /** Records the hours, replacing the volunteer's earlier figure for the activity; true when it was new. */
    boolean set(long activityId, long volunteerId, BigDecimal hours) {
        MapSqlParameterSource p = new MapSqlParameterSource("a", activityId).addValue("v", volunteerId)
                .addValue("h", hours);
        int updated = jdbc.update("update volunteer_hours set hours = :h where activity_id = :a and volunteer_id = :v",
                p);
        if (updated > 0) {
            return false;
        }
        jdbc.update("insert into volunteer_hours (activity_id, volunteer_id, hours) values (:a, :v, :h)", p);
        return true;
    }

    boolean delete(long activityId, long volunteerId) {
        return jdbc.update("delete from volunteer_hours where activity_id = :a and volunteer_id = :v",
                new MapSqlParameterSource("a", activityId).addValue("v", volunteerId)) > 0;
    }
}
