package org.grassroots.development;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.grassroots.member.MemberStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pipeline of many people at once, straight from the tables and filtered by the scope's
 * prefixes: one row of facts per person in the pipeline, with what is due (the CASE mirrors
 * DevelopmentPolicy.alert), counted per stage and per region or organization, listed and paged.
 */
@Component
class DevelopmentQueries {

    /** What the counts are grouped by; the SQL column is fixed here, never taken from a request. */
    enum GroupBy {
        DISTRICT("f.district_id"), STREET("f.street_id"), COMMUNITY("coalesce(f.community_id, f.street_id)"),
        ORG("f.org_id"), SITTING("f.region_id");

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }
    }

    /** The facts and alert of one person in the pipeline. */
    record Fact(long memberId, String name, MemberStatus status, long orgId, String orgName, int stage,
            Alert alert, LocalDate dueOn, StepCode lastStep, LocalDate lastOn, StepCode nextStep,
            LocalDate admissionVote, int extensionMonths, LocalDate probationEnd, LocalDate decideBy) {
    }

    /** Counts of one group (a region or an organization). */
    record Counts(long groupId, long[] byStage, long awaiting, long due, long overdue) {

        long total() {
            long t = 0;
            for (long n : byStage) {
                t += n;
            }
            return t;
        }
    }

    /** One approval waiting in a street's queue. */
    record Pending(long stepId, StepCode code, LocalDate submittedOn, String recordedBy, String decidedBy,
            String note, Integer extensionMonths, long memberId, String memberName, String orgName,
            LocalDate decisionOn) {
    }

    /** The filter of a list: prefixes of the scope, an organization's path (or "/"), stage, alert. */
    record Filter(String regionPrefix, String orgPrefix, String orgPath, Integer stage, String alert) {
    }

    private static final String FACTS = """
            with p as (
                select m.id, m.name, m.status, m.applied_on, m.activist_on, m.admitted_on,
                       o.id as org_id, o.name as org_name, o.community_id, o.street_id, o.district_id, o.region_id
                from party_member m join party_org o on o.id = m.party_org_id
                where m.status in ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY')
                  and o.region_path like :regionPrefix || '%' and o.path like :orgPrefix || '%'
                  and o.path like :orgPath || '%' /*regions*/
            ),
            live as (
                select s.member_id, s.step_code, s.done_on, s.submitted_on, s.approval_state, s.extension_months,
                       d.seq, d.stage
                from member_step s join development_step d on d.code = s.step_code
                where s.voided_at is null and s.approval_state <> 'RETURNED' and s.member_id in (select id from p)
            ),
            agg as (
                select member_id,
                       max(done_on) filter (where step_code = 'APPLY' and approval_state <> 'PENDING') as apply_on,
                       bool_or(step_code = 'TALK' and approval_state <> 'PENDING') as talk_done,
                       max(done_on) filter (where step_code = 'ACTIVIST' and approval_state <> 'PENDING') as activist_on,
                       bool_or(step_code = 'CANDIDATE') as candidate_live,
                       max(done_on) filter (where step_code = 'ADMISSION_VOTE' and approval_state <> 'PENDING') as vote_on,
                       max(extension_months) filter (where step_code = 'EXTENSION' and approval_state = 'APPROVED') as ext,
                       bool_or(step_code in ('CONVERSION_VOTE', 'CANCELLATION')
                               or (step_code = 'EXTENSION' and approval_state = 'PENDING')) as decided,
                       min(submitted_on) filter (where approval_state = 'PENDING') as pending_since,
                       max(stage) as step_stage
                from live group by member_id
            ),
            ret as (
                select distinct r.member_id from member_step r
                where r.approval_state = 'RETURNED' and r.voided_at is null and r.member_id in (select id from p)
                  and not exists (select 1 from live x where x.member_id = r.member_id and x.step_code = r.step_code)
            ),
            f0 as (
                select p.*, coalesce(a.apply_on, p.applied_on) as applied, coalesce(a.talk_done, false) as talk_done,
                       coalesce(a.activist_on, p.activist_on) as activist, coalesce(a.candidate_live, false) as candidate_live,
                       coalesce(a.vote_on, p.admitted_on) as vote, coalesce(a.ext, 0) as ext,
                       coalesce(a.decided, false) as decided, a.pending_since, (ret.member_id is not null) as returned,
                       greatest(case p.status when 'APPLICANT' then 1 when 'ACTIVIST' then 2 when 'CANDIDATE' then 3
                                else 5 end, coalesce(a.step_stage, 1)) as stage,
                       case when p.status = 'APPLICANT' then (case when coalesce(a.apply_on, p.applied_on) is null
                            then 0 else 1 end)
                            else coalesce((select d.seq from development_step d where d.moves_to = p.status), 0)
                       end as floor_seq
                from p left join agg a on a.member_id = p.id left join ret on ret.member_id = p.id
            ),
            f1 as (
                select f0.*, ((vote + interval '1 year') + make_interval(months => ext))::date as prob_end
                from f0
            ),
            f2 as (
                select f1.*, (prob_end + interval '3 months')::date as decide_by,
                       (applied + interval '1 month')::date as talk_by,
                       (activist + interval '1 year')::date as candidate_from,
                       (pending_since + interval '3 months')::date as approve_by
                from f1
            ),
            f as (
                select f2.*,
                       case
                           when returned then 'RETURNED'
                           when pending_since is not null then 'AWAITING_APPROVAL'
                           when status = 'PROBATIONARY' and prob_end is not null and not decided
                                and :today > decide_by then 'DECISION_OVERDUE'
                           when status = 'PROBATIONARY' and prob_end is not null and not decided
                                and :today >= prob_end then 'DECISION_DUE'
                           when status = 'PROBATIONARY' and prob_end is not null and not decided
                                and :today >= prob_end - :window then 'PROBATION_ENDING'
                           when status = 'APPLICANT' and not talk_done and applied is not null
                                and :today > talk_by then 'TALK_OVERDUE'
                           when status = 'ACTIVIST' and not candidate_live and activist is not null
                                and :today >= candidate_from then 'CANDIDATE_READY'
                           else 'NONE'
                       end as alert,
                       case
                           when returned then null
                           when pending_since is not null then approve_by
                           when status = 'PROBATIONARY' and prob_end is not null and not decided
                                and :today >= prob_end then decide_by
                           when status = 'APPLICANT' and not talk_done and applied is not null then talk_by
                           when status = 'ACTIVIST' and not candidate_live and activist is not null then candidate_from
                           when status = 'PROBATIONARY' and prob_end is not null and not decided then prob_end
                       end as due_on
                from f2
            )
            """;

    private static final String FACT_COLUMNS = """
            select f.id, f.name, f.status, f.org_id, f.org_name, f.stage, f.alert, f.due_on,
                   (select l.step_code from live l where l.member_id = f.id order by l.seq desc limit 1) as last_step,
                   (select coalesce(l.done_on, l.submitted_on) from live l where l.member_id = f.id
                    order by l.seq desc limit 1) as last_on,
                   (select d.code from development_step d where not d.alternative and d.seq > f.floor_seq
                      and not exists (select 1 from live l where l.member_id = f.id and l.step_code = d.code
                                      and l.approval_state <> 'PENDING')
                    order by d.seq limit 1) as next_step,
                   f.vote, f.ext, f.prob_end, f.decide_by
            from f
            """;

    private static final String ALERT_ORDER = """
            case f.alert when 'RETURNED' then 0 when 'AWAITING_APPROVAL' then 1 when 'DECISION_OVERDUE' then 2
                 when 'DECISION_DUE' then 3 when 'PROBATION_ENDING' then 4 when 'TALK_OVERDUE' then 5
                 when 'CANDIDATE_READY' then 6 else 7 end""";

    private static final String LIST_FILTER = """
             where (cast(:stage as int) is null or f.stage = cast(:stage as int))
               and (cast(:alert as text) is null
                    or (cast(:alert as text) = 'ANY' and f.alert <> 'NONE')
                    or (cast(:alert as text) = 'OVERDUE' and f.alert in ('TALK_OVERDUE', 'DECISION_OVERDUE'))
                    or f.alert = cast(:alert as text))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DevelopmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts per stage, approvals waiting, due and overdue, per group. */
    List<Counts> counts(Filter filter, GroupBy groupBy, LocalDate today, int window) {
        return counts(FACTS, params(filter, today, window), groupBy);
    }

    /**
     * The same counts per region where the organizations sit, for the given regions (every region when
     * null), whatever the scope: what the level roll-up stores and adds up.
     */
    List<Counts> countsBySittingRegion(Collection<Long> regionIds, LocalDate today, int window) {
        String facts = regionIds == null ? FACTS : FACTS.replace("/*regions*/", "and o.region_id in (:regions)");
        return counts(facts, params(new Filter("/", "/", "/", null, null), today, window)
                .addValue("regions", regionIds), GroupBy.SITTING);
    }

    private List<Counts> counts(String facts, MapSqlParameterSource params, GroupBy groupBy) {
        String sql = facts + "select " + groupBy.column + " as g,"
                + " count(*) filter (where f.stage = 1), count(*) filter (where f.stage = 2),"
                + " count(*) filter (where f.stage = 3), count(*) filter (where f.stage = 4),"
                + " count(*) filter (where f.stage = 5),"
                + " count(*) filter (where f.alert = 'AWAITING_APPROVAL'),"
                + " count(*) filter (where f.alert in ('RETURNED', 'DECISION_DUE', 'PROBATION_ENDING', 'CANDIDATE_READY')),"
                + " count(*) filter (where f.alert in ('TALK_OVERDUE', 'DECISION_OVERDUE'))"
                + " from f group by 1";
        return jdbc.query(sql, params, (rs, i) -> new Counts(rs.getLong(1),
                new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)},
                rs.getLong(7), rs.getLong(8), rs.getLong(9)));
    }

    /** A page of people, the most pressing first. */
    List<Fact> people(Filter filter, LocalDate today, int window, int page, int size) {
        String sql = FACTS + FACT_COLUMNS + LIST_FILTER + " order by " + ALERT_ORDER
                + ", f.due_on nulls last, f.name, f.id limit :limit offset :offset";
        return jdbc.query(sql, params(filter, today, window).addValue("limit", size)
                .addValue("offset", (long) page * size), DevelopmentQueries::fact);
    }

    long countPeople(Filter filter, LocalDate today, int window) {
        return jdbc.queryForObject(FACTS + "select count(*) from f" + LIST_FILTER, params(filter, today, window),
                Long.class);
    }

    /** Every person of the filter: for checking the SQL against the policy. */
    List<Fact> allPeople(Filter filter, LocalDate today, int window) {
        return jdbc.query(FACTS + FACT_COLUMNS + LIST_FILTER + " order by f.id", params(filter, today, window),
                DevelopmentQueries::fact);
    }

    /** Probationary members whose probation ends within the window or has ended, undecided first. */
    List<Fact> probation(Filter filter, LocalDate today, int window, int page, int size) {
        String sql = FACTS + FACT_COLUMNS + PROBATION_FILTER + " order by f.prob_end, f.name, f.id"
                + " limit :limit offset :offset";
        return jdbc.query(sql, params(filter, today, window).addValue("limit", size)
                .addValue("offset", (long) page * size), DevelopmentQueries::fact);
    }

    long countProbation(Filter filter, LocalDate today, int window) {
        return jdbc.queryForObject(FACTS + "select count(*) from f" + PROBATION_FILTER, params(filter, today, window),
                Long.class);
    }

    private static final String PROBATION_FILTER = """
             where f.status = 'PROBATIONARY' and f.prob_end is not null and f.prob_end <= :today + :window
            """;

    /** Approvals waiting for the street's working committee, oldest first. */
    List<Pending> pending(long streetId, int page, int size) {
        return jdbc.query(PENDING + " order by s.submitted_on, s.id limit :limit offset :offset",
                new MapSqlParameterSource("street", streetId).addValue("limit", size)
                        .addValue("offset", (long) page * size), DevelopmentQueries::pending);
    }

    /** One waiting request of the street. */
    java.util.Optional<Pending> pendingOne(long streetId, long stepId) {
        return jdbc.query(PENDING + " and s.id = :id", new MapSqlParameterSource("street", streetId)
                .addValue("id", stepId), DevelopmentQueries::pending).stream().findFirst();
    }

    long countPending(long streetId) {
        return jdbc.queryForObject("""
                select count(*) from member_step s
                where s.approval_state = 'PENDING' and s.voided_at is null and s.approver_street_id = :street""",
                new MapSqlParameterSource("street", streetId), Long.class);
    }

    private static final String PENDING = """
            select s.id, s.step_code, s.submitted_on, s.recorded_by, s.decided_by, s.note, s.extension_months,
                   m.id as member_id, m.name, o.name as org_name,
                   (select v.done_on from member_step v where v.member_id = m.id and v.voided_at is null
                      and v.approval_state <> 'RETURNED'
                      and v.step_code = case s.step_code when 'ADMISSION_APPROVAL' then 'ADMISSION_VOTE'
                                                        when 'CONVERSION_APPROVAL' then 'CONVERSION_VOTE' end) as decision_on
            from member_step s join party_member m on m.id = s.member_id join party_org o on o.id = m.party_org_id
            where s.approval_state = 'PENDING' and s.voided_at is null and s.approver_street_id = :street
            """;

    /** The name of the street's working committee (the approving body), or the street's name. */
    String approverName(long streetId) {
        return jdbc.queryForObject("""
                select coalesce((select o.name from party_org o where o.region_id = r.id
                                 and o.type = 'WORKING_COMMITTEE' and o.closed_on is null order by o.id limit 1), r.name)
                from region r where r.id = :street""", new MapSqlParameterSource("street", streetId), String.class);
    }

    /** The name of a region (the district whose organization department files admissions). */
    String regionName(long regionId) {
        return jdbc.queryForObject("select name from region where id = :id", new MapSqlParameterSource("id", regionId),
                String.class);
    }

    /** Names of people by id, whatever the scope: introducers and mentors shown on a step. */
    java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.query("select id, name from party_member where id in (:ids)", new MapSqlParameterSource("ids", ids),
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** Serializes the steps of one person: two secretaries recording at once are taken in turn. */
    void lockMember(long memberId) {
        jdbc.query("select id from party_member where id = :id for update", new MapSqlParameterSource("id", memberId),
                rs -> {
                });
    }

    private static MapSqlParameterSource params(Filter filter, LocalDate today, int window) {
        return new MapSqlParameterSource("regionPrefix", filter.regionPrefix()).addValue("orgPrefix", filter.orgPrefix())
                .addValue("orgPath", filter.orgPath() == null ? "/" : filter.orgPath())
                .addValue("stage", filter.stage(), java.sql.Types.INTEGER)
                .addValue("alert", filter.alert(), java.sql.Types.VARCHAR)
                .addValue("today", today).addValue("window", window);
    }

    private static Fact fact(ResultSet rs, int i) throws SQLException {
        String last = rs.getString("last_step");
        String next = rs.getString("next_step");
        return new Fact(rs.getLong("id"), rs.getString("name"), MemberStatus.valueOf(rs.getString("status")),
                rs.getLong("org_id"), rs.getString("org_name"), rs.getInt("stage"), Alert.valueOf(rs.getString("alert")),
                date(rs, "due_on"), last == null ? null : StepCode.valueOf(last), date(rs, "last_on"),
                next == null ? null : StepCode.valueOf(next), date(rs, "vote"), rs.getInt("ext"), date(rs, "prob_end"),
                date(rs, "decide_by"));
    }

    private static Pending pending(ResultSet rs, int i) throws SQLException {
        return new Pending(rs.getLong("id"), StepCode.valueOf(rs.getString("step_code")), date(rs, "submitted_on"),
                rs.getString("recorded_by"), rs.getString("decided_by"), rs.getString("note"),
                (Integer) rs.getObject("extension_months"), rs.getLong("member_id"), rs.getString("name"),
                rs.getString("org_name"), date(rs, "decision_on"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
