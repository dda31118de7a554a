package org.grassroots.grid;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.grid.GridViews.Choice;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Read-side look-ups of people for the roster: names and phones of members, and who may be chosen. */
@Component
class GridQueries {

    private static final String CURRENT = "('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', "
            + "'MEMBERSHIP_SUSPENDED')";

    record Person(long id, String name, String phone, boolean current, Long orgCommunityId, Long residenceId) {

        /** Still of the community: a current record whose organization or residence is there. */
        boolean belongsTo(long communityId) {
            return current && (Long.valueOf(communityId).equals(orgCommunityId)
                    || Long.valueOf(communityId).equals(residenceId));
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    GridQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Person> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("""
                select m.id, m.name, m.phone, m.status in %s as current, o.community_id, m.residence_community_id
                from party_member m join party_org o on o.id = m.party_org_id where m.id in (:ids)""".formatted(CURRENT),
                new MapSqlParameterSource("ids", ids),
                (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        (Long) rs.getObject(5), (Long) rs.getObject(6)))
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** Current members whose organization sits in the community or who live there, by name. */
    List<Choice> memberChoices(long communityId) {
        return jdbc.query("""
                select m.id, m.name, o.name from party_member m join party_org o on o.id = m.party_org_id
                where m.status in %s and (o.community_id = :c or m.residence_community_id = :c)
                order by m.name, m.id""".formatted(CURRENT), new MapSqlParameterSource("c", communityId),
                (rs, i) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }
}
