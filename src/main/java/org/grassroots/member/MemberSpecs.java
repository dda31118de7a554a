package org.grassroots.member;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.Scope;
import org.springframework.data.jpa.domain.Specification;

/** Search predicates; every search starts from the scope predicate. */
final class MemberSpecs {

    private MemberSpecs() {
    }

    static Specification<PartyMember> search(Scope scope, MemberSearch search, String idHash) {
        return (root, query, cb) -> {
            Join<PartyMember, PartyOrg> org = root.join("org", JoinType.INNER);
            List<Predicate> all = new ArrayList<>();
            all.add(cb.like(org.get("regionPath"), scope.regionPrefix() + "%"));
            all.add(cb.like(org.get("path"), scope.orgPrefix() + "%"));
            if (search.getOrgPath() != null) {
                all.add(cb.like(org.get("path"), search.getOrgPath() + "%"));
            }
            if (search.getOrgIds() != null) {
                // a narrow scope: its people by organization (the index on party_org_id), then sorted
                all.add(search.getOrgIds().isEmpty() ? cb.disjunction() : org.get("id").in(search.getOrgIds()));
            }
            if (search.getStatus() != null) {
                all.add(cb.equal(root.get("status"), search.getStatus()));
            } else if (!search.isIncludeFormer()) {
                all.add(root.get("status").in(MemberStatus.CURRENT));
            }
            String q = search.query();
            if (!q.isEmpty()) {
                switch (MemberSearch.modeOf(q)) {
                    case FULL_ID -> all.add(cb.equal(root.get("idNumberHash"), idHash));
                    case ID_TAIL -> all.add(cb.equal(root.get("idNumberTail"), q.toUpperCase()));
                    case NAME -> all.add(cb.like(root.get("name"), "%" + escape(q) + "%", '\\'));
                }
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
