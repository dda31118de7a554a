package org.grassroots.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The audit filters as one JPA predicate; days are the server's calendar days. */
final class AuditSpecs {

    private AuditSpecs() {
    }

    static Specification<AuditEvent> matching(AuditFilter filter, ZoneId zone) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.getUsername() != null) {
                where.add(cb.equal(root.get("username"), filter.getUsername()));
            }
            if (filter.getEntityType() != null) {
                where.add(cb.equal(root.get("entityType"), filter.getEntityType()));
            }
            if (filter.getAction() != null) {
                where.add(cb.equal(root.get("action"), filter.getAction()));
            }
            if (filter.getFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        filter.getFrom().atStartOfDay(zone).toInstant()));
            }
            if (filter.getTo() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.getTo().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
