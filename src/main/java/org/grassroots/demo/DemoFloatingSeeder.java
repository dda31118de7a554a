package org.grassroots.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mobile members across the demo city: ten outflows with their contacts (some in touch, some out of
 * contact, one with a branch decision recorded, certificates due for their annual review, a short
 * absence that draws the definition's warning, one returned), and inflows hosted by branches of
 * several streets (one linked to the member record of an outflow that went to another street, one
 * ended). Members are full members of branches who are no secretary and have no open transfer,
 * chosen by {@code hashtext} of stable names; the host is a branch of another street.
 */
@Component
class DemoFloatingSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoFloatingSeeder.class);

    private static final String CANDIDATES = """
            with picked as (
                select m.id as member_id, o.name as org_name, o.street_id,
                       row_number() over (order by hashtext('floating/' || o.name || '/' || m.name), m.id) as n
                from party_member m
                join party_org o on o.id = m.party_org_id
                where m.status = 'FULL' and o.type = 'BRANCH' and o.closed_on is null and m.id % 5 = 0
                  and not exists (select 1 from party_org x where x.secretary_id = m.id)
                  and not exists (select 1 from member_transfer t where t.member_id = m.id
                                  and t.state in ('DRAFT', 'SENT'))
                order by n limit 10)
            select p.member_id, s.id as host
            from picked p
            cross join lateral (select o2.id from party_org o2 where o2.street_id <> p.street_id
                                  and o2.type = 'BRANCH' and o2.closed_on is null
                                order by hashtext(o2.name || '/' || p.org_name), o2.id limit 1) s
            order by p.n""";

    /**
     * reason, days ago left, days until the expected return (from the departure), days ago the
     * certificate was issued and last reviewed, its status, days ago of each contact, days ago
     * returned, whether the host is in the system, the branch decision.
     */
    private record Plan(String reason, String destination, int since, Integer expected, Integer issued,
            Integer reviewed, String status, List<Integer> contacts, Integer returned, boolean host,
            String decision) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("WORK", "广东省深圳市南山区科技园", 400, null, 390, null, "REGISTERED_AT_HOST", List.of(200, 20),
                    null, false, null),
            new Plan("WORK", "本市新区产业园", 300, null, 290, null, "REGISTERED_AT_HOST", List.of(240), null, true,
                    null),
            new Plan("BUSINESS", "浙江省义乌市国际商贸城", 500, null, 480, 100, "ISSUED", List.of(), null, false,
                    "支部委员会研究：继续设法联系，暂不作停止党籍处理，三个月后再议"),
            new Plan("STUDY", "上海市杨浦区（在职研究生）", 200, 700, null, null, null, List.of(90, 30), null, false,
                    null),
            new Plan("WORK", "江苏省苏州市工业园区（短期项目）", 30, 90, null, null, null, List.of(5), null, false,
                    null),
            new Plan("OTHER", "四川省成都市（照顾老人）", 400, null, 395, null, "ISSUED", List.of(300, 120), 60, false,
                    null),
            new Plan("WORK", "新疆维吾尔自治区乌鲁木齐市（援建）", 800, null, 780, 400, "REGISTERED_AT_HOST", List.of(200),
                    null, false, null),
            new Plan("BUSINESS", "福建省厦门市思明区", 150, null, 140, null, "ISSUED", List.of(10), null, false, null),
            new Plan("WORK", "北京市海淀区中关村", 700, null, 690, 300, "REGISTERED_AT_HOST", List.of(5), null, false,
                    null),
            new Plan("STUDY", "湖北省武汉市洪山区（脱产培训）", 250, null, null, null, null, List.of(190), null, false,
                    null));

    /** name, home organization, home place, days ago arrived, days ago ended. */
    private record Arrival(String name, String homeOrg, String homePlace, int since, Integer ended) {
    }

    private static final List<Arrival> ARRIVALS = List.of(
            new Arrival("韩晓东", "河南省周口市川汇区城南街道某村党支部", "河南周口", 380, null),
            new Arrival("冯丽娟", "安徽省阜阳市颍州区清河街道党工委", "安徽阜阳", 210, null),
            new Arrival("邓国强", "湖南省邵阳市双清区龙须塘街道某社区党委", "湖南邵阳", 95, null),
            new Arrival("曹文静", "江西省赣州市章贡区解放街道党工委", "江西赣州", 600, 40),
            new Arrival("彭志刚", "四川省南充市顺庆区某企业党支部", "四川南充", 160, null),
            new Arrival("罗春燕", "广西壮族自治区桂林市秀峰区某社区党支部", "广西桂林", 45, null));

    private final JdbcTemplate jdbc;

    DemoFloatingSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        List<Map<String, Object>> people = jdbc.queryForList(CANDIDATES);
        int outflows = 0;
        for (int i = 0; i < people.size() && i < PLANS.size(); i++) {
            Plan p = PLANS.get(i);
            long member = ((Number) people.get(i).get("member_id")).longValue();
            long host = ((Number) people.get(i).get("host")).longValue();
            LocalDate since = today.minusDays(p.since());
            LocalDate returned = p.returned() == null ? null : today.minusDays(p.returned());
            String status = returned != null && p.status() != null ? "RETURNED" : p.status();
            long id = jdbc.queryForObject("""
                    insert into floating_outflow (member_id, destination, host_org_id, reason, since, phone,
                        other_contact, expected_return_on, cert_number, cert_issued_on, cert_status, last_review_on,
                        returned_on, returned_by, decision_on, decision_text, decided_by, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo') returning id""", Long.class,
                    member, p.destination(), p.host() ? host : null, p.reason(), since,
                    "139" + String.format("%08d", Math.floorMod((member * 7919L + i * 104729L), 100_000_000L)),
                    i % 3 == 0 ? "微信同手机号" : null,
                    p.expected() == null ? null : since.plusDays(p.expected()),
                    p.status() == null ? null : "LD" + since.getYear() + "-" + String.format("%04d", 31 + i * 17),
                    p.issued() == null ? null : today.minusDays(p.issued()), status,
                    p.reviewed() == null ? null : today.minusDays(p.reviewed()), returned,
                    returned == null ? null : "demo", p.decision() == null ? null : today.minusDays(15),
                    p.decision(), p.decision() == null ? null : "demo");
            for (int days : p.contacts()) {
                jdbc.update("""
                        insert into floating_contact (outflow_id, contact_on, way, note, recorded_by)
                        values (?, ?, ?, ?, 'demo')""", id, today.minusDays(days), days % 2 == 0 ? "PHONE" : "WECHAT",
                        days > 100 ? "了解工作生活情况，提醒按时交纳党费" : "电话联系，近况良好");
            }
            if (p.host()) {
                // the same person seen from the host: an inflow linked to the member record
                jdbc.update("""
                        insert into floating_inflow (name, phone, home_org_name, home_place, since, host_org_id,
                            cert_number, member_id, created_by)
                        select m.name, null, o.name, r.name, ?, ?, ?, m.id, 'demo'
                        from party_member m join party_org o on o.id = m.party_org_id
                        join region r on r.id = o.region_id
                        where m.id = ?""", since.plusDays(7), host,
                        "LD" + since.getYear() + "-" + String.format("%04d", 31 + i * 17), member);
            }
            outflows++;
        }
        List<Long> hosts = jdbc.queryForList("""
                select o.id from party_org o where o.type = 'BRANCH' and o.closed_on is null
                order by hashtext('floating-host/' || o.name), o.id limit ?""", Long.class, ARRIVALS.size());
        for (int i = 0; i < hosts.size(); i++) {
            Arrival a = ARRIVALS.get(i);
            LocalDate since = today.minusDays(a.since());
            jdbc.update("""
                    insert into floating_inflow (name, phone, home_org_name, home_place, since, host_org_id,
                        cert_number, ended_on, ended_by, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')""",
                    a.name(), "138" + String.format("%08d", 20_260_000 + i * 7331), a.homeOrg(), a.homePlace(), since,
                    hosts.get(i), i % 2 == 0 ? "WL" + since.getYear() + "-" + (201 + i) : null,
                    a.ended() == null ? null : today.minusDays(a.ended()), a.ended() == null ? null : "demo");
        }
        log.info("demo floating members: {} outflows, {} inflows in {} ms", outflows, hosts.size(),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
