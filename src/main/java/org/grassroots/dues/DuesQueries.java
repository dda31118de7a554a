package org.grassroots.dues;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.member.MemberStatus;
import org.grassroots.member.Occupation;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.Scope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-side dues queries, always filtered by the scope's prefixes: the paying members of an
 * organization's subtree, and the figures of a region for the level pages. The region figures count
 * arrears in SQL exactly as {@link MemberAccount} does month by month (first tracked month, open
 * months before the current one, exempt months excluded), so that a whole city is one statement.
 */
@Component
class DuesQueries {

    /** A probationary or full member of an organization's subtree. */
    record Payer(long id, String name, MemberStatus status, Occupation occupation, LocalDate admittedOn,
            LocalDate fullMemberOn, long orgId, String orgName) {

        /** Dues are owed from the admission vote; without its date, from full membership. */
        YearMonth admittedMonth() {
            LocalDate day = admittedOn != null ? admittedOn : fullMemberOn;
            return day == null ? null : YearMonth.from(day);
        }
    }

    private static final String PAYING = "('PROBATIONARY', 'FULL')";

    private static final String MEMBERS = """
            with mem as (
                select m.id, case :level when 'CITY' then o.district_id when 'DISTRICT' then o.street_id
                                         when 'SITTING' then o.region_id else o.community_id end as child,
                       /*firstBase*/(select min(b.effective_month) from dues_base b where b.member_id = m.id)
                           as first_base,
                       date_trunc('month', coalesce(m.admitted_on, m.full_member_on))::date as admitted
                from party_member m join party_org o on o.id = m.party_org_id /*bases*/
                where m.status in %s and o.region_path like :region || '%%' and o.path like :org || '%%'
                  and o.region_path like :scopeRegion || '%%' /*regions*/
            )
            """.formatted(PAYING);

    private static final String FIGURES = MEMBERS + """
            , unpaid as (
                select t.id, g::date as month
                from (select id, greatest(first_base, admitted) as start from mem where first_base is not null) t
                cross join lateral generate_series(t.start, cast(:lastMonth as date), interval '1 month') g
                where not exists (select 1 from dues_payment_month pm
                                  where pm.member_id = t.id and pm.month = g::date and not pm.voided)
                  and not exists (select 1 from dues_reduction r
                                  where r.member_id = t.id and r.status = 'APPROVED' and r.monthly_amount = 0
                                    and g::date between r.from_month and r.to_month)
            ), runs as (
                select id, count(*) as months, max(run) as longest
                from (select id, count(*) over (partition by id, grp) as run
                      from (select id, month, (extract(year from month) * 12 + extract(month from month))::int
                                   - (row_number() over (partition by id order by month))::int as grp
                            from unpaid) x) y
                group by id
            ), collected as (
                select p.member_id, sum(p.amount + p.extra_amount) as total from dues_payment p
                where p.voided_at is null and p.paid_on >= :yearStart and p.paid_on < :nextYear
                  /*payers*/and p.member_id in (select id from mem)
                group by p.member_id
            )
            select mem.child, count(*), count(*) filter (where mem.first_base is null), count(runs.id),
                   count(*) filter (where runs.longest >= :lapse), coalesce(sum(runs.months), 0),
                   coalesce(sum(collected.total), 0)
            from mem left join runs on runs.id = mem.id left join collected on collected.member_id = mem.id
            group by mem.child
            """;

    /**
     * FIGURES for every region at once (the roll-up's rebuild and daily run): the first base of every
     * member by one grouped pass over dues_base instead of one index look-up per member, and the year's
     * payments grouped without first matching them to the members (the final join keeps the members').
     */
    private static final String FIGURES_ALL = FIGURES
            .replace("/*firstBase*/(select min(b.effective_month) from dues_base b where b.member_id = m.id)",
                    "fb.first_base")
            .replace("/*bases*/", "left join (select member_id, min(effective_month) as first_base from dues_base"
                    + " group by member_id) fb on fb.member_id = m.id")
            .replace("/*payers*/and p.member_id in (select id from mem)", "");

    private final NamedParameterJdbcTemplate jdbc;

    DuesQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Probationary and full members of the organization's subtree within the scope, by organization and name. */
    List<Payer> payers(String orgPath, Scope scope, String q) {
        MapSqlParameterSource p = new MapSqlParameterSource("path", orgPath)
                .addValue("scopeOrg", scope.orgPrefix()).addValue("scopeRegion", scope.regionPrefix())
                .addValue("q", q == null ? "" : q);
        return jdbc.query("""
                select m.id, m.name, m.status, m.occupation, m.admitted_on, m.full_member_on, o.id, o.name
                from party_member m join party_org o on o.id = m.party_org_id
                where m.status in %s and o.path like :path || '%%' and o.path like :scopeOrg || '%%'
                  and o.region_path like :scopeRegion || '%%'
                  and (:q = '' or strpos(m.name, :q) > 0)
                order by o.path, m.name, m.id""".formatted(PAYING), p,
                (rs, i) -> new Payer(rs.getLong(1), rs.getString(2), MemberStatus.valueOf(rs.getString(3)),
                        Occupation.valueOf(rs.getString(4)), day(rs.getDate(5)), day(rs.getDate(6)), rs.getLong(7),
                        rs.getString(8)));
    }

    /** The figures per child region of a region (the region's own organizations: key null), as of the month. */
    Map<Long, DuesFigures> figures(RegionLevel level, String regionPath, Scope scope, YearMonth current) {
        return figures(FIGURES, params(level.name(), regionPath, scope.orgPrefix(), scope.regionPrefix(), current));
    }

    /**
     * The same figures per region where the organizations sit, for the given regions (every region when
     * null), whatever the scope: what the level roll-up stores and adds up.
     */
    Map<Long, DuesFigures> figuresBySittingRegion(Collection<Long> regionIds, YearMonth current) {
        String sql = regionIds == null ? FIGURES_ALL
                : FIGURES.replace("/*regions*/", "and o.region_id in (:regions)");
        return figures(sql, params("SITTING", "/", "/", "/", current).addValue("regions", regionIds));
    }

    private Map<Long, DuesFigures> figures(String sql, MapSqlParameterSource p) {
        Map<Long, DuesFigures> byChild = new HashMap<>();
        jdbc.query(sql, p, rs -> {
            byChild.put((Long) rs.getObject(1), new DuesFigures(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7)));
        });
        return byChild;
    }

    private static MapSqlParameterSource params(String level, String regionPath, String orgPrefix,
            String regionPrefix, YearMonth current) {
        return new MapSqlParameterSource("level", level).addValue("region", regionPath)
                .addValue("org", orgPrefix).addValue("scopeRegion", regionPrefix)
                .addValue("lastMonth", Date.valueOf(current.minusMonths(1).atDay(1)))
                .addValue("yearStart", Date.valueOf(LocalDate.of(current.getYear(), 1, 1)))
                .addValue("nextYear", Date.valueOf(LocalDate.of(current.getYear() + 1, 1, 1)))
                .addValue("lapse", DuesPolicy.LAPSE_MONTHS);
    }

    private static LocalDate day(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
