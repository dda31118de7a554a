package org.grassroots.regional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.regional.RegionalViews.AgreementRow;
import org.grassroots.regional.RegionalViews.Candidate;
import org.grassroots.regional.RegionalViews.Category;
import org.grassroots.regional.RegionalViews.Choice;
import org.grassroots.regional.RegionalViews.CommunityTie;
import org.grassroots.regional.RegionalViews.NeedRow;
import org.grassroots.regional.RegionalViews.Place;
import org.grassroots.regional.RegionalViews.ProjectRow;
import org.grassroots.regional.RegionalViews.ResourceRow;
import org.grassroots.regional.RegionalViews.SeatFigures;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-side SQL of regional Party building, filtered by region path prefixes. The derived states
 * follow {@link RegionalPolicy}: a need is MET with a project done, IN_PROGRESS with one planned or
 * active; a follow-up is overdue when open after its deadline; an agreement is active when its term
 * covers today.
 */
@Component
class RegionalQueries {

    static final String NEED_STATUS = """
            case when exists (select 1 from regional_project p where p.need_id = n.id and p.status = 'DONE') then 'MET'
                 when exists (select 1 from regional_project p where p.need_id = n.id and p.status in ('PLANNED', 'ACTIVE'))
                 then 'IN_PROGRESS' else 'OPEN' end""";

    private final NamedParameterJdbcTemplate jdbc;

    RegionalQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static boolean english() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String categoryName() {
        return english() ? " sc.name_en " : " sc.name_zh ";
    }

    // ---------------------------------------------------------------- categories and choices

    List<Category> activeCategories() {
        return jdbc.query("select code, " + categoryName() + " from service_category sc where active "
                + "order by sort_order, code", (rs, i) -> new Category(rs.getString(1), rs.getString(2)));
    }

    boolean activeCategory(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from service_category where code = :c and active)",
                Map.of("c", code), Boolean.class));
    }

    /** Open resident units sitting in the region's subtree (the street or community of a joint meeting). */
    List<Choice> unitsWithin(String path) {
        return jdbc.query("""
                select u.id, u.name from resident_unit u join region r on r.id = u.region_id
                where r.path like :p || '%' and u.closed_on is null order by u.name, u.id""",
                Map.of("p", path), (rs, i) -> new Choice(rs.getLong(1), rs.getString(2)));
    }

    /**
     * The leading Party organizations of the street and communities in the subtree: open COMMUNITY-category
     * organizations (not Party groups) sitting in a street or community whose parent sits elsewhere.
     */
    List<Choice> leadingOrgs(String path) {
        return jdbc.query(LEADING + " order by r.path, o.name", Map.of("p", path),
                (rs, i) -> new Choice(rs.getLong(1), rs.getString(2)));
    }

    private static final String LEADING = """
            select o.id, o.name, o.region_id from party_org o join region r on r.id = o.region_id
            left join party_org up on up.id = o.parent_id
            where r.path like :p || '%' and r.level in ('STREET', 'COMMUNITY') and o.closed_on is null
              and o.category = 'COMMUNITY' and o.type <> 'PARTY_GROUP'
              and (up.id is null or up.region_id <> o.region_id)""";

    /** The region a leading organization sits in, when the organization is one in the subtree. */
    Long leadingOrgRegion(String path, long orgId) {
        List<Long> found = jdbc.query(LEADING + " and o.id = :o", new MapSqlParameterSource("p", path)
                .addValue("o", orgId), (rs, i) -> rs.getLong(3));
        return found.isEmpty() ? null : found.get(0);
    }

    Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, name from resident_unit where id in (:ids)", Map.of("ids", ids),
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    // ---------------------------------------------------------------- joint meeting

    record MeetingFacts(LocalDate lastHeld, long open, long overdue, long members) {
    }

    MeetingFacts meetingFacts(long regionId, LocalDate today) {
        return jdbc.queryForObject("""
                select (select max(held_on) from joint_meeting where region_id = :r and held_on <= :today),
                       (select count(*) from joint_follow_up where region_id = :r and status = 'OPEN'),
                       (select count(*) from joint_follow_up where region_id = :r and status = 'OPEN' and due_on < :today),
                       (select count(*) from joint_member where region_id = :r and left_on is null)""",
                new MapSqlParameterSource("r", regionId).addValue("today", today),
                (rs, i) -> new MeetingFacts(date(rs, 1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    long countMeetings(long regionId) {
        return jdbc.queryForObject("select count(*) from joint_meeting where region_id = :r", Map.of("r", regionId),
                Long.class);
    }

    List<Long> meetingIds(long regionId, int limit, long offset) {
        return jdbc.queryForList("""
                select id from joint_meeting where region_id = :r order by held_on desc, id desc
                limit :limit offset :offset""", new MapSqlParameterSource("r", regionId).addValue("limit", limit)
                .addValue("offset", offset), Long.class);
    }

    Map<Long, Long> attendanceByMember(long regionId) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("""
                select a.member_id, count(*) from joint_meeting_attendance a join joint_member m on m.id = a.member_id
                where m.region_id = :r group by a.member_id""", Map.of("r", regionId),
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** The follow-ups of a joint meeting: open first (the earliest deadline first), then closed, latest first. */
    List<Long> followUpIds(long regionId) {
        return jdbc.queryForList("""
                select id from joint_follow_up where region_id = :r
                order by case when status = 'OPEN' then 0 else 1 end,
                         case when status = 'OPEN' then due_on end, closed_on desc, id desc""",
                Map.of("r", regionId), Long.class);
    }

    // ---------------------------------------------------------------- agreements

    private static final String AGREEMENT_ROWS = """
            select a.id, a.title, a.region_id, r.name, o.name, a.unit_id, u.name,
                   coalesce(uo.name, u.party_org_name), a.start_on, a.end_on,
                   (select max(v.reviewed_on) from cobuild_review v where v.agreement_id = a.id)
            from cobuild_agreement a join region r on r.id = a.region_id join party_org o on o.id = a.party_org_id
            join resident_unit u on u.id = a.unit_id left join party_org uo on uo.id = u.party_org_id
            """;

    private static final String AGREEMENT_FILTER = """
            where r.path like :p || '%'
              and (cast(:state as text) is null
                   or (:state = 'UPCOMING' and a.start_on > :today)
                   or (:state = 'ACTIVE' and a.start_on <= :today and a.end_on >= :today)
                   or (:state = 'EXPIRED' and a.end_on < :today)
                   or (:state = 'EXPIRING' and a.start_on <= :today and a.end_on >= :today and a.end_on <= :warn))
              and (cast(:q as text) is null or a.title ilike :q or u.name ilike :q)
            """;

    long countAgreements(String path, String state, String like, LocalDate today, LocalDate warn) {
        return jdbc.queryForObject("select count(*) from cobuild_agreement a join region r on r.id = a.region_id "
                + "join resident_unit u on u.id = a.unit_id " + AGREEMENT_FILTER,
                agreementParams(path, state, like, today, warn), Long.class);
    }

    List<AgreementRow> agreements(String path, String state, String like, LocalDate today, LocalDate warn,
            RegionalPolicy policy, int limit, long offset) {
        return jdbc.query(AGREEMENT_ROWS + AGREEMENT_FILTER
                + " order by a.end_on, a.id limit :limit offset :offset",
                agreementParams(path, state, like, today, warn).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> agreementRow(rs, policy, today));
    }

    List<AgreementRow> agreementsById(Collection<Long> ids, RegionalPolicy policy, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(AGREEMENT_ROWS + " where a.id in (:ids) order by a.end_on desc, a.id desc",
                Map.of("ids", ids), (rs, i) -> agreementRow(rs, policy, today));
    }

    List<Long> agreementIdsOfUnit(long unitId) {
        return jdbc.queryForList("select id from cobuild_agreement where unit_id = :u", Map.of("u", unitId),
                Long.class);
    }

    private static MapSqlParameterSource agreementParams(String path, String state, String like, LocalDate today,
            LocalDate warn) {
        return new MapSqlParameterSource("p", path).addValue("state", state).addValue("q", like)
                .addValue("today", today).addValue("warn", warn);
    }

    private static AgreementRow agreementRow(ResultSet rs, RegionalPolicy policy, LocalDate today)
            throws SQLException {
        LocalDate start = date(rs, 9);
        LocalDate end = date(rs, 10);
        LocalDate last = date(rs, 11);
        return new AgreementRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), start, end, RegionalPolicy.state(start, end, today),
                policy.expiringSoon(start, end, today), RegionalPolicy.reviewDue(start, end, last, today), last);
    }

    // ---------------------------------------------------------------- needs

    private String needRows() {
        return "select n.id, n.community_id, c.name as community_name, n.category, " + categoryName() + """
                 as category_name, n.description, n.urgency, n.raised_by_kind, n.raised_by, n.raised_on, """ + NEED_STATUS + """
                 as status
                from regional_need n join region c on c.id = n.community_id
                join service_category sc on sc.code = n.category
                """;
    }

    private static final String NEED_FILTER = """
            where c.path like :p || '%'
              and (cast(:category as text) is null or n.category = :category)
              and (cast(:q as text) is null or n.description ilike :q or n.raised_by ilike :q)
            """;

    long countNeeds(String path, ListSearch s, String status) {
        return jdbc.queryForObject("select count(*) from (" + needRows() + NEED_FILTER + ") x "
                + "where cast(:status as text) is null or x.status = :status", needParams(path, s, status), Long.class);
    }

    List<NeedRow> needs(String path, ListSearch s, String status, int limit, long offset) {
        return jdbc.query("select * from (" + needRows() + NEED_FILTER + ") x "
                + "where cast(:status as text) is null or x.status = :status "
                + "order by case x.status when 'OPEN' then 0 when 'IN_PROGRESS' then 1 else 2 end, "
                + "case x.urgency when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end, "
                + "x.raised_on, x.id limit :limit offset :offset",
                needParams(path, s, status).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> needRow(rs));
    }

    /** Needs of the subtree not yet served by a project (open), for choosing in a project form. */
    List<NeedRow> needChoices(String path, Long keep) {
        return jdbc.query("select * from (" + needRows() + " where c.path like :p || '%') x "
                + "where x.status = 'OPEN' or x.id = :keep order by x.raised_on desc, x.id desc",
                new MapSqlParameterSource("p", path).addValue("keep", keep == null ? -1 : keep), (rs, i) -> needRow(rs));
    }

    private static MapSqlParameterSource needParams(String path, ListSearch s, String status) {
        return new MapSqlParameterSource("p", path).addValue("category", blank(s.getCategory()))
                .addValue("q", s.like()).addValue("status", status);
    }

    private static NeedRow needRow(ResultSet rs) throws SQLException {
        return new NeedRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Urgency.valueOf(rs.getString(7)), RaisedBy.valueOf(rs.getString(8)), rs.getString(9),
                date(rs, 10), NeedStatus.valueOf(rs.getString(11)));
    }

    // ---------------------------------------------------------------- resources

    private String resourceRows() {
        return "select x.id, x.unit_id, u.name as unit_name, r.name as seat_name, x.type, x.category, "
                + categoryName() + """
                 as category_name, x.description, x.available_from, x.available_to, x.availability, x.withdrawn_on,
                       (x.withdrawn_on is null and u.closed_on is null
                        and (x.available_from is null or x.available_from <= :today)
                        and (x.available_to is null or x.available_to >= :today)) as available,
                       (select count(*) from regional_project_resource pr join regional_project p on p.id = pr.project_id
                        where pr.resource_id = x.id and p.status <> 'CANCELLED') as projects
                from regional_resource x join resident_unit u on u.id = x.unit_id join region r on r.id = u.region_id
                join service_category sc on sc.code = x.category
                """;
    }

    private static final String RESOURCE_FILTER = """
            where r.path like :p || '%'
              and (cast(:type as text) is null or x.type = :type)
              and (cast(:category as text) is null or x.category = :category)
              and (cast(:q as text) is null or x.description ilike :q or u.name ilike :q)
            """;

    long countResources(String path, ListSearch s, String type, LocalDate today) {
        return jdbc.queryForObject("select count(*) from regional_resource x join resident_unit u on u.id = x.unit_id "
                + "join region r on r.id = u.region_id " + RESOURCE_FILTER, resourceParams(path, s, type, today),
                Long.class);
    }

    List<ResourceRow> resources(String path, ListSearch s, String type, LocalDate today, int limit, long offset) {
        return jdbc.query(resourceRows() + RESOURCE_FILTER + " order by available desc, u.name, x.id desc "
                + "limit :limit offset :offset", resourceParams(path, s, type, today).addValue("limit", limit)
                .addValue("offset", offset), (rs, i) -> resourceRow(rs));
    }

    List<ResourceRow> resourcesOfUnit(long unitId, LocalDate today) {
        return jdbc.query(resourceRows() + " where x.unit_id = :u order by x.id desc",
                new MapSqlParameterSource("u", unitId).addValue("today", today), (rs, i) -> resourceRow(rs));
    }

    /** Resources of the subtree available today, and those kept by the project being edited. */
    List<ResourceRow> resourceChoices(String path, LocalDate today, Collection<Long> keep) {
        return jdbc.query("select * from (" + resourceRows() + " where r.path like :p || '%') y "
                + "where y.available or y.id in (:keep) order by y.unit_name, y.id",
                new MapSqlParameterSource("p", path).addValue("today", today)
                        .addValue("keep", keep.isEmpty() ? List.of(-1L) : keep), (rs, i) -> resourceRow(rs));
    }

    private static MapSqlParameterSource resourceParams(String path, ListSearch s, String type, LocalDate today) {
        return new MapSqlParameterSource("p", path).addValue("type", type)
                .addValue("category", blank(s.getCategory())).addValue("q", s.like()).addValue("today", today);
    }

    private static ResourceRow resourceRow(ResultSet rs) throws SQLException {
        return new ResourceRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                ResourceType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), date(rs, 9),
                date(rs, 10), rs.getString(11), date(rs, 12), rs.getBoolean(13), rs.getLong(14));
    }

    // ---------------------------------------------------------------- projects

    private static final String PROJECT_ROWS = """
            select p.id, p.name, p.need_id, n.description, c.name, p.owner, p.deadline, p.status, p.origin,
                   p.people_served, p.done_on,
                   (select string_agg(u.name || '·' || left(x.description, 30), '；' order by x.id)
                    from regional_project_resource pr join regional_resource x on x.id = pr.resource_id
                    join resident_unit u on u.id = x.unit_id where pr.project_id = p.id) as resources
            from regional_project p join regional_need n on n.id = p.need_id join region c on c.id = n.community_id
            """;

    private static final String PROJECT_FILTER = """
            where c.path like :p || '%'
              and (cast(:status as text) is null or p.status = :status)
              and (cast(:q as text) is null or p.name ilike :q or p.owner ilike :q)
            """;

    long countProjects(String path, ListSearch s, String status) {
        return jdbc.queryForObject("select count(*) from regional_project p join regional_need n on n.id = p.need_id "
                + "join region c on c.id = n.community_id " + PROJECT_FILTER, projectParams(path, s, status),
                Long.class);
    }

    List<ProjectRow> projects(String path, ListSearch s, String status, LocalDate today, int limit, long offset) {
        return jdbc.query(PROJECT_ROWS + PROJECT_FILTER + """
                 order by case p.status when 'ACTIVE' then 0 when 'PLANNED' then 1 when 'DONE' then 2 else 3 end,
                          p.deadline nulls last, p.id desc limit :limit offset :offset""",
                projectParams(path, s, status).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> projectRow(rs, today));
    }

    List<ProjectRow> projectsOfUnit(long unitId, LocalDate today) {
        return jdbc.query(PROJECT_ROWS + """
                 where exists (select 1 from regional_project_resource pr join regional_resource x on x.id = pr.resource_id
                               where pr.project_id = p.id and x.unit_id = :u)
                 order by p.id desc""", Map.of("u", unitId), (rs, i) -> projectRow(rs, today));
    }

    List<ProjectRow> projectsOfNeed(long needId, LocalDate today) {
        return jdbc.query(PROJECT_ROWS + " where p.need_id = :n order by p.id desc", Map.of("n", needId),
                (rs, i) -> projectRow(rs, today));
    }

    private static MapSqlParameterSource projectParams(String path, ListSearch s, String status) {
        return new MapSqlParameterSource("p", path).addValue("status", status).addValue("q", s.like());
    }

    private static ProjectRow projectRow(ResultSet rs, LocalDate today) throws SQLException {
        ProjectStatus status = ProjectStatus.valueOf(rs.getString(8));
        LocalDate deadline = date(rs, 7);
        boolean late = deadline != null && deadline.isBefore(today)
                && (status == ProjectStatus.PLANNED || status == ProjectStatus.ACTIVE);
        return new ProjectRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), deadline, status, ProjectOrigin.valueOf(rs.getString(9)),
                (Integer) rs.getObject(10), date(rs, 11), rs.getString(12), late);
    }

    // ---------------------------------------------------------------- matching

    long countUnmet(String path) {
        return jdbc.queryForObject("select count(*) from (" + needRows() + " where c.path like :p || '%') x "
                + "where x.status = 'OPEN'", Map.of("p", path), Long.class);
    }

    /** Open needs of the subtree, the most urgent and oldest first. */
    List<NeedRow> unmet(String path, int limit, long offset) {
        return jdbc.query("select * from (" + needRows() + " where c.path like :p || '%') x where x.status = 'OPEN' "
                + "order by case x.urgency when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end, "
                + "x.raised_on, x.id limit :limit offset :offset", new MapSqlParameterSource("p", path)
                .addValue("limit", limit).addValue("offset", offset), (rs, i) -> needRow(rs));
    }

    /**
     * Up to five resources per need, of the need's category, available today from open units in the
     * subtree: the need's own community first, then its street, then the rest of the subtree.
     */
    Map<Long, List<Candidate>> candidates(String path, Collection<Long> needIds, LocalDate today) {
        Map<Long, List<Candidate>> byNeed = new LinkedHashMap<>();
        if (needIds.isEmpty()) {
            return byNeed;
        }
        jdbc.query("""
                select * from (
                  select n.id as need_id, x.id, u.name, x.type, x.description,
                         case when ur.id = c.id then 0 when ur.id = c.street_id or ur.street_id = c.street_id then 1 else 2 end
                           as place,
                         row_number() over (partition by n.id order by
                           case when ur.id = c.id then 0 when ur.id = c.street_id or ur.street_id = c.street_id then 1 else 2 end,
                           x.available_to nulls last, x.id) as rn
                  from regional_need n join region c on c.id = n.community_id
                  join regional_resource x on x.category = n.category
                  join resident_unit u on u.id = x.unit_id join region ur on ur.id = u.region_id
                  where n.id in (:needs) and ur.path like :p || '%' and u.closed_on is null and x.withdrawn_on is null
                    and (x.available_from is null or x.available_from <= :today)
                    and (x.available_to is null or x.available_to >= :today)) y
                where y.rn <= 5 order by y.need_id, y.rn""",
                new MapSqlParameterSource("needs", needIds).addValue("p", path).addValue("today", today),
                rs -> {
                    byNeed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Candidate(rs.getLong(2),
                            rs.getString(3), ResourceType.valueOf(rs.getString(4)), rs.getString(5),
                            Place.values()[rs.getInt(6)]));
                });
        return byNeed;
    }

    // ---------------------------------------------------------------- level figures

    /**
     * The rows each figure of a seat counts, for every street and community under the prefix (seat): one
     * counting rule for the per-seat figures and their sums. {@link #SEATS_AMONG} replaces the prefix.
     */
    private static final String SEAT_ROWS = """
                with seat as (select id, path, level, name, street_id, district_id from region
                              where level in ('STREET', 'COMMUNITY') and path like :p || '%'),
                m_rows as (select region_id from joint_meeting
                           where region_id in (select id from seat) and held_on between :from and :today),
                f_rows as (select region_id, status = 'OPEN' as open, status = 'OPEN' and due_on < :today as overdue
                           from joint_follow_up where region_id in (select id from seat)),
                a_rows as (select region_id from cobuild_agreement
                           where region_id in (select id from seat) and start_on <= :today and end_on >= :today),
                n_rows as (select n.community_id, exists (select 1 from regional_project p
                                  where p.need_id = n.id and p.status = 'DONE') as met
                           from regional_need n where n.community_id in (select id from seat)
                             and n.raised_on >= :year and n.raised_on <= :today),
                d_rows as (select n.community_id from regional_project p join regional_need n on n.id = p.need_id
                           where n.community_id in (select id from seat)
                             and p.status = 'DONE' and p.done_on >= :year and p.done_on <= :today)
                """;

    /** The seats among the regions (:regions) instead of those under the prefix. */
    private static final String SEATS_AMONG = "path like :p || '%'";

    /**
     * Every street and community under the prefix with its own figures and its last joint meeting held by
     * today (one row per seat).
     */
    private static final String SEAT_FACTS = SEAT_ROWS + """
                , m as (select region_id, count(*) as held from m_rows group by region_id),
                f as (select region_id, count(*) filter (where open) as open, count(*) filter (where overdue) as overdue
                      from f_rows group by region_id),
                a as (select region_id, count(*) as active from a_rows group by region_id),
                n as (select community_id, count(*) as raised, count(*) filter (where met) as met
                      from n_rows group by community_id),
                d as (select community_id, count(*) as done from d_rows group by community_id),
                l as (select region_id, max(held_on) as last_on from joint_meeting
                      where region_id in (select id from seat) and held_on <= :today group by region_id)
                select s.id, s.name, s.path, s.level = 'STREET', s.street_id, s.district_id, coalesce(m.held, 0),
                       coalesce(f.open, 0), coalesce(f.overdue, 0), coalesce(a.active, 0), coalesce(n.raised, 0),
                       coalesce(n.met, 0), coalesce(d.done, 0), l.last_on
                from seat s left join m on m.region_id = s.id left join f on f.region_id = s.id
                left join a on a.region_id = s.id left join n on n.community_id = s.id
                left join d on d.community_id = s.id left join l on l.region_id = s.id""";

    /** Every street and community under the prefix with its own figures, counted for the period. */
    List<SeatFigures> seatFigures(String path, LocalDate periodStart, LocalDate today, LocalDate yearStart) {
        return jdbc.query(SEAT_FACTS, seatParams(path, periodStart, today, yearStart),
                (rs, i) -> seatFigures(rs, periodStart));
    }

    /** The same for the streets and communities among the regions (every one when null): the box roll-up's. */
    List<SeatFigures> seatFigures(Collection<Long> regionIds, LocalDate periodStart, LocalDate today,
            LocalDate yearStart) {
        String facts = SEAT_FACTS.replace(SEATS_AMONG, regionIds == null ? "true" : "id in (:regions)");
        return jdbc.query(facts, seatParams(null, periodStart, today, yearStart).addValue("regions", regionIds),
                (rs, i) -> seatFigures(rs, periodStart));
    }

    private static SeatFigures seatFigures(ResultSet rs, LocalDate periodStart) throws SQLException {
        long id = rs.getLong(1);
        boolean street = rs.getBoolean(4);
        return new SeatFigures(id, rs.getString(2), rs.getString(3), street,
                street ? Long.valueOf(id) : (Long) rs.getObject(5), (Long) rs.getObject(6), periodStart, rs.getLong(7),
                rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                date(rs, 14));
    }

    /** The sums of {@link #SEAT_FACTS} in one row, counted from the same rows without a row per seat. */
    private static final String SEAT_TOTALS = SEAT_ROWS + """
                select (select count(*) from seat where level = 'STREET'), (select count(*) from m_rows),
                       (select count(distinct m.region_id) from m_rows m join seat s on s.id = m.region_id
                        where s.level = 'STREET'),
                       (select count(*) filter (where open) from f_rows), (select count(*) filter (where overdue) from f_rows),
                       (select count(*) from a_rows), (select count(*) from n_rows),
                       (select count(*) filter (where met) from n_rows), (select count(*) from d_rows)""";

    /**
     * The figures of {@link #seatFigures} added up over every street and community under the prefix by the
     * database, in one row (streets: how many, and how many held a meeting).
     */
    SeatTotals seatTotals(String path, LocalDate periodStart, LocalDate today, LocalDate yearStart) {
        return jdbc.queryForObject(SEAT_TOTALS, seatParams(path, periodStart, today, yearStart),
                (rs, i) -> new SeatTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
    }

    private static MapSqlParameterSource seatParams(String path, LocalDate periodStart, LocalDate today,
            LocalDate yearStart) {
        return new MapSqlParameterSource("p", path).addValue("from", periodStart).addValue("today", today)
                .addValue("year", yearStart);
    }

    /** The sums of {@link SeatFigures} over a subtree: streets counts the street seats, streetsMet those that met. */
    record SeatTotals(long streets, long meetingsHeld, long streetsMet, long openFollowUps, long overdueFollowUps,
            long activeAgreements, long needsRaised, long needsMet, long projectsDone) {
    }

    /**
     * One set-based query: every community under the prefix with its last meeting (its own or its
     * street's, the later; each seat's last meeting found once) and active agreements.
     */
    List<CommunityTie> ties(String prefix, LocalDate today, LocalDate since) {
        return jdbc.query("""
                with comm as (select id, name, street_id, path from region
                              where level = 'COMMUNITY' and path like :p || '%'),
                last_m as (select m.region_id, max(m.held_on) as last_on from joint_meeting m
                           where m.held_on <= :today
                             and m.region_id in (select id from comm union select street_id from comm)
                           group by m.region_id),
                agr as (select a.region_id, count(*) as n from cobuild_agreement a
                        where a.start_on <= :today and a.end_on >= :today
                          and a.region_id in (select id from comm) group by a.region_id)
                select c.id, c.name, c.street_id, greatest(lc.last_on, ls.last_on), coalesce(a.n, 0),
                       coalesce(greatest(lc.last_on, ls.last_on) >= :since, false) or coalesce(a.n, 0) > 0
                from comm c left join last_m lc on lc.region_id = c.id left join last_m ls on ls.region_id = c.street_id
                left join agr a on a.region_id = c.id
                order by c.path""",
                new MapSqlParameterSource("p", prefix).addValue("today", today).addValue("since", since),
                (rs, i) -> new CommunityTie(rs.getLong(1), rs.getString(2), rs.getLong(3), date(rs, 4), rs.getLong(5),
                        rs.getBoolean(6)));
    }

    // ---------------------------------------------------------------- the unit page

    record Attendance(long meetings, LocalDate last) {
    }

    Attendance attendanceOfUnit(long unitId) {
        return jdbc.queryForObject("""
                select count(*), max(g.held_on) from joint_meeting_attendance a join joint_member m on m.id = a.member_id
                join joint_meeting g on g.id = a.meeting_id where m.unit_id = :u""", Map.of("u", unitId),
                (rs, i) -> new Attendance(rs.getLong(1), date(rs, 2)));
    }

    // ---------------------------------------------------------------- helpers

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
