package org.grassroots.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("select e from AuditEvent e where (:q = '' or e.username = :q or e.entityType = :q or e.action = :q)"
            + " order by e.occurredAt desc, e.id desc")
    Page<AuditEvent> search(@Param("q") String q, Pageable pageable);

    long countByActionAndEntityTypeAndEntityId(String action, String entityType, Long entityId);
}
