package org.grassroots.floating;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.floating.FloatingViews.Choice;
import org.grassroots.floating.FloatingViews.InflowRow;
import org.grassroots.floating.FloatingViews.OutflowRow;
import org.grassroots.floating.FloatingViews.Tab;
import org.grassroots.shared.Masking;
import org.grassroots.shared.Scope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mobile-member lists and figures, set-based. Outflows are filtered by the member's
 * organization, inflows by the host organization, against the scope's prefixes. The cut-off days
 * come from {@link FloatingPolicy}, so the lists, the figures and the detail page agree.
 */
@Component
class FloatingQueries {

    /** The day contact is counted from, as {@link FloatingPolicy#lastContactOrSince}. */
    private static final String CONTACT_BASE = "greatest(coalesce(lc.last_on, f.since), f.since)";

    private static final String LOST = "f.returned_on is null and " + CONTACT_BASE + " <= :contactCutoff";

    /** As {@link FloatingPolicy#certificateStatus}: a certificate held, issued or reviewed a year or more ago. */
    private static final String REVIEW = """
            f.returned_on is null and f.cert_status in ('ISSUED', 'REGISTERED_AT_HOST')
            and greatest(f.cert_issued_on, coalesce(f.last_review_on, f.cert_issued_on)) <= :reviewCutoff""";

    private static final String OUTFLOWS = """
            from floating_outflow f
            join party_member m on m.id = f.member_id
            join party_org o on o.id = m.party_org_id
            cross join lateral (select max(c.contact_on) as last_on from floating_contact c
                                where c.outflow_id = f.id) lc
            where o.path like :orgPrefix || '%%' and o.region_path like :regionPrefix || '%%'
              and (:q = '' or m.name like '%%' || :q || '%%')
              and %s
            """;

    private static final String INFLOWS = """
            from floating_inflow i
            join party_org h on h.id = i.host_org_id
            where h.path like :orgPrefix || '%' and h.region_path like :regionPrefix || '%'
              and (:q = '' or i.name like '%' || :q || '%')
              and (:all or i.ended_on is null)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    FloatingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String filter(Tab tab) {
        return switch (tab) {
            case LOST -> LOST;
            case REVIEW -> REVIEW;
            default -> "(:all or f.returned_on is null)";
        };
    }

    private static MapSqlParameterSource params(Scope scope, String q, boolean all, LocalDate today,
            FloatingPolicy policy) {
        return new MapSqlParameterSource().addValue("orgPrefix", scope.orgPrefix())
                .addValue("regionPrefix", scope.regionPrefix())
                .addValue("q", q == null ? "" : q.replace("%", "").replace("_", "")).addValue("all", all)
                .addValue("today", today).addValue("contactCutoff", policy.contactCutoff(today))
                .addValue("reviewCutoff", FloatingPolicy.reviewCutoff(today));
    }

    long count(Tab tab, Scope scope, String q, boolean all, LocalDate today, FloatingPolicy policy) {
        String sql = "select count(*) " + (tab == Tab.INFLOW ? INFLOWS : OUTFLOWS.formatted(filter(tab)));
        Long n = jdbc.queryForObject(sql, params(scope, q, all, today, policy), Long.class);
        return n == null ? 0 : n;
    }

    List<OutflowRow> outflows(Tab tab, Scope scope, String q, boolean all, LocalDate today, FloatingPolicy policy,
            int offset, int size) {
        String order = tab == Tab.LOST ? CONTACT_BASE + ", m.name, f.id" : "f.since desc, f.id desc";
        String sql = """
                select f.id, f.member_id, m.name, o.name as org_name, f.destination, f.reason, f.since,
                       f.expected_return_on, f.phone, lc.last_on, f.cert_status, f.cert_issued_on, f.last_review_on,
                       f.returned_on, f.decision_on
                """ + OUTFLOWS.formatted(filter(tab)) + " order by " + order + " limit :size offset :offset";
        MapSqlParameterSource p = params(scope, q, all, today, policy).addValue("size", size)
                .addValue("offset", offset);
        return jdbc.query(sql, p, (rs, i) -> {
            LocalDate since = rs.getObject("since", LocalDate.class);
            LocalDate last = rs.getObject("last_on", LocalDate.class);
            LocalDate returned = rs.getObject("returned_on", LocalDate.class);
            String cert = rs.getString("cert_status");
            return new OutflowRow(rs.getLong("id"), rs.getLong("member_id"), rs.getString("name"),
                    rs.getString("org_name"), rs.getString("destination"),
                    OutflowReason.valueOf(rs.getString("reason")),
                    since, rs.getObject("expected_return_on", LocalDate.class), Masking.phone(rs.getString("phone")),
                    last, FloatingPolicy.daysSinceContact(since, last, today),
                    cert == null ? null : FloatingPolicy.certificateStatus(CertificateStatus.valueOf(cert),
                            rs.getObject("cert_issued_on", LocalDate.class),
                            rs.getObject("last_review_on", LocalDate.class), today),
                    returned == null && policy.outOfContact(since, last, today), returned,
                    rs.getObject("decision_on", LocalDate.class));
        });
    }

    List<InflowRow> inflows(Scope scope, String q, boolean all, LocalDate today, FloatingPolicy policy, int offset,
            int size) {
        String sql = """
                select i.id, i.name, i.phone, i.home_org_name, i.home_place, h.name as host_name, i.since,
                       i.cert_number, i.member_id, i.ended_on
                """ + INFLOWS + " order by i.since desc, i.id desc limit :size offset :offset";
        MapSqlParameterSource p = params(scope, q, all, today, policy).addValue("size", size)
                .addValue("offset", offset);
        return jdbc.query(sql, p, (rs, i) -> new InflowRow(rs.getLong("id"), rs.getString("name"),
                Masking.phone(rs.getString("phone")), rs.getString("home_org_name"), rs.getString("home_place"),
                rs.getString("host_name"), rs.getObject("since", LocalDate.class), rs.getString("cert_number"),
                rs.getObject("member_id") != null, rs.getObject("ended_on", LocalDate.class)));
    }

    /** A linked member record, whatever the scope: its name and its organization's name only. */
    String[] memberName(long memberId) {
        return jdbc.queryForObject("""
                select m.name, o.name from party_member m join party_org o on o.id = m.party_org_id
                where m.id = :id""", new MapSqlParameterSource("id", memberId),
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
    }

    /** Every open organization that keeps members, city-wide: a member may go to any of them. */
    List<Choice> hostOrgs() {
        return jdbc.query("""
                select id, name from party_org where closed_on is null and type <> 'PARTY_GROUP'
                order by name, id""", (rs, i) -> new Choice(rs.getLong("id"), rs.getString("name")));
    }

    /** Per region path: [open outflows, open inflows, out of contact, review due], by organization seat. */
    Map<String, long[]> summary(List<String> regionPaths, LocalDate today, FloatingPolicy policy) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        regionPaths.forEach(p -> counts.put(p, new long[4]));
        if (regionPaths.isEmpty()) {
            return counts;
        }
        String sql = """
                with f as (select o.region_path,
                                  (%s) as lost,
                                  (%s) as due
                           from floating_outflow f
                           join party_member m on m.id = f.member_id
                           join party_org o on o.id = m.party_org_id
                           cross join lateral (select max(c.contact_on) as last_on from floating_contact c
                                               where c.outflow_id = f.id) lc
                           where f.returned_on is null),
                     i as (select h.region_path from floating_inflow i join party_org h on h.id = i.host_org_id
                           where i.ended_on is null)
                select p.path,
                       (select count(*) from f where f.region_path like p.path || '%%') as outflows,
                       (select count(*) from i where i.region_path like p.path || '%%') as inflows,
                       (select count(*) from f where f.region_path like p.path || '%%' and f.lost) as lost,
                       (select count(*) from f where f.region_path like p.path || '%%' and f.due) as due
                from unnest(cast(:paths as text[])) as p(path)
                """.formatted(LOST, REVIEW);
        jdbc.query(sql, new MapSqlParameterSource("paths", regionPaths.toArray(String[]::new))
                .addValue("contactCutoff", policy.contactCutoff(today))
                .addValue("reviewCutoff", FloatingPolicy.reviewCutoff(today)), rs -> {
                    counts.put(rs.getString("path"), new long[] {rs.getLong("outflows"), rs.getLong("inflows"),
                            rs.getLong("lost"), rs.getLong("due")});
                });
        return counts;
    }
}
