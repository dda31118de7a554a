package org.grassroots.venue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.web.RequestMemo;
import org.grassroots.venue.VenueViews.Filter;
import org.grassroots.venue.VenueViews.ServingVenue;
import org.grassroots.venue.VenueViews.VenueRow;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-side figures of the venue pages, straight from the tables and filtered by the region prefix
 * of a region in scope. Only open venues serve; households are the open grids' households.
 */
@Component
class VenueQueries {

    /** An open venue kept in the region, by the path of its keeper. */
    record Kept(long id, String keeperPath, RegionLevel keeperLevel, BigDecimal area) {
    }

    /** Open venues and the communities they serve: the circle, and a community's own venue always. */
    private static final String SERVED = """
            open_venue as (select * from service_venue where closed_on is null),
            served as (select vc.venue_id, vc.community_id from venue_circle vc join open_venue v on v.id = vc.venue_id
                       union
                       select v.id, v.region_id from open_venue v where v.region_level = 'COMMUNITY'),
            share as (select s.venue_id, s.community_id,
                             coalesce(v.area_m2, 0) / count(*) over (partition by s.venue_id) as area,
                             count(*) over (partition by s.venue_id) as shared_by
                      from served s join open_venue v on v.id = s.venue_id)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    VenueQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every community under the prefix, with households and the venues serving it; read once per page,
     * as the venue box and 三有一化 both need it.
     */
    List<VenueFigures> served(String prefix) {
        return RequestMemo.get("venue.served:" + prefix, () -> List.copyOf(
                served("path like :prefix || '%'", new MapSqlParameterSource("prefix", prefix))));
    }

    /** The communities of a circle, wherever they sit (names of neighbours are not scoped). */
    List<VenueFigures> servedAmong(List<Long> communityIds) {
        return communityIds.isEmpty() ? List.of()
                : served("id in (:ids)", new MapSqlParameterSource("ids", communityIds));
    }

    /** The communities among the regions (every community when null), for the roll-up. */
    List<VenueFigures> servedAmongRegions(Collection<Long> regionIds) {
        return served(regionIds == null ? "true" : "id in (:ids)", new MapSqlParameterSource("ids", regionIds));
    }

    private List<VenueFigures> served(String communities, MapSqlParameterSource params) {
        return jdbc.query("with comm as (select id, name, path from region where level = 'COMMUNITY' and "
                + communities + "), " + SERVED + """
                , hh as (select g.community_id, sum(g.households) as h from grid_node g
                         join comm c on c.id = g.community_id
                         where g.kind = 'GRID' and g.closed_on is null group by g.community_id)
                select c.id, c.name, c.path, coalesce(hh.h, 0), count(share.venue_id),
                       coalesce(sum(share.area), 0)
                from comm c left join hh on hh.community_id = c.id left join share on share.community_id = c.id
                group by c.id, c.name, c.path, hh.h
                order by c.path""", params,
                (rs, i) -> new VenueFigures(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getBigDecimal(6)));
    }

    /** Open venues kept by the region or anywhere below it. */
    List<Kept> kept(String prefix) {
        return jdbc.query("""
                select v.id, r.path, v.region_level, coalesce(v.area_m2, 0) from service_venue v
                join region r on r.id = v.region_id
                where v.closed_on is null and r.path like :prefix || '%'""",
                new MapSqlParameterSource("prefix", prefix),
                (rs, i) -> new Kept(rs.getLong(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4)));
    }

    /** How many open venues are kept by the region or anywhere below it, and their area (as {@link #kept} adds up). */
    KeptTotal keptTotal(String prefix) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(v.area_m2), 0) from service_venue v
                join region r on r.id = v.region_id
                where v.closed_on is null and r.path like :prefix || '%'""",
                new MapSqlParameterSource("prefix", prefix),
                (rs, i) -> new KeptTotal(rs.getLong(1), rs.getBigDecimal(2)));
    }

    record KeptTotal(long venues, BigDecimal area) {
    }

    /** Open venues kept outside the community whose circle includes it: the street's centre, a neighbour's station. */
    List<ServingVenue> servingFromElsewhere(long communityId) {
        return jdbc.query("with " + SERVED + """
                select v.name, v.kind, r.name, v.area_m2, share.shared_by from share
                join open_venue v on v.id = share.venue_id join region r on r.id = v.region_id
                where share.community_id = :c and v.region_id <> :c
                order by v.kind, v.name, v.id""", new MapSqlParameterSource("c", communityId),
                (rs, i) -> new ServingVenue(rs.getString(1), VenueKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getBigDecimal(4), rs.getLong(5)));
    }

    long count(String prefix, String q, Filter filter) {
        return jdbc.queryForObject("select count(*) " + from(q, filter), params(prefix, q), Long.class);
    }

    List<VenueRow> list(String prefix, String q, Filter filter, int limit, int offset) {
        return jdbc.query("""
                select v.id, v.name, v.kind, r.id, r.name, r.level, v.address, v.area_m2, v.opening_hours, v.closed_on,
                       (select string_agg(c.name, '、' order by c.code) from venue_circle vc
                        join region c on c.id = vc.community_id where vc.venue_id = v.id)
                """ + from(q, filter) + " order by v.closed_on is not null, r.code, v.kind, v.name, v.id"
                + " limit :limit offset :offset",
                params(prefix, q).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new VenueRow(rs.getLong(1), rs.getString(2), VenueKind.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getString(5), RegionLevel.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getBigDecimal(8), rs.getString(9), rs.getObject(10, LocalDate.class), rs.getString(11)));
    }

    private static String from(String q, Filter filter) {
        String sql = " from service_venue v join region r on r.id = v.region_id where r.path like :prefix || '%'";
        sql += switch (filter) {
            case OPEN -> " and v.closed_on is null";
            case CLOSED -> " and v.closed_on is not null";
            case ALL -> "";
        };
        if (q != null) {
            sql += " and (v.name ilike :pattern escape '\\' or v.address ilike :pattern escape '\\'"
                    + " or v.services ilike :pattern escape '\\')";
        }
        return sql;
    }

    private static MapSqlParameterSource params(String prefix, String q) {
        return new MapSqlParameterSource("prefix", prefix).addValue("pattern", q == null ? null
                : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
}
