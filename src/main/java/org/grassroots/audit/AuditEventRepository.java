package org.grassroots.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<AuditEvent> {

    @Query("select distinct e.entityType from AuditEvent e order by e.entityType")
    java.util.List<String> entityTypes();

    @Query("select distinct e.action from AuditEvent e order by e.action")
    java.util.List<String> actions();

    long countByActionAndEntityTypeAndEntityId(String action, String entityType, Long entityId);
}
