package org.grassroots.task;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.grassroots.shared.Scope;
import org.grassroots.task.TaskViews.ChildRef;
import org.grassroots.task.TaskViews.Choice;
import org.grassroots.task.TaskViews.IssuedRow;
import org.grassroots.task.TaskViews.MeetingChoice;
import org.grassroots.task.TaskViews.ReceivedRow;
import org.grassroots.task.TaskViews.RecipientLine;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The task lists and figures in SQL. Rows "of a node" follow {@link TaskService#isMine}: addressed to
 * the node, or (for a region) to an organization sitting in it. Due soon and overdue use the bounds
 * of {@link TaskDeadlinePolicy}: {@code :today} and {@code :soon}.
 */
@Component
class TaskQueries {

    private static final String NAMES = """
            left join region ir on ir.id = t.issuer_region_id
            left join party_org io on io.id = t.issuer_org_id
            left join region rr on rr.id = r.region_id
            left join party_org ro on ro.id = r.org_id
            """;

    private static final String MINE = """
            ((:kind = 'REGION' and (r.region_id = :node or ro.region_id = :node))
             or (:kind = 'ORG' and r.org_id = :node))
            """;

    private static final String RECEIVED_FILTER = """
            and (cast(:q as text) is null or position(lower(cast(:q as text)) in lower(t.title)) > 0)
            and (cast(:status as text) is null or r.status = :status)
            and (not :overdue or (r.status <> 'COMPLETED' and t.deadline < :today))
            and (not :openOnly or r.status <> 'COMPLETED')
            """;

    private static final String ISSUED_WHERE = """
            where ((:kind = 'REGION' and t.issuer_region_id = :node) or (:kind = 'ORG' and t.issuer_org_id = :node))
              and (cast(:q as text) is null or position(lower(cast(:q as text)) in lower(t.title)) > 0)
            """;

    private static final String ISSUED_HAVING = """
            having (cast(:status as text) is null or count(*) filter (where r.status = :status) > 0)
               and (not :overdue or count(*) filter (where r.status <> 'COMPLETED' and t.deadline < :today) > 0)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    TaskQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(String q, RecipientStatus status, boolean overdue, boolean openOnly) {
    }

    private static MapSqlParameterSource params(Scope scope, Filter f, LocalDate today, LocalDate soon) {
        return new MapSqlParameterSource("kind", scope.kind().name()).addValue("node", scope.nodeId())
                .addValue("q", f.q()).addValue("status", f.status() == null ? null : f.status().name())
                .addValue("overdue", f.overdue()).addValue("openOnly", f.openOnly())
                .addValue("today", today).addValue("soon", soon);
    }

    long countReceived(Scope scope, Filter f, LocalDate today) {
        Long n = jdbc.queryForObject("select count(*) from work_task_recipient r join work_task t on t.id = r.task_id "
                + NAMES + " where " + MINE + RECEIVED_FILTER, params(scope, f, today, today), Long.class);
        return n == null ? 0 : n;
    }

    List<ReceivedRow> received(Scope scope, Filter f, LocalDate today, TaskDeadlinePolicy policy, int offset,
            int limit) {
        return jdbc.query("""
                select r.id, t.id as task_id, t.title, t.deadline, t.priority, r.status,
                       coalesce(ir.name, io.name) as issuer, coalesce(rr.name, ro.name) as recipient,
                       t.parent_task_id
                from work_task_recipient r join work_task t on t.id = r.task_id
                """ + NAMES + " where " + MINE + RECEIVED_FILTER + """
                order by (r.status = 'COMPLETED'), t.deadline, r.id
                offset :offset limit :limit""",
                params(scope, f, today, today).addValue("offset", offset).addValue("limit", limit), (rs, i) -> {
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    RecipientStatus status = RecipientStatus.valueOf(rs.getString("status"));
                    return new ReceivedRow(rs.getLong("id"), rs.getLong("task_id"), rs.getString("title"), deadline,
                            TaskPriority.valueOf(rs.getString("priority")), status, rs.getString("issuer"),
                            rs.getString("recipient"), policy.urgency(deadline, status, today),
                            rs.getObject("parent_task_id") != null);
                });
    }

    /** Open, due soon and overdue rows of the caller's node. */
    long[] inboxCounts(Scope scope, LocalDate today, LocalDate soon) {
        return jdbc.queryForObject("""
                select count(*),
                       count(*) filter (where t.deadline >= :today and t.deadline <= :soon),
                       count(*) filter (where t.deadline < :today)
                from work_task_recipient r join work_task t on t.id = r.task_id
                left join party_org ro on ro.id = r.org_id
                where r.status <> 'COMPLETED'""" + " and " + MINE,
                params(scope, new Filter(null, null, false, true), today, soon),
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
    }

    long countIssued(Scope scope, Filter f, LocalDate today) {
        Long n = jdbc.queryForObject("select count(*) from (select t.id from work_task t join work_task_recipient r "
                + "on r.task_id = t.id " + ISSUED_WHERE + " group by t.id " + ISSUED_HAVING + ") x",
                params(scope, f, today, today), Long.class);
        return n == null ? 0 : n;
    }

    List<IssuedRow> issued(Scope scope, Filter f, LocalDate today, int offset, int limit) {
        return jdbc.query("""
                select t.id, t.title, t.deadline, t.priority, count(*) as recipients,
                       count(*) filter (where r.status = 'COMPLETED') as completed,
                       count(*) filter (where r.status <> 'COMPLETED' and t.deadline < :today) as overdue,
                       t.parent_task_id
                from work_task t join work_task_recipient r on r.task_id = t.id
                """ + ISSUED_WHERE + " group by t.id " + ISSUED_HAVING + """
                order by t.created_at desc, t.id desc
                offset :offset limit :limit""",
                params(scope, f, today, today).addValue("offset", offset).addValue("limit", limit),
                (rs, i) -> new IssuedRow(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("deadline", LocalDate.class), TaskPriority.valueOf(rs.getString("priority")),
                        rs.getLong("recipients"), rs.getLong("completed"), rs.getLong("overdue"),
                        rs.getObject("parent_task_id") != null));
    }

    /** Recipients of a task per status. */
    Map<RecipientStatus, Long> counts(long taskId) {
        Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
        for (RecipientStatus s : RecipientStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("select status, count(*) from work_task_recipient where task_id = :task group by status",
                new MapSqlParameterSource("task", taskId),
                rs -> {
                    counts.put(RecipientStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private static final String LINES = """
            select r.id, coalesce(rr.name, ro.name) as name, r.region_id is not null as is_region, r.status,
                   r.acknowledged_at, r.completed_at, r.evidence_text, r.evidence_number, r.evidence_meeting_id,
                   t.deadline,
                   (select count(*) from work_task_note n where n.recipient_id = r.id) as notes,
                   (select count(*) from work_task c where c.parent_recipient_id = r.id) as forwarded
            from work_task_recipient r join work_task t on t.id = r.task_id
            left join region rr on rr.id = r.region_id
            left join party_org ro on ro.id = r.org_id
            """;

    List<RecipientLine> lines(long taskId, LocalDate today, TaskDeadlinePolicy policy, int offset, int limit) {
        return jdbc.query(LINES + " where r.task_id = :task order by coalesce(rr.path, ro.path), r.id"
                + " offset :offset limit :limit", new MapSqlParameterSource("task", taskId)
                        .addValue("offset", offset).addValue("limit", limit),
                (rs, i) -> line(rs, today, policy));
    }

    List<RecipientLine> linesByIds(List<Long> ids, LocalDate today, TaskDeadlinePolicy policy) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(LINES + " where r.id in (:ids) order by r.id", new MapSqlParameterSource("ids", ids),
                (rs, i) -> line(rs, today, policy));
    }

    private static RecipientLine line(java.sql.ResultSet rs, LocalDate today, TaskDeadlinePolicy policy)
            throws java.sql.SQLException {
        RecipientStatus status = RecipientStatus.valueOf(rs.getString("status"));
        java.sql.Timestamp ack = rs.getTimestamp("acknowledged_at");
        java.sql.Timestamp done = rs.getTimestamp("completed_at");
        return new RecipientLine(rs.getLong("id"), rs.getString("name"), rs.getBoolean("is_region"), status,
                ack == null ? null : ack.toInstant(), done == null ? null : done.toInstant(),
                rs.getString("evidence_text"), rs.getBigDecimal("evidence_number"),
                (Long) rs.getObject("evidence_meeting_id"),
                policy.urgency(rs.getObject("deadline", LocalDate.class), status, today), rs.getLong("notes"),
                rs.getLong("forwarded"));
    }

    /** Every recipient of a task, for the export. */
    List<RecipientLine> allLines(long taskId, LocalDate today, TaskDeadlinePolicy policy) {
        return lines(taskId, today, policy, 0, Integer.MAX_VALUE);
    }

    /** Tasks forwarded from the given recipient rows (or from any row of a task). */
    List<ChildRef> forwardedFrom(List<Long> recipientIds) {
        if (recipientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select t.id, t.title, coalesce(ir.name, io.name) as issuer,
                       (select count(*) from work_task_recipient r where r.task_id = t.id) as recipients,
                       (select count(*) from work_task_recipient r where r.task_id = t.id
                          and r.status = 'COMPLETED') as completed
                from work_task t
                left join region ir on ir.id = t.issuer_region_id
                left join party_org io on io.id = t.issuer_org_id
                where t.parent_recipient_id in (:ids) order by t.id""",
                new MapSqlParameterSource("ids", recipientIds),
                (rs, i) -> new ChildRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
    }

    String nodeName(Node node) {
        String sql = node.isRegion() ? "select name from region where id = :id" : "select name from party_org where id = :id";
        List<String> names = jdbc.queryForList(sql, new MapSqlParameterSource("id", node.id()), String.class);
        return names.isEmpty() ? "" : names.get(0);
    }

    /** Regions below the caller's own region in the scope, streets before communities, at most 1000. */
    List<Choice> regionChoices(Scope scope) {
        if (scope.kind() != Scope.Kind.REGION) {
            return List.of();
        }
        return jdbc.query("""
                select id, name from region where path like :prefix || '%' and id <> :node
                order by path limit 1000""",
                new MapSqlParameterSource("prefix", scope.regionPrefix()).addValue("node", scope.nodeId()),
                (rs, i) -> new Choice(rs.getLong(1), rs.getString(2)));
    }

    /** Open organizations in the scope other than the caller's own, at most 1000. */
    List<Choice> orgChoices(Scope scope) {
        return jdbc.query("""
                select o.id, o.name from party_org o
                where o.path like :org || '%' and o.region_path like :region || '%' and o.closed_on is null
                  and not (:kind = 'ORG' and o.id = :node)
                order by o.path limit 1000""",
                new MapSqlParameterSource("org", scope.orgPrefix()).addValue("region", scope.regionPrefix())
                        .addValue("kind", scope.kind().name()).addValue("node", scope.nodeId()),
                (rs, i) -> new Choice(rs.getLong(1), rs.getString(2)));
    }

    /** Recent meetings of a recipient's scope, for linking as evidence. */
    List<MeetingChoice> meetingChoices(Scope recipientScope) {
        return jdbc.query("""
                select x.id, x.held_on || ' ' || o.name || ' ' || x.topic from meeting x
                join party_org o on o.id = x.party_org_id
                where o.path like :org || '%' and o.region_path like :region || '%' and x.deleted_at is null
                order by x.held_on desc, x.id desc limit 100""",
                new MapSqlParameterSource("org", recipientScope.orgPrefix())
                        .addValue("region", recipientScope.regionPrefix()),
                (rs, i) -> new MeetingChoice(rs.getLong(1), rs.getString(2)));
    }

    String meetingName(long meetingId) {
        List<String> names = jdbc.queryForList("""
                select x.held_on || ' ' || x.topic from meeting x where x.id = :id""",
                new MapSqlParameterSource("id", meetingId), String.class);
        return names.isEmpty() ? "" : names.get(0);
    }

    record Located(String path, long open, long dueSoon, long overdue) {
    }

    /**
     * Open recipients located under a region (a region recipient where it is, an organization where it
     * sits), grouped by location path; the caller sums them per child region.
     */
    List<Located> openUnder(String prefix, LocalDate today, LocalDate soon) {
        return jdbc.query("""
                with loc as (
                    select coalesce(rr.path, ro.region_path) as path, t.deadline
                    from work_task_recipient r join work_task t on t.id = r.task_id
                    left join region rr on rr.id = r.region_id
                    left join party_org ro on ro.id = r.org_id
                    where r.status <> 'COMPLETED')
                select path, count(*),
                       count(*) filter (where deadline >= :today and deadline <= :soon),
                       count(*) filter (where deadline < :today)
                from loc where path like :prefix || '%'
                group by path""",
                new MapSqlParameterSource("prefix", prefix).addValue("today", today).addValue("soon", soon),
                (rs, i) -> new Located(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }
}
