package org.grassroots.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The member profile of the dashboards: people by status, and Party members (probationary and full)
 * by age band, education, occupation and gender. One rule, written to member_profile_rollup per
 * region where organizations sit (by the level roll-up's refresh, rebuild and daily run) and counted
 * per organization for a community's dashboard.
 */
@Repository
public class MemberProfiles {

    /** The dimensions of the profile; buckets are the enum names, or an {@link #AGE_BANDS} name. */
    public static final List<String> DIMENSIONS = List.of("STATUS", "AGE", "EDUCATION", "OCCUPATION", "GENDER");

    /** The age bands on the day: ≤30, 31–40, 41–50, 51–60, 61–70, over 70. */
    public static final List<String> AGE_BANDS = List.of("UP_TO_30", "31_40", "41_50", "51_60", "61_70", "OVER_70");

    /** The statuses counted: the people in the pipeline, the members and the suspended. */
    public static final List<MemberStatus> STATUSES = List.of(MemberStatus.APPLICANT, MemberStatus.ACTIVIST,
            MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY, MemberStatus.FULL, MemberStatus.MEMBERSHIP_SUSPENDED);

    /** Each person once per dimension (m is party_member, o its organization). */
    private static final String BUCKETS = """
            from party_member m join party_org o on o.id = m.party_org_id
            cross join lateral (values
                ('STATUS', m.status),
                ('AGE', case when m.birth_date > cast(:today as date) - interval '31 years' then 'UP_TO_30'
                             when m.birth_date > cast(:today as date) - interval '41 years' then '31_40'
                             when m.birth_date > cast(:today as date) - interval '51 years' then '41_50'
                             when m.birth_date > cast(:today as date) - interval '61 years' then '51_60'
                             when m.birth_date > cast(:today as date) - interval '71 years' then '61_70'
                             else 'OVER_70' end),
                ('EDUCATION', m.education), ('OCCUPATION', m.occupation), ('GENDER', m.gender)) d(dimension, bucket)
            where m.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', 'MEMBERSHIP_SUSPENDED')
              and (d.dimension = 'STATUS' or m.status in ('PROBATIONARY', 'FULL'))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    MemberProfiles(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Recomputes the rows of the given regions (every region when null) as of the day: deletes them and
     * inserts the counts of the organizations sitting there, in two statements.
     */
    public void refresh(Collection<Long> regionIds, LocalDate today) {
        if (regionIds != null && regionIds.isEmpty()) {
            return;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("regions", regionIds).addValue("today", today)
                .addValue("all", regionIds == null);
        jdbc.update("delete from member_profile_rollup where cast(:all as boolean) or region_id in (:regions)",
                regionIds == null ? p.addValue("regions", List.of(-1L)) : p);
        jdbc.update("""
                insert into member_profile_rollup (region_id, region_path, district_id, street_id, community_id,
                    dimension, bucket, members, computed_on)
                select o.region_id, min(o.region_path), min(o.district_id), min(o.street_id), min(o.community_id),
                       d.dimension, d.bucket, count(*), cast(:today as date)
                """ + BUCKETS + " and (cast(:all as boolean) or o.region_id in (:regions))"
                + " group by o.region_id, d.dimension, d.bucket", p);
    }

    /** One count of a dimension's bucket for an organization, or for a region. */
    public record Count(long key, String dimension, String bucket, long members) {
    }

    /**
     * The profile of each organization sitting in the community (by the same rule as the roll-up),
     * keyed by the organization: a community's dashboard drills down to its organizations.
     */
    public List<Count> byOrgIn(long communityId, LocalDate today) {
        return jdbc.query("select o.id, d.dimension, d.bucket, count(*) as members " + BUCKETS
                + " and o.region_id = :community group by o.id, d.dimension, d.bucket",
                new MapSqlParameterSource("community", communityId).addValue("today", today),
                (rs, i) -> new Count(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }
}
