package org.grassroots.dues;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The months each payment covers, with what each owed at the time (table dues_payment_month). A
 * standing payment's months are unique per member in the database; voiding a payment frees them.
 */
@Component
class PaymentMonths {

    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    PaymentMonths(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long paymentId, long memberId, Map<YearMonth, BigDecimal> months) {
        MapSqlParameterSource[] rows = months.entrySet().stream()
                .map(e -> new MapSqlParameterSource("payment", paymentId).addValue("member", memberId)
                        .addValue("month", Date.valueOf(e.getKey().atDay(1))).addValue("amount", e.getValue()))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into dues_payment_month (payment_id, member_id, month, amount)
                values (:payment, :member, :month, :amount)""", rows);
    }

    void voidMonthsOf(long paymentId) {
        jdbc.update("update dues_payment_month set voided = true where payment_id = :p",
                new MapSqlParameterSource("p", paymentId));
    }

    Map<YearMonth, BigDecimal> paidOf(long memberId) {
        return paidOf(List.of(memberId)).getOrDefault(memberId, Map.of());
    }

    /** The standing paid months of each member, with what each paid. */
    Map<Long, Map<YearMonth, BigDecimal>> paidOf(Collection<Long> memberIds) {
        Map<Long, Map<YearMonth, BigDecimal>> byMember = new HashMap<>();
        List<Long> ids = new ArrayList<>(memberIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.query("select member_id, month, amount from dues_payment_month where member_id in (:ids) and not voided",
                    new MapSqlParameterSource("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))),
                    rs -> {
                        byMember.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                                .put(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3));
                    });
        }
        return byMember;
    }
}
