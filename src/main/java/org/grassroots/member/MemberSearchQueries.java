package org.grassroots.member;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.shared.Scope;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

/**
 * The member list's two reads: a page of people in name order, and how many match, counted only up
 * to a cap. A scope of a million people is never counted whole for a page's total.
 *
 * <p>A name searched across a city or district ({@link #isWideNameSearch}) is read apart: as names
 * starting with the text (a range of a C-collation index, in order, stopped after the page) merged
 * with names holding it further on (a GIN index of the characters after the first), both under the
 * same scope predicates as every other search. It lists in code-point order ({@code collate "C"}),
 * which is the order of the embedded database's default collation; on a database with a linguistic
 * collation such a search lists in code-point order while the other lists follow the collation.
 */
@Repository
class MemberSearchQueries {

    /** One part of a wide name search: {@code %s} is the part's own condition. */
    private static final String PART = """
            select m.id, m.name collate "C" as sort_name
            from party_member m join party_org o on o.id = m.party_org_id
            where %s and o.region_path like :regionPrefix and o.path like :orgPrefix""";
    private static final String STARTING = "m.name collate \"C\" like :start";
    private static final String FURTHER_ON = "string_to_array(substr(m.name, 2), null) @> string_to_array(:text, null)"
            + " and substr(m.name, 2) like :inside and m.name collate \"C\" not like :start";

    /** party_member.name is varchar(50): a longer text is held by no name (and never reaches the GIN index). */
    private static final int NAME_MAX = 50;

    private final EntityManager em;

    MemberSearchQueries(EntityManager em) {
        this.em = em;
    }

    /** The page and the capped count of one search. */
    interface Reads {

        /** The people of one page, their organizations fetched with them. */
        List<PartyMember> page(int offset, int size);

        /** How many people match, but no more than cap + 1: a larger number only says "more than cap". */
        long countUpTo(int cap);
    }

    /** How this search is read: the indexed name search for a wide scope, the specification otherwise. */
    Reads of(Scope scope, MemberSearch search, String idHash) {
        if (isWideNameSearch(search)) {
            return new WideName(scope, search);
        }
        Specification<PartyMember> spec = MemberSpecs.search(scope, search, idHash);
        return new Reads() {
            @Override
            public List<PartyMember> page(int offset, int size) {
                return MemberSearchQueries.this.page(spec, offset, size);
            }

            @Override
            public long countUpTo(int cap) {
                return MemberSearchQueries.this.countUpTo(spec, cap);
            }
        };
    }

    /**
     * A name (not an ID number) searched with no organization to read by: a city or district, with
     * no organization chosen (see OrgService.idsOfNarrowScope).
     */
    static boolean isWideNameSearch(MemberSearch search) {
        String q = search.query();
        return !q.isEmpty() && MemberSearch.modeOf(q) == MemberSearch.Mode.NAME
                && search.getOrgIds() == null && search.getOrgPath() == null;
    }

    private List<PartyMember> page(Specification<PartyMember> spec, int offset, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PartyMember> q = cb.createQuery(PartyMember.class);
        Root<PartyMember> root = q.from(PartyMember.class);
        root.fetch("org");
        q.select(root).where(spec.toPredicate(root, q, cb)).orderBy(cb.asc(root.get("name")), cb.asc(root.get("id")));
        return em.createQuery(q).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    private long countUpTo(Specification<PartyMember> spec, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<PartyMember> root = q.from(PartyMember.class);
        q.select(root.get("id")).where(spec.toPredicate(root, q, cb));
        return em.createQuery(q).setMaxResults(cap + 1).getResultList().size();
    }

    /** The two parts of a wide name search as one ordered set of ids (see the class comment). */
    private final class WideName implements Reads {

        private final Scope scope;
        private final String text;
        private final String starting;
        private final String furtherOn;

        WideName(Scope scope, MemberSearch search) {
            this.scope = scope;
            this.text = search.query();
            Set<MemberStatus> statuses = search.getStatus() != null ? Set.of(search.getStatus())
                    : search.isIncludeFormer() ? Set.of() : MemberStatus.CURRENT;
            // the statuses are the enum's own names, written into the statement as the planner's constants
            String status = statuses.isEmpty() ? "" : statuses.stream().map(s -> "'" + s.name() + "'")
                    .sorted().collect(Collectors.joining(", ", " and m.status in (", ")"));
            this.starting = PART.formatted(STARTING) + status;
            this.furtherOn = PART.formatted(FURTHER_ON) + status;
        }

        @Override
        public List<PartyMember> page(int offset, int size) {
            if (tooLong()) {
                return List.of();
            }
            // each part's first offset + size rows in order hold the page: each stops there
            @SuppressWarnings("unchecked")
            List<Number> ids = statement("select id from (" + parts("order by sort_name, id limit :n")
                    + ") found order by sort_name, id limit :size offset :offset")
                    .setParameter("n", offset + size).setParameter("size", size).setParameter("offset", offset)
                    .getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, Integer> place = new HashMap<>();
            for (Number id : ids) {
                place.put(id.longValue(), place.size());
            }
            return em.createQuery("select m from PartyMember m join fetch m.org where m.id in :ids", PartyMember.class)
                    .setParameter("ids", place.keySet()).getResultList().stream()
                    .sorted(Comparator.comparing(m -> place.get(m.getId())))
                    .toList();
        }

        @Override
        public long countUpTo(int cap) {
            if (tooLong()) {
                return 0;
            }
            Number count = (Number) statement("select count(*) from (select id from (" + parts("limit :n")
                    + ") found limit :n) counted").setParameter("n", cap + 1).getSingleResult();
            return count.longValue();
        }

        /**
         * The two parts, each ending with this clause, after the WITH that reads the second part from
         * the GIN index. Planned apart (materialized), that part never walks the first index instead:
         * ordered and limited, the planner could, reading every name in scope when few hold the text.
         */
        private String parts(String clause) {
            return "(" + starting + " " + clause + ")\nunion all\n(select id, sort_name from further_on " + clause + ")";
        }

        private Query statement(String sql) {
            return bind(em.createNativeQuery("with further_on as materialized (" + furtherOn + ")\n" + sql));
        }

        private boolean tooLong() {
            return text.codePointCount(0, text.length()) > NAME_MAX;
        }

        private Query bind(Query query) {
            query.setParameter("regionPrefix", scope.regionPrefix() + "%")
                    .setParameter("orgPrefix", scope.orgPrefix() + "%")
                    .setParameter("start", escape(text) + "%")
                    .setParameter("inside", "%" + escape(text) + "%")
                    .setParameter("text", text);
            return query;
        }
    }

    /** A LIKE pattern's literal text: PostgreSQL's default escape character is the backslash. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
