package org.grassroots.neworg;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.neworg.NewOrgViews.CoverageView;
import org.grassroots.neworg.NewOrgViews.MoveView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dated history of a unit (moves, coverage changes) and its linked members, in the caller's
 * transaction. Rows are only ever added; a link is removed when it was wrong.
 */
@Component
class NewOrgHistory {

    private final NamedParameterJdbcTemplate jdbc;

    NewOrgHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void recordMove(long unitId, LocalDate on, long fromStreet, Long fromCommunity, long toStreet, Long toCommunity,
            String note, String by) {
        jdbc.update("""
                insert into new_org_move (new_org_id, moved_on, from_street_id, from_community_id, to_street_id,
                                          to_community_id, note, recorded_by)
                values (:u, :on, :fs, :fc, :ts, :tc, :note, :by)""", new MapSqlParameterSource("u", unitId)
                .addValue("on", on).addValue("fs", fromStreet).addValue("fc", fromCommunity).addValue("ts", toStreet)
                .addValue("tc", toCommunity).addValue("note", note).addValue("by", by));
    }

    void recordCoverage(long unitId, LocalDate on, CoverageMode mode, Long orgId, String instructorName, String note,
            String by) {
        jdbc.update("""
                insert into new_org_coverage (new_org_id, changed_on, coverage_mode, party_org_id, instructor_name,
                                              note, recorded_by)
                values (:u, :on, :mode, :org, :name, :note, :by)""", new MapSqlParameterSource("u", unitId)
                .addValue("on", on).addValue("mode", mode.name()).addValue("org", orgId)
                .addValue("name", instructorName).addValue("note", note).addValue("by", by));
    }

    /** The registration's coverage row follows the opening day when that is corrected. */
    void moveFirstCoverage(long unitId, LocalDate openedOn) {
        jdbc.update("""
                update new_org_coverage set changed_on = :on where id = (select min(id) from new_org_coverage
                where new_org_id = :u)""", new MapSqlParameterSource("u", unitId).addValue("on", openedOn));
    }

    List<MoveView> moves(long unitId) {
        return jdbc.query("""
                select m.moved_on, concat_ws(' · ', fs.name, fc.name), concat_ws(' · ', ts.name, tc.name), m.note,
                       m.recorded_by
                from new_org_move m join region fs on fs.id = m.from_street_id
                left join region fc on fc.id = m.from_community_id
                join region ts on ts.id = m.to_street_id left join region tc on tc.id = m.to_community_id
                where m.new_org_id = :u order by m.moved_on desc, m.id desc""", new MapSqlParameterSource("u", unitId),
                (rs, i) -> new MoveView(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
    }

    List<CoverageView> coverages(long unitId) {
        return jdbc.query("""
                select h.changed_on, h.coverage_mode, o.name, h.instructor_name, h.note, h.recorded_by
                from new_org_coverage h left join party_org o on o.id = h.party_org_id
                where h.new_org_id = :u order by h.changed_on desc, h.id desc""",
                new MapSqlParameterSource("u", unitId),
                (rs, i) -> new CoverageView(rs.getObject(1, LocalDate.class), CoverageMode.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
    }

    List<CoverageMode> modes(long unitId) {
        return jdbc.queryForList("select coverage_mode from new_org_coverage where new_org_id = :u",
                new MapSqlParameterSource("u", unitId), String.class).stream().map(CoverageMode::valueOf).toList();
    }

    /** The latest move, or null. */
    LocalDate lastMove(long unitId) {
        return jdbc.queryForObject("select max(moved_on) from new_org_move where new_org_id = :u",
                new MapSqlParameterSource("u", unitId), LocalDate.class);
    }

    /** The latest coverage change after the registration's own row, or null. */
    LocalDate lastCoverageChange(long unitId) {
        return jdbc.queryForObject("""
                select max(changed_on) from new_org_coverage where new_org_id = :u
                  and id > (select min(id) from new_org_coverage where new_org_id = :u)""",
                new MapSqlParameterSource("u", unitId), LocalDate.class);
    }

    /** The earliest move or coverage change after the registration, or null. */
    LocalDate firstChange(long unitId) {
        return jdbc.queryForObject("""
                select least((select min(moved_on) from new_org_move where new_org_id = :u),
                             (select min(changed_on) from new_org_coverage where new_org_id = :u
                              and id > (select min(id) from new_org_coverage where new_org_id = :u)))""",
                new MapSqlParameterSource("u", unitId), LocalDate.class);
    }

    // ---------------------------------------------------------------- linked members

    record Link(long memberId, String name, String orgName, String orgPath, String orgRegionPath, LocalDate linkedOn) {
    }

    List<Link> links(long unitId) {
        return jdbc.query("""
                select m.id, m.name, o.name, o.path, o.region_path, l.linked_on
                from new_org_member l join party_member m on m.id = l.member_id
                join party_org o on o.id = m.party_org_id
                where l.new_org_id = :u order by l.linked_on, l.id""", new MapSqlParameterSource("u", unitId),
                (rs, i) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class)));
    }

    int linkCount(long unitId) {
        return jdbc.queryForObject("select count(*) from new_org_member where new_org_id = :u",
                new MapSqlParameterSource("u", unitId), Integer.class);
    }

    boolean linked(long unitId, long memberId) {
        return jdbc.queryForObject("select count(*) from new_org_member where new_org_id = :u and member_id = :m",
                new MapSqlParameterSource("u", unitId).addValue("m", memberId), Integer.class) > 0;
    }

    void link(long unitId, long memberId, LocalDate on) {
        jdbc.update("insert into new_org_member (new_org_id, member_id, linked_on) values (:u, :m, :on)",
                new MapSqlParameterSource("u", unitId).addValue("m", memberId).addValue("on", on));
    }

    boolean unlink(long unitId, long memberId) {
        return jdbc.update("delete from new_org_member where new_org_id = :u and member_id = :m",
                new MapSqlParameterSource("u", unitId).addValue("m", memberId)) > 0;
    }
}
