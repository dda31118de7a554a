package org.grassroots.member;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

/**
 * The member list's two reads: a page of people in name order, and how many match, counted only up
 * to a cap. A scope of a million people is never counted whole for a page's total.
 */
@Repository
class MemberSearchQueries {

    private final EntityManager em;

    MemberSearchQueries(EntityManager em) {
        this.em = em;
    }

    /** The people of one page, their organizations fetched in the same statement. */
    List<PartyMember> page(Specification<PartyMember> spec, int offset, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PartyMember> q = cb.createQuery(PartyMember.class);
        Root<PartyMember> root = q.from(PartyMember.class);
        root.fetch("org");
        q.select(root).where(spec.toPredicate(root, q, cb)).orderBy(cb.asc(root.get("name")), cb.asc(root.get("id")));
        return em.createQuery(q).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** How many people match, but no more than cap + 1: a larger number only says "more than cap". */
    long countUpTo(Specification<PartyMember> spec, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<PartyMember> root = q.from(PartyMember.class);
        q.select(root.get("id")).where(spec.toPredicate(root, q, cb));
        return em.createQuery(q).setMaxResults(cap + 1).getResultList().size();
    }
}
