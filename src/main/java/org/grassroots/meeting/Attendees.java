package org.grassroots.meeting;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who should attend a meeting held on a day: the Party members of the organization on that day
 * (by the organization history and the admission and leaving dates), or the members of the Party
 * group, or the branch committee. Probationary members attend without a vote.
 */
@Repository
class Attendees {

    /** A person on the attendance list. */
    record Attendee(long memberId, String name, boolean voting, boolean probationary) {
    }

    private static final String MEMBER_ON_DAY = """
            (m.admitted_on <= :day or (m.admitted_on is null and m.status = 'FULL'))
            and (m.left_on is null or m.left_on > :day)
            and m.status not in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'NOT_APPROVED', 'MEMBERSHIP_SUSPENDED')
            """;

    private static final String VOTING = """
            case when m.full_member_on is not null then m.full_member_on <= :day else m.status = 'FULL' end
            """;

    private final NamedParameterJdbcTemplate jdbc;

    Attendees(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Attendee> of(PartyOrg org, MeetingType type, LocalDate day) {
        MapSqlParameterSource p = new MapSqlParameterSource("org", org.getId()).addValue("day", day);
        String sql;
        if (org.getType() == OrgType.PARTY_GROUP) {
            p.addValue("branch", org.getParent() == null ? -1L : org.getParent().getId());
            sql = "select m.id, m.name, " + VOTING + " as voting from party_member m"
                    + " where m.party_group_id = :org and m.party_org_id = :branch and " + MEMBER_ON_DAY;
        } else if (type == MeetingType.BRANCH_COMMITTEE) {
            sql = "select m.id, m.name, true as voting from party_member m"
                    + " where m.party_org_id = :org and m.committee_role is not null and " + MEMBER_ON_DAY;
        } else {
            // the organization a person belonged to on the day: the latest move on or before it
            sql = "select m.id, m.name, " + VOTING + " as voting from party_member m"
                    + " where m.id in (select h.member_id from member_history h where h.to_org_id = :org"
                    + "               union select x.id from party_member x where x.party_org_id = :org)"
                    + " and coalesce((select h.to_org_id from member_history h where h.member_id = m.id"
                    + "               and h.kind in ('JOINED', 'ORG') and h.effective_on <= :day"
                    + "               order by h.effective_on desc, h.id desc limit 1), m.party_org_id) = :org"
                    + " and " + MEMBER_ON_DAY;
        }
        return jdbc.query(sql + " order by m.name, m.id", p, (rs, i) -> new Attendee(rs.getLong("id"),
                rs.getString("name"), rs.getBoolean("voting"), !rs.getBoolean("voting")));
    }
}
