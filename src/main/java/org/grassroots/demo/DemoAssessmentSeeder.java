package org.grassroots.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Assessment trees: the city's published tree for communities for this year, two groups and four
 * more indicators covering every formula source and one manual indicator, with manual scores for the
 * first street's communities (chosen by {@code hashtext} of their codes, so some stay unscored); and
 * the first district's draft tree for streets whose weights add up to 95, which shows the warning.
 */
@Component
class DemoAssessmentSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessmentSeeder.class);

    private final JdbcTemplate jdbc;

    DemoAssessmentSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        Long city = jdbc.queryForObject("select min(id) from region where level = 'CITY'", Long.class);
        Long district = jdbc.queryForObject("select min(id) from region where level = 'DISTRICT'", Long.class);
        if (city == null || district == null) {
            return;
        }
        int year = today.getYear();
        long cityTree = tree(city, year, "COMMUNITY", year + "年度社区党建工作考核", true);
        long org = group(cityTree, 1, "基层组织建设", 40);
        leaf(cityTree, org, 2, "三会一课按期召开", 20, "MEETING_COMPLIANCE", null);
        leaf(cityTree, org, 3, "新兴领域党建覆盖", 10, "COVERAGE", null);
        leaf(cityTree, org, 4, "网格和楼栋负责人配备", 10, "GRID_GAPS", null);
        long service = group(cityTree, 5, "服务群众", 35);
        leaf(cityTree, service, 6, "在职党员到社区报到", 10, "SERVICE_REPORTING", 20);
        leaf(cityTree, service, 7, "在职党员服务时长", 10, "SERVICE_HOURS", 12);
        leaf(cityTree, service, 8, "服务群众经费执行", 15, "FUNDS_EXECUTION", null);
        leaf(cityTree, null, 9, "三有一化达标", 10, "READINESS", null);
        leaf(cityTree, null, 10, "上级任务按期完成", 10, "TASK_TIMELINESS", null);
        long manual = leaf(cityTree, null, 11, "特色工作", 5, "MANUAL", null);
        jdbc.update("""
                insert into assessment_manual_score (indicator_id, region_id, score, evidence, scored_by, scored_at)
                select ?, c.id, 3 + abs(hashtext(c.code)) % 3, '打造“红色楼道”品牌，居民议事会全年开展' ||
                       (4 + abs(hashtext(c.code)) % 8) || '次，有会议记录和照片。', 'city', now()
                from region c join region s on s.id = c.parent_id
                where c.level = 'COMMUNITY' and s.parent_id = ? and abs(hashtext(c.code)) % 3 <> 0
                  and s.id = (select min(id) from region where level = 'STREET' and parent_id = ?)""",
                manual, district, district);

        long districtTree = tree(district, year, "STREET", year + "年度街道党工委抓党建考核（草稿）", false);
        leaf(districtTree, null, 1, "所辖社区三会一课达标", 40, "MEETING_COMPLIANCE", null);
        leaf(districtTree, null, 2, "工作任务按期完成", 30, "TASK_TIMELINESS", null);
        leaf(districtTree, null, 3, "述职评议", 25, "MANUAL", null);
        log.info("Demo assessment trees seeded in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private long tree(long owner, int year, String level, String name, boolean published) {
        return jdbc.queryForObject("""
                insert into assessment_tree (owner_region_id, year, assessed_level, name, published, created_by)
                values (?, ?, ?, ?, ?, 'demo') returning id""", Long.class, owner, year, level, name, published);
    }

    private long group(long tree, int position, String name, int weight) {
        return leaf(tree, null, position, name, weight, "GROUP", null);
    }

    private long leaf(long tree, Long parent, int position, String name, int weight, String source, Integer target) {
        return jdbc.queryForObject("""
                insert into assessment_indicator (tree_id, parent_id, position, name, weight, source, target)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, tree, parent, position, name, weight,
                source, target);
    }
}
