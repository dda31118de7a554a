package org.grassroots.transfer;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.shared.Scope;
import org.grassroots.transfer.TransferViews.Choice;
import org.grassroots.transfer.TransferViews.Row;
import org.grassroots.transfer.TransferViews.Tab;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The transfer lists, set-based and filtered by the scope: outgoing are those whose sending
 * organization is in the scope, incoming those whose receiving organization is.
 */
@Component
class TransferQueries {

    private static final String FROM = """
            from member_transfer t
            join party_member m on m.id = t.member_id
            left join party_org f on f.id = t.from_org_id
            left join party_org r on r.id = t.to_org_id
            where %s
              and (:memberId is null or t.member_id = :memberId)
              and (:q = '' or m.name like '%%' || :q || '%%')
              and (:state = '' or :state = (case when t.state = 'SENT' and t.valid_until < :today then 'EXPIRED'
                                                else t.state end)
                   or (:state = 'OVERDUE' and t.state = 'SENT'
                       and (t.valid_until < :today or t.sent_on < :overdueSince)))
            """;

    private static final String OUTGOING = "f.path like :orgPrefix || '%' and f.region_path like :regionPrefix || '%'";
    private static final String INCOMING = "r.path like :orgPrefix || '%' and r.region_path like :regionPrefix || '%'";

    private final NamedParameterJdbcTemplate jdbc;

    TransferQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource params(Scope scope, String state, String q, Long memberId, LocalDate today,
            int receiptMonths) {
        return new MapSqlParameterSource().addValue("orgPrefix", scope.orgPrefix())
                .addValue("regionPrefix", scope.regionPrefix()).addValue("state", state == null ? "" : state)
                .addValue("q", q == null ? "" : q.replace("%", "").replace("_", ""))
                .addValue("memberId", memberId, java.sql.Types.BIGINT).addValue("today", today)
                .addValue("overdueSince", today.minusMonths(receiptMonths));
    }

    long count(Tab tab, Scope scope, String state, String q, Long memberId, LocalDate today, int receiptMonths) {
        Long n = jdbc.queryForObject("select count(*) " + FROM.formatted(tab == Tab.OUTGOING ? OUTGOING : INCOMING),
                params(scope, state, q, memberId, today, receiptMonths), Long.class);
        return n == null ? 0 : n;
    }

    List<Row> page(Tab tab, Scope scope, String state, String q, Long memberId, LocalDate today, int receiptMonths,
            int offset, int size) {
        String sql = """
                select t.id, t.kind, t.state, t.valid_until, t.sent_on, t.issued_on, m.name, m.id_number_masked,
                       coalesce(f.name, t.other_side) as from_name, coalesce(r.name, t.other_side) as to_name
                """ + FROM.formatted(tab == Tab.OUTGOING ? OUTGOING : INCOMING)
                + " order by t.issued_on desc, t.id desc limit :size offset :offset";
        MapSqlParameterSource p = params(scope, state, q, memberId, today, receiptMonths).addValue("size", size)
                .addValue("offset", offset);
        return jdbc.query(sql, p, (rs, i) -> {
            TransferState s = TransferState.valueOf(rs.getString("state"));
            LocalDate valid = rs.getObject("valid_until", LocalDate.class);
            LocalDate sent = rs.getObject("sent_on", LocalDate.class);
            boolean expired = s == TransferState.SENT && today.isAfter(valid);
            boolean overdue = s == TransferState.SENT
                    && (expired || sent != null && today.isAfter(sent.plusMonths(receiptMonths)));
            return new Row(rs.getLong("id"), TransferKind.valueOf(rs.getString("kind")),
                    expired ? TransferState.EXPIRED : s, overdue, rs.getString("name"),
                    rs.getString("id_number_masked"), rs.getString("from_name"), rs.getString("to_name"),
                    rs.getObject("issued_on", LocalDate.class), sent, valid);
        });
    }

    /** Every open organization that keeps members, city-wide: a transfer may go anywhere in the system. */
    List<Choice> receivingOrgs() {
        return jdbc.query("""
                select id, name from party_org where closed_on is null and type <> 'PARTY_GROUP'
                order by name, id""", (rs, i) -> new Choice(rs.getLong("id"), rs.getString("name")));
    }

    /** Per region path: [outgoing, overdue, incoming] transfers sent and not received, by organization seat. */
    java.util.Map<String, long[]> pending(List<String> regionPaths, LocalDate today, int receiptMonths) {
        java.util.Map<String, long[]> counts = new java.util.LinkedHashMap<>();
        regionPaths.forEach(p -> counts.put(p, new long[3]));
        if (regionPaths.isEmpty()) {
            return counts;
        }
        jdbc.query("""
                select p.path,
                       count(*) filter (where f.region_path like p.path || '%') as outgoing,
                       count(*) filter (where f.region_path like p.path || '%'
                                          and (t.valid_until < :today or t.sent_on < :since)) as overdue,
                       count(*) filter (where r.region_path like p.path || '%') as incoming
                from unnest(cast(:paths as text[])) as p(path)
                cross join member_transfer t
                left join party_org f on f.id = t.from_org_id
                left join party_org r on r.id = t.to_org_id
                where t.state = 'SENT'
                group by p.path""", new MapSqlParameterSource("paths", regionPaths.toArray(String[]::new))
                .addValue("today", today).addValue("since", today.minusMonths(receiptMonths)), rs -> {
                    counts.put(rs.getString("path"), new long[] {rs.getLong("outgoing"), rs.getLong("overdue"),
                            rs.getLong("incoming")});
                });
        return counts;
    }
}
