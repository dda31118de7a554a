package org.grassroots.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work tasks down the chain of the first district, street and community (the demo users' nodes): a
 * city task to every district, due soon, that the first district has forwarded to its streets; a
 * district task to its streets, overdue for some; a street task to its communities asking for a
 * meeting record; and a street task to the branches of its first community, overdue. Who has
 * acknowledged, reported or completed is decided by {@code hashtext} of the recipient's code, so
 * every demo city is the same.
 */
@Component
class DemoTaskSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoTaskSeeder.class);

    private final JdbcTemplate jdbc;

    DemoTaskSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        Long city = first("CITY");
        Long district = first("DISTRICT");
        Long street = jdbc.queryForObject("select min(id) from region where level = 'STREET' and parent_id = ?",
                Long.class, district);
        Long community = jdbc.queryForObject("select min(id) from region where level = 'COMMUNITY' and parent_id = ?",
                Long.class, street);
        if (city == null || district == null || street == null || community == null) {
            return;
        }
        long cityTask = task("关于开展2026年度基层党组织书记抓党建述职评议的通知",
                "请各区组织所辖街道、社区党组织书记完成抓党建工作述职，并报送参加述职评议的人数。",
                today.plusDays(2), "IMPORTANT", "NUMBER", city, "city", 12);
        toChildren(cityTask, city);
        // the other districts: some have reported their numbers already
        jdbc.update("""
                update work_task_recipient r set status = 'COMPLETED', acknowledged_at = now() - interval '10 days',
                       completed_at = now() - interval '2 days', completed_by = 'demo',
                       evidence_number = 20 + abs(hashtext(g.code)) % 40, version = 2
                from region g where g.id = r.region_id and r.task_id = ? and g.id <> ? and abs(hashtext(g.code)) % 3 = 0""",
                cityTask, district);
        jdbc.update("""
                update work_task_recipient set status = 'IN_PROGRESS', acknowledged_at = now() - interval '9 days',
                       version = 2 where task_id = ? and region_id = ?""", cityTask, district);
        long districtRow = jdbc.queryForObject("select id from work_task_recipient where task_id = ? and region_id = ?",
                Long.class, cityTask, district);
        note(districtRow, "已部署各街道开展述职，正在汇总人数。", "district", 8);
        // the first district forwards it to its streets
        long forwarded = task("关于开展2026年度基层党组织书记抓党建述职评议的通知（转发）",
                "请各街道按市委通知要求组织社区党组织书记述职，报送参加人数。", today.plusDays(1), "IMPORTANT", "NUMBER",
                district, "district", 8);
        jdbc.update("update work_task set parent_task_id = ?, parent_recipient_id = ? where id = ?", cityTask,
                districtRow, forwarded);
        toChildren(forwarded, district);
        jdbc.update("""
                update work_task_recipient r set status = 'COMPLETED', acknowledged_at = now() - interval '7 days',
                       completed_at = now() - interval '1 day', completed_by = 'demo',
                       evidence_number = 4 + abs(hashtext(g.code)) % 5, version = 2
                from region g where g.id = r.region_id and r.task_id = ? and g.id <> ?""", forwarded, street);

        long districtTask = task("报送社区党群服务中心运行情况", "请各街道报送本季度辖区社区党群服务中心开放时长、活动场次和存在的问题。",
                today.minusDays(5), "NORMAL", "TEXT", district, "district", 30);
        toChildren(districtTask, district);
        jdbc.update("""
                update work_task_recipient r set status = 'COMPLETED', acknowledged_at = now() - interval '25 days',
                       completed_at = now() - interval '8 days', completed_by = 'demo', version = 2,
                       evidence_text = '本季度各社区党群服务中心均按时开放，开展活动' || (10 + abs(hashtext(g.code)) % 20) || '场。'
                from region g where g.id = r.region_id and r.task_id = ? and g.id <> ? and abs(hashtext(g.code)) % 2 = 0""",
                districtTask, street);
        jdbc.update("""
                update work_task_recipient set status = 'ACKNOWLEDGED', acknowledged_at = now() - interval '20 days',
                       version = 1 where task_id = ? and region_id = ?""", districtTask, street);

        long streetTask = task("召开“防汛备汛”专题组织生活会", "请各社区党组织召开一次防汛备汛专题组织生活会，并在系统中关联会议记录。",
                today.plusDays(10), "URGENT", "RECORD", street, "street", 3);
        toChildren(streetTask, street);
        jdbc.update("""
                update work_task_recipient r set status = 'COMPLETED', acknowledged_at = now() - interval '2 days',
                       completed_at = now() - interval '1 day', completed_by = 'demo', version = 2,
                       evidence_meeting_id = (select max(x.id) from meeting x join party_org o on o.id = x.party_org_id
                                              where o.community_id = r.region_id and x.deleted_at is null)
                where r.task_id = ? and r.region_id <> ?
                  and exists (select 1 from meeting x join party_org o on o.id = x.party_org_id
                              where o.community_id = r.region_id and x.deleted_at is null)
                  and r.id = (select min(id) from work_task_recipient where task_id = ? and region_id <> ?)""",
                streetTask, community, streetTask, community);

        long branchTask = task("更新党员信息采集表", "请各支部核对本支部党员联系方式和居住地，更新后报告核对人数。",
                today.minusDays(2), "NORMAL", "TEXT", street, "street", 14);
        jdbc.update("""
                insert into work_task_recipient (task_id, org_id)
                select ?, o.id from party_org o
                where o.community_id = ? and o.type = 'BRANCH' and o.closed_on is null order by o.id""",
                branchTask, community);
        jdbc.update("""
                update work_task_recipient set status = 'IN_PROGRESS', acknowledged_at = now() - interval '10 days',
                       version = 2
                where task_id = ? and id = (select min(id) from work_task_recipient where task_id = ?)""",
                branchTask, branchTask);
        log.info("demo tasks seeded in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private Long first(String level) {
        return jdbc.queryForObject("select min(id) from region where level = ?", Long.class, level);
    }

    private long task(String title, String content, LocalDate deadline, String priority, String evidence,
            long issuerRegion, String by, int daysAgo) {
        return jdbc.queryForObject("""
                insert into work_task (title, content, deadline, priority, evidence_kind, issuer_region_id,
                                       created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, now() - make_interval(days => ?)) returning id""", Long.class,
                title, content, deadline, priority, evidence, issuerRegion, by, daysAgo);
    }

    private void toChildren(long taskId, long regionId) {
        jdbc.update("""
                insert into work_task_recipient (task_id, region_id)
                select ?, id from region where parent_id = ? order by code""", taskId, regionId);
    }

    private void note(long recipientId, String text, String by, int daysAgo) {
        jdbc.update("""
                insert into work_task_note (recipient_id, note, written_by, written_at)
                values (?, ?, ?, now() - make_interval(days => ?))""", recipientId, text, by, daysAgo);
    }
}
