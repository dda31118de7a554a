package org.grassroots.funds;

import java.util.Collection;
import java.util.List;
import org.grassroots.funds.FundsViews.CommunityFunds;
import org.grassroots.shared.web.RequestMemo;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every community's money for a year under a region path prefix, in one query: budget lines of the
 * year, spending dated in the year, and residents recorded on the community's open grids.
 */
@Component
class FundsQueries {

    private static final String FACTS = """
            with comm as (select id, name, path from region where level = 'COMMUNITY' and %s),
                 b as (select f.community_id, count(*) as lines, sum(f.amount) as amount from fund_budget f
                       join comm c on c.id = f.community_id where f.year = :year group by f.community_id),
                 s as (select f.community_id, sum(f.amount) as amount,
                              coalesce(sum(f.amount) filter (where f.category = 'MASSES'), 0) as masses
                       from fund_spending f join comm c on c.id = f.community_id
                       where f.spent_on >= make_date(:year, 1, 1) and f.spent_on < make_date(:year + 1, 1, 1)
                       group by f.community_id),
                 r as (select g.community_id, sum(g.residents) as residents from grid_node g
                       join comm c on c.id = g.community_id
                       where g.kind = 'GRID' and g.closed_on is null group by g.community_id)
            select c.id, c.name, c.path, coalesce(r.residents, 0), coalesce(b.lines, 0),
                   coalesce(b.amount, 0), coalesce(s.amount, 0), coalesce(s.masses, 0)
            from comm c left join b on b.community_id = c.id left join s on s.community_id = c.id
            left join r on r.community_id = c.id
            order by c.path
            """;

    private final NamedParameterJdbcTemplate jdbc;

    FundsQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Read once per page: the funds box and 三有一化 both need them. */
    List<CommunityFunds> facts(String regionPrefix, int year) {
        return RequestMemo.get("funds.facts:" + regionPrefix + ":" + year, () -> List.copyOf(read(regionPrefix, year)));
    }

    /** The same figures of the communities among the regions (every community when null), for the roll-up. */
    List<CommunityFunds> facts(Collection<Long> regionIds, int year) {
        return read(regionIds == null ? "true" : "id in (:regions)",
                new MapSqlParameterSource("regions", regionIds).addValue("year", year));
    }

    private List<CommunityFunds> read(String regionPrefix, int year) {
        return read("path like :prefix || '%'",
                new MapSqlParameterSource("prefix", regionPrefix).addValue("year", year));
    }

    private List<CommunityFunds> read(String communities, MapSqlParameterSource p) {
        return jdbc.query(FACTS.formatted(communities), p, (rs, i) -> new CommunityFunds(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6).setScale(2), rs.getBigDecimal(7).setScale(2),
                rs.getBigDecimal(8).setScale(2)));
    }
}
