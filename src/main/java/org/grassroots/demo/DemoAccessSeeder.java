package org.grassroots.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every demo street twelve months of community access requests: 5–10 a month from district
 * departments, addressed to all the street's communities or to one or two of them. Most are approved,
 * about one in ten is refused with its reason, and a third of this month's are still waiting for the
 * decision. The city's first community also received twelve more approved items last month, so the
 * burden pages flag it above the monthly limit.
 *
 * <p>Set-based SQL over hashes of region codes: every seed gives the same rows in a few milliseconds.
 */
@Component
class DemoAccessSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoAccessSeeder.class);

    private static final String DEPARTMENTS = "(array['区住建局','区民政局','区应急管理局','区市场监管局','区卫健委',"
            + "'区综治中心','区统计局','区文明办','区生态环境局','区人社局','区教育局','区司法局'])";
    private static final String TASKS = "(array['老旧小区加装电梯意愿摸排','独居老人走访登记','燃气安全入户宣传',"
            + "'垃圾分类督导值守','流动人口信息采集','创建文明城市入户宣传','防汛物资清点','消防通道清理'])";
    private static final String INSPECTIONS = "(array['安全生产季度检查','文明创建实地测评','食品安全专项检查',"
            + "'消防安全夜查','环境卫生考核','社区服务窗口暗访'])";
    private static final String MEETINGS = "(array['基层治理工作推进会','安全生产工作部署会','民政业务培训会',"
            + "'创文工作调度会','平安建设例会'])";
    private static final String FORMS = "(array['社区基本情况统计表','困难群众台账月报','就业援助情况报表',"
            + "'学龄儿童入学摸底表','重点人群管控台账'])";
    private static final String REASONS = "(array['与社区职责无关，应由部门自行落实','已纳入街道统一报表，不再重复填报',"
            + "'检查频次过高，已并入季度综合考核','无文件依据，请补充后重新提交'])";

    private static final String COMMUNITIES = """
            create temporary table demo_acc_comm on commit drop as
            select c.id, c.code, c.street_id,
                   row_number() over (partition by c.street_id order by c.code) as ord,
                   count(*) over (partition by c.street_id) as n
            from region c where c.level = 'COMMUNITY'
            """;

    /** One row per request: its street, month back from today's (0 = this month), hash, and a single target. */
    private static final String REQUESTS = """
            create temporary table demo_acc on commit drop as
            select nextval(pg_get_serial_sequence('access_request', 'id')) as rid, x.street_id, x.m, x.h, x.only_comm
            from (
                select s.id as street_id, m, abs(hashtext('acc' || s.code || '-' || m || '-' || k)) as h,
                       cast(null as bigint) as only_comm
                from region s, generate_series(0, 11) m, generate_series(1, 10) k
                where s.level = 'STREET' and k <= 5 + mod(abs(hashtext('n' || s.code || '-' || m)), 6)
                union all
                select c.street_id, 1, abs(hashtext('over' || c.code || '-' || k)), c.id
                from (select id, code, street_id from region where level = 'COMMUNITY' order by code limit 1) c,
                     generate_series(1, 12) k
            ) x
            order by x.street_id, x.m, x.h
            """;

    private static final String INSERT = """
            insert into access_request (id, street_id, department, kind, title, description, all_communities,
                                        requested_from, requested_to, burden_hours, basis, status, registered_by,
                                        registered_at, decided_by, decided_at, decision_note)
            select a.rid, a.street_id,
                   %1$s[1 + mod(a.h, 12)],
                   k.kind,
                   case k.kind when 'TASK' then %2$s[1 + mod(a.h / 5, 8)]
                               when 'INSPECTION' then %3$s[1 + mod(a.h / 5, 6)]
                               when 'MEETING' then %4$s[1 + mod(a.h / 5, 5)]
                               else %5$s[1 + mod(a.h / 5, 5)] end,
                   '请各社区按要求落实，并于期限内反馈。',
                   a.only_comm is null and mod(a.h / 11, 4) = 0,
                   d.day,
                   case when k.kind in ('TASK', 'REPORT_FORM') and mod(a.h / 23, 3) = 0 then d.day + 14 end,
                   case when mod(a.h / 29, 5) = 0 then null else 1 + mod(a.h / 31, 16) end,
                   case when mod(a.h / 37, 3) = 0 then null
                        else '区委办〔' || extract(year from d.day)::int || '〕' || (1 + mod(a.h / 41, 90)) || '号' end,
                   st.status,
                   'demo',
                   cast(d.day as timestamp) - interval '10 days' + (mod(a.h / 43, 9) || ' hours')::interval,
                   case when st.status <> 'REGISTERED' then 'street' end,
                   case when st.status <> 'REGISTERED'
                        then cast(d.day as timestamp) - interval '7 days' + (mod(a.h / 47, 9) || ' hours')::interval end,
                   case when st.status = 'REFUSED' then %6$s[1 + mod(a.h / 53, 4)] end
            from demo_acc a
            cross join lateral (select case mod(a.h / 3, 10) when 0 then 'INSPECTION' when 1 then 'INSPECTION'
                                    when 2 then 'MEETING' when 3 then 'MEETING' when 4 then 'REPORT_FORM'
                                    else 'TASK' end as kind) k
            cross join lateral (select cast(date_trunc('month', cast(:today as date)) as date)
                                       - make_interval(months => a.m) + mod(a.h / 7, 28) * interval '1 day' as ts) t
            cross join lateral (select cast(t.ts as date) as day) d
            cross join lateral (select case when a.only_comm is not null then 'APPROVED'
                                            when a.m = 0 and mod(a.h / 13, 3) = 0 then 'REGISTERED'
                                            when mod(a.h / 17, 10) = 0 then 'REFUSED'
                                            else 'APPROVED' end as status) st
            """.formatted(DEPARTMENTS, TASKS, INSPECTIONS, MEETINGS, FORMS, REASONS);

    private static final String TARGETS = """
            insert into access_target (request_id, community_id)
            select a.rid, c.id from demo_acc a join demo_acc_comm c on c.street_id = a.street_id
            where case when a.only_comm is not null then c.id = a.only_comm
                       else mod(a.h / 11, 4) = 0 or c.ord = 1 + mod(a.h / 19, c.n)
                            or (mod(a.h / 59, 2) = 0 and c.ord = 1 + mod(a.h / 61, c.n)) end
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DemoAccessSeeder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        MapSqlParameterSource p = new MapSqlParameterSource("today", today);
        jdbc.getJdbcOperations().execute(COMMUNITIES);
        jdbc.getJdbcOperations().execute(REQUESTS);
        int requests = jdbc.update(INSERT, p);
        int targets = jdbc.update(TARGETS, p);
        log.info("Demo access registry: {} requests, {} targets in {} ms", requests, targets,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
