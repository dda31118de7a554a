package org.grassroots.dues;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.member.PartyMember;
import org.springframework.stereotype.Component;

/** Builds {@link MemberAccount}s from the stored rows: one member, or many in a few queries. */
@Component
class DuesAccounts {

    private static final int CHUNK = 1000;

    private final DuesBaseRepository bases;
    private final DuesReductionRepository reductions;
    private final PaymentMonths months;
    private final DuesPolicy policy;
    private final Clock clock;

    DuesAccounts(DuesBaseRepository bases, DuesReductionRepository reductions, PaymentMonths months,
            DuesPolicy policy, Clock clock) {
        this.bases = bases;
        this.reductions = reductions;
        this.months = months;
        this.policy = policy;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    DuesPolicy policy() {
        return policy;
    }

    MemberAccount of(PartyMember m) {
        LocalDate admitted = m.getAdmittedOn() != null ? m.getAdmittedOn() : m.getFullMemberOn();
        List<DuesPolicy.Base> rules = bases.findByMemberIdOrderByEffectiveMonthAscIdAsc(m.getId()).stream()
                .map(DuesBase::rule).toList();
        List<DuesPolicy.Reduction> approved = reductions.findByMemberIdInAndStatus(List.of(m.getId()),
                ReductionStatus.APPROVED).stream().map(DuesReduction::rule).toList();
        return new MemberAccount(m.getId(), m.getStatus(), admitted == null ? null : YearMonth.from(admitted), rules,
                approved, months.paidOf(m.getId()), currentMonth(), policy);
    }

    /** The accounts of many payers, keyed by member id. */
    Map<Long, MemberAccount> of(Collection<DuesQueries.Payer> payers) {
        List<Long> ids = payers.stream().map(DuesQueries.Payer::id).toList();
        Map<Long, List<DuesPolicy.Base>> baseRows = new HashMap<>();
        Map<Long, List<DuesPolicy.Reduction>> approved = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            bases.findByMemberIdIn(chunk).forEach(b -> baseRows.computeIfAbsent(b.getMemberId(),
                    k -> new ArrayList<>()).add(b.rule()));
            reductions.findByMemberIdInAndStatus(chunk, ReductionStatus.APPROVED).forEach(r -> approved
                    .computeIfAbsent(r.getMemberId(), k -> new ArrayList<>()).add(r.rule()));
        }
        Map<Long, Map<YearMonth, BigDecimal>> paid = months.paidOf(ids);
        YearMonth current = currentMonth();
        return payers.stream().collect(Collectors.toMap(DuesQueries.Payer::id, p -> new MemberAccount(p.id(),
                p.status(), p.admittedMonth(), baseRows.getOrDefault(p.id(), List.of()),
                approved.getOrDefault(p.id(), List.of()), paid.getOrDefault(p.id(), Map.of()), current, policy),
                (a, b) -> a, LinkedHashMap::new));
    }
}
