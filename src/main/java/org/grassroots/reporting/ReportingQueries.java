package org.grassroots.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.reporting.ReportingViews.CategoryLabel;
import org.grassroots.reporting.ReportingViews.EmployerRow;
import org.grassroots.reporting.ReportingViews.PostRow;
import org.grassroots.reporting.ReportingViews.ReportRow;
import org.grassroots.reporting.ReportingViews.ServiceRow;
import org.grassroots.shared.Masking;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-side SQL of member reporting, always filtered by the region path prefix the caller found in
 * scope. The status of a period is derived here, in one expression (see {@link ReportingPolicy#status}).
 */
@Component
class ReportingQueries {

    /** One person across periods: the member, or the outsider by name and phone. */
    static final String PERSON_KEY =
            "coalesce('m' || r.member_id, 'p' || r.person_name || '|' || coalesce(r.person_phone, ''))";

    /**
     * rs: the periods of the communities under :prefix with their status on :today (due when they end on
     * or before :dueBy), their last day and the person's key.
     */
    private static final String REPORTS = """
            rs as (
              select r.*, c.name as community_name, c.code as community_code, c.street_id, c.district_id,
                     least(r.valid_until, coalesce(r.ended_on, r.valid_until)) as last_day,
                     %s as person_key, f.followed,
                     case when r.ended_on is not null then 'ENDED'
                          when r.reported_on > :today then 'UPCOMING'
                          when r.valid_until < :today then case when f.followed then 'RENEWED' else 'EXPIRED' end
                          when not f.followed and r.valid_until <= :dueBy then 'DUE'
                          else 'CURRENT' end as status
              from member_report r join region c on c.id = r.community_id
              cross join lateral (select exists (select 1 from member_report n where n.id <> r.id
                    and n.reported_on > r.reported_on
                    and ((r.member_id is not null and n.member_id = r.member_id)
                      or (r.member_id is null and n.member_id is null and n.person_name = r.person_name
                          and n.person_phone is not distinct from r.person_phone))) as followed) f
              where c.level = 'COMMUNITY' and c.path like :prefix || '%%')
            """.formatted(PERSON_KEY);

    private static final String REPORT_COLUMNS = """
            select r.id, r.community_id, r.community_name, r.member_id, coalesce(m.name, r.person_name) as name,
                   coalesce(m.phone, r.person_phone) as phone, r.employer_name,
                   coalesce(o.name, r.employer_org_name) as employer_org_name, r.reported_on, r.valid_until,
                   r.ended_on, r.status, (select count(*) from member_report_post x where x.report_id = r.id) as posts
            """;

    private static final String REPORT_FROM = """
            from rs r left join party_member m on m.id = r.member_id left join party_org o on o.id = r.employer_org_id
            where (:q = '' or strpos(coalesce(m.name, r.person_name), :q) > 0)
              and (:statuses::text is null or r.status = any(string_to_array(:statuses, ',')))
            """;

    private static final String OCCUPIED = """
            (select count(distinct %s) from member_report_post x join member_report r on r.id = x.report_id
             where x.post_id = p.id and r.ended_on is null and r.valid_until >= :today)""".formatted(PERSON_KEY);

    private final NamedParameterJdbcTemplate jdbc;

    ReportingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- periods

    long countReports(String prefix, String q, String statuses, LocalDate today, LocalDate dueBy) {
        return jdbc.queryForObject("with " + REPORTS + " select count(*) " + REPORT_FROM,
                reportParams(prefix, q, statuses, today, dueBy), Long.class);
    }

    /** A page of periods; statuses: a comma-separated list of ReportStatus names, or null for all. */
    List<ReportRow> reports(String prefix, String q, String statuses, LocalDate today, LocalDate dueBy, String order,
            int limit, int offset) {
        return jdbc.query("with " + REPORTS + REPORT_COLUMNS + REPORT_FROM + " order by " + order
                + " limit :limit offset :offset", reportParams(prefix, q, statuses, today, dueBy)
                .addValue("limit", limit).addValue("offset", offset), ReportingQueries::reportRow);
    }

    private static MapSqlParameterSource reportParams(String prefix, String q, String statuses, LocalDate today,
            LocalDate dueBy) {
        return new MapSqlParameterSource("prefix", prefix).addValue("q", q == null ? "" : q)
                .addValue("statuses", statuses).addValue("today", today).addValue("dueBy", dueBy);
    }

    private static ReportRow reportRow(ResultSet rs, int i) throws SQLException {
        return new ReportRow(rs.getLong("id"), rs.getLong("community_id"), rs.getString("community_name"),
                (Long) rs.getObject("member_id"), rs.getString("name"), Masking.phone(rs.getString("phone")),
                rs.getString("employer_name"), rs.getString("employer_org_name"), date(rs, "reported_on"),
                date(rs, "valid_until"), date(rs, "ended_on"), ReportStatus.valueOf(rs.getString("status")),
                rs.getLong("posts"));
    }

    /** Whether a following period exists for the person of this period (in any community). */
    boolean followed(long reportId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from member_report r join member_report n on n.id <> r.id
                    and n.reported_on > r.reported_on
                    and ((r.member_id is not null and n.member_id = r.member_id)
                      or (r.member_id is null and n.member_id is null and n.person_name = r.person_name
                          and n.person_phone is not distinct from r.person_phone))
                  where r.id = :id)""", new MapSqlParameterSource("id", reportId), Boolean.class));
    }

    /** Every period of the person of this report, in any community, oldest first, with the community's path. */
    List<Map<String, Object>> periodsOfPerson(long reportId) {
        return jdbc.queryForList("""
                select n.id, n.reported_on, n.valid_until, n.ended_on, c.name as community_name, c.path
                from member_report r join member_report n
                  on (r.member_id is not null and n.member_id = r.member_id)
                  or (r.member_id is null and n.member_id is null and n.person_name = r.person_name
                      and n.person_phone is not distinct from r.person_phone)
                join region c on c.id = n.community_id
                where r.id = :id order by n.reported_on, n.id""", new MapSqlParameterSource("id", reportId));
    }

    /** The member's name, masked ID number, phone and organization: shown on the report, never searched. */
    Optional<ReportingViews.PersonView> member(long memberId) {
        return jdbc.query("""
                select m.name, m.id_number_masked, m.phone, o.name as org_name
                from party_member m join party_org o on o.id = m.party_org_id where m.id = :id""",
                new MapSqlParameterSource("id", memberId),
                (rs, i) -> new ReportingViews.PersonView(rs.getString(1), true, rs.getString(2),
                        Masking.phone(rs.getString(3)), rs.getString(4))).stream().findFirst();
    }

    Optional<String> orgName(long orgId) {
        return jdbc.queryForList("select name from party_org where id = :id", new MapSqlParameterSource("id", orgId),
                String.class).stream().findFirst();
    }

    // ---------------------------------------------------------------- posts

    long countPosts(String prefix, String q, boolean showClosed) {
        return jdbc.queryForObject("""
                select count(*) from service_post p join region c on c.id = p.community_id
                where c.path like :prefix || '%' and (:q = '' or strpos(p.name, :q) > 0)
                  and (:closed or p.closed_on is null)""", postParams(prefix, q, showClosed, null), Long.class);
    }

    List<PostRow> posts(String prefix, String q, boolean showClosed, LocalDate today, int limit, int offset) {
        return jdbc.query("""
                select p.*, c.name as community_name, %s as occupied,
                       k.name_zh, k.name_en, k.active
                from service_post p join region c on c.id = p.community_id
                join service_category k on k.code = p.category_code
                where c.path like :prefix || '%%' and (:q = '' or strpos(p.name, :q) > 0)
                  and (:closed or p.closed_on is null)
                order by c.code, p.closed_on nulls first, k.sort_order, p.name, p.id
                limit :limit offset :offset""".formatted(OCCUPIED),
                postParams(prefix, q, showClosed, today).addValue("limit", limit).addValue("offset", offset),
                ReportingQueries::postRow);
    }

    /** Every post of one community, open or closed, with how many people hold it today. */
    List<PostRow> postsOf(long communityId, LocalDate today) {
        return jdbc.query("""
                select p.*, c.name as community_name, %s as occupied, k.name_zh, k.name_en, k.active
                from service_post p join region c on c.id = p.community_id
                join service_category k on k.code = p.category_code
                where p.community_id = :community
                order by p.closed_on nulls first, k.sort_order, p.name, p.id""".formatted(OCCUPIED),
                new MapSqlParameterSource("community", communityId).addValue("today", today),
                ReportingQueries::postRow);
    }

    private static MapSqlParameterSource postParams(String prefix, String q, boolean showClosed, LocalDate today) {
        return new MapSqlParameterSource("prefix", prefix).addValue("q", q == null ? "" : q)
                .addValue("closed", showClosed).addValue("today", today);
    }

    private static PostRow postRow(ResultSet rs, int i) throws SQLException {
        return new PostRow(rs.getLong("id"), rs.getLong("community_id"), rs.getString("community_name"),
                new CategoryLabel(rs.getString("category_code"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getBoolean("active")),
                rs.getString("name"), rs.getString("description"), (Integer) rs.getObject("capacity"),
                rs.getLong("occupied"), date(rs, "closed_on"));
    }

    /** How many people other than this one hold each post today. */
    Map<Long, Long> occupiedByOthers(Collection<Long> postIds, String personKey, LocalDate today) {
        Map<Long, Long> counts = new HashMap<>();
        if (postIds.isEmpty()) {
            return counts;
        }
        jdbc.query("""
                select x.post_id, count(distinct %1$s) from member_report_post x
                join member_report r on r.id = x.report_id
                where x.post_id in (:ids) and r.ended_on is null and r.valid_until >= :today and %1$s <> :person
                group by x.post_id""".formatted(PERSON_KEY),
                new MapSqlParameterSource("ids", postIds).addValue("today", today).addValue("person", personKey),
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    // ---------------------------------------------------------------- services

    List<ServiceRow> services(long reportId, int limit, int offset) {
        return jdbc.query("""
                select s.id, s.served_on, s.hours, s.post_id, p.name as post_name, s.description, s.confirmed_by
                from service_record s left join service_post p on p.id = s.post_id
                where s.report_id = :id order by s.served_on desc, s.id desc limit :limit offset :offset""",
                new MapSqlParameterSource("id", reportId).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new ServiceRow(rs.getLong(1), date(rs, "served_on"), rs.getBigDecimal(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7)));
    }

    /** Count and hours of a report's services. */
    Object[] serviceTotals(long reportId) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(hours), 0) from service_record where report_id = :id""",
                new MapSqlParameterSource("id", reportId), (rs, i) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)});
    }

    // ---------------------------------------------------------------- summaries

    /** The figures of the communities under the prefix. */
    List<ReportingFigures> figures(String prefix, LocalDate today, LocalDate dueBy, Quarter quarter) {
        return figures(REPORTS, "path like :prefix || '%'", new MapSqlParameterSource("prefix", prefix), today,
                dueBy, quarter);
    }

    /** The figures of the communities among the regions (every community when null), for the roll-up. */
    List<ReportingFigures> figures(Collection<Long> regionIds, LocalDate today, LocalDate dueBy, Quarter quarter) {
        return figures(REPORTS.replace("c.path like :prefix || '%'", regionIds == null ? "true" : "c.id in (:regions)"),
                regionIds == null ? "true" : "id in (:regions)",
                new MapSqlParameterSource("regions", regionIds), today, dueBy, quarter);
    }

    private List<ReportingFigures> figures(String reports, String communities, MapSqlParameterSource params,
            LocalDate today, LocalDate dueBy, Quarter quarter) {
        return jdbc.query("with " + reports + """
                , comm as (select id, street_id, district_id from region
                           where level = 'COMMUNITY' and %s),
                  st as (select community_id, count(distinct person_key) filter (where status in ('CURRENT', 'DUE')) as reported,
                                count(*) filter (where status = 'DUE') as due,
                                count(*) filter (where status = 'EXPIRED') as expired
                         from rs group by community_id),
                  sv as (select r.community_id, count(*) as services, sum(s.hours) as hours
                         from service_record s join rs r on r.id = s.report_id
                         where s.served_on between :qs and :qe group by r.community_id),
                  po as (select p.community_id, count(*) as posts from service_post p join comm c on c.id = p.community_id
                         where p.closed_on is null group by p.community_id)
                select c.id, c.street_id, c.district_id, coalesce(st.reported, 0), coalesce(st.due, 0),
                       coalesce(st.expired, 0), coalesce(sv.services, 0), coalesce(sv.hours, 0), coalesce(po.posts, 0)
                from comm c left join st on st.community_id = c.id left join sv on sv.community_id = c.id
                left join po on po.community_id = c.id""".formatted(communities),
                params.addValue("today", today).addValue("dueBy", dueBy)
                        .addValue("qs", quarter.start()).addValue("qe", quarter.end()),
                (rs, i) -> new ReportingFigures(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8),
                        rs.getLong(9)));
    }

    // ---------------------------------------------------------------- feedback

    /**
     * q: the periods under :prefix that share a day with the quarter, with the employer they are fed
     * back to: the member's Party organization, or the outsider's employer and its organization's name.
     */
    private static final String QUARTER = """
            q as (select r.*, %s as person_key,
                         case when r.member_id is not null then r.employer_org_id end as g_org,
                         case when r.member_id is null then r.employer_name end as g_employer,
                         case when r.member_id is null then coalesce(r.employer_org_name, '') end as g_org_name
                  from member_report r join region c on c.id = r.community_id
                  where c.level = 'COMMUNITY' and c.path like :prefix || '%%' and r.reported_on <= :qe
                    and least(r.valid_until, coalesce(r.ended_on, r.valid_until)) >= :qs),
            sv as (select s.report_id, count(*) as n, sum(s.hours) as h, max(s.served_on) as last_on
                   from service_record s join q on q.id = s.report_id
                   where s.served_on between :qs and :qe group by s.report_id)
            """.formatted(PERSON_KEY);

    private static final String EMPLOYERS = "with " + QUARTER + """
            select q.g_org, coalesce(o.name, q.g_org_name) as org_name, q.g_employer,
                   string_agg(distinct q.employer_name, '、') as employer_names,
                   count(distinct q.person_key) as members, coalesce(sum(sv.n), 0) as services,
                   coalesce(sum(sv.h), 0) as hours
            from q left join party_org o on o.id = q.g_org left join sv on sv.report_id = q.id
            group by q.g_org, o.name, q.g_org_name, q.g_employer
            """;

    long countEmployers(String prefix, Quarter quarter) {
        return jdbc.queryForObject("select count(*) from (" + EMPLOYERS + ") e", quarterParams(prefix, quarter),
                Long.class);
    }

    List<EmployerRow> employers(String prefix, Quarter quarter, int limit, int offset) {
        return jdbc.query(EMPLOYERS + " order by org_name, q.g_employer nulls first, q.g_org limit :limit offset :offset",
                quarterParams(prefix, quarter).addValue("limit", limit).addValue("offset", offset),
                ReportingQueries::employerRow);
    }

    Optional<EmployerRow> employer(String prefix, Quarter quarter, EmployerKey key) {
        return jdbc.query("select * from (" + EMPLOYERS + ") e where " + employerCondition(key, "e.g_org",
                "e.g_employer", "e.org_name"), employerParams(prefix, quarter, key), ReportingQueries::employerRow)
                .stream().findFirst();
    }

    /** One row per period of the employer's people; the caller merges the periods of one person. */
    List<Map<String, Object>> sheetPeriods(String prefix, Quarter quarter, EmployerKey key) {
        return jdbc.queryForList("with " + QUARTER + """
                select q.id, q.person_key, q.community_id, c.name as community_name, coalesce(m.name, q.person_name) as name,
                       q.reported_on, q.valid_until,
                       (select string_agg(p.name, chr(31) order by p.name) from member_report_post x
                        join service_post p on p.id = x.post_id where x.report_id = q.id) as posts,
                       coalesce(sv.n, 0) as services, coalesce(sv.h, 0) as hours, sv.last_on
                from q join region c on c.id = q.community_id left join party_member m on m.id = q.member_id
                left join party_org o on o.id = q.g_org left join sv on sv.report_id = q.id
                where""" + " " + employerCondition(key, "q.g_org", "q.g_employer", "q.g_org_name")
                + " order by c.code, name, q.person_key, q.reported_on", employerParams(prefix, quarter, key));
    }

    private static String employerCondition(EmployerKey key, String org, String employer, String orgName) {
        return key.isOrg() ? org + " = :orgId"
                : org + " is null and " + employer + " = :employer and " + orgName + " = :orgName";
    }

    private static MapSqlParameterSource employerParams(String prefix, Quarter quarter, EmployerKey key) {
        return quarterParams(prefix, quarter).addValue("orgId", key.orgId())
                .addValue("employer", key.employerName()).addValue("orgName", key.orgName());
    }

    private static MapSqlParameterSource quarterParams(String prefix, Quarter quarter) {
        return new MapSqlParameterSource("prefix", prefix).addValue("qs", quarter.start()).addValue("qe", quarter.end());
    }

    private static EmployerRow employerRow(ResultSet rs, int i) throws SQLException {
        Long org = (Long) rs.getObject("g_org");
        String orgName = rs.getString("org_name");
        EmployerKey key = org != null ? EmployerKey.ofOrg(org) : EmployerKey.ofOutsider(rs.getString("g_employer"),
                orgName);
        return new EmployerRow(key.encode(), org, orgName, rs.getString("employer_names"), rs.getLong("members"),
                rs.getLong("services"), rs.getBigDecimal("hours"));
    }

    // ---------------------------------------------------------------- resident units

    /** Open resident units sitting in the community or its street, as id and name. */
    List<ReportingViews.UnitChoice> unitChoices(long communityId) {
        return jdbc.query("""
                select u.id, u.name from resident_unit u join region c on c.id = :community
                where u.closed_on is null and (u.region_id = c.id or u.region_id = c.parent_id)
                order by u.name, u.id""", new MapSqlParameterSource("community", communityId),
                (rs, i) -> new ReportingViews.UnitChoice(rs.getLong(1), rs.getString(2)));
    }

    Optional<String> unitName(long unitId) {
        return jdbc.queryForList("select name from resident_unit where id = :id",
                new MapSqlParameterSource("id", unitId), String.class).stream().findFirst();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
