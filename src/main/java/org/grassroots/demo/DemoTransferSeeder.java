package org.grassroots.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A dozen transfers of organizational relationship across the city, one of each interesting case:
 * a draft, transfers sent recently, overdue (more than a month unreceived) and past their validity,
 * one received (the member already sits in the receiving branch, with the history row of the move),
 * one returned with its reason, one cancelled, and letters out of and into the system. Members are
 * full members of branches who are no secretary, chosen by {@code hashtext} of stable names; the
 * receiving organization is another branch of the same street.
 */
@Component
class DemoTransferSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoTransferSeeder.class);

    private static final String CANDIDATES = """
            select m.id as member_id, m.party_org_id as org_id, s.id as sibling
            from party_member m
            join party_org o on o.id = m.party_org_id
            cross join lateral (select o2.id from party_org o2 where o2.street_id = o.street_id and o2.id <> o.id
                                  and o2.type = 'BRANCH' and o2.closed_on is null order by o2.name, o2.id limit 1) s
            where m.status = 'FULL' and o.type = 'BRANCH' and o.closed_on is null
              and not exists (select 1 from party_org x where x.secretary_id = m.id)
            order by hashtext(o.name || '/' || m.name), m.id
            limit 12""";

    /** kind, state, days ago issued, sent, received or returned or cancelled, valid days, other side, reason. */
    private record Plan(String kind, String state, int issued, Integer sent, Integer closed, int validDays,
            String otherSide, String reason) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("WITHIN", "DRAFT", 2, null, null, 90, null, null),
            new Plan("WITHIN", "SENT", 6, 5, null, 90, null, null),
            new Plan("WITHIN", "SENT", 42, 40, null, 90, null, null),
            new Plan("WITHIN", "SENT", 100, 95, null, 90, null, null),
            new Plan("WITHIN", "RECEIVED", 60, 58, 50, 90, null, null),
            new Plan("WITHIN", "RETURNED", 32, 30, 20, 90, null, "介绍信所列党费交至月份与党费记录不符，请核实后重新开具"),
            new Plan("WITHIN", "CANCELLED", 20, null, 18, 90, null, null),
            new Plan("OUT", "DRAFT", 1, null, null, 30, "浙江省杭州市西湖区北山街道党工委", null),
            new Plan("OUT", "SENT", 14, 12, null, 30, "江苏省南京市鼓楼区宁海路街道党工委", null),
            new Plan("OUT", "RETURNED", 50, 48, 25, 30, "安徽省合肥市蜀山区三里庵街道党工委", "接收方称该党员工作单位未落实，暂不接收"),
            new Plan("IN", "SENT", 9, 9, null, 30, "山东省济南市历下区泉城路街道党工委", null),
            new Plan("WITHIN", "SENT", 4, 3, null, 90, null, null));

    private final JdbcTemplate jdbc;

    DemoTransferSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void seed(LocalDate today) {
        long t0 = System.nanoTime();
        List<Map<String, Object>> people = jdbc.queryForList(CANDIDATES);
        for (int i = 0; i < people.size() && i < PLANS.size(); i++) {
            Plan p = PLANS.get(i);
            long member = ((Number) people.get(i).get("member_id")).longValue();
            long org = ((Number) people.get(i).get("org_id")).longValue();
            long sibling = ((Number) people.get(i).get("sibling")).longValue();
            // a received one arrived in the member's branch; the others leave it
            Long from = switch (p.kind()) {
                case "IN" -> null;
                default -> p.state().equals("RECEIVED") ? sibling : org;
            };
            Long to = switch (p.kind()) {
                case "OUT" -> null;
                case "IN" -> org;
                default -> p.state().equals("RECEIVED") ? org : sibling;
            };
            LocalDate issued = today.minusDays(p.issued());
            LocalDate closed = p.closed() == null ? null : today.minusDays(p.closed());
            jdbc.update("""
                    insert into member_transfer (member_id, kind, from_org_id, to_org_id, other_side, letter_number,
                        dues_paid_until, issued_on, valid_until, state, return_reason, created_by, sent_on, sent_by,
                        received_on, received_by, returned_on, returned_by, cancelled_on, cancelled_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?)""",
                    member, p.kind(), from, to, p.otherSide(),
                    p.kind().equals("WITHIN") ? null : "ZZ" + issued.getYear() + "-" + (101 + i),
                    issued.minusMonths(1).toString().substring(0, 7), issued, issued.plusDays(p.validDays()),
                    p.state(), p.reason(), p.sent() == null ? null : today.minusDays(p.sent()),
                    p.sent() == null || p.kind().equals("IN") ? null : "demo",
                    p.state().equals("RECEIVED") ? closed : null, p.state().equals("RECEIVED") ? "demo" : null,
                    p.state().equals("RETURNED") ? closed : null, p.state().equals("RETURNED") ? "demo" : null,
                    p.state().equals("CANCELLED") ? closed : null, p.state().equals("CANCELLED") ? "demo" : null);
            if (p.state().equals("RECEIVED")) {
                jdbc.update("""
                        insert into member_history (member_id, kind, from_org_id, to_org_id, effective_on, note,
                            recorded_by) values (?, 'ORG', ?, ?, ?, 'transfer WITHIN', 'demo')""",
                        member, sibling, org, closed);
            }
        }
        log.info("demo transfers: {} in {} ms", Math.min(people.size(), PLANS.size()),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
